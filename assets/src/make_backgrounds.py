"""Generate the backgrounds: assets/backgrounds/<id>.svg (1920x1080, flat shapes).

    python assets/src/make_backgrounds.py

Adult eye height: waiting_room, front_desk, office. Child eye height (for the "Modo Niñez" replay):
child_eye_front_desk, child_eye_waiting_room. Text panels and a portrait are drawn on top, so the
lower third is kept calm and there is no text anywhere (pygame's SVG renderer draws none anyway).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from svgkit import INK, PALETTE, circle, ellipse, f, path, poly, shade, smooth, style, svg_doc, write  # noqa: E402

ASSETS = Path(__file__).resolve().parents[1]
OUT = ASSETS / "backgrounds"
W, H = 1920, 1080
LINE = 4  # outline weight in backgrounds (thinner than the portraits: scenery stays behind)

C = {
    **PALETTE,
    "wood": "#C98F5E",
}


def R(x, y, w, h, fill, rx=0, stroke=True, sw=LINE, op=None, extra=""):
    s = f' stroke="{INK}" stroke-width="{f(sw)}" stroke-linejoin="round"' if stroke else ""
    o = f' opacity="{op}"' if op is not None else ""
    r = f' rx="{f(rx)}"' if rx else ""
    return f'<rect x="{f(x)}" y="{f(y)}" width="{f(w)}" height="{f(h)}"{r} fill="{fill}"{s}{o}{extra}/>'


def L(points, col=INK, sw=LINE, op=None, closed=False):
    return path(poly(points, closed=closed), **style(stroke=col, sw=sw, op=op))


def shape(points, fill, sw=LINE, stroke=True, op=None):
    return path(poly(points), **style(fill=fill, stroke=INK if stroke else None, sw=sw, op=op))


def blob(points, fill, sw=LINE, stroke=True, op=None, tension=1.0):
    return path(smooth(points, tension=tension), **style(fill=fill, stroke=INK if stroke else None, sw=sw, op=op))


def grad_v(id_, c0, c1, y0, y1):
    return (f'<linearGradient id="{id_}" gradientUnits="userSpaceOnUse" x1="0" y1="{f(y0)}" x2="0" y2="{f(y1)}">'
            f'<stop offset="0" stop-color="{c0}"/><stop offset="1" stop-color="{c1}"/></linearGradient>')


def glow(id_, cx, cy, r, col, op=0.55):
    return (f'<radialGradient id="{id_}" gradientUnits="userSpaceOnUse" cx="{f(cx)}" cy="{f(cy)}" r="{f(r)}">'
            f'<stop offset="0" stop-color="{col}" stop-opacity="{op}"/>'
            f'<stop offset="1" stop-color="{col}" stop-opacity="0"/></radialGradient>')


# ----------------------------------------------------------------------------------------------
# Props
# ----------------------------------------------------------------------------------------------


def window(x, y, w, h, sky_id, curtains=None, blinds=False):
    out = [R(x - 14, y - 14, w + 28, h + 28, C["white"], rx=10),
           R(x, y, w, h, f"url(#{sky_id})", stroke=False)]
    # a soft landscape: hills and a cloud
    out.append(blob([(x, y + h * .75), (x + w * .3, y + h * .58), (x + w * .62, y + h * .7), (x + w, y + h * .6),
                     (x + w, y + h), (x, y + h)], "#A9D39A", stroke=False, tension=.6))
    out.append(blob([(x, y + h * .88), (x + w * .45, y + h * .74), (x + w, y + h * .86), (x + w, y + h), (x, y + h)],
                    "#8CC084", stroke=False, tension=.6))
    cx, cy = x + w * .32, y + h * .28
    for dx, dy, r in ((0, 0, 30), (34, -12, 36), (70, 4, 28)):
        out.append(circle(cx + dx, cy + dy, r, **style(fill="#FFFFFF", op=.95)))
    if blinds:
        for i in range(1, 9):
            yy = y + i * h / 9
            out.append(L([(x, yy), (x + w, yy)], col="#B8C6CF", sw=7))
    out.append(R(x, y, w, h, "none", sw=LINE + 2))
    out.append(L([(x + w / 2, y), (x + w / 2, y + h)], col=C["white"], sw=14))
    out.append(L([(x, y + h / 2), (x + w, y + h / 2)], col=C["white"], sw=14))
    out.append(R(x - 30, y + h + 10, w + 60, 22, C["white"], rx=6))
    if curtains:
        for s in (0, 1):
            cxx = x - 40 if s == 0 else x + w + 40
            d = -1 if s == 0 else 1
            pts = [(cxx - d * 10, y - 40), (cxx - d * 90, y - 40), (cxx - d * 70, y + h * .5), (cxx - d * 95, y + h + 40),
                   (cxx + d * 25, y + h + 40), (cxx + d * 5, y + h * .5)]
            out.append(blob(pts, curtains, tension=.5))
        out.append(R(x - 150, y - 52, w + 300, 16, C["wood"], rx=8))
    return out


def kid_chair(x, yf, col, s=1.0, facing=1):
    """A low, rounded child's chair standing on the floor line yf, centred on x."""
    seat_h = 130 * s
    w = 120 * s
    out = []
    back = shade(col, .8)
    # back legs
    out.append(R(x - w * .42, yf - seat_h, 12 * s, seat_h, back, rx=5 * s))
    out.append(R(x + w * .42 - 12 * s, yf - seat_h, 12 * s, seat_h, back, rx=5 * s))
    # backrest
    bx = x + facing * w * .05
    out.append(R(bx - w * .5, yf - seat_h - 120 * s, w, 100 * s, col, rx=30 * s))
    out.append(R(bx - w * .5 + 14 * s, yf - seat_h - 104 * s, w - 28 * s, 30 * s, shade(col, 1.25), rx=14 * s,
                 stroke=False))
    # seat and front legs
    out.append(R(x - w * .58, yf - seat_h - 24 * s, w * 1.16, 30 * s, col, rx=14 * s))
    out.append(R(x - w * .5, yf - seat_h + 6 * s, 16 * s, seat_h - 6 * s, col, rx=6 * s))
    out.append(R(x + w * .5 - 16 * s, yf - seat_h + 6 * s, 16 * s, seat_h - 6 * s, col, rx=6 * s))
    return out


