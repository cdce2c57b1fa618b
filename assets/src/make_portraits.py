"""Generate every portrait: assets/portraits/<id>/<mood>.svg (12 characters x 6 moods).

One face builder (`build_portrait`), per-character parameters (`CHARACTERS`) and per-mood expression
parameters (`MOODS`), so the style stays the same everywhere and any change is one re-run away:

    python assets/src/make_portraits.py

The output is plain SVG that pygame-ce's nanosvg renderer draws (see svgkit.py for what is allowed).
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from svgkit import (INK, PALETTE, circle, ellipse, group, mix, path, poly, shade, smooth, style,  # noqa: E402
                    svg_doc, write, f)

ASSETS = Path(__file__).resolve().parents[1]
OUT = ASSETS / "portraits"
SIZE = 512
CX = SIZE / 2

MOOD_ORDER = ["calm", "scared", "sad", "withdrawn", "relieved", "tense"]

# ----------------------------------------------------------------------------------------------
# Palette (also listed in assets/README.md)
# ----------------------------------------------------------------------------------------------
P = {
    **PALETTE,
    "blush": "#F0806F",
    "tear": "#8ED6F5",
    "mouth": "#8A3B3B",
    "tongue": "#E98A8A",
    "iris": "#4A2C1E",
    "pupil": "#1E120D",
}

SKIN = {  # Peruvian families: a range of warm skin tones
    "s1": "#F0C39A",
    "s2": "#E2A978",
    "s3": "#CF9063",
    "s4": "#B97A4E",
    "s5": "#9C6240",
    "s6": "#7A4A30",
}

HAIR = {
    "black": "#262020",
    "darkbrown": "#3E2A22",
    "brown": "#5A3A28",
    "grey": "#C9C5C0",
    "salt": "#5B5550",
}

# ----------------------------------------------------------------------------------------------
# Age classes: the proportions that make a 4-year-old read as 4 and a 15-year-old as 15
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Age:
    cy: float       # widest line of the face
    a: float        # half width of the face
    top: float      # cy -> top of skull
    bot: float      # cy -> chin
    jaw: float      # chin roundness (1 round, 0.5 pointed)
    S: float        # neck base (top of the shoulders)
    SW: float       # half width of the shoulders
    nw: float       # half width of the neck
    eye_v: float    # eye line, as a fraction of bot below cy
    eye_sep: float  # eye centre distance from the middle, fraction of a
    eye_rx: float
    eye_ry: float
    nose_v: float
    mouth_v: float
    mouth_w: float
    brow_w: float   # eyebrow stroke
    blush: float
    nose_w: float


AGES = {
    "early": Age(cy=240, a=126, top=150, bot=114, jaw=0.88, S=380, SW=150, nw=32, eye_v=0.24,
                 eye_sep=0.40, eye_rx=0.175, eye_ry=0.20, nose_v=0.48, mouth_v=0.72, mouth_w=0.32,
                 brow_w=10, blush=0.5, nose_w=0.075),
    "school": Age(cy=220, a=110, top=146, bot=134, jaw=0.72, S=392, SW=180, nw=33, eye_v=0.12,
                  eye_sep=0.41, eye_rx=0.165, eye_ry=0.165, nose_v=0.42, mouth_v=0.68, mouth_w=0.36,
                  brow_w=10, blush=0.42, nose_w=0.09),
    "teen": Age(cy=206, a=104, top=146, bot=148, jaw=0.62, S=394, SW=204, nw=36, eye_v=0.04,
                eye_sep=0.42, eye_rx=0.16, eye_ry=0.145, nose_v=0.40, mouth_v=0.68, mouth_w=0.38,
                brow_w=10.5, blush=0.3, nose_w=0.10),
    "adult": Age(cy=200, a=108, top=142, bot=150, jaw=0.6, S=382, SW=236, nw=40, eye_v=0.02,
                 eye_sep=0.42, eye_rx=0.158, eye_ry=0.14, nose_v=0.40, mouth_v=0.68, mouth_w=0.44,
                 brow_w=11.5, blush=0.22, nose_w=0.11),
}


@dataclass(frozen=True)
class Character:
    id: str
    age: str
    skin: str
    hair: str
    hair_style: str
    outfit: str
    colors: dict = field(default_factory=dict)
    lashes: bool = False
    glasses: bool = False
    wrinkles: bool = False
    brow_color: str | None = None
    earrings: str | None = None
    face_scale: tuple = (1.0, 1.0)  # tweak width/height
    blush: float = 1.0


CHARACTERS = [
    Character("girl_early", "early", SKIN["s3"], HAIR["black"], "pigtails", "tshirt_star",
              {"shirt": P["sun"], "tie": P["rose"]}, lashes=True),
    Character("boy_early", "early", SKIN["s2"], HAIR["darkbrown"], "tuft", "tshirt_stripes",
              {"shirt": P["sky"], "stripe": P["white"]}),
    Character("girl_school", "school", SKIN["s6"], HAIR["black"], "puffs", "school_girl",
              {"shirt": P["grey"], "tie": P["coral"]}, lashes=True),
    Character("boy_school", "school", SKIN["s4"], HAIR["black"], "side_part", "school_boy",
              {"shirt": P["grey"]}),
    Character("girl_teen", "teen", SKIN["s2"], HAIR["darkbrown"], "long", "jacket",
              {"shirt": P["sun"], "jacket": "#5C86B8"}, lashes=True, earrings=P["teal"]),
    Character("boy_teen", "teen", SKIN["s5"], HAIR["black"], "messy", "hoodie",
              {"shirt": P["teal"]}),
    Character("mother", "adult", SKIN["s4"], HAIR["black"], "braid", "blouse",
              {"shirt": P["rose"], "tie": P["sun"]}, lashes=True, earrings=P["gold"]),
    Character("father", "adult", SKIN["s5"], HAIR["black"], "short", "jacket_man",
              {"shirt": "#4F6D8F", "inner": P["cream"]}, face_scale=(1.04, 1.0), blush=0.6),
    Character("grandmother", "adult", SKIN["s3"], HAIR["grey"], "bun", "shawl",
              {"shirt": "#6B4E8A"}, lashes=True, glasses=True, wrinkles=True,
              brow_color="#8E8780"),
    Character("officer", "adult", SKIN["s2"], HAIR["black"], "cap", "uniform",
              {"shirt": P["olive"]}, lashes=True, earrings=P["gold"]),
    Character("teacher", "adult", SKIN["s1"], HAIR["brown"], "wavy_short", "cardigan",
              {"shirt": P["gold"], "inner": "#BFE0F0"}, glasses=True, blush=0.7),
    Character("interpreter", "adult", SKIN["s6"], HAIR["darkbrown"], "bob", "blazer",
              {"shirt": P["teal"], "inner": P["cream"]}, lashes=True, earrings=P["coral"]),
]

# ----------------------------------------------------------------------------------------------
# Moods: eyebrows, eyes, mouth and posture
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mood:
    brow_in: float = 0.0     # + lowers the inner end (frown), - raises it (worry)
    brow_out: float = 0.0    # + lowers the outer end
    brow_arch: float = 0.3
    brow_lift: float = 0.0   # whole brow up (-) / down (+)
    eye_open: float = 1.0
    lid: float = 0.12        # upper lid cover, fraction of the eye height
    lid_slant: float = 0.0   # + outer corner lower (sad)
    lower: float = 0.0       # lower lid (smiling / squinting)
    look: tuple = (0.0, 0.0)
    iris: float = 0.70
    closed: bool = False
    mouth_w: float = 1.0
    mouth_curve: float = 0.3
    mouth_open: float = 0.0
    mouth_shape: str = "line"  # line | o | smile | pressed | wobble
    tilt: float = 0.0
    head_dy: float = 0.0
    turn: float = 0.0        # features shift sideways (fraction of a): looking away
    shrug: float = 0.0       # shoulders up (+) or dropped (-)
    blush: float = 1.0
    tear: bool = False
    crease: bool = False


MOODS = {
    "calm": Mood(brow_arch=0.35, eye_open=1.0, lid=0.10, mouth_w=1.0, mouth_curve=0.55),
    "scared": Mood(brow_in=-0.9, brow_out=-0.35, brow_arch=0.3, brow_lift=-0.35, eye_open=1.28,
                   lid=0.0, iris=0.50, mouth_w=0.62, mouth_open=0.62, mouth_shape="o", head_dy=-4,
                   shrug=0.6, blush=0.3),
    "sad": Mood(brow_in=-0.9, brow_out=0.45, brow_arch=-0.05, eye_open=0.95, lid=0.36, lid_slant=0.35,
                look=(0.0, 0.5), mouth_w=0.85, mouth_curve=-0.65, tilt=6, head_dy=10, shrug=-0.3,
                blush=0.6, tear=True),
    "withdrawn": Mood(brow_in=-0.35, brow_out=0.2, brow_arch=0.1, eye_open=0.95, lid=0.48,
                      look=(-0.85, 0.85), mouth_w=0.6, mouth_curve=-0.3, tilt=-8, head_dy=22,
                      turn=-0.12, shrug=1.0, blush=0.4),
    "relieved": Mood(brow_in=-0.35, brow_out=-0.05, brow_arch=0.45, brow_lift=-0.1, closed=True,
                     mouth_w=1.2, mouth_curve=0.75, mouth_open=0.20, mouth_shape="smile", tilt=5,
                     shrug=-0.35, blush=1.35),
    "tense": Mood(brow_in=0.45, brow_out=0.0, brow_arch=0.05, brow_lift=0.0, eye_open=0.92, lid=0.28,
                  lower=0.10, mouth_w=1.0, mouth_curve=0.0, mouth_shape="pressed", shrug=0.6,
                  blush=0.2, crease=True),
}

# ----------------------------------------------------------------------------------------------
# Geometry helpers
# ----------------------------------------------------------------------------------------------


@dataclass
class G:
    """The head geometry of one character in one mood."""
    cx: float
    cy: float
    a: float
    top: float
    bot: float
    jaw: float

    def P(self, u: float, v: float):
        return (self.cx + u * self.a, self.cy + v * (self.top if v < 0 else self.bot))

    def pts(self, uvs):
        return [self.P(u, v) for u, v in uvs]


def head_path(g: G) -> str:
    cx, cy, a, t, b, j = g.cx, g.cy, g.a, g.top, g.bot, g.jaw
    return (f"M{f(cx)} {f(cy - t)}"
            f"C{f(cx + .58 * a)} {f(cy - t)} {f(cx + a)} {f(cy - .62 * t)} {f(cx + a)} {f(cy)}"
            f"C{f(cx + a)} {f(cy + .52 * b)} {f(cx + j * a)} {f(cy + b)} {f(cx)} {f(cy + b)}"
            f"C{f(cx - j * a)} {f(cy + b)} {f(cx - a)} {f(cy + .52 * b)} {f(cx - a)} {f(cy)}"
            f"C{f(cx - a)} {f(cy - .62 * t)} {f(cx - .58 * a)} {f(cy - t)} {f(cx)} {f(cy - t)}Z")


def ellipse_pts(cx, cy, rx, ry, n=36):
    return [(cx + rx * math.cos(2 * math.pi * i / n), cy + ry * math.sin(2 * math.pi * i / n))
            for i in range(n)]


def cap_polygon(pts, line_y, above=True):
    """The part of a closed polygon above (or below) the line y = line_y(x), plus the chord ends."""
    out, chord = [], []
    n = len(pts)
    for i in range(n):
        p, q = pts[i], pts[(i + 1) % n]
        dp = p[1] - line_y(p[0])
        dq = q[1] - line_y(q[0])
        inside_p = dp < 0 if above else dp > 0
        inside_q = dq < 0 if above else dq > 0
        if inside_p:
            out.append(p)
        if inside_p != inside_q:
            t = dp / (dp - dq)
            x = p[0] + (q[0] - p[0]) * t
            pt = (x, line_y(x))
            out.append(pt)
            chord.append(pt)
    return out, chord


def scallop(cx, cy, r, bumps=11, depth=0.07, n=88):
    pts = []
    for i in range(n):
        th = 2 * math.pi * i / n
        rr = r * (1 + depth * abs(math.sin(bumps * th / 2)) - depth / 2)
        pts.append((cx + rr * math.cos(th), cy + rr * math.sin(th)))
    return smooth(pts)


def star_path(cx, cy, r, r2=None, n=5, rot=-90):
    r2 = r2 or r * 0.48
    pts = []
    for i in range(n * 2):
        rr = r if i % 2 == 0 else r2
        th = math.radians(rot + 180 * i / n)
        pts.append((cx + rr * math.cos(th), cy + rr * math.sin(th)))
    return poly(pts)


# ----------------------------------------------------------------------------------------------
# Face parts
# ----------------------------------------------------------------------------------------------


def eye(ch: Character, age: Age, g: G, m: Mood, side: int, ex: float, ey: float) -> list[str]:
    rx = age.eye_rx * g.a
    ry0 = age.eye_ry * g.a
    sw = 4.5
    items = []
    if m.closed:
        # relieved: eyes gently shut, like a long exhale
        w = rx * 1.05
        d = f"M{f(ex - w)} {f(ey - ry0 * .05)}Q{f(ex)} {f(ey + ry0 * .75)} {f(ex + w)} {f(ey - ry0 * .05)}"
        items.append(path(d, **style(stroke=INK, sw=6.5)))
        if ch.lashes:
            ox = ex + side * w
            items.append(path(f"M{f(ox)} {f(ey - ry0 * .05)}l{f(side * rx * .32)} {f(-ry0 * .28)}",
                              **style(stroke=INK, sw=4.5)))
        return items
    ry = ry0 * m.eye_open
    items.append(ellipse(ex, ey, rx, ry, **style(fill=P["white"])))
    r = ry0 * m.iris
    lx, ly = m.look
    n = math.hypot(lx, ly)
    if n > 1:
        lx, ly = lx / n, ly / n
    ix = ex + lx * max(0.0, rx - r) * 0.95
    iy = ey + ly * max(0.0, ry - r) * 0.95
    items.append(circle(ix, iy, r, **style(fill=P["iris"])))
    items.append(circle(ix, iy, r * 0.55, **style(fill=P["pupil"])))
    items.append(circle(ix - r * .32, iy - r * .38, r * .3, **style(fill="#FFFFFF")))
    items.append(circle(ix + r * .35, iy + r * .3, r * .12, **style(fill="#FFFFFF", op=.8)))
    # lids are painted in skin over the eye; only the visible opening gets an outline, so a lowered
    # lid never leaves a dark ring around the eye (it must never look like a bruise)
    cover = ellipse_pts(ex, ey, rx + 2.5, ry + 2.5, 48)
    visible = ellipse_pts(ex, ey, rx, ry, 48)
    chord_up = []
    if m.lid > 0:
        y0 = ey - ry + 2 * ry * m.lid
        slope = m.lid_slant * ry / rx * side  # outer corner lower when slant > 0

        def line(x, y0=y0, slope=slope):
            return y0 + (x - ex) * slope
        cap, _ = cap_polygon(cover, line, above=True)
        if len(cap) > 2:
            items.append(path(poly(cap), **style(fill=ch.skin)))
        visible, chord_up = cap_polygon(visible, line, above=False)
    if m.lower > 0:
        y1 = ey + ry - 2 * ry * m.lower
        cap, _ = cap_polygon(cover, lambda x: y1, above=False)
        if len(cap) > 2:
            items.append(path(poly(cap), **style(fill=ch.skin)))
        visible, _ = cap_polygon(visible, lambda x: y1, above=True)
    items.append(path(poly(visible), **style(stroke=INK, sw=sw)))
    if len(chord_up) == 2:
        items.append(path(poly(chord_up, closed=False), **style(stroke=INK, sw=6.5)))
    if ch.lashes:
        # one small lash at the outer corner of the opening
        if len(chord_up) == 2:
            ox, oy = max(chord_up, key=lambda p_: side * p_[0])
        else:
            ox, oy = ex + side * rx * .92, ey - ry * .35
        items.append(path(f"M{f(ox)} {f(oy)}l{f(side * rx * .35)} {f(-ry0 * .3)}", **style(stroke=INK, sw=4.5)))
    return items


def brow(ch: Character, age: Age, g: G, m: Mood, side: int, ex: float, ey: float) -> str:
    rx = age.eye_rx * g.a
    ry0 = age.eye_ry * g.a
    ry = ry0 * (m.eye_open if not m.closed else 1.0)
    unit = ry0 * 0.55
    base = ey - max(ry, ry0) - ry0 * 0.62 + m.brow_lift * unit
    if m.eye_open > 1.05:
        base -= (ry - ry0) * 0.6
    xi = ex - side * rx * 0.55
    xo = ex + side * rx * 1.2
    yi = base + m.brow_in * unit
    yo = base + m.brow_out * unit + ry0 * 0.12
    xm = (xi + xo) / 2
    ym = (yi + yo) / 2 - m.brow_arch * unit * 1.2
    col = ch.brow_color or ch.hair
    return path(f"M{f(xi)} {f(yi)}Q{f(xm)} {f(ym)} {f(xo)} {f(yo)}", **style(stroke=col, sw=age.brow_w))


def mouth(ch: Character, age: Age, g: G, m: Mood, mx: float, my: float) -> list[str]:
    w = age.mouth_w * g.a * m.mouth_w
    c = m.mouth_curve
    k = 0.32 * w
    lx, rx_ = mx - w / 2, mx + w / 2
    items = []
    sw = 6
    if m.mouth_shape == "o":
        h = w * m.mouth_open
        items.append(ellipse(mx, my + h * .15, w * .42, h * .62, **style(fill=P["mouth"], stroke=INK, sw=sw - 1)))
        return items
    cy_ = my - c * k * 0.5
    if m.mouth_shape == "smile":
        top = f"M{f(lx)} {f(cy_)}Q{f(mx)} {f(my + c * k * .55)} {f(rx_)} {f(cy_)}"
        low = f"Q{f(mx)} {f(my + c * k * .55 + m.mouth_open * w * 1.1)} {f(lx)} {f(cy_)}Z"
        items.append(path(top + low, **style(fill=P["mouth"], stroke=INK, sw=sw - 1)))
        # a little tongue, kept inside the opening
        top_mid = (cy_ + my + c * k * .55) / 2
        bot_mid = (cy_ + my + c * k * .55 + m.mouth_open * w * 1.1) / 2
        depth = bot_mid - top_mid
        if depth > 8:
            items.append(ellipse(mx, bot_mid - depth * .32, w * .14, depth * .26, **style(fill=P["tongue"])))
        return items
    if m.mouth_shape == "pressed":
        h = max(14.0, w * .36)
        items.append(f'<rect x="{f(lx)}" y="{f(my - h / 2)}" width="{f(w)}" height="{f(h)}" rx="{f(h * .45)}" '
                     f'fill="{P["white"]}" stroke="{INK}" stroke-width="{f(sw - 1)}"/>')
        items.append(path(f"M{f(lx + 3)} {f(my)}L{f(rx_ - 3)} {f(my)}", **style(stroke=INK, sw=3)))
        for t in (-1, 0, 1):
            x = mx + t * w * .22
            items.append(path(f"M{f(x)} {f(my - h / 2 + 2)}L{f(x)} {f(my + h / 2 - 2)}", **style(stroke=INK, sw=2.5)))
        return items
    d = f"M{f(lx)} {f(cy_)}Q{f(mx)} {f(my + c * k * 1.1)} {f(rx_)} {f(cy_)}"
    items.append(path(d, **style(stroke=INK, sw=sw)))
    return items


def tear(x, y, s):
    d = (f"M{f(x)} {f(y - 15 * s)}C{f(x + 9 * s)} {f(y - 3 * s)} {f(x + 10 * s)} {f(y + 9 * s)} {f(x)} {f(y + 10 * s)}"
         f"C{f(x - 10 * s)} {f(y + 9 * s)} {f(x - 9 * s)} {f(y - 3 * s)} {f(x)} {f(y - 15 * s)}Z")
    return [path(d, **style(fill=P["tear"], stroke=INK, sw=3)),
            ellipse(x - 3 * s, y + 2 * s, 2.2 * s, 3.5 * s, **style(fill="#FFFFFF", op=.85))]


def glasses(g: G, age: Age, ex_l, ex_r, ey):
    rx = age.eye_rx * g.a * 1.6
    ry = age.eye_ry * g.a * 1.55
    items = []
    for ex in (ex_l, ex_r):
        items.append(f'<rect x="{f(ex - rx)}" y="{f(ey - ry)}" width="{f(2 * rx)}" height="{f(2 * ry)}" '
                     f'rx="{f(ry * .8)}" fill="#FFFFFF" fill-opacity="0.18" stroke="{INK}" stroke-width="5"/>')
    items.append(path(f"M{f(ex_l + rx)} {f(ey - ry * .2)}Q{f((ex_l + ex_r) / 2)} {f(ey - ry * .6)} {f(ex_r - rx)} {f(ey - ry * .2)}",
                      **style(stroke=INK, sw=5)))
    items.append(path(f"M{f(ex_l - rx)} {f(ey - ry * .3)}L{f(g.cx - g.a * .99)} {f(ey - ry * .55)}", **style(stroke=INK, sw=5)))
    items.append(path(f"M{f(ex_r + rx)} {f(ey - ry * .3)}L{f(g.cx + g.a * .99)} {f(ey - ry * .55)}", **style(stroke=INK, sw=5)))
    return items


# ----------------------------------------------------------------------------------------------
# Hair: each style returns (behind the head, in front of the face)
# ----------------------------------------------------------------------------------------------


def hair_fill(col, sw=5):
    return style(fill=col, stroke=INK, sw=sw)


def shine(g: G, col, u0=-0.55, u1=-0.1, v=-0.86, sw=7):
    """A soft highlight stroke on the hair so dark hair never reads as a flat blob."""
    a, b = g.P(u0, v + .1), g.P(u1, v - .05)
    c = g.P((u0 + u1) / 2, v - .08)
    return path(f"M{f(a[0])} {f(a[1])}Q{f(c[0])} {f(c[1])} {f(b[0])} {f(b[1])}",
                **style(stroke=shade(col, 1.35) if col != HAIR["grey"] else "#E9E6E2", sw=sw, op=.8))


def hair_pigtails(ch, g, m):
    col, tie = ch.hair, ch.colors.get("tie", P["rose"])
    back, front = [], []
    for s in (-1, 1):
        cx, cy = g.P(s * 1.2, -0.1)
        tail = [(cx - s * g.a * .18, cy - g.a * .3), (cx + s * g.a * .2, cy - g.a * .28),
                (cx + s * g.a * .3, cy + g.a * .05), (cx + s * g.a * .22, cy + g.a * .34),
                (cx + s * g.a * .06, cy + g.a * .3), (cx + s * g.a * .1, cy + g.a * .1),
                (cx - s * g.a * .12, cy - g.a * .08)]
        back.append(path(smooth(tail), **hair_fill(col)))
        tx, ty = g.P(s * 1.02, -0.36)
        back.append(circle(tx, ty, g.a * .1, **style(fill=tie, stroke=INK, sw=4)))
        back.append(circle(tx - g.a * .03, ty - g.a * .03, g.a * .035, **style(fill="#FFFFFF", op=.6)))
    outer = [(-1.06, .12), (-1.1, -.45), (-.8, -.94), (-.3, -1.09), (0, -1.1), (.3, -1.09), (.8, -.94),
             (1.1, -.45), (1.06, .12)]
    inner = [(.93, .06), (.9, -.32), (.72, -.44), (.5, -.4), (.27, -.47), (.04, -.41), (-.2, -.47),
             (-.45, -.41), (-.68, -.46), (-.9, -.32), (-.93, .06)]
    front.append(path(smooth(g.pts(outer + inner)), **hair_fill(col)))
    front.append(shine(g, col))
    return back, front


def hair_tuft(ch, g, m):
    col = ch.hair
    outer = [(-1.05, -.02), (-1.09, -.5), (-.82, -.95), (-.35, -1.08), (-.12, -1.1), (-.02, -1.28),
             (.1, -1.12), (.22, -1.27), (.3, -1.1), (.8, -.95), (1.09, -.5), (1.05, -.02)]
    inner = [(.93, -.05), (.88, -.4), (.7, -.58), (.55, -.47), (.38, -.6), (.2, -.48), (.02, -.62),
             (-.17, -.5), (-.36, -.62), (-.55, -.5), (-.74, -.58), (-.88, -.4), (-.93, -.05)]
    return [], [path(smooth(g.pts(outer + inner)), **hair_fill(col)), shine(g, col)]


def hair_puffs(ch, g, m):
    col, tie = ch.hair, ch.colors.get("tie", P["coral"])
    back, front = [], []
    for s in (-1, 1):
        cx, cy = g.P(s * .78, -1.12)
        back.append(path(scallop(cx, cy, g.a * .42, bumps=13, depth=.09), **hair_fill(col)))
        back.append(path(scallop(cx - s * g.a * .06, cy - g.a * .06, g.a * .26, bumps=9, depth=.12),
                         **style(fill=shade(col, 1.25), op=.5)))
    outer = [(-1.05, .02), (-1.08, -.5), (-.8, -.96), (0, -1.08), (.8, -.96), (1.08, -.5), (1.05, .02)]
    inner = [(.93, 0), (.88, -.4), (.62, -.66), (.2, -.76), (0, -.7), (-.2, -.76), (-.62, -.66), (-.88, -.4),
             (-.93, 0)]
    front.append(path(smooth(g.pts(outer + inner)), **hair_fill(col)))
    # centre parting and the two bands that hold the puffs
    a, b = g.P(0, -.72), g.P(0, -1.06)
    front.append(path(f"M{f(a[0])} {f(a[1])}L{f(b[0])} {f(b[1])}", **style(stroke=shade(col, 1.6), sw=4)))
    for s in (-1, 1):
        x, y = g.P(s * .62, -1.02)
        front.append(f'<g transform="rotate({f(s * 42)} {f(x)} {f(y)})">'
                     + f'<rect x="{f(x - g.a * .24)}" y="{f(y - g.a * .065)}" width="{f(g.a * .48)}" '
                       f'height="{f(g.a * .13)}" rx="{f(g.a * .065)}" fill="{tie}" stroke="{INK}" stroke-width="4"/></g>')
    front.append(shine(g, col, -.6, -.25, -.82, 6))
    return back, front


def hair_side_part(ch, g, m):
    col = ch.hair
    outer = [(-1.04, -.02), (-1.09, -.5), (-.82, -.97), (-.25, -1.12), (.45, -1.09), (.92, -.82),
             (1.09, -.4), (1.04, -.02)]
    inner = [(.93, -.05), (.9, -.38), (.7, -.5), (.4, -.54), (.05, -.56), (-.28, -.66), (-.38, -.78),
             (-.5, -.6), (-.78, -.5), (-.92, -.3), (-.93, -.02)]
    return [], [path(smooth(g.pts(outer + inner)), **hair_fill(col)), shine(g, col, .0, .5, -.88)]


def hair_long(ch, g, m):
    col = ch.hair
    back_pts = [(0, -1.12), (.85, -.95), (1.16, -.4), (1.22, .4), (1.28, 1.1), (1.2, 1.7), (.6, 1.8),
                (-.6, 1.8), (-1.2, 1.7), (-1.28, 1.1), (-1.22, .4), (-1.16, -.4), (-.85, -.95)]
    back = [path(smooth(g.pts(back_pts)), **hair_fill(col))]
    outer = [(-1.1, .78), (-1.13, -.25), (-.88, -.9), (-.25, -1.13), (.5, -1.07), (.96, -.72), (1.13, -.2),
             (1.12, .78)]
    inner = [(.99, .8), (.96, .05), (.86, -.42), (.55, -.62), (.32, -.74), (.12, -.55), (-.22, -.4),
             (-.6, -.3), (-.86, -.1), (-.97, .3), (-.99, .8)]
    front = [path(smooth(g.pts(outer + inner)), **hair_fill(col)), shine(g, col, -.5, .1, -.9)]
    # a small clip in the hair
    x, y = g.P(.62, -.78)
    front.append(f'<rect x="{f(x - 14)}" y="{f(y - 6)}" width="28" height="12" rx="6" fill="{P["coral"]}" '
                 f'stroke="{INK}" stroke-width="4" transform="rotate(-30 {f(x)} {f(y)})"/>')
    return back, front


def hair_messy(ch, g, m):
    col = ch.hair
    outer = [(-1.04, 0), (-1.1, -.5), (-1.0, -.82), (-.86, -1.02), (-.62, -1.12), (-.45, -1.26), (-.2, -1.2),
             (.02, -1.32), (.25, -1.22), (.5, -1.28), (.68, -1.1), (.92, -.95), (1.06, -.7), (1.1, -.45), (1.04, 0)]
    inner = [(.93, -.04), (.9, -.38), (.74, -.52), (.58, -.36), (.44, -.55), (.22, -.38), (.04, -.56),
             (-.16, -.4), (-.34, -.58), (-.56, -.46), (-.76, -.56), (-.9, -.36), (-.93, -.04)]
    return [], [path(smooth(g.pts(outer + inner)), **hair_fill(col)), shine(g, col, -.3, .35, -.95)]


def hair_braid_front(ch, g, m):
    col = ch.hair
    outer = [(-1.06, .2), (-1.1, -.4), (-.8, -.96), (0, -1.1), (.8, -.96), (1.1, -.4), (1.06, .2)]
    inner = [(.93, .15), (.9, -.25), (.66, -.58), (.22, -.74), (0, -.68), (-.22, -.74), (-.66, -.58),
             (-.9, -.25), (-.93, .15)]
    back = [path(smooth(g.pts([(-1.06, .2), (-1.1, .7), (-.7, 1.0), (.7, 1.0), (1.1, .7), (1.06, .2),
                               (1.1, -.4), (0, -1.1), (-1.1, -.4)])), **hair_fill(col))]
    a, b = g.P(0, -.7), g.P(0, -1.08)
    front = [path(smooth(g.pts(outer + inner)), **hair_fill(col)),
             path(f"M{f(a[0])} {f(a[1])}L{f(b[0])} {f(b[1])}", **style(stroke=shade(col, 1.7), sw=4)),
             shine(g, col, -.7, -.2, -.85), shine(g, col, .2, .7, -.85)]
    return back, front


def braid_over_shoulder(ch, age, g):
    """The mother's long braid, lying over her shoulder, with a bright wool tie."""
    col = ch.hair
    tie = ch.colors.get("tie", P["sun"])
    items = []
    x0, y0 = g.P(.78, .7)
    pts = [(x0, y0), (x0 + 20, y0 + 38), (x0 + 30, y0 + 76), (x0 + 34, y0 + 112), (x0 + 33, y0 + 146)]
    for i in range(len(pts) - 1, -1, -1):
        x, y = pts[i]
        items.append(ellipse(x, y, 24, 26, **hair_fill(col, 4.5)))
        items.append(path(f"M{f(x - 16)} {f(y - 10)}Q{f(x)} {f(y + 8)} {f(x + 16)} {f(y - 10)}",
                          **style(stroke=shade(col, 1.5), sw=3.5)))
    x, y = pts[-1]
    items.append(f'<rect x="{f(x - 18)}" y="{f(y + 20)}" width="36" height="15" rx="7" fill="{tie}" stroke="{INK}" stroke-width="4"/>')
    for dx in (-12, 12, 0):
        items.append(circle(x + dx, y + 46 + (4 if dx else 0), 10, **style(fill=P["berry"] if dx else tie, stroke=INK, sw=3.5)))
    return items


