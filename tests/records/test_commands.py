"""The records commands in `python -m game`, run as real processes."""

from __future__ import annotations

import pytest

from game.cli import build_parser
from game.engine import Session
from game.records import Store

from .helpers import SCENARIO_FILE, offline_config, play, run_game


def test_help_lists_the_records_commands_beside_the_others():
    done = run_game("--help")
    assert done.returncode == 0
    for command in ("play", "validate", "map", "schema", "report", "sync", "config", "--data-dir"):
        assert command in done.stdout
    assert run_game("validate", str(SCENARIO_FILE)).returncode == 0


@pytest.mark.parametrize("argv", [["--data-dir", "X", "report"], ["report", "--data-dir", "X"]])
def test_data_dir_is_accepted_before_or_after_the_command(argv):
    assert build_parser().parse_args(argv).data_dir == "X"


def test_the_data_dir_variable_is_used_when_no_option_is_given(tmp_path, scenario):
    with Store.open(tmp_path, offline_config(tmp_path)) as store:
        player = store.create_player("Rosa")
        session = Session(scenario)
        play(store, store.start_attempt(player.id, session), session, [1])
    done = run_game("report", env={"MODO_NINEZ_DATA_DIR": str(tmp_path)})
    assert done.returncode == 0 and ",Rosa," in done.stdout


@pytest.mark.parametrize("command", ["sync", "report"])
def test_without_records_the_commands_say_so(tmp_path, command):
    done = run_game("--data-dir", str(tmp_path / "empty"), command)
    assert done.returncode == 1 and "There are no records" in done.stderr
    assert not (tmp_path / "empty").exists()


def test_sync_without_an_lrs_says_statements_wait(store, scenario):
    player = store.create_player("Rosa")
    store.start_attempt(player.id, Session(scenario))
    done = run_game("--data-dir", str(store.path.parent), "sync")
    assert done.returncode == 1
    assert "No LRS is configured" in done.stderr and "1 statement(s) wait" in done.stderr


def test_a_broken_settings_file_stops_sync_but_not_play(tmp_path, monkeypatch, scenario):
    settings = tmp_path / "config.toml"
    settings.write_text("[lrs]\nendpoint = ", encoding="utf-8")
    monkeypatch.setenv("MODO_NINEZ_CONFIG", str(settings))
    with Store.open(tmp_path / "data") as store:  # the game: records still work, with a notice
        assert "not valid TOML" in store.notices[0] and not store.config.lrs.configured
        store.create_player("Rosa")
    done = run_game("--data-dir", str(tmp_path / "data"), "sync")
    assert done.returncode == 1 and "not valid TOML" in done.stderr and "Traceback" not in done.stderr
