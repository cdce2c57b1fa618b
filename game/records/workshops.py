"""Workshops in the records: the room, its runs (pre-test, scenarios, post-test) and its votes."""

from __future__ import annotations

import json

from ..engine import Session
from .api import Store
from .errors import RecordsError
from .model import Run, Vote, Workshop
from .queries import AttemptFilter
from .store import utc_now

KINDS = ("pre", "main", "post")


class Workshops:
    """Workshop records kept in a Store's file."""

    def __init__(self, store: Store):
        self.store = store

    def create(self, name: str, place: str | None, participants: int, teams: list[str],
               hide_scores: bool, language: str = "es") -> Workshop:
        """A new workshop; the room becomes a player (nickname "Taller: <name>") for its runs."""
        name = name.strip()
        if not name:
            raise ValueError("a workshop needs a name")
        if participants < 0:
            raise ValueError("participants cannot be negative")
        teams = [t.strip() for t in teams if t.strip()]
        if teams and not 2 <= len(teams) <= 6:
            raise ValueError("use two to six teams, or none")
        room = self.store.create_player(f"Taller: {name}", station=place, language=language)
        with self.store._write():
            cursor = self.store._conn.execute(
                "INSERT INTO workshops (name, place, held, participants, teams, hide_scores, player_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (name, (place or "").strip() or None, utc_now(), participants, json.dumps(teams, ensure_ascii=False),
                 int(hide_scores), room.id))
        return self.get(cursor.lastrowid)

    def get(self, workshop_id: int) -> Workshop:
        """One workshop; RecordsError if there is none with this id."""
        found = self._select("WHERE id = ?", (workshop_id,))
        if not found:
            raise RecordsError(f"there is no workshop {workshop_id}")
        return found[0]

    def all(self) -> list[Workshop]:
        """Every workshop, oldest first."""
        return self._select("", ())

    def start_run(self, workshop: Workshop, session: Session, kind: str = "main") -> int:
        """Begin a scenario for the room (an attempt of the room's player); returns the attempt id."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        attempt_id = self.store.start_attempt(workshop.player_id, session)
        with self.store._write():
            self.store._conn.execute("INSERT INTO workshop_runs (attempt_id, workshop_id, kind) VALUES (?, ?, ?)",
                                     (attempt_id, workshop.id, kind))
        return attempt_id

    def runs(self, workshop: Workshop) -> list[Run]:
        """The workshop's runs in the order they were played, with their votes."""
        kinds = dict(self.store._conn.execute(
            "SELECT attempt_id, kind FROM workshop_runs WHERE workshop_id = ?", (workshop.id,)).fetchall())
        out = []
        for attempt in self.store.attempts(AttemptFilter(player_id=workshop.player_id)):
            if attempt.id in kinds:
                rows = self.store._conn.execute(
                    "SELECT team, counts FROM votes WHERE attempt_id = ? ORDER BY number", (attempt.id,))
                votes = tuple(Vote(json.loads(counts), team) for team, counts in rows)
                out.append(Run(kinds[attempt.id], attempt, votes))
        return out

    def _select(self, where: str, params: tuple) -> list[Workshop]:
        from .queries import _time
        rows = self.store._conn.execute(
            "SELECT id, name, place, held, participants, teams, hide_scores, player_id FROM workshops "
            f"{where} ORDER BY id", params).fetchall()
        return [Workshop(r[0], r[1], r[2], _time(r[3]), r[4], tuple(json.loads(r[5])), bool(r[6]), r[7])
                for r in rows]
