"""`stats` on records made by real playthroughs: choices per decision, competencies lost, endings."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import datetime, timedelta

from game.authoring import stats
from game.cli import main
from game.i18n import translator
from game.records import Store


def collect(played, since=None):
    with Store.open(played.data_dir) as store:
        return stats.collect(store, played.scenario, since)


def test_choices_are_counted_exactly(played):
    found = collect(played)
    assert (found.attempts, found.by_status) == (5, {"finished": 4, "playing": 1, "abandoned": 0})
    by_state = {s.state: s for s in found.states}
    first = by_state["llegada"]  # every attempt decides here: choice 1 once, 2 three times, 3 once
    assert [(c.choice, c.count, c.share) for c in first.choices] == [
        ("mostrador", 1, 0.2),
        ("sala_ninos", 3, 0.6),
        ("celular", 1, 0.2),
    ]
    assert first.total == 5
    taken = Counter((step.state, step.choice) for s in played.sessions for step in s.history)
    for state in found.states:
        assert state.total == sum(n for (sid, _), n in taken.items() if sid == state.state)
        for choice in state.choices:
            assert choice.count == taken[(state.state, choice.choice)] and choice.known
    decision_states = [sid for sid, st in played.scenario.states.items() if st.choices]
    assert [s.state for s in found.states] == decision_states  # never reached ones too, with zeros
    assert found.decisions == sum(len(s.history) for s in played.sessions) == sum(taken.values())


def test_competencies_lost_and_endings(played):
    found = collect(played)
    lost, lowered = Counter(), Counter()
    for session in played.sessions:
        for step in session.history:
            for competency, delta in step.deltas.items():
                if delta < 0:
                    lost[competency] += delta
                    lowered[competency] += 1
    assert {(x.competency, x.points, x.decisions) for x in found.losses} == {
        (c, lost[c], lowered[c]) for c in lost
    }
    assert [x.points for x in found.losses] == sorted(x.points for x in found.losses)  # most lost first
    reached = Counter(s.state_id for s in played.sessions if s.finished)
    assert sum(reached.values()) == 4
    assert {e.state: e.count for e in found.endings if e.count} == dict(reached)
    endings = [sid for sid, st in played.scenario.states.items() if st.ending]
    assert [e.state for e in found.endings] == endings
    assert all(e.quality == played.scenario.states[e.state].ending for e in found.endings)


def test_since_leaves_out_older_attempts(played):
    with sqlite3.connect(played.data_dir / "records.sqlite3") as conn:  # the first two began last year
        conn.execute("UPDATE attempts SET started = '2024-01-10T10:00:00.000Z' WHERE id IN (1, 2)")
    found = collect(played, datetime.now().astimezone() - timedelta(days=1))
    assert found.attempts == 3 and found.by_status["finished"] == 2
    first = next(s for s in found.states if s.state == "llegada")
    assert [(c.choice, c.count) for c in first.choices] == [
        ("mostrador", 0),
        ("sala_ninos", 2),
        ("celular", 1),
    ]


def test_stats_command_json_and_text(played, capsys):
    data = str(played.data_dir)
    assert main(["--data-dir", data, "stats", "sala-de-espera", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["format"] == "modo-ninez/stats" and report["attempts"]["total"] == 5
    first = report["states"][0]
    assert first["state"] == "llegada" and first["decisions"] == 5
    assert [(c["choice"], c["count"], c["share"]) for c in first["choices"]] == [
        ("mostrador", 1, 0.2),
        ("sala_ninos", 3, 0.6),
        ("celular", 1, 0.2),
    ]
    assert first["choices"][1]["text"].startswith("Le digo que no hace cola")
    assert sum(e["count"] for e in report["endings"]) == 4

    assert main(["stats", str(played.scenario.source), "--data-dir", data, "--lang", "en"]) == 0
    text = capsys.readouterr().out
    version = played.scenario.version
    assert f'What officers chose in sala-de-espera, "The waiting room" (version {version})' in text
    assert "Attempts: 5 (4 finished, 1 playing); decisions: " in text
    assert "    sala_ninos" in text and "    3   60%  ############  " in text
    assert "Safety (safety)" in text


def test_stats_without_records_or_scenario(tmp_path, capsys):
    assert main(["stats", "sala-de-espera", "--data-dir", str(tmp_path / "none")]) == 1
    assert "There are no records" in capsys.readouterr().err
    assert main(["stats", "no-such-scenario", "--data-dir", str(tmp_path)]) == 2
    assert "no scenario file or scenario id 'no-such-scenario'" in capsys.readouterr().err


def test_a_choice_nobody_was_offered_shows_a_dash_not_zero(played):
    empty = stats.count(played.scenario, [], [])
    assert all(c.share is None and c.shown == "—" for s in empty.states for c in s.choices)
    text = stats.as_text(empty, played.scenario, {}, "es", translator("es"))
    assert "Nadie ha jugado este escenario con estos registros todavía" in text
    assert "    0     —  " in text and "0%" not in text
    found = collect(played)
    reached = {s.state: s for s in found.states if s.total}
    conditional = [(sid, c.id) for sid in reached for c in played.scenario.states[sid].choices if c.when]
    for sid, cid in conditional:
        counted = next(c for c in reached[sid].choices if c.choice == cid)
        assert counted.share is None if counted.count == 0 else counted.share > 0
