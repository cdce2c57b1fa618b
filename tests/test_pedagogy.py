"""The guide's teaching rules in `validate`: each rule on a scenario built to break it, with its line."""

from __future__ import annotations

import subprocess
import sys

from conftest import MINIMAL

from game.scenario import validate
from game.scenario.pedagogy import MIN_DECISIONS
from game.scenario.problems import ERROR, WARNING

HEAD = (
    MINIMAL.split("variables:")[0]
    + """\
variables:
  cuidado: {start: 0, min: 0, max: 10}
background: office
start: d1
states:
"""
)
TAIL = """\
  cierre:
    route: [{when: {cuidado: {at_least: 5}}, to: final_bueno},
            {when: {cuidado: {at_least: 3}}, to: final_mixto},
            {to: final_malo}]
  final_bueno: {ending: good, text: {es: "Bien.", en: "Good."}}
  final_mixto: {ending: mixed, text: {es: "Regular.", en: "So so."}}
  final_malo: {ending: poor, text: {es: "Mal.", en: "Bad."}}
"""


def choice(cid: str, to: str, score: str, text: str, add: int = 0) -> str:
    extra = f"        add: {{cuidado: {add}}}\n" if add else ""
    return (
        f'      - id: {cid}\n        text: {{es: "{text}", en: "{text}"}}\n        to: {to}\n'
        f'        score: {score}\n{extra}        feedback: {{es: "Porque sí.", en: "Because."}}\n'
        f'        child_sees: {{es: "Lo veo.", en: "I see it."}}\n'
    )


def build(
    decisions: int = MIN_DECISIONS,
    best_long: bool = False,
    best_first: bool = False,
    wrong: str = "{safety: -1, trust: -1}",
    last_to_endings: bool = False,
) -> str:
    """A scenario that keeps every rule unless told otherwise: `decisions` decisions in a row, each with a
    best, a middling and a wrong choice, the best in varying places and shorter than the others."""
    out = [HEAD]
    for n in range(1, decisions + 1):
        to = f"d{n + 1}" if n < decisions else "cierre"
        best = choice(
            "bien",
            to,
            "{safety: 1, trust: 1}",
            "Sí." + (" Muy largo y cuidadoso." * 3 if best_long else ""),
            1,
        )
        middle = choice("regular", to, "{safety: 1}", "Quizá algo de esto sea mejor.")
        bad = choice("mal", to, wrong, "Lo hago rápido y sin pensar mucho.")
        order = (
            [best, middle, bad]
            if best_first
            else [[best, middle, bad], [middle, best, bad], [middle, bad, best]][n % 3]
        )
        if last_to_endings and n == decisions:
            order = [
                o.replace("to: cierre", "to: final_bueno")
                if "id: bien" in o
                else o.replace("to: cierre", "to: final_malo")
                for o in order
            ]
        out.append(
            f'  d{n}:\n    text: {{es: "Momento {n}.", en: "Moment {n}."}}\n    choices:\n' + "".join(order)
        )
    return "".join(out) + TAIL


def warnings(report):
    return [(p.line, p.message) for p in report.problems if p.severity == WARNING]


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line == needle)


def test_a_scenario_that_keeps_every_rule_has_no_warning(write_yaml):
    report = validate(write_yaml(build()))
    assert report.problems == [], [str(p) for p in report.problems]
    assert report.scenario.analysis.fewest_decisions == MIN_DECISIONS


def test_best_choice_always_longest_and_first_are_named_with_the_share(write_yaml):
    text = build(best_long=True, best_first=True)
    found = warnings(validate(write_yaml(text)))
    longest = [(ln, m) for ln, m in found if "also the longest" in m]
    assert longest == [(line_of(text, "  d1:"), longest[0][1])]
    assert "in 6 of 6 decisions (100%): 'd1', 'd2', 'd3', 'd4', 'd5', 'd6'" in longest[0][1]
    assert [m for _, m in found if "always choice 1 (in all 6 decisions)" in m]


