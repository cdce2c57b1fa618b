"""xAPI 1.0.3 statements for attempt start, each decision, completion and abandonment.

Identity: the actor is an account whose name is the player's random pseudonym, on the
activity base as home page; with names turned on (xapi.names) the statement also carries the
nickname, and the badge number as a context extension. The statement id is a UUIDv5 of the
attempt's registration and the event, so the same event always has the same id.

Activity ids start with the configurable activity base (default `DEFAULT_ACTIVITY_BASE`):
`<base>/scenarios/<scenario id>` and `<base>/scenarios/<scenario id>/states/<state id>`.
Extension keys below `EXTENSIONS` are the project's vocabulary and do not follow the base.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from .. import __version__
from ..engine import Outcome, Session
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


class Statements:
    """Builds the statements of one store, with its xAPI settings."""

    def __init__(self, settings: XapiSettings):
        self.settings = settings
        self.base = settings.activity_base.rstrip("/")

    def started(self, who: Who, session: Session, when: str) -> dict[str, Any]:
        """An attempt began: verb attempted, object the scenario."""
        return self._statement(who, "started", ATTEMPTED, self._scenario(session), when,
                               self._context(who, session.scenario.id, session.scenario.version,
                                             session.language))

    def decided(self, who: Who, session: Session, outcome: Outcome, number: int, seconds: float,
                when: str) -> dict[str, Any]:
        """A decision: verb answered, object the decision point, the choice and its score changes."""
        scenario = session.scenario
        context = self._context(who, scenario.id, scenario.version, session.language)
        context["contextActivities"] = {"parent": [{"objectType": "Activity", "id": self.scenario_iri(scenario.id)}]}
        context["extensions"][EXT_CHOICE] = {"number": number, "state": outcome.state,
                                             "choice": outcome.choice, "text": outcome.choice_text}
        result = {"response": outcome.choice, "duration": duration(seconds),
                  "extensions": {EXT_DELTAS: dict(outcome.deltas)}}
        return self._statement(who, f"decision/{number}", ANSWERED,
                               self._decision_point(session, outcome.state), when, context, result)

    def completed(self, who: Who, session: Session, seconds: float, when: str) -> dict[str, Any]:
        """An attempt reached an ending: verb completed, the overall and per-competency scores."""
        scenario, score = session.scenario, session.score
        state = session.state_id
        result: dict[str, Any] = {
            "completion": True,
            "success": session.ending == "good",
            "duration": duration(seconds),
            "extensions": {
                EXT_ENDING: {"quality": session.ending, "state": state},
                EXT_SCORES: {p: {"earned": s.earned, "best": s.best, "worst": s.worst,
                                 "share": round(s.share, 4)} for p, s in score.principles.items()},
            },
        }
        if score.best > 0:
            worst = sum(s.worst for s in score.principles.values())
            result["score"] = {"scaled": round(score.share, 4), "raw": score.earned,
                               "min": min(worst, score.earned), "max": max(score.best, score.earned)}
        return self._statement(who, "completed", COMPLETED, self._scenario(session), when,
                               self._context(who, scenario.id, scenario.version, session.language), result)

    def abandoned(self, who: Who, scenario_id: str, scenario_version: int, language: str,
                  when: str) -> dict[str, Any]:
        """The player gave up an unfinished attempt: verb abandoned."""
        target = {"objectType": "Activity", "id": self.scenario_iri(scenario_id)}
        return self._statement(who, "abandoned", ABANDONED, target, when,
                               self._context(who, scenario_id, scenario_version, language),
                               {"completion": False})

    def scenario_iri(self, scenario_id: str) -> str:
        """The activity id of a scenario."""
        return f"{self.base}/scenarios/{scenario_id}"

    def _statement(self, who: Who, event: str, verb: tuple[str, str, str], target: dict, when: str,
                   context: dict, result: dict | None = None) -> dict[str, Any]:
        statement = {
            "id": str(uuid.uuid5(uuid.UUID(who.registration), event)),
            "actor": self._actor(who),
            "verb": {"id": verb[0], "display": {"en-US": verb[1], "es": verb[2]}},
            "object": target,
            "context": context,
            "timestamp": when,
        }
        if result is not None:
            statement["result"] = result
        return statement

    def _actor(self, who: Who) -> dict[str, Any]:
        actor: dict[str, Any] = {"objectType": "Agent",
                                 "account": {"homePage": self.base, "name": who.pseudonym}}
        if self.settings.names:
            actor["name"] = who.nickname
        return actor

    def _context(self, who: Who, scenario_id: str, version: int, language: str) -> dict[str, Any]:
        extensions: dict[str, Any] = {EXT_SCENARIO_VERSION: version}
        if who.station:
            extensions[EXT_STATION] = who.station
        if self.settings.names and who.badge:
            extensions[EXT_BADGE] = who.badge
        return {"registration": who.registration, "language": language,
                "platform": f"Policía en Modo Niñez {__version__}", "extensions": extensions}

    def _scenario(self, session: Session) -> dict[str, Any]:
        scenario = session.scenario
        return {"objectType": "Activity", "id": self.scenario_iri(scenario.id),
                "definition": {"type": SIMULATION, "name": _languages(scenario.title)}}

    def _decision_point(self, session: Session, state_id: str) -> dict[str, Any]:
        scenario = session.scenario
        return {
            "objectType": "Activity",
            "id": f"{self.scenario_iri(scenario.id)}/states/{state_id}",
            "definition": {
                "type": INTERACTION,
                "name": {lang: f"{text}: {state_id}" for lang, text in _languages(scenario.title).items()},
                "interactionType": "choice",
            },
        }


def duration(seconds: float) -> str:
    """Seconds as an ISO 8601 duration, to the hundredth: 75.5 -> PT1M15.5S."""
    hundredths = max(0, round(seconds * 100))
    hours, rest = divmod(hundredths, 360000)
    minutes, rest = divmod(rest, 6000)
    secs = f"{rest // 100}.{rest % 100:02d}".rstrip("0").rstrip(".")
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + f"{secs}S"


def _languages(text) -> dict[str, str]:
    return {"es": text.es, **({"en": text.en} if text.en else {})}
