"""The analysis is exact or says it is not: a scenario too large to check fully gets an error naming what to
simplify (never a silent, inexact pass), its cost stays bounded, and long messages are summarised."""

from __future__ import annotations

import json
import time

import yaml
from scenario_factory import synthetic

from game.scenario import validate
from game.scenario.analysis import MAX_COMBINATIONS, MAX_FOLLOWED_VARIABLES


def chain(states: int, variables: int = 1, stuck_at: int | None = None, cycle: bool = False) -> dict:
    """`states` decisions in a row, each moving one of `variables` variables up or down; optionally a
    moment whose only choice's `when` never holds (play gets stuck there), or a last state leading back."""
    data = synthetic(3)
    text = {"es": "x"}
    names = [f"v{i}" for i in range(variables)]
    data["variables"] = {n: {"start": 50} for n in names}
    table = {}
    for i in range(states):
        var, nxt = names[i % variables], f"s{i + 1}" if i + 1 < states or cycle else "fin"
        nxt = "s0" if cycle and i + 1 == states else nxt
        options = [
            {
                "id": cid,
                "text": text,
                "to": nxt,
                "score": {"safety": d},
                "add": {var: d},
                "feedback": text,
                "child_sees": text,
                "when": {var: {"at_least": 0}},
            }
            for cid, d in (("a", 1), ("b", -1))
        ]
        if i == stuck_at:
            options = [dict(options[0], when={var: {"at_least": 1000}})]
        table[f"s{i}"] = {"text": text, "choices": options}
    table["fin"] = {"text": text, "ending": "good"}
    data.update(states=table, start="s0")
    return data


def dump(data: dict) -> str:
    return yaml.safe_dump(json.loads(json.dumps(data)))  # no shared objects, so no YAML aliases


def check(tmp_path, data: dict):
    path = tmp_path / "sintetico.yaml"
    path.write_text(dump(data), encoding="utf-8")
    began = time.perf_counter()
    report = validate(path)
    return report, time.perf_counter() - began


def test_a_stuck_moment_is_found_when_the_analysis_fits(tmp_path):
    report, _ = check(tmp_path, chain(60, stuck_at=50))
    assert [p.line for p in report.errors if "play gets stuck in 's50'" in p.message]


def test_stuck_scenarios_too_large_to_check_never_validate_clean(tmp_path):
    for states, variables in ((1000, 5), (3000, 1)):
        report, seconds = check(tmp_path, chain(states, variables, stuck_at=states - 2))
        messages = [p.message for p in report.errors]
        assert report.scenario is None and messages, (states, variables)
        assert any("too large to check" in m and "simplify it" in m for m in messages), messages
        print(f"{states} states x {variables} variables: {seconds:.1f} s, {len(messages)} error(s)")


def test_too_many_variables_are_refused_before_exploring(tmp_path):
    report, _ = check(tmp_path, chain(40, MAX_FOLLOWED_VARIABLES + 1))
    (error,) = report.errors
    assert (
        f"{MAX_FOLLOWED_VARIABLES + 1} variables are read by 'when' conditions, at most "
        f"{MAX_FOLLOWED_VARIABLES}" in error.message
    )
    assert error.line == 1 + dump(chain(40, MAX_FOLLOWED_VARIABLES + 1)).splitlines().index("start: s0")


def test_combinations_past_the_limit_name_the_estimate(tmp_path):
    report, _ = check(tmp_path, chain(2500, 2))
    (error,) = report.errors
    assert f"more than {MAX_COMBINATIONS} combinations" in error.message
    assert f"up to {2501 * 101 * 101} by states x value ranges" in error.message  # 2500 states and the ending


def test_a_long_cycle_is_summarised(tmp_path):
    report, _ = check(tmp_path, chain(3000, cycle=True))
    (error,) = report.errors
    assert "these states form a cycle: s0 -> s1 ->" in error.message and "(2985 more)" in error.message
    assert len(error.message) < 400
