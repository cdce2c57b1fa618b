"""Reading records back: players, attempts with their scores, and decisions, in bulk."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from typing import Any

from ..engine import PrincipleScore
from .model import Attempt, Decision, Player
from .store import iso, stamp


@dataclass(frozen=True)
class AttemptFilter:
    """Which attempts a report or a query covers; every field left None matches everything."""

    player: str | None = None  # a nickname (any case), a badge number or a player id
    scenario: str | None = None  # a scenario id
    since: datetime | None = None  # started at or after this time
    player_id: int | None = None
    attempt_id: int | None = None
    status: str | None = None

    def sql(self) -> tuple[str, list[Any]]:
        """The WHERE clause over attempts `a` joined to players `p`, and its parameters."""
        terms: list[str] = ["1"]
        params: list[Any] = []
        if self.player is not None:
            terms.append("(casefold(p.nickname) = ? OR p.badge = ? OR CAST(p.id AS TEXT) = ?)")
            params += [self.player.casefold(), self.player, self.player]
        for column, value in (
            ("a.scenario_id", self.scenario),
            ("a.player_id", self.player_id),
            ("a.id", self.attempt_id),
            ("a.status", self.status),
        ):
            if value is not None:
                terms.append(f"{column} = ?")
                params.append(value)
        if self.since is not None:
            terms.append("a.started >= ?")
            params.append(stamp(self.since))
        return " AND ".join(terms), params


def players(conn: sqlite3.Connection, player_id: int | None = None) -> list[Player]:
    """Every player (or the one with this id), in the order they were created."""
    where, params = ("WHERE id = ?", [player_id]) if player_id is not None else ("", [])
    rows = conn.execute(
        f"SELECT id, pseudonym, nickname, badge, station, language, created FROM players {where} ORDER BY id",
        params,
    )
    return [Player(r[0], r[1], r[2], r[3], r[4], r[5], stored_time(r[6])) for r in rows]


def attempts(conn: sqlite3.Connection, which: AttemptFilter, newest_first: bool = False) -> list[Attempt]:
    """The attempts matching a filter in the order they were started, with decision counts and scores."""
    where, params = which.sql()
    scores: dict[int, dict[str, PrincipleScore]] = {}
    for attempt_id, competency, earned, best, worst in conn.execute(
        "SELECT attempt_id, competency, earned, best, worst FROM attempt_scores WHERE attempt_id IN "
        f"(SELECT a.id FROM attempts a JOIN players p ON p.id = a.player_id WHERE {where}) "
        "ORDER BY attempt_id, competency",
        params,
    ):
        scores.setdefault(attempt_id, {})[competency] = PrincipleScore(earned, best, worst)
    order = "DESC" if newest_first else "ASC"
    rows = conn.execute(
        "SELECT a.id, a.registration, a.player_id, a.scenario_id, a.scenario_version, a.language, "
        "a.started, a.ended, a.status, a.ending, count(d.number), coalesce(sum(d.seconds), 0.0), "
        "a.earned, a.best, a.share, a.source "
        "FROM attempts a JOIN players p ON p.id = a.player_id LEFT JOIN decisions d ON d.attempt_id = a.id "
        f"WHERE {where} GROUP BY a.id ORDER BY a.id {order}",
        params,
    )
    return [
        Attempt(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            stored_time(r[6]),
            parse_time(r[7]),
            r[8],
            r[9],
            r[10],
            r[11],
            r[12],
            r[13],
            r[14],
            MappingProxyType(scores.get(r[0], {})),
            r[15],
        )
        for r in rows
    ]


def decisions(conn: sqlite3.Connection, attempt_id: int) -> list[Decision]:
    """The decisions of one attempt, in the order they were made."""
    rows = conn.execute(
        f"SELECT attempt_id, number, state, choice, deltas, seconds, {iso('made')} FROM decisions "
        "WHERE attempt_id = ? ORDER BY number",
        (attempt_id,),
    )
    return [
        Decision(r[0], r[1], r[2], r[3], MappingProxyType(json.loads(r[4])), r[5], stored_time(r[6]))
        for r in rows
    ]


def decisions_matching(conn: sqlite3.Connection, which: AttemptFilter) -> list[Decision]:
    """The decisions of every attempt a filter selects, by attempt and in the order they were made."""
    where, params = which.sql()
    rows = conn.execute(
        f"SELECT d.attempt_id, d.number, d.state, d.choice, d.deltas, d.seconds, {iso('d.made')} "
        "FROM decisions d JOIN attempts a ON a.id = d.attempt_id JOIN players p ON p.id = a.player_id "
        f"WHERE {where} ORDER BY d.attempt_id, d.number",
        params,
    )
    return [
        Decision(r[0], r[1], r[2], r[3], MappingProxyType(json.loads(r[4])), r[5], stored_time(r[6]))
        for r in rows
    ]


def parse_time(text: str | None) -> datetime | None:
    """A stored time (or None) as an aware datetime."""
    return datetime.fromisoformat(text) if text else None


def stored_time(text: str) -> datetime:
    """A stored time that is always there (when a row was made) as an aware datetime."""
    return datetime.fromisoformat(text)
