"""The records file: where it lives, its schema and migrations, and what happens when it is unusable."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game import cli
from game.engine import Session
from game.records import Store, StoreUnavailable, datadir, schema

from .helpers import REPO, lockable_folder, offline_config, play, run_game, small_disk


def test_the_data_folder_comes_from_the_option_then_the_variable_then_the_platform(tmp_path, monkeypatch):
    assert datadir.data_dir().name == "modo-ninez"
    monkeypatch.setenv("MODO_NINEZ_DATA_DIR", str(tmp_path / "env"))
    assert datadir.data_dir() == tmp_path / "env"
    assert datadir.data_dir(tmp_path / "flag") == tmp_path / "flag"
    with Store.open(config=offline_config(tmp_path)) as store:
        assert store.path == tmp_path / "env" / "records.sqlite3"


def test_a_new_store_has_the_latest_schema_in_wal_mode_with_full_sync(store):
    other = sqlite3.connect(store.path)
    assert other.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST
    assert other.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    other.close()
    assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL: see store.py


def test_a_later_migration_upgrades_an_existing_file_and_keeps_its_data(tmp_path, scenario, monkeypatch):
    config = offline_config(tmp_path)
    with Store.open(tmp_path, config) as store:
        rosa = store.create_player("Rosa")
        store.start_attempt(rosa.id, Session(scenario))
    monkeypatch.setattr(
        schema, "MIGRATIONS", schema.MIGRATIONS + ("ALTER TABLE players ADD COLUMN unit TEXT",)
    )
    monkeypatch.setattr(schema, "LATEST", schema.LATEST + 1)
    with Store.open(tmp_path, config) as store:
        assert [p.nickname for p in store.players()] == ["Rosa"]
        assert len(store.attempts()) == 1
    other = sqlite3.connect(tmp_path / "records.sqlite3")
    assert other.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST
    assert "unit" in [row[1] for row in other.execute("PRAGMA table_info(players)")]
    other.close()


def test_a_file_from_a_newer_game_is_refused_and_left_alone(tmp_path):
    with Store.open(tmp_path, offline_config(tmp_path)) as store:
        store.create_player("Rosa")
    path = tmp_path / "records.sqlite3"
    other = sqlite3.connect(path)
    other.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    other.close()
    before = path.read_bytes()
    with pytest.raises(StoreUnavailable, match="newer version of the game"):
        Store.open(tmp_path, offline_config(tmp_path))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records.sqlite3", "records.sqlite3.lock"]


def _moved_aside(folder, kind):
    return [
        p for p in folder.iterdir() if re.fullmatch(rf"records\.sqlite3\.{kind}-\d{{8}}T\d{{6}}Z", p.name)
    ]


def test_another_programs_database_is_moved_aside_and_a_fresh_store_starts(tmp_path):
    path = tmp_path / "records.sqlite3"
    foreign = sqlite3.connect(path)
    foreign.executescript("CREATE TABLE customers (name TEXT); INSERT INTO customers VALUES ('Ana');")
    foreign.close()
    with Store.open(tmp_path, offline_config(tmp_path)) as store:
        [notice] = store.notices
        assert "not a Modo Niñez records file" in notice and "moved aside" in notice
        assert store.players() == []
        store.create_player("Rosa")
    [moved] = _moved_aside(tmp_path, "foreign")
    assert moved.name in notice
    kept = sqlite3.connect(moved)
    assert kept.execute("SELECT name FROM customers").fetchall() == [("Ana",)]  # untouched
    kept.close()


def test_a_file_that_is_not_a_database_is_moved_aside(tmp_path):
    path = tmp_path / "records.sqlite3"
    garbage = b"not a database, just bytes " * 400
    path.write_bytes(garbage)
    with Store.open(tmp_path, offline_config(tmp_path)) as store:
        assert "is damaged" in store.notices[0]
        assert store.create_player("Rosa").id == 1
    [moved] = _moved_aside(tmp_path, "damaged")
    assert moved.read_bytes() == garbage


def test_a_database_with_damaged_pages_is_moved_aside(tmp_path, scenario):
    with Store.open(tmp_path, offline_config(tmp_path)) as store:
        player = store.create_player("Rosa")
        for _ in range(30):
            session = Session(scenario)
            play(store, store.start_attempt(player.id, session), session, [1, 1, 1])
    path = tmp_path / "records.sqlite3"
    data = bytearray(path.read_bytes())
    page = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    for offset in range(2 * page, len(data) - page, 3 * page):  # scribble over a third of the pages
        data[offset : offset + page] = os.urandom(page)
    path.write_bytes(bytes(data))
    with Store.open(tmp_path, offline_config(tmp_path)) as store:
        assert "is damaged" in store.notices[0]
        assert store.players() == []
    assert len(_moved_aside(tmp_path, "damaged")) == 1


def test_a_report_on_a_damaged_file_fails_with_a_message_and_leaves_it_alone(tmp_path):
    damaged = b"\x00garbage" * 1000
    (tmp_path / "records.sqlite3").write_bytes(damaged)
    done = run_game("--data-dir", str(tmp_path), "report")
    assert done.returncode == 1
    assert "is damaged" in done.stderr and "Start the game" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert (tmp_path / "records.sqlite3").read_bytes() == damaged
    with Store.open(tmp_path, offline_config(tmp_path)) as store:  # the game moves it aside, keeping it
        assert "moved aside" in store.notices[0]
    [moved] = _moved_aside(tmp_path, "damaged")
    assert moved.read_bytes() == damaged


def test_a_read_only_folder_gives_a_clear_message_and_still_gives_reports(tmp_path, scenario):
    folder = tmp_path / "locked"
    with lockable_folder(folder) as lock:
        with Store.open(folder, offline_config(tmp_path)) as store:
            rosa = store.create_player("Rosa")
            session = Session(scenario)
            play(store, store.start_attempt(rosa.id, session), session, [1])
        lock()
        with pytest.raises(StoreUnavailable, match="read-only"):
            Store.open(folder, offline_config(tmp_path))
        with pytest.raises(StoreUnavailable, match="cannot be created.*Read-only"):
            Store.open(folder / "new", offline_config(tmp_path))
        with Store.open(folder, offline_config(tmp_path), create=False) as store:
            assert [a.decisions for a in store.attempts()] == [1]
        done = run_game("--data-dir", str(folder), "report")
        assert done.returncode == 0, done.stderr
        assert done.stdout.lstrip("\ufeff").splitlines()[1].split(",")[2] == "Rosa"
        assert "Traceback" not in done.stderr


def test_a_full_disk_gives_a_clear_message_and_loses_only_that_decision(tmp_path, scenario):
    with small_disk(tmp_path / "disk", "1m") as disk:
        store = Store.open(disk, offline_config(tmp_path))
        player = store.create_player("Rosa")
        session = Session(scenario)
        attempt = store.start_attempt(player.id, session)
        play(store, attempt, session, [1])
        filler = disk / "filler"
        with open(filler, "wb", buffering=0) as fh:  # take every free byte
            try:
                while True:
                    fh.write(b"\0" * 4096)
            except OSError:
                pass
        outcome = session.choose(1)
        with pytest.raises(StoreUnavailable, match="is full"):
            store.record_decision(attempt, outcome, 1.0, session)
        assert len(store.decisions(attempt)) == 1
        filler.unlink()
        store.record_decision(attempt, outcome, 1.0, session)  # with space again, the same call works
        assert len(store.decisions(attempt)) == 2
        store.close()


def test_a_folder_that_cannot_be_created_gives_a_clear_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    with pytest.raises(StoreUnavailable, match="cannot be created"):
        Store.open(blocker / "records", offline_config(tmp_path))


def _together(folder, count=20):
    """Start `count` processes that open the records at the same moment; their exit codes and outputs."""
    go = folder.parent / f"{folder.name}-go"
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).with_name("opener_proc.py")),
                str(folder),
                str(go),
                f"Oficial {n}",
            ],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(count)
    ]
    time.sleep(1.0)  # every interpreter up and waiting
    go.touch()
    return [(p.wait(60), *p.communicate()) for p in procs]


def test_twenty_processes_starting_together_on_a_fresh_folder_all_succeed(tmp_path):
    folder = tmp_path / "fresh"
    results = _together(folder)
    assert [code for code, *_ in results] == [0] * 20, [err for *_, err in results if err]
    with Store.open(folder, offline_config(tmp_path)) as store:
        assert len(store.players()) == 20


def test_twenty_processes_on_a_damaged_file_keep_its_only_copy(tmp_path):
    folder = tmp_path / "damaged"
    folder.mkdir()
    damaged = b"\x00garbage" * 1000
    (folder / "records.sqlite3").write_bytes(damaged)
    results = _together(folder)
    assert [code for code, *_ in results] == [0] * 20, [err for *_, err in results if err]
    assert sum(bool(json.loads(out)) for _, out, _ in results) == 1  # one moved it; the others found it done
    [moved] = _moved_aside(folder, "damaged")
    assert moved.read_bytes() == damaged
    with Store.open(folder, offline_config(tmp_path)) as store:
        assert len(store.players()) == 20


def test_report_output_naming_the_records_is_refused_and_the_records_are_intact(tmp_path, scenario, capsys):
    with Store.open(tmp_path, offline_config(tmp_path)) as store:
        rosa = store.create_player("Rosa")
        session = Session(scenario)
        play(store, store.start_attempt(rosa.id, session), session, [1, 1])
    before = sqlite3.connect(tmp_path / "records.sqlite3").execute("SELECT * FROM decisions").fetchall()
    for target in ("records.sqlite3", "records.sqlite3-wal", "records.sqlite3-journal", "./records.sqlite3"):
        assert cli.main(["--data-dir", str(tmp_path), "report", "--output", str(tmp_path / target)]) == 2
        assert "holds the records" in capsys.readouterr().err
    os.link(tmp_path / "records.sqlite3", tmp_path / "alias.db")  # another name for the same file
    assert (
        cli.main(["--data-dir", str(tmp_path), "trainer-notes", "--output", str(tmp_path / "alias.db")]) == 2
    )
    os.unlink(tmp_path / "alias.db")
    with Store.open(tmp_path, offline_config(tmp_path), check=True) as store:
        assert [a.decisions for a in store.attempts()] == [2]
    assert (
        sqlite3.connect(tmp_path / "records.sqlite3").execute("SELECT * FROM decisions").fetchall() == before
    )
