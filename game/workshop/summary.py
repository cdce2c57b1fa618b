"""What a workshop report shows, computed from the records: votes per decision, the room's path,
competencies, the teams' points, and the change from pre-test to post-test."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..records.model import Decision, Run, Workshop
from ..scenario import Scenario


@dataclass(frozen=True)
class OptionVotes:
    """One option at a decision: its text, the officers who chose it, whether the room took it."""

    choice: str
    text: str
    votes: int
    taken: bool


@dataclass(frozen=True)
class DecisionVotes:
    """One decision of a run: the situation and the vote distribution."""

    number: int
    state: str
    prompt: str
    team: str | None
    options: tuple[OptionVotes, ...]

    @property
    def total(self) -> int:
        """Officers who voted."""
        return sum(o.votes for o in self.options)


@dataclass(frozen=True)
class RunSummary:
    """A run as the report shows it."""

    kind: str
    scenario_id: str
    title: str
    ending: str | None
    shares: Mapping[str, float]  # competency -> share of the best possible
    overall: float | None
    decisions: tuple[DecisionVotes, ...]


@dataclass(frozen=True)
class Gain:
    """A competency before (pre-test) and after (post-test)."""

    competency: str
    before: float
    after: float

    @property
    def change(self) -> float:
        """After minus before, in shares (0.25 = 25 points of percentage)."""
        return self.after - self.before


@dataclass(frozen=True)
class WorkshopSummary:
    """Everything the report prints."""

    workshop: Workshop
    runs: tuple[RunSummary, ...]
    team_points: Mapping[str, int]
    team_tally: Mapping[str, tuple[int, int]]  # team -> (decisions that scored up, decisions made)
    gains: tuple[Gain, ...]


def summarise(
    workshop: Workshop,
    runs: list[Run],
    decisions: Mapping[int, list[Decision]],
    scenarios: Mapping[str, Scenario],
    language: str = "es",
) -> WorkshopSummary:
    """Build the summary; `decisions` maps attempt id to its decisions, `scenarios` id to scenario."""
    summaries = []
    team_points = {team: 0 for team in workshop.teams}
    tally = {team: [0, 0] for team in workshop.teams}
    for run in runs:
        scenario = scenarios.get(run.attempt.scenario_id)
        made = decisions.get(run.attempt.id, [])
        rows = []
        for decision, vote in zip(made, run.votes, strict=False):
            state = scenario.states.get(decision.state) if scenario else None
            options = tuple(
                OptionVotes(cid, _choice_text(state, cid, language), count, cid == decision.choice)
                for cid, count in vote.counts.items()
            )
            prompt = state.text.get(language) if state else decision.state
            rows.append(DecisionVotes(decision.number, decision.state, prompt, vote.team, options))
            if vote.team in team_points:
                total = sum(decision.deltas.values())
                team_points[vote.team] += total
                tally[vote.team][0] += total > 0
                tally[vote.team][1] += 1
        shares = {p: s.share for p, s in run.attempt.scores.items()}
        title = scenario.title.get(language) if scenario else run.attempt.scenario_id
        summaries.append(
            RunSummary(
                run.kind,
                run.attempt.scenario_id,
                title,
                run.attempt.ending,
                shares,
                run.attempt.share,
                tuple(rows),
            )
        )
    return WorkshopSummary(
        workshop,
        tuple(summaries),
        team_points,
        {team: (good, made) for team, (good, made) in tally.items()},
        _gains(summaries),
    )


def _choice_text(state, choice_id: str, language: str) -> str:
    choice = state.choice(choice_id) if state else None
    return choice.text.get(language) if choice else choice_id


def _gains(runs: list[RunSummary]) -> tuple[Gain, ...]:
    """Pre-test against post-test, on the competencies both scored (finished runs only)."""
    pre = next((r for r in runs if r.kind == "pre" and r.ending), None)
    post = next((r for r in reversed(runs) if r.kind == "post" and r.ending), None)
    if pre is None or post is None:
        return ()
    return tuple(Gain(c, pre.shares[c], post.shares[c]) for c in pre.shares if c in post.shares)
