"""Resume after the game process is killed mid-scenario (SIGKILL: no clean shutdown at all)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pygame

from game.ui.scenes.play import PlayScene
from game.ui.scenes.resume import ResumeScene

ROOT = Path(__file__).resolve().parents[2]

PLAY_THEN_DIE = """
import os, signal, sys, pygame
from game.ui.app import App
from game.ui.pilot import Pilot
from game.ui.scenes.title import TitleScene
app = App(data_dir=sys.argv[1])
app.push(TitleScene(app))
pilot = Pilot(app)
pilot.step()
pilot.press(pygame.K_RETURN)
pilot.type("Lucho")
pilot.press(pygame.K_TAB, pygame.K_TAB, pygame.K_TAB, pygame.K_RETURN)
pilot.press(pygame.K_RETURN)
for _ in range(3):
    pilot.press(pygame.K_2)
    pilot.press(pygame.K_RETURN)
print(pilot.scene.session.state_id, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_resume_after_the_process_is_killed(start, tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYTHONPATH": str(ROOT)}
    died = subprocess.run(
        [sys.executable, "-c", PLAY_THEN_DIE, str(data)], env=env, capture_output=True, text=True, timeout=120
    )
    assert died.returncode == -signal.SIGKILL, died.stderr
    where = died.stdout.strip().splitlines()[-1]

    app, pilot = start(data=data)
    pilot.press(pygame.K_RETURN)
    pilot.click_on("Lucho")
    assert isinstance(pilot.scene, ResumeScene)
    pilot.press(pygame.K_RETURN)
    assert isinstance(pilot.scene, PlayScene)
    assert len(pilot.scene.session.history) == 3
    assert pilot.scene.session.state_id == where
