"""The scenario map as a standalone SVG file (same layout as the in-game map)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from .scenario import Scenario
from .scenario.layout import CARD_H, CARD_W, GAP_X, MapLayout, layout

PAD = 40
COLOURS = {"good": "#8CC084", "mixed": "#FFC857", "poor": "#E86F8A", None: "#FFFBF4"}
INK = "#3B2B25"


def arrow_colour(total: int) -> str:
    """Green for a choice that scores up, red for down, grey for neither."""
    return "#3E8E4F" if total > 0 else "#C8453B" if total < 0 else "#8C929C"


def edge_curve(plan: MapLayout, arrow) -> tuple[tuple[float, float], ...]:
    """A cubic Bezier (start, control, control, end) from the source card to the target card.

    An arrow that skips columns arches over the cards in between instead of passing behind them.
    """
    source, target = plan.cards[arrow.source], plan.cards[arrow.target]
    spread = (arrow.lane - (arrow.lanes - 1) / 2) * 10
    x1, y1 = source.x + source.w, source.y + source.h / 2 + spread
    x2, y2 = target.x, target.y + target.h / 2 + spread
    if x2 - x1 > GAP_X * 1.5:
        lift = CARD_H * 1.1 + arrow.lane * 14
        reach = (x2 - x1) * 0.3
        return (x1, y1), (x1 + reach, y1 - lift), (x2 - reach, y2 - lift), (x2, y2)
    mid = (x1 + x2) / 2
    return (x1, y1), (mid, y1), (mid, y2), (x2, y2)


def label_lines(scenario: Scenario, state_id: str, language: str, width: int = 30) -> list[str]:
    """The state id and the start of its text, cut to fit a card."""
    text = scenario.states[state_id].text.get(language)
    words, lines, line = text.split(), [], ""
    for word in words:
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
            if len(lines) == 2:
                break
        else:
            line = f"{line} {word}".strip()
    else:
        lines.append(line)
    if len(lines) == 2 and len(" ".join(lines)) < len(text):
        lines[1] = lines[1][: width - 1] + "…"
    return [state_id] + lines[:2]


def to_svg(scenario: Scenario, language: str = "es", path: list[str] | None = None) -> str:
    """An SVG picture of the scenario graph; `path` (state ids) is highlighted."""
    plan = layout(scenario)
    on_path = set(zip(path or [], (path or [])[1:]))
    visited = set(path or [])
    w, h = plan.width + 2 * PAD, plan.height + 2 * PAD
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
           f'font-family="Andika, Verdana, sans-serif">',
           '<defs>' + "".join(
               f'<marker id="m{i}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
               f'orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{c}"/></marker>'
               for i, c in enumerate(("#3E8E4F", "#C8453B", "#8C929C", "#35577D"))) + '</defs>',
           f'<rect width="{w}" height="{h}" fill="#FFF6E8"/>',
           f'<text x="{PAD}" y="{PAD - 14}" font-size="20" fill="{INK}" font-weight="bold">'
           f'{escape(scenario.title.get(language))}</text>',
           f'<g transform="translate({PAD},{PAD})">']
    for arrow in plan.arrows:
        (x1, y1), (ax, ay), (bx, by), (x2, y2) = edge_curve(plan, arrow)
        highlight = (arrow.source, arrow.target) in on_path
        colour = "#35577D" if highlight else arrow_colour(arrow.total)
        marker = 3 if highlight else ("#3E8E4F", "#C8453B", "#8C929C").index(arrow_colour(arrow.total))
        out.append(f'<path d="M{x1:.0f},{y1:.0f} C{ax:.0f},{ay:.0f} {bx:.0f},{by:.0f} {x2:.0f},{y2:.0f}" '
                   f'fill="none" stroke="{colour}" stroke-width="{5 if highlight else 2}" '
                   f'marker-end="url(#m{marker})"><title>{escape(arrow.choice)} ({arrow.total:+d})</title></path>')
    for card in plan.cards.values():
        stroke = 5 if card.id in visited else (4 if card.start else 2)
        colour = "#35577D" if card.id in visited else INK
        out.append(f'<rect x="{card.x}" y="{card.y}" width="{CARD_W}" height="{CARD_H}" rx="14" '
                   f'fill="{COLOURS[card.ending]}" stroke="{colour}" stroke-width="{stroke}"/>')
        for i, line in enumerate(label_lines(scenario, card.id, language)):
            weight = ' font-weight="bold"' if i == 0 else ""
            out.append(f'<text x="{card.x + 12}" y="{card.y + 26 + i * 24}" font-size="{15 if i == 0 else 13}"'
                       f'{weight} fill="{INK}">{escape(line)}</text>')
    out.append("</g></svg>")
    return "\n".join(out) + "\n"