def adult_chair(x, yf, col, s=1.0):
    out = []
    seat = 250 * s
    w = 190 * s
    out.append(R(x - w * .44, yf - seat, 14 * s, seat, shade(col, .7), rx=5))
    out.append(R(x + w * .44 - 14 * s, yf - seat, 14 * s, seat, shade(col, .7), rx=5))
    out.append(R(x - w * .5, yf - seat - 230 * s, w, 200 * s, col, rx=24 * s))
    out.append(R(x - w * .58, yf - seat - 34 * s, w * 1.16, 40 * s, col, rx=16 * s))
    out.append(R(x - w * .52, yf - seat + 6 * s, 16 * s, seat - 6 * s, shade(col, .85), rx=6))
    out.append(R(x + w * .52 - 16 * s, yf - seat + 6 * s, 16 * s, seat - 6 * s, shade(col, .85), rx=6))
    return out


def low_table(x, yf, w, h, col):
    out = [ellipse(x, yf - 4, w * .42, 16, **style(fill="#000000", op=.08))]
    out.append(R(x - w * .38, yf - h, 18, h, shade(col, .8), rx=6))
    out.append(R(x + w * .38 - 18, yf - h, 18, h, shade(col, .8), rx=6))
    out.append(ellipse(x, yf - h, w / 2, 34, **style(fill=col, stroke=INK, sw=LINE)))
    out.append(ellipse(x, yf - h - 6, w / 2 - 16, 22, **style(fill=shade(col, 1.15))))
    return out


def ball(x, y, r):
    return [circle(x, y, r, **style(fill=C["sun"], stroke=INK, sw=LINE)),
            path(f"M{f(x - r * .96)} {f(y - r * .05)}Q{f(x)} {f(y - r * .6)} {f(x + r * .96)} {f(y - r * .05)}",
                 **style(stroke=C["coral"], sw=r * .26, cap="butt")),
            path(f"M{f(x - r * .82)} {f(y + r * .5)}Q{f(x)} {f(y + r * .12)} {f(x + r * .82)} {f(y + r * .5)}",
                 **style(stroke=C["sky"], sw=r * .2, cap="butt")),
            circle(x, y, r, **style(stroke=INK, sw=LINE))]


def block(x, y, s, col, glyph):
    out = [R(x, y, s, s, col, rx=s * .12)]
    cx, cy, r = x + s / 2, y + s / 2, s * .28
    if glyph == "circle":
        out.append(circle(cx, cy, r, **style(fill=C["white"], stroke=INK, sw=3)))
    elif glyph == "tri":
        out.append(shape([(cx, cy - r), (cx + r, cy + r * .8), (cx - r, cy + r * .8)], C["white"], sw=3))
    elif glyph == "heart":
        out.append(heart(cx, cy, r * 1.1, C["white"], 3))
    return out


def heart(cx, cy, r, fill, sw=LINE, stroke=True):
    d = (f"M{f(cx)} {f(cy + r * .9)}C{f(cx - r * 1.3)} {f(cy)} {f(cx - r * .9)} {f(cy - r * 1.05)} {f(cx)} {f(cy - r * .45)}"
         f"C{f(cx + r * .9)} {f(cy - r * 1.05)} {f(cx + r * 1.3)} {f(cy)} {f(cx)} {f(cy + r * .9)}Z")
    return path(d, **style(fill=fill, stroke=INK if stroke else None, sw=sw))


def teddy(x, yf, s=1.0, col="#C88B5A"):
    out = []
    lt = shade(col, 1.3)
    # body, legs, arms, head, ears
    out.append(ellipse(x, yf - 70 * s, 62 * s, 70 * s, **style(fill=col, stroke=INK, sw=LINE)))
    out.append(ellipse(x, yf - 62 * s, 36 * s, 42 * s, **style(fill=lt)))
    for d in (-1, 1):
        out.append(ellipse(x + d * 52 * s, yf - 16 * s, 30 * s, 22 * s, **style(fill=col, stroke=INK, sw=LINE)))
        out.append(ellipse(x + d * 54 * s, yf - 16 * s, 15 * s, 12 * s, **style(fill=lt)))
        out.append(ellipse(x + d * 60 * s, yf - 92 * s, 20 * s, 34 * s, **style(fill=col, stroke=INK, sw=LINE)))
    for d in (-1, 1):
        out.append(circle(x + d * 44 * s, yf - 218 * s, 22 * s, **style(fill=col, stroke=INK, sw=LINE)))
        out.append(circle(x + d * 44 * s, yf - 218 * s, 11 * s, **style(fill=lt)))
    out.append(circle(x, yf - 170 * s, 58 * s, **style(fill=col, stroke=INK, sw=LINE)))
    out.append(ellipse(x, yf - 152 * s, 26 * s, 19 * s, **style(fill=lt)))
    out.append(ellipse(x, yf - 160 * s, 9 * s, 6 * s, **style(fill=INK)))
    out.append(path(f"M{f(x - 10 * s)} {f(yf - 147 * s)}Q{f(x)} {f(yf - 139 * s)} {f(x + 10 * s)} {f(yf - 147 * s)}",
                    **style(stroke=INK, sw=3.5)))
    for d in (-1, 1):
        out.append(circle(x + d * 22 * s, yf - 182 * s, 6 * s, **style(fill=INK)))
    out.append(path(f"M{f(x - 26 * s)} {f(yf - 124 * s)}Q{f(x)} {f(yf - 110 * s)} {f(x + 26 * s)} {f(yf - 124 * s)}",
                    **style(stroke=C["rose"], sw=10 * s)))
    return out


