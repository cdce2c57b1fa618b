"""Live authoring in the window (--watch, --start-at) and the in-game map."""

from __future__ import annotations

import os
import shutil
import time

import pygame

from game import paths
from game.ui.scenes.map import MapScene
from game.ui.scenes.play import PlayScene
from game.ui.scenes.problems import ProblemsScene
from game.ui.scenes.trainer import TrainerScene
from game.ui.watch import Watcher


def save(path, text):
    path.write_text(text, encoding="utf-8")
    stamp = time.time() + 2  # a distinct modification time, as a later save has
    os.utime(path, (stamp, stamp))


def test_watch_shows_problems_then_continues_on_the_same_path(start, tmp_path):
    path = tmp_path / "sala-de-espera.yaml"
    shutil.copy(paths.scenarios_dir() / "sala-de-espera.yaml", path)
    good = path.read_text(encoding="utf-8")
    app, pilot = start()
    app.watcher = Watcher(app, path)
    app.replace(app.watcher.first_scene())
    assert isinstance(pilot.scene, PlayScene)
    pilot.press(pygame.K_1)
    pilot.press(pygame.K_RETURN)
    pilot.press(pygame.K_2)
    pilot.press(pygame.K_RETURN)
    walked = [(s.state, s.choice) for s in pilot.scene.session.history]

    save(path, good.replace("start: llegada", "start: llegda"))  # a typo
    app.watcher.next_check = 0
    pilot.step()
    assert isinstance(pilot.scene, ProblemsScene)
    assert "¿quiso decir 'llegada'?" in pilot.scene.report.errors[0].message  # the window speaks Spanish

    save(path, good.replace("Rosa", "Rosalía"))  # fixed, and a text changed
    app.watcher.next_check = 0
    pilot.step()
    assert isinstance(pilot.scene, PlayScene)
    assert [(s.state, s.choice) for s in pilot.scene.session.history] == walked
    assert len(app.stack) == 1  # the problems are gone: only the reloaded play scene


def test_watch_restarts_where_the_path_no_longer_exists(start, tmp_path):
    path = tmp_path / "sala-de-espera.yaml"
    shutil.copy(paths.scenarios_dir() / "sala-de-espera.yaml", path)
    app, pilot = start()
    app.watcher = Watcher(app, path)
    app.replace(app.watcher.first_scene())
    first_choice = pilot.scene.session.choices[0].id
    pilot.press(pygame.K_1)
    pilot.press(pygame.K_RETURN)
    text = path.read_text(encoding="utf-8").replace(f"- id: {first_choice}\n", f"- id: {first_choice}_b\n", 1)
    save(path, text)
    app.watcher.next_check = 0
    pilot.step()
    assert isinstance(pilot.scene, PlayScene)
    assert pilot.scene.session.history == ()


def test_start_at_a_state(start, tmp_path):
    path = tmp_path / "sala-de-espera.yaml"
    shutil.copy(paths.scenarios_dir() / "sala-de-espera.yaml", path)
    app, pilot = start()
    app.watcher = Watcher(app, path, start="sala")
    app.replace(app.watcher.first_scene())
    assert pilot.scene.session.state_id == "sala"


def test_the_trainers_map_pans_and_zooms(start):
    app, pilot = start()
    pilot.click_on("Para capacitadores")
    pilot.press(pygame.K_RETURN)  # the first scenario
    assert isinstance(pilot.scene, TrainerScene)
    pilot.click_on("Mapa del escenario")
    assert isinstance(pilot.scene, MapScene)
    scene = pilot.scene
    assert scene.path == []
    zoom, offset = scene.zoom, scene.offset
    pilot.press(pygame.K_PLUS)
    assert scene.zoom > zoom
    pilot.press(pygame.K_LEFT)
    assert scene.offset[0] > offset[0] - 1000
    before = scene.offset
    pos = scene.view.center
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
    pygame.event.post(
        pygame.event.Event(
            pygame.MOUSEMOTION, pos=(pos[0] + 50, pos[1] + 20), rel=(50, 20), buttons=(1, 0, 0)
        )
    )
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(pos[0] + 50, pos[1] + 20), button=1))
    pilot.step()
    assert scene.offset == (before[0] + 50, before[1] + 20)
    pilot.press(pygame.K_0)
    pilot.press(pygame.K_ESCAPE)
    assert isinstance(pilot.scene, TrainerScene)


def test_trainer_menu_opens_the_map_and_the_statistics(start):
    from game.ui.scenes.stats import StatsScene
    from game.ui.scenes.trainer import TrainerScene

    app, pilot = start()
    pilot.click_on("Para capacitadores")
    pilot.press(pygame.K_RETURN)
    assert isinstance(pilot.scene, TrainerScene)
    pilot.press(pygame.K_RETURN)
    assert isinstance(pilot.scene, MapScene) and pilot.scene.path == []
    pilot.press(pygame.K_ESCAPE)
    pilot.click_on("Qué eligieron")
    assert isinstance(pilot.scene, StatsScene)
    pilot.press(pygame.K_RIGHT)
    assert pilot.scene.page == 1
