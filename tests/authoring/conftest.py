"""Fixtures for the trainer tools: copies of bundled scenarios, and records from real playthroughs."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from game import paths
from game.engine import Session
from game.records import Store
from game.scenario import load_scenario

SALA = paths.scenarios_dir() / "sala-de-espera.yaml"


@pytest.fixture(autouse=True)
def _own_settings_only(tmp_path, monkeypatch):
    """No tester's settings file, data folder or LRS: every test sees a clean machine."""
    for name in [n for n in os.environ if n.startswith("MODO_NINEZ_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("MODO_NINEZ_CONFIG", str(tmp_path / "absent.toml"))


@pytest.fixture
def bundled_copy(tmp_path):
    """Copy a bundled scenario into a temporary folder; returns the copy's path."""

    def copy(name: str = "sala-de-espera.yaml") -> Path:
        target = tmp_path / "copies" / name
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(paths.scenarios_dir() / name, target)
        return target

    return copy


class Played:
    """Records made by playing real sessions of sala-de-espera into a temporary data folder."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.scenario = load_scenario(SALA)
        self.sessions: list[Session] = []

    def play(self, store: Store, player: int, pick: int, stop_after: int | None = None) -> Session:
        """Take choice number `pick` (or the last offered) at every decision, recording each one."""
        session = Session(self.scenario)
        attempt = store.start_attempt(player, session)
        while not session.finished and (stop_after is None or len(session.history) < stop_after):
            outcome = session.choose(min(pick, len(session.choices)))
            store.record_decision(attempt, outcome, 2.5, session)
        self.sessions.append(session)
        return session


@pytest.fixture
def played(tmp_path):
    """Five attempts of sala-de-espera by two officers: always choice 1, 2, 3, 2 again, and one left
    after two decisions (always choice 2); plus a finished attempt of another scenario."""
    records = Played(tmp_path / "data")
    with Store.open(records.data_dir) as store:
        rosa, jorge = store.create_player("Rosa").id, store.create_player("Jorge").id
        for player, pick in ((rosa, 1), (rosa, 2), (jorge, 3), (jorge, 2)):
            records.play(store, player, pick)
        records.play(store, jorge, 2, stop_after=2)
        other = Session(load_scenario(paths.scenarios_dir() / "vino-sola.yaml"))
        attempt = store.start_attempt(rosa, other)
        while not other.finished:
            store.record_decision(attempt, other.choose(1), 1.0, other)
    return records