def plant(x, yf, s=1.0, pot=C["coral"]):
    out = []
    leaves = [(-60, -250, -30), (50, -270, 25), (-10, -300, -5), (-95, -180, -50), (90, -190, 45)]
    for dx, dy, a in leaves:
        lx, ly = x + dx * s, yf - 90 * s + dy * s * .75
        out.append(f'<g transform="rotate({a} {f(lx)} {f(ly)})">'
                   + ellipse(lx, ly, 32 * s, 90 * s, **style(fill=C["leaf"], stroke=INK, sw=LINE))
                   + path(f"M{f(lx)} {f(ly - 70 * s)}L{f(lx)} {f(ly + 80 * s)}", **style(stroke=shade(C["leaf"], .75), sw=3))
                   + "</g>")
    out.append(shape([(x - 70 * s, yf - 130 * s), (x + 70 * s, yf - 130 * s), (x + 52 * s, yf), (x - 52 * s, yf)], pot))
    out.append(R(x - 80 * s, yf - 150 * s, 160 * s, 30 * s, shade(pot, .9), rx=8))
    return out


def books(x, yb, cols, hs, w=34, lean_last=True):
    out = []
    xx = x
    for i, (c, h) in enumerate(zip(cols, hs)):
        if lean_last and i == len(cols) - 1:
            out.append(f'<g transform="rotate(16 {f(xx)} {f(yb)})">' + R(xx, yb - h, w, h, c, rx=4) + "</g>")
        else:
            out.append(R(xx, yb - h, w, h, c, rx=4))
            out.append(L([(xx + 7, yb - h + 16), (xx + w - 7, yb - h + 16)], col=shade(c, 1.4), sw=4))
        xx += w + 4
    return out


def paper(x, y, w, h, rot, content, tape=C["sun"]):
    """A child's drawing taped to the wall."""
    cx, cy = x + w / 2, y + h / 2
    inner = [R(x + 6, y + 8, w, h, "#000000", stroke=False, op=.08), R(x, y, w, h, C["white"], rx=4)]
    inner += content
    inner.append(f'<rect x="{f(cx - 34)}" y="{f(y - 14)}" width="68" height="26" rx="4" fill="{tape}" opacity="0.85"/>')
    return f'<g transform="rotate({rot} {f(cx)} {f(cy)})">' + "".join(inner) + "</g>"


def crayon(points, col, sw=9, closed=False):
    return path(smooth(points, closed=closed), **style(stroke=col, sw=sw))


def drawing_house(x, y, w, h):
    out = [circle(x + w * .8, y + h * .22, h * .12, **style(fill=C["sun"])),
           crayon([(x + w * .8 - h * .2, y + h * .05), (x + w * .8 - h * .16, y + h * .1)], C["sun"], 6),
           shape([(x + w * .2, y + h * .5), (x + w * .45, y + h * .28), (x + w * .7, y + h * .5)], C["coral"], 5, stroke=False),
           R(x + w * .25, y + h * .5, w * .4, h * .36, C["sky"], stroke=False),
           R(x + w * .4, y + h * .64, w * .1, h * .22, C["berry"], stroke=False),
           crayon([(x + w * .05, y + h * .88), (x + w * .5, y + h * .86), (x + w * .95, y + h * .89)], C["leaf"], 10)]
    return out


def drawing_rainbow(x, y, w, h):
    out = []
    for i, c in enumerate([C["berry"], C["sun"], C["leaf"], C["sky"], C["lilac"]]):
        r = w * .4 - i * 13
        out.append(path(f"M{f(x + w / 2 - r)} {f(y + h * .78)}A{f(r)} {f(r)} 0 0 1 {f(x + w / 2 + r)} {f(y + h * .78)}",
                        **style(stroke=c, sw=12, cap="butt")))
    for dx in (.18, .82):
        for k, (ox, oy, r) in enumerate(((-18, 0, 18), (0, -10, 22), (20, 0, 17))):
            out.append(circle(x + w * dx + ox, y + h * .8 + oy, r, **style(fill="#D9EEF7")))
    return out


def drawing_family(x, y, w, h):
    out = []
    people = [(.22, 1.0, C["coral"]), (.5, .7, C["sun"]), (.76, .95, C["teal"])]
    base = y + h * .9
    for u, k, col in people:
        px = x + w * u
        top = base - h * .62 * k
        out.append(circle(px, top, h * .08 * (0.8 + k * .2), **style(stroke=INK, sw=5)))
        out.append(shape([(px, top + h * .08), (px - h * .11 * k, base - h * .15 * k), (px + h * .11 * k, base - h * .15 * k)],
                         col, 4, stroke=False))
        out.append(crayon([(px - h * .05, base - h * .15 * k), (px - h * .06, base)], INK, 5))
        out.append(crayon([(px + h * .05, base - h * .15 * k), (px + h * .06, base)], INK, 5))
    # holding hands: short arms meeting between the people
    for (u0, k0, _), (u1, k1, _) in zip(people, people[1:]):
        y0 = base - h * .62 * k0 + h * .24 * k0
        y1 = base - h * .62 * k1 + h * .24 * k1
        xm, ym = x + w * (u0 + u1) / 2, max(y0, y1) + h * .04
        out.append(crayon([(x + w * u0 + h * .04, y0), (xm, ym), (x + w * u1 - h * .04, y1)], INK, 5))
    out.append(heart(x + w * .5, y + h * .14, h * .09, C["rose"], stroke=False))
    return out


