"""Sending to a real Learning Record Store (Ralph, on 127.0.0.1): content, offline, exactly once."""

from __future__ import annotations

import logging
import socket
import sqlite3
import time
import uuid
from collections import Counter

import pytest

from game.engine import Session
from game.records import RecordsError, Store, outbox, xapi
from game.records.config import Config, LrsSettings

from .helpers import play, play_to_end, run_game


def _played(store, scenario, nickname="Rosa", finish=True):
    player = store.create_player(nickname, station="Comisaría Yarinacocha")
    session = Session(scenario)
    attempt = store.start_attempt(player.id, session)
    if finish:
        play_to_end(store, attempt, session)
    else:
        play(store, attempt, session, [1, 2])
    return player, store.attempt(attempt), session


def _once_each(ralph, registration, expected: int) -> list[dict]:
    stored = ralph.stored(registration)
    counts = Counter(s["id"] for s in stored)
    assert len(counts) == expected and set(counts.values()) == {1}, counts
    return stored


def test_statements_arrive_with_actor_verb_object_and_scores(ralph, tmp_path, scenario):
    with Store.open(tmp_path, ralph.config(tmp_path)) as store:
        player, attempt, session = _played(store, scenario)
        total = store.outbox_status().waiting
        result = store.sync()
        assert (result.sent, result.waiting, result.refused, result.problem) == (total, 0, 0, None)
    by_id = {s["id"]: s for s in ralph.query(registration=attempt.registration)}
    events = ["started"] + [f"decision/{n}" for n in range(1, len(session.history) + 1)] + ["completed"]
    arrived = [by_id[str(uuid.uuid5(uuid.UUID(attempt.registration), event))] for event in events]
    assert len(by_id) == total == len(events)
    assert [s["verb"]["id"] for s in arrived] == (
        [xapi.ATTEMPTED[0]] + [xapi.ANSWERED[0]] * len(session.history) + [xapi.COMPLETED[0]]
    )
    for statement in arrived:
        assert statement["actor"]["account"] == {
            "homePage": "https://modo-ninez.example/xapi",
            "name": player.pseudonym,
        }
        assert "name" not in statement["actor"]
    scenario_iri = f"https://modo-ninez.example/xapi/scenarios/{scenario.id}"
    assert arrived[0]["object"]["id"] == scenario_iri
    for statement, step in zip(arrived[1:-1], session.history, strict=True):
        assert statement["object"]["id"] == f"{scenario_iri}/states/{step.state}"
        assert statement["result"]["response"] == step.choice
        assert statement["result"]["extensions"][xapi.EXT_DELTAS] == dict(step.deltas)
    completed = arrived[-1]["result"]
    assert completed["score"]["raw"] == session.score.earned
    assert (
        completed["extensions"][xapi.EXT_SCORES]["safety"]["earned"]
        == session.score.principles["safety"].earned
    )
    _once_each(ralph, attempt.registration, total)


def test_stop_play_start_sync_every_statement_arrives_once(ralph, tmp_path, scenario):
    with Store.open(tmp_path, ralph.config(tmp_path)) as store:
        ralph.stop()
        try:
            _, attempt, session = _played(store, scenario)
            offline = store.sync()
            assert offline.sent == 0 and "could not be reached" in offline.problem
            assert offline.waiting == len(session.history) + 2
        finally:
            ralph.start()
        online = store.sync()
        assert (online.sent, online.waiting, online.problem) == (offline.waiting, 0, None)
        assert store.sync().sent == 0
    _once_each(ralph, attempt.registration, offline.waiting)


def test_a_lost_answer_sends_again_but_the_lrs_keeps_one_of_each(ralph, tmp_path, scenario, monkeypatch):
    with Store.open(tmp_path, ralph.config(tmp_path)) as store:
        _, attempt, _ = _played(store, scenario)
        waiting = store.outbox_status().waiting

        def crash(*args):  # the LRS took the batch, then the PC went off before noting it
            raise sqlite3.OperationalError("disk I/O error")

        with monkeypatch.context() as patch:
            patch.setattr(outbox, "mark_sent", crash)
            with pytest.raises(RecordsError):
                store.sync()
        assert len(ralph.stored(attempt.registration)) == waiting
        assert store.outbox_status().waiting == waiting
        again = store.sync()
    assert (again.sent, again.refused, again.waiting) == (waiting, 0, 0)
    _once_each(ralph, attempt.registration, waiting)


