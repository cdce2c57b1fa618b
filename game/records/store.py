"""The SQLite file: opening it safely, migrating it, and committing in short transactions.

Durability: WAL journal with synchronous=FULL. Every commit is flushed to the disk before it
returns, so a power cut loses at most the decision being made; with NORMAL the file would stay
sound but a power cut could take back every commit since the last checkpoint (up to ~1,000 pages,
dozens of decisions). The price is one flush per decision: see benchmarks/bench_records.py."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from . import schema
from .errors import RecordsError, StoreUnavailable

log = logging.getLogger(__name__)
BUSY_TIMEOUT_S = 5.0


def stamp(moment: datetime) -> str:
    """A time as stored: ISO 8601 in UTC with milliseconds, ending in Z (naive times are local)."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def utc_now() -> str:
    """The current time as stored."""
    return stamp(datetime.now(UTC))


def connect(path: Path) -> sqlite3.Connection:
    """A connection to an existing records file, with the records settings; we manage transactions."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        _configure(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def open_database(path: Path, create: bool = True) -> tuple[sqlite3.Connection, list[str]]:
    """Open the records file, migrated to the latest schema; returns it and notices for the user.

    A damaged file, or another program's database, is moved aside with a timestamp and a fresh
    store is started (the notice says where the old file went). A file from a newer version of the
    game is left untouched and refused. A missing, read-only or full folder raises StoreUnavailable.
    """
    if not create and not path.is_file():
        raise StoreUnavailable(f"There are no records at {path} yet.")
    _prepare_folder(path.parent)
    notices: list[str] = []
    try:
        conn = _open_checked(path)
    except _Unusable as exc:
        moved = _move_aside(path, exc.kind)
        notice = (f"The records file {path} {exc.reason}. It was moved aside to {moved.name} "
                  "and a fresh records file was started.")
        log.warning(notice)
        notices.append(notice)
        conn = _open_checked(path)
    return conn, notices


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


def explain(exc: sqlite3.Error, path: Path) -> RecordsError:
    """A records error in plain words for an SQLite error on the records file."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    folder = path.parent
    if name == "SQLITE_FULL":
        return StoreUnavailable(f"The disk holding the records folder {folder} is full, so the last "
                                "action was not saved. Free some space on it, then go on.", "full")
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        return StoreUnavailable(f"The records folder {folder} cannot be written (it is read-only or "
                                f"not allowed). Choose another folder with --data-dir or "
                                f"MODO_NINEZ_DATA_DIR.", "readonly")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StoreUnavailable(f"The records file {path} is busy in another program; close the other "
                                "copy of the game and try again.", "busy")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return StoreUnavailable(f"The records file {path} is damaged. Restart the game: it will be moved "
                                "aside and a fresh records file started.", "damaged")
    if name.startswith("SQLITE_IOERR"):
        return StoreUnavailable(f"A disk error stopped the records in {folder} from being saved ({name}).", "disk")
    return RecordsError(f"The records file {path} could not be used: {exc}")


class _Unusable(Exception):
    """The file is not a records database we can use, and should be moved aside."""

    def __init__(self, kind: str, reason: str):
        super().__init__(reason)
        self.kind, self.reason = kind, reason


def _prepare_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreUnavailable(f"The records folder {folder} cannot be created ({exc.strerror}). "
                               "Choose another folder with --data-dir or MODO_NINEZ_DATA_DIR.", "readonly") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreUnavailable(f"The records folder {folder} is read-only, so nothing could be saved. "
                               "Choose another folder with --data-dir or MODO_NINEZ_DATA_DIR.", "readonly")


def _open_checked(path: Path) -> sqlite3.Connection:
    conn = None
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        _check(conn)  # before any setting: a foreign file must not be changed
        _configure(conn)
        _migrate(conn, path)
        return conn
    except BaseException as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, sqlite3.DatabaseError) and getattr(exc, "sqlite_errorname", "").startswith(
                ("SQLITE_NOTADB", "SQLITE_CORRUPT")):
            raise _Unusable("damaged", "is damaged") from exc
        if isinstance(exc, sqlite3.Error):
            raise explain(exc, path) from exc
        raise


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.create_function("casefold", 1, lambda s: s.casefold() if isinstance(s, str) else s,
                         deterministic=True)


def _check(conn: sqlite3.Connection) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    has_tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] > 0
    if app_id == 0 and version == 0 and not has_tables:
        return  # a new, empty file
    if app_id != schema.APPLICATION_ID:
        raise _Unusable("foreign", "is not a Modo Niñez records file (another program's database?)")
    if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
        raise _Unusable("damaged", "is damaged")


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > schema.LATEST:
        raise StoreUnavailable(f"The records file {path} was written by a newer version of the game "
                               f"(format {version}; this version reads up to {schema.LATEST}). "
                               "Update the game; the file was left as it is.")
    for number in range(version + 1, schema.LATEST + 1):
        log.info("migrating %s to records format %d", path, number)
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{schema.MIGRATIONS[number - 1]};\n"
                               f"PRAGMA application_id={schema.APPLICATION_ID};\n"
                               f"PRAGMA user_version={number};\nCOMMIT;")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def _move_aside(path: Path, kind: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{kind}-{stamp}")
    try:
        for suffix in ("-wal", "-shm", ""):
            side = Path(f"{path}{suffix}")
            if side.exists():
                side.rename(Path(f"{target}{suffix}"))
    except OSError as exc:
        raise StoreUnavailable(f"The records file {path} is unusable and could not be moved aside "
                               f"({exc.strerror}). Move or delete it by hand.") from None
    return target
