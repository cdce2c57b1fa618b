"""Route states: endings that reflect the whole path, in the validator, the analysis, the engine and maps."""

from __future__ import annotations

import pytest
from conftest import MINIMAL

from game.engine import Session
from game.map.layout import layout
from game.map.text import to_dot, to_mermaid
from game.scenario import validate
from game.scenario.problems import ERROR


def _choice(cid: str, to: str, score: int, add: int = 0) -> str:
    lines = [
        f"      - id: {cid}",
        f'        text: {{es: "{cid} {to}"}}',
        f"        to: {to}",
        f"        score: {{safety: {score}}}",
        f'        feedback: {{es: "f {cid}"}}',
        f'        child_sees: {{es: "c {cid}"}}',
    ]
    return "\n".join(lines + ([f"        add: {{cuidado: {add}}}"] if add else [])) + "\n"


ROUTED = (
    MINIMAL.split("principles:")[0].replace("languages: [es, en]", "languages: [es]")
    + """\
principles: [safety]
characters:
  nina: {name: "Nina", age: 8, portrait: girl_school}
variables:
  cuidado: {start: 0, min: 0, max: 10}
background: office
start: inicio
states:
  inicio:
    text: {es: "Nina llega."}
    choices:
"""
    + _choice("bien", "medio", 2, 5)
    + _choice("mal", "medio", -2)
    + """\
  medio:
    text: {es: "Nina pregunta."}
    background: front_desk
    choices:
"""
    + _choice("bien", "cierre", 1, 4)
    + _choice("mal", "cierre", -1)
    + """\
  cierre:
    route:
      - when: {cuidado: {at_least: 8}}
        to: final_bueno
      - when: {cuidado: {at_least: 4}}
        to: final_mixto
      - to: final_dificil
  final_bueno:
    ending: good
    text: {es: "Nina está tranquila."}
  final_mixto:
    ending: mixed
    text: {es: "Nina duda."}
  final_dificil:
    ending: poor
    text: {es: "Nina se va confundida."}
"""
)


def errors(report):
    return [(p.line, p.message) for p in report.problems if p.severity == ERROR]


@pytest.fixture
def routed(write_yaml):
    report = validate(write_yaml(ROUTED))
    assert errors(report) == []
    return report.scenario


@pytest.mark.parametrize(
    "path, ending",
    [
        (["bien", "bien"], "final_bueno"),
        (["bien", "mal"], "final_mixto"),
        (["mal", "bien"], "final_mixto"),
        (["mal", "mal"], "final_dificil"),
    ],
)
def test_play_passes_through_the_route_to_the_first_step_that_holds(routed, path, ending):
    session = Session(routed)
    for choice in path:
        outcome = session.choose(choice)
    assert session.state_id == ending and session.finished
    assert outcome.node.id == ending  # the route state is never shown
    assert [step.state for step in session.history] == ["inicio", "medio"]  # nor recorded
    again = Session.restore(routed, session.snapshot())
    assert again.state_id == ending and dict(again.variables) == dict(session.variables)


def test_a_session_started_at_a_route_state_is_already_past_it(routed):
    assert Session(routed, start="cierre").state_id == "final_dificil"


def test_analysis_follows_routes(routed):
    analysis = routed.analysis
    assert analysis.path_count == 4
    assert dict(analysis.endings) == {"final_bueno": 1, "final_mixto": 2, "final_dificil": 1}
    assert (analysis.bounds["safety"].best, analysis.bounds["safety"].worst) == (3, -3)
    assert (analysis.longest, analysis.shortest, analysis.fewest_decisions) == (2, 2, 2)


def test_an_ending_no_route_step_can_reach_is_an_error(write_yaml):
    text = ROUTED.replace("at_least: 8}}\n        to: final_bueno", "at_least: 10}}\n        to: final_bueno")
    report = validate(write_yaml(text))
    line = text.splitlines().index("  final_bueno:") + 1
    assert [(ln, m) for ln, m in errors(report) if "final_bueno" in m and ln == line]


@pytest.mark.parametrize(
    "change, needle, message, at",
    [
        (
            "  cierre:\n    route:",
            '  cierre:\n    text: {es: "x"}\n    route:',
            "cannot have 'text'",
            'text: {es: "x"}',
        ),
        (
            "      - when: {cuidado: {at_least: 4}}\n        to: final_mixto",
            "      - to: final_mixto",
            "route step 2 of 'cierre' has no 'when'",
            "- to: final_mixto",
        ),
        (
            "      - to: final_dificil",
            "      - when: {cuidado: {at_most: 3}}\n        to: final_dificil",
            "the last route step of 'cierre' must have no 'when'",
            "- when: {cuidado: {at_most: 3}}",
        ),
        (
            "      - to: final_dificil",
            "      - to: final_dificl",
            "goes to unknown state 'final_dificl'",
            "- to: final_dificl",
        ),
        (
            "{cuidado: {at_least: 8}}",
            "{cuidadoo: {at_least: 8}}",
            "unknown variable 'cuidadoo'",
            "- when: {cuidadoo: {at_least: 8}}",
        ),
    ],
)
def test_route_mistakes_are_errors_on_their_line(write_yaml, change, needle, message, at):
    text = ROUTED.replace(change, needle)
    found = errors(validate(write_yaml(text)))
    assert any(message in m for _, m in found), found
    line = next(ln for ln, m in found if message in m)
    assert text.splitlines()[line - 1].strip() == at


def test_a_state_without_text_or_route_is_an_error(write_yaml):
    text = ROUTED.replace('    text: {es: "Nina duda."}\n', "")
    assert any("state 'final_mixto' has no 'text'" in m for _, m in errors(validate(write_yaml(text))))


def test_maps_show_route_edges_with_their_condition(routed):
    labels = {(a.source, a.target): a.choice for a in layout(routed).arrows}
    assert labels[("cierre", "final_bueno")] == "cuidado ≥ 8"
    assert labels[("cierre", "final_mixto")] == "cuidado ≥ 4"
    assert '"cierre" -> "final_bueno" [label="cuidado ≥ 8", style=dashed]' in to_dot(routed)
    assert "cierre --> final_dificil" in to_mermaid(routed)


def test_background_holds_from_its_state_on(routed):
    session = Session(routed)
    assert session.node.background == "office"
    session.choose("bien")
    assert session.node.background == "front_desk"
    session.choose("bien")
    assert session.node.background == "front_desk"  # the ending names none: the last one holds
    assert session.view("inicio").background == "office"
