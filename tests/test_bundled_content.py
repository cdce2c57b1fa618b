"""The content rules of the scenarios in scenarios/, each file on its own: a trainer's new scenario put
there is checked by the same tests, never counted."""

from __future__ import annotations

from collections import Counter

import pytest

from game import paths
from game.scenario import bundled_catalog, scenario_files, validate

FILES = scenario_files(paths.scenarios_dir())


def _report(path):
    return validate(path, bundled_catalog())


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_scenario_has_no_problem_at_all(path):
    """No error and no warning, of the format or of the guide's teaching rules: `validate --strict` passes."""
    report = _report(path)
    assert [str(p) for p in report.problems] == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_scenario_shape(path):
    scenario = _report(path).scenario
    assert scenario.languages == ("es", "en")
    assert 15 <= len(scenario.states) <= 45, len(scenario.states)
    for state in scenario.states.values():
        if not state.ending and not state.route:
            assert 3 <= len(state.choices) <= 4, state.id
    assert scenario.trainer is not None and scenario.trainer.goals and scenario.trainer.key_points


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_choice_teaches(path):
    scenario = _report(path).scenario
    for state in scenario.states.values():
        for choice in state.choices:
            assert choice.score, f"{state.id}/{choice.id} has no score"
            for text in (choice.text, choice.feedback, choice.child_sees):
                assert text.es.strip() and text.en and text.en.strip()


def test_the_set_covers_every_age_and_competency():
    scenarios = [_report(p).scenario for p in FILES]
    assert {s.age_group for s in scenarios} == {"early", "school", "adolescent"}
    up, down = Counter(), Counter()
    for scenario in scenarios:
        deltas = [(p, d) for st in scenario.states.values() for c in st.choices for p, d in c.score.items()]
        up.update({p for p, d in deltas if d > 0})
        down.update({p for p, d in deltas if d < 0})
    for principle in bundled_catalog().principles:
        assert up[principle] >= 3 and down[principle] >= 3, principle
