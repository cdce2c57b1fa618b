"""Static analysis of a scenario graph: cycles, reachability, score bounds, path counts.

Scenarios move forward, so the graph must be acyclic. The bounds follow the variables too: a
choice hidden by its `when` on every path does not count toward the best possible score.
"""

from __future__ import annotations

from collections import deque
from operator import add as _add
from dataclasses import dataclass, field
from typing import Mapping

from .model import Analysis, Bounds, Scenario, State

MAX_COMBINATIONS = 200_000


def find_cycle(states: Mapping[str, State], start: str) -> list[str] | None:
    """The states on one cycle (first state repeated at the end), or None when the graph is acyclic."""
    colour: dict[str, int] = {}  # 1 on the current path, 2 finished
    roots = [start] + [s for s in states if s != start]
    for root in roots:
        if root in colour or root not in states:
            continue
        path: list[str] = []
        stack: list[tuple[str, int]] = [(root, 0)]
        while stack:
            sid, index = stack.pop()
            if index == 0:
                colour[sid] = 1
                path.append(sid)
            targets = [c.to for c in states[sid].choices if c.to in states]
            if index < len(targets):
                stack.append((sid, index + 1))
                nxt = targets[index]
                if colour.get(nxt) == 1:
                    return path[path.index(nxt):] + [nxt]
                if nxt not in colour:
                    stack.append((nxt, 0))
            else:
                colour[sid] = 2
                path.pop()
    return None


def reachable(states: Mapping[str, State], start: str) -> set[str]:
    """The states some sequence of choices leads to from `start`, ignoring conditions."""
    seen = {start} if start in states else set()
    queue = deque(seen)
    while queue:
        for choice in states[queue.popleft()].choices:
            if choice.to in states and choice.to not in seen:
                seen.add(choice.to)
                queue.append(choice.to)
    return seen


@dataclass
class Exploration:
    """The result of exploring (state, variables) pairs: the analysis and where play can get stuck."""

    analysis: Analysis | None
    stuck: list[tuple[str, dict[str, int]]] = field(default_factory=list)


def explore(scenario: Scenario) -> Exploration:
    """Analyse an acyclic scenario, following conditions unless their combinations are too many."""
    result = _explore(scenario, follow_conditions=True)
    if result is None:
        result = _explore(scenario, follow_conditions=False)
        result.analysis = _inexact(result.analysis)
    return result


def _inexact(analysis: Analysis | None) -> Analysis | None:
    if analysis is None:
        return None
    return Analysis(analysis.bounds, analysis.total, analysis.path_count, analysis.longest,
                    analysis.shortest, analysis.endings, exact=False)


def _explore(scenario: Scenario, follow_conditions: bool) -> Exploration | None:
    states = scenario.states
    principles = scenario.principles
    # Only variables some condition reads can change what play may do; the others are not followed.
    tested = {cond.variable for state in states.values() for choice in state.choices for cond in choice.when}
    names = tuple(name for name in scenario.variables if name in tested)
    start_values = scenario.initial_values()
    root = (scenario.start, tuple(start_values[n] for n in names) if follow_conditions else ())

    children: dict[tuple, list[tuple[tuple, tuple[int, ...]]]] = {}
    memo: dict[tuple, tuple | None] = {}
    order: list[tuple] = []
    stuck: list[tuple[str, dict[str, int]]] = []
    shared = _Shared()
    stack: list[tuple[tuple, bool]] = [(root, False)]
    while stack:
        key, expanded = stack.pop()
        if key in memo:
            continue
        if expanded:
            memo[key] = _combine(states[key[0]], children[key], memo, len(principles) + 1)
            if memo[key] is None and not states[key[0]].ending and not children[key]:
                stuck.append((key[0], dict(zip(names, key[1]))))
            order.append(key)
            continue
        if len(children) > MAX_COMBINATIONS:
            return None
        kids = children[key] = _successors(scenario, key, names, follow_conditions, principles, shared)
        stack.append((key, True))
        stack.extend((child, False) for child, _ in kids if child not in memo)

    top = memo[root]
    if top is None:
        return Exploration(None, stuck)
    best, worst, paths, longest, shortest = top
    bounds = {p: Bounds(best[i], worst[i]) for i, p in enumerate(principles)}
    endings = _ending_counts(root, order, children, memo, states)
    return Exploration(Analysis(bounds, Bounds(best[-1], worst[-1]), paths, longest, shortest, endings), stuck)


class _Shared(dict):
    """Interns equal tuples (valuations, score rows) so 100,000s of keys share a few objects; `rows`
    keeps each choice's score row, computed once."""

    def __init__(self):
        super().__init__()
        self.rows: dict[int, tuple] = {}

    def __missing__(self, key):
        self[key] = key
        return key


def _successors(scenario: Scenario, key: tuple, names: tuple, follow: bool, principles: tuple,
                shared: _Shared) -> list:
    state_id, values = key
    kids = []
    current = dict(zip(names, values)) if follow else None
    for choice in scenario.states[state_id].choices:
        if follow:
            if choice.when and not choice.available(current):
                continue
            after = scenario.apply(choice, current) if choice.set or choice.add else current
            child = (choice.to, shared[tuple(after[n] for n in names)])
        else:
            child = (choice.to, ())
        row = shared.rows.get(id(choice))
        if row is None:
            deltas = tuple(choice.score.get(p, 0) for p in principles)
            row = shared.rows[id(choice)] = shared[deltas + (sum(deltas),)]  # last column: the path's total
        kids.append((child, row))
    return kids


def _combine(state: State, kids: list, memo: dict, width: int) -> tuple | None:
    if state.ending:
        zeros = (0,) * width
        return zeros, zeros, 1, 0, 0
    best = worst = None
    paths, longest, shortest = 0, -1, None
    for child, deltas in kids:
        sub = memo.get(child)
        if sub is None:
            continue
        b = tuple(map(_add, deltas, sub[0]))
        w = tuple(map(_add, deltas, sub[1]))
        best = b if best is None else tuple(map(max, best, b))
        worst = w if worst is None else tuple(map(min, worst, w))
        paths += sub[2]
        longest = max(longest, sub[3] + 1)
        shortest = sub[4] + 1 if shortest is None else min(shortest, sub[4] + 1)
    if best is None:
        return None
    return best, worst, paths, longest, shortest


def _ending_counts(root: tuple, order: list, children: dict, memo: dict, states) -> dict[str, int]:
    """How many complete paths reach each ending, counted forward in topological order."""
    into = {root: 1}
    endings: dict[str, int] = {}
    for key in reversed(order):
        count = into.get(key, 0)
        if not count or memo[key] is None:
            continue
        if states[key[0]].ending:
            endings[key[0]] = endings.get(key[0], 0) + count
        for child, _ in children[key]:
            if memo.get(child) is not None:
                into[child] = into.get(child, 0) + count
    return endings
