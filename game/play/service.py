"""The play service: the one way front ends play (the window, the terminal, the workshop, the web).

    service = PlayService(library, store, catalog, on_error=show)
    attempt = service.start("sala-de-espera", "es", player_id)     # or service.resume(attempt_id, "es")
    while not attempt.finished:
        moment = attempt.moment                                    # text, speaker, face, comfort, choices
        feedback = attempt.choose(moment.choices[0].id, seconds=7.5)
    debrief = attempt.debrief()

Like ink's runtime, the surface is small: start or resume, the moment, choose, and the results. Every
decision is recorded as it is taken, so an attempt can be picked up from the records by its id alone
(a web front end keeps nothing in memory between requests). Records problems go to the `on_error`
callback the front end passes in; without one they are raised.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from .. import paths
from ..engine import Session
from ..records import Store
from ..records.errors import RecordsError, ResumeError
from ..records.model import Attempt as AttemptRecord
from ..records.model import Vote, Workshop
from ..records.workshops import Workshops
from ..scenario import Catalog, Report, Scenario
from .debrief import Debrief, build_debrief
from .views import Comfort, Feedback, Moment, Said

BUNDLED = "bundled"
GUEST = "Invitado"  # the player whose attempts these are when nobody chose a profile
COMFORT = "comfort"

ErrorHandler = Callable[[Exception], None]


class PlayService:
    """Starts and resumes attempts on the scenarios of a library, recording them in a store.

    Args:
        library: the validated scenario files that can be played (invalid ones are skipped).
        store: the records; None when they are unavailable (play goes on, nothing is saved).
        catalog: the competencies, for the debrief.
        on_error: called with a records problem (full disk, locked file); None raises it.
    """

    def __init__(
        self,
        library: Iterable[Report],
        store: Store | None,
        catalog: Catalog,
        on_error: ErrorHandler | None = None,
    ):
        self._reports = {r.scenario.id: r for r in library if r.scenario}
        self.store = store
        self.catalog = catalog
        self.on_error = on_error

    @property
    def scenarios(self) -> list[Scenario]:
        """The scenarios that can be played."""
        return [r.scenario for r in self._reports.values() if r.scenario]

    def scenario(self, scenario_id: str) -> Scenario | None:
        """A scenario of the library by id, or None."""
        report = self._reports.get(scenario_id)
        return report.scenario if report else None

    def source(self, scenario_id: str) -> str:
        """Where a scenario comes from: "bundled", or its file's path."""
        path = Path(self._reports[scenario_id].path).resolve()
        return BUNDLED if path.parent == paths.scenarios_dir().resolve() else str(path)

    def start(
        self,
        scenario_id: str,
        language: str,
        player_id: int | None = None,
        *,
        start_at: str | None = None,
        preset: Mapping[str, int] | None = None,
        record: bool = True,
        room: tuple[Workshop, str] | None = None,
    ) -> Attempt:
        """Begin a scenario; the attempt is recorded (as the guest when no player is given) unless `record`
        is False. `room` = (workshop, "pre" | "main" | "post") makes it a workshop's run.

        Raises KeyError for a scenario not in the library and ValueError for a bad `start_at` or `preset`.
        """
        session = Session(self._reports[scenario_id].scenario, language, start_at, preset)  # type: ignore[arg-type]
        attempt_id = None
        if record and self.store is not None:
            store = self.store
            who = room[0].player_id if room else player_id

            def begin() -> int:
                attempt = store.start_attempt(
                    who if who is not None else self._guest(), session, self.source(scenario_id)
                )
                if room:
                    Workshops(store).add_run(room[0], attempt, room[1])
                return attempt

            attempt_id = self.guard(begin)
        return Attempt(self, session, attempt_id)

    def resume(self, attempt_id: int, language: str) -> Attempt:
        """An unfinished attempt as it was after its last recorded decision; ResumeError if it cannot be."""
        if self.store is None:
            raise ResumeError("the records are unavailable")
        record = self.store.attempt(attempt_id)
        scenario = self.scenario(record.scenario_id)
        if scenario is None:
            raise ResumeError(f"scenario {record.scenario_id!r} is not available")
        session = self.store.resume(attempt_id, scenario)
        session.language = language
        return Attempt(self, session, attempt_id)

    def resumable(self, player_id: int) -> list[AttemptRecord]:
        """The player's unfinished attempts worth resuming (at least one decision), newest first."""
        if self.store is None:
            return []
        found = self.guard(self.store.unfinished_attempts, player_id) or []
        return [a for a in found if a.decisions > 0 and a.scenario_id in self._reports]

    def discard(self, attempt_id: int) -> None:
        """Close an unfinished attempt the player chose not to resume."""
        if self.store is not None:
            self.guard(self.store.abandon_attempt, attempt_id)

    def guard(self, action: Callable[..., Any], *args: Any) -> Any:
        """Call the records; a failure goes to `on_error` (None is returned), or is raised without one."""
        try:
            return action(*args)
        except (RecordsError, OSError) as exc:
            if self.on_error is None:
                raise
            self.on_error(exc)
            return None

    def _guest(self) -> int:
        assert self.store is not None
        found = next((p for p in self.store.players() if p.nickname == GUEST), None)
        return found.id if found else self.store.create_player(GUEST).id


