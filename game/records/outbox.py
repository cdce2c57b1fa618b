"""The outbox table: xAPI statements waiting to be sent, each stored once under its statement id.

A sent statement keeps its id and time sent as a receipt; its text is dropped, since the LRS has it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Waiting:
    """A statement not yet accepted by the LRS: its row, id and exact JSON text."""

    row: int
    statement_id: str
    body: str


@dataclass(frozen=True)
class OutboxStatus:
    """How many statements wait, went, or were refused for good."""

    waiting: int
    sent: int
    refused: int


def put(conn: sqlite3.Connection, statement: dict[str, Any], created: str) -> None:
    """Add a statement; call inside the transaction that records what it describes."""
    body = json.dumps(statement, ensure_ascii=False, separators=(",", ":"))
    conn.execute("INSERT INTO outbox (statement_id, statement, created) VALUES (?, ?, ?)",
                 (statement["id"], body, created))


def waiting(conn: sqlite3.Connection, limit: int) -> list[Waiting]:
    """The oldest statements still to send, at most `limit`."""
    rows = conn.execute("SELECT id, statement_id, statement FROM outbox "
                        "WHERE sent IS NULL AND refused IS NULL ORDER BY id LIMIT ?", (limit,))
    return [Waiting(*row) for row in rows]


def mark_sent(conn: sqlite3.Connection, rows: Iterable[int], when: str) -> None:
    """Record that the LRS accepted (or already had) these statements; their text is no longer kept."""
    conn.executemany("UPDATE outbox SET sent = ?, statement = NULL WHERE id = ?", [(when, row) for row in rows])


def mark_refused(conn: sqlite3.Connection, row: int, reason: str) -> None:
    """Record that the LRS refused a statement for good, and why; it is not tried again."""
    conn.execute("UPDATE outbox SET refused = ? WHERE id = ?", (reason, row))


def status(conn: sqlite3.Connection) -> OutboxStatus:
    """Counts of waiting, sent and refused statements."""
    waiting_, sent, refused = conn.execute(
        "SELECT count(*) FILTER (WHERE sent IS NULL AND refused IS NULL), count(sent), count(refused) "
        "FROM outbox").fetchone()
    return OutboxStatus(waiting_, sent, refused)
