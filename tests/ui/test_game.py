"""The real game, driven headless by posting real key and mouse events."""

from __future__ import annotations

import logging

import pygame
import pytest

from game.ui.art import Art
from game.ui.scenes.catalog import CatalogScene, ScenarioCard
from game.ui.scenes.debrief import DebriefScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.play import PlayScene
from game.ui.scenes.players import PlayersScene
from game.ui.scenes.replay import ReplayScene
from game.ui.scenes.resume import ResumeScene


def scene_name(pilot):
    return type(pilot.scene).__name__


def new_player_by_keyboard(pilot, nickname="Carmen Rosa"):
    pilot.press(pygame.K_RETURN)  # "Jugar" has the focus on the title screen
    assert isinstance(pilot.scene, PlayersScene)
    pilot.type(nickname)  # the nickname field has the focus when nobody exists
    pilot.press(pygame.K_TAB, pygame.K_TAB, pygame.K_TAB)
    pilot.press(pygame.K_RETURN)  # "Crear y continuar"
    assert isinstance(pilot.scene, CatalogScene)


def distinct_colours(surface, step=16):
    w, h = surface.get_size()
    return len({tuple(surface.get_at((x, y)))[:3] for x in range(0, w, step) for y in range(0, h, step)})


def test_full_playthrough_by_keyboard(start):
    app, pilot = start()
    new_player_by_keyboard(pilot)
    pilot.press(pygame.K_RETURN)  # the first card
    assert isinstance(pilot.scene, PlayScene)
    play = pilot.scene
    decisions = 0
    while isinstance(pilot.scene, PlayScene):
        options = play.session.choices
        pilot.press(pygame.K_1 + len(options) - 1)  # always the last choice, by its number
        assert isinstance(pilot.scene, FeedbackScene)
        assert distinct_colours(app.screen) > 20
        pilot.press(pygame.K_RETURN)
        decisions += 1
    assert isinstance(pilot.scene, DebriefScene)
    attempts = app.store.history(app.player.id)
    assert attempts[0].status == "finished" and attempts[0].decisions == decisions
    assert attempts[0].ending == play.session.ending
    pilot.press(pygame.K_RETURN)  # "Modo Niñez" replay has the focus
    assert isinstance(pilot.scene, ReplayScene)
    for _ in range(decisions + 3):
        pilot.press(pygame.K_RIGHT)
    assert pilot.scene.page == decisions  # the last moment is the ending
    pilot.press(pygame.K_ESCAPE)
    assert isinstance(pilot.scene, DebriefScene)


def test_full_playthrough_by_mouse(start):
    app, pilot = start()
    pilot.click_on("Jugar")
    pilot.click(pilot.widget("Apodo").rect.center)
    pilot.type("Rosa")
    pilot.click_on("Crear y continuar")
    card = next(w for w in pilot.scene.focus.widgets if isinstance(w, ScenarioCard))
    pilot.click(card.rect.center)
    while isinstance(pilot.scene, PlayScene):
        first = pilot.scene.focus.widgets[0]
        pilot.click(first.rect.center)
        assert isinstance(pilot.scene, FeedbackScene)
        pilot.click_on("Continuar")
    assert isinstance(pilot.scene, DebriefScene)
    pilot.click_on("Siguiente")
    assert pilot.scene.page == 1
    pilot.click_on("Modo Niñez")
    assert isinstance(pilot.scene, ReplayScene)
    pilot.click_on("Siguiente")
    assert pilot.scene.page == 1
    pilot.click_on("Volver")
    pilot.click_on("Escenarios")
    assert isinstance(pilot.scene, CatalogScene)
    assert app.store.best_results(app.player.id)


def test_focus_moves_with_tab_and_arrows(start):
    app, pilot = start()
    title = pilot.scene
    assert title.focus.index == 0
    pilot.press(pygame.K_TAB)
    assert title.focus.index == 1
    pilot.press(pygame.K_DOWN)
    assert title.focus.index == 2
    pilot.press(pygame.K_TAB, mod=pygame.KMOD_SHIFT)
    assert title.focus.index == 1


def test_resize_keeps_everything_on_screen(start):
    app, pilot = start()
    new_player_by_keyboard(pilot)
    pilot.press(pygame.K_RETURN)
    for size in ((1024, 600), (1920, 1080), (800, 500)):
        pilot.resize(*size)
        expected = (max(1024, size[0]), max(600, size[1]))
        assert app.screen.get_size() == expected
        bounds = app.screen.get_rect()
        for widget in pilot.scene.focus.widgets:
            assert bounds.contains(widget.rect), (size, widget.label)