def drawing_flower(x, y, w, h):
    cx, cy = x + w / 2, y + h * .4
    out = [crayon([(cx, cy), (cx - 6, y + h * .92)], C["leaf"], 9),
           ellipse(cx + 22, y + h * .7, 24, 11, **style(fill=C["leaf"]))]
    for i in range(6):
        a = math.radians(i * 60)
        out.append(circle(cx + math.cos(a) * h * .14, cy + math.sin(a) * h * .14, h * .11, **style(fill=C["rose"])))
    out.append(circle(cx, cy, h * .1, **style(fill=C["sun"])))
    return out


def clock(x, y, r):
    return [circle(x, y, r, **style(fill=C["white"], stroke=INK, sw=LINE + 2)),
            L([(x, y), (x, y - r * .6)], sw=6), L([(x, y), (x + r * .45, y + r * .1)], sw=6),
            circle(x, y, 6, **style(fill=INK))]


# ----------------------------------------------------------------------------------------------
# Scenes
# ----------------------------------------------------------------------------------------------


def room_shell(wall, wall_low, floor, floor_line, base, rail=None, y_floor=760, y_rail=560, planks=True):
    out = [R(0, 0, W, y_floor, wall, stroke=False),
           R(0, y_rail, W, y_floor - y_rail, wall_low, stroke=False)]
    if rail:
        out.append(R(0, y_rail - 10, W, 20, rail, stroke=False))
    out.append(R(0, y_floor, W, H - y_floor, floor, stroke=False))
    if planks:
        for i, yy in enumerate((830, 910, 1000)):
            out.append(L([(0, yy), (W, yy)], col=floor_line, sw=4))
            for k in range(6):
                xx = (k * 360 + i * 170) % W
                y0 = (y_floor if i == 0 else (830, 910)[i - 1])
                out.append(L([(xx, y0), (xx, yy)], col=floor_line, sw=4))
    out.append(R(0, y_floor - 22, W, 26, base, stroke=False))
    out.append(L([(0, y_floor + 4), (W, y_floor + 4)], col=shade(base, .8), sw=4))
    return out


def waiting_room():
    defs = [grad_v("sky", "#BFE6F5", "#EAF7FC", 150, 520), glow("lamp", 960, 0, 900, "#FFE7B8", .6)]
    b = room_shell("#FCE9D8", "#F8D8BE", "#EBCFA6", "#DDBB8C", "#E2A27E", rail="#F0BE9C")
    b.append(R(0, 0, W, 700, "url(#lamp)", stroke=False))
    b += window(130, 150, 400, 330, "sky", curtains=C["leaf"])
    # drawings on the wall, at a child's reach and above
    b.append(paper(700, 150, 230, 180, -4, drawing_house(700, 150, 230, 180), tape=C["sun"]))
    b.append(paper(980, 120, 250, 170, 3, drawing_rainbow(980, 120, 250, 170), tape=C["sky"]))
    b.append(paper(1270, 170, 220, 190, -2, drawing_family(1270, 170, 220, 190), tape=C["rose"]))
    b.append(paper(860, 370, 170, 150, 5, drawing_flower(860, 370, 170, 150), tape=C["leaf"]))
    # bunting
    pts = [(600, 60), (1000, 100), (1560, 60)]
    b.append(path(smooth(pts, closed=False), **style(stroke=INK, sw=3)))
    for i in range(11):
        t = i / 10
        x = 620 + t * 920
        y = 62 + 38 * math.sin(math.pi * t)
        col = [C["coral"], C["sun"], C["teal"], C["lilac"], C["sky"]][i % 5]
        b.append(shape([(x - 28, y), (x + 28, y + 2), (x, y + 56)], col, 3))
    # a low shelf with books and toy boxes
    sx, sy = 1400, 470
    b.append(R(sx, sy, 340, 290, C["wood"], rx=12))
    b.append(R(sx + 18, sy + 18, 304, 112, shade(C["wood"], .78), rx=6, stroke=False))
    b.append(R(sx + 18, sy + 150, 304, 118, shade(C["wood"], .78), rx=6, stroke=False))
    b += books(sx + 30, sy + 130, [C["coral"], C["sky"], C["sun"], C["leaf"], C["lilac"]], [96, 84, 100, 78, 90])
    b.append(R(sx + 36, sy + 186, 120, 82, C["teal"], rx=8))
    b.append(R(sx + 176, sy + 186, 130, 82, C["sun"], rx=8))
    b += ball(sx + 110, sy + 168, 26)
    b += teddy(sx + 250, sy + 4, .55)
    # rug, low table and little chairs
    b.append(ellipse(1000, 900, 560, 110, **style(fill="#D9C6EE", stroke=INK, sw=LINE)))
    b.append(ellipse(1000, 900, 470, 82, **style(stroke="#C3A9E3", sw=8)))
    b += kid_chair(700, 880, C["coral"], 1.0, 1)
    b += kid_chair(1300, 880, C["sky"], 1.0, -1)
    b += low_table(1000, 905, 330, 120, C["sun"])
    b += block(905, 728, 50, C["coral"], "circle") + block(960, 728, 50, C["teal"], "tri") + block(932, 678, 50, C["lilac"], "heart")
    b += books(1060, 786, [C["rose"], C["sky"]], [20, 20], w=70, lean_last=False)
    # floor toys
    b += ball(440, 990, 44)
    b += block(1500, 960, 64, C["sun"], "heart") + block(1572, 960, 64, C["sky"], "circle") + block(1536, 896, 64, C["leaf"], "tri")
    b += plant(1830, 770, .75, pot=C["teal"])
    return svg_doc(W, H, b, defs, title="waiting_room / generated by assets/src/make_backgrounds.py")