def hair_short(ch, g, m):
    col = ch.hair
    outer = [(-1.03, -.06), (-1.08, -.52), (-.82, -.98), (-.2, -1.12), (.45, -1.1), (.9, -.88), (1.08, -.48),
             (1.03, -.06)]
    inner = [(.94, -.1), (.9, -.48), (.66, -.64), (.15, -.66), (-.32, -.62), (-.5, -.74), (-.72, -.6),
             (-.9, -.42), (-.94, -.1)]
    return [], [path(smooth(g.pts(outer + inner)), **hair_fill(col)), shine(g, col, .0, .55, -.9)]


def hair_wavy_short(ch, g, m):
    col = ch.hair
    outer = [(-1.04, -.1), (-1.1, -.55), (-.86, -1.0), (-.45, -1.16), (0, -1.18), (.45, -1.16), (.88, -1.0),
             (1.1, -.55), (1.04, -.1)]
    inner = [(.94, -.12), (.9, -.48), (.7, -.66), (.46, -.56), (.22, -.7), (-.04, -.58), (-.3, -.7),
             (-.56, -.6), (-.78, -.66), (-.9, -.46), (-.94, -.12)]
    return [], [path(smooth(g.pts(outer + inner)), **hair_fill(col)), shine(g, col, -.5, .1, -.95)]