class Attempt:
    """One play of one scenario: what to show now, the choice taken, and what it came to.

    Attributes:
        id: the attempt's id in the records, None when it is not recorded.
    """

    def __init__(self, service: PlayService, session: Session, attempt_id: int | None):
        self._service, self._session, self.id = service, session, attempt_id

    @property
    def language(self) -> str:
        """The language texts are given in."""
        return self._session.language

    @language.setter
    def language(self, value: str) -> None:
        self._session.language = value

    @property
    def scenario(self) -> Scenario:
        """The scenario played."""
        return self._session.scenario

    @property
    def session(self) -> Session:
        """The engine's session, for drawing helpers that read a scenario's graph (maps, replays)."""
        return self._session

    @property
    def finished(self) -> bool:
        """True once an ending is reached."""
        return self._session.finished

    @property
    def moment(self) -> Moment:
        """What to show now."""
        node, session = self._session.node, self._session
        variable = session.scenario.variables.get(COMFORT)
        comfort = Comfort(session.variables[COMFORT], variable.min, variable.max) if variable else None
        return Moment(
            node.id,
            len(session.history) + 1,
            node.speaker,
            node.speaker_name,
            node.text,
            node.figure,
            node.background,
            comfort,
            tuple(session.choices),
            node.ending,
            node.discussion,
            node.trainer_note,
        )

    def choose(self, choice_id: str, seconds: float, vote: Vote | None = None) -> Feedback:
        """Take a choice offered now (ChoiceNotAvailable otherwise, nothing changed) after `seconds` of
        reading, and record it; a room's `vote` is kept with it."""
        outcome = self._session.choose(choice_id)
        recorded, store, attempt_id = False, self._service.store, self.id
        if attempt_id is not None and store is not None:

            def record() -> bool:
                store.record_decision(attempt_id, outcome, max(0.0, seconds), self._session, vote)
                return True

            recorded = bool(self._service.guard(record))
        return Feedback(
            outcome.choice,
            outcome.choice_text,
            outcome.feedback,
            outcome.child_sees,
            dict(outcome.deltas),
            outcome.node.figure,
            outcome.finished,
            recorded,
        )

    def abandon(self) -> None:
        """Stop here for good (the records keep it as abandoned)."""
        if self.id is not None and not self.finished:
            self._service.discard(self.id)

    def debrief(self) -> Debrief:
        """What the attempt comes to, in its language."""
        return build_debrief(self._session, list(self._service.catalog.principles))

    def history(self) -> list[Said]:
        """What was said and chosen so far, oldest first, ending with the moment shown now."""
        session, out = self._session, []
        for step in session.history:
            node = session.view(step.state)
            out.append(Said("said", node.speaker_name, node.text))
            choice = session.scenario.states[step.state].choice(step.choice)
            if choice is not None:
                out.append(Said("chosen", _you(self.language), choice.text.get(self.language)))
        node = session.node
        out.append(Said("said", node.speaker_name, node.text))
        return out

    def path(self) -> list[str]:
        """The states visited so far, in order (for the player's map)."""
        return [step.state for step in self._session.history] + [self._session.state_id]

    def snapshot(self) -> dict[str, Any]:
        """The attempt's session as plain JSON-safe data."""
        return self._session.snapshot()


def _you(language: str) -> str:
    return {"es": "Tú", "en": "You"}[language]
