"""A Session plays one scenario: the small surface every front end (window, text, tests) drives.

The state lives in a private transitions.Machine. States and transitions are added to it as play
reaches them, so starting a Session costs the same for a 10-state and a 10,000-state scenario.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from transitions import Machine

from ..scenario.model import NARRATOR, OFFICER, Choice, Scenario, State
from .views import Figure, Node, Option, Outcome, PrincipleScore, Score, Step

SNAPSHOT_FORMAT = "modo-ninez/session"
SNAPSHOT_VERSION = 1
LANGUAGES = ("es", "en")


class ChoiceNotAvailable(ValueError):
    """The choice asked for is not offered in the current state; nothing changed."""


class SnapshotError(ValueError):
    """A snapshot cannot be restored onto this scenario."""


class _Model:
    """The object the machine moves between states; nothing else of ours touches it.

    Both attributes are set by the machine (annotated only: a value here would stop it binding them).
    """

    state: str  # the current state's id (model_attribute="state")
    trigger: Callable[[str], bool]  # fire a transition by name; False when no transition of it holds


class Session:
    """One playthrough of a scenario, in one language."""

    def __init__(
        self,
        scenario: Scenario,
        language: str = "es",
        start: str | None = None,
        preset: Mapping[str, int] | None = None,
    ):
        """A fresh session at the scenario's start (or at `start`, for authors trying one part), its
        variables at their start values unless `preset` gives some (clamped to their bounds)."""
        start = start or scenario.start
        if start not in scenario.states:
            raise ValueError(f"there is no state {start!r} in scenario {scenario.id!r}")
        unknown = set(preset or {}) - set(scenario.variables)
        if unknown:
            raise ValueError(f"scenario {scenario.id!r} declares no variable {', '.join(sorted(unknown))}")
        self._scenario = scenario
        self._start = start
        self.language = language
        self._preset = {
            k: max(scenario.variables[k].min, min(scenario.variables[k].max, int(v)))
            for k, v in (preset or {}).items()
        }
        self._values = {**scenario.initial_values(), **self._preset}
        self._earned = {p: 0 for p in scenario.principles}
        self._history: list[Step] = []
        self._model = _Model()
        self._machine = Machine(
            model=self._model, states=[start], initial=start, auto_transitions=False, model_attribute="state"
        )
        self._wired: set[str] = set()
        self._backgrounds: dict[str, str] = {}  # state -> the background in effect there along this path
        self._arrive(scenario.background)

    @property
    def language(self) -> str:
        """The language texts are shown in ("es" or "en")."""
        return self._language

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}; use one of {', '.join(LANGUAGES)}")
        self._language = value

    @property
    def scenario(self) -> Scenario:
        """The scenario being played."""
        return self._scenario

    @property
    def state_id(self) -> str:
        """The id of the current state."""
        return self._model.state

    @property
    def node(self) -> Node:
        """The current moment, in the session's language."""
        return self.view(self.state_id)

    @property
    def choices(self) -> list[Option]:
        """The choices offered now (conditions applied), numbered from 1."""
        return [Option(i, c.id, c.text.get(self._language)) for i, c in enumerate(self._available(), start=1)]

    @property
    def finished(self) -> bool:
        """True once an ending is reached."""
        return self._state().ending is not None

    @property
    def ending(self) -> str | None:
        """The ending's quality (good, mixed, poor) once finished, else None."""
        return self._state().ending

    @property
    def variables(self) -> Mapping[str, int]:
        """The scenario's variables now (such as comfort)."""
        return MappingProxyType(dict(self._values))

    @property
    def history(self) -> tuple[Step, ...]:
        """The decisions taken so far, in order."""
        return tuple(self._history)

    @property
    def score(self) -> Score:
        """Points per principle against the best and worst possible."""
        bounds = self._scenario.analysis.bounds if self._scenario.analysis else {}
        return Score(
            MappingProxyType(
                {
                    p: PrincipleScore(
                        self._earned[p],
                        bounds[p].best if p in bounds else 0,
                        bounds[p].worst if p in bounds else 0,
                    )
                    for p in self._scenario.principles
                }
            )
        )

    def choose(self, choice: str | int) -> Outcome:
        """Take a choice by id or by its number; raises
        ChoiceNotAvailable and changes nothing if not offered."""
        picked = self._resolve(choice)
        source = self.state_id
        deltas = MappingProxyType(dict(picked.score))
        if not self._model.trigger(_trigger(picked.id)):
            raise ChoiceNotAvailable(f"choice '{picked.id}' is not available in '{source}'")
        for principle, delta in picked.score.items():
            self._earned[principle] += delta
        self._history.append(Step(source, picked.id, deltas))
        self._arrive(self._backgrounds[source])
        lang = self._language
        return Outcome(
            source,
            picked.id,
            picked.text.get(lang),
            picked.feedback.get(lang),
            picked.child_sees.get(lang),
            deltas,
            self.node,
            self.finished,
        )

    def view(self, state_id: str) -> Node:
        """Any state of the scenario as a Node in the session's language (for replays and maps); the
        background is the one in effect there along this session's path (a state not on it shows its own
        or the scenario's)."""
        state = self._scenario.states[state_id]
        background = self._backgrounds.get(state_id) or state.background or self._scenario.background
        figure = None
        if state.child:
            person = self._scenario.characters[state.child.who]
            figure = Figure(person.id, person.name, person.portrait, state.child.mood)
        lang = self._language
        return Node(
            state.id,
            state.speaker,
            self._speaker_name(state.speaker),
            state.text.get(lang),
            figure,
            background,
            state.ending,
            state.discussion.get(lang) if state.discussion else None,
            state.trainer_note.get(lang) if state.trainer_note else None,
        )

    def snapshot(self) -> dict[str, Any]:
        """The session as plain JSON-safe data, versioned, to save and restore later."""
        return {
            "format": SNAPSHOT_FORMAT,
            "version": SNAPSHOT_VERSION,
            "scenario": self._scenario.id,
            "scenario_version": self._scenario.version,
            "language": self._language,
            "start": self._start,
            "preset": dict(self._preset),
            "state": self.state_id,
            "path": [[step.state, step.choice] for step in self._history],
            "variables": dict(self._values),
        }

    @classmethod
    def restore(cls, scenario: Scenario, snapshot: Mapping[str, Any]) -> Session:
        """Rebuild a session by replaying a snapshot's path; raises SnapshotError if it does not fit."""
        if not isinstance(snapshot, Mapping) or snapshot.get("format") != SNAPSHOT_FORMAT:
            raise SnapshotError("not a Modo Niñez session snapshot")
        if snapshot.get("version") != SNAPSHOT_VERSION:
            raise SnapshotError(f"snapshot version {snapshot.get('version')!r} is not supported")
        if snapshot.get("scenario") != scenario.id:
            raise SnapshotError(f"snapshot is of scenario {snapshot.get('scenario')!r}, not {scenario.id!r}")
        try:
            session = cls(
                scenario, snapshot.get("language", "es"), snapshot.get("start"), snapshot.get("preset")
            )
            for state_id, choice_id in snapshot["path"]:
                if session.state_id != state_id:
                    raise SnapshotError(
                        f"snapshot expects state {state_id!r}, the scenario is at {session.state_id!r}"
                    )
                session.choose(choice_id)
        except (ChoiceNotAvailable, KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, SnapshotError):
                raise
            raise SnapshotError(f"snapshot does not fit this scenario: {exc}") from exc
        if session.state_id != snapshot.get("state") or dict(session._values) != snapshot.get("variables"):
            raise SnapshotError("snapshot's state or variables differ from its replayed path")
        return session

    @classmethod
    def follow(
        cls, scenario: Scenario, steps: list[tuple[str, str]], language: str = "es", start: str | None = None
    ) -> tuple[Session, int]:
        """A session that replays as much of a path as still fits the scenario (after an author edited
        it); returns the session and how many steps were replayed."""
        session = cls(scenario, language, start if start in scenario.states else None)
        for done, (state_id, choice_id) in enumerate(steps):
            if session.state_id != state_id or choice_id not in {c.id for c in session._available()}:
                return session, done
            session.choose(choice_id)
        return session, len(steps)

    @property
    def start(self) -> str:
        """The state this session began in."""
        return self._start

    @property
    def preset(self) -> Mapping[str, int]:
        """The variables set by hand when the session began (authors previewing a branch)."""
        return MappingProxyType(self._preset)

    def _state(self) -> State:
        return self._scenario.states[self.state_id]

    def _available(self) -> list[Choice]:
        return [c for c in self._state().choices if c.available(self._values)]

    def _resolve(self, choice: str | int) -> Choice:
        offered = self._available()
        if isinstance(choice, int) and not isinstance(choice, bool):
            if 1 <= choice <= len(offered):
                return offered[choice - 1]
            raise ChoiceNotAvailable(
                f"choice number {choice} is not offered; choose 1 to {len(offered)}"
                if offered
                else "the scenario has ended; no choice is offered"
            )
        found = next((c for c in offered if c.id == choice), None)
        if found is None:
            ids = ", ".join(c.id for c in offered) or "none (the scenario has ended)"
            raise ChoiceNotAvailable(
                f"choice {choice!r} is not available in '{self.state_id}'; available: {ids}"
            )
        return found

    def _arrive(self, background: str) -> None:
        """Play has just entered the current state: note its background, pass through route states."""
        while True:
            state = self._state()
            background = self._backgrounds[state.id] = state.background or background
            self._wire(state.id)
            if not state.route:
                return
            if not any(self._model.trigger(_route_trigger(i)) for i in range(len(state.route))):
                # cannot happen in a validated scenario: a route's last step has no `when`
                raise ChoiceNotAvailable(f"no route step of '{state.id}' holds")

    def _wire(self, state_id: str) -> None:
        """Teach the machine the transitions out of a state, the first time play reaches it."""
        if state_id in self._wired:
            return
        self._wired.add(state_id)
        state = self._scenario.states[state_id]
        known = self._machine.states  # a mapping: each target looked up, never the set of every state seen
        new = {target for target in state.targets if target not in known}
        if new:
            self._machine.add_states(sorted(new))
        for index, step in enumerate(state.route):
            self._machine.add_transition(
                _route_trigger(index),
                source=state_id,
                dest=step.to,
                conditions=[lambda r=step: r.available(self._values)],
            )
        for choice in state.choices:
            self._machine.add_transition(
                _trigger(choice.id),
                source=state_id,
                dest=choice.to,
                conditions=[lambda c=choice: c.available(self._values)],
                after=[lambda c=choice: self._apply(c)],
            )

    def _apply(self, choice: Choice) -> None:
        self._values = self._scenario.apply(choice, self._values)

    def _speaker_name(self, speaker: str) -> str:
        if speaker == NARRATOR:
            return ""
        if speaker == OFFICER:
            return {"es": "Tú", "en": "You"}[self._language]
        return self._scenario.characters[speaker].name


def _trigger(choice_id: str) -> str:
    return f"choose__{choice_id}"


def _route_trigger(index: int) -> str:
    return f"route__{index}"
