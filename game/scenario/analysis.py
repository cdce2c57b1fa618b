"""Static analysis of a scenario graph: cycles, reachability, score bounds, path counts.

Scenarios move forward, so the graph must be acyclic. The analysis is exact: it explores every
(state, values of the variables conditions read) pair, so a choice hidden by its `when` on every path
does not count toward the best possible score, and route states send each path where play would.
Its cost is bounded by the limits below; a scenario past them is reported as too large to check,
never analysed by a cheaper, inexact method.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from operator import add as _add

from .model import Analysis, Bounds, Choice, RouteStep, Scenario, State

MAX_FOLLOWED_VARIABLES = 16  # variables read by conditions; checked before exploring
MAX_COMBINATIONS = 200_000  # (state, values) pairs explored
MAX_MOVES = 2_000_000  # choices and route steps followed from those pairs

# The exploration's tuples, kept as plain tuples (interned, hashed, compared by the million).
Values = tuple[int, ...]  # the followed variables' values, in `followed_variables` order
Key = tuple[str, Values]  # a (state id, values) pair: one node of the exploration
Row = tuple[int, ...]  # points per principle, then the path's total
Kids = list[tuple[Key, Row]]  # the pairs a key leads to, each with the points earned on the way
Summary = tuple[Row, Row, int, int, int, int]  # best, worst, paths, most, fewest choices and decisions
Cond = tuple[int, int | None, int | None, int | None]  # variable index, at_least, at_most, equals
Effect = tuple[int, int | None, int, int, int]  # variable index, set, add, min, max
Move = tuple[tuple[Cond, ...], tuple[Effect, ...], Row]


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
            targets = [to for to in states[sid].targets if to in states]
            if index < len(targets):
                stack.append((sid, index + 1))
                nxt = targets[index]
                if colour.get(nxt) == 1:
                    return path[path.index(nxt) :] + [nxt]
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
        for to in states[queue.popleft()].targets:
            if to in states and to not in seen:
                seen.add(to)
                queue.append(to)
    return seen


@dataclass
class Exploration:
    """The result of exploring (state, variables) pairs: the exact analysis, where play can get stuck,
    and one complete path with the fewest decisions. `too_large` names the limit passed, when the
    scenario was too large to check fully (then nothing else is known)."""

    analysis: Analysis | None
    stuck: list[tuple[str, dict[str, int]]] = field(default_factory=list)
    fewest_path: list[str] = field(default_factory=list)
    too_large: str | None = None


def followed_variables(scenario: Scenario) -> tuple[str, ...]:
    """The variables some `when` reads (of a choice or a route step): only they change what play may do."""
    tested = {
        cond.variable
        for state in scenario.states.values()
        for step in state.choices + state.route
        for cond in step.when
    }
    return tuple(name for name in scenario.variables if name in tested)


def estimate(scenario: Scenario, names: tuple[str, ...]) -> int:
    """An upper bound of the (state, values) pairs to explore: states x each followed variable's range."""
    count = len(scenario.states)
    for name in names:
        var = scenario.variables[name]
        count *= var.max - var.min + 1
        if count > 10**12:
            break
    return count


def explore(scenario: Scenario) -> Exploration:
    """Analyse an acyclic scenario exactly, following every condition, within the documented limits:
    MAX_FOLLOWED_VARIABLES is checked before exploring, MAX_COMBINATIONS and MAX_MOVES while exploring
    (so time and memory stay bounded whatever the file holds)."""
    names = followed_variables(scenario)
    if len(names) > MAX_FOLLOWED_VARIABLES:
        return Exploration(None, too_large=f"variables:{len(names)}")
    return _explore(scenario, names)


def _explore(scenario: Scenario, names: tuple[str, ...]) -> Exploration:
    states = scenario.states
    principles = scenario.principles
    start_values = scenario.initial_values()
    shared = _Shared(scenario, names, principles)
    root: Key = (scenario.start, shared[tuple(start_values[n] for n in names)])

    children: dict[Key, Kids] = {}
    memo: dict[Key, Summary | None] = {}
    order: list[Key] = []
    stuck: list[tuple[str, dict[str, int]]] = []
    moves = 0
    stack: list[tuple[Key, bool]] = [(root, False)]
    while stack:
        key, expanded = stack.pop()
        if key in memo:
            continue
        if expanded:
            memo[key] = _combine(states[key[0]], children[key], memo, len(principles) + 1)
            if memo[key] is None and not states[key[0]].ending and not children[key]:
                stuck.append((key[0], dict(zip(names, key[1], strict=True))))
            order.append(key)
            continue
        if key in children:
            continue
        if len(children) >= MAX_COMBINATIONS:
            return Exploration(None, too_large=f"combinations:{len(children)}")
        kids = children[key] = _successors(scenario, key, shared)
        moves += len(kids)
        if moves > MAX_MOVES:
            return Exploration(None, too_large=f"moves:{moves}")
        stack.append((key, True))
        stack.extend((child, False) for child, _ in kids if child not in memo)

    top = memo[root]
    if top is None:
        return Exploration(None, stuck)
    best, worst, paths, longest, shortest, fewest = top
    bounds = {p: Bounds(best[i], worst[i]) for i, p in enumerate(principles)}
    endings = _ending_counts(root, order, children, memo, states)
    analysis = Analysis(bounds, Bounds(best[-1], worst[-1]), paths, longest, shortest, endings, fewest)
    return Exploration(analysis, stuck, _fewest_path(root, children, memo, states))


