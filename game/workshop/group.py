"""A scenario played by a room: the facilitator enters how many officers chose each option, the
most-chosen option is taken, and with teams each decision belongs to the team whose turn it is.
A run is an attempt of the play service; its votes (and those entered but not yet revealed) are in
the records, so a workshop stopped by a power cut resumes at the same moment."""

from __future__ import annotations

from collections.abc import Mapping

from ..play import Attempt, Feedback, PlayService
from ..records.model import Vote, Workshop
from ..records.workshops import Workshops


class Tie(ValueError):
    """Two or more options have the most votes: the room talks it over and votes again."""

    def __init__(self, options: list[int]):
        self.options = options
        super().__init__(f"options {', '.join(map(str, options))} are tied")


class GroupRun:
    """The room's path through one scenario, with the vote counts and each team's points."""

    def __init__(
        self, attempt: Attempt, teams: tuple[str, ...] = (), votes: tuple[Vote, ...] = (), kind: str = "main"
    ):
        self.attempt = attempt
        self.teams = teams
        self.kind = kind  # pre | main | post: a pre- or post-test reveals nothing
        self.counts: list[dict[str, int]] = [
            dict(v.counts) for v in votes
        ]  # per decision, choice -> officers
        self.deciders: list[str | None] = [v.team for v in votes]  # per decision, whose turn

    @property
    def session(self):
        """The engine's session of the run (for drawing)."""
        return self.attempt.session

    @property
    def team(self) -> str | None:
        """The team whose turn it is now (teams take turns decision by decision), or None."""
        return self.teams[len(self.counts) % len(self.teams)] if self.teams else None

    def winner(self, votes: Mapping[int, int]) -> int:
        """The option number with the most votes; raises Tie, or ValueError when nobody voted."""
        if not votes or max(votes.values()) <= 0:
            raise ValueError("enter at least one vote")
        top = max(votes.values())
        leaders = sorted(n for n, v in votes.items() if v == top)
        if len(leaders) > 1:
            raise Tie(leaders)
        return leaders[0]

    def decide(self, votes: Mapping[int, int], seconds: float) -> tuple[Feedback, dict[str, int], str | None]:
        """Take the room's choice from votes keyed by option number, recorded with the votes; returns the
        feedback, the counts by choice id and the deciding team."""
        options = {o.number: o.id for o in self.attempt.moment.choices}
        unknown = set(votes) - set(options)
        if unknown:
            raise ValueError(f"no option {', '.join(map(str, sorted(unknown)))} here")
        if any(v < 0 for v in votes.values()):
            raise ValueError("votes cannot be negative")
        number = self.winner(votes)
        team = self.team
        counts = {options[n]: votes.get(n, 0) for n in options}
        feedback = self.attempt.choose(options[number], seconds, Vote(counts, team))
        self.counts.append(counts)
        self.deciders.append(team)
        return feedback, counts, team

    def team_points(self) -> dict[str, dict[str, int]]:
        """Per team, the competency points of the decisions it made."""
        points: dict[str, dict[str, int]] = {t: {} for t in self.teams}
        for step, team in zip(self.session.history, self.deciders, strict=False):
            if team is None:
                continue
            for principle, delta in step.deltas.items():
                points[team][principle] = points[team].get(principle, 0) + delta
        return points


def start_run(
    service: PlayService, workshop: Workshop, scenario_id: str, kind: str, language: str
) -> GroupRun:
    """Begin a scenario for the room; teams take turns in the main scenarios only."""
    attempt = service.start(scenario_id, language, room=(workshop, kind))
    return GroupRun(attempt, workshop.teams if kind == "main" else (), kind=kind)


def resume_run(service: PlayService, attempt_id: int, language: str) -> tuple[Workshop, GroupRun] | None:
    """A run left unfinished (the game was closed or the power went), with its votes; None if the attempt
    is not a workshop's run."""
    assert service.store is not None
    found = Workshops(service.store).run_of(attempt_id)
    if found is None:
        return None
    workshop, kind, votes = found
    attempt = service.resume(attempt_id, language)
    return workshop, GroupRun(attempt, workshop.teams if kind == "main" else (), votes, kind)
