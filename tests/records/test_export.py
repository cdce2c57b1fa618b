"""Trainer reports: CSV a spreadsheet opens with accents intact, and JSON, with the filters."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import replace
from datetime import datetime

import pytest

from game.engine import Session
from game.records import AttemptFilter
from game.records.export import ATTEMPT_COLUMNS, write_csv, write_json

from .helpers import play, play_to_end, run_game


@pytest.fixture
def filled(store, scenario):
    """Two players, three attempts (one unfinished, one on another scenario, one from 2024)."""
    rosa = store.create_player("Rosa Ñaupari", badge="31416", station="Comisaría Yarinacocha")
    juan = store.create_player('=HYPERLINK("http://x")', station="Pucallpa")
    first = Session(scenario)
    a1 = store.start_attempt(rosa.id, first)
    play_to_end(store, a1, first)
    other = Session(replace(scenario, id="otro-escenario"))
    a2 = store.start_attempt(rosa.id, other)
    play(store, a2, other, [2, 2])
    late = Session(scenario)
    a3 = store.start_attempt(juan.id, late)
    play_to_end(store, a3, late, 3)
    old = sqlite3.connect(store.path)
    old.execute("UPDATE attempts SET started = '2024-02-01T15:00:00.000Z' WHERE id = ?", (a3,))
    old.commit()
    old.close()
    return store, (first, other, late)


def _csv(store, which=None, rows="attempts"):
    out = io.StringIO()
    write_csv(store, out, which or AttemptFilter(), rows)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_attempt_rows_carry_per_competency_scores(filled, scenario):
    store, (first, _, _) = filled
    rows = _csv(store)
    assert [r["attempt"] for r in rows] == ["1", "2", "3"]  # in the order they were started
    done = rows[0]
    assert (done["nickname"], done["station"], done["status"], done["ending"]) == (
        "Rosa Ñaupari",
        "Comisaría Yarinacocha",
        "finished",
        first.ending,
    )
    assert float(done["share"]) == pytest.approx(first.score.share, abs=1e-3)
    for principle, result in first.score.principles.items():
        assert int(done[f"{principle}_points"]) == result.earned
        assert float(done[f"{principle}_share"]) == pytest.approx(result.share, abs=1e-3)
    unfinished = rows[1]
    assert (unfinished["scenario"], unfinished["status"], unfinished["decisions"]) == (
        "otro-escenario",
        "playing",
        "2",
    )
    assert unfinished["share"] == "" and unfinished["safety_points"] == ""
    assert list(rows[0])[: len(ATTEMPT_COLUMNS)] == list(ATTEMPT_COLUMNS)


def test_decision_rows_carry_their_score_changes(filled):
    store, (first, other, _) = filled
    rows = _csv(store, AttemptFilter(player="rosa ñaupari"), rows="decisions")
    steps = list(first.history) + list(other.history)
    assert [(r["state"], r["choice"]) for r in rows] == [(s.state, s.choice) for s in steps]
    for row, step in zip(rows, steps, strict=True):
        changed = {k[: -len("_delta")]: int(v) for k, v in row.items() if k.endswith("_delta") and v}
        assert changed == dict(step.deltas)


def test_filters_by_player_scenario_and_date(filled):
    store, _ = filled

    def ids(**kw):
        return [r["attempt"] for r in _csv(store, AttemptFilter(**kw))]

    assert ids(player="ROSA ÑAUPARI") == ["1", "2"]
    assert ids(player="31416") == ["1", "2"]
    assert ids(player="2") == ["3"]
    assert ids(scenario="otro-escenario") == ["2"]
    assert ids(since=datetime(2025, 1, 1).astimezone()) == ["1", "2"]
    assert ids(player="nobody") == []


def test_text_a_spreadsheet_would_run_as_a_formula_is_quoted(filled):
    store, _ = filled
    rows = _csv(store, AttemptFilter(player="2"))
    assert rows[0]["nickname"] == '\'=HYPERLINK("http://x")'


def test_json_nests_decisions_and_scores(filled):
    store, (first, _, _) = filled
    out = io.StringIO()
    assert write_json(store, out, AttemptFilter(player="Rosa Ñaupari")) == 2
    report = json.loads(out.getvalue())
    assert report["format"] == "modo-ninez/report" and report["filters"]["player"] == "Rosa Ñaupari"
    done, unfinished = report["attempts"]
    assert done["player"]["nickname"] == "Rosa Ñaupari"
    assert [d["choice"] for d in done["decisions"]] == [s.choice for s in first.history]
    assert done["scores"]["safety"]["points"] == first.score.principles["safety"].earned
    assert unfinished["status"] == "playing" and unfinished["scores"] == {}
    assert done["started"].endswith("Z")


def test_the_report_command_writes_utf8_with_a_byte_order_mark(filled, tmp_path):
    store, _ = filled
    target = tmp_path / "informe.csv"
    done = run_game(
        "--data-dir", str(store.path.parent), "report", "--format", "csv", "--output", str(target)
    )
    assert done.returncode == 0, done.stderr
    assert "wrote 3 attempts" in done.stderr
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert "Comisaría Yarinacocha" in raw.decode("utf-8-sig")
    on_stdout = run_game(
        "report",
        "--data-dir",
        str(store.path.parent),
        "--rows",
        "decisions",
        "--player",
        "Rosa Ñaupari",
        "--since",
        "2025-01-01",
    )
    assert on_stdout.returncode == 0, on_stdout.stderr
    assert on_stdout.stdout.startswith("\ufeffattempt,player,nickname,station,scenario")
    as_json = run_game(
        "report", "--data-dir", str(store.path.parent), "--format", "json", "--scenario", "otro-escenario"
    )
    assert [a["attempt"] for a in json.loads(as_json.stdout)["attempts"]] == [2]


def test_csv_times_are_the_pcs_local_time(filled):
    store, _ = filled
    started = store.attempt(3).started  # 2024-02-01 15:00 UTC
    in_lima = run_game(
        "report", "--data-dir", str(store.path.parent), "--player", "2", env={"TZ": "America/Lima"}
    )
    [row] = list(csv.DictReader(io.StringIO(in_lima.stdout.lstrip("\ufeff"))))
    assert started.isoformat() == "2024-02-01T15:00:00+00:00"
    assert row["started"] == "2024-02-01 10:00:00"


def test_a_bad_date_is_a_usage_error(tmp_path):
    done = run_game("report", "--since", "ayer")
    assert done.returncode == 2 and "2025-03-01" in done.stderr
