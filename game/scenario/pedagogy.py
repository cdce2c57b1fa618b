"""The guide's teaching rules, checked on a scenario that loaded. The rules and their thresholds live
here once; docs/authoring.md ("Las reglas que revisa validate") states the same, with an example.

All are warnings (`validate --strict` makes them fail), except an ending that `when` conditions make
unreachable, which is an error. Definitions:
- a decision is a state with 2 or more choices; its best choice has the highest sum of `score` deltas
  (ties: the first listed); its longest choice has the most characters in the Spanish `text` (ties: the
  first);
- the ending is decided by the last choice alone at a decision where two choices lead straight to endings
  of different qualities and no choice goes through a route state (when one does, the ending it reaches
  depends on the whole path; the others are decisive acts).
"""

from __future__ import annotations

from dataclasses import replace

from .analysis import Exploration, reachable
from .messages import N_, _
from .model import ENDING_QUALITIES, Analysis, Scenario, State
from .problems import ERROR, WARNING, DataPath
from .yamlsource import Document

MIN_DECISIONS = 6  # on every path from the start to an ending
WORST_SHARE = 0.40  # the worst path earns at most this share of the best path's total
LONGEST_SHARE = 0.5  # warn when the best choice is the longest in more than this share of decisions
RULE = "pedagogy"
MAX_NAMED = 10  # decisions named in one message; the rest are counted

MESSAGES = {
    "unreachable_ending": N_(
        "ending '{id}' can never be reached: the 'when' conditions on the way to it never "
        "hold together; change them, or remove the ending"
    ),
    "quality": N_(
        "no path reaches a '{quality}' ending: give the scenario a good, a mixed and a poor ending, "
        "each reachable"
    ),
    "longest": N_(
        "the best choice is also the longest in {count} of {total} decisions ({share:.0%}): {ids}; an "
        "officer can score well by picking the longest answer. Write the best choice shorter, or a "
        "wrong choice longer, in some of them"
    ),
    "position": N_(
        "the best choice is always choice {n} (in all {total} decisions); move it to other places in "
        "some decisions"
    ),
    "best_path": N_(
        "no single path earns the full score on every competency: the best path earns {best} of "
        "{total} points (each competency's best: {detail}); make the choices that earn each "
        "competency's best lie on one path"
    ),
    "worst_path": N_(
        "the worst path still earns {worst} of the best path's {best} points ({share:.0%}, at most "
        "{limit:.0%}): give the tempting wrong choices negative scores"
    ),
    "decisions": N_(
        "a path reaches ending '{ending}' after only {count} decisions (at least {minimum}): {path}; "
        "add decisions on that path"
    ),
    "last_choice": N_(
        "the ending is decided by the last choice alone in '{id}' ({detail}): a path careful until "
        "here and careless now gets the same ending as one careless throughout. Send these choices "
        "to a route state that picks the ending from what the whole path earned (see 'route:' in "
        "the guide)"
    ),
    "only_down": N_("competency '{id}' can only go down: give some choice a positive '{id}' score"),
    "only_up": N_("competency '{id}' can only go up: give a tempting wrong choice a negative '{id}' score"),
    "no_cost": N_("no choice in '{id}' costs anything: add a tempting wrong choice with a negative score"),
    "empty": N_(
        "choice '{choice}' in '{id}' has an empty '{field}': say why it is right or wrong, and what the "
        "child sees"
    ),
}


def _report(doc: Document, where: DataPath, rule: str, severity: str = WARNING, **fields: object) -> None:
    """Add a problem marked with its rule, "pedagogy/<key of MESSAGES>" (so tools can tell the teaching
    rules from the format's problems)."""
    doc.error(where, _(MESSAGES[rule]).format(**fields), severity)
    doc.problems[-1] = replace(doc.problems[-1], rule=f"{RULE}/{rule}")


def check_all(doc: Document, scenario: Scenario, found: Exploration) -> None:
    """Run every teaching rule on an analysed scenario."""
    if found.analysis is None:
        return
    check_endings_reached(doc, scenario, found.analysis)
    check_surface_cues(doc, scenario)
    check_scores(doc, found.analysis)
    check_decision_count(doc, found)
    check_last_choice_decides(doc, scenario)
    check_competencies_move(doc, scenario)
    check_decisions_cost(doc, scenario)


def decisions(scenario: Scenario) -> list[State]:
    """The states with two or more choices, in file order."""
    return [st for st in scenario.states.values() if len(st.choices) >= 2]


def best_index(state: State) -> int:
    """The position of the best choice: highest summed score, the first on ties."""
    totals = [sum(c.score.values()) for c in state.choices]
    return totals.index(max(totals))


def longest_index(state: State) -> int:
    """The position of the longest choice (Spanish text), the first on ties."""
    lengths = [len(c.text.es) for c in state.choices]
    return lengths.index(max(lengths))


