"""The xAPI statements the store puts in its outbox: one per start, decision and completion."""

from __future__ import annotations

import json
import sqlite3
import uuid

import pytest

from game.engine import Session
from game.records import Store, xapi

from .helpers import offline_config, play, play_to_end


def _outbox(store):
    statements = store.pending_statements()
    other = sqlite3.connect(store.path)  # only which events wait is kept, never the statements' text
    assert other.execute("SELECT count(*) FROM pending").fetchone()[0] == len(statements)
    assert [row[1] for row in other.execute("PRAGMA table_info(pending)")] == [
        "attempt_id",
        "event",
        "refused",
    ]
    other.close()
    assert json.loads(json.dumps(statements)) == statements
    return statements


def test_a_played_attempt_becomes_start_decision_and_completion_statements(store, scenario):
    player = store.create_player("Rosa", badge="31416", station="Comisaría Yarinacocha")
    session = Session(scenario)
    attempt = store.start_attempt(player.id, session)
    outcomes = play_to_end(store, attempt, session)
    statements = _outbox(store)
    verbs = [s["verb"]["id"] for s in statements]
    assert verbs == [xapi.ATTEMPTED[0]] + [xapi.ANSWERED[0]] * len(outcomes) + [xapi.COMPLETED[0]]
    registration = store.attempt(attempt).registration
    base = "https://modo-ninez.example/xapi"
    for s in statements:
        assert s["actor"] == {"objectType": "Agent", "account": {"homePage": base, "name": player.pseudonym}}
        assert s["context"]["registration"] == registration
        assert s["context"]["extensions"][xapi.EXT_STATION] == "Comisaría Yarinacocha"
        assert s["context"]["extensions"][xapi.EXT_SCENARIO_VERSION] == scenario.version
        assert xapi.EXT_BADGE not in s["context"]["extensions"]
        assert s["timestamp"].endswith("Z")
    assert len({s["id"] for s in statements}) == len(statements)
    assert statements[0]["object"]["id"] == f"{base}/scenarios/{scenario.id}"
    for number, (s, outcome) in enumerate(zip(statements[1:-1], outcomes, strict=True), start=1):
        assert s["object"]["id"] == f"{base}/scenarios/{scenario.id}/states/{outcome.state}"
        assert s["object"]["definition"]["interactionType"] == "choice"
        assert s["result"]["response"] == outcome.choice
        assert s["result"]["extensions"][xapi.EXT_DELTAS] == dict(outcome.deltas)
        assert s["result"]["duration"] == "PT3S"
        assert s["context"]["extensions"][xapi.EXT_CHOICE] == {
            "number": number,
            "state": outcome.state,
            "choice": outcome.choice,
            "text": outcome.choice_text,
        }
        assert s["context"]["contextActivities"]["parent"][0]["id"] == statements[0]["object"]["id"]
    done = statements[-1]["result"]
    score = session.score
    assert done["completion"] is True and done["success"] is (session.ending == "good")
    assert done["score"]["raw"] == score.earned and done["score"]["max"] == score.best
    assert done["score"]["scaled"] == pytest.approx(score.share, abs=1e-4)
    assert done["extensions"][xapi.EXT_ENDING]["quality"] == session.ending
    assert done["extensions"][xapi.EXT_SCORES] == {
        p: {"earned": s.earned, "best": s.best, "worst": s.worst, "share": round(s.share, 4)}
        for p, s in score.principles.items()
    }


def test_statement_ids_are_derived_from_the_attempt_and_the_event(store, scenario):
    player = store.create_player("Rosa")
    session = Session(scenario)
    attempt = store.start_attempt(player.id, session)
    play(store, attempt, session, [1, 2])
    registration = uuid.UUID(store.attempt(attempt).registration)
    assert [s["id"] for s in _outbox(store)] == [
        str(uuid.uuid5(registration, event)) for event in ("started", "decision/1", "decision/2")
    ]


def test_names_and_badge_are_sent_only_when_the_trainer_turns_names_on(tmp_path, scenario):
    base = "https://capacitacion.example.gob.pe/modo-ninez/"
    config = offline_config(tmp_path, names=True, activity_base=base)
    with Store.open(tmp_path / "data", config) as store:
        player = store.create_player("Rosa Ñaupari", badge="31416")
        store.start_attempt(player.id, Session(scenario))
        [started] = _outbox(store)
    assert started["actor"]["name"] == "Rosa Ñaupari"
    assert started["actor"]["account"]["name"] == player.pseudonym
    assert started["context"]["extensions"][xapi.EXT_BADGE] == "31416"
    assert started["object"]["id"] == f"{base.rstrip('/')}/scenarios/{scenario.id}"


def test_abandoning_sends_an_abandoned_statement(store, scenario):
    player = store.create_player("Rosa")
    attempt = store.start_attempt(player.id, Session(scenario))
    store.abandon_attempt(attempt)
    last = _outbox(store)[-1]
    assert last["verb"]["id"] == "https://w3id.org/xapi/adl/verbs/abandoned"
    assert last["result"] == {"completion": False}


@pytest.mark.parametrize(
    "seconds, text",
    [
        (0, "PT0S"),
        (3, "PT3S"),
        (7.25, "PT7.25S"),
        (75.5, "PT1M15.5S"),
        (3600.004, "PT1H0S"),
        (5025.1, "PT1H23M45.1S"),
    ],
)
def test_durations_are_iso_8601(seconds, text):
    assert xapi.duration(seconds) == text
