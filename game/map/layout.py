"""A layered (Sugiyama) top-to-bottom layout of a scenario graph by grandalf, shared by the in-game
map and the SVG/PNG exports so every picture shows the same map. Plain Python: no pygame.

grandalf ranks the states, orders each rank to reduce crossings and places a dummy point in every
rank a long arrow passes, so arrows run between cards, never through them. Several exits between the
same two states share one routed line, drawn side by side in lanes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from grandalf.graphs import Edge, Vertex, graph_core
from grandalf.layouts import SugiyamaLayout

from ..scenario.model import Choice, RouteStep, Scenario, describe

CARD_W, CARD_H = 300, 58  # a decision or an ending: its id and the start of its text
ROUTE_W, ROUTE_H = 200, 40  # a route state: its id only
GAP_X, GAP_Y = 48, 76  # between cards of a rank; between ranks (room for the arrows' labels)
LANE = 12  # between parallel arrows of the same two states
LABEL_PX, CHAR_W, LABEL_CHARS = 12, 7.0, 34  # arrow labels: font size, an average glyph's width, the cut
SPOTS = (0.5, 0.3, 0.7, 0.15, 0.85)  # where along each stretch of an arrow its label may sit, best first
ROUNDS = 4  # grandalf's ordering sweeps
WORDS = {"es": ("si", "en otro caso"), "en": ("if", "otherwise")}  # a condition's label, a route's default


@dataclass(frozen=True)
class Card:
    """A state's box on the map (x, y: its top-left corner)."""

    id: str
    x: float
    y: float
    w: float
    h: float
    ending: str | None
    start: bool
    route: bool = False


@dataclass(frozen=True)
class Arrow:
    """One exit of a state: a choice, or a route step labelled with its condition.

    `points` run from the source card's edge to the target card's edge through the ranks between;
    `label` names the choice with its score total, conditions and variable changes.
    """

    source: str
    target: str
    choice: str
    total: int  # the choice's summed score deltas (0 for a route step)
    label: str
    points: tuple[tuple[float, float], ...]
    route: bool = False

    label_at: tuple[float, float] = (0.0, 0.0)  # the centre of the label, clear of cards and other labels


@dataclass(frozen=True)
class MapLayout:
    """Cards and arrows with their positions, and the size of the whole picture."""

    cards: dict[str, Card]
    arrows: list[Arrow]
    width: float
    height: float


class _Box:
    """The size grandalf lays a vertex out with, and where it puts its centre."""

    def __init__(self, w: float, h: float):
        self.w, self.h = w, h
        self.xy = (0.0, 0.0)


class _Route:
    """Receives the points grandalf routes an edge through."""

    points: list[tuple[float, float]]

    def setpath(self, points: list[tuple[float, float]]) -> None:
        self.points = [tuple(p) for p in points]  # type: ignore[misc]


def layout(scenario: Scenario, language: str = "es") -> MapLayout:
    """Place every state: the start at the top, each decision below the ones that lead to it; arrows
    labelled in `language`."""
    states = scenario.states
    vertices = {}
    for sid, state in states.items():
        vertices[sid] = Vertex(sid)
        vertices[sid].view = _Box(*((ROUTE_W, ROUTE_H) if state.route else (CARD_W, CARD_H)))
    exits = _exits(scenario)
    edges = {}
    for source, target in exits:
        if source != target:
            edges[(source, target)] = Edge(vertices[source], vertices[target])
            edges[(source, target)].view = _Route()
    left = 0.0
    centres: dict[str, tuple[float, float]] = {}
    for part in _components(scenario, vertices, edges):
        sugiyama = SugiyamaLayout(part)
        sugiyama.xspace, sugiyama.yspace = GAP_X, GAP_Y
        roots = [vertices[scenario.start]] if vertices[scenario.start] in part.sV else None
        sugiyama.init_all(roots=roots, optimize=True)
        sugiyama.draw(ROUNDS)
        placed = {v.data: v.view.xy for v in part.sV}
        low = min(x - vertices[s].view.w / 2 for s, (x, _) in placed.items())
        high = max(x + vertices[s].view.w / 2 for s, (x, _) in placed.items())
        for sid, (x, y) in placed.items():
            centres[sid] = (x - low + left, y)
        for edge in part.sE:
            edge.view.points = [(x - low + left, y) for x, y in edge.view.points]
        left += high - low + GAP_X * 2
    top = min(y - vertices[s].view.h / 2 for s, (_, y) in centres.items())
    cards = {}
    for sid, (x, y) in centres.items():
        box = vertices[sid].view
        cards[sid] = Card(
            sid,
            x - box.w / 2,
            y - top - box.h / 2,
            box.w,
            box.h,
            states[sid].ending,
            sid == scenario.start,
            bool(states[sid].route),
        )
    arrows = []
    for (source, target), ways in exits.items():
        # Through each rank it crosses, an arrow runs straight down (up) the slot grandalf kept for it, so
        # its slanted stretches stay in the gaps between ranks.
        through = (
            (-CARD_H / 2, CARD_H / 2)
            if centres[target][1] >= centres[source][1]
            else (CARD_H / 2, -CARD_H / 2)
        )
        middle = (
            []
            if source == target
            else [(x, y - top + dy) for x, y in edges[(source, target)].view.points[1:-1] for dy in through]
        )
        for lane, way in enumerate(ways):
            shift = (lane - (len(ways) - 1) / 2) * LANE
            points = _attach(cards[source], cards[target], middle, shift)
            arrows.append(
                Arrow(source, target, *_describe(way, language), points, isinstance(way, RouteStep))
            )
    arrows = _place_labels(cards, arrows)
    width = max(c.x + c.w for c in cards.values())
    height = max(c.y + c.h for c in cards.values())
    return MapLayout(cards, arrows, width, height)