def hair_bun(ch, g, m):
    col = ch.hair
    back = [circle(*g.P(0, -1.12), g.a * .36, **hair_fill(col)),
            path(smooth(g.pts([(-.2, -1.25), (0, -1.36), (.2, -1.25)]), closed=False),
                 **style(stroke=shade(col, .8), sw=4))]
    outer = [(-1.06, .12), (-1.12, -.4), (-.84, -.95), (0, -1.1), (.84, -.95), (1.12, -.4), (1.06, .12)]
    inner = [(.93, .08), (.9, -.3), (.64, -.64), (.2, -.78), (0, -.72), (-.2, -.78), (-.64, -.64), (-.9, -.3),
             (-.93, .08)]
    waves = []
    for s in (-1, 1):
        pts = g.pts([(s * .25, -.95), (s * .6, -.85), (s * .88, -.5)])
        waves.append(path(smooth(pts, closed=False), **style(stroke=shade(col, .82), sw=4)))
    return back, [path(smooth(g.pts(outer + inner)), **hair_fill(col))] + waves


def hair_cap(ch, g, m):
    """The officer: hair tied back under a plain olive cap (no real insignia)."""
    col = ch.hair
    back = [ellipse(*g.P(.95, .12), g.a * .22, g.a * .26, **hair_fill(col))]  # low bun peeking out
    sides = [(-1.04, .05), (-1.08, -.5), (-.6, -.7), (.6, -.7), (1.08, -.5), (1.04, .05), (.93, .02),
             (.88, -.42), (.3, -.5), (-.3, -.5), (-.88, -.42), (-.93, .02)]
    front = [path(smooth(g.pts(sides)), **hair_fill(col))]
    cap_col, dark = P["olive"], P["olive_dark"]
    crown = [(-1.1, -.52), (-1.18, -.88), (-.98, -1.2), (-.4, -1.32), (.4, -1.32), (.98, -1.2), (1.18, -.88),
             (1.1, -.52)]
    band = g.pts([(-1.13, -.5), (-1.15, -.78), (1.15, -.78), (1.13, -.5)])
    front.append(path(smooth(g.pts(crown + [(0, -.48)]), tension=.9), **hair_fill(cap_col)))
    front.append(path(poly(band), **style(fill=dark, stroke=INK, sw=5)))
    l, r = g.P(-1.1, -.52), g.P(1.1, -.52)
    mid = g.P(0, -.22)
    front.append(path(f"M{f(l[0])} {f(l[1])}Q{f(mid[0])} {f(mid[1])} {f(r[0])} {f(r[1])}Q{f(mid[0])} {f(mid[1] - 40)} {f(l[0])} {f(l[1])}Z",
                      **style(fill="#26301A", stroke=INK, sw=5)))
    ex, ey = g.P(0, -.9)
    front.append(circle(ex, ey, g.a * .15, **style(fill=P["gold"], stroke=INK, sw=4)))
    front.append(circle(ex, ey, g.a * .07, **style(fill=shade(P["gold"], 1.4))))
    return back, front


