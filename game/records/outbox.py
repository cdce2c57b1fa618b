"""The outbox: which xAPI events of which attempts the LRS does not have yet (table `pending`).

Only the event is kept (an attempt and a number: 0 started, N decision N, then completed or
abandoned); its statement is built from the records when it is sent (outgoing.py). A row goes once
the LRS has the statement. A statement the LRS refused keeps its row with the reason, and waits for
`sync --retry-refused`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from .schema import ABANDONED, COMPLETED

STARTED = 0
__all__ = [
    "ABANDONED",
    "COMPLETED",
    "STARTED",
    "OutboxStatus",
    "mark_refused",
    "mark_sent",
    "put",
    "retry_refused",
    "status",
    "waiting",
]


@dataclass(frozen=True)
class OutboxStatus:
    """How many statements wait, went, or were refused (and wait for --retry-refused)."""

    waiting: int
    sent: int
    refused: int


def put(conn: sqlite3.Connection, attempt_id: int, event: int) -> None:
    """Note an event to send; call inside the transaction that records it."""
    conn.execute("INSERT INTO pending (attempt_id, event) VALUES (?, ?)", (attempt_id, event))


def waiting(conn: sqlite3.Connection, limit: int) -> list[tuple[int, int]]:
    """The oldest events still to send (attempt, event), at most `limit`, in the order they happened."""
    return conn.execute(
        "SELECT attempt_id, event FROM pending WHERE refused IS NULL ORDER BY attempt_id, event LIMIT ?",
        (limit,),
    ).fetchall()


def mark_sent(conn: sqlite3.Connection, events: Iterable[tuple[int, int]]) -> None:
    """The LRS has these statements (it accepted them, or already had them): nothing more is kept."""
    conn.executemany("DELETE FROM pending WHERE attempt_id = ? AND event = ?", list(events))


def mark_refused(conn: sqlite3.Connection, event: tuple[int, int], reason: str) -> None:
    """The LRS refused this statement: it is not sent again until `retry_refused`."""
    conn.execute("UPDATE pending SET refused = ? WHERE attempt_id = ? AND event = ?", (reason, *event))


def retry_refused(conn: sqlite3.Connection) -> int:
    """Put every refused statement back among those waiting; returns how many."""
    return conn.execute("UPDATE pending SET refused = NULL WHERE refused IS NOT NULL").rowcount


def status(conn: sqlite3.Connection) -> OutboxStatus:
    """Counts of waiting, sent and refused statements (sent: every event recorded, less those still here)."""
    waiting_, refused, events = conn.execute(
        "SELECT count(*) FILTER (WHERE refused IS NULL), count(refused), "
        "(SELECT count(*) + count(*) FILTER (WHERE status != 'playing') FROM attempts) "
        "+ (SELECT count(*) FROM decisions) FROM pending"
    ).fetchone()
    return OutboxStatus(waiting_, events - waiting_ - refused, refused)
