"""Fixtures for the records tests: a real scenario, a fresh store, and a real Ralph LRS."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from game.records import Store
from game.scenario import load_scenario

from .helpers import REPO, SCENARIO_FILE, Ralph, offline_config


@pytest.fixture(scope="session")
def scenario():
    """The bundled scenario the records tests play (others may be mid-edit; this one is stable)."""
    return load_scenario(SCENARIO_FILE)


@pytest.fixture(autouse=True)
def _no_user_settings(tmp_path, monkeypatch):
    """Keep the tester's own settings, data folder and LRS variables out of every test."""
    monkeypatch.setenv("MODO_NINEZ_CONFIG", str(tmp_path / "no-such-config.toml"))
    for name in list(os.environ):
        if name.startswith("MODO_NINEZ_") and name != "MODO_NINEZ_CONFIG":
            monkeypatch.delenv(name)


@pytest.fixture
def store(tmp_path):
    """A fresh store in a temporary records folder, with no LRS."""
    with Store.open(tmp_path / "data", offline_config(tmp_path)) as opened:
        yield opened


@pytest.fixture(scope="session")
def ralph(tmp_path_factory):
    """A running Ralph LRS; skipped without Ralph's venv, except in CI, where that is a failure."""
    venv = Path(os.environ.get("RALPH_VENV", REPO / ".ralph-venv"))
    if not (venv / "bin" / "ralph").exists():
        message = f"no Ralph LRS virtual environment at {venv}: run .ci/ralph-venv (or set RALPH_VENV)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    server = Ralph(venv, tmp_path_factory.mktemp("ralph"))
    server.start()
    yield server
    server.stop()
