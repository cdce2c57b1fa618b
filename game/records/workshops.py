"""Workshops in the records: the room, its runs (pre-test, scenarios, post-test) and its votes."""

from __future__ import annotations

import json
from typing import Any

from .api import Store
from .errors import RecordsError
from .model import Decision, Run, Vote, Workshop
from .queries import AttemptFilter, stored_time
from .store import utc_now

KINDS = ("pre", "main", "post")


class Workshops:
    """Workshop records kept in a Store's file."""

    def __init__(self, store: Store):
        self.store = store

    def create(
        self,
        name: str,
        place: str | None,
        participants: int,
        teams: list[str],
        hide_scores: bool,
        language: str = "es",
    ) -> Workshop:
        """A new workshop; the room becomes a player (nickname "Taller: <name>") for its runs."""
        name = name.strip()
        if not name:
            raise ValueError("a workshop needs a name")
        if participants < 0:
            raise ValueError("participants cannot be negative")
        teams = [t.strip() for t in teams if t.strip()]
        if teams and not 2 <= len(teams) <= 6:
            raise ValueError("use two to six teams, or none")
        with self.store.write() as write:  # the room and its workshop, or neither
            room = self.store.create_player(f"Taller: {name}", station=place, language=language)
            workshop_id = write(
                "INSERT INTO workshops (name, place, held, participants, teams, hide_scores, player_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    name,
                    (place or "").strip() or None,
                    utc_now(),
                    participants,
                    json.dumps(teams, ensure_ascii=False),
                    int(hide_scores),
                    room.id,
                ),
            )
        return self.get(workshop_id)

    def get(self, workshop_id: int) -> Workshop:
        """One workshop; RecordsError if there is none with this id."""
        found = self._select("WHERE id = ?", (workshop_id,))
        if not found:
            raise RecordsError(f"there is no workshop {workshop_id}")
        return found[0]

    def all(self) -> list[Workshop]:
        """Every workshop, oldest first."""
        return self._select("", ())

    def add_run(self, workshop: Workshop, attempt_id: int, kind: str = "main") -> None:
        """Make an attempt of the room's player one of the workshop's runs (a pre-test, main or post-test)."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        with self.store.write() as write:
            write(
                "INSERT INTO workshop_runs (attempt_id, workshop_id, kind) VALUES (?, ?, ?)",
                (attempt_id, workshop.id, kind),
            )

    def run_of(self, attempt_id: int) -> tuple[Workshop, str, tuple[Vote, ...]] | None:
        """The workshop an attempt is a run of, its kind and the votes recorded so far; None if not a run."""
        found = list(
            self.store.select(
                "SELECT workshop_id, kind FROM workshop_runs WHERE attempt_id = ?", (attempt_id,)
            )
        )
        if not found:
            return None
        rows = self.store.select(
            "SELECT team, counts FROM votes WHERE attempt_id = ? ORDER BY number", (attempt_id,)
        )
        return (
            self.get(found[0][0]),
            found[0][1],
            tuple(Vote(json.loads(counts), team) for team, counts in rows),
        )

    def save_draft(self, attempt_id: int, number: int, counts: dict[str, int]) -> None:
        """Keep the votes entered so far at a decision, so a restart finds them (replaced on each call)."""
        with self.store.write() as write:
            write(
                "INSERT OR REPLACE INTO vote_drafts (attempt_id, number, counts) VALUES (?, ?, ?)",
                (attempt_id, number, json.dumps(counts)),
            )

    def draft(self, attempt_id: int, number: int) -> dict[str, int]:
        """The votes entered at this decision and not yet revealed ({} if none)."""
        found = list(
            self.store.select(
                "SELECT counts FROM vote_drafts WHERE attempt_id = ? AND number = ?", (attempt_id, number)
            )
        )
        return json.loads(found[0][0]) if found else {}

    def runs(self, workshop: Workshop) -> list[Run]:
        """The workshop's runs in the order they were played, with their votes (three queries in all)."""
        kinds = dict(
            self.store.select(
                "SELECT attempt_id, kind FROM workshop_runs WHERE workshop_id = ?", (workshop.id,)
            )
        )
        votes: dict[int, list[Vote]] = {}
        for attempt_id, team, counts in self.store.select(
            "SELECT v.attempt_id, v.team, v.counts "
            "FROM workshop_runs r JOIN votes v ON v.attempt_id = r.attempt_id "
            "WHERE r.workshop_id = ? ORDER BY v.attempt_id, v.number",
            (workshop.id,),
        ):
            votes.setdefault(attempt_id, []).append(Vote(json.loads(counts), team))
        return [
            Run(kinds[a.id], a, tuple(votes.get(a.id, ())))
            for a in self.store.attempts(AttemptFilter(player_id=workshop.player_id))
            if a.id in kinds
        ]

    def decisions(self, workshop: Workshop) -> dict[int, list[Decision]]:
        """The decisions of every run, by attempt id (one query)."""
        found: dict[int, list[Decision]] = {}
        for decision in self.store.decisions_matching(AttemptFilter(player_id=workshop.player_id)):
            found.setdefault(decision.attempt_id, []).append(decision)
        return found

    def _select(self, where: str, params: tuple[Any, ...]) -> list[Workshop]:
        rows = self.store.select(
            "SELECT id, name, place, held, participants, teams, hide_scores, player_id FROM workshops "
            f"{where} ORDER BY id",
            params,
        )
        return [
            Workshop(r[0], r[1], r[2], stored_time(r[3]), r[4], tuple(json.loads(r[5])), bool(r[6]), r[7])
            for r in rows
        ]
