"""Charts for the workshop report as inline SVG: they print, scale, and need no drawing library."""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

INK, ACCENT, GRID = "#3B2B25", "#F28C6B", "#E6D7C3"
UP, DOWN = "#3E8E4F", "#C8453B"


def radar(labels: list[str], shares: list[float | None], size: int = 320) -> str:
    """A radar chart of shares (0..1); None marks a competency not scored."""
    width = size + 240  # room for the labels left and right
    cx, cy, r, n = width / 2, size / 2, size / 2 - 40, len(labels)

    def point(i: int, value: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * i / n
        return cx + r * value * math.cos(angle), cy + r * value * math.sin(angle)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{size}" '
        f'viewBox="0 0 {width} {size}">'
    ]
    for ring in (0.25, 0.5, 0.75, 1.0):
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(i, ring) for i in range(n)))
        parts.append(f'<polygon points="{pts}" fill="none" stroke="{GRID}"/>')
    pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(i, max(0.03, s or 0)) for i, s in enumerate(shares)))
    parts.append(
        f'<polygon points="{pts}" fill="{ACCENT}" fill-opacity="0.55" stroke="{INK}" stroke-width="2"/>'
    )
    for i, (label, share) in enumerate(zip(labels, shares, strict=True)):
        x, y = point(i, 1.12)
        anchor = "middle" if abs(x - cx) < 10 else ("start" if x > cx else "end")
        shown = "—" if share is None else f"{share:.0%}"
        parts.append(
            f'<text x="{x:.0f}" y="{y:.0f}" font-size="11" text-anchor="{anchor}" fill="{INK}">'
            f"{escape(label)} {shown}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def bars(rows: list[tuple[str, int, bool]], width: int = 560) -> str:
    """Horizontal bars of vote counts; the option the room took is drawn in the accent colour."""
    total = max(1, sum(v for _, v, _ in rows))
    height = 26 * len(rows) + 6
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}">']
    for i, (label, votes, taken) in enumerate(rows):
        y = 4 + i * 26
        length = (width - 260) * votes / total
        parts.append(f'<text x="0" y="{y + 15}" font-size="11" fill="{INK}">{escape(_cut(label, 38))}</text>')
        parts.append(
            f'<rect x="220" y="{y}" width="{max(2, length):.0f}" height="18" rx="4" '
            f'fill="{ACCENT if taken else GRID}" stroke="{INK}" stroke-width="{1.5 if taken else 0.5}"/>'
        )
        parts.append(
            f'<text x="{226 + length:.0f}" y="{y + 14}" font-size="11" fill="{INK}">{votes} '
            f"({votes / total:.0%})</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def changes(
    rows: list[tuple[str, float, float]], legend: tuple[str, str] = ("before", "after"), width: int = 560
) -> str:
    """Paired bars of before/after shares per competency, with the change; `legend` names the two bars."""
    height = 40 * len(rows) + 34
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}">',
        f'<rect x="200" y="4" width="14" height="12" fill="{GRID}"/>'
        f'<text x="220" y="14" font-size="11" fill="{INK}">{escape(legend[0])}</text>'
        f'<rect x="330" y="4" width="14" height="12" fill="{ACCENT}"/>'
        f'<text x="350" y="14" font-size="11" fill="{INK}">{escape(legend[1])}</text>',
    ]
    for i, (label, before, after) in enumerate(rows):
        y = 30 + i * 40
        span = width - 330
        parts.append(f'<text x="0" y="{y + 20}" font-size="12" fill="{INK}">{escape(_cut(label, 30))}</text>')
        parts.append(f'<rect x="200" y="{y}" width="{max(2, span * before):.0f}" height="14" fill="{GRID}"/>')
        parts.append(
            f'<rect x="200" y="{y + 16}" width="{max(2, span * after):.0f}" height="14" fill="{ACCENT}"/>'
        )
        change = after - before
        parts.append(
            f'<text x="{210 + span}" y="{y + 20}" font-size="12" fill="{UP if change >= 0 else DOWN}">'
            f"{before:.0%} → {after:.0%} ({change * 100:+.0f})</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _cut(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
