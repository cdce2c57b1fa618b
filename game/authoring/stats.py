"""What officers chose in one scenario, from the records: choices per decision, competencies lost,
endings reached. Counted over every recorded attempt of the scenario (finished or not) since a date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from ..records import Attempt, AttemptFilter, Decision, Store
from ..records.model import ABANDONED, FINISHED, PLAYING
from ..scenario import Scenario

STATS_FORMAT = "modo-ninez/stats"
STATS_VERSION = 1
BAR = 20  # characters of a full bar in the text report


@dataclass(frozen=True)
class ChoiceCount:
    """How often one choice was taken in its state; `known` is False for a choice of an older version.

    `share` is None when nothing tells whether the choice was ever offered: nobody decided in its
    state, or it has a `when` condition and was never taken (it may never have been shown).
    """

    choice: str
    count: int
    share: float | None  # of the decisions made in the state
    known: bool = True

    @property
    def shown(self) -> str:
        """The share as printed: "40%", or "—" when unknown."""
        return "—" if self.share is None else f"{self.share:.0%}"


@dataclass(frozen=True)
class StateCounts:
    """The decisions made in one decision state, by choice (every choice of the scenario, taken or not)."""

    state: str
    total: int
    choices: tuple[ChoiceCount, ...]


@dataclass(frozen=True)
class Loss:
    """A competency lowered: the sum of the negative score changes, and how many decisions lowered it."""

    competency: str
    points: int  # negative
    decisions: int


@dataclass(frozen=True)
class EndingCount:
    """Finished attempts that reached an ending state (None when an old version's path is unknown)."""

    state: str | None
    quality: str
    count: int


@dataclass(frozen=True)
class Stats:
    """Everything `stats` reports about one scenario."""

    scenario_id: str
    since: datetime | None
    attempts: int
    by_status: dict[str, int]
    versions: tuple[int, ...]
    decisions: int
    states: tuple[StateCounts, ...]
    losses: tuple[Loss, ...]  # most lost first
    endings: tuple[EndingCount, ...]


def collect(store: Store, scenario: Scenario, since: datetime | None = None) -> Stats:
    """Read the scenario's attempts and decisions from the records and count them."""
    which = AttemptFilter(scenario=scenario.id, since=since)
    return count(scenario, store.attempts(which), store.decisions_matching(which), since)


def count(
    scenario: Scenario, attempts: list[Attempt], decisions: Iterable[Decision], since: datetime | None = None
) -> Stats:
    """Count what was chosen; `decisions` are those of `attempts`, in order."""
    decisions = list(decisions)
    per_state: dict[str, Counter] = {}
    lost: Counter[str] = Counter()
    lowered: Counter[str] = Counter()
    last: dict[int, Decision] = {}
    for decision in decisions:
        per_state.setdefault(decision.state, Counter())[decision.choice] += 1
        for competency, delta in decision.deltas.items():
            if delta < 0:
                lost[competency] += delta
                lowered[competency] += 1
        last[decision.attempt_id] = decision
    order = [sid for sid, st in scenario.states.items() if st.choices]
    order += sorted(set(per_state) - set(order))
    states = tuple(_state_counts(scenario, sid, per_state.get(sid, Counter())) for sid in order)
    losses = tuple(
        Loss(c, points, lowered[c])
        for c, points in sorted(lost.items(), key=lambda kv: (kv[1], -lowered[kv[0]], kv[0]))
    )
    status = Counter(a.status for a in attempts)
    return Stats(
        scenario.id,
        since,
        len(attempts),
        {s: status.get(s, 0) for s in (FINISHED, PLAYING, ABANDONED)},
        tuple(sorted({a.scenario_version for a in attempts})),
        len(decisions),
        states,
        losses,
        _endings(scenario, attempts, last),
    )


def _state_counts(scenario: Scenario, state_id: str, taken: Counter) -> StateCounts:
    total = sum(taken.values())
    state = scenario.states.get(state_id)
    ids = [c.id for c in state.choices] if state else []
    ids += sorted(set(taken) - set(ids))
    known = {c.id for c in state.choices} if state else set()
    conditional = {c.id for c in state.choices if c.when} if state else set()

    def share(cid: str) -> float | None:
        if not total or (cid in conditional and not taken[cid]):
            return None
        return taken[cid] / total

    return StateCounts(
        state_id, total, tuple(ChoiceCount(cid, taken[cid], share(cid), cid in known) for cid in ids)
    )


def _endings(
    scenario: Scenario, attempts: list[Attempt], last: dict[int, Decision]
) -> tuple[EndingCount, ...]:
    reached: Counter[tuple[str | None, str]] = Counter()
    for attempt in attempts:
        if attempt.status != FINISHED or attempt.ending is None:
            continue
        reached[(_ending_state(scenario, last.get(attempt.id)), attempt.ending)] += 1
    listed: list[tuple[str | None, str]] = [
        (sid, st.ending) for sid, st in scenario.states.items() if st.ending
    ]
    listed += sorted(set(reached) - set(listed), key=lambda key: (key[0] is None, key[0] or "", key[1]))
    return tuple(EndingCount(sid, quality, reached[(sid, quality)]) for sid, quality in listed)


def _ending_state(scenario: Scenario, decision: Decision | None) -> str | None:
    """The ending an attempt's last decision led to, if this version of the scenario knows that choice."""
    if decision is None:
        return None
    state = scenario.states.get(decision.state)
    choice = state.choice(decision.choice) if state else None
    if choice is None or not scenario.states[choice.to].ending:
        return None
    return choice.to


def as_json(stats: Stats, scenario: Scenario, language: str = "es") -> dict:
    """A JSON-safe document of the statistics, with the scenario's texts in `language`."""

    def choice_text(state_id: str, choice_id: str) -> str | None:
        state = scenario.states.get(state_id)
        choice = state.choice(choice_id) if state else None
        return choice.text.get(language) if choice else None

    def state_text(state_id: str | None) -> str | None:
        state = scenario.states.get(state_id) if state_id else None
        return state.text.get(language) if state else None

    return {
        "format": STATS_FORMAT,
        "version": STATS_VERSION,
        "scenario": stats.scenario_id,
        "scenario_version": scenario.version,
        "title": scenario.title.get(language),
        "since": stats.since.isoformat() if stats.since else None,
        "attempts": {"total": stats.attempts, **stats.by_status},
        "versions": list(stats.versions),
        "decisions": stats.decisions,
        "states": [
            {
                "state": st.state,
                "text": state_text(st.state),
                "decisions": st.total,
                "choices": [
                    {
                        "choice": c.choice,
                        "text": choice_text(st.state, c.choice),
                        "count": c.count,
                        "share": None if c.share is None else round(c.share, 4),
                        "in_this_version": c.known,
                    }
                    for c in st.choices
                ],
            }
            for st in stats.states
        ],
        "competencies_lost": [
            {"competency": loss.competency, "points": loss.points, "decisions": loss.decisions}
            for loss in stats.losses
        ],
        "endings": [
            {"state": e.state, "quality": e.quality, "text": state_text(e.state), "count": e.count}
            for e in stats.endings
        ],
    }


def _same(text: str) -> str:
    return text


N_ = _same  # marks a word for the catalogue; translated where it is printed
WORDS = {
    "finished": N_("finished"),
    "playing": N_("playing"),
    "abandoned": N_("abandoned"),
    "good": N_("good"),
    "mixed": N_("mixed"),
    "poor": N_("poor"),
}


def as_text(
    stats: Stats,
    scenario: Scenario,
    names: dict[str, str],
    language: str = "es",
    _: Callable[[str], str] = _same,
) -> str:
    """A plain-text report; `names` maps competency ids to their names, `_` translates its words."""
    title = scenario.title.get(language)
    status = ", ".join(f"{n} {_(WORDS[s])}" for s, n in stats.by_status.items() if n)
    lines = [
        _('What officers chose in {id}, "{title}" (version {version})').format(
            id=scenario.id, title=title, version=scenario.version
        ),
        _("Attempts: {attempts}").format(attempts=stats.attempts)
        + (f" ({status})" if status else "")
        + "; "
        + _("decisions: {decisions}").format(decisions=stats.decisions)
        + ("; " + _("since {date}").format(date=f"{stats.since:%Y-%m-%d %H:%M}") if stats.since else ""),
    ]
    if not stats.attempts:
        lines.append(
            _(
                "Nobody has played this scenario with these records yet. Every play is recorded on the PC "
                "where it is played (in the records folder, or the one --data-dir names); choose that "
                "folder, or gather the CSV of several PCs with `report`."
            )
        )
    if stats.versions and stats.versions != (scenario.version,):
        lines.append(
            _("Recorded on version(s) {versions}").format(versions=", ".join(map(str, stats.versions)))
        )
    width = max([len(c.choice) for st in stats.states for c in st.choices] + [6])
    lines += [
        "",
        _("Choices, by decision state") + "  (" + _("— : never offered, or no decision here yet") + ")",
    ]
    for st in stats.states:
        lines.append(f"  {st.state} (" + _("{count} decision(s)").format(count=st.total) + ")")
        state = scenario.states.get(st.state)
        for c in st.choices:
            choice = state.choice(c.choice) if state else None
            text = _short(choice.text.get(language)) if choice else _("(not in this version)")
            bar = "#" * round((c.share or 0) * BAR)
            lines.append(f"    {c.choice:<{width}} {c.count:>5} {c.shown:>5}  {bar:<{BAR}}  {text}")
    lines += ["", _("Competencies most often lost (sum of negative score changes)")]
    lines += [
        f"  {names.get(loss.competency, loss.competency) + f' ({loss.competency})':<44} {loss.points:>5} "
        + _("in {count} decision(s)").format(count=loss.decisions)
        for loss in stats.losses
    ]
    if not stats.losses:
        lines.append("  " + _("(none)"))
    lines += ["", _("Endings reached (finished attempts)")]
    named = [(e.state or _("(an older version)"), e) for e in stats.endings]
    width = max([len(name) for name, _e in named] + [6])
    lines += [f"  {name:<{width}} {_(WORDS.get(e.quality, e.quality)):<6} {e.count:>5}" for name, e in named]
    return "\n".join(lines) + "\n"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