def test_endings_decided_by_the_last_choice_are_warned_on_that_decision(write_yaml):
    text = build(last_to_endings=True)
    found = warnings(validate(write_yaml(text)))
    last = [(ln, m) for ln, m in found if "decided by the last choice alone" in m]
    assert len(last) == 1 and last[0][0] == line_of(text, "  d6:")
    assert "'bien' -> 'final_bueno' (good)" in last[0][1] and "'mal' -> 'final_malo' (poor)" in last[0][1]


def test_too_few_decisions_names_the_shortest_path(write_yaml):
    found = warnings(validate(write_yaml(build(decisions=4))))
    assert [
        m
        for _, m in found
        if "after only 4 decisions (at least 6): d1 -> d2 -> d3 -> d4 -> cierre -> final_" in m
    ]


def test_worst_path_earning_too_much_is_warned(write_yaml):
    found = warnings(validate(write_yaml(build(wrong="{safety: 1}"))))
    assert [
        m
        for _, m in found
        if "the worst path still earns 6 of the best path's 12 points (50%, at most 40%)" in m
    ]
    assert [m for _, m in found if "competency 'safety' can only go up" in m]
    assert [m for _, m in found if "no choice in 'd1' costs anything" in m]


def test_best_path_short_of_a_competency_best_is_warned(write_yaml):
    text = build().replace("score: {safety: 1}\n", "score: {trust: 2, safety: -1}\n", 1)
    found = warnings(validate(write_yaml(text)))
    assert [m for _, m in found if "no single path earns the full score on every competency" in m], found


def test_a_quality_no_path_reaches_is_warned(write_yaml):
    text = build().replace("at_least: 3}}, to: final_mixto}", "at_least: 3}}, to: final_malo}")
    text = text.replace('  final_mixto: {ending: mixed, text: {es: "Regular.", en: "So so."}}\n', "")
    found = warnings(validate(write_yaml(text)))
    assert [m for _, m in found if "no path reaches a 'mixed' ending" in m]


def test_id_must_equal_the_file_name(write_yaml):
    report = validate(write_yaml(build(), name="otro.yaml"))
    assert [(p.line, p.severity) for p in report.problems if "must equal the file name" in p.message] == [
        (1, ERROR)
    ]
    assert report.scenario is None


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "game", *args], capture_output=True, text=True, timeout=120, check=False
    )


def test_validate_names_the_problems_exits_0_and_strict_exits_1(write_yaml):
    text = build(best_long=True, last_to_endings=True)
    path = write_yaml(text)
    plain = run("validate", "--lang", "en", str(path))
    assert plain.returncode == 0, plain.stdout
    assert f"{path}:{line_of(text, '  d1:')}:3: warning: the best choice is also the longest" in plain.stdout
    assert (
        f"{path}:{line_of(text, '  d6:')}:3: warning: the ending is decided by the last choice alone"
        in plain.stdout
    )
    strict = run("validate", "--strict", "--lang", "en", str(path))
    assert strict.returncode == 1
    assert f"{path}:{line_of(text, '  d6:')}:3: error: the ending is decided" in strict.stdout
    spanish = run("validate", "--lang", "es", str(path))
    assert "la última elección decide sola el final en 'd6'" in spanish.stdout


def test_two_files_with_one_id_are_an_error(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "prueba.yaml").write_text(build(), encoding="utf-8")
    result = run("validate", "--lang", "en", str(tmp_path / "a"), str(tmp_path / "b"))
    assert result.returncode == 1
    assert f"{tmp_path / 'b' / 'prueba.yaml'}:1:1: error: the id 'prueba' is also the id of" in result.stdout


def test_a_last_decision_whose_good_choice_routes_may_send_wrong_ones_straight_to_endings(write_yaml):
    text = build(last_to_endings=True).replace(
        "to: final_bueno\n        score: {safety: 1, trust: 1}",
        "to: cierre\n        score: {safety: 1, trust: 1}",
    )
    text = text.replace(
        "to: final_malo\n        score: {safety: 1}\n", "to: final_mixto\n        score: {safety: 1}\n"
    )
    report = validate(write_yaml(text))
    assert report.scenario.states["d6"].choice("bien").to == "cierre"
    assert {report.scenario.states[c.to].ending for c in report.scenario.states["d6"].choices} == {
        None,
        "mixed",
        "poor",
    }
    assert not [p for p in report.problems if p.rule == "pedagogy/last_choice"]
