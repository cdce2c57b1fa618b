"""A real game window on SDL's dummy driver, with its records in a temporary folder."""

from __future__ import annotations

import os

import pytest

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"

from game.ui.app import App  # noqa: E402
from game.ui.pilot import Pilot  # noqa: E402
from game.ui.scenes.title import TitleScene  # noqa: E402


@pytest.fixture
def start(tmp_path):
    """Open the game on the title screen; returns (app, pilot). Closed after the test."""
    opened = []

    def launch(size=(1280, 720), data=None, scenario_dirs=None):
        app = App(data_dir=str(data or tmp_path / "data"), size=size, scenario_dirs=scenario_dirs)
        app.push(TitleScene(app))
        pilot = Pilot(app)
        pilot.step()
        opened.append(app)
        return app, pilot

    yield launch
    for app in opened:
        if app.running or app.stack:
            app.close()