def test_language_switch(start):
    app, pilot = start()
    assert app.language == "es" and pilot.widget("Jugar")
    pilot.click_on("English")
    assert app.language == "en"
    assert pilot.widget("Play") and pilot.widget("Español")
    new_player_by_keyboard_en(pilot)
    pilot.press(pygame.K_RETURN)
    assert pilot.scene.session.language == "en"
    english = pilot.scene.session.node.text
    assert english == pilot.scene.session.scenario.states[pilot.scene.session.state_id].text.en


def new_player_by_keyboard_en(pilot):
    pilot.click_on("Play")
    pilot.type("Ana")
    pilot.click_on("Create and continue")
    assert isinstance(pilot.scene, CatalogScene)


def test_resume_after_restart(start, tmp_path):
    app, pilot = start()
    new_player_by_keyboard(pilot, "Lucho")
    pilot.press(pygame.K_RETURN)
    session = pilot.scene.session
    for _ in range(2):
        pilot.press(pygame.K_2)
        pilot.press(pygame.K_RETURN)
    where = session.state_id
    app.close()  # the window goes away mid-scenario, as when a PC is switched off

    app, pilot = start()
    pilot.press(pygame.K_RETURN)
    pilot.click_on("Lucho")
    assert isinstance(pilot.scene, ResumeScene)
    pilot.press(pygame.K_RETURN)  # "Continuar"
    assert isinstance(pilot.scene, PlayScene)
    assert len(pilot.scene.session.history) == 2 and pilot.scene.session.state_id == where


def test_invalid_scenario_is_listed_with_its_first_error(start, tmp_path):
    folder = tmp_path / "scenarios"
    folder.mkdir()
    (folder / "roto.yaml").write_text("id: roto\nversion: 1\nstates: {}\n", encoding="utf-8")
    app, pilot = start(scenario_dirs=[folder])
    new_player_by_keyboard(pilot)
    card = pilot.scene.focus.widgets[0]
    assert isinstance(card, ScenarioCard) and card.report.scenario is None
    pilot.click(card.rect.center)
    assert isinstance(pilot.scene, CatalogScene)  # nothing to play
    assert "falta el campo obligatorio" in card.report.errors[0].message  # in the window's language


def test_missing_art_draws_a_placeholder_and_warns(start, tmp_path, caplog):
    app, pilot = start()
    art = Art(tmp_path / "no-assets")
    with caplog.at_level(logging.WARNING):
        surface = art.portrait("girl_early", "calm", 120)
        again = art.portrait("girl_early", "calm", 120)
    assert surface.get_size() == (120, 120) and again is surface
    assert sum("placeholder" in r.message for r in caplog.records) == 1


def test_broken_svg_is_a_placeholder(start, tmp_path, caplog):
    app, pilot = start()
    (tmp_path / "icons").mkdir()
    (tmp_path / "icons" / "safety.svg").write_text("<svg this is not svg", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        surface = Art(tmp_path).icon("safety", 48)
    assert surface.get_size() == (48, 48)


@pytest.mark.parametrize("setting", ["text_size", "high_contrast"])
def test_settings_apply_and_persist(start, tmp_path, setting):
    app, pilot = start()
    pilot.click_on("Ajustes")
    before = app.typo.base
    label = {"text_size": "Tamaño del texto", "high_contrast": "Alto contraste"}[setting]
    pilot.click_on(label)
    if setting == "text_size":
        assert app.typo.base > before
    else:
        assert app.theme.name == "high_contrast"
    app.close()
    app, pilot = start()
    assert getattr(app.prefs, setting) == (2 if setting == "text_size" else True)


def test_many_players_are_paged(start, tmp_path):
    from game.records import Store

    data = tmp_path / "data"
    with Store.open(data) as store:
        for i in range(14):
            store.create_player(f"Oficial {i:02d}")
    app, pilot = start(data=data)
    pilot.press(pygame.K_RETURN)
    seen = set()
    for _ in range(4):
        seen |= {w.label for w in pilot.scene.focus.widgets if w.label.startswith("Oficial")}
        pilot.click_on("Más jugadores")
    assert seen == {f"Oficial {i:02d}" for i in range(14)}
    while not any(w.label == "Oficial 00" for w in pilot.scene.focus.widgets):
        pilot.click_on("Más jugadores")
    pilot.click_on("Oficial 00")
    assert isinstance(pilot.scene, CatalogScene) and app.player.nickname == "Oficial 00"
