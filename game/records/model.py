"""What the records API hands back: plain, immutable rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from ..engine import PrincipleScore

PLAYING, FINISHED, ABANDONED = "playing", "finished", "abandoned"


@dataclass(frozen=True)
class Player:
    """An officer on this PC. `pseudonym` is the only thing
    xAPI statements know them by (unless names are on)."""

    id: int
    pseudonym: str
    nickname: str
    badge: str | None
    station: str | None
    language: str
    created: datetime


@dataclass(frozen=True)
class Attempt:
    """One play of one scenario by one player; scores are filled in once it is finished."""

    id: int
    registration: str
    player_id: int
    scenario_id: str
    scenario_version: int
    language: str
    started: datetime
    ended: datetime | None
    status: str  # playing | finished | abandoned
    ending: str | None  # good | mixed | poor, once finished
    decisions: int
    seconds: float  # time spent deciding, summed over the decisions
    earned: int | None
    best: int | None
    share: float | None  # overall score as a share of the best possible, once finished
    scores: Mapping[str, PrincipleScore]  # per competency, once finished
    source: str | None = None  # "bundled", or the path of the scenario file played


@dataclass(frozen=True)
class Decision:
    """One choice made in an attempt, numbered from 1, with its score changes and time taken."""

    attempt_id: int
    number: int
    state: str
    choice: str
    deltas: Mapping[str, int]
    seconds: float
    made: datetime


@dataclass(frozen=True)
class Vote:
    """How a workshop room voted at one decision: officers per choice, and whose turn it was."""

    counts: Mapping[str, int]
    team: str | None = None


@dataclass(frozen=True)
class Workshop:
    """A facilitated session with a room of officers."""

    id: int
    name: str
    place: str | None
    held: datetime
    participants: int
    teams: tuple[str, ...]
    hide_scores: bool
    player_id: int  # the room, as the player its runs are recorded under


@dataclass(frozen=True)
class Run:
    """One scenario the room played (a pre-test, a main scenario or a post-test), with its votes."""

    kind: str  # pre | main | post
    attempt: Attempt
    votes: tuple[Vote, ...]  # in decision order
