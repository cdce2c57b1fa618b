"""The content rules of the bundled scenarios that a program can check."""

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
    report = _report(path)
    assert [str(p) for p in report.problems] == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_scenario_shape(path):
    scenario = _report(path).scenario
    assert scenario.languages == ("es", "en")
    assert path.stem == scenario.id
    assert 15 <= len(scenario.states) <= 45, len(scenario.states)
    assert scenario.analysis.shortest >= 6, "every path needs at least 6 decisions"
    for state in scenario.states.values():
        if not state.ending and not state.route:  # a route state has no choices
            assert 3 <= len(state.choices) <= 4, state.id
    qualities = {scenario.states[sid].ending for sid in scenario.analysis.endings}
    assert qualities == {"good", "mixed", "poor"}
    assert scenario.trainer is not None and scenario.trainer.goals and scenario.trainer.key_points


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_choice_teaches(path):
    scenario = _report(path).scenario
    for state in scenario.states.values():
        for choice in state.choices:
            assert choice.score, f"{state.id}/{choice.id} has no score"
            for text in (choice.text, choice.feedback, choice.child_sees):
                assert text.es.strip() and text.en and text.en.strip()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_best_path_earns_every_best_and_worst_path_earns_little(path):
    analysis = _report(path).scenario.analysis
    best_sum = sum(b.best for b in analysis.bounds.values())
    assert all(b.best > 0 for b in analysis.bounds.values())
    assert analysis.total.best == best_sum, "no single path earns the best on every competency"
    assert max(0, analysis.total.worst) / best_sum <= 0.40


def test_the_set_covers_every_premise_and_competency():
    scenarios = [_report(p).scenario for p in FILES]
    assert len(scenarios) == 14
    assert {s.age_group for s in scenarios} == {"early", "school", "adolescent"}
    up, down = Counter(), Counter()
    for scenario in scenarios:
        deltas = [(p, d) for st in scenario.states.values() for c in st.choices for p, d in c.score.items()]
        up.update({p for p, d in deltas if d > 0})
        down.update({p for p, d in deltas if d < 0})
    for principle in bundled_catalog().principles:
        assert up[principle] >= 3 and down[principle] >= 3, principle
