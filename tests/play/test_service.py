"""The play service on real records (SQLite in a temporary folder) and the bundled scenarios."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from game import paths
from game.engine import ChoiceNotAvailable
from game.play import BUNDLED, PlayService
from game.records import Store
from game.records.errors import ResumeError
from game.records.queries import AttemptFilter
from game.scenario import bundled_catalog, validate

ROOT = Path(__file__).resolve().parents[2]
FILE = paths.scenarios_dir() / "sala-de-espera.yaml"


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("MODO_NINEZ_CONFIG", str(tmp_path / "none.toml"))
    with Store.open(tmp_path / "data") as opened:
        yield opened


def service(store, *files, on_error=None):
    catalog = bundled_catalog()
    return PlayService([validate(f, catalog) for f in files or (FILE,)], store, catalog, on_error)


def play_through(attempt, seconds=2.0):
    while not attempt.finished:
        attempt.choose(attempt.moment.choices[0].id, seconds=seconds)


def test_a_played_attempt_is_recorded_with_its_source_and_reading_times(store):
    attempt = service(store).start("sala-de-espera", "es")
    play_through(attempt, seconds=3.5)
    record = store.attempt(attempt.id)
    assert (record.status, record.source, record.ending) == ("finished", BUNDLED, attempt.debrief().ending)
    decisions = store.decisions(attempt.id)
    assert len(decisions) == record.decisions > 3 and {d.seconds for d in decisions} == {3.5}
    player = store.player(record.player_id)
    assert player.nickname == "Invitado"


def test_a_file_outside_the_bundled_folder_is_marked_with_its_path(store, tmp_path):
    copy = tmp_path / "sala-de-espera.yaml"
    copy.write_text(FILE.read_text(encoding="utf-8"), encoding="utf-8")
    attempt = service(store, copy).start("sala-de-espera", "es")
    assert store.attempt(attempt.id).source == str(copy.resolve())


def test_resume_by_id_from_a_fresh_service_needs_nothing_in_memory(store):
    first = service(store).start("sala-de-espera", "es")
    first.choose(first.moment.choices[1].id, seconds=1.0)
    moment = first.moment
    again = service(store).resume(first.id, "en")  # as a stateless web request would
    assert again.moment.state == moment.state and again.moment.number == 2
    assert again.language == "en" and again.moment.text != moment.text
    again.choose(again.moment.choices[0].id, seconds=1.0)
    assert store.attempt(first.id).decisions == 2


def test_a_choice_not_offered_changes_nothing(store):
    attempt = service(store).start("sala-de-espera", "es")
    with pytest.raises(ChoiceNotAvailable):
        attempt.choose("no-such-choice", seconds=1.0)
    assert store.attempt(attempt.id).decisions == 0 and attempt.moment.number == 1


def test_resumable_only_lists_attempts_with_a_decision(store):
    play = service(store)
    empty = play.start("sala-de-espera", "es")
    begun = play.start("sala-de-espera", "es")
    begun.choose(begun.moment.choices[0].id, seconds=1.0)
    player = store.attempt(begun.id).player_id
    assert [a.id for a in play.resumable(player)] == [begun.id]
    assert empty.id not in [a.id for a in play.resumable(player)]


def test_abandon_closes_the_attempt(store):
    attempt = service(store).start("sala-de-espera", "es")
    attempt.choose(attempt.moment.choices[0].id, seconds=1.0)
    attempt.abandon()
    assert store.attempt(attempt.id).status == "abandoned"
    with pytest.raises(ResumeError):
        service(store).resume(attempt.id, "es")


def test_not_recorded_when_asked(store):
    attempt = service(store).start("sala-de-espera", "es", record=False)
    play_through(attempt)
    assert attempt.id is None and store.attempts(AttemptFilter()) == []


def test_records_errors_go_to_the_callback(store):
    seen = []
    play = service(store, on_error=seen.append)
    attempt = play.start("sala-de-espera", "es")
    store.abandon_attempt(attempt.id)  # another window closed it: recording now fails
    feedback = attempt.choose(attempt.moment.choices[0].id, seconds=1.0)
    assert not feedback.recorded and len(seen) == 1 and "abandoned" in str(seen[0])


def test_the_face_is_the_mood_of_the_moment_shown(store):
    attempt = service(store).start("sala-de-espera", "es")
    faces = []
    while not attempt.finished:
        moment = attempt.moment
        faces.append(moment.figure.mood if moment.figure else None)
        attempt.choose(moment.choices[0].id, seconds=1.0)
    assert [r.mood for r in attempt.debrief().reviews] == faces


def test_debrief_marks_unassessed_competencies_and_its_verdict_follows_the_share(store):
    attempt = service(store).start("sala-de-espera", "es")
    play_through(attempt)
    debrief = attempt.debrief()
    assessed = {c.id for c in debrief.competencies if c.assessed}
    assert assessed == set(attempt.scenario.principles)
    assert len(debrief.competencies) == len(bundled_catalog().principles) > len(assessed)
    assert debrief.verdict == (
        "good" if debrief.share >= 0.7 else "mixed" if debrief.share >= 0.4 else "poor"
    )
    record = store.attempt(attempt.id)  # the reports read the same numbers
    assert (record.earned, record.best, record.share) == (debrief.earned, debrief.best, debrief.share)
    assert {c: s.share for c, s in record.scores.items() if c in assessed} == {
        c.id: c.share for c in debrief.competencies if c.assessed
    }


def test_start_at_and_preset_variables(store):
    attempt = service(store).start("sala-de-espera", "es", start_at="juego", preset={"comfort": 70})
    assert attempt.moment.state == "juego" and attempt.moment.comfort.value == 70
    attempt.choose(attempt.moment.choices[0].id, seconds=1.0)
    resumed = service(store).resume(attempt.id, "es")
    assert resumed.moment.state == attempt.moment.state
    with pytest.raises(ValueError):
        service(store).start("sala-de-espera", "es", preset={"calma": 1})


def test_history_lists_what_was_said_and_chosen(store):
    attempt = service(store).start("sala-de-espera", "es")
    first = attempt.moment
    attempt.choose(first.choices[1].id, seconds=1.0)
    lines = attempt.history()
    assert [s.kind for s in lines] == ["said", "chosen", "said"]
    assert lines[0].text == first.text and lines[1].text == first.choices[1].text
    assert lines[2].text == attempt.moment.text


def cli(*args, stdin=""):
    return subprocess.run(
        [sys.executable, "-m", "game", *args],
        check=False,
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_text_play_is_recorded_and_reported(tmp_path):
    data = str(tmp_path / "d")
    played = cli("--data-dir", data, "play", "--text", str(FILE), stdin="1\n" * 12)
    assert played.returncode == 0, played.stderr
    report = cli("--data-dir", data, "report", "--format", "json")
    attempts = json.loads(report.stdout)["attempts"]
    assert [(a["status"], a["source"]) for a in attempts] == [("finished", "bundled")]
    rows = cli("--data-dir", data, "report", "--format", "csv", "--rows", "decisions").stdout.splitlines()
    assert len(rows) == 1 + len(attempts[0]["decisions"]) and rows[1].startswith("1,")


def test_text_play_previews_a_branch_without_recording(tmp_path):
    data = str(tmp_path / "d")
    played = cli(
        "--data-dir",
        data,
        "play",
        "--text",
        str(FILE),
        "--start-at",
        "juego",
        "--set",
        "comfort=70",
        "--no-record",
        stdin="",
    )
    assert played.returncode == 0 and "70" in played.stdout.split("\n\n")[2]
    assert not (tmp_path / "d").exists()
    bad = cli("--data-dir", data, "play", "--text", str(FILE), "--set", "calma=3")
    assert bad.returncode == 2 and "calma" in bad.stderr and "comfort" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_play_lang_shows_that_language_without_changing_the_saved_preference(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    prefs = data / "preferences.json"
    prefs.write_text(json.dumps({"language": "es", "text_size": 2}), encoding="utf-8")
    env = {"SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    shown = subprocess.run(
        [
            sys.executable,
            "-m",
            "game",
            "--data-dir",
            str(data),
            "play",
            "--lang",
            "en",
            str(FILE),
            "--first-frame",
            str(tmp_path / "first.png"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
        env={**__import__("os").environ, **env},
    )
    assert shown.returncode == 0, shown.stderr
    assert json.loads(prefs.read_text(encoding="utf-8"))["language"] == "es"
    report = json.loads(cli("--data-dir", str(data), "report", "--format", "json").stdout)
    assert [(a["language"], a["source"]) for a in report["attempts"]] == [("en", "bundled")]


def test_the_legal_basis_reaches_the_debrief_and_route_states_are_never_shown(store):
    catalog = bundled_catalog()
    reports = [validate(f, catalog) for f in sorted(paths.scenarios_dir().glob("*.yaml"))]
    play = PlayService(reports, store, catalog)
    routed = [r.scenario for r in reports if r.scenario and any(s.route for s in r.scenario.states.values())]
    cited = [
        r.scenario for r in reports if r.scenario and r.scenario.trainer and r.scenario.trainer.legal_basis
    ]
    assert routed and cited
    for scenario in {s.id: s for s in routed + cited}.values():
        attempt = play.start(scenario.id, "es")
        routes = {sid for sid, s in scenario.states.items() if s.route}
        while not attempt.finished:
            assert attempt.moment.state not in routes and attempt.moment.text
            attempt.choose(attempt.moment.choices[-1].id, seconds=1.0)
        assert not routes & set(attempt.path())
        assert all(said.text for said in attempt.history())
        debrief = attempt.debrief()
        assert len(debrief.legal_basis) == len(scenario.trainer.legal_basis if scenario.trainer else ())
