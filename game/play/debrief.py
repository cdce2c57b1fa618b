"""What a finished (or stopped) attempt comes to, computed once: the debrief screen, the reports and the
workshop's scoreboard all read these numbers."""

from __future__ import annotations

from dataclasses import dataclass

from ..engine import Session
from ..engine.review import Review, review

# An attempt's verdict follows its overall share, so a label never contradicts the figure beside it.
GOOD_SHARE, MIXED_SHARE = 0.7, 0.4


@dataclass(frozen=True)
class Competency:
    """One competency's result: points against the best possible; `share` None = not assessed here."""

    id: str
    earned: int
    best: int
    share: float | None

    @property
    def assessed(self) -> bool:
        """False when this scenario gives no points for the competency ("no evaluada")."""
        return self.share is not None


@dataclass(frozen=True)
class Debrief:
    """The debrief of an attempt.

    Attributes:
        ending: the quality of the ending the story reached (good, mixed, poor), None if unfinished.
        verdict: good, mixed or poor from the overall share; the label every front end shows.
        share: overall points as a share of the best possible (0.0 to 1.0).
        competencies: one per competency of the catalogue, in its order, assessed or not.
        reviews: every decision, with a better choice where there was one, and why.
        legal_basis: the texts a trainer cites for why these choices matter.
    """

    scenario_id: str
    title: str
    ending: str | None
    ending_text: str
    verdict: str
    earned: int
    best: int
    share: float
    competencies: tuple[Competency, ...]
    reviews: tuple[Review, ...]
    legal_basis: tuple[str, ...]


def verdict(share: float) -> str:
    """good, mixed or poor for an overall share."""
    return "good" if share >= GOOD_SHARE else "mixed" if share >= MIXED_SHARE else "poor"


def build_debrief(session: Session, competencies: list[str]) -> Debrief:
    """The debrief of a session in its language; `competencies` lists every competency id to show."""
    score, scenario, lang = session.score, session.scenario, session.language
    rows = []
    for cid in competencies:
        result = score.principles.get(cid)
        assessed = result is not None and result.best > 0
        rows.append(
            Competency(
                cid,
                result.earned if result else 0,
                result.best if result else 0,
                result.share if assessed and result else None,
            )
        )
    trainer = scenario.trainer
    basis = tuple(t.get(lang) for t in getattr(trainer, "legal_basis", ()) or ())
    return Debrief(
        scenario.id,
        scenario.title.get(lang),
        session.ending,
        session.node.text,
        verdict(score.share),
        score.earned,
        score.best,
        score.share,
        tuple(rows),
        tuple(review(session)),
        basis,
    )