def hair_bob(ch, g, m):
    col = ch.hair
    back = [path(smooth(g.pts([(0, -1.12), (.9, -.95), (1.18, -.3), (1.2, .45), (1.12, .8), (.6, .85),
                                (-.6, .85), (-1.12, .8), (-1.2, .45), (-1.18, -.3), (-.9, -.95)])), **hair_fill(col))]
    outer = [(-1.16, .8), (-1.16, -.3), (-.9, -.94), (-.2, -1.13), (.5, -1.08), (.96, -.74), (1.16, -.25),
             (1.16, .8)]
    inner = [(1.0, .82), (.97, .05), (.86, -.38), (.55, -.5), (.25, -.56), (-.1, -.72), (-.3, -.55),
             (-.7, -.42), (-.9, -.15), (-.98, .3), (-1.0, .82)]
    return back, [path(smooth(g.pts(outer + inner)), **hair_fill(col)), shine(g, col, -.6, -.1, -.9)]


HAIR_STYLES = {
    "pigtails": hair_pigtails, "tuft": hair_tuft, "puffs": hair_puffs, "side_part": hair_side_part,
    "long": hair_long, "messy": hair_messy, "braid": hair_braid_front, "short": hair_short,
    "bun": hair_bun, "cap": hair_cap, "wavy_short": hair_wavy_short, "bob": hair_bob,
}

