"""The scenario map as a standalone SVG file, and the look it shares with the in-game map."""

from __future__ import annotations

import re
from itertools import pairwise
from xml.sax.saxutils import escape as _escape

from ..scenario import Scenario
from .layout import LABEL_PX, Arrow, label_text, layout

PAD = 40
TITLE = 36  # room for the title above the map
COLOURS = {"good": "#8CC084", "mixed": "#FFC857", "poor": "#E86F8A", None: "#FFFBF4"}
ROUTE_FILL = "#E9E4F5"
INK = "#3B2B25"
PATH = "#35577D"
BACKGROUND = "#FFF6E8"
ARROWS = ("#2F7A40", "#B23A30", "#6B7079", PATH)  # up, down, neither, the player's path


_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def escape(text: str) -> str:
    """Text safe inside an SVG element: markup escaped, characters XML cannot hold left out."""
    return _escape(_NOT_XML.sub("", text))


def arrow_colour(arrow: Arrow) -> str:
    """Green for a choice that scores up, red for down, grey for neither (and for route steps)."""
    return ARROWS[0] if arrow.total > 0 else ARROWS[1] if arrow.total < 0 else ARROWS[2]


def short(text: str, limit: int) -> str:
    """The text cut to `limit` characters, an ellipsis marking the cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def card_lines(scenario: Scenario, state_id: str, language: str, width: int = 38) -> list[str]:
    """A card's lines: the state id, then (decisions and endings) the start of its text."""
    state = scenario.states[state_id]
    if state.route:
        return [state_id]
    return [state_id, short(state.text.get(language), width)]


def to_svg(scenario: Scenario, language: str = "es", path: list[str] | None = None) -> str:
    """An SVG picture of the scenario graph; `path` (state ids) is highlighted."""
    plan = layout(scenario, language)
    steps = list(pairwise(path or []))
    visited = set(path or [])
    w, h = round(plan.width + 2 * PAD), round(plan.height + 2 * PAD + TITLE)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
        f'font-family="Andika, Verdana, sans-serif">',
        "<defs>"
        + "".join(
            f'<marker id="m{i}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
            f'orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{c}"/></marker>'
            for i, c in enumerate(ARROWS)
        )
        + "</defs>",
        f'<rect width="{w}" height="{h}" fill="{BACKGROUND}"/>',
        f'<text x="{PAD}" y="{PAD}" font-size="22" fill="{INK}" font-weight="bold">'
        f"{escape(scenario.title.get(language))}</text>",
        f'<g transform="translate({PAD},{PAD + TITLE})">',
    ]
    for arrow in plan.arrows:
        highlight = (arrow.source, arrow.target) in steps
        colour = PATH if highlight else arrow_colour(arrow)
        line = " ".join(f"{x:.0f},{y:.0f}" for x, y in arrow.points)
        dash = ' stroke-dasharray="6 4"' if arrow.route else ""
        out.append(
            f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="{4 if highlight else 2}"'
            f' stroke-linejoin="round"{dash} marker-end="url(#m{ARROWS.index(colour)})">'
            f"<title>{escape(arrow.label)}</title></polyline>"
        )
    for arrow in plan.arrows:
        x, y = arrow.label_at
        out.append(
            f'<text x="{x:.0f}" y="{y + 4:.0f}" font-size="{LABEL_PX}" text-anchor="middle" fill="{INK}" '
            f'stroke="{BACKGROUND}" stroke-width="4" paint-order="stroke">'
            f"{escape(label_text(arrow.label))}</text>"
        )
    for card in plan.cards.values():
        stroke = 4 if card.id in visited or card.start else 2
        fill = ROUTE_FILL if card.route else COLOURS[card.ending]
        out.append(
            f'<rect x="{card.x:.0f}" y="{card.y:.0f}" width="{card.w:.0f}" height="{card.h:.0f}" '
            f'rx="{card.h / 2 if card.route else 12:.0f}" fill="{fill}" '
            f'stroke="{PATH if card.id in visited else INK}" stroke-width="{stroke}"/>'
        )
        for i, text in enumerate(card_lines(scenario, card.id, language)):
            weight = ' font-weight="bold"' if i == 0 else ""
            out.append(
                f'<text x="{card.x + 14:.0f}" y="{card.y + 25 + i * 22:.0f}" '
                f'font-size="{15 if i == 0 else 13}"{weight} fill="{INK}">{escape(text)}</text>'
            )
    out.append("</g></svg>")
    return "\n".join(out) + "\n"
