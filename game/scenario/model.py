"""The playable scenario: plain frozen dataclasses built from validated data.

The engine and the game depend only on this module, never on pydantic or YAML.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

NARRATOR = "narrator"
OFFICER = "officer"
ENDING_QUALITIES = ("good", "mixed", "poor")
MOODS = ("calm", "scared", "sad", "withdrawn", "relieved", "tense")


@dataclass(frozen=True)
class Text:
    """A line in each language; `get` falls back to Spanish when a translation is missing."""

    es: str
    en: str | None = None

    def get(self, language: str) -> str:
        """The text in `language`, or the Spanish text."""
        value = getattr(self, language, None) if language in ("es", "en") else None
        return value or self.es


@dataclass(frozen=True)
class Character:
    """Someone in the scene and the portrait that draws them."""

    id: str
    name: str
    portrait: str
    role: str = "child"
    age: int | None = None


@dataclass(frozen=True)
class Presence:
    """Whose portrait a state shows, and the mood."""

    who: str
    mood: str = "calm"


@dataclass(frozen=True)
class Variable:
    """A tracked number with its start value and bounds."""

    id: str
    start: int
    min: int = 0
    max: int = 100


@dataclass(frozen=True)
class Condition:
    """Bounds one variable must meet for a choice to be offered."""

    variable: str
    at_least: int | None = None
    at_most: int | None = None
    equals: int | None = None

    def holds(self, values: Mapping[str, int]) -> bool:
        """True when the variable's current value meets every bound."""
        value = values[self.variable]
        return (
            (self.at_least is None or value >= self.at_least)
            and (self.at_most is None or value <= self.at_most)
            and (self.equals is None or value == self.equals)
        )

    def __str__(self) -> str:
        """The condition as a map shows it, such as "cuidado ≥ 8"."""
        bounds = [("≥", self.at_least), ("≤", self.at_most), ("=", self.equals)]
        return ", ".join(f"{self.variable} {sign} {value}" for sign, value in bounds if value is not None)


def describe(conditions: tuple[Condition, ...], default: str = "*") -> str:
    """Conditions joined for a map label; `default` when there are none (a route's last step)."""
    return ", ".join(map(str, conditions)) or default


@dataclass(frozen=True)
class Choice:
    """An option the officer may take in a state."""

    id: str
    text: Text
    to: str
    feedback: Text
    child_sees: Text
    score: Mapping[str, int] = field(default_factory=dict)
    when: tuple[Condition, ...] = ()
    set: Mapping[str, int] = field(default_factory=dict)
    add: Mapping[str, int] = field(default_factory=dict)

    def available(self, values: Mapping[str, int]) -> bool:
        """True when every condition holds for these variable values."""
        return all(cond.holds(values) for cond in self.when)


@dataclass(frozen=True)
class RouteStep:
    """One way out of a route state; the last step of a route has no conditions (the default)."""

    to: str
    when: tuple[Condition, ...] = ()

    def available(self, values: Mapping[str, int]) -> bool:
        """True when every condition holds for these variable values."""
        return all(cond.holds(values) for cond in self.when)


@dataclass(frozen=True)
class State:
    """A moment in the scenario: a decision with choices, an ending, or a route state.

    A route state shows nothing: play passes through it at once, to the first step whose `when` holds.
    `background` is the one this state names ("" when none): it holds from this state on along the path.
    """

    id: str
    text: Text
    speaker: str = NARRATOR
    child: Presence | None = None
    background: str = ""
    choices: tuple[Choice, ...] = ()
    ending: str | None = None
    discussion: Text | None = None
    trainer_note: Text | None = None
    route: tuple[RouteStep, ...] = ()

    def choice(self, choice_id: str) -> Choice | None:
        """The choice with this id, or None."""
        return next((c for c in self.choices if c.id == choice_id), None)

    @property
    def targets(self) -> tuple[str, ...]:
        """Every state a choice or a route step leads to, in order (with repeats)."""
        return tuple(c.to for c in self.choices) + tuple(r.to for r in self.route)

    def routed(self, values: Mapping[str, int]) -> str | None:
        """Where a route state leads with these values (None for a state without `route`)."""
        return next((r.to for r in self.route if r.available(values)), None)


@dataclass(frozen=True)
class TrainerNotes:
    """The facilitator's page: premise, learning goals, key decision points."""

    premise: Text
    goals: tuple[Text, ...] = ()
    key_points: tuple[Text, ...] = ()
    legal_basis: tuple[Text, ...] = ()


@dataclass(frozen=True)
class Bounds:
    """The best and worst total a principle can reach over all complete paths."""

    best: int
    worst: int


@dataclass(frozen=True)
class Analysis:
    """What static analysis found (exactly): bounds per principle and of a path's total, paths, lengths in
    choices taken (route states are not counted).

    `total.best` equals the sum of the per-principle bests exactly when one path earns every best.
    """

    bounds: Mapping[str, Bounds]
    total: Bounds
    path_count: int
    longest: int
    shortest: int
    endings: Mapping[str, int]  # ending state id -> number of paths reaching it
    fewest_decisions: int = 0  # the fewest decisions (states of 2+ choices) on a complete path


@dataclass(frozen=True)
class Scenario:
    """A validated, immutable scenario ready to play."""

    id: str
    version: int
    languages: tuple[str, ...]
    title: Text
    summary: Text
    age_group: str
    duration_minutes: int
    principles: tuple[str, ...]
    characters: Mapping[str, Character]
    variables: Mapping[str, Variable]
    background: str
    start: str
    states: Mapping[str, State]
    analysis: Analysis | None
    trainer: TrainerNotes | None = None
    source: str = ""

    def background_along(self, path: Iterable[str]) -> str:
        """The background in effect at the last state of a path: the last one named on it, else the
        scenario's."""
        current = self.background
        for state_id in path:
            current = self.states[state_id].background or current
        return current

    def initial_values(self) -> dict[str, int]:
        """The variables' start values."""
        return {v.id: v.start for v in self.variables.values()}

    def apply(self, choice: Choice, values: Mapping[str, int]) -> dict[str, int]:
        """The values after a choice's `set` and `add`, clamped to each variable's bounds.

        Only the variables present in `values` are changed (analysis follows just those conditions read).
        """
        out = dict(values)
        for name, value in choice.set.items():
            if name in out:
                out[name] = value
        for name, delta in choice.add.items():
            if name in out:
                out[name] += delta
        for name in set(choice.set) | set(choice.add):
            if name in out:
                var = self.variables[name]
                out[name] = max(var.min, min(var.max, out[name]))
        return out


def frozen_map(items: dict[K, V]) -> Mapping[K, V]:
    """A read-only view of a dict, for the immutable model."""
    return MappingProxyType(items)
