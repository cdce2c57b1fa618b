"""Converting records written by an earlier version: nothing lost, a copy kept, statements still sent.

`data/format2.sqlite3` was written by the records code of format 2 (statements kept in full in the
outbox): two players, five attempts of sala-de-espera (finished, unfinished, abandoned, English), a
workshop run with votes, five statements marked sent and one refused, names on in xAPI.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace

import pytest

from game.records import Store, schema
from game.records.outbox import OutboxStatus

from .helpers import REPO, offline_config

FORMAT2 = REPO / "tests" / "records" / "data" / "format2.sqlite3"
COLUMNS = "attempt_id, number, state, choice, deltas, seconds, {made}"
ISO = "strftime('%Y-%m-%dT%H:%M:%fZ', made / 1000.0, 'unixepoch')"  # format 3 keeps milliseconds


def _rows(path, sql):
    # immutable: reading the file in the repository must not leave SQLite's side files beside it
    conn = sqlite3.connect(f"file:{path}?mode=ro" + ("&immutable=1" if path == FORMAT2 else ""), uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture
def old(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FORMAT2, folder / "records.sqlite3")
    return folder


def test_a_format_2_file_is_converted_without_loss_and_a_copy_is_kept(old, tmp_path, scenario):
    path = old / "records.sqlite3"
    decisions = _rows(
        path, f"SELECT {COLUMNS.format(made='made')} FROM decisions ORDER BY attempt_id, number"
    )
    attempts = _rows(
        path,
        "SELECT id, registration, player_id, scenario_id, status, ending, earned, best, share, "
        "started, ended FROM attempts ORDER BY id",
    )
    kept = {
        table: _rows(path, f"SELECT * FROM {table} ORDER BY 1, 2")
        for table in ("players", "attempt_scores", "workshops", "workshop_runs", "votes")
    }
    waiting = {
        json.loads(s)["id"]: json.loads(s)
        for (s,) in _rows(path, "SELECT statement FROM outbox WHERE sent IS NULL AND refused IS NULL")
    }
    assert _rows(path, "PRAGMA user_version") == [(2,)] and len(decisions) == 45 and len(waiting) == 50

    with Store.open(old, offline_config(tmp_path, names=True)) as store:
        assert store.notices == []
        assert store.outbox_status() == OutboxStatus(50, 5, 1)
        rebuilt = {s["id"]: s for s in store.pending_statements()}
        unfinished = [a for a in store.attempts() if a.status == "playing"]
        resumed = store.resume(unfinished[0].id, replace(scenario, version=unfinished[0].scenario_version))
        assert len(resumed.history) == unfinished[0].decisions == 2

    assert rebuilt == waiting  # the same statements, field for field, built from the converted records
    assert _rows(path, "PRAGMA user_version") == [(schema.LATEST,)]
    assert (
        _rows(path, f"SELECT {COLUMNS.format(made=ISO)} FROM decisions ORDER BY attempt_id, number")
        == decisions
    )
    assert (
        _rows(
            path,
            "SELECT id, registration, player_id, scenario_id, status, ending, earned, best, share, "
            "started, ended FROM attempts ORDER BY id",
        )
        == attempts
    )
    for table, rows in kept.items():
        assert _rows(path, f"SELECT * FROM {table} ORDER BY 1, 2") == rows, table
    [copy] = old.glob("records.sqlite3.format2-*")
    for sql in (
        "PRAGMA user_version",
        "SELECT * FROM outbox ORDER BY id",
        "SELECT * FROM attempts ORDER BY id",
        "SELECT * FROM decisions ORDER BY id",
    ):  # the file as it was, kept beside
        assert _rows(copy, sql) == _rows(FORMAT2, sql)
    assert path.stat().st_size < FORMAT2.stat().st_size / 2  # the statements' text is gone


def test_converted_records_reach_the_lrs_all_of_them(old, tmp_path, ralph):
    with Store.open(old, ralph.config(tmp_path, names=True)) as store:
        first = store.sync()
        assert (first.sent, first.waiting, first.refused, first.problem) == (50, 0, 0, None)
        again = store.sync(retry_refused=True)  # the one a past LRS refused is tried again
        assert (again.sent, again.refused, store.outbox_status()) == (1, 0, OutboxStatus(0, 56, 0))
    registrations = {r for (r,) in _rows(old / "records.sqlite3", "SELECT registration FROM attempts")}
    arrived = [s for r in registrations for s in ralph.stored(r)]
    assert len({s["id"] for s in arrived}) == 51