def counter_front(x0, x1, top, bottom, col, top_col):
    out = [R(x0 - 30, top - 34, (x1 - x0) + 60, 40, top_col, rx=8),
           R(x0, top + 6, x1 - x0, bottom - top - 6, col)]
    n = 5
    for i in range(n):
        px = x0 + 24 + i * (x1 - x0 - 24) / n
        pw = (x1 - x0 - 24) / n - 24
        out.append(R(px, top + 36, pw, bottom - top - 70, shade(col, 1.12), rx=10, stroke=False))
    out.append(R(x0 - 30, top - 34, (x1 - x0) + 60, 12, shade(top_col, 1.25), rx=6, stroke=False))
    return out


def notice_board(x, y, w, h):
    out = [R(x, y, w, h, "#D7B78A", rx=8), R(x + 12, y + 12, w - 24, h - 24, "#E4C79D", rx=4, stroke=False)]
    notes = [(0.06, 0.1, .26, .5, C["white"]), (0.38, 0.08, .24, .38, "#FFF3B0"), (0.68, 0.12, .26, .44, C["white"]),
             (0.4, 0.55, .3, .36, "#D8EEF8"), (0.08, 0.66, .22, .26, "#FFE0D6"), (0.74, 0.62, .2, .3, C["white"])]
    for u, v, ww, hh, c in notes:
        nx, ny, nw, nh = x + u * w, y + v * h, ww * w, hh * h
        out.append(R(nx, ny, nw, nh, c, rx=3, sw=3))
        for k in range(3):
            out.append(L([(nx + 10, ny + 22 + k * 16), (nx + nw * (.85 - .15 * (k % 2)), ny + 22 + k * 16)], col="#9AA7B0", sw=4))
        out.append(circle(nx + nw / 2, ny + 4, 7, **style(fill=C["berry"], stroke=INK, sw=2)))
    return out


def flag(x, yf, h=420):
    out = [R(x - 6, yf - h, 12, h, "#B9A27A", rx=5), circle(x, yf - h - 6, 12, **style(fill=C["gold"], stroke=INK, sw=3))]
    fx, fy, fw, fh = x + 6, yf - h + 10, 180, 120
    # red-white-red, gently waving, without any emblem
    def band(u0, u1, col):
        p0 = [(fx + fw * u0, fy + 8 * math.sin(u0 * 6)), (fx + fw * u1, fy + 8 * math.sin(u1 * 6)),
              (fx + fw * u1, fy + fh + 8 * math.sin(u1 * 6)), (fx + fw * u0, fy + fh + 8 * math.sin(u0 * 6))]
        return shape(p0, col, 3)
    out += [band(0, 1 / 3, "#D52B1E"), band(1 / 3, 2 / 3, C["white"]), band(2 / 3, 1, "#D52B1E")]
    out.append(ellipse(x, yf, 50, 12, **style(fill="#7B8791", stroke=INK, sw=3)))
    return out


def stanchion(x, yf):
    return [R(x - 8, yf - 230, 16, 230, "#9AA7B0", rx=6), ellipse(x, yf, 44, 12, **style(fill="#7B8791", stroke=INK, sw=3)),
            circle(x, yf - 236, 14, **style(fill="#C9D3DA", stroke=INK, sw=3))]


def monitor(x, y, s=1.0):
    return [R(x - 20 * s, y + 120 * s, 40 * s, 40 * s, "#56616B"),
            R(x - 60 * s, y + 154 * s, 120 * s, 14 * s, "#56616B", rx=6),
            R(x - 110 * s, y, 220 * s, 130 * s, "#3D4852", rx=12 * s),
            R(x - 96 * s, y + 14 * s, 192 * s, 102 * s, "#9FD3E6", rx=6 * s, stroke=False)]


def paper_stack(x, y, n=4, w=120):
    out = []
    for i in range(n):
        out.append(R(x + (i % 2) * 6, y - i * 9, w, 12, C["white"], rx=2, sw=3))
    return out


def front_desk():
    defs = [grad_v("sky", "#CFE9F5", "#EEF8FC", 120, 400), glow("light", 960, 0, 1100, "#FFFFFF", .45)]
    b = room_shell("#DCE6EC", "#C7D6DF", "#B7C3CB", "#A7B4BC", "#8EA1AD", rail="#B2C4CF", planks=False)
    for i in range(1, 8):  # floor tiles
        b.append(L([(i * 240, 760), (i * 240 + (i * 240 - 960) * .35, H)], col="#A7B4BC", sw=4))
    for yy in (850, 960):
        b.append(L([(0, yy), (W, yy)], col="#A7B4BC", sw=4))
    b.append(R(0, 0, W, 700, "url(#light)", stroke=False))
    # ceiling lights
    for x in (480, 1440):
        b.append(R(x - 170, 0, 340, 26, "#F4F7F9", rx=8))
    b += window(1460, 130, 340, 260, "sky", blinds=True)
    b += notice_board(560, 120, 520, 300)
    b += clock(1230, 190, 62)
    # a hanging sign with a pictogram (a document and an arrow: "bring your papers here")
    b.append(L([(250, 0), (250, 70)], sw=4))
    b.append(L([(400, 0), (400, 70)], sw=4))
    b.append(R(200, 70, 250, 120, C["navy"], rx=18))
    b.append(R(232, 88, 64, 84, C["white"], rx=6, sw=3))
    for k in range(3):
        b.append(L([(244, 108 + k * 18), (284, 108 + k * 18)], col="#9AA7B0", sw=5))
    b.append(shape([(318, 118), (372, 118), (372, 100), (414, 130), (372, 160), (372, 142), (318, 142)], C["sun"], 3))
    # filing cabinets behind the counter
    for i, x in enumerate((170, 330)):
        b.append(R(x, 300, 150, 300, "#9AA9B3", rx=6))
        for k in range(3):
            b.append(R(x + 14, 318 + k * 94, 122, 78, "#AEBCC5", rx=4, sw=3))
            b.append(R(x + 55, 346 + k * 94, 40, 12, "#6E7C86", rx=5, sw=2))
    b += flag(1320, 560, 400)
    # the counter
    b += counter_front(140, 1780, 560, 860, "#5F8194", "#9DB3C0")
    b += monitor(560, 365, 1.0)
    b += paper_stack(800, 520, 5)
    b += paper_stack(1420, 520, 3, 100)
    # a pen holder and a small bell
    b.append(R(990, 470, 50, 56, C["teal"], rx=8))
    for dx, c in ((-12, C["berry"]), (0, C["navy"]), (12, C["sun"])):
        b.append(L([(1015 + dx, 470), (1015 + dx * 1.6, 430)], col=c, sw=8))
    b.append(path("M1120 522 A34 34 0 0 1 1188 522Z", **style(fill=C["gold"], stroke=INK, sw=LINE)))
    b.append(R(1110, 518, 88, 10, "#7B8791", rx=4))
    b.append(circle(1154, 484, 7, **style(fill=C["gold"], stroke=INK, sw=3)))
    # queue posts with a rope, and a row of joined seats for waiting adults
    b.append(path("M80 772 Q250 840 420 772", **style(stroke=C["teal"], sw=12)))
    b += stanchion(80, 1000) + stanchion(420, 1000)
    bx0, by = 1430, 1010
    b.append(R(bx0 - 10, by - 150, 3 * 150 + 10, 16, "#5F7380", rx=6))
    b.append(R(bx0 + 20, by - 140, 18, 140, "#5F7380", rx=6))
    b.append(R(bx0 + 3 * 150 - 40, by - 140, 18, 140, "#5F7380", rx=6))
    for i in range(3):
        x = bx0 + i * 150
        b.append(R(x, by - 330, 134, 150, C["navy"], rx=30))
        b.append(R(x - 6, by - 196, 146, 44, shade(C["navy"], 1.2), rx=18))
    return svg_doc(W, H, b, defs, title="front_desk / generated by assets/src/make_backgrounds.py")


