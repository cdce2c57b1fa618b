"""A real process playing through the records API is killed with SIGKILL; nothing committed is lost."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from game.records import Store

from .helpers import REPO, SCENARIO_FILE, offline_config, play_to_end

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _play_then_kill(data_dir: Path, attempts: int, pace: str, kill_after: int) -> list[dict]:
    """Start a player process, read `kill_after` committed decisions, SIGKILL it; returns those lines."""
    child = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("player_proc.py")),
            str(data_dir),
            str(SCENARIO_FILE),
            str(attempts),
            pace,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    committed = []
    try:
        if pace == "input":
            child.stdin.write("choose\n")  # the first choice; each later one after the last is committed
            child.stdin.flush()
        for line in child.stdout:
            committed.append(json.loads(line))
            if len(committed) == kill_after:
                child.send_signal(signal.SIGKILL)
                break
            if pace == "input":
                child.stdin.write("choose\n")
                child.stdin.flush()
    finally:
        child.kill()
        child.wait(30)
        for stream in (child.stdin, child.stdout):
            stream.close()
        errors = child.stderr.read()
        child.stderr.close()
    assert len(committed) == kill_after, errors
    assert child.returncode == -signal.SIGKILL
    return committed


def test_killed_while_thinking_resumes_with_every_decision(tmp_path, scenario):
    """Killed while the officer thinks about the fourth choice: the three made are all there."""
    committed = _play_then_kill(tmp_path, attempts=1, pace="input", kill_after=3)
    with Store.open(tmp_path, offline_config(tmp_path)) as store:
        assert store.notices == []
        [player] = store.players()
        [unfinished] = store.unfinished_attempts(player.id)
        assert unfinished.decisions == 3
        session = store.resume(unfinished.id, scenario)
        assert session.snapshot() == committed[-1]["snapshot"]
        assert [(d.state, d.choice) for d in store.decisions(unfinished.id)] == [
            tuple(step) for step in committed[-1]["snapshot"]["path"]
        ]
        play_to_end(store, unfinished.id, session)  # and the attempt goes on to its ending
        assert store.attempt(unfinished.id).status == "finished"


@pytest.mark.parametrize("kill_after", [7, 23, 61])
def test_killed_mid_commit_the_file_is_sound_and_consistent(tmp_path, scenario, kill_after):
    """No pause: the kill lands while decisions are being written, commits included."""
    committed = _play_then_kill(tmp_path, attempts=500, pace="fast", kill_after=kill_after)
    check = sqlite3.connect(tmp_path / "records.sqlite3")
    assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    check.close()
    with Store.open(tmp_path, offline_config(tmp_path)) as store:
        assert store.notices == []
        attempts = store.attempts()
        by_id = {a.id: a for a in attempts}
        for line in committed:  # everything reported committed is there
            assert by_id[line["attempt"]].decisions >= line["number"]
        for attempt in attempts:  # and every attempt's rows, snapshot and statements agree
            decisions = store.decisions(attempt.id)
            assert [d.number for d in decisions] == list(range(1, attempt.decisions + 1))
            if attempt.status == "playing":
                session = store.resume(attempt.id, scenario)
                assert [(s.state, s.choice) for s in session.history] == [
                    (d.state, d.choice) for d in decisions
                ]
            else:
                assert attempt.status == "finished" and attempt.scores
        statements = store.outbox_status().waiting
        finished = sum(a.status == "finished" for a in attempts)
        assert statements == len(attempts) + sum(a.decisions for a in attempts) + finished
