"""What the records API hands back: plain, immutable rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from ..engine import PrincipleScore

PLAYING, FINISHED, ABANDONED = "playing", "finished", "abandoned"


@dataclass(frozen=True)
class Player:
    """An officer on this PC. `pseudonym` is the only thing xAPI statements know them by (unless names are on)."""

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
