"""The scenario format as a strict pydantic model: the single source of the JSON Schema.

Only the validator uses this module; the engine plays the frozen dataclasses of `model.py`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .messages import _

SAFE_ID_PATTERN = r"^[a-z][a-z0-9_]*(-[a-z0-9_]+)*$"
SafeId = Annotated[str, StringConstraints(pattern=SAFE_ID_PATTERN, max_length=64)]
# What a text box can draw: no control characters but line break and tab (C0, DEL, C1, lone surrogates,
# line and paragraph separators), at most MAX_LINE_BREAKS line breaks, no word longer than MAX_WORD.
MAX_TEXT = 2000
MAX_LINE_BREAKS = 12
MAX_WORD = 100
_UNDRAWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")


def drawable(text: str) -> str:
    """The text itself when the game can draw it; raises ValueError saying what to change otherwise."""
    bad = _UNDRAWABLE.search(text)
    if bad:
        before = _UNDRAWABLE.sub("", text[max(0, bad.start() - 30) : bad.start()])
        raise ValueError(
            _(
                "control character U+{code:04X}{where}: remove it (a text may hold line breaks and tabs, "
                "no other control characters)"
            ).format(
                code=ord(bad.group()),
                where=_(' after "{before}"').format(before=before) if before else _(" at the start"),
            )
        )
    if text.count("\n") > MAX_LINE_BREAKS:
        raise ValueError(
            _(
                "{count} line breaks in one text, at most {limit}: a text box cannot show more; "
                "shorten it or split it across states"
            ).format(count=text.count("\n"), limit=MAX_LINE_BREAKS)
        )
    word = _LONG_WORD.search(text)
    if word:
        raise ValueError(
            _(
                'a word of {count} characters without spaces ("{start}…"), at most {limit}: a text box '
                "cannot wrap it"
            ).format(count=len(word.group()), start=word.group()[:30], limit=MAX_WORD)
        )
    return text


Line = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT), AfterValidator(drawable)]
Delta = Annotated[int, Field(ge=-3, le=3)]
Mood = Literal["calm", "scared", "sad", "withdrawn", "relieved", "tense"]
Language = Literal["es", "en"]
SourceHash = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{6}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, defer_build=True)


class Text(_Strict):
    """A line in each language: Spanish always, English where translated.

    `en_from` is written by `python -m game translations` (never by hand): the `source_hash` of the
    Spanish the English was translated from, so a later change to the Spanish shows as stale.
    """

    es: Line
    en: Line | None = None
    en_from: SourceHash | None = Field(
        default=None,
        description="Written by `python -m game translations`: a short hash of the Spanish this English "
        "was translated from. When the Spanish changes, `validate` warns that the English is stale.",
    )


def source_hash(spanish: str) -> str:
    """Six hex digits naming a Spanish text; spacing and Unicode composition do not change it."""
    canonical = " ".join(unicodedata.normalize("NFC", spanish).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:6]


class Character(_Strict):
    """Someone in the scene. `portrait` names a portrait in assets/manifest.yaml."""

    name: Line
    age: Annotated[int, Field(ge=0, le=110)] | None = None
    portrait: SafeId
    role: Literal["child", "adult", "officer"] = "child"


class Presence(_Strict):
    """Whose portrait is shown in a state, and with which mood."""

    who: SafeId
    mood: Mood = "calm"


class Variable(_Strict):
    """A number the scenario tracks (`comfort` is shown to the player as the child's comfort)."""

    start: int
    min: int = 0
    max: int = 100

    @model_validator(mode="after")
    def _ordered(self) -> Variable:
        if not self.min <= self.start <= self.max:
            raise ValueError(
                _("start {start} must lie between min {min} and max {max}").format(
                    start=self.start, min=self.min, max=self.max
                )
            )
        return self


class Condition(_Strict):
    """A test on one variable; every bound given must hold."""

    at_least: int | None = None
    at_most: int | None = None
    equals: int | None = None

    @model_validator(mode="after")
    def _some_bound(self) -> Condition:
        if self.at_least is None and self.at_most is None and self.equals is None:
            raise ValueError(_("give at least one of at_least, at_most, equals"))
        return self


class Choice(_Strict):
    """Something the officer may say or do, where it leads, and what it teaches."""

    id: SafeId
    text: Text
    to: SafeId
    score: dict[SafeId, Delta] = Field(default_factory=dict)
    feedback: Text
    child_sees: Text
    when: dict[SafeId, Condition] = Field(default_factory=dict)
    set: dict[SafeId, int] = Field(default_factory=dict)
    add: dict[SafeId, int] = Field(default_factory=dict)


class RouteStep(_Strict):
    """One way out of a route state: taken when `when` holds; the last step has no `when` (the default)."""

    when: dict[SafeId, Condition] | None = None
    to: SafeId


ROUTE_EXCLUDES = ("speaker", "text", "child", "choices", "ending", "discussion", "trainer_note")


class State(_Strict):
    """A moment of the scenario: a decision (with choices), an ending (with `ending`), or a route state
    (with `route`: passed through at once, to the first step whose `when` holds)."""

    model_config = ConfigDict(
        strict=True,
        extra="forbid",
        frozen=True,
        defer_build=True,
        json_schema_extra={"anyOf": [{"required": ["text"]}, {"required": ["route"]}]},
    )

    speaker: SafeId = "narrator"
    text: Text | None = None  # required unless the state has `route`
    child: Presence | None = None
    background: SafeId | None = None
    choices: list[Choice] = Field(default_factory=list)
    ending: Literal["good", "mixed", "poor"] | None = None
    discussion: Text | None = None  # a question for the room; facilitator mode shows it
    trainer_note: Text | None = None  # for the facilitator's eyes: what to draw out here
    route: list[RouteStep] | None = Field(default=None, min_length=1)


class TrainerNotes(_Strict):
    """What a facilitator reads before a workshop."""

    premise: Text
    goals: list[Text] = Field(default_factory=list)
    key_points: list[Text] = Field(default_factory=list)
    legal_basis: list[Text] = Field(
        default_factory=list,
        description=(
            "The rules the scenario teaches, each with its law, regulation or protocol number where verified."
        ),
    )


class Scenario(_Strict):
    """One scenario file."""

    model_config = ConfigDict(
        strict=True,
        extra="forbid",
        frozen=True,
        defer_build=True,
        title="Modo Niñez scenario",
    )

    id: SafeId
    version: Annotated[int, Field(ge=1)]
    languages: list[Language] = Field(min_length=1)
    title: Text
    summary: Text
    age_group: Literal["early", "school", "adolescent"]
    duration_minutes: Annotated[int, Field(ge=1, le=180)]
    principles: list[SafeId] = Field(min_length=1)
    characters: dict[SafeId, Character]
    variables: dict[SafeId, Variable] = Field(default_factory=dict)
    background: SafeId
    start: SafeId
    states: dict[SafeId, State] = Field(min_length=1)
    trainer: TrainerNotes | None = None


class Principle(_Strict):
    """One competency of the scoring rubric."""

    name: Text
    description: Text
    scores_up: Text
    scores_down: Text
    source: Line


class Rubric(_Strict):
    """principles.yaml: the competencies every scenario is scored against."""

    principles: dict[SafeId, Principle] = Field(min_length=1)
    sources: list[Line] = Field(default_factory=list)


class AssetManifest(_Strict):
    """assets/manifest.yaml: the portraits and backgrounds scenarios may name."""

    portraits: dict[SafeId, Line]
    backgrounds: dict[SafeId, Line]
