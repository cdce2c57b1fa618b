"""The debrief's view of a finished path: what was chosen, a better choice where there was one, and why."""

from __future__ import annotations

from dataclasses import dataclass

from .session import Session


@dataclass(frozen=True)
class Review:
    """One decision as the debrief shows it."""

    state: str
    prompt: str
    chosen: str
    chosen_feedback: str
    chosen_total: int
    child_sees: str
    mood: str | None  # the child's mood in this moment, as the player saw it
    better: str | None  # the text of a better choice, when one scored higher here
    better_feedback: str | None


def review(session: Session) -> list[Review]:
    """Every decision taken in the session, with the highest-scoring alternative where it beats the choice."""
    scenario, lang = session.scenario, session.language
    out = []
    for step in session.history:
        state = scenario.states[step.state]
        chosen = state.choice(step.choice)
        if chosen is None:  # a step of this session is a choice of its scenario
            raise ValueError(f"state {step.state!r} has no choice {step.choice!r}")
        total = sum(chosen.score.values())
        best = max(state.choices, key=lambda c: sum(c.score.values()))
        better = best if sum(best.score.values()) > total else None
        mood = state.child.mood if state.child else None  # the face of the moment the choice answered
        out.append(
            Review(
                state=step.state,
                prompt=state.text.get(lang),
                chosen=chosen.text.get(lang),
                chosen_feedback=chosen.feedback.get(lang),
                chosen_total=total,
                child_sees=chosen.child_sees.get(lang),
                mood=mood,
                better=better.text.get(lang) if better else None,
                better_feedback=better.feedback.get(lang) if better else None,
            )
        )
    return out
