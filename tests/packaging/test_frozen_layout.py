"""How a frozen app finds its scenarios, checked in this process by pretending to be frozen: the
bundled folder, then `scenarios/` beside the executable, where a trainer's broken file is listed
with its first error instead of stopping the game. (test_build.py runs the real executable.)"""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import MINIMAL

from game import paths
from game.ui.app import App


def test_a_frozen_app_lists_extra_scenarios_beside_its_executable(tmp_path, monkeypatch):
    folder = tmp_path / "modo-ninez"
    extra = folder / "scenarios"
    extra.mkdir(parents=True)
    (extra / "nina-extra.yaml").write_text(MINIMAL.replace("id: prueba", "id: nina-extra"), encoding="utf-8")
    (extra / "roto.yaml").write_text(
        MINIMAL.replace("id: prueba", "id: roto").replace("        to: final_malo", "        to: final_maol"),
        encoding="utf-8",
    )
    (extra / "LEEME.txt").write_text("not a scenario", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "modo-ninez"))
    monkeypatch.delenv("MODO_NINEZ_SCENARIOS", raising=False)

    folders = paths.scenario_folders()
    assert folders == [paths.scenarios_dir(), extra]
    app = App(data_dir=str(tmp_path / "data"), scenario_dirs=folders)
    try:
        reports = {Path(r.path).name: r for r in app.library}
        bundled = {p.name for p in paths.scenarios_dir().glob("*.yaml")} - {"principles.yaml"}
        assert set(reports) == bundled | {"nina-extra.yaml", "roto.yaml"}
        assert reports["nina-extra.yaml"].scenario is not None
        assert reports["roto.yaml"].scenario is None
        assert "final_maol" in reports["roto.yaml"].errors[0].message
    finally:
        app.close()


def test_a_checkout_reads_the_bundled_folder_then_the_users_own(monkeypatch, tmp_path):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delenv("MODO_NINEZ_SCENARIOS", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert paths.scenario_folders() == [paths.scenarios_dir(), tmp_path / "modo-ninez" / "scenarios"]
