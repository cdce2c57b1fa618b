"""A layered left-to-right layout of a scenario graph, shared by the in-game map and the SVG/PNG
export so both show the same picture. Plain Python: no pygame.

States go in columns by their longest distance from the start (scenarios move forward), and the
order inside a column is improved by a few barycentre sweeps so arrows cross less.
"""

from __future__ import annotations

from dataclasses import dataclass

from .analysis import reachable
from .model import Choice, RouteStep, Scenario, describe

CARD_W, CARD_H = 220, 96
GAP_X, GAP_Y = 110, 34
SWEEPS = 6


@dataclass(frozen=True)
class Card:
    """A state's box on the map."""

    id: str
    x: int
    y: int
    w: int
    h: int
    ending: str | None
    start: bool


@dataclass(frozen=True)
class Arrow:
    """A choice (or a route step, labelled with its condition) from one state to another; `lane` separates
    parallel arrows between the same pair."""

    source: str
    target: str
    choice: str
    total: int  # the choice's summed score deltas
    lane: int
    lanes: int


@dataclass(frozen=True)
class MapLayout:
    """Cards and arrows with their positions, and the size of the whole picture."""

    cards: dict[str, Card]
    arrows: list[Arrow]
    width: int
    height: int


def layout(scenario: Scenario) -> MapLayout:
    """Place every state of an acyclic scenario (unreachable ones go in a last column)."""
    states = scenario.states
    layer = _layers(scenario)
    columns: dict[int, list[str]] = {}
    for sid in states:
        columns.setdefault(layer[sid], []).append(sid)
    order = _order(scenario, columns)
    cards = {}
    tallest = max(len(c) for c in order.values())
    height = tallest * (CARD_H + GAP_Y) - GAP_Y
    for col, members in order.items():
        offset = (height - (len(members) * (CARD_H + GAP_Y) - GAP_Y)) // 2
        for row, sid in enumerate(members):
            cards[sid] = Card(sid, col * (CARD_W + GAP_X), offset + row * (CARD_H + GAP_Y), CARD_W, CARD_H,
                              states[sid].ending, sid == scenario.start)
    arrows = []
    for sid, state in states.items():
        pairs: dict[str, list] = {}
        for choice in state.choices:
            pairs.setdefault(choice.to, []).append(choice)
        for step in state.route:
            pairs.setdefault(step.to, []).append(step)
        for target, choices in pairs.items():
            for lane, choice in enumerate(choices):
                arrows.append(Arrow(sid, target, *_label(choice), lane, len(choices)))
    width = (max(order) + 1) * (CARD_W + GAP_X) - GAP_X
    return MapLayout(cards, arrows, width, height)


def _label(exit: Choice | RouteStep) -> tuple[str, int]:
    """An arrow's label and score total: a choice's id, or a route step's condition."""
    if isinstance(exit, RouteStep):
        return describe(exit.when, "→"), 0
    return exit.id, sum(exit.score.values())


def _layers(scenario: Scenario) -> dict[str, int]:
    """Longest distance from the start, in decisions (iterative, in topological order)."""
    states = scenario.states
    indegree = {sid: 0 for sid in states}
    for state in states.values():
        for to in state.targets:
            indegree[to] += 1
    layer = {sid: 0 for sid in states}
    queue = [sid for sid, n in indegree.items() if n == 0]
    seen = set()
    while queue:
        sid = queue.pop()
        seen.add(sid)
        for to in states[sid].targets:
            layer[to] = max(layer[to], layer[sid] + 1)
            indegree[to] -= 1
            if indegree[to] == 0:
                queue.append(to)
    reached = reachable(scenario.states, scenario.start)
    last = max(layer.values()) + 1
    for sid in states:
        if sid not in reached:
            layer[sid] = last
    return layer


def _order(scenario: Scenario, columns: dict[int, list[str]]) -> dict[int, list[str]]:
    """Reorder each column by the mean position of its neighbours, sweeping right then left."""
    parents: dict[str, list[str]] = {sid: [] for sid in scenario.states}
    children: dict[str, list[str]] = {sid: [] for sid in scenario.states}
    for sid, state in scenario.states.items():
        for to in state.targets:
            children[sid].append(to)
            parents[to].append(sid)
    order = {col: list(members) for col, members in sorted(columns.items())}
    for sweep in range(SWEEPS):
        cols = sorted(order) if sweep % 2 == 0 else sorted(order, reverse=True)
        for col in cols:
            position = {sid: i for members in order.values() for i, sid in enumerate(members)}
            links = parents if sweep % 2 == 0 else children

            def centre(sid: str) -> float:
                near = [position[n] for n in links[sid]]
                return sum(near) / len(near) if near else position[sid]
            order[col].sort(key=centre)
    return order