# ----------------------------------------------------------------------------------------------
# Body and clothes
# ----------------------------------------------------------------------------------------------


def torso_geom(age: Age, m: Mood):
    S = age.S - m.shrug * 16
    SW = age.SW * (1 - 0.05 * max(0.0, m.shrug))
    so = S + 48 - m.shrug * 40  # shoulder tip
    return S, SW, so


def torso_path(age: Age, m: Mood, widen=0.0) -> str:
    S, SW, so = torso_geom(age, m)
    SW += widen
    nw = age.nw + 14
    cx = CX
    return (f"M{f(cx - nw)} {f(S)}"
            f"C{f(cx - SW * .55)} {f(S + 2)} {f(cx - SW)} {f(so - 30)} {f(cx - SW - 4)} {f(so + 24)}"
            f"L{f(cx - SW - 16)} {SIZE + 20}L{f(cx + SW + 16)} {SIZE + 20}L{f(cx + SW + 4)} {f(so + 24)}"
            f"C{f(cx + SW)} {f(so - 30)} {f(cx + SW * .55)} {f(S + 2)} {f(cx + nw)} {f(S)}Z")


def outfit(ch: Character, age: Age, m: Mood, g: G) -> list[str]:
    S, SW, so = torso_geom(age, m)
    col = ch.colors.get("shirt", P["sky"])
    cx, nw = CX, age.nw
    items = []
    o = ch.outfit
    body = style(fill=col, stroke=INK, sw=5)

    def neckline(depth=26, width=1.0, fill=None, sw=5, trim=None):
        w = (nw + 12) * width
        d = f"M{f(cx - w)} {f(S - 1)}Q{f(cx)} {f(S + depth * 2)} {f(cx + w)} {f(S - 1)}"
        out = []
        if fill:
            out.append(path(d + "Z", **style(fill=fill, stroke=INK, sw=sw)))
        out.append(path(d, **style(stroke=trim or INK, sw=sw)))
        return out

    def collar(fill, depth=40, spread=1.0, sw=4.5):
        out = []
        for s_ in (-1, 1):
            top = (cx + s_ * (nw + 10) * spread, S - 6)
            outer = (cx + s_ * (nw + 26) * spread, S + 16)
            tip = (cx + s_ * 10, S + depth)
            inner = (cx + s_ * 3, S + 6)
            out.append(path(poly([top, outer, tip, inner]), **style(fill=fill, stroke=INK, sw=sw)))
        return out

    if o in ("tshirt_star", "tshirt_stripes"):
        items.append(path(torso_path(age, m), **body))
        if o == "tshirt_stripes":
            for i in range(3):
                y = so + 40 + i * 34
                items.append(f'<rect x="{f(cx - SW - 2)}" y="{f(y)}" width="{f(2 * SW + 4)}" height="14" '
                             f'fill="{ch.colors.get("stripe", P["white"])}" opacity="0.85"/>')
        items.append(path(f"M{f(cx - nw - 12)} {f(S)}Q{f(cx)} {f(S + 50)} {f(cx + nw + 12)} {f(S)}",
                          **style(stroke=shade(col, .8), sw=10)))
        items += neckline(26, 1.0)
        if o == "tshirt_star":
            items.append(path(star_path(cx + SW * .42, S + 78, 26, 12), **style(fill=P["coral"], stroke=INK, sw=4)))
    elif o in ("school_girl", "school_boy"):
        items.append(path(torso_path(age, m), **body))
        # white shirt visible in a V
        v = f"M{f(cx - nw - 14)} {f(S)}L{f(cx)} {f(S + 86)}L{f(cx + nw + 14)} {f(S)}Z"
        items.append(path(v, **style(fill=P["white"], stroke=INK, sw=5)))
        if o == "school_girl":
            for s in (-1, 1):  # rounded collar, the two halves apart
                pts = [(cx + s * (nw + 10), S - 6), (cx + s * (nw + 30), S + 14), (cx + s * 34, S + 40),
                       (cx + s * 12, S + 38), (cx + s * 4, S + 8)]
                items.append(path(smooth(pts, tension=.8), **style(fill=P["white"], stroke=INK, sw=4.5)))
        else:
            items += collar(P["white"], 44)
        items.append(path(f"M{f(cx - nw - 30)} {f(S + 4)}L{f(cx)} {f(S + 104)}L{f(cx + nw + 30)} {f(S + 4)}",
                          **style(stroke=shade(col, .78), sw=9)))
    elif o == "jacket":
        items.append(path(torso_path(age, m), **body))
        items += neckline(24, 1.0)
        jc = ch.colors["jacket"]
        for s in (-1, 1):
            d = (f"M{f(cx + s * (nw + 8))} {f(S - 4)}C{f(cx + s * (SW * .6))} {f(S + 2)} {f(cx + s * SW)} {f(so - 30)} "
                 f"{f(cx + s * (SW + 4))} {f(so + 24)}L{f(cx + s * (SW + 16))} {SIZE + 20}L{f(cx + s * 58)} {SIZE + 20}"
                 f"L{f(cx + s * 44)} {f(S + 60)}Z")
            items.append(path(d, **style(fill=jc, stroke=INK, sw=5)))
            lap = f"M{f(cx + s * (nw + 8))} {f(S - 4)}L{f(cx + s * 78)} {f(S + 40)}L{f(cx + s * 44)} {f(S + 62)}Z"
            items.append(path(lap, **style(fill=shade(jc, .85), stroke=INK, sw=4.5)))
    elif o == "hoodie":
        items.append(path(torso_path(age, m), **body))
        # the hood's front rim lies flat around the neck
        rim = (f"M{f(cx - nw - 44)} {f(S + 4)}C{f(cx - nw - 30)} {f(S + 56)} {f(cx + nw + 30)} {f(S + 56)} "
               f"{f(cx + nw + 44)} {f(S + 4)}L{f(cx + nw + 10)} {f(S - 2)}C{f(cx + nw)} {f(S + 30)} "
               f"{f(cx - nw)} {f(S + 30)} {f(cx - nw - 10)} {f(S - 2)}Z")
        items.append(path(rim, **style(fill=shade(col, .85), stroke=INK, sw=5)))
        for s in (-1, 1):
            x = cx + s * 22
            items.append(path(f"M{f(x)} {f(S + 40)}L{f(x + s * 4)} {f(S + 96)}", **style(stroke=P["white"], sw=6)))
            items.append(circle(x + s * 4, S + 100, 6, **style(fill=P["white"], stroke=INK, sw=3)))
    elif o == "blouse":
        items.append(path(torso_path(age, m), **body))
        items += neckline(30, 1.1, fill=None)
        # embroidered neckline: a band of little flowers
        w = nw + 24
        for i in range(9):
            t = i / 8
            x = cx - w + 2 * w * t
            y = S + 6 + (1 - (2 * t - 1) ** 2) * 58
            c = [P["sun"], P["teal"], P["white"]][i % 3]
            items.append(circle(x, y, 8, **style(fill=c, stroke=INK, sw=3)))
    elif o == "jacket_man":
        items.append(path(torso_path(age, m), **body))
        v = f"M{f(cx - nw - 6)} {f(S)}L{f(cx)} {f(S + 70)}L{f(cx + nw + 6)} {f(S)}Z"
        items.append(path(v, **style(fill=ch.colors["inner"], stroke=INK, sw=5)))
        items += collar(ch.colors["inner"], 46)
        for s in (-1, 1):
            lap = (f"M{f(cx + s * (nw + 10))} {f(S - 6)}L{f(cx + s * (nw + 40))} {f(S + 4)}"
                   f"L{f(cx + s * 62)} {f(S + 70)}L{f(cx + s * 14)} {f(S + 130)}Z")
            items.append(path(lap, **style(fill=shade(col, .85), stroke=INK, sw=4.5)))
        items.append(path(f"M{f(cx)} {f(S + 130)}L{f(cx)} {SIZE + 10}", **style(stroke=INK, sw=5)))
    elif o == "shawl":
        items.append(path(torso_path(age, m), **body))
        stripes = [P["berry"], P["rose"], P["sun"], P["teal"], P["berry"]]
        sh = path(torso_path(age, m, widen=8), **style(fill=P["berry"], stroke=INK, sw=5))
        items.append(sh)
        for i, c in enumerate(stripes[1:4]):
            k = 24 + i * 26
            d = (f"M{f(cx - SW - 10)} {f(so + k + 30)}C{f(cx - SW * .6)} {f(S + k - 10)} {f(cx + SW * .6)} {f(S + k - 10)} "
                 f"{f(cx + SW + 10)} {f(so + k + 30)}")
            items.append(path(d, **style(stroke=c, sw=12, cap="butt")))
        # opening at the front showing the blouse, closed with a round pin (tupu)
        v = f"M{f(cx - 40)} {f(S)}Q{f(cx - 10)} {f(S + 80)} {f(cx - 6)} {SIZE + 10}L{f(cx + 6)} {SIZE + 10}Q{f(cx + 10)} {f(S + 80)} {f(cx + 40)} {f(S)}Z"
        items.append(path(v, **style(fill=col, stroke=INK, sw=5)))
        items += neckline(18, .9)
        items.append(circle(cx, S + 66, 13, **style(fill=P["gold"], stroke=INK, sw=4)))
        items.append(circle(cx, S + 66, 5, **style(fill=shade(P["gold"], 1.4))))
    elif o == "uniform":
        items.append(path(torso_path(age, m), **body))
        dark = P["olive_dark"]
        v = f"M{f(cx - nw - 6)} {f(S)}L{f(cx)} {f(S + 58)}L{f(cx + nw + 6)} {f(S)}Z"
        items.append(path(v, **style(fill=shade(ch.skin, .9), stroke=INK, sw=4)))
        items += collar(dark, 56, 1.05)
        for s in (-1, 1):
            # epaulette
            ex0, ey0 = cx + s * (SW * .62), (S + so) / 2 - 4
            items.append(f'<rect x="{f(ex0 - 42)}" y="{f(ey0 - 11)}" width="84" height="22" rx="9" fill="{dark}" '
                         f'stroke="{INK}" stroke-width="4" transform="rotate({f(s * 12)} {f(ex0)} {f(ey0)})"/>')
            # chest pocket with a flap
            px = cx + s * SW * .45
            items.append(f'<rect x="{f(px - 34)}" y="{f(so + 44)}" width="68" height="60" rx="6" fill="none" '
                         f'stroke="{INK}" stroke-width="4"/>')
            items.append(path(f"M{f(px - 36)} {f(so + 42)}L{f(px + 36)} {f(so + 42)}L{f(px + 36)} {f(so + 60)}"
                              f"L{f(px)} {f(so + 68)}L{f(px - 36)} {f(so + 60)}Z", **style(fill=dark, stroke=INK, sw=4)))
        items.append(path(f"M{f(cx)} {f(S + 58)}L{f(cx)} {SIZE + 10}", **style(stroke=INK, sw=4)))
        for i in range(2):
            items.append(circle(cx + 8, S + 84 + i * 40, 5, **style(fill=dark, stroke=INK, sw=2.5)))
        # a plain, generic badge (no real insignia)
        bx, by = cx + SW * .45, so + 20
        items.append(path(f"M{f(bx - 14)} {f(by - 14)}L{f(bx + 14)} {f(by - 14)}L{f(bx + 14)} {f(by + 2)}"
                          f"Q{f(bx + 12)} {f(by + 14)} {f(bx)} {f(by + 20)}Q{f(bx - 12)} {f(by + 14)} {f(bx - 14)} {f(by + 2)}Z",
                          **style(fill=P["gold"], stroke=INK, sw=3.5)))
    elif o == "cardigan":
        items.append(path(torso_path(age, m), **body))
        inner = ch.colors["inner"]
        v = f"M{f(cx - nw - 16)} {f(S - 2)}L{f(cx)} {f(S + 120)}L{f(cx + nw + 16)} {f(S - 2)}Z"
        items.append(path(v, **style(fill=inner, stroke=INK, sw=5)))
        items += collar(inner, 40)
        items.append(path(f"M{f(cx - nw - 16)} {f(S - 2)}L{f(cx)} {f(S + 120)}L{f(cx + nw + 16)} {f(S - 2)}",
                          **style(stroke=shade(col, .8), sw=8)))
        items.append(path(f"M{f(cx)} {f(S + 124)}L{f(cx)} {SIZE + 10}", **style(stroke=INK, sw=4)))
        for i in range(2):
            items.append(circle(cx - 10, S + 140 + i * 36, 6, **style(fill=shade(col, .7), stroke=INK, sw=2.5)))
    elif o == "blazer":
        items.append(path(torso_path(age, m), **body))
        inner = ch.colors["inner"]
        v = f"M{f(cx - nw - 10)} {f(S - 2)}L{f(cx)} {f(S + 110)}L{f(cx + nw + 10)} {f(S - 2)}Z"
        items.append(path(v, **style(fill=inner, stroke=INK, sw=5)))
        items += neckline(16, .9)
        for s in (-1, 1):
            lap = (f"M{f(cx + s * (nw + 10))} {f(S - 4)}L{f(cx + s * (nw + 44))} {f(S + 6)}"
                   f"L{f(cx + s * 60)} {f(S + 60)}L{f(cx + s * 8)} {f(S + 112)}Z")
            items.append(path(lap, **style(fill=shade(col, .85), stroke=INK, sw=4.5)))
        # lanyard with a registration card (pictograms only: a hand and a speech bubble)
        items.append(path(f"M{f(cx - nw - 4)} {f(S - 2)}L{f(cx - 14)} {f(S + 66)}M{f(cx + nw + 4)} {f(S - 2)}L{f(cx + 14)} {f(S + 66)}",
                          **style(stroke=P["berry"], sw=7)))
        cw, chh = 64, 74
        x0, y0 = cx - cw / 2, S + 60
        items.append(f'<rect x="{f(x0)}" y="{f(y0)}" width="{cw}" height="{chh}" rx="8" fill="{P["white"]}" stroke="{INK}" stroke-width="4"/>')
        items.append(f'<rect x="{f(x0)}" y="{f(y0)}" width="{cw}" height="18" rx="8" fill="{P["sun"]}" stroke="{INK}" stroke-width="4"/>')
        bx, by = cx, y0 + 46
        items.append(path(f"M{f(bx - 20)} {f(by - 12)}h40v22h-22l-10 9v-9h-8Z", **style(fill=P["sky"], stroke=INK, sw=3)))
    return items


