"""Opening the records file: checked, migrated, or moved aside, by one process at a time.

Creating the schema, migrating and moving a damaged file aside happen under a lock file beside the
records (`records.sqlite3.lock`), so processes starting together never race: the second waits, then
finds the work done. Nothing is destroyed: a damaged or foreign file is renamed (never over another
file), and a file is copied aside before a migration changes it.

How much is checked at open: the header and the schema always; the whole file (`quick_check`) after an
unclean shutdown (a write-ahead log left behind, or damage seen while in use) and `integrity_check`
when asked (`Store.open(check=True)`).
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import filelock

from . import schema
from .errors import StoreUnavailable
from .store import BUSY_TIMEOUT_S, check_mark, configure, explain

log = logging.getLogger(__name__)
LOCK_TIMEOUT_S = 60.0
NEW_PAGE_SIZE = 1024
_COMMENT = re.compile(r"--[^\n]*")  # SQLite keeps each CREATE's text: comments would cost pages in every file
LEAN = 3  # the migration after which statements are built when sent: the file is compacted once


class _Unusable(Exception):
    """The file is not a records database we can use, and should be moved aside."""

    def __init__(self, kind: str, reason: str):
        super().__init__(reason)
        self.kind, self.reason = kind, reason


def open_database(
    path: Path, create: bool = True, check: bool = False
) -> tuple[sqlite3.Connection, list[str]]:
    """Open the records file, migrated to the latest schema; returns it and notices for the user.

    A damaged file, or another program's database, is moved aside with a timestamp and a fresh
    store is started (the notice says where the old file went); with `create` False (reports) it is
    left alone and refused instead. A file from a newer version of the game is left untouched and
    refused. In a read-only folder an existing file is opened for reading only (with `create` False);
    otherwise a missing, read-only or full folder raises StoreUnavailable.
    """
    if not create and not path.is_file():
        raise StoreUnavailable(f"There are no records at {path} yet.")
    folder = path.parent
    if not create and not _writable(folder):
        return _open_read_only(path), []
    _prepare_folder(folder)
    notices: list[str] = []
    with _locked(path):
        level = "full" if check else "quick" if _unclean(path) else "light"
        try:
            conn = _open_checked(path, level)
        except _Unusable as exc:
            if not create:
                raise StoreUnavailable(
                    f"The records file {path} {exc.reason}, so nothing can be read from "
                    "it. Start the game: it moves the file aside (keeping it) and starts "
                    "a fresh one.",
                    "damaged",
                ) from None
            moved = _move_aside(path, exc.kind)
            notice = (
                f"The records file {path} {exc.reason}. It was moved aside to {moved.name} "
                "and a fresh records file was started."
            )
            log.warning(notice)
            notices.append(notice)
            conn = _open_checked(path, "light")
        check_mark(path).unlink(missing_ok=True)
    return conn, notices


def _writable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def _prepare_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreUnavailable(
            f"The records folder {folder} cannot be created ({exc.strerror}). "
            "Choose another folder with --data-dir or MODO_NINEZ_DATA_DIR.",
            "readonly",
        ) from None
    if not _writable(folder):
        raise StoreUnavailable(
            f"The records folder {folder} is read-only, so nothing could be saved. "
            "Choose another folder with --data-dir or MODO_NINEZ_DATA_DIR.",
            "readonly",
        )


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    lock = filelock.FileLock(f"{path}.lock", timeout=LOCK_TIMEOUT_S)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise StoreUnavailable(
            f"The records file {path} is being opened by another program that does not "
            "finish; close the other copy of the game and try again.",
            "busy",
        ) from None
    try:
        yield
    finally:
        lock.release()


def _unclean(path: Path) -> bool:
    """A log left behind (the last program using the file did not close it) or damage seen in use."""
    return Path(f"{path}-wal").exists() or check_mark(path).exists()


def _open_checked(path: Path, level: str) -> sqlite3.Connection:
    conn = None
    try:
        new = not path.exists() or path.stat().st_size == 0
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        _check(conn, level)  # before any setting: a foreign file must not be changed
        if new:
            conn.execute(f"PRAGMA page_size={NEW_PAGE_SIZE}")
        configure(conn)
        _migrate(conn, path)
        return conn
    except BaseException as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, sqlite3.DatabaseError) and getattr(exc, "sqlite_errorname", "").startswith(
            ("SQLITE_NOTADB", "SQLITE_CORRUPT")
        ):
            raise _Unusable("damaged", "is damaged") from exc
        if isinstance(exc, sqlite3.Error):
            raise explain(exc, path) from exc
        raise


def _open_read_only(path: Path) -> sqlite3.Connection:
    """The file for reading, in a folder where nothing can be written (not even SQLite's shared memory)."""
    uri = path.resolve().as_uri() + "?mode=ro"
    for attempt in (uri, uri + "&immutable=1"):  # immutable: no shared memory file is needed
        conn = sqlite3.connect(attempt, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            _check(conn, "light")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            configure(conn, writable=False)
        except sqlite3.OperationalError as exc:
            conn.close()
            if getattr(exc, "sqlite_errorname", "").startswith("SQLITE_CANTOPEN"):
                continue
            raise explain(exc, path) from exc
        except (sqlite3.Error, _Unusable) as exc:
            conn.close()
            if isinstance(exc, _Unusable) or exc.sqlite_errorname.startswith(
                ("SQLITE_NOTADB", "SQLITE_CORRUPT")
            ):
                raise StoreUnavailable(
                    f"The records file {path} is damaged or not a records file, so nothing "
                    "can be read from it.",
                    "damaged",
                ) from None
            raise explain(exc, path) from exc
        if version != schema.LATEST:
            conn.close()
            raise StoreUnavailable(
                f"The records file {path} is in another version's format and its folder is "
                "read-only, so it cannot be converted; copy it to a folder you can write and "
                "use --data-dir.",
                "readonly",
            )
        return conn
    raise StoreUnavailable(f"The records file {path} cannot be opened for reading.", "readonly")


def _check(conn: sqlite3.Connection, level: str) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    has_tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] > 0
    if app_id == 0 and version == 0 and not has_tables:
        return  # a new, empty file
    if app_id != schema.APPLICATION_ID:
        raise _Unusable("foreign", "is not a Modo Niñez records file (another program's database?)")
    if level != "light":
        pragma = "integrity_check" if level == "full" else "quick_check"
        if conn.execute(f"PRAGMA {pragma}").fetchall() != [("ok",)]:
            raise _Unusable("damaged", "is damaged")


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > schema.LATEST:
        raise StoreUnavailable(
            f"The records file {path} was written by a newer version of the game "
            f"(format {version}; this version reads up to {schema.LATEST}). "
            "Update the game; the file was left as it is."
        )
    if version == schema.LATEST:
        return
    if version > 0:
        _backup(conn, path, version)
    for number in range(version + 1, schema.LATEST + 1):
        log.info("migrating %s to records format %d", path, number)
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{_compact(schema.MIGRATIONS[number - 1])};\n"
                f"PRAGMA application_id={schema.APPLICATION_ID};\n"
                f"PRAGMA user_version={number};\nCOMMIT;"
            )
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    if version < LEAN:  # the dropped statements and tables leave free pages: give them back to the disk
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _compact(sql: str) -> str:
    """The migration without comments and runs of spaces (it has no text literal they could be part of)."""
    return re.sub(r"\s+", " ", _COMMENT.sub("", sql))