def test_an_id_the_lrs_holds_with_other_content_is_set_aside_and_the_rest_go(ralph, tmp_path, scenario):
    with Store.open(tmp_path, ralph.config(tmp_path)) as store:
        _, attempt, _ = _played(store, scenario, finish=False)
        taken = str(uuid.uuid5(uuid.UUID(attempt.registration), "decision/1"))
        impostor = {
            "id": taken,
            "actor": {"mbox": "mailto:otro@example.org"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
            "object": {"id": "https://example.org/otra-cosa"},
        }
        ralph.post(impostor)
        result = store.sync()
        assert (result.sent, result.refused, result.waiting, result.problem) == (2, 1, 0, None)
        assert store.outbox_status().refused == 1
    [held] = [s for s in ralph.stored() if s["id"] == taken]
    assert held["actor"] == {"mbox": "mailto:otro@example.org"}  # ours was never stored over it
    assert len(ralph.stored(attempt.registration)) == 2


def test_a_wrong_password_is_reported_and_never_shown(ralph, tmp_path, scenario, caplog):
    caplog.set_level(logging.DEBUG)
    wrong = "not-the-Contraseña-123"
    with Store.open(tmp_path / "data", ralph.config(tmp_path, password=wrong)) as store:
        _, attempt, _ = _played(store, scenario, finish=False)
        result = store.sync()
        assert result.sent == 0 and "refused the user name or password (HTTP 401)" in result.problem
        assert store.start_background_sync(interval=0.05)
        time.sleep(0.5)  # let the background sender fail a few times, logging as it goes
    assert "HTTP 401" in caplog.text and wrong not in caplog.text and "Basic " not in caplog.text
    env = {
        "MODO_NINEZ_LRS_ENDPOINT": ralph.endpoint,
        "MODO_NINEZ_LRS_USERNAME": ralph.username,
        "MODO_NINEZ_LRS_PASSWORD": wrong,
    }
    done = run_game("--data-dir", str(tmp_path / "data"), "sync", env=env)
    assert done.returncode == 1 and "HTTP 401" in done.stderr and "3 wait" in done.stdout
    assert wrong not in done.stdout + done.stderr
    assert ralph.stored(attempt.registration) == []
    done = run_game(
        "--data-dir", str(tmp_path / "data"), "sync", env={**env, "MODO_NINEZ_LRS_PASSWORD": ralph.password}
    )
    assert done.returncode == 0, done.stderr
    assert "Sent 3 statement(s)" in done.stdout and ralph.password not in done.stdout + done.stderr
    _once_each(ralph, attempt.registration, 3)


def test_the_background_sender_delivers_while_play_goes_on(ralph, tmp_path, scenario):
    with Store.open(tmp_path, ralph.config(tmp_path, names=True)) as store:
        assert store.start_background_sync(interval=0.2)
        _, attempt, session = _played(store, scenario, nickname="Rosa Ñaupari")
        expected = len(session.history) + 2
        deadline = time.monotonic() + 30
        while store.outbox_status().waiting and time.monotonic() < deadline:
            time.sleep(0.05)
        assert store.outbox_status().waiting == 0
    stored = _once_each(ralph, attempt.registration, expected)
    assert {s["actor"]["name"] for s in stored} == {"Rosa Ñaupari"}


def test_a_hanging_lrs_never_blocks_play(tmp_path, scenario):
    """An LRS that takes connections but never answers: every decision is still recorded at once."""
    with socket.socket() as hanging:
        hanging.bind(("127.0.0.1", 0))
        hanging.listen()
        hanging.settimeout(30)
        endpoint = f"http://127.0.0.1:{hanging.getsockname()[1]}/xAPI/"
        config = Config(tmp_path / "c.toml", False, LrsSettings(endpoint, "u", "p", timeout=60.0))
        with Store.open(tmp_path, config) as store:
            assert store.start_background_sync(interval=0.1)
            player = store.create_player("Rosa")
            session = Session(scenario)
            attempt = store.start_attempt(player.id, session)
            connection, _ = hanging.accept()  # the sender is now waiting for an answer that never comes
            with connection:
                play_to_end(store, attempt, session)
                assert store.attempt(attempt).status == "finished"
                assert store.outbox_status().waiting == len(session.history) + 2
        # Closing the store did not wait for the hung request either.
