"""Every bundled scenario explored exhaustively through real Sessions.

Paths number in the millions, but they pass through few distinct (state, variables) moments: the
exploration visits each moment once, through real Sessions, and counts paths and score ranges over
that graph. Every path is covered: a path is a walk through these moments.
"""

from __future__ import annotations

import json

import pytest

from game import paths
from game.engine import Session
from game.scenario import bundled_catalog, load_scenario, scenario_files

FILES = scenario_files(paths.scenarios_dir())


def explore(scenario):
    """Each reachable moment with its outgoing (choice, score deltas, next moment), via real Sessions."""

    def key(session):
        return session.state_id, json.dumps(dict(session.variables), sort_keys=True)

    start = Session(scenario)
    graph, snapshots, todo = {}, {key(start): start.snapshot()}, [key(start)]
    while todo:
        here = todo.pop()
        if here in graph:
            continue
        probe = Session.restore(scenario, snapshots[here])
        edges = []
        for option in probe.choices:
            session = Session.restore(scenario, snapshots[here])
            outcome = session.choose(option.id)
            there = key(session)
            snapshots.setdefault(there, session.snapshot())
            edges.append((option.id, dict(outcome.deltas), there, session.finished, session.ending))
            todo.append(there)
        graph[here] = edges
    return graph, key(start)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_path_ends_within_the_analysed_bounds(path):
    scenario = load_scenario(path, bundled_catalog())
    graph, root = explore(scenario)
    principles = scenario.principles
    summary = {}  # moment -> (paths, best per principle, worst per principle)

    def visit(moment):
        if moment in summary:
            return summary[moment]
        edges = graph[moment]
        if not edges:
            assert scenario.states[moment[0]].ending, f"a path stops at {moment[0]} without an ending"
            result = (1, {p: 0 for p in principles}, {p: 0 for p in principles})
        else:
            count, best, worst = 0, {}, {}
            for _, deltas, there, _, _ in edges:
                n, b, w = visit(there)
                count += n
                for p in principles:
                    best[p] = max(best.get(p, -(10**9)), deltas.get(p, 0) + b[p])
                    worst[p] = min(worst.get(p, 10**9), deltas.get(p, 0) + w[p])
            result = (count, best, worst)
        summary[moment] = result
        return result

    count, best, worst = visit(root)
    analysis = scenario.analysis
    assert count == analysis.path_count
    for p in principles:
        assert (best[p], worst[p]) == (analysis.bounds[p].best, analysis.bounds[p].worst), p
