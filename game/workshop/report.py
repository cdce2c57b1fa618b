"""The workshop report a trainer prints or sends: one HTML page with its charts inline, and a CSV."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from html import escape
from typing import IO

from ..records import cells
from ..scenario.rubric import Principle
from . import charts
from .summary import WorkshopSummary

KIND_LABELS = {
    "es": {"pre": "Prueba de entrada", "main": "Escenario", "post": "Prueba de salida"},
    "en": {"pre": "Pre-test", "main": "Scenario", "post": "Post-test"},
}
ENDINGS = {
    "es": {"good": "buen final", "mixed": "final a medias", "poor": "mal final", None: "sin terminar"},
    "en": {"good": "good ending", "mixed": "mixed ending", "poor": "poor ending", None: "unfinished"},
}
WORDS = {
    "es": dict(
        title="Informe del taller",
        date="Fecha",
        place="Lugar",
        people="Participantes",
        scenarios="Escenarios",
        teams="Puntos por equipo",
        gain="Cambio de la prueba de entrada a la de salida",
        votes="Votos en cada decisión",
        overall="En total",
        team="Turno",
        none="—",
        note=(
            "Puntos de cada equipo en las decisiones que le tocaron: para conversar, "
            "no para comparar personas."
        ),
    ),
    "en": dict(
        title="Workshop report",
        date="Date",
        place="Place",
        people="Participants",
        scenarios="Scenarios",
        teams="Points per team",
        gain="Change from pre-test to post-test",
        votes="Votes at each decision",
        overall="Overall",
        team="Turn",
        none="—",
        note="Each team's points on the decisions that were its turn: for discussion, not to rank people.",
    ),
}


def write_html(
    summary: WorkshopSummary, principles: Mapping[str, Principle], out: IO[str], language: str = "es"
) -> None:
    """One self-contained HTML page (inline SVG charts), laid out to print on A4."""
    w = WORDS[language]
    shop = summary.workshop
    names = {pid: p.name.get(language) for pid, p in principles.items()}
    html = [
        f"""<!doctype html><html lang="{language}"><head><meta charset="utf-8">
<title>{escape(w["title"])}: {escape(shop.name)}</title>
<style>body{{font-family:Andika,Verdana,sans-serif;color:#3B2B25;max-width:900px;margin:24px auto;}}
h1{{margin-bottom:4px}} h2{{border-bottom:2px solid #F28C6B;padding-bottom:4px;margin-top:28px}}
table{{border-collapse:collapse}} td,th{{padding:4px 10px;text-align:left;border-bottom:1px solid #E6D7C3}}
.run{{page-break-inside:avoid}} .muted{{color:#7A6558}} @media print{{body{{margin:0}}}}</style></head><body>
<h1>{escape(w["title"])}: {escape(shop.name)}</h1>
<table><tr><th>{w["date"]}</th><td>{shop.held:%Y-%m-%d}</td></tr>
<tr><th>{w["place"]}</th><td>{escape(shop.place or w["none"])}</td></tr>
<tr><th>{w["people"]}</th><td>{shop.participants}</td></tr>
<tr><th>{w["scenarios"]}</th><td>{len(summary.runs)}</td></tr></table>"""
    ]
    if summary.gains:
        html.append(f"<h2>{w['gain']}</h2>")
        html.append(
            charts.changes(
                [(names.get(g.competency, g.competency), g.before, g.after) for g in summary.gains],
                (KIND_LABELS[language]["pre"], KIND_LABELS[language]["post"]),
            )
        )
    if summary.team_points:
        html.append(f"<h2>{w['teams']}</h2><table>")
        for team, points in summary.team_points.items():
            html.append(f"<tr><td>{escape(team)}</td><td>{points:+d}</td></tr>")
        html.append(f"</table><p class='muted'>{w['note']}</p>")
    for run in summary.runs:
        label = KIND_LABELS[language][run.kind]
        overall = f"{run.overall:.0%}" if run.overall is not None else w["none"]
        html.append(
            f"<div class='run'><h2>{escape(label)}: {escape(run.title)}</h2>"
            f"<p>{ENDINGS[language][run.ending]} · {w['overall']}: {overall}</p>"
        )
        ids = list(principles)
        html.append(charts.radar([names[p] for p in ids], [run.shares.get(p) for p in ids]))
        html.append(f"<h3>{w['votes']}</h3>")
        for decision in run.decisions:
            team = f" · {w['team']}: {escape(decision.team)}" if decision.team else ""
            html.append(
                f"<p><b>{decision.number}.</b> {escape(_cut(decision.prompt, 220))}"
                f" <span class='muted'>({decision.total}{team})</span></p>"
            )
            html.append(charts.bars([(o.text, o.votes, o.taken) for o in decision.options]))
        html.append("</div>")
    html.append("</body></html>")
    out.write("\n".join(html))


def write_csv(summary: WorkshopSummary, out: IO[str]) -> int:
    """One row per option at each decision: run, scenario, decision, team, choice, votes, taken.

    Every cell is formula-protected as in the records' reports (names and texts are typed in by people)."""
    writer = csv.writer(out)
    writer.writerow(
        [
            "workshop",
            "date",
            "place",
            "participants",
            "run",
            "scenario",
            "decision",
            "state",
            "team",
            "choice",
            "choice_text",
            "votes",
            "share_of_votes",
            "taken",
        ]
    )
    shop, found = summary.workshop, []
    for run in summary.runs:
        for decision in run.decisions:
            for option in decision.options:
                share = option.votes / decision.total if decision.total else 0.0
                found.append(
                    [
                        shop.name,
                        f"{shop.held:%Y-%m-%d}",
                        shop.place or "",
                        shop.participants,
                        run.kind,
                        run.scenario_id,
                        decision.number,
                        decision.state,
                        decision.team or "",
                        option.choice,
                        option.text,
                        option.votes,
                        f"{share:.3f}",
                        int(option.taken),
                    ]
                )
    writer.writerows(cells.rows(found))
    return len(found)


def _cut(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
