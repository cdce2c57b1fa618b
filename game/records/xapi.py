"""xAPI 1.0.3 statements for attempt start, each decision, completion and abandonment.

Identity: the actor is an account whose name is the player's random pseudonym, on the
activity base as home page; with names turned on (xapi.names) the statement also carries the
nickname, and the badge number as a context extension. The statement id is a UUIDv5 of the
attempt's registration and the event, so the same event always has the same id. Statements are built
when they are sent (see outgoing.py), from the records, with the settings in force then.

Activity ids start with the configurable activity base (default `DEFAULT_ACTIVITY_BASE`):
`<base>/scenarios/<scenario id>` and `<base>/scenarios/<scenario id>/states/<state id>`.
Extension keys below `EXTENSIONS` are the project's vocabulary and do not follow the base.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .. import __version__
from ..engine import Score
from .config import XapiSettings

XAPI_VERSION = "1.0.3"
EXTENSIONS = "https://modo-ninez.example/xapi/extensions/"
EXT_SCENARIO_VERSION = EXTENSIONS + "scenario-version"
EXT_STATION = EXTENSIONS + "station"
EXT_BADGE = EXTENSIONS + "badge"
EXT_CHOICE = EXTENSIONS + "choice"
EXT_DELTAS = EXTENSIONS + "competency-deltas"
EXT_SCORES = EXTENSIONS + "competency-scores"
EXT_ENDING = EXTENSIONS + "ending"

# ADL vocabulary (http://adlnet.gov/expapi/verbs/ and the ADL verbs on w3id.org).
ATTEMPTED = ("http://adlnet.gov/expapi/verbs/attempted", "attempted", "inició")
ANSWERED = ("http://adlnet.gov/expapi/verbs/answered", "answered", "respondió")
COMPLETED = ("http://adlnet.gov/expapi/verbs/completed", "completed", "completó")
ABANDONED = ("https://w3id.org/xapi/adl/verbs/abandoned", "abandoned", "abandonó")
SIMULATION = "http://adlnet.gov/expapi/activities/simulation"
INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"


@dataclass(frozen=True)
class Who:
    """The player and attempt a statement is about."""

    pseudonym: str
    nickname: str
    badge: str | None
    station: str | None
    registration: str


@dataclass(frozen=True)
class Played:
    """An attempt as recorded: who played which scenario (and its title) in which language."""

    who: Who
    scenario_id: str
    scenario_version: int
    language: str
    title: Mapping[str, str]  # language -> the scenario's title


class Statements:
    """Builds the statements of one store, with its xAPI settings, from what the records hold."""

    def __init__(self, settings: XapiSettings):
        self.settings = settings
        self.base = settings.activity_base.rstrip("/")

    def started(self, played: Played, when: str) -> dict[str, Any]:
        """An attempt began: verb attempted, object the scenario."""
        return self._statement(
            played, "started", ATTEMPTED, self._scenario(played), when, self._context(played)
        )

    def decided(
        self,
        played: Played,
        number: int,
        state: str,
        choice: str,
        choice_text: str,
        deltas: Mapping[str, int],
        seconds: float,
        when: str,
    ) -> dict[str, Any]:
        """A decision: verb answered, object the decision point, the choice and its score changes."""
        context = self._context(played)
        context["contextActivities"] = {
            "parent": [{"objectType": "Activity", "id": self.scenario_iri(played.scenario_id)}]
        }
        context["extensions"][EXT_CHOICE] = {
            "number": number,
            "state": state,
            "choice": choice,
            "text": choice_text,
        }
        result = {"response": choice, "duration": duration(seconds), "extensions": {EXT_DELTAS: dict(deltas)}}
        return self._statement(
            played, f"decision/{number}", ANSWERED, self._decision_point(played, state), when, context, result
        )

    def completed(
        self, played: Played, ending: str, end_state: str, score: Score, seconds: float, when: str
    ) -> dict[str, Any]:
        """An attempt reached an ending: verb completed, the overall and per-competency scores."""
        result: dict[str, Any] = {
            "completion": True,
            "success": ending == "good",
            "duration": duration(seconds),
            "extensions": {
                EXT_ENDING: {"quality": ending, "state": end_state},
                EXT_SCORES: {
                    p: {"earned": s.earned, "best": s.best, "worst": s.worst, "share": round(s.share, 4)}
                    for p, s in score.principles.items()
                },
            },
        }
        if score.best > 0:
            worst = sum(s.worst for s in score.principles.values())
            result["score"] = {
                "scaled": round(score.share, 4),
                "raw": score.earned,
                "min": min(worst, score.earned),
                "max": max(score.best, score.earned),
            }
        return self._statement(
            played, "completed", COMPLETED, self._scenario(played), when, self._context(played), result
        )

    def abandoned(self, played: Played, when: str) -> dict[str, Any]:
        """The player gave up an unfinished attempt: verb abandoned."""
        target = {"objectType": "Activity", "id": self.scenario_iri(played.scenario_id)}
        return self._statement(
            played, "abandoned", ABANDONED, target, when, self._context(played), {"completion": False}
        )

    def scenario_iri(self, scenario_id: str) -> str:
        """The activity id of a scenario."""
        return f"{self.base}/scenarios/{scenario_id}"

    def _statement(
        self,
        played: Played,
        event: str,
        verb: tuple[str, str, str],
        target: dict[str, Any],
        when: str,
        context: dict[str, Any],
        result: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        statement = {
            "id": statement_id(played.who.registration, event),
            "actor": self._actor(played.who),
            "verb": {"id": verb[0], "display": {"en-US": verb[1], "es": verb[2]}},
            "object": target,
            "context": context,
            "timestamp": when,
        }
        if result is not None:
            statement["result"] = result
        return statement

    def _actor(self, who: Who) -> dict[str, Any]:
        actor: dict[str, Any] = {
            "objectType": "Agent",
            "account": {"homePage": self.base, "name": who.pseudonym},
        }
        if self.settings.names:
            actor["name"] = who.nickname
        return actor

    def _context(self, played: Played) -> dict[str, Any]:
        who = played.who
        extensions: dict[str, Any] = {EXT_SCENARIO_VERSION: played.scenario_version}
        if who.station:
            extensions[EXT_STATION] = who.station
        if self.settings.names and who.badge:
            extensions[EXT_BADGE] = who.badge
        return {
            "registration": who.registration,
            "language": played.language,
            "platform": f"Policía en Modo Niñez {__version__}",
            "extensions": extensions,
        }

    def _scenario(self, played: Played) -> dict[str, Any]:
        return {
            "objectType": "Activity",
            "id": self.scenario_iri(played.scenario_id),
            "definition": {"type": SIMULATION, "name": dict(played.title)},
        }

    def _decision_point(self, played: Played, state_id: str) -> dict[str, Any]:
        return {
            "objectType": "Activity",
            "id": f"{self.scenario_iri(played.scenario_id)}/states/{state_id}",
            "definition": {
                "type": INTERACTION,
                "name": {lang: f"{text}: {state_id}" for lang, text in played.title.items()},
                "interactionType": "choice",
            },
        }


def statement_id(registration: str, event: str) -> str:
    """The id of an attempt's event ("started", "decision/3", "completed", "abandoned"): always the same."""
    return str(uuid.uuid5(uuid.UUID(registration), event))


def duration(seconds: float) -> str:
    """Seconds as an ISO 8601 duration, to the hundredth: 75.5 -> PT1M15.5S."""
    hundredths = max(0, round(seconds * 100))
    hours, rest = divmod(hundredths, 360000)
    minutes, rest = divmod(rest, 6000)
    secs = f"{rest // 100}.{rest % 100:02d}".rstrip("0").rstrip(".")
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + f"{secs}S"
