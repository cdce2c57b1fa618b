"""Small helpers shared by the asset generators: SVG elements as strings, smooth paths, colours.

Everything here emits only what pygame-ce's SVG renderer (nanosvg) draws: paths, basic shapes,
fills, strokes, opacity, transforms and gradients in userSpaceOnUse. No text, filters, masks,
clip-paths, CSS or external references.
"""

from __future__ import annotations

import math
from pathlib import Path

INK = "#3B2B25"  # the one outline colour: a warm dark brown, softer than black

# The palette every piece of art draws from (also listed in assets/README.md).
PALETTE = {
    "ink": INK,
    "cream": "#FFF6E8",
    "coral": "#F28C6B",
    "sun": "#FFC857",
    "sky": "#7EC8E3",
    "leaf": "#8CC084",
    "lilac": "#B79CD9",
    "teal": "#3FA7A0",
    "rose": "#E86F8A",
    "berry": "#C8453B",
    "navy": "#35577D",
    "olive": "#5F6F3A",
    "olive_dark": "#46532A",
    "gold": "#E0B04B",
    "grey": "#8C929C",
    "white": "#FBFBF7",
}


def f(v: float) -> str:
    """A coordinate with at most one decimal, no trailing zeros (keeps files small)."""
    s = f"{v:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


def attrs(**kw) -> str:
    out = []
    for k, v in kw.items():
        if v is None:
            continue
        k = k.rstrip("_").replace("_", "-")
        if isinstance(v, float):
            v = f(v)
        out.append(f'{k}="{v}"')
    return " ".join(out)


def style(fill="none", stroke=None, sw=None, op=None, cap="round", join="round") -> dict:
    d = {"fill": fill}
    if stroke:
        d.update(stroke=stroke, stroke_width=sw if sw is not None else 5,
                 stroke_linecap=cap, stroke_linejoin=join)
    if op is not None and op < 1:
        d["opacity"] = f(op) if op * 10 == int(op * 10) else f"{op:.2f}"
    return d


def path(d: str, **st) -> str:
    return f'<path d="{d}" {attrs(**st)}/>'


def ellipse(cx, cy, rx, ry, **st) -> str:
    return f'<ellipse {attrs(cx=float(cx), cy=float(cy), rx=float(rx), ry=float(ry), **st)}/>'


def circle(cx, cy, r, **st) -> str:
    return f'<circle {attrs(cx=float(cx), cy=float(cy), r=float(r), **st)}/>'


def rect(x, y, w, h, rx=0, **st) -> str:
    return f'<rect {attrs(x=float(x), y=float(y), width=float(w), height=float(h), rx=float(rx) if rx else None, **st)}/>'


def group(items, transform: str | None = None, **st) -> str:
    head = "<g" + (f' transform="{transform}"' if transform else "") + ((" " + attrs(**st)) if st else "") + ">"
    return head + "".join(items) + "</g>"


def smooth(points, closed=True, tension=1.0) -> str:
    """A smooth path through points (Catmull-Rom turned into cubic Beziers)."""
    pts = list(points)
    n = len(pts)
    if n < 2:
        return ""
    out = [f"M{f(pts[0][0])} {f(pts[0][1])}"]
    rng = range(n) if closed else range(n - 1)
    for i in rng:
        p0 = pts[(i - 1) % n] if (closed or i > 0) else pts[i]
        p1 = pts[i]
        p2 = pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if (closed or i + 2 < n) else p2
        t = tension / 6
        c1 = (p1[0] + (p2[0] - p0[0]) * t, p1[1] + (p2[1] - p0[1]) * t)
        c2 = (p2[0] - (p3[0] - p1[0]) * t, p2[1] - (p3[1] - p1[1]) * t)
        out.append(f"C{f(c1[0])} {f(c1[1])} {f(c2[0])} {f(c2[1])} {f(p2[0])} {f(p2[1])}")
    if closed:
        out.append("Z")
    return "".join(out)


def poly(points, closed=True) -> str:
    s = "M" + " L".join(f"{f(x)} {f(y)}" for x, y in points)
    return s + ("Z" if closed else "")


def hex2rgb(h: str):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def rgb2hex(c) -> str:
    return "#" + "".join(f"{max(0, min(255, round(v))):02X}" for v in c)


def shade(h: str, k: float) -> str:
    """k < 1 darkens, k > 1 lightens (towards white)."""
    r, g, b = hex2rgb(h)
    if k <= 1:
        return rgb2hex((r * k, g * k, b * k))
    t = k - 1
    return rgb2hex((r + (255 - r) * t, g + (255 - g) * t, b + (255 - b) * t))


def mix(a: str, b: str, t: float) -> str:
    ra, rb = hex2rgb(a), hex2rgb(b)
    return rgb2hex(tuple(x + (y - x) * t for x, y in zip(ra, rb)))


def svg_doc(w: int, h: int, body: list[str], defs: list[str] | None = None, title: str = "") -> str:
    # A comment, not <title>: nanosvg ignores both, but comments stay out of every renderer.
    head = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}">'
    parts = [head]
    if title:
        parts.append(f"<!-- {title} -->")
    if defs:
        parts.append("<defs>" + "".join(defs) + "</defs>")
    parts.extend(body)
    parts.append("</svg>\n")
    return "\n".join(parts)


def write(path_: Path, text: str) -> None:
    path_.parent.mkdir(parents=True, exist_ok=True)
    path_.write_text(text, encoding="utf-8")


def rot(x, y, cx, cy, deg):
    r = math.radians(deg)
    dx, dy = x - cx, y - cy
    return cx + dx * math.cos(r) - dy * math.sin(r), cy + dx * math.sin(r) + dy * math.cos(r)