def door(x, y, w, h, col, sign=True):
    out = [R(x - 22, y - 22, w + 44, h + 22, shade(col, .8), rx=6),
           R(x, y, w, h, col, rx=4)]
    for py, ph in ((y + 40, h * .38), (y + 80 + h * .38, h * .42)):
        out.append(R(x + 36, py, w - 72, ph, shade(col, 1.1), rx=8, sw=3))
    hx, hy = x + w - 44, y + h * .52
    out.append(circle(hx, hy, 16, **style(fill=C["gold"], stroke=INK, sw=3)))
    out.append(R(hx - 40, hy - 7, 40, 14, C["gold"], rx=7, sw=3))
    if sign:
        # a hanging sign: a sleeping moon, meaning "quiet, please"
        sx, sy = x + w / 2, y + 120
        out.append(L([(sx - 40, sy), (sx, sy - 50), (sx + 40, sy)], sw=3))
        out.append(R(sx - 70, sy, 140, 100, C["cream"], rx=14))
        out.append(path(f"M{f(sx + 10)} {f(sy + 20)}A34 34 0 1 0 {f(sx + 22)} {f(sy + 74)}A26 26 0 1 1 {f(sx + 10)} {f(sy + 20)}Z",
                        **style(fill=C["sun"], stroke=INK, sw=3)))
        out.append(path(star_path(sx + 40, sy + 36, 10), **style(fill=C["sun"], stroke=INK, sw=2)))
    return out


def star_path(cx, cy, r, n=5):
    pts = []
    for i in range(n * 2):
        rr = r if i % 2 == 0 else r * .45
        a = math.radians(-90 + 180 * i / n)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return poly(pts)


def armchair(x, yf, col, s=1.0):
    out = [ellipse(x, yf, 170 * s, 16 * s, **style(fill="#000000", op=.08))]
    out.append(R(x - 150 * s, yf - 360 * s, 300 * s, 260 * s, col, rx=60 * s))
    out.append(R(x - 170 * s, yf - 190 * s, 340 * s, 150 * s, shade(col, .9), rx=40 * s))
    for d in (-1, 1):
        out.append(R(x + d * 150 * s - 40 * s, yf - 240 * s, 80 * s, 200 * s, col, rx=36 * s))
    out.append(R(x - 110 * s, yf - 200 * s, 220 * s, 60 * s, shade(col, 1.12), rx=26 * s))
    for d in (-1, 1):
        out.append(R(x + d * 120 * s - 8 * s, yf - 40 * s, 16 * s, 40 * s, C["wood"], rx=4))
    return out


def office():
    defs = [grad_v("sky", "#BFE6F5", "#EAF7FC", 180, 500), glow("lamp", 1560, 430, 420, "#FFE2A0", .55)]
    b = room_shell("#E5EEDF", "#D5E3CC", "#D9B48A", "#C79E74", "#A9C29A", rail="#C2D6B6")
    b += door(150, 230, 300, 530, "#B98456")
    b += window(700, 180, 420, 320, "sky", curtains="#F3C6A5")
    # a framed child's drawing and a calm shelf
    b.append(R(1290, 100, 210, 160, C["white"]))
    b += drawing_flower(1320, 112, 150, 136)
    b.append(R(1260, 380, 380, 24, C["wood"], rx=6))
    b += books(1290, 380, [C["teal"], C["sun"], C["lilac"], C["coral"]], [90, 76, 96, 70])
    b += teddy(1560, 380, .45, col="#D9A16E")
    # desk with a lamp, a box of tissues and a glass of water
    b.append(ellipse(1560, 430, 420, 420, **style(fill="url(#lamp)")))
    b.append(R(1320, 600, 520, 36, C["wood"], rx=10))
    b.append(R(1350, 636, 30, 150, shade(C["wood"], .8), rx=6))
    b.append(R(1780, 636, 30, 150, shade(C["wood"], .8), rx=6))
    b.append(R(1600, 636, 200, 110, shade(C["wood"], .9), rx=8))
    b.append(R(1680, 676, 40, 12, shade(C["wood"], .6), rx=6, sw=2))
    lx = 1720
    b.append(R(lx - 50, 588, 100, 16, "#6E7C86", rx=6))
    b.append(L([(lx, 590), (lx - 30, 500), (lx + 10, 440)], col="#6E7C86", sw=10))
    b.append(shape([(lx - 40, 430), (lx + 60, 430), (lx + 80, 480), (lx - 60, 480)], C["sun"]))
    b.append(R(1400, 548, 110, 54, C["sky"], rx=8))
    b.append(path("M1430 548 Q1455 512 1480 548", **style(fill=C["white"], stroke=INK, sw=3)))
    b.append(R(1540, 530, 44, 70, "#DDF1F8", rx=6, op=.95))
    b.append(R(1543, 556, 38, 42, "#9ED8F0", rx=5, stroke=False))
    # two soft armchairs facing each other and a round rug
    b.append(ellipse(900, 930, 520, 100, **style(fill="#F1B99B", stroke=INK, sw=LINE)))
    b.append(ellipse(900, 930, 430, 72, **style(stroke="#E7A283", sw=8)))
    b += armchair(640, 930, C["teal"], .8)
    b += armchair(1160, 930, C["sun"], .62)
    b += plant(1850, 1000, .8, pot=C["coral"])
    return svg_doc(W, H, b, defs, title="office / generated by assets/src/make_backgrounds.py")


