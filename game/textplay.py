"""Play a scenario in a terminal: numbered choices read from standard input. The play service's
shortest client: every decision is recorded through it, with the time taken to answer."""

from __future__ import annotations

import sys
import textwrap
import time
from pathlib import Path
from typing import IO

from .i18n import translator
from .play import Attempt, Moment, PlayService
from .records import Store
from .scenario import Scenario, bundled_catalog, validate

WIDTH = 78


def play_text(attempt: Attempt, principles: dict[str, str], stdin: IO[str], out: IO[str]) -> int:
    """Play to an ending, or until input ends; `principles` names each competency. Returns 0."""
    _ = translator(attempt.language)
    say = _Printer(out)
    say.title(attempt.scenario.title.get(attempt.language))
    if attempt.id is None:
        say.line(_("(This play is not recorded.)"))
        say.line("")
    say.moment(attempt.moment, _)
    shown = time.monotonic()
    while not attempt.finished:
        options = attempt.moment.choices
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
        if not 1 <= int(answer) <= len(options):
            say.line(_("There is no choice {k}; choose from 1 to {n}.").format(k=answer, n=len(options)))
            continue
        feedback = attempt.choose(options[int(answer) - 1].id, seconds=time.monotonic() - shown)
        say.line("")
        say.wrap(feedback.feedback, _("Feedback: "), "  ")
        if feedback.deltas:
            say.line("  " + ", ".join(f"{d:+d} {principles.get(p, p)}" for p, d in feedback.deltas.items()))
        who = feedback.figure.name if feedback.figure else _("the child")
        say.wrap(feedback.child_sees, _("What {who} felt: ").format(who=who), "  ")
        say.line("")
        say.moment(attempt.moment, _)
        shown = time.monotonic()
    say.summary(attempt, principles, _)
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

    def moment(self, moment: Moment, _) -> None:
        prefix = f"{moment.speaker_name}: " if moment.speaker_name else ""
        self.wrap(moment.text, prefix)
        if moment.comfort is not None:
            who = moment.figure.name if moment.figure else _("the child")
            comfort = moment.comfort
            self.line(
                _("[How {name} feels: {value} of {high}]").format(
                    name=who, value=comfort.value, high=comfort.high
                )
            )
        self.line("")

    def summary(self, attempt: Attempt, principles: dict[str, str], _) -> None:
        debrief = attempt.debrief()
        labels = {"good": _("a good ending"), "mixed": _("a mixed ending"), "poor": _("a poor ending")}
        self.line(_("End: {ending}.").format(ending=labels[debrief.verdict]))
        for result in debrief.competencies:
            if result.share is not None:
                name = principles.get(result.id, result.id)
                self.line(f"  {name:<40} {result.earned:>3} / {result.best:<3} ({result.share:.0%})")
        self.line(
            _("Overall: {earned} of {best} possible points ({share:.0%}).").format(
                earned=debrief.earned, best=debrief.best, share=debrief.share
            )
        )


def parse_presets(pairs: list[str], scenario: Scenario, language: str) -> dict[str, int]:
    """`--set VAR=N` values as {variable: number}; ValueError with a message in `language` when one is
    malformed or names a variable the scenario does not declare."""
    _ = translator(language)
    declared = ", ".join(scenario.variables) or _("(none)")
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name, value = name.strip(), value.strip()
        if not sep or not name or not value.lstrip("-").isdigit():
            raise ValueError(
                _("--set {pair}: write a variable and a whole number, such as comfort=70.").format(pair=pair)
            )
        if name not in scenario.variables:
            raise ValueError(
                _(
                    "--set {pair}: this scenario declares no variable '{name}'. Its variables: {declared}."
                ).format(pair=pair, name=name, declared=declared)
            )
        out[name] = int(value)
    return out


def run_text(
    path: Path, language: str, data_dir: str | None, start_at: str | None, sets: list[str], record: bool
) -> int:
    """`play --text FILE`: validate the file, open the records
    (unless not `record`), play. Returns the exit code."""
    _ = translator(language)
    catalog = bundled_catalog()
    report = validate(path, catalog)
    if report.scenario is None:
        for problem in report.problems:
            print(problem, file=sys.stderr)
        return 1
    scenario = report.scenario
    if start_at is not None and start_at not in scenario.states:
        print(
            _("modo-ninez play: there is no state '{state}' in {file}.").format(state=start_at, file=path),
            file=sys.stderr,
        )
        return 2
    try:
        presets = parse_presets(sets, scenario, language)
    except ValueError as exc:
        print(f"modo-ninez play: {exc}", file=sys.stderr)
        return 2
    store = Store.open(data_dir) if record else None
    try:
        service = PlayService(
            [report],
            store,
            catalog,
            on_error=lambda exc: print(
                _("modo-ninez play: progress could not be saved: {reason}").format(reason=exc),
                file=sys.stderr,
            ),
        )
        attempt = service.start(scenario.id, language, start_at=start_at, preset=presets, record=record)
        names = {pid: p.name.get(language) for pid, p in catalog.principles.items()}
        return play_text(attempt, names, sys.stdin, sys.stdout)
    finally:
        if store is not None:
            store.close()
