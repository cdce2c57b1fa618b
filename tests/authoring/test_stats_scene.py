"""The trainer's stats scene, drawn headless from real records and driven by the keyboard."""

from __future__ import annotations

import os

import pygame
import pytest

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"

from game.ui.app import App
from game.ui.pilot import Pilot
from game.ui.scenes.stats import StatsScene
from game.ui.scenes.title import TitleScene

SHOT = "/tmp/modo-ninez-stats-scene.png"


@pytest.fixture
def window(played):
    """The game over the played records, with the stats scene of sala-de-espera on top of the title."""
    app = App(data_dir=str(played.data_dir), size=(1280, 720))
    app.push(TitleScene(app))
    app.push(StatsScene(app, played.scenario))
    pilot = Pilot(app)
    pilot.step()
    yield app, pilot
    if app.running or app.stack:
        app.close()


def test_the_stats_scene_draws_the_counts_and_turns_pages(window):
    app, pilot = window
    scene = pilot.scene
    assert scene.stats.attempts == 5 and scene.page == 0
    assert "Lo que eligieron los policías: La sala de espera" in scene.speech()
    assert ": 3" in scene.speech()  # sala_ninos was taken three times at the first decision
    app.screenshot(SHOT)
    colours = {tuple(app.screen.get_at((x, y)))[:3] for x in range(0, 1280, 8) for y in range(0, 720, 8)}
    assert app.theme.up in colours and app.theme.down in colours  # green and red bars
    pilot.press(pygame.K_RIGHT)
    pilot.press(pygame.K_PAGEDOWN)
    assert scene.page == 2
    pilot.press(pygame.K_RETURN)  # "Next" has the focus
    assert scene.page == 3
    for _ in range(40):
        pilot.press(pygame.K_PAGEDOWN)
    assert scene.page == len(scene.stats.states) - 1
    pilot.press(pygame.K_LEFT)
    assert scene.page == len(scene.stats.states) - 2
    pilot.press(pygame.K_ESCAPE)
    assert isinstance(pilot.scene, TitleScene)


@pytest.mark.parametrize("size, language", [((1024, 600), "en"), ((1920, 1080), "es")])
def test_the_stats_scene_fits_small_and_large_windows(window, size, language):
    app, pilot = window
    app.set_prefs(app.prefs.with_(language=language, text_size=3))
    pilot.resize(*size)
    assert app.screen.get_size() == size
    scene = pilot.scene
    for widget in scene.focus.widgets:
        assert app.screen.get_rect().contains(widget.rect)
    for box in (scene.choices_box, scene.losses_box, scene.endings_box):
        assert app.screen.get_rect().contains(box) and not box.colliderect(scene.focus.widgets[0].rect)
    assert ("What officers chose" in scene.speech()) == (language == "en")


def test_the_stats_scene_without_records(tmp_path, played):
    app = App(data_dir=str(tmp_path / "fresh"), size=(1280, 720))
    try:
        app.push(StatsScene(app, played.scenario))
        app.step([])
        assert app.stack[-1].stats.attempts == 0 and app.stack[-1].stats.losses == ()
    finally:
        app.close()
