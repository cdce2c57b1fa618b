"""The Session surface; every test runs twice: directly, and after a JSON snapshot round trip per step."""

from __future__ import annotations

import json

import pytest
from conftest import MINIMAL

from game.engine import ChoiceNotAvailable, Session, SnapshotError
from game.scenario import load_scenario


class Driver:
    """Drives a Session; in round-trip mode, rebuilds it from a JSON snapshot after every choice."""

    def __init__(self, scenario, roundtrip, language="es"):
        self.scenario, self.roundtrip = scenario, roundtrip
        self.session = Session(scenario, language)

    def choose(self, choice):
        outcome = self.session.choose(choice)
        if self.roundtrip:
            data = json.loads(json.dumps(self.session.snapshot()))
            self.session = Session.restore(self.scenario, data)
        return outcome


@pytest.fixture(params=[False, True], ids=["direct", "roundtrip"])
def drive(request, write_yaml):
    def make(text=MINIMAL, language="es"):
        return Driver(load_scenario(write_yaml(text)), request.param, language)

    return make


def test_start_node_and_choices(drive):
    d = drive()
    node = d.session.node
    assert (node.id, node.text, node.ending) == ("inicio", "Nina llega.", None)
    assert (node.figure.name, node.figure.portrait, node.figure.mood) == ("Nina", "girl_school", "scared")
    assert node.background == "office"
    assert [(o.number, o.id) for o in d.session.choices] == [(1, "agacharse"), (2, "mostrador")]
    assert not d.session.finished and d.session.ending is None


def test_choose_returns_feedback_child_view_and_next_node(drive):
    d = drive()
    outcome = d.choose("agacharse")
    assert outcome.feedback == "Bien."
    assert outcome.child_sees == "Es de mi tamaño."
    assert dict(outcome.deltas) == {"safety": 2}
    assert outcome.node.id == "medio" and d.session.state_id == "medio"
    assert d.session.variables["comfort"] == 60


def test_choose_by_number(drive):
    d = drive()
    assert d.choose(2).choice == "mostrador"
    assert d.session.variables["comfort"] == 40


def test_full_play_scores_against_analysis(drive):
    d = drive()
    d.choose("agacharse")
    outcome = d.choose("explicar")
    assert outcome.finished and d.session.finished and d.session.ending == "good"
    score = d.session.score
    assert {p: (s.earned, s.best, s.worst) for p, s in score.principles.items()} == {
        "safety": (2, 2, -2),
        "trust": (2, 2, -2),
    }
    assert score.share == 1.0
    assert [(s.state, s.choice) for s in d.session.history] == [
        ("inicio", "agacharse"),
        ("medio", "explicar"),
    ]


def test_poor_path_share_is_zero(drive):
    d = drive()
    d.choose("mostrador")
    d.choose("prometer")
    assert d.session.ending == "poor"
    assert d.session.score.share == 0.0
    assert d.session.score.principles["trust"].share == 0.0


def test_unavailable_choice_raises_and_changes_nothing(drive):
    d = drive()
    before = d.session.snapshot()
    for bad in ("explicar", "nope", 0, 3):
        with pytest.raises(ChoiceNotAvailable):
            d.choose(bad)
    assert d.session.snapshot() == before


def test_no_choice_after_the_end(drive):
    d = drive()
    d.choose(1)
    d.choose(1)
    with pytest.raises(ChoiceNotAvailable, match="ended"):
        d.choose(1)


def test_conditions_hide_choices(drive):
    text = MINIMAL.replace(
        "        to: final_malo\n", "        to: final_malo\n        when: {comfort: {at_most: 45}}\n"
    )
    d = drive(text)
    d.choose("agacharse")  # comfort 60: 'prometer' is hidden
    assert [o.id for o in d.session.choices] == ["explicar"]
    with pytest.raises(ChoiceNotAvailable):
        d.choose("prometer")


def test_variables_are_clamped(drive):
    d = drive(MINIMAL.replace("add: {comfort: 10}", "add: {comfort: 90}"))
    d.choose("agacharse")
    assert d.session.variables["comfort"] == 100


def test_language_switch(drive):
    d = drive(language="en")
    assert d.session.node.text == "Nina arrives."
    outcome = d.choose(1)
    assert outcome.feedback == "Good."
    d.session.language = "es"
    assert d.session.node.text == "Nina pregunta qué pasará."
    with pytest.raises(ValueError):
        d.session.language = "fr"


def test_snapshot_is_plain_versioned_json(write_yaml):
    session = Session(load_scenario(write_yaml(MINIMAL)))
    session.choose(1)
    snap = session.snapshot()
    assert json.loads(json.dumps(snap)) == snap
    assert snap["format"] == "modo-ninez/session" and snap["version"] == 1
    assert snap["path"] == [["inicio", "agacharse"]]


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda s: s.update(format="other"), "not a Modo Niñez session snapshot"),
        (lambda s: s.update(version=99), "version 99 is not supported"),
        (lambda s: s.update(scenario="otro"), "is of scenario 'otro'"),
        (lambda s: s.update(path=[["inicio", "volar"]]), "does not fit"),
        (lambda s: s.update(path=[["medio", "explicar"]]), "expects state 'medio'"),
        (lambda s: s.update(variables={"comfort": 7}), "differ"),
    ],
)
def test_bad_snapshots_are_refused(write_yaml, mutate, message):
    scenario = load_scenario(write_yaml(MINIMAL))
    session = Session(scenario)
    session.choose(1)
    snap = session.snapshot()
    mutate(snap)
    with pytest.raises(SnapshotError, match=message):
        Session.restore(scenario, snap)


def test_machine_stays_private(write_yaml):
    session = Session(load_scenario(write_yaml(MINIMAL)))
    public = {name for name in dir(session) if not name.startswith("_")}
    assert not any(name.startswith(("to_", "is_", "choose__")) for name in public)