# ----------------------------------------------------------------------------------------------
# Child's eye height: the same places, seen from about one metre
# ----------------------------------------------------------------------------------------------


def legs(x, top, yf, w, col, shoe, taper=0.0, skirt=None, skin="#B97A4E", gap=14):
    """A standing adult seen from a child's height: only legs and shoes, cut by the top of the frame.

    Seen from below, a body narrows towards the top (taper)."""
    out = []
    crotch = top + (yf - top) * .22
    top_half = w * (1 - taper) * 1.05
    if not skirt:
        out.append(shape([(x - top_half - gap / 2, top), (x + top_half + gap / 2, top),
                          (x + top_half * .95, crotch + 20), (x - top_half * .95, crotch + 20)], col))
    for d in (-1, 1):
        cx = x + d * (w / 2 + gap / 2)
        xt = x + d * (top_half / 2 + gap / 4)
        tw = top_half
        y0 = crotch if not skirt else top
        pts = [(xt - tw / 2, y0), (xt + tw / 2, y0), (cx + w / 2 * .9, yf - 60), (cx - w / 2 * .9, yf - 60)]
        out.append(shape(pts, skin if skirt else col))
        sx = cx + d * w * .18
        out.append(path(f"M{f(sx - w * .62)} {f(yf)}L{f(sx - w * .55)} {f(yf - 70)}Q{f(sx)} {f(yf - 92)} {f(sx + w * .55)} {f(yf - 70)}"
                        f"Q{f(sx + w * .85)} {f(yf - 30)} {f(sx + w * .72)} {f(yf)}Z", **style(fill=shoe, stroke=INK, sw=LINE)))
    if not skirt:
        out.append(L([(x, top), (x, crotch + 14)], sw=3, col=shade(col, .7)))
    if skirt:
        out.append(shape([(x - w * 1.2, top), (x + w * 1.2, top), (x + w * 1.55, top + (yf - top) * .45),
                          (x - w * 1.55, top + (yf - top) * .45)], skirt))
    return out


def child_eye_front_desk():
    defs = [glow("light", 960, -200, 1200, "#FFFFFF", .5),
            grad_v("shade", "#6C8596", "#4E6677", 120, 900)]
    b = [R(0, 0, W, H, "#D2DDE4", stroke=False)]
    # the far wall and floor, with a low horizon (the eye is about one metre up)
    b.append(R(0, 600, W, H - 600, "#B3BFC7", stroke=False))
    vx, vy = 900, 560
    for k in range(-8, 10):
        xb = vx + k * 320
        b.append(L([(vx + k * 60, 600), (xb, H)], col="#A2AFB7", sw=4))
    for yy in (660, 760, 900):
        b.append(L([(0, yy), (W, yy)], col="#A2AFB7", sw=4))
    b.append(R(0, 0, W, 600, "url(#light)", stroke=False))
    b.append(R(0, 584, W, 20, "#8EA1AD", stroke=False))
    # far: a chair seat seen from below, a notice board too high to read
    b += notice_board(80, 60, 360, 220)
    # THE COUNTER: huge, its overhang seen from underneath
    x0, x1 = 560, 1920
    b.append(R(x0, 150, x1 - x0 + 20, 880, "url(#shade)"))
    for i in range(4):
        px = x0 + 40 + i * 330
        b.append(R(px, 230, 280, 720, "#6F8A9B", rx=14, stroke=False))
    b.append(shape([(x0 - 70, 70), (x1 + 20, 70), (x1 + 20, 150), (x0, 150)], "#7E96A5"))
    b.append(shape([(x0 - 70, 0), (x1 + 20, 0), (x1 + 20, 70), (x0 - 70, 70)], "#9DB3C0"))
    b.append(R(x0 - 70, 60, x1 - x0 + 90, 14, "#B9CAD4", stroke=False))
    # something hangs over the edge, out of reach: the corner of a sheet of paper
    b.append(shape([(900, 70), (1020, 70), (1010, 128), (912, 118)], C["white"], 3))
    # adults' legs at the counter
    b += legs(300, -20, 1010, 120, "#3F5A7A", "#3B2B25", taper=.3)
    b += legs(720, -20, 1040, 100, "#7A5C44", "#5A3A28", taper=.3, skirt="#9E5D8F", skin="#C88A60")
    # her handbag hangs at a child's eye level
    b.append(path("M880 300 Q920 200 960 300", **style(stroke="#5A3A28", sw=10)))
    b.append(R(850, 300, 140, 110, C["coral"], rx=20))
    b.append(R(850, 330, 140, 14, shade(C["coral"], .85), stroke=False))
    # a very tall officer, seen from below: trousers, belt and shirt, the face far above, cut by the frame
    ox = 1400
    oc, od = C["olive"], C["olive_dark"]
    b.append(shape([(ox - 210, -20), (ox + 210, -20), (ox + 190, 300), (ox - 190, 300)], oc))  # shirt
    b.append(L([(ox, -20), (ox, 300)], sw=4))
    for yy in (60, 160, 250):
        b.append(circle(ox + 14, yy, 8, **style(fill=od, stroke=INK, sw=2.5)))
    b.append(R(ox - 200, 290, 400, 44, "#2E2A26", rx=6))  # belt
    b.append(R(ox - 30, 294, 60, 36, "#B8B8B0", rx=6, sw=3))  # a plain buckle
    for d in (-1, 1):
        b.append(shape([(ox + d * 8, 334), (ox + d * 190, 334), (ox + d * 150, 960), (ox + d * 40, 960)], od))
        sx = ox + d * 95
        b.append(path(f"M{f(sx - 86)} {f(1050)}L{f(sx - 70)} {f(950)}Q{f(sx)} {f(925)} {f(sx + 70)} {f(950)}"
                      f"Q{f(sx + 100)} {f(1000)} {f(sx + 90)} {f(1050)}Z", **style(fill="#1F1B18", stroke=INK, sw=LINE)))
    # an arm holding a clipboard, high up
    b.append(shape([(ox + 210, -20), (ox + 300, -20), (ox + 330, 250), (ox + 250, 270)], oc))
    b.append(f'<g transform="rotate(-8 {ox + 330} 240)">' + R(ox + 250, 160, 170, 220, "#C9A36B", rx=10)
             + R(ox + 268, 190, 134, 170, C["white"], rx=4, sw=3) + "</g>")
    hx, hy = ox + 292, 268
    b.append(ellipse(hx, hy, 40, 34, **style(fill="#C28456", stroke=INK, sw=LINE)))
    for k in range(3):
        b.append(ellipse(hx + 30, hy - 22 + k * 20, 16, 10, **style(fill="#C28456", stroke=INK, sw=3)))
    return svg_doc(W, H, b, defs, title="child_eye_front_desk / generated by assets/src/make_backgrounds.py")


