"""A whole workshop, headless: pre-test, two scenarios with votes and teams, post-test, and the report,
whose numbers are checked against the votes entered."""

from __future__ import annotations

import csv
import io
import random
import subprocess
import sys
from pathlib import Path

import pytest

from game import paths
from game.play import PlayService
from game.records import Store
from game.records.workshops import Workshops
from game.scenario import bundled_catalog
from game.scenario.library import load_library
from game.workshop import GroupRun, Tie, resume_run, start_run

ROOT = Path(__file__).resolve().parents[2]
PLAN = [
    ("pre", "su-propia-voz"),
    ("main", "sala-de-espera"),
    ("main", "vino-sola"),
    ("post", "relato-del-tio"),
]


def service(store):
    catalog = bundled_catalog()
    return PlayService(load_library([paths.scenarios_dir()], catalog), store, catalog)


def play_by_vote(store, book, workshop, kind, scenario_id, rng, entered):
    run = start_run(service(store), workshop, scenario_id, kind, "es")
    while not run.session.finished:
        options = [o.number for o in run.session.choices]
        winner = rng.choice(options)
        votes = {n: rng.randint(0, 4) for n in options}
        votes[winner] = max(votes.values()) + rng.randint(1, 3)  # a clear plurality
        feedback, counts, team = run.decide(votes, 20.0)
        entered.append(
            (
                kind,
                scenario_id,
                len(run.session.history),
                team,
                counts,
                feedback.choice,
                sum(feedback.deltas.values()),
            )
        )
    return run


def test_a_whole_workshop_and_its_report(tmp_path):
    data = tmp_path / "data"
    rng = random.Random(7)
    entered = []
    with Store.open(data) as store:
        book = Workshops(store)
        workshop = book.create(
            "Modo Niñez Pucallpa", "Comisaría de Yarinacocha", 24, ["Cóndor", "Vicuña"], hide_scores=True
        )
        runs = {}
        for kind, scenario_id in PLAN:
            runs[(kind, scenario_id)] = play_by_vote(store, book, workshop, kind, scenario_id, rng, entered)
        recorded = book.runs(workshop)
        assert [(r.kind, r.attempt.scenario_id) for r in recorded] == PLAN
        assert all(r.attempt.status == "finished" for r in recorded)
        pre_share = {p: s.share for p, s in recorded[0].attempt.scores.items()}
        post_share = {p: s.share for p, s in recorded[-1].attempt.scores.items()}
        team_points = {"Cóndor": 0, "Vicuña": 0}
        for _kind, _, _, team, _, _, total in entered:
            if team:
                team_points[team] += total
        for (kind, _scenario_id), run in runs.items():
            if kind == "main":
                per_team = run.team_points()
                assert set(per_team) == {"Cóndor", "Vicuña"}

    csv_out = subprocess.run(
        [
            sys.executable,
            "-m",
            "game",
            "report",
            "--data-dir",
            str(data),
            "--workshop",
            str(workshop.id),
            "--format",
            "csv",
        ],
        cwd=ROOT,
        capture_output=True,
        timeout=60,
    )
    assert csv_out.returncode == 0, csv_out.stderr
    rows = list(csv.DictReader(io.StringIO(csv_out.stdout.decode("utf-8-sig"))))
    for kind, scenario_id, number, team, counts, chosen, _ in entered:
        mine = [
            r
            for r in rows
            if r["run"] == kind and r["scenario"] == scenario_id and int(r["decision"]) == number
        ]
        assert {r["choice"]: int(r["votes"]) for r in mine} == counts
        assert [r["choice"] for r in mine if r["taken"] == "1"] == [chosen]
        assert {r["team"] for r in mine} == {team or ""}
        assert all(r["participants"] == "24" and r["place"] == "Comisaría de Yarinacocha" for r in mine)
    assert len(rows) == sum(len(e[4]) for e in entered)

    html_path = tmp_path / "taller.html"
    html = subprocess.run(
        [
            sys.executable,
            "-m",
            "game",
            "report",
            "--data-dir",
            str(data),
            "--workshop",
            str(workshop.id),
            "--output",
            str(html_path),
        ],
        cwd=ROOT,
        capture_output=True,
        timeout=60,
    )
    assert html.returncode == 0, html.stderr
    page = html_path.read_text(encoding="utf-8")
    assert "Modo Niñez Pucallpa" in page and "<svg" in page and "Prueba de entrada" in page
    for team, points in team_points.items():
        assert f"<tr><td>{team}</td><td>{points:+d}</td></tr>" in page
    for competency in set(pre_share) & set(post_share):
        before, after = pre_share[competency], post_share[competency]
        assert f"{before:.0%} → {after:.0%} ({(after - before) * 100:+.0f})" in page


def test_ties_and_bad_votes_change_nothing():
    run = GroupRun(service(None).start("sala-de-espera", "es"), ("A", "B"))
    before = run.session.snapshot()
    with pytest.raises(Tie) as tie:
        run.decide({1: 3, 2: 3, 3: 1}, 1.0)
    assert tie.value.options == [1, 2]
    for bad in ({}, {1: 0, 2: 0}, {9: 4}, {1: -1, 2: 2}):
        with pytest.raises(ValueError):
            run.decide(bad, 1.0)
    assert run.session.snapshot() == before and run.counts == [] and run.team == "A"
    run.decide({1: 1}, 1.0)
    assert run.team == "B"


def test_a_run_resumes_with_its_votes_and_the_votes_not_yet_revealed(tmp_path):
    with Store.open(tmp_path) as store:
        book = Workshops(store)
        workshop = book.create("Taller", None, 12, ["A", "B"], False)
        run = start_run(service(store), workshop, "sala-de-espera", "main", "es")
        run.decide({1: 5, 2: 1}, 3.0)
        book.save_draft(run.attempt.id, 2, {run.attempt.moment.choices[0].id: 4})
        attempt_id, moment = run.attempt.id, run.attempt.moment
    with Store.open(tmp_path) as store:
        found = resume_run(service(store), attempt_id, "es")
        assert found is not None
        again = found[1]
        assert again.attempt.moment == moment and again.team == "B" and len(again.counts) == 1
        assert Workshops(store).draft(attempt_id, 2) == {moment.choices[0].id: 4}
        again.decide({1: 1, 2: 3}, 2.0)
        assert Workshops(store).draft(attempt_id, 2) == {}


def test_workshop_needs_a_name_and_sensible_teams(tmp_path):
    with Store.open(tmp_path) as store:
        book = Workshops(store)
        with pytest.raises(ValueError):
            book.create(" ", None, 10, [], False)
        with pytest.raises(ValueError):
            book.create("Taller", None, 10, ["Solo"], False)
        with pytest.raises(ValueError):
            book.create("Taller", None, 10, list("ABCDEFG"), False)


def test_report_of_an_unknown_workshop_is_a_clear_error(tmp_path):
    Store.open(tmp_path).close()
    result = subprocess.run(
        [sys.executable, "-m", "game", "report", "--data-dir", str(tmp_path), "--workshop", "99"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (
        result.returncode == 1
        and "there is no workshop 99" in result.stderr
        and "Traceback" not in result.stderr
    )
