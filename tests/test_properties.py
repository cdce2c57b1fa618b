"""Property tests: on random valid scenarios the engine and the analysis agree; mutated files only
ever give located problems, never an exception."""

from __future__ import annotations

import random

import yaml
from conftest import MINIMAL
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scenario_factory import synthetic

from game.engine import Session
from game.scenario import validate

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def all_paths(scenario):
    """Every complete path, played through real Sessions: (ending state, earned per principle, decisions)."""
    results = []
    stack = [[]]
    while stack:
        path = stack.pop()
        session = Session(scenario)
        for choice in path:
            session.choose(choice)
        if session.finished:
            earned = {p: s.earned for p, s in session.score.principles.items()}
            results.append((session.state_id, earned, len(path)))
            continue
        assert session.choices, f"stuck at {session.state_id}"
        stack.extend(path + [option.id] for option in session.choices)
    return results


@SETTINGS
@given(size=st.integers(min_value=3, max_value=14), seed=st.integers(0, 10_000))
def test_engine_and_analysis_agree(tmp_path_factory, size, seed):
    path = tmp_path_factory.mktemp("p") / "sintetico.yaml"
    path.write_text(yaml.safe_dump(synthetic(size, seed), allow_unicode=True), encoding="utf-8")
    report = validate(path)
    if report.scenario is None:  # a random graph's conditions may strand play, or hide an ending
        assert all(
            p.message.startswith("play gets stuck") or "can never be reached" in p.message
            for p in report.errors
        ), report.problems
        return
    analysis = report.scenario.analysis
    paths = all_paths(report.scenario)
    assert analysis.path_count == len(paths)
    assert analysis.longest == max(n for _, _, n in paths)
    assert analysis.shortest == min(n for _, _, n in paths)
    for principle, bounds in analysis.bounds.items():
        assert bounds.best == max(e[principle] for _, e, _ in paths)
        assert bounds.worst == min(e[principle] for _, e, _ in paths)
    assert analysis.total.best == max(sum(e.values()) for _, e, _ in paths)
    counts = {}
    for ending, _, _ in paths:
        counts[ending] = counts.get(ending, 0) + 1
    assert dict(analysis.endings) == counts


def _mutations(text: str, rng: random.Random) -> str:
    lines = text.splitlines(keepends=True)
    kind = rng.randrange(6)
    i = rng.randrange(len(lines))
    if kind == 0:
        del lines[i]
    elif kind == 1:
        lines.insert(i, lines[rng.randrange(len(lines))])
    elif kind == 2:
        pos = rng.randrange(len(lines[i]))
        lines[i] = lines[i][:pos] + rng.choice(":-[]{}&*!|>#'\"\t ") + lines[i][pos:]
    elif kind == 3:
        lines[i] = lines[i].replace("  ", " ", 1)
    elif kind == 4:
        words = ["no", "yes", "~", "12:30", "-5", "[]", "{}", "'x'", "null", "1e9", "!!binary aGk="]
        if ":" in lines[i]:
            key = lines[i].split(":", 1)[0]
            lines[i] = f"{key}: {rng.choice(words)}\n"
    else:
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    return "".join(lines)


@settings(max_examples=300, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), rounds=st.integers(1, 4))
def test_mutated_files_give_only_located_problems(tmp_path_factory, seed, rounds):
    rng = random.Random(seed)
    text = MINIMAL
    for _ in range(rounds):
        text = _mutations(text, rng)
    path = tmp_path_factory.mktemp("m") / "m.yaml"
    path.write_text(text, encoding="utf-8")
    report = validate(path)  # must not raise
    n_lines = text.count("\n") + 1
    for problem in report.problems:
        assert problem.path == str(path)
        assert 1 <= problem.line <= n_lines + 1 and problem.column >= 1
        assert problem.severity in ("error", "warning") and problem.message
    if report.scenario is None:
        assert report.errors


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=400))
def test_arbitrary_bytes_never_raise(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("b") / "b.yaml"
    path.write_bytes(raw)
    report = validate(path)
    assert report.scenario is None and report.errors
