"""Building the statements of waiting events from the records, a batch at a time (a few queries per batch).

The same records and settings give the same statement, byte for byte, on every try.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from ..engine import PrincipleScore, Score
from .outbox import ABANDONED, COMPLETED, STARTED
from .store import iso
from .xapi import Played, Statements, Who


@dataclass(frozen=True)
class Outgoing:
    """A statement ready to send: its event, its id and its exact JSON text."""

    event: tuple[int, int]
    statement_id: str
    body: str


def build(conn: sqlite3.Connection, statements: Statements, events: list[tuple[int, int]]) -> list[Outgoing]:
    """The statements of these events, in the same order (an event whose attempt is gone is skipped)."""
    ids = json.dumps(sorted({attempt for attempt, _ in events}))
    played, rows = _attempts(conn, ids)
    decisions = _decisions(conn, json.dumps([list(e) for e in events if STARTED < e[1] < COMPLETED]))
    scores, seconds = _scores(conn, json.dumps(sorted({a for a, kind in events if kind == COMPLETED})))
    out = []
    for event in events:
        attempt, kind = event
        if attempt not in played:
            continue
        who, row = played[attempt], rows[attempt]
        if kind == STARTED:
            statement = statements.started(who, row["started"])
        elif kind == COMPLETED:
            score = Score(MappingProxyType(scores.get(attempt, {})))
            statement = statements.completed(
                who, row["ending"], row["end_state"], score, seconds.get(attempt, 0.0), row["ended"]
            )
        elif kind == ABANDONED:
            statement = statements.abandoned(who, row["ended"])
        elif event in decisions:
            state, choice, text, deltas, took, made = decisions[event]
            statement = statements.decided(
                who, kind, state, choice, text or choice, json.loads(deltas), took, made
            )
        else:
            continue
        out.append(
            Outgoing(event, statement["id"], json.dumps(statement, ensure_ascii=False, separators=(",", ":")))
        )
    return out


def _attempts(conn: sqlite3.Connection, ids: str) -> tuple[dict[int, Played], dict[int, dict[str, Any]]]:
    played, rows = {}, {}
    for (
        attempt,
        registration,
        scenario_id,
        version,
        language,
        started,
        ended,
        ending,
        end_state,
        pseudonym,
        nickname,
        badge,
        station,
        titles,
    ) in conn.execute(
        "SELECT a.id, a.registration, a.scenario_id, a.scenario_version, a.language, a.started, a.ended, "
        "a.ending, a.end_state, p.pseudonym, p.nickname, p.badge, p.station, "
        "(SELECT json_group_object(language, text) FROM texts t WHERE t.scenario_id = a.scenario_id "
        " AND t.scenario_version = a.scenario_version AND t.item = '') "
        "FROM attempts a JOIN players p ON p.id = a.player_id WHERE a.id IN (SELECT value FROM json_each(?))",
        (ids,),
    ):
        title = json.loads(titles or "{}") or {"es": scenario_id}
        title = {lang: title[lang] for lang in ("es", "en") if lang in title} or title
        played[attempt] = Played(
            Who(pseudonym, nickname, badge, station, registration),
            scenario_id,
            version,
            language,
            MappingProxyType(title),
        )
        rows[attempt] = {"started": started, "ended": ended, "ending": ending, "end_state": end_state}
    return played, rows


def _decisions(conn: sqlite3.Connection, pairs: str) -> dict[tuple[int, int], tuple[Any, ...]]:
    found = conn.execute(
        f"SELECT d.attempt_id, d.number, d.state, d.choice, t.text, d.deltas, d.seconds, {iso('d.made')} "
        "FROM json_each(?) k JOIN decisions d "
        "ON d.attempt_id = json_extract(k.value, '$[0]') AND d.number = json_extract(k.value, '$[1]') "
        "JOIN attempts a ON a.id = d.attempt_id LEFT JOIN texts t ON t.scenario_id = a.scenario_id "
        "AND t.scenario_version = a.scenario_version AND t.item = d.choice AND t.language = a.language",
        (pairs,),
    )
    return {(row[0], row[1]): row[2:] for row in found}


def _scores(
    conn: sqlite3.Connection, ids: str
) -> tuple[dict[int, dict[str, PrincipleScore]], dict[int, float]]:
    scores: dict[int, dict[str, PrincipleScore]] = {}
    for attempt, competency, earned, best, worst in conn.execute(
        "SELECT attempt_id, competency, earned, best, worst FROM attempt_scores "
        "WHERE attempt_id IN (SELECT value FROM json_each(?)) ORDER BY attempt_id, competency",
        (ids,),
    ):
        scores.setdefault(attempt, {})[competency] = PrincipleScore(earned, best, worst)
    seconds = dict(
        conn.execute(
            "SELECT attempt_id, sum(seconds) FROM decisions "
            "WHERE attempt_id IN (SELECT value FROM json_each(?)) GROUP BY attempt_id",
            (ids,),
        )
    )
    return scores, seconds