def outfit_back(ch: Character, age: Age, m: Mood) -> list[str]:
    """Clothes that sit behind the neck (drawn before it)."""
    S, SW, so = torso_geom(age, m)
    col = ch.colors.get("shirt", P["sky"])
    nw = age.nw
    if ch.outfit == "hoodie":
        hood = (f"M{f(CX - nw - 70)} {f(S + 30)}C{f(CX - nw - 60)} {f(S - 46)} {f(CX + nw + 60)} {f(S - 46)} "
                f"{f(CX + nw + 70)} {f(S + 30)}Z")
        return [path(hood, **style(fill=shade(col, .72), stroke=INK, sw=5))]
    return []


# ----------------------------------------------------------------------------------------------
# The builder
# ----------------------------------------------------------------------------------------------


def build_portrait(ch: Character, m: Mood) -> str:
    age = AGES[ch.age]
    sx, sy = ch.face_scale
    g = G(CX, age.cy + m.head_dy, age.a * sx, age.top * sy, age.bot * sy, age.jaw)
    pivot = (CX, g.cy + g.bot)
    tf = f"rotate({f(m.tilt)} {f(pivot[0])} {f(pivot[1])})" if m.tilt else None
    skin = ch.skin
    body = []

    back, front = HAIR_STYLES[ch.hair_style](ch, g, m)
    if back:
        body.append(group(back, tf))

    # neck (a shade darker: it sits in the head's shadow)
    S, SW, so = torso_geom(age, m)
    nw = age.nw
    ny0 = g.cy + g.bot * .55
    body.extend(outfit_back(ch, age, m))
    body.append(path(f"M{f(CX - nw)} {f(ny0)}L{f(CX - nw)} {f(S + 30)}L{f(CX + nw)} {f(S + 30)}L{f(CX + nw)} {f(ny0)}Z",
                     **style(fill=shade(skin, .86))))
    body.append(path(f"M{f(CX - nw)} {f(ny0)}L{f(CX - nw)} {f(S + 10)}M{f(CX + nw)} {f(ny0)}L{f(CX + nw)} {f(S + 10)}",
                     **style(stroke=INK, sw=5)))
    body.extend(outfit(ch, age, m, g))
    if ch.hair_style == "braid":
        body.extend(braid_over_shoulder(ch, age, g))

    head = []
    # ears
    for s in (-1, 1):
        ex, ey = g.P(s * .97, .14)
        head.append(ellipse(ex, ey, g.a * .15, g.a * .21, **style(fill=skin, stroke=INK, sw=5)))
        head.append(path(f"M{f(ex + s * g.a * .05)} {f(ey - g.a * .1)}Q{f(ex - s * g.a * .04)} {f(ey)} "
                         f"{f(ex + s * g.a * .04)} {f(ey + g.a * .1)}", **style(stroke=shade(skin, .72), sw=4)))
        if ch.earrings:
            head.append(circle(ex + s * g.a * .02, ey + g.a * .25, g.a * .06, **style(fill=ch.earrings, stroke=INK, sw=3)))
    head.append(path(head_path(g), **style(fill=skin, stroke=INK, sw=5)))

    # features
    fdx = m.turn * g.a
    ey = g.cy + age.eye_v * g.bot
    sep = age.eye_sep * g.a
    exl, exr = CX - sep + fdx, CX + sep + fdx
    # cheeks
    bl = age.blush * m.blush * ch.blush
    if bl > 0.02:
        for s, ex in ((-1, exl), (1, exr)):
            head.append(ellipse(ex + s * g.a * .08, ey + age.eye_ry * g.a * 1.75, g.a * .16, g.a * .095,
                                **style(fill=P["blush"], op=min(1.0, bl))))
    if ch.wrinkles:
        for s, ex in ((-1, exl), (1, exr)):
            ox = ex + s * age.eye_rx * g.a * 1.35
            head.append(path(f"M{f(ox)} {f(ey - 6)}l{f(s * 10)} -5M{f(ox)} {f(ey + 4)}l{f(s * 11)} 3",
                             **style(stroke=shade(skin, .72), sw=3.5)))
        mx0, my0 = CX + fdx, g.cy + age.mouth_v * g.bot
        for s in (-1, 1):
            x = mx0 + s * g.a * .34
            head.append(path(f"M{f(x)} {f(my0 - 26)}Q{f(x + s * 8)} {f(my0 - 6)} {f(x + s * 2)} {f(my0 + 10)}",
                             **style(stroke=shade(skin, .75), sw=3.5)))
    for s, ex in ((-1, exl), (1, exr)):
        head.extend(eye(ch, age, g, m, s, ex, ey))
    if m.crease:
        for s in (-1, 1):
            x = CX + fdx + s * 6
            y = ey - age.eye_ry * g.a * 1.9
            head.append(path(f"M{f(x)} {f(y - 8)}Q{f(x + s * 3)} {f(y)} {f(x)} {f(y + 8)}",
                             **style(stroke=shade(skin, .7), sw=3.5)))
    # nose
    nx, ny = CX + fdx * 1.15, g.cy + age.nose_v * g.bot
    w = age.nose_w * g.a
    if ch.age in ("adult", "teen"):
        head.append(path(f"M{f(nx + w * .1)} {f(ny - w * 1.9)}Q{f(nx + w * 1.1)} {f(ny - w * .2)} {f(nx + w * .45)} {f(ny + w * .35)}"
                         f"Q{f(nx)} {f(ny + w * .6)} {f(nx - w * .55)} {f(ny + w * .1)}",
                         **style(stroke=shade(skin, .66), sw=5)))
    else:
        head.append(path(f"M{f(nx - w)} {f(ny)}Q{f(nx)} {f(ny + w * .9)} {f(nx + w)} {f(ny)}",
                         **style(stroke=shade(skin, .66), sw=5)))
    # mouth
    head.extend(mouth(ch, age, g, m, CX + fdx, g.cy + age.mouth_v * g.bot))
    if m.tear:
        x = exl + age.eye_rx * g.a * .25
        y = ey + age.eye_ry * g.a * 1.9
        head.extend(tear(x, y, g.a / 110))
    if ch.glasses:
        head.extend(glasses(g, age, exl, exr, ey))
    for s, ex in ((-1, exl), (1, exr)):
        head.append(brow(ch, age, g, m, s, ex, ey))
    head.extend(front)
    body.append(group(head, tf))
    return svg_doc(SIZE, SIZE, body, title=f"{ch.id} / generated by assets/src/make_portraits.py")


def main(argv=None) -> int:
    count = 0
    for ch in CHARACTERS:
        for mood in MOOD_ORDER:
            svg = build_portrait(ch, MOODS[mood])
            write(OUT / ch.id / f"{mood}.svg", svg)
            count += 1
    print(f"wrote {count} portraits to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
