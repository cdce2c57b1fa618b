"""A scenario played by a room: the facilitator enters how many officers chose each option, the
most-chosen option is taken, and with teams each decision belongs to the team whose turn it is."""

from __future__ import annotations

from collections.abc import Mapping

from ..engine import Outcome, Session


class Tie(ValueError):
    """Two or more options have the most votes: the room talks it over and votes again."""

    def __init__(self, options: list[int]):
        self.options = options
        super().__init__(f"options {', '.join(map(str, options))} are tied")


class GroupRun:
    """The room's path through one scenario, with the vote counts and each team's points."""

    def __init__(self, session: Session, teams: tuple[str, ...] = ()):
        self.session = session
        self.teams = teams
        self.counts: list[dict[str, int]] = []   # per decision, choice id -> officers
        self.deciders: list[str | None] = []     # per decision, the team whose turn it was

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

    def decide(self, votes: Mapping[int, int]) -> tuple[Outcome, dict[str, int], str | None]:
        """Take the room's choice from votes keyed by option number; returns the outcome, the counts by
        choice id and the deciding team."""
        options = {o.number: o.id for o in self.session.choices}
        unknown = set(votes) - set(options)
        if unknown:
            raise ValueError(f"no option {', '.join(map(str, sorted(unknown)))} here")
        if any(v < 0 for v in votes.values()):
            raise ValueError("votes cannot be negative")
        number = self.winner(votes)
        team = self.team
        outcome = self.session.choose(options[number])
        counts = {options[n]: votes.get(n, 0) for n in options}
        self.counts.append(counts)
        self.deciders.append(team)
        return outcome, counts, team

    def team_points(self) -> dict[str, dict[str, int]]:
        """Per team, the competency points of the decisions it made."""
        points = {t: {} for t in self.teams}
        for step, team in zip(self.session.history, self.deciders):
            if team is None:
                continue
            for principle, delta in step.deltas.items():
                points[team][principle] = points[team].get(principle, 0) + delta
        return points
