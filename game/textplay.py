"""Play a scenario in a terminal: numbered choices read from standard input."""

from __future__ import annotations

import textwrap
from typing import IO

from .engine import ChoiceNotAvailable, Session
from .i18n import translator
from .scenario import Catalog, Scenario

WIDTH = 78


def play_text(scenario: Scenario, catalog: Catalog, language: str, stdin: IO[str], out: IO[str]) -> int:
    """Play to an ending, or until input ends; returns the exit code (0)."""
    _ = translator(language)
    session = Session(scenario, language)
    say = _Printer(out)
    say.title(scenario.title.get(language))
    say.node(session)
    while not session.finished:
        options = session.choices
        for option in options:
            say.wrap(option.text, f"  {option.number}) ", "     ")
        out.write("> ")
        out.flush()
        line = stdin.readline()
        if not line:
            say.line("")
            say.line(_("Input ended; the scenario was left unfinished."))
            return 0
        answer = line.strip()
        if not answer.isdigit():
            say.line(_("Type the number of a choice, from 1 to {n}.").format(n=len(options)))
            continue
        try:
            outcome = session.choose(int(answer))
        except ChoiceNotAvailable:
            say.line(_("There is no choice {k}; choose from 1 to {n}.").format(k=answer, n=len(options)))
            continue
        say.line("")
        say.wrap(outcome.feedback, _("Feedback: "), "  ")
        if outcome.deltas:
            names = {pid: p.name.get(language) for pid, p in catalog.principles.items()}
            say.line("  " + ", ".join(f"{d:+d} {names.get(p, p)}" for p, d in outcome.deltas.items()))
        who = session.node.figure.name if session.node.figure else _("the child")
        say.wrap(outcome.child_sees, _("What {who} felt: ").format(who=who), "  ")
        say.line("")
        say.node(session)
    say.summary(session, catalog, _)
    return 0


class _Printer:
    def __init__(self, out: IO[str]):
        self.out = out

    def line(self, text: str) -> None:
        self.out.write(text + "\n")

    def wrap(self, text: str, first: str = "", rest: str = "") -> None:
        self.line(textwrap.fill(text, WIDTH, initial_indent=first, subsequent_indent=rest))

    def title(self, text: str) -> None:
        self.line(f"== {text} ==")
        self.line("")

    def node(self, session: Session) -> None:
        node = session.node
        prefix = f"{node.speaker_name}: " if node.speaker_name else ""
        self.wrap(node.text, prefix)
        self.line("")

    def summary(self, session: Session, catalog: Catalog, _) -> None:
        labels = {"good": _("a good ending"), "mixed": _("a mixed ending"), "poor": _("a poor ending")}
        self.line(_("End: {ending}.").format(ending=labels[session.ending]))
        score = session.score
        language = session.language
        for pid, result in score.principles.items():
            name = catalog.principles[pid].name.get(language)
            self.line(f"  {name:<40} {result.earned:>3} / {result.best:<3} ({result.share:.0%})")
        self.line(_("Overall: {earned} of {best} possible points ({share:.0%}).").format(
            earned=score.earned, best=score.best, share=score.share))
