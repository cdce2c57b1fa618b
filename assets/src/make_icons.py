"""Generate the competency icons and the game's logo: assets/icons/<id>.svg

    python assets/src/make_icons.py

Icons: 96x96 viewBox, one bold filled shape per idea with a thick ink outline, so the silhouette alone
still reads when drawn in a single colour at 24 px. The logo (app.svg) is 512x512.
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from svgkit import INK, circle, ellipse, f, path, poly, shade, smooth, style, svg_doc, write  # noqa: E402

ASSETS = Path(__file__).resolve().parents[1]
OUT = ASSETS / "icons"
S = 96
SW = 6  # icon outline: 1.5 px at 24 px

COL = {
    "safety": "#F28C6B",            # coral
    "trust": "#FFC857",             # sun
    "voice": "#7EC8E3",             # sky
    "no_revictimization": "#3FA7A0",  # teal
    "communication": "#B79CD9",     # lilac
    "protection": "#8CC084",        # leaf
    "collaboration": "#E86F8A",     # rose
    "self_care": "#E86F8A",         # rose
}
WHITE = "#FFFFFF"


def st(fill, sw=SW):
    return style(fill=fill, stroke=INK, sw=sw)


def heart_d(cx, cy, r):
    return (f"M{f(cx)} {f(cy + r * .95)}C{f(cx - r * 1.35)} {f(cy + r * .05)} {f(cx - r * .95)} {f(cy - r * 1.1)} {f(cx)} {f(cy - r * .45)}"
            f"C{f(cx + r * .95)} {f(cy - r * 1.1)} {f(cx + r * 1.35)} {f(cy + r * .05)} {f(cx)} {f(cy + r * .95)}Z")


def bubble_d(x0, y0, x1, y1, r, tail):
    """A rounded rectangle with a tail; tail = (x_base_left, x_base_right, tip_x, tip_y) on the bottom edge."""
    a, b, tx, ty = tail
    return (f"M{f(x0 + r)} {f(y0)}H{f(x1 - r)}Q{f(x1)} {f(y0)} {f(x1)} {f(y0 + r)}V{f(y1 - r)}Q{f(x1)} {f(y1)} {f(x1 - r)} {f(y1)}"
            f"H{f(b)}L{f(tx)} {f(ty)}L{f(a)} {f(y1)}H{f(x0 + r)}Q{f(x0)} {f(y1)} {f(x0)} {f(y1 - r)}V{f(y0 + r)}Q{f(x0)} {f(y0)} {f(x0 + r)} {f(y0)}Z")


def icon_safety():
    c = COL["safety"]
    house = poly([(48, 9), (88, 44), (78, 44), (78, 86), (18, 86), (18, 44), (8, 44)])
    return [path(house, **st(c)), path(heart_d(48, 62, 14), **st(WHITE, 5))]


def icon_trust():
    c = COL["trust"]
    out = []
    for x, top in ((30, 22), (41, 14), (52, 14), (63, 22)):
        out.append(f'<rect x="{x}" y="{top}" width="13" height="50" rx="6.5" fill="{c}" stroke="{INK}" stroke-width="{SW - 1}"/>')
    # the thumb, reaching up and out from under the palm
    out.append(f'<g transform="rotate(48 25 60)"><rect x="9" y="53" width="34" height="14" rx="7" fill="{c}" '
               f'stroke="{INK}" stroke-width="{SW - 1}"/></g>')
    out.append(path("M27 46 Q27 40 33 40 H71 Q77 40 77 48 V66 Q77 88 54 88 H46 Q27 88 27 70Z", **st(c)))
    out.append(path(heart_d(53, 64, 11), **st(WHITE, 4.5)))
    return out


def icon_voice():
    c = COL["voice"]
    return [path(bubble_d(8, 12, 88, 68, 18, (24, 42, 18, 88)), **st(c)),
            path(heart_d(48, 41, 14), **st(COL["safety"], 5))]


def icon_no_revictimization():
    c = COL["no_revictimization"]
    out = [f'<rect x="16" y="8" width="56" height="78" rx="7" fill="{c}" stroke="{INK}" stroke-width="{SW}"/>',
           path("M27 10 V84", **style(stroke=INK, sw=4)),
           path("M60 8 V86", **style(stroke=shade(c, .6), sw=7, cap="butt")),
           f'<rect x="34" y="22" width="20" height="12" rx="3" fill="{WHITE}" stroke="{INK}" stroke-width="3.5"/>']
    # a round "1" badge: your story is told once
    out.append(circle(68, 68, 20, **st(COL["trust"])))
    out.append(path("M62 62 L70 56 V80 M63 80 H77", **style(stroke=INK, sw=5.5)))
    return out


def icon_communication():
    back = path(bubble_d(34, 8, 90, 50, 15, (66, 80, 84, 64)), **st(COL["communication"]))
    front = path(bubble_d(6, 34, 64, 78, 15, (18, 34, 12, 92)), **st(COL["voice"]))
    dots = [circle(x, 56, 4.5, **style(fill=INK)) for x in (22, 35, 48)]
    return [back, front] + dots


def icon_protection():
    c = COL["protection"]
    # umbrella canopy with a scalloped edge
    n = 4
    x0, x1, y = 6, 90, 46
    d = f"M{x0} {y}Q{x0} 8 48 8Q{x1} 8 {x1} {y}"
    w = (x1 - x0) / n
    for i in range(n):
        xa = x1 - i * w
        d += f"Q{f(xa - w / 2)} {y - 9} {f(xa - w)} {y}"
    d += "Z"
    out = [path("M48 8 V2", **style(stroke=INK, sw=5)), path(d, **st(c)),
           path("M48 8 Q36 24 31 44 M48 8 Q60 24 65 44", **style(stroke=shade(c, .65), sw=3.5))]
    # a small child, safe and dry underneath
    out.append(path("M34 92 Q34 70 48 70 Q62 70 62 92Z", **st(COL["safety"], 5)))
    out.append(circle(48, 60, 10, **st("#E2A978", 5)))
    return out


def icon_collaboration():
    out = []
    # two people holding hands
    arms = "M34 60 Q42 70 48 70 Q54 70 62 60"
    out.append(path(arms, **style(stroke=INK, sw=14)))
    out.append(path(arms, **style(stroke=COL["trust"], sw=6)))
    for cx, col in ((22, COL["collaboration"]), (74, COL["voice"])):
        out.append(path(f"M{cx - 16} 90 V62 Q{cx - 16} 46 {cx} 46 Q{cx + 16} 46 {cx + 16} 62 V90Z", **st(col)))
        out.append(circle(cx, 28, 12, **st("#E2A978" if cx < 48 else "#B97A4E")))
    out.append(circle(48, 70, 7.5, **st(COL["trust"], 4.5)))
    return out


def icon_self_care():
    c = COL["self_care"]
    return [path("M48 34 Q50 20 60 12", **style(stroke=INK, sw=5)),
            f'<g transform="rotate(-35 66 14)">' + ellipse(66, 14, 15, 8, **st(COL["protection"], 4.5)) + "</g>",
            path(heart_d(48, 56, 30), **st(c)),
            path("M34 50 Q38 42 46 42", **style(stroke=WHITE, sw=5, op=.8))]


ICONS = {
    "safety": icon_safety,
    "trust": icon_trust,
    "voice": icon_voice,
    "no_revictimization": icon_no_revictimization,
    "communication": icon_communication,
    "protection": icon_protection,
    "collaboration": icon_collaboration,
    "self_care": icon_self_care,
}


def crayon_star(cx, cy, r, seed=7):
    """A five-pointed star drawn a little unevenly, like a child's crayon star."""
    rnd = random.Random(seed)
    pts = []
    for i in range(10):
        rr = (r if i % 2 == 0 else r * .5) * (1 + rnd.uniform(-.05, .05))
        a = math.radians(-90 + 36 * i + rnd.uniform(-3, 3))
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return smooth(pts, tension=.25)


