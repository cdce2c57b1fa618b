"""What a front end reads from the play service: plain, language-resolved, immutable views."""

from __future__ import annotations

from dataclasses import dataclass

from ..engine import Figure, Option

# A moment must stay on screen this long, after its text is fully shown, before a choice counts.
MIN_DWELL_SECONDS = 0.6


@dataclass(frozen=True)
class Comfort:
    """The child's comfort meter: the variable's value and its place in its range (0.0 to 1.0)."""

    value: int
    low: int
    high: int

    @property
    def share(self) -> float:
        """Where the value sits between its bounds, from 0.0 to 1.0."""
        return (self.value - self.low) / max(1, self.high - self.low)


@dataclass(frozen=True)
class Moment:
    """What to show now: who speaks, the text, the child's face as it is in this moment, the
    comfort meter, and the choices (none at an ending).

    Attributes:
        state: the state's id (for trainers' tools; players never see it).
        number: the decision this moment asks for, from 1.
        figure: the child shown, with the mood of this moment.
        comfort: the comfort meter, when the scenario tracks comfort.
        ending: good, mixed or poor at an ending, else None.
    """

    state: str
    number: int
    speaker: str
    speaker_name: str
    text: str
    figure: Figure | None
    background: str
    comfort: Comfort | None
    choices: tuple[Option, ...]
    ending: str | None
    discussion: str | None
    trainer_note: str | None


@dataclass(frozen=True)
class Said:
    """One line of the history: a moment's text (who said it), or the choice the player took."""

    kind: str  # "said" | "chosen"
    who: str  # the speaker's name ("" for the narrator); the officer for a choice
    text: str


@dataclass(frozen=True)
class Feedback:
    """What a decision did, for the feedback screen: why it helped or hurt, score changes, the
    child's view, with the child's face as it is after the choice."""

    choice: str
    choice_text: str
    feedback: str
    child_sees: str
    deltas: dict[str, int]
    figure: Figure | None
    finished: bool
    recorded: bool  # False when the decision could not be saved (the error went to the callback)
