"""The records API the game, the trainer tools and the workshop mode call.

    store = Store.open()                          # or Store.open(data_dir), in a with-block
    player = store.create_player("Rosa", badge="12345", station="Comisaría Yarinacocha")
    attempt = store.start_attempt(player.id, session)
    outcome = session.choose(1)
    store.record_decision(attempt, outcome, seconds=8.5, session=session)   # committed now
    ...
    for unfinished in store.unfinished_attempts(player.id):
        session = store.resume(unfinished.id, scenario)

Every call that records something is one transaction holding the row, the session snapshot and the
xAPI statement for the outbox: all of it is on disk when the call returns, or none of it is. The
decision that reaches an ending also completes the attempt (ending and scores) in that transaction.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

from ..engine import Outcome, Session, SnapshotError
from ..scenario import Scenario
from . import datadir, outbox, queries
from .config import Config, load_config
from .errors import ConfigError, RecordsError, ResumeError
from .model import ABANDONED, FINISHED, PLAYING, Attempt, Decision, Player, Vote
from .queries import AttemptFilter
from .sender import BackgroundSender
from .store import explain, open_database, transaction, utc_now
from .sync import LrsClient, SyncResult, send_outbox
from .xapi import Statements, Who

LANGUAGES = ("es", "en")


class Store:
    """The records of this PC: players, attempts, decisions and the xAPI outbox, in one SQLite file."""

    def __init__(self, conn: sqlite3.Connection, path: Path, config: Config, notices: list[str]):
        """Use Store.open."""
        self._conn, self.path, self.config = conn, path, config
        self.notices = notices  # things to tell the user once (a damaged file moved aside, a bad setting)
        self._statements = Statements(config.xapi)
        self._sender: BackgroundSender | None = None

    @classmethod
    def open(cls, data_dir: str | os.PathLike | None = None, config: Config | None = None,
             create: bool = True) -> Store:
        """Open the records in `data_dir` (default: --data-dir / MODO_NINEZ_DATA_DIR / the user's data folder).

        Without `config`, the settings file is read; a broken one is reported in `notices` and the
        defaults are used, so play is never stopped by a settings mistake.
        """
        notices = []
        if config is None:
            try:
                config = load_config()
            except ConfigError as exc:
                notices.append(f"{exc} The default settings are used; nothing is sent to an LRS.")
                config = Config(datadir.config_path(), False)
        path = datadir.database_path(data_dir)
        conn, opened = open_database(path, create)
        return cls(conn, path, config, opened + notices)

    def close(self) -> None:
        """Stop background sending and close the file."""
        if self._sender is not None:
            self._sender.stop()
            self._sender = None
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # Players

    def create_player(self, nickname: str, badge: str | None = None, station: str | None = None,
                      language: str = "es") -> Player:
        """Add a player; only a nickname is needed. The pseudonym is made here, at random."""
        nickname = nickname.strip()
        if not nickname:
            raise ValueError("a player needs a nickname")
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
        with self._write():
            cursor = self._conn.execute(
                "INSERT INTO players (pseudonym, nickname, badge, station, language, created) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (str(uuid.uuid4()), nickname, _blank(badge), _blank(station), language, utc_now()))
        return self.player(cursor.lastrowid)

    def players(self) -> list[Player]:
        """Every player on this PC, oldest first."""
        with self._reading():
            return queries.players(self._conn)

    def player(self, player_id: int) -> Player:
        """One player; RecordsError if there is none with this id."""
        with self._reading():
            found = queries.players(self._conn, player_id)
        if not found:
            raise RecordsError(f"there is no player {player_id}")
        return found[0]

    # Attempts

    def start_attempt(self, player_id: int, session: Session) -> int:
        """Record that a player began a scenario with a fresh session; returns the attempt id."""
        if session.history:
            raise ValueError("start_attempt needs a session with no decision taken yet")
        player = self.player(player_id)
        registration, when = str(uuid.uuid4()), utc_now()
        scenario = session.scenario
        who = Who(player.pseudonym, player.nickname, player.badge, player.station, registration)
        with self._write():
            cursor = self._conn.execute(
                "INSERT INTO attempts (registration, player_id, scenario_id, scenario_version, language, "
                "started, status, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (registration, player_id, scenario.id, scenario.version, session.language, when, PLAYING,
                 json.dumps(session.snapshot(), ensure_ascii=False)))
            outbox.put(self._conn, self._statements.started(who, session, when), when)
        self._nudge()
        return cursor.lastrowid

    def record_decision(self, attempt_id: int, outcome: Outcome, seconds: float, session: Session,
                        vote: Vote | None = None) -> None:
        """Commit the session's latest decision, its snapshot and statement (and a room's vote counts);
        completes the attempt at an ending."""
        history = session.history
        if not history or (history[-1].state, history[-1].choice) != (outcome.state, outcome.choice):
            raise ValueError("the outcome is not the session's latest decision")
        if seconds < 0:
            raise ValueError("seconds cannot be negative")
        number, when = len(history), utc_now()
        with self._write():
            who, row = self._playing(attempt_id, session)
            if number != row["decisions"] + 1:
                raise ValueError(f"attempt {attempt_id} has {row['decisions']} decision(s) recorded, "
                                 f"but the session is at decision {number}")
            self._conn.execute(
                "INSERT INTO decisions (attempt_id, number, state, choice, deltas, seconds, made) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (attempt_id, number, outcome.state, outcome.choice, json.dumps(dict(outcome.deltas)),
                 seconds, when))
            self._conn.execute("UPDATE attempts SET snapshot = ? WHERE id = ?",
                               (json.dumps(session.snapshot(), ensure_ascii=False), attempt_id))
            outbox.put(self._conn, self._statements.decided(who, session, outcome, number, seconds, when), when)
            if vote is not None:
                self._conn.execute("INSERT INTO votes (attempt_id, number, team, counts) VALUES (?, ?, ?, ?)",
                                   (attempt_id, number, vote.team, json.dumps(dict(vote.counts))))
            if session.finished:
                self._complete(attempt_id, who, session, row["seconds"] + seconds, when)
        self._nudge()

    def abandon_attempt(self, attempt_id: int) -> None:
        """Close an unfinished attempt the player chose not to resume."""
        when = utc_now()
        with self._write():
            who, row = self._playing(attempt_id, None)
            self._conn.execute("UPDATE attempts SET status = ?, ended = ? WHERE id = ?",
                               (ABANDONED, when, attempt_id))
            outbox.put(self._conn, self._statements.abandoned(
                who, row["scenario_id"], row["scenario_version"], row["language"], when), when)
        self._nudge()

    def unfinished_attempts(self, player_id: int) -> list[Attempt]:
        """The player's attempts that can be resumed, newest first."""
        return self.attempts(AttemptFilter(player_id=player_id, status=PLAYING), newest_first=True)

    def resume(self, attempt_id: int, scenario: Scenario) -> Session:
        """The session of an unfinished attempt as it was after its last recorded decision."""
        with self._reading():
            row = self._conn.execute("SELECT scenario_id, scenario_version, status, snapshot FROM attempts "
                                     "WHERE id = ?", (attempt_id,)).fetchone()
        if row is None:
            raise ResumeError(f"there is no attempt {attempt_id}")
        scenario_id, version, status, snapshot = row
        if status != PLAYING:
            raise ResumeError(f"attempt {attempt_id} is {status}; only an unfinished attempt can be resumed")
        if (scenario.id, scenario.version) != (scenario_id, version):
            raise ResumeError(f"attempt {attempt_id} was played on '{scenario_id}' version {version}; "
                              f"this is '{scenario.id}' version {scenario.version}, so it cannot be "
                              "continued. Start the scenario again.")
        try:
            return Session.restore(scenario, json.loads(snapshot))
        except SnapshotError as exc:
            raise ResumeError(f"attempt {attempt_id} cannot be continued: {exc}") from None

    # Reading

    def attempt(self, attempt_id: int) -> Attempt:
        """One attempt; RecordsError if there is none with this id."""
        found = self.attempts(AttemptFilter(attempt_id=attempt_id))
        if not found:
            raise RecordsError(f"there is no attempt {attempt_id}")
        return found[0]

    def attempts(self, which: AttemptFilter | None = None, newest_first: bool = False) -> list[Attempt]:
        """The attempts a filter selects (all by default), with scores, oldest first unless `newest_first`."""
        with self._reading():
            return queries.attempts(self._conn, which or AttemptFilter(), newest_first)

    def decisions(self, attempt_id: int) -> list[Decision]:
        """The decisions of one attempt, in the order they were made."""
        with self._reading():
            return queries.decisions(self._conn, attempt_id)

    def decisions_matching(self, which: AttemptFilter) -> list[Decision]:
        """The decisions of every attempt a filter selects (in one query), by attempt and number."""
        with self._reading():
            return queries.decisions_matching(self._conn, which)

    def history(self, player_id: int) -> list[Attempt]:
        """Every attempt of a player, newest first."""
        return self.attempts(AttemptFilter(player_id=player_id), newest_first=True)

    def best_results(self, player_id: int) -> dict[str, float]:
        """The best overall share (0.0 to 1.0) the player reached on each scenario finished."""
        with self._reading():
            rows = self._conn.execute("SELECT scenario_id, max(share) FROM attempts WHERE player_id = ? "
                                      "AND status = ? GROUP BY scenario_id ORDER BY scenario_id",
                                      (player_id, FINISHED))
            return dict(rows.fetchall())

    def select(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple]:
        """Rows of a read-only query, for reports; an SQLite failure becomes a RecordsError."""
        with self._reading():
            yield from self._conn.execute(sql, params)

    # Sending

    def outbox_status(self) -> outbox.OutboxStatus:
        """How many xAPI statements wait, went, or were refused."""
        with self._reading():
            return outbox.status(self._conn)

    def sync(self) -> SyncResult:
        """Send the outbox now to the configured LRS; RecordsError if none is configured."""
        if not self.config.lrs.configured:
            raise RecordsError(f"no LRS is configured (see {self.config.path}); statements wait in the outbox")
        return send_outbox(self._conn, self.path, LrsClient(self.config.lrs))

    def start_background_sync(self, interval: float = 60.0) -> bool:
        """Send from a background thread while the game runs; False (and nothing started) without an LRS."""
        if self._sender is None and self.config.lrs.configured:
            self._sender = BackgroundSender(self.path, self.config.lrs, interval)
            self._sender.start()
        return self._sender is not None

    # Inside

    def _playing(self, attempt_id: int, session: Session | None) -> tuple[Who, dict]:
        row = self._conn.execute(
            "SELECT a.status, a.scenario_id, a.scenario_version, a.language, a.registration, p.pseudonym, "
            "p.nickname, p.badge, p.station, (SELECT count(*) FROM decisions WHERE attempt_id = a.id), "
            "(SELECT coalesce(sum(seconds), 0.0) FROM decisions WHERE attempt_id = a.id) "
            "FROM attempts a JOIN players p ON p.id = a.player_id WHERE a.id = ?", (attempt_id,)).fetchone()
        if row is None:
            raise RecordsError(f"there is no attempt {attempt_id}")
        status, scenario_id, version, language, registration, *person, decisions, seconds = row
        if status != PLAYING:
            raise RecordsError(f"attempt {attempt_id} is {status}; nothing more can be recorded in it")
        if session is not None and (session.scenario.id, session.scenario.version) != (scenario_id, version):
            raise ValueError(f"attempt {attempt_id} is of '{scenario_id}' version {version}, not of this session")
        return Who(*person, registration), {"scenario_id": scenario_id, "scenario_version": version,
                                            "language": language, "decisions": decisions, "seconds": seconds}

    def _complete(self, attempt_id: int, who: Who, session: Session, seconds: float, when: str) -> None:
        score = session.score
        self._conn.execute("UPDATE attempts SET status = ?, ended = ?, ending = ?, earned = ?, best = ?, "
                           "share = ? WHERE id = ?",
                           (FINISHED, when, session.ending, score.earned, score.best, score.share, attempt_id))
        self._conn.executemany(
            "INSERT INTO attempt_scores (attempt_id, competency, earned, best, worst, share) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(attempt_id, p, s.earned, s.best, s.worst, s.share) for p, s in score.principles.items()])
        outbox.put(self._conn, self._statements.completed(who, session, seconds, when), when)

    def _nudge(self) -> None:
        if self._sender is not None:
            self._sender.nudge()

    @contextmanager
    def _write(self) -> Iterator[None]:
        with transaction(self._conn, self.path):
            yield

    @contextmanager
    def _reading(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from exc


def _blank(text: str | None) -> str | None:
    text = text.strip() if text else ""
    return text or None
