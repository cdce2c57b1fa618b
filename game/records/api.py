"""The records API the game, the trainer tools and the workshop mode call.

    store = Store.open()                          # or Store.open(data_dir), in a with-block
    player = store.create_player("Rosa", badge="12345", station="Comisaría Yarinacocha")
    attempt = store.start_attempt(player.id, session)
    outcome = session.choose(1)
    store.record_decision(attempt, outcome, seconds=8.5, session=session)   # committed now
    ...
    for unfinished in store.unfinished_attempts(player.id):
        session = store.resume(unfinished.id, scenario)

Every call that records something is one transaction: all of it is on disk when the call returns, or
none of it is. A decision is one appended row (and a note that its xAPI statement waits); the decision
that reaches an ending also completes the attempt (ending and scores) in that transaction. Statements
are built when they are sent, so nothing but that note is kept for them.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from ..engine import Outcome, Session
from ..scenario import Scenario
from . import datadir, outbox, queries
from .config import Config, load_config
from .errors import ConfigError, RecordsError, ResumeError
from .model import ABANDONED, FINISHED, PLAYING, Attempt, Decision, Player, Vote
from .opening import open_database
from .outgoing import build
from .queries import AttemptFilter
from .sender import BackgroundSender
from .store import explain, stamp, transaction, utc_now
from .sync import LrsClient, SyncResult, send_outbox
from .xapi import Statements

LANGUAGES = ("es", "en")
Writer = Callable[[str, Sequence[Any]], int]


class Store:
    """The records of this PC: players, attempts, decisions and the xAPI outbox, in one SQLite file."""

    def __init__(self, conn: sqlite3.Connection, path: Path, config: Config, notices: list[str]):
        """Use Store.open."""
        self._conn, self.path, self.config = conn, path, config
        self.notices = notices  # things to tell the user once (a damaged file moved aside, a bad setting)
        self._statements = Statements(config.xapi)
        self._sender: BackgroundSender | None = None
        self._writing = False

    @classmethod
    def open(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        config: Config | None = None,
        create: bool = True,
        check: bool = False,
    ) -> Store:
        """Open the records in `data_dir` (default: --data-dir / MODO_NINEZ_DATA_DIR / the user's data
        folder).

        Without `config`, the settings file is read; a broken one is reported in `notices` and the
        defaults are used, so play is never stopped by a settings mistake. `create` False: only existing
        records, left as they are if damaged, and readable in a read-only folder (reports). `check`: the
        whole file is checked (otherwise only after an unclean shutdown).
        """
        notices = []
        if config is None:
            try:
                config = load_config()
            except ConfigError as exc:
                notices.append(f"{exc} The default settings are used; nothing is sent to an LRS.")
                config = Config(datadir.config_path(), False)
        path = datadir.database_path(data_dir)
        conn, opened = open_database(path, create, check)
        return cls(conn, path, config, opened + notices)

    def close(self) -> None:
        """Stop background sending and close the file."""
        if self._sender is not None:
            self._sender.stop()
            self._sender = None
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Players

    def create_player(
        self, nickname: str, badge: str | None = None, station: str | None = None, language: str = "es"
    ) -> Player:
        """Add a player; only a nickname is needed. The pseudonym is made here, at random."""
        nickname = nickname.strip()
        if not nickname:
            raise ValueError("a player needs a nickname")
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
        with self.write() as write:
            player_id = write(
                "INSERT INTO players (pseudonym, nickname, badge, station, language, created) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (str(uuid.uuid4()), nickname, _blank(badge), _blank(station), language, utc_now()),
            )
        return self.player(player_id)

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

    def start_attempt(self, player_id: int, session: Session, source: str | None = None) -> int:
        """Record that a player began a scenario with a fresh session; returns the attempt id.

        `source` says where the scenario came from: "bundled" or the file's path."""
        if session.history:
            raise ValueError("start_attempt needs a session with no decision taken yet")
        self.player(player_id)
        scenario = session.scenario
        with self.write() as write:
            attempt = write(
                "INSERT INTO attempts (registration, player_id, "
                "scenario_id, scenario_version, language, started, "
                "status, start_state, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    str(uuid.uuid4()),
                    player_id,
                    scenario.id,
                    scenario.version,
                    session.language,
                    utc_now(),
                    PLAYING,
                    session.start if session.start != scenario.start else None,
                    source,
                ),
            )
            for language, text in (("es", scenario.title.es), ("en", scenario.title.en)):
                if text:
                    write(
                        "INSERT OR IGNORE INTO texts VALUES (?, ?, '', ?, ?)",
                        (scenario.id, scenario.version, language, text),
                    )
            outbox.put(self._conn, attempt, outbox.STARTED)
        self._nudge()
        return attempt

    def record_decision(
        self, attempt_id: int, outcome: Outcome, seconds: float, session: Session, vote: Vote | None = None
    ) -> None:
        """Append the session's latest decision, with the seconds it took (and a room's vote counts);
        completes the attempt at an ending. The cost is the same at any point of a path."""
        history = session.history
        if not history or (history[-1].state, history[-1].choice) != (outcome.state, outcome.choice):
            raise ValueError("the outcome is not the session's latest decision")
        if seconds < 0:
            raise ValueError("seconds cannot be negative")
        now = datetime.now(UTC)
        number, when = len(history), stamp(now)
        scenario = session.scenario
        with self.write() as write:
            recorded = self._playing(attempt_id, session)
            if number != recorded + 1:
                raise ValueError(
                    f"attempt {attempt_id} has {recorded} decision(s) recorded, "
                    f"but the session is at decision {number}"
                )
            write(
                "INSERT INTO decisions (attempt_id, number, state, choice, deltas, seconds, made) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    attempt_id,
                    number,
                    outcome.state,
                    outcome.choice,
                    json.dumps(dict(outcome.deltas), separators=(",", ":")),
                    seconds,
                    round(now.timestamp() * 1000),
                ),
            )
            write(
                "INSERT OR IGNORE INTO texts VALUES (?, ?, ?, ?, ?)",
                (scenario.id, scenario.version, outcome.choice, session.language, outcome.choice_text),
            )
            outbox.put(self._conn, attempt_id, number)
            if vote is not None:
                write(
                    "INSERT INTO votes (attempt_id, number, team, counts) VALUES (?, ?, ?, ?)",
                    (attempt_id, number, vote.team, json.dumps(dict(vote.counts))),
                )
                write("DELETE FROM vote_drafts WHERE attempt_id = ?", (attempt_id,))
            if session.finished:
                self._complete(attempt_id, session, when)
        self._nudge()

    def abandon_attempt(self, attempt_id: int) -> None:
        """Close an unfinished attempt the player chose not to resume."""
        with self.write() as write:
            self._playing(attempt_id, None)
            write(
                "UPDATE attempts SET status = ?, ended = ? WHERE id = ?", (ABANDONED, utc_now(), attempt_id)
            )
            outbox.put(self._conn, attempt_id, outbox.ABANDONED)
        self._nudge()

    def unfinished_attempts(self, player_id: int) -> list[Attempt]:
        """The player's attempts that can be resumed, newest first."""
        return self.attempts(AttemptFilter(player_id=player_id, status=PLAYING), newest_first=True)

    def resume(self, attempt_id: int, scenario: Scenario) -> Session:
        """The session of an unfinished attempt as it was after its last recorded decision (replayed)."""
        with self._reading():
            row = self._conn.execute(
                "SELECT scenario_id, scenario_version, status, language, start_state "
                "FROM attempts WHERE id = ?",
                (attempt_id,),
            ).fetchone()
            steps = self._conn.execute(
                "SELECT state, choice FROM decisions WHERE attempt_id = ? ORDER BY number", (attempt_id,)
            ).fetchall()
        if row is None:
            raise ResumeError(f"there is no attempt {attempt_id}")
        scenario_id, version, status, language, start = row
        if status != PLAYING:
            raise ResumeError(f"attempt {attempt_id} is {status}; only an unfinished attempt can be resumed")
        if (scenario.id, scenario.version) != (scenario_id, version):
            raise ResumeError(
                f"attempt {attempt_id} was played on '{scenario_id}' version {version}; "
                f"this is '{scenario.id}' version {scenario.version}, so it cannot be "
                "continued. Start the scenario again."
            )
        if start is not None and start not in scenario.states:
            raise ResumeError(
                f"attempt {attempt_id} cannot be continued: it began at '{start}', which this "
                "scenario does not have"
            )
        session, replayed = Session.follow(scenario, steps, language, start)
        if replayed != len(steps):
            state, choice = steps[replayed]
            raise ResumeError(
                f"attempt {attempt_id} cannot be continued: its decision {replayed + 1} "
                f"('{choice}' in '{state}') does not fit this scenario"
            )
        return session

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
            rows = self._conn.execute(
                "SELECT scenario_id, max(share) FROM attempts WHERE player_id = ? "
                "AND status = ? GROUP BY scenario_id ORDER BY scenario_id",
                (player_id, FINISHED),
            )
            return dict(rows.fetchall())

    def select(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        """Rows of a read-only query, for reports; an SQLite failure becomes a RecordsError."""
        with self._reading():
            yield from self._conn.execute(sql, params)

    # Sending

    def outbox_status(self) -> outbox.OutboxStatus:
        """How many xAPI statements wait, went, or were refused."""
        with self._reading():
            return outbox.status(self._conn)

    def pending_statements(self, limit: int = 1000) -> list[dict[str, Any]]:
        """The statements the next sync would send (refused ones aside), oldest first, built now."""
        with self._reading():
            return [
                json.loads(item.body)
                for item in build(self._conn, self._statements, outbox.waiting(self._conn, limit))
            ]

    def sync(self, retry_refused: bool = False) -> SyncResult:
        """Send the outbox now to the configured LRS (refused statements too, with `retry_refused`);
        RecordsError if none is configured."""
        if not self.config.lrs.configured:
            raise RecordsError(
                f"no LRS is configured (see {self.config.path}); statements wait in the outbox"
            )
        if retry_refused:
            with self.write():
                outbox.retry_refused(self._conn)
        return send_outbox(self._conn, self.path, LrsClient(self.config.lrs), self._statements)

    def start_background_sync(self, interval: float = 60.0) -> bool:
        """Send from a background thread while the game runs; False (and nothing started) without an LRS."""
        if self._sender is None and self.config.lrs.configured:
            self._sender = BackgroundSender(self.path, self.config, interval)
            self._sender.start()
        return self._sender is not None

    # Inside

    def _playing(self, attempt_id: int, session: Session | None) -> int:
        """Checks the attempt can take more; returns how many decisions it has (one index look-up)."""
        row = self._conn.execute(
            "SELECT status, scenario_id, scenario_version, "
            "(SELECT coalesce(max(number), 0) FROM decisions WHERE attempt_id = a.id) "
            "FROM attempts a WHERE a.id = ?",
            (attempt_id,),
        ).fetchone()
        if row is None:
            raise RecordsError(f"there is no attempt {attempt_id}")
        status, scenario_id, version, decisions = row
        assert isinstance(decisions, int)  # coalesce(max(number), 0)
        if status != PLAYING:
            raise RecordsError(f"attempt {attempt_id} is {status}; nothing more can be recorded in it")
        if session is not None and (session.scenario.id, session.scenario.version) != (scenario_id, version):
            raise ValueError(
                f"attempt {attempt_id} is of '{scenario_id}' version {version}, not of this session"
            )
        return decisions

    def _complete(self, attempt_id: int, session: Session, when: str) -> None:
        score = session.score
        self._conn.execute(
            "UPDATE attempts SET status = ?, ended = ?, ending = ?, end_state = ?, earned = ?, "
            "best = ?, share = ? WHERE id = ?",
            (
                FINISHED,
                when,
                session.ending,
                session.state_id,
                score.earned,
                score.best,
                score.share,
                attempt_id,
            ),
        )
        self._conn.executemany(
            "INSERT INTO attempt_scores (attempt_id, competency, earned, best, worst, share) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(attempt_id, p, s.earned, s.best, s.worst, s.share) for p, s in score.principles.items()],
        )
        outbox.put(self._conn, attempt_id, outbox.COMPLETED)

    def _nudge(self) -> None:
        if self._sender is not None:
            self._sender.nudge()

    @contextmanager
    def write(self) -> Iterator[Writer]:
        """One transaction for several writes (nested calls join the outer one); yields `execute`,
        which runs a statement and returns the new row's id."""

        def execute(sql: str, params: Sequence[Any] = ()) -> int:
            return self._conn.execute(sql, params).lastrowid or 0

        if self._writing:
            yield execute
            return
        self._writing = True
        try:
            with transaction(self._conn, self.path):
                yield execute
        finally:
            self._writing = False

    @contextmanager
    def _reading(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from exc


def _blank(text: str | None) -> str | None:
    text = text.strip() if text else ""
    return text or None