def _fewest_path(
    root: Key, children: dict[Key, Kids], memo: dict[Key, Summary | None], states: Mapping[str, State]
) -> list[str]:
    """The states of one complete path with the fewest decisions, from the start to its ending."""
    path, key = [root[0]], root
    while not states[key[0]].ending:
        here = memo[key]
        assert here is not None  # the path follows keys that reach an ending
        rest = here[5] - (1 if len(states[key[0]].choices) >= 2 else 0)
        key = next(
            child for child, _ in children[key] if (sub := memo.get(child)) is not None and sub[5] == rest
        )
        path.append(key[0])
    return path


class _Shared(dict[tuple[int, ...], tuple[int, ...]]):
    """Interns equal tuples (valuations, score rows) so 100,000s of keys share a few objects; `moves`
    keeps each choice's and route step's compiled form, made once."""

    def __init__(self, scenario: Scenario, names: tuple[str, ...], principles: tuple[str, ...]):
        super().__init__()
        self.scenario, self.principles = scenario, principles
        self.index = {name: i for i, name in enumerate(names)}
        self.moves: dict[int, Move] = {}
        self.zeros = self[(0,) * (len(principles) + 1)]

    def __missing__(self, key: tuple[int, ...]) -> tuple[int, ...]:
        self[key] = key
        return key

    def move(self, step: Choice | RouteStep) -> Move:
        """(conditions, effects, score row) of a choice or route step, on tuples of the followed values."""
        found = self.moves.get(id(step))
        if found is None:
            conds = tuple((self.index[c.variable], c.at_least, c.at_most, c.equals) for c in step.when)
            effects: tuple[Effect, ...] = ()
            row = self.zeros
            if isinstance(step, Choice):
                changed = [n for n in self.index if n in step.set or n in step.add]
                effects = tuple(
                    (
                        self.index[n],
                        step.set.get(n),
                        step.add.get(n, 0),
                        self.scenario.variables[n].min,
                        self.scenario.variables[n].max,
                    )
                    for n in changed
                )
                deltas = tuple(step.score.get(p, 0) for p in self.principles)
                row = self[deltas + (sum(deltas),)]  # last column: the path's total
            found = self.moves[id(step)] = (conds, effects, row)
        return found


def _holds(conds: tuple[Cond, ...], values: Values) -> bool:
    for i, at_least, at_most, equals in conds:
        value = values[i]
        if (
            (at_least is not None and value < at_least)
            or (at_most is not None and value > at_most)
            or (equals is not None and value != equals)
        ):
            return False
    return True


def _successors(scenario: Scenario, key: Key, shared: _Shared) -> Kids:
    """The (next key, score row) pairs out of a (state, values) key; a route state has at most one."""
    state_id, values = key
    state = scenario.states[state_id]
    if state.route:  # passed through at once, nothing earned: the first step that holds
        return next(
            (
                [((step.to, values), shared.zeros)]
                for step in state.route
                if _holds(shared.move(step)[0], values)
            ),
            [],
        )
    kids: Kids = []
    for choice in state.choices:
        conds, effects, row = shared.move(choice)
        if conds and not _holds(conds, values):
            continue
        after = values
        if effects:
            changed = list(values)
            for i, set_to, add, low, high in effects:
                value = (changed[i] if set_to is None else set_to) + add
                changed[i] = max(low, min(value, high))
            after = shared[tuple(changed)]
        kids.append(((choice.to, after), row))
    return kids


def _combine(state: State, kids: Kids, memo: dict[Key, Summary | None], width: int) -> Summary | None:
    """(best row, worst row, paths, most choices, fewest choices, fewest decisions) from a state on."""
    if state.ending:
        zeros = (0,) * width
        return zeros, zeros, 1, 0, 0, 0
    best: Row | None = None
    worst: Row | None = None
    shortest: int | None = None
    fewest: int | None = None
    paths, longest = 0, -1
    step = 0 if state.route else 1  # a route state is no choice of the player's
    decision = 1 if len(state.choices) >= 2 else 0
    for child, deltas in kids:
        sub = memo.get(child)
        if sub is None:
            continue
        b = tuple(map(_add, deltas, sub[0]))
        w = tuple(map(_add, deltas, sub[1]))
        best = b if best is None else tuple(map(max, best, b))
        worst = w if worst is None else tuple(map(min, worst, w))
        paths += sub[2]
        longest = max(longest, sub[3] + step)
        shortest = sub[4] + step if shortest is None else min(shortest, sub[4] + step)
        fewest = sub[5] + decision if fewest is None else min(fewest, sub[5] + decision)
    if best is None:
        return None
    assert worst is not None and shortest is not None and fewest is not None  # set with `best`
    return best, worst, paths, longest, shortest, fewest


def _ending_counts(
    root: Key,
    order: list[Key],
    children: dict[Key, Kids],
    memo: dict[Key, Summary | None],
    states: Mapping[str, State],
) -> dict[str, int]:
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
