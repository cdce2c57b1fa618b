"""The SQLite connection: its settings, short transactions, and SQLite errors in plain words.

Durability: WAL journal with synchronous=FULL. Every commit is flushed to the disk before it
returns, so a power cut loses at most the decision being made; with NORMAL the file would stay
sound but a power cut could take back every commit since the last checkpoint (up to ~1,000 pages,
dozens of decisions). The price is one flush per decision: see benchmarks/bench_records.py."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from .errors import RecordsError, StoreUnavailable

log = logging.getLogger(__name__)
BUSY_TIMEOUT_S = 5.0


def stamp(moment: datetime) -> str:
    """A time as stored: ISO 8601 in UTC with milliseconds, ending in Z (naive times are local)."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def utc_now() -> str:
    """The current time as stored."""
    return stamp(datetime.now(UTC))


def iso(column: str) -> str:
    """SQL for a time kept in milliseconds (a decision's) as
    stored text times are: ISO 8601, UTC, ending in Z."""
    return f"strftime('%Y-%m-%dT%H:%M:%fZ', {column} / 1000.0, 'unixepoch')"


def local(column: str) -> str:
    """SQL for a stored time as a spreadsheet reads it: the PC's local time, to the second."""
    return f"strftime('%Y-%m-%d %H:%M:%S', {column}, 'localtime')"


def connect(path: Path) -> sqlite3.Connection:
    """A connection to an existing records file, with the records settings; we manage transactions."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        configure(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def configure(conn: sqlite3.Connection, writable: bool = True) -> None:
    """The records settings on a connection: WAL with full
    sync when it may write, foreign keys, casefold()."""
    if writable:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.create_function(
        "casefold", 1, lambda s: s.casefold() if isinstance(s, str) else s, deterministic=True
    )


@contextmanager
def transaction(conn: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """One write transaction: committed (and flushed) on success, rolled back on any error."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                log.debug("rollback failed after %s", exc)
        if isinstance(exc, sqlite3.Error):
            raise explain(exc, path) from exc
        raise


def check_mark(path: Path) -> Path:
    """The file whose presence asks for a full check of the records at the next open."""
    return Path(f"{path}-check")


def ask_full_check(path: Path) -> None:
    """Have the next open check the whole file (after damage was seen while using it)."""
    try:
        check_mark(path).touch()
    except OSError:
        log.debug("cannot mark %s for a full check", path)


def explain(exc: sqlite3.Error, path: Path) -> RecordsError:
    """A records error in plain words for an SQLite error on the records file."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    folder = path.parent
    if name == "SQLITE_FULL":
        return StoreUnavailable(
            f"The disk holding the records folder {folder} is full, so the last "
            "action was not saved. Free some space on it, then go on.",
            "full",
        )
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        return StoreUnavailable(
            f"The records folder {folder} cannot be written (it is read-only or "
            f"not allowed). Choose another folder with --data-dir or "
            f"MODO_NINEZ_DATA_DIR.",
            "readonly",
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StoreUnavailable(
            f"The records file {path} is busy in another program; close the other "
            "copy of the game and try again.",
            "busy",
        )
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        ask_full_check(path)
        return StoreUnavailable(
            f"The records file {path} is damaged. Restart the game: it will be moved "
            "aside and a fresh records file started.",
            "damaged",
        )
    if name.startswith("SQLITE_IOERR"):
        return StoreUnavailable(
            f"A disk error stopped the records in {folder} from being saved ({name}).", "disk"
        )
    return RecordsError(f"The records file {path} could not be used: {exc}")
