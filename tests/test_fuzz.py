"""validate's promise, fuzzed: every mutant of a bundled scenario that validate accepts is played and drawn
without an exception (benchmarks/bench_fuzz.py runs thousands)."""

from __future__ import annotations

import pytest
from scenario_fuzz import run

from game.ui.app import App
from game.ui.pilot import Pilot
from game.ui.scenes.title import TitleScene

CASES = 200


@pytest.fixture
def game(tmp_path):
    app = App(data_dir=str(tmp_path / "data"), size=(1024, 600))
    app.push(TitleScene(app))
    yield app, Pilot(app)
    app.close()


def test_every_mutant_validate_accepts_plays_and_draws(tmp_path, game):
    app, pilot = game
    counts = run(CASES, seed=1, folder=tmp_path, app=app, pilot=pilot)
    print(counts, counts.kinds)
    assert counts.cases == CASES
    assert counts.valid == counts.played == counts.drawn
    assert CASES // 5 <= counts.valid < CASES  # both sides of validate's line are exercised
