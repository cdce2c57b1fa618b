"""What a front end reads from a Session: plain, language-resolved, immutable views."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """The character shown in a node: who, their portrait and their mood."""

    who: str
    name: str
    portrait: str
    mood: str


@dataclass(frozen=True)
class Node:
    """The current moment: who speaks, the text, the portrait, the background, the ending if any."""

    id: str
    speaker: str  # character id, "narrator" or "officer"
    speaker_name: str  # display name ("" for the narrator)
    text: str
    figure: Figure | None
    background: str
    ending: str | None
    discussion: str | None = None  # a question for the room (facilitator mode only)
    trainer_note: str | None = None  # for the facilitator's eyes only


@dataclass(frozen=True)
class Option:
    """A choice offered now, numbered from 1 as the player sees it."""

    number: int
    id: str
    text: str


@dataclass(frozen=True)
class Outcome:
    """What a choice did: feedback, the child's view, score changes, and where it led."""

    state: str
    choice: str
    choice_text: str
    feedback: str
    child_sees: str
    deltas: Mapping[str, int]
    node: Node
    finished: bool


@dataclass(frozen=True)
class PrincipleScore:
    """Points earned on one principle, against the best and worst any complete path can earn."""

    earned: int
    best: int
    worst: int

    @property
    def share(self) -> float:
        """Earned as a share of the best possible, from 0.0 to 1.0 (see `share`)."""
        return share(self.earned, self.best, self.worst)


@dataclass(frozen=True)
class Score:
    """The score per principle and overall."""

    principles: Mapping[str, PrincipleScore]

    @property
    def earned(self) -> int:
        """Total points earned."""
        return sum(p.earned for p in self.principles.values())

    @property
    def best(self) -> int:
        """The total of the best possible per principle."""
        return sum(p.best for p in self.principles.values())

    @property
    def worst(self) -> int:
        """The total of the worst possible per principle."""
        return sum(p.worst for p in self.principles.values())

    @property
    def share(self) -> float:
        """Overall points as a share of the best possible, from 0.0 to 1.0 (see `share`)."""
        return share(self.earned, self.best, self.worst)


def share(earned: int, best: int, worst: int) -> float:
    """Points as a share of the best possible, 0.0 to 1.0: earned/best when the best is above zero;
    otherwise (no path earns points) the place between the worst and the best, so -3 where the best is
    -1 and the worst -5 is 50%, not 100%."""
    if best > 0:
        return max(0.0, min(1.0, earned / best))
    if best <= worst:
        return 1.0 if earned >= best else 0.0
    return max(0.0, min(1.0, (earned - worst) / (best - worst)))


@dataclass(frozen=True)
class Step:
    """One decision taken: in which state, which choice, and its score changes."""

    state: str
    choice: str
    deltas: Mapping[str, int]
