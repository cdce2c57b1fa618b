"""What a front end reads from a Session: plain, language-resolved, immutable views."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping


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
        """Earned as a share of the best possible, from 0.0 to 1.0."""
        if self.best <= 0:
            return 1.0 if self.earned >= self.best else 0.0
        return max(0.0, min(1.0, self.earned / self.best))


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
    def share(self) -> float:
        """Overall points as a share of the best possible, from 0.0 to 1.0."""
        if self.best <= 0:
            return 1.0
        return max(0.0, min(1.0, self.earned / self.best))


@dataclass(frozen=True)
class Step:
    """One decision taken: in which state, which choice, and its score changes."""

    state: str
    choice: str
    deltas: Mapping[str, int]
