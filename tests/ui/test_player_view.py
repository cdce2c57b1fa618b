"""The player's view during a scenario: the history and the path so far, scrolled by keyboard and mouse,
changing nothing and showing no scores, endings or ids; resume offers only attempts with a decision."""

from __future__ import annotations

import pygame

from game.ui.scenes.history import HistoryScene, PathScene
from game.ui.scenes.pause import PauseScene
from game.ui.scenes.play import PlayScene
from game.ui.scenes.resume import ResumeScene


def played(start, decisions=3):
    app, pilot = start()
    app.player = app.store.create_player("Rosa")
    app.flow.start("sala-de-espera")
    for _ in range(decisions):
        pilot.press(pygame.K_1)
        pilot.press(pygame.K_RETURN)
    assert isinstance(pilot.scene, PlayScene)
    return app, pilot


def test_history_scrolls_by_keyboard_and_mouse_and_changes_nothing(start, tmp_path):
    app, pilot = played(start)
    attempt = pilot.scene.attempt
    before = (attempt.snapshot(), app.store.history(app.player.id)[0].decisions)
    pilot.press(pygame.K_ESCAPE)
    assert isinstance(pilot.scene, PauseScene)
    pilot.click_on("Historial")
    history = pilot.scene
    assert isinstance(history, HistoryScene) and history.scroll is None  # opens at the latest line
    assert len(history.lines) == 7 and history.lines[1].kind == "chosen"
    pilot.press(pygame.K_HOME)
    assert history.scroll == 0
    pilot.press(pygame.K_PAGEDOWN, pygame.K_DOWN)
    down = history.scroll
    assert down > 0
    pygame.event.post(
        pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1, flipped=False, precise_x=0.0, precise_y=1.0)
    )
    pilot.step()
    assert history.scroll < down
    app.screenshot(tmp_path / "history.png")
    pilot.press(pygame.K_ESCAPE)
    assert isinstance(pilot.scene, PauseScene)
    pilot.click_on("Tu camino")
    path = pilot.scene
    assert isinstance(path, PathScene)
    shown = " ".join(s.text for s in path.lines)
    scenario = attempt.scenario
    assert not [state_id for state_id in scenario.states if "_" in state_id and state_id in shown]
    assert [s.text for s in path.lines] == [s.text for s in attempt.history()]
    assert "+" not in shown and "%" not in shown
    app.screenshot(tmp_path / "path.png")
    pilot.press(pygame.K_ESCAPE)
    pilot.press(pygame.K_ESCAPE)
    assert isinstance(pilot.scene, PlayScene)
    assert (attempt.snapshot(), app.store.history(app.player.id)[0].decisions) == before


def test_resume_offers_only_an_attempt_with_a_decision(start, tmp_path):
    app, pilot = start()
    player = app.store.create_player("Lucho")
    app.player = player
    app.flow.start("sala-de-espera")  # started, no decision, then left
    pilot.press(pygame.K_ESCAPE)
    pilot.click_on("Salir del escenario")
    assert app.play.resumable(player.id) == []
    app.flow.start("sala-de-espera")
    pilot.press(pygame.K_1)
    pilot.press(pygame.K_RETURN)
    pilot.press(pygame.K_ESCAPE)
    pilot.click_on("Salir del escenario")
    [offered] = app.play.resumable(player.id)
    assert offered.decisions == 1
    app.close()
    app, pilot = start()
    pilot.click_on("Jugar")
    pilot.click_on("Lucho")
    assert isinstance(pilot.scene, ResumeScene) and pilot.scene.attempt.id == offered.id