def _backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """A copy of the file as it is, before a migration changes it."""
    target = _free_name(path, f"format{version}")
    try:
        with sqlite3.connect(target) as copy:
            conn.backup(copy)
        copy.close()
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise StoreUnavailable(
            f"The records file {path} needs converting to this version's format, but a copy "
            f"of it could not be kept first ({exc}); nothing was changed. Free some space "
            "on the disk and start again.",
            "full",
        ) from None
    log.info("kept a copy of %s as %s before converting it", path, target.name)
    return target


def _free_name(path: Path, kind: str) -> Path:
    """`records.sqlite3.<kind>-<time>`, with a counter if that name (or its log) is taken."""
    base = f"{path.name}.{kind}-{datetime.now(UTC):%Y%m%dT%H%M%SZ}"
    target, n = path.with_name(base), 1
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", "-wal", "-shm")):
        n += 1
        target = path.with_name(f"{base}-{n}")
    return target


def _move_aside(path: Path, kind: str) -> Path:
    target = _free_name(path, kind)
    try:
        for suffix in ("-wal", "-shm", ""):
            side = Path(f"{path}{suffix}")
            if side.exists():
                side.rename(Path(f"{target}{suffix}"))
    except OSError as exc:
        raise StoreUnavailable(
            f"The records file {path} is unusable and could not be moved aside "
            f"({exc.strerror}). Move or delete it by hand."
        ) from None
    return target
