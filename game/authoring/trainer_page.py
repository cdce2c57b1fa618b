"""The facilitators' page: every scenario's premise, goals, key decision points and questions for the
room, with its size and competencies, as one Markdown file to read before a workshop."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..scenario import Scenario
from ..scenario.rubric import Principle

WORDS = {
    "es": dict(
        title="Escenarios: la página de quien facilita",
        ages="Edad",
        minutes="min",
        states="estados",
        paths="caminos",
        decisions="decisiones por camino",
        competencies="Competencias",
        premise="Situación",
        goals="Objetivos",
        key="Momentos clave",
        legal="Base legal",
        questions="Preguntas para el grupo",
        intro="Generado con `python -m game trainer-notes` a partir de los archivos de `scenarios/`: "
        "no lo edite a mano, edite el campo `trainer:` y las preguntas `discussion:` del escenario.",
    ),
    "en": dict(
        title="Scenarios: the facilitator's page",
        ages="Ages",
        minutes="min",
        states="states",
        paths="paths",
        decisions="decisions per path",
        competencies="Competencies",
        premise="Situation",
        goals="Learning goals",
        key="Key moments",
        legal="Legal basis",
        questions="Questions for the room",
        intro="Made by `python -m game trainer-notes` from the files in `scenarios/`: do not edit it by "
        "hand; edit the scenario's `trainer:` field and its `discussion:` questions.",
    ),
}
# What Markdown (and the HTML it may hold) would act on; "&" only where it could start an entity.
_MARKUP = re.compile(r"[\\`*_\[\]<>#|~]|&(?=[#A-Za-z0-9])")
AGES = {"early": "3–5", "school": "6–11", "adolescent": "12–17"}


def render(scenarios: Iterable[Scenario], principles: Mapping[str, Principle], language: str = "es") -> str:
    """The Markdown page, scenarios in the order given."""
    w = WORDS[language]
    out = [f"# {w['title']}", "", w["intro"], ""]
    for sc in scenarios:
        a = sc.analysis
        names = ", ".join(_md(principles[p].name.get(language)) for p in sc.principles)
        paths = (  # unknown only for a scenario too large to analyse
            f" · {_number(a.path_count, language)} {w['paths']} · {a.shortest}–{a.longest} {w['decisions']}"
            if a is not None
            else ""
        )
        out += [
            f"## {_md(sc.title.get(language))} (`{sc.id}`)",
            "",
            f"{w['ages']} {AGES[sc.age_group]} · {sc.duration_minutes} {w['minutes']} · {len(sc.states)} "
            f"{w['states']}{paths}",
            "",
            f"**{w['competencies']}:** {names}",
            "",
        ]
        if sc.trainer:
            out += [
                f"**{w['premise']}.** {_md(sc.trainer.premise.get(language))}",
                "",
                f"**{w['goals']}**",
                "",
            ]
            out += [f"- {_md(goal.get(language))}" for goal in sc.trainer.goals] + ["", f"**{w['key']}**", ""]
            out += [f"- {_md(point.get(language))}" for point in sc.trainer.key_points] + [""]
            if sc.trainer.legal_basis:
                out += (
                    [f"**{w['legal']}**", ""]
                    + [f"- {_md(rule.get(language))}" for rule in sc.trainer.legal_basis]
                    + [""]
                )
        questions = [st.discussion.get(language) for st in sc.states.values() if st.discussion]
        if questions:
            out += [f"**{w['questions']}**", ""] + [f"- {_md(q)}" for q in questions] + [""]
    return "\n".join(out).rstrip() + "\n"


def _md(text: str) -> str:
    """A scenario's text as Markdown that shows it as written: one line, no HTML, no formatting of its own."""
    return _MARKUP.sub(r"\\\g<0>", " ".join(text.split()))


def _number(value: int, language: str) -> str:
    """12,345 in English, 12 345 in Spanish."""
    text = f"{value:,}"
    return text.replace(",", "\u202f") if language == "es" else text