def app_logo():
    n = 512
    b = [f'<rect x="16" y="16" width="480" height="480" rx="110" fill="#FFF6E8" stroke="{INK}" stroke-width="14"/>',
         f'<rect x="44" y="44" width="424" height="424" rx="88" fill="none" stroke="#F28C6B" stroke-width="16"/>']
    # crayon sparkles
    for x, y, c in ((100, 150, "#3FA7A0"), (410, 330, "#E86F8A"), (120, 400, "#7EC8E3")):
        b.append(path(f"M{x - 18} {y}H{x + 18}M{x} {y - 18}V{y + 18}", **style(stroke=c, sw=12)))
    cx, cy = 256, 300
    b.append(path(crayon_star(cx, cy, 178), **style(fill="#FFC857", stroke=INK, sw=14)))
    b.append(path(crayon_star(cx - 10, cy + 6, 120, seed=3), **style(stroke="#FFE08F", sw=10, op=.9)))
    # a friendly face on the star
    for dx in (-42, 42):
        b.append(ellipse(cx + dx, cy + 10, 13, 17, **style(fill=INK)))
        b.append(circle(cx + dx - 4, cy + 4, 5, **style(fill="#FFFFFF")))
    b.append(path(f"M{cx - 34} {cy + 48}Q{cx} {cy + 80} {cx + 34} {cy + 48}", **style(stroke=INK, sw=11)))
    for dx in (-78, 78):
        b.append(ellipse(cx + dx, cy + 44, 20, 12, **style(fill="#F0806F", op=.6)))
    # an olive police cap, a bit too big, tilted
    cap = [f'<g transform="rotate(-12 {cx} {cy - 120})">',
           path(f"M{cx - 104} {cy - 100}L{cx - 150} {cy - 178}Q{cx - 150} {cy - 214} {cx} {cy - 216}"
                f"Q{cx + 150} {cy - 214} {cx + 150} {cy - 178}L{cx + 104} {cy - 100}Z",
                **style(fill="#5F6F3A", stroke=INK, sw=12)),
           f'<rect x="{cx - 108}" y="{cy - 128}" width="216" height="42" rx="10" fill="#46532A" stroke="{INK}" stroke-width="12"/>',
           path(f"M{cx - 110} {cy - 88}Q{cx - 20} {cy - 40} {cx + 120} {cy - 76}Q{cx + 10} {cy - 74} {cx - 110} {cy - 88}Z",
                **style(fill="#26301A", stroke=INK, sw=10)),
           path(poly([(cx + 22 * math.cos(math.radians(-90 + 36 * i)) * (1 if i % 2 == 0 else .45),
                       cy - 168 + 22 * math.sin(math.radians(-90 + 36 * i)) * (1 if i % 2 == 0 else .45)) for i in range(10)]),
                **style(fill="#E0B04B", stroke=INK, sw=5)),
           "</g>"]
    b += cap
    return svg_doc(n, n, b, title="app logo / generated by assets/src/make_icons.py")


def main(argv=None) -> int:
    for name, fn in ICONS.items():
        write(OUT / f"{name}.svg", svg_doc(S, S, fn(), title=f"{name} / generated by assets/src/make_icons.py"))
    write(OUT / "app.svg", app_logo())
    print(f"wrote {len(ICONS) + 1} icons to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
