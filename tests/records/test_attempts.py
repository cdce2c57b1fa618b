"""Players, attempts, decisions, resume and history through the records API, on real SQLite files."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest
from conftest import MINIMAL

from game.engine import Session
from game.records import RecordsError, ResumeError, Store
from game.scenario import load_scenario

from .helpers import offline_config, play, play_to_end


def test_players_are_kept_with_a_random_pseudonym(store):
    rosa = store.create_player("  Rosa Ñaupari ", badge="31416", station="Comisaría Yarinacocha")
    juan = store.create_player("Juan", language="en")
    assert [p.nickname for p in store.players()] == ["Rosa Ñaupari", "Juan"]
    assert (rosa.badge, rosa.station, rosa.language) == ("31416", "Comisaría Yarinacocha", "es")
    assert (juan.badge, juan.station, juan.language) == (None, None, "en")
    assert rosa.pseudonym != juan.pseudonym and len(rosa.pseudonym) == 36
    assert "Rosa" not in rosa.pseudonym
    assert store.player(juan.id) == juan


@pytest.mark.parametrize("kwargs", [{"nickname": "  "}, {"nickname": "Ana", "language": "qu"}])
def test_a_player_needs_a_nickname_and_a_known_language(store, kwargs):
    with pytest.raises(ValueError):
        store.create_player(**kwargs)
    assert store.players() == []


def test_each_decision_is_committed_as_it_is_made(store, scenario, tmp_path):
    player = store.create_player("Rosa")
    session = Session(scenario)
    attempt = store.start_attempt(player.id, session)
    play(store, attempt, session, [1, 2])
    # Another connection (another process, after a crash) sees both decisions, enough to resume.
    other = sqlite3.connect(store.path)
    rows = other.execute("SELECT number, state, choice, deltas FROM decisions ORDER BY number").fetchall()
    other.close()
    steps = session.history
    assert [(n, s, c) for n, s, c, _ in rows] == [
        (1, steps[0].state, steps[0].choice),
        (2, steps[1].state, steps[1].choice),
    ]
    assert [json.loads(d) for *_, d in rows] == [dict(s.deltas) for s in steps]
    assert store.resume(attempt, scenario).snapshot() == session.snapshot()


def test_resume_gives_back_the_session_after_the_last_decision(store, scenario):
    player = store.create_player("Rosa")
    session = Session(scenario, "en")
    attempt = store.start_attempt(player.id, session)
    play(store, attempt, session, [2, 1, 1])
    [unfinished] = store.unfinished_attempts(player.id)
    assert (unfinished.id, unfinished.decisions, unfinished.status) == (attempt, 3, "playing")
    resumed = store.resume(attempt, scenario)
    assert resumed.snapshot() == session.snapshot()
    assert resumed.language == "en" and resumed.score == session.score
    play_to_end(store, attempt, resumed)  # the resumed session goes on recording
    assert store.unfinished_attempts(player.id) == []
    assert store.attempt(attempt).decisions == len(resumed.history)


def test_the_last_decision_completes_the_attempt_with_scores(store, scenario):
    player = store.create_player("Rosa")
    session = Session(scenario)
    attempt = store.start_attempt(player.id, session)
    outcomes = play_to_end(store, attempt, session)
    done = store.attempt(attempt)
    assert (done.status, done.ending, done.decisions) == ("finished", session.ending, len(outcomes))
    assert done.ended is not None and done.ended >= done.started
    assert (done.earned, done.best, done.share) == (
        session.score.earned,
        session.score.best,
        session.score.share,
    )
    assert dict(done.scores) == dict(session.score.principles)
    assert done.seconds == pytest.approx(3.0 * len(outcomes))
    with pytest.raises(RecordsError, match="finished"):
        store.record_decision(attempt, outcomes[-1], 1.0, session)
    with pytest.raises(ResumeError, match="finished"):
        store.resume(attempt, scenario)


def test_history_and_best_results(store, scenario):
    player = store.create_player("Rosa")
    other = store.create_player("Juan")
    shares = []
    for pick in (1, 2, 3):
        session = Session(scenario)
        attempt = store.start_attempt(player.id, session)
        play_to_end(store, attempt, session, pick)
        shares.append(session.score.share)
    unfinished = store.start_attempt(player.id, Session(scenario))
    store.start_attempt(other.id, Session(scenario))
    history = store.history(player.id)
    assert [a.id for a in history] == [unfinished, 3, 2, 1]
    assert [a.share for a in history[1:]] == shares[::-1]
    assert store.best_results(player.id) == {scenario.id: max(shares)}
    assert store.best_results(other.id) == {}


def test_decisions_of_an_attempt_in_order(store, scenario):
    player = store.create_player("Rosa")
    session = Session(scenario)
    attempt = store.start_attempt(player.id, session)
    play(store, attempt, session, [1, 2, 1], seconds=4.25)
    decisions = store.decisions(attempt)
    assert [(d.number, d.state, d.choice) for d in decisions] == [
        (i, s.state, s.choice) for i, s in enumerate(session.history, start=1)
    ]
    assert all(d.seconds == 4.25 for d in decisions)
    assert [dict(d.deltas) for d in decisions] == [dict(s.deltas) for s in session.history]


def test_abandoning_closes_an_unfinished_attempt(store, scenario):
    player = store.create_player("Rosa")
    session = Session(scenario)
    attempt = store.start_attempt(player.id, session)
    play(store, attempt, session, [1])
    store.abandon_attempt(attempt)
    assert store.unfinished_attempts(player.id) == []
    assert store.attempt(attempt).status == "abandoned"
    with pytest.raises(RecordsError, match="abandoned"):
        store.abandon_attempt(attempt)


def test_decisions_out_of_step_with_the_store_are_refused(store, scenario):
    player = store.create_player("Rosa")
    session = Session(scenario)
    attempt = store.start_attempt(player.id, session)
    first = session.choose(1)
    second = session.choose(1)  # the first was never recorded
    with pytest.raises(ValueError, match="0 decision"):
        store.record_decision(attempt, second, 1.0, session)
    with pytest.raises(ValueError, match="latest decision"):
        store.record_decision(attempt, first, 1.0, session)
    with pytest.raises(ValueError, match="no decision taken yet"):
        store.start_attempt(player.id, session)
    with pytest.raises(RecordsError, match="no attempt 99"):
        store.record_decision(99, second, 1.0, session)
    assert store.decisions(attempt) == []


def test_resume_refuses_another_version_of_the_scenario(store, scenario):
    player = store.create_player("Rosa")
    session = Session(scenario)
    attempt = store.start_attempt(player.id, session)
    play(store, attempt, session, [1])
    newer = scenario.version + 1
    with pytest.raises(ResumeError, match=f"version {scenario.version}.*version {newer}"):
        store.resume(attempt, replace(scenario, version=newer))


def test_a_failed_write_leaves_nothing_half_recorded(store, scenario):
    """The decision and its waiting statement are one transaction."""
    player = store.create_player("Rosa")
    session = Session(scenario)
    attempt = store.start_attempt(player.id, session)
    play(store, attempt, session, [1])
    before = store.attempt(attempt), store.outbox_status()
    saboteur = sqlite3.connect(store.path)
    saboteur.execute("CREATE TRIGGER no_outbox BEFORE INSERT ON pending BEGIN SELECT RAISE(ABORT, 'no'); END")
    saboteur.close()
    outcome = session.choose(1)
    with pytest.raises(RecordsError):
        store.record_decision(attempt, outcome, 2.0, session)
    assert (store.attempt(attempt), store.outbox_status()) == before
    assert len(store.decisions(attempt)) == 1


def test_records_survive_closing_and_reopening(tmp_path, scenario):
    config = offline_config(tmp_path)
    with Store.open(tmp_path / "data", config) as first:
        player = first.create_player("Rosa")
        session = Session(scenario)
        attempt = first.start_attempt(player.id, session)
        play(first, attempt, session, [1, 1])
    with Store.open(tmp_path / "data", config) as second:
        assert second.notices == []
        assert second.resume(attempt, scenario).snapshot() == session.snapshot()


def test_a_scenario_where_no_path_earns_points_is_scored_between_worst_and_best(store, write_yaml):

    text = (
        MINIMAL.replace("score: {safety: 2}", "score: {safety: -1}")
        .replace("score: {safety: -2}", "score: {safety: -3}")
        .replace("score: {trust: 2}", "score: {trust: -1}")
    )
    scenario = load_scenario(write_yaml(text))
    player = store.create_player("Rosa")
    session = Session(scenario)
    attempt = store.start_attempt(player.id, session)
    play(store, attempt, session, ["mostrador", "explicar"])
    score = session.score
    assert (score.earned, score.best, score.worst) == (-4, -2, -5)
    assert score.share == pytest.approx(1 / 3)  # not 100% for -4 where the best is -2
    stored = store.attempt(attempt)
    assert (stored.earned, stored.best) == (-4, -2) and stored.share == pytest.approx(1 / 3)
    assert stored.scores["safety"].share == pytest.approx(0.0) and stored.scores["trust"].share == 1.0