def child_eye_waiting_room():
    defs = [grad_v("sky", "#BFE6F5", "#EAF7FC", 0, 300), glow("lamp", 960, 0, 1100, "#FFE7B8", .55)]
    b = [R(0, 0, W, 620, "#FCE9D8", stroke=False), R(0, 360, W, 260, "#F8D8BE", stroke=False),
         R(0, 350, W, 20, "#F0BE9C", stroke=False), R(0, 620, W, H - 620, "#EBCFA6", stroke=False)]
    for k in range(-6, 8):
        b.append(L([(960 + k * 70, 620), (960 + k * 330, H)], col="#DDBB8C", sw=4))
    for yy in (680, 780, 930):
        b.append(L([(0, yy), (W, yy)], col="#DDBB8C", sw=4))
    b.append(R(0, 600, W, 26, "#E2A27E", stroke=False))
    b.append(R(0, 0, W, 600, "url(#lamp)", stroke=False))
    # the window is high now: only its lower part shows
    b.append(R(110, -20, 460, 250, C["white"], rx=10))
    b.append(R(130, -20, 420, 226, "url(#sky)", stroke=False))
    b.append(L([(340, -20), (340, 206)], col=C["white"], sw=14))
    b.append(R(90, 214, 500, 26, C["white"], rx=6))
    # the drawings hang low: right at a child's eyes
    b.append(paper(700, 210, 280, 220, -3, drawing_family(700, 210, 280, 220), tape=C["rose"]))
    b.append(paper(1030, 190, 260, 200, 2, drawing_rainbow(1030, 190, 260, 200), tape=C["sky"]))
    b.append(paper(1340, 230, 240, 190, -2, drawing_house(1340, 230, 240, 190), tape=C["sun"]))
    # a rug, and the little chairs at just the right size
    b.append(ellipse(960, 960, 900, 170, **style(fill="#D9C6EE", stroke=INK, sw=LINE)))
    b += kid_chair(420, 900, C["coral"], 1.9, 1)
    b += kid_chair(1520, 880, C["sky"], 1.7, -1)
    # the low table seen almost edge-on, toys within reach
    tx, ty = 960, 760
    b.append(R(tx - 330, ty, 40, 170, shade(C["sun"], .8), rx=10))
    b.append(R(tx + 290, ty, 40, 170, shade(C["sun"], .8), rx=10))
    b.append(ellipse(tx, ty, 420, 36, **style(fill=C["sun"], stroke=INK, sw=LINE)))
    b.append(R(tx - 420, ty, 840, 26, shade(C["sun"], .85), rx=12))
    b += block(tx - 180, ty - 120, 100, C["coral"], "circle") + block(tx - 70, ty - 120, 100, C["teal"], "tri")
    b += block(tx - 125, ty - 224, 100, C["lilac"], "heart")
    b += teddy(tx + 200, ty - 20, .62)
    b += ball(300, 1000, 80)
    b += block(1640, 960, 110, C["sun"], "heart")
    return svg_doc(W, H, b, defs, title="child_eye_waiting_room / generated by assets/src/make_backgrounds.py")


SCENES = {
    "waiting_room": waiting_room,
    "front_desk": front_desk,
    "office": office,
    "child_eye_front_desk": child_eye_front_desk,
    "child_eye_waiting_room": child_eye_waiting_room,
}


def main(argv=None) -> int:
    for name, fn in SCENES.items():
        write(OUT / f"{name}.svg", fn())
    print(f"wrote {len(SCENES)} backgrounds to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