def _components(
    scenario: Scenario, vertices: dict[str, Vertex], edges: dict[tuple[str, str], Edge]
) -> list[graph_core]:
    """The connected parts of the graph, the start's first, each built in file order (grandalf's own
    Graph gathers edges in a set, whose order would change the picture from one run to the next)."""
    part = {sid: sid for sid in vertices}

    def root(sid: str) -> str:
        while part[sid] != sid:
            part[sid] = part[part[sid]]
            sid = part[sid]
        return sid

    for source, target in edges:
        part[root(source)] = root(target)
    groups: dict[str, list[str]] = {}
    for sid in sorted(vertices, key=lambda s: s != scenario.start):
        groups.setdefault(root(sid), []).append(sid)
    return [
        graph_core([vertices[s] for s in members], [e for (a, _), e in edges.items() if root(a) == key])
        for key, members in groups.items()
    ]


def label_text(label: str) -> str:
    """An arrow's label as the map prints it: cut after LABEL_CHARS characters with an ellipsis."""
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def _place_labels(cards: dict[str, Card], arrows: list[Arrow]) -> list[Arrow]:
    """Put each arrow's label on its own line where it covers no card and no label placed before
    (greedy, along the arrow); where no such spot exists, the one that covers least."""
    taken = [(c.x, c.y, c.x + c.w, c.y + c.h) for c in cards.values()]
    placed = []
    for arrow in arrows:
        w, h = len(label_text(arrow.label)) * CHAR_W + 8, LABEL_PX + 6
        best, least = arrow.points[0], float("inf")
        for (x1, y1), (x2, y2) in pairwise(arrow.points):
            for f in SPOTS:
                x, y = x1 + (x2 - x1) * f, y1 + (y2 - y1) * f
                box = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
                cover = sum(_overlap(box, other) for other in taken)
                if cover < least:
                    best, least = (x, y), cover
                if cover == 0:
                    break
            if least == 0:
                break
        x, y = best
        taken.append((x - w / 2, y - h / 2, x + w / 2, y + h / 2))
        placed.append(replace(arrow, label_at=best))
    return placed


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _exits(scenario: Scenario) -> dict[tuple[str, str], list[Choice | RouteStep]]:
    """Every choice and route step, grouped by the two states it joins, in file order."""
    found: dict[tuple[str, str], list[Choice | RouteStep]] = {}
    for sid, state in scenario.states.items():
        ways: list[Choice | RouteStep] = [*state.choices, *state.route]
        for way in ways:
            found.setdefault((sid, way.to), []).append(way)
    return found


def _attach(source: Card, target: Card, middle: list[tuple[float, float]], shift: float):
    """The arrow's points: out of the source's bottom (top, going up), through the ranks between, into
    the target's top (bottom, coming from below), shifted sideways into its lane."""
    down = target.y >= source.y + source.h
    start = (source.x + source.w / 2 + shift, source.y + source.h if down else source.y)
    end = (target.x + target.w / 2 + shift, target.y if down else target.y + target.h)
    if source.id == target.id:  # a state that leads to itself: a loop out of its right side
        right = source.x + source.w
        start, end = (right, source.y + source.h * 0.35), (right, source.y + source.h * 0.65)
        middle = [(right + 40, start[1]), (right + 40, end[1])]
        return (start, *middle, end)
    return (start, *[(x + shift, y) for x, y in middle], end)


def _describe(way: Choice | RouteStep, language: str) -> tuple[str, int, str]:
    """The exit's id, score total and label: 'id +3 · si comfort ≥ 40 · comfort +10'."""
    if_, otherwise = WORDS.get(language, WORDS["es"])
    if isinstance(way, RouteStep):
        condition = describe(way.when, "")
        return condition or "*", 0, f"{if_} {condition}" if condition else otherwise
    total = sum(way.score.values())
    parts = [f"{way.id} {total:+d}" if way.score else way.id]
    if way.when:
        parts.append(f"{if_} {describe(way.when)}")
    changes = [f"{name} = {value}" for name, value in way.set.items()]
    changes += [f"{name} {value:+d}" for name, value in way.add.items()]
    if changes:
        parts.append(", ".join(changes))
    return way.id, total, " · ".join(parts)