def named(ids: list[str]) -> str:
    """Ids in quotes, at most MAX_NAMED of them, then how many more."""
    shown = ", ".join(f"'{i}'" for i in ids[:MAX_NAMED])
    return shown + (_(" and {count} more").format(count=len(ids) - MAX_NAMED) if len(ids) > MAX_NAMED else "")


def check_endings_reached(doc: Document, scenario: Scenario, analysis: Analysis) -> None:
    """An ending the graph leads to but no path reaches (because of `when`) is an error; each of the three
    qualities should be reachable."""
    for sid in reachable(scenario.states, scenario.start):
        if scenario.states[sid].ending and sid not in analysis.endings:
            _report(doc, ("states", ("key", sid)), "unreachable_ending", ERROR, id=sid)
    reached = {scenario.states[sid].ending for sid in analysis.endings}
    for quality in ENDING_QUALITIES:
        if quality not in reached:
            _report(doc, ("start",), "quality", quality=quality)


def check_surface_cues(doc: Document, scenario: Scenario) -> None:
    """The best choice must not be told by its length or its position."""
    found = decisions(scenario)
    if not found:
        return
    longest = [st.id for st in found if best_index(st) == longest_index(st)]
    if len(longest) > LONGEST_SHARE * len(found):
        _report(
            doc,
            ("states", ("key", longest[0])),
            "longest",
            count=len(longest),
            total=len(found),
            share=len(longest) / len(found),
            ids=named(longest),
        )
    positions = {best_index(st) for st in found}
    if len(found) >= 2 and len(positions) == 1:
        _report(doc, ("states", ("key", found[0].id)), "position", n=positions.pop() + 1, total=len(found))


def check_scores(doc: Document, analysis: Analysis) -> None:
    """The best path earns every competency's best; the worst path earns little of it."""
    bests = {p: b.best for p, b in analysis.bounds.items()}
    if analysis.total.best < sum(bests.values()):
        _report(
            doc,
            ("principles",),
            "best_path",
            best=analysis.total.best,
            total=sum(bests.values()),
            detail=", ".join(f"{p} {b}" for p, b in bests.items()),
        )
    best, worst = analysis.total.best, analysis.total.worst
    if best > 0 and worst > WORST_SHARE * best:
        _report(
            doc, ("principles",), "worst_path", worst=worst, best=best, share=worst / best, limit=WORST_SHARE
        )


def check_decision_count(doc: Document, found: Exploration) -> None:
    """Every path to an ending has at least MIN_DECISIONS decisions."""
    fewest = found.analysis.fewest_decisions if found.analysis else 0
    if fewest < MIN_DECISIONS and found.fewest_path:
        path = found.fewest_path
        _report(
            doc,
            ("states", ("key", path[-1])),
            "decisions",
            ending=path[-1],
            count=fewest,
            minimum=MIN_DECISIONS,
            path=" -> ".join(path),
        )


def check_last_choice_decides(doc: Document, scenario: Scenario) -> None:
    """A decision whose choices lead straight to endings of different qualities, and none through a route
    state, decides the ending alone."""
    states = scenario.states
    for st in decisions(scenario):
        if any(states[c.to].route for c in st.choices):
            continue
        straight = [(c, states[c.to].ending) for c in st.choices if states[c.to].ending]
        if len({quality for _, quality in straight}) >= 2:
            _report(
                doc,
                ("states", ("key", st.id)),
                "last_choice",
                id=st.id,
                detail=", ".join(f"'{c.id}' -> '{c.to}' ({quality})" for c, quality in straight),
            )


def check_competencies_move(doc: Document, scenario: Scenario) -> None:
    """Every competency the scenario assesses can go up and down."""
    for index, pid in enumerate(scenario.principles):
        deltas = [c.score[pid] for st in scenario.states.values() for c in st.choices if pid in c.score]
        if not deltas:
            continue  # "declared but no choice scores it" is reported by the checks
        if not any(d > 0 for d in deltas):
            _report(doc, ("principles", index), "only_down", id=pid)
        if not any(d < 0 for d in deltas):
            _report(doc, ("principles", index), "only_up", id=pid)


def check_decisions_cost(doc: Document, scenario: Scenario) -> None:
    """Every decision has a choice that costs something; every choice explains itself."""
    for st in decisions(scenario):
        if not any(d < 0 for c in st.choices for d in c.score.values()):
            _report(doc, ("states", ("key", st.id)), "no_cost", id=st.id)
    for st in scenario.states.values():
        for index, c in enumerate(st.choices):
            for name, text in (("feedback", c.feedback), ("child_sees", c.child_sees)):
                if not text.es.strip():
                    _report(
                        doc,
                        ("states", st.id, "choices", index, name),
                        "empty",
                        choice=c.id,
                        id=st.id,
                        field=name,
                    )
