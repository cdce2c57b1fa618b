"""Render every portrait, background and icon through pygame-ce into contact sheets for review.

    SDL_VIDEODRIVER=dummy python assets/src/contact_sheet.py [OUT_DIR]   (default /tmp/art)

Writes (not committed):
  portraits.png        every character in every mood at 200 px, plus a row at 64 px
  portraits_<id>.png   one character, six moods at 400 px (detail check)
  portraits_small.png  every portrait at 48 px and 96 px (old PC / small panel check)
  backgrounds.png      the backgrounds at 960x540 with a portrait and a text panel on top
  icons.png            every icon at 24, 48 and 128 px, in colour and as a single-colour silhouette
  fonts.png            the bundled fonts with the Spanish sample and symbols
It also loads every SVG at two sizes and fails (exit 1) if any renders empty or cannot be loaded.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

ASSETS = Path(__file__).resolve().parents[1]
MOODS = ["calm", "scared", "sad", "withdrawn", "relieved", "tense"]
BG = (246, 240, 230)
INK = (59, 43, 37)


def load_manifest():
    import yaml
    return yaml.safe_load((ASSETS / "manifest.yaml").read_text(encoding="utf-8"))


def font(size, bold=False):
    p = ASSETS / "fonts" / ("Andika-Bold.ttf" if bold else "Andika-Regular.ttf")
    return pygame.font.Font(str(p) if p.exists() else None, size)


def svg(path: Path, size):
    return pygame.image.load_sized_svg(str(path), size)


def check_all(errors: list[str]) -> int:
    n = 0
    for p in sorted(ASSETS.rglob("*.svg")):
        if "src" in p.parts:
            continue
        text = p.read_text(encoding="utf-8")
        for bad in ("<text", "<filter", "<mask", "clipPath", "<style", "xlink:href", "<image", "url('"):
            if bad in text:
                errors.append(f"{p}: uses unsupported {bad}")
        for size in ((64, 64), (300, 300)) if "portraits" in p.parts or "icons" in p.parts else ((320, 180), (1280, 720)):
            try:
                s = svg(p, size)
            except Exception as e:  # noqa: BLE001
                errors.append(f"{p}: {e}")
                continue
            if s.get_size() != size:
                errors.append(f"{p}: rendered {s.get_size()} not {size}")
            b = s.get_bounding_rect()
            if b.w * b.h < size[0] * size[1] * 0.05:
                errors.append(f"{p}: nearly empty at {size} ({b})")
        n += 1
    return n


def label(surf, text, pos, size=18, bold=False, color=INK):
    surf.blit(font(size, bold).render(text, True, color), pos)


def _grid(ids, cell: int, pad: int, left: int) -> pygame.Surface:
    """Every mood of each portrait id in a row, with labels."""
    sheet = pygame.Surface((left + len(MOODS) * cell + 20, pad + len(ids) * (cell + 6) + 20))
    sheet.fill(BG)
    for j, mood in enumerate(MOODS):
        label(sheet, mood, (left + j * cell + 60, 8), 20, True)
    for i, pid in enumerate(ids):
        y = pad + i * (cell + 6)
        label(sheet, pid, (8, y + cell // 2 - 10), 18, True)
        for j, mood in enumerate(MOODS):
            x = left + j * cell
            pygame.draw.rect(sheet, (230, 222, 210), (x + 2, y, cell - 4, cell), border_radius=10)
            sheet.blit(svg(ASSETS / "portraits" / pid / f"{mood}.svg", (cell - 8, cell - 8)), (x + 4, y + 4))
    return sheet


def portraits_sheet(out: Path, ids):
    pygame.image.save(_grid(ids, 200, 36, 150), str(out / "portraits.png"))
    # half of the sheet at a time is easier to look at closely
    for k, part in enumerate((ids[:6], ids[6:])):
        pygame.image.save(_grid(part, 200, 36, 150), str(out / f"portraits_{k + 1}.png"))
    for pid in ids:
        big = 400
        s2 = pygame.Surface((big * 3, big * 2 + 60))
        s2.fill(BG)
        for j, mood in enumerate(MOODS):
            x, y = (j % 3) * big, (j // 3) * (big + 30)
            label(s2, f"{pid} / {mood}", (x + 10, y + 4), 18, True)
            s2.blit(svg(ASSETS / "portraits" / pid / f"{mood}.svg", (big - 10, big - 10)), (x + 5, y + 28))
        pygame.image.save(s2, str(out / f"portraits_{pid}.png"))
    # small sizes
    sizes = (48, 96)
    W = 150 + len(MOODS) * (sum(sizes) + 16)
    H = 30 + len(ids) * (max(sizes) + 8)
    sm = pygame.Surface((W, H))
    sm.fill(BG)
    for i, pid in enumerate(ids):
        y = 30 + i * (max(sizes) + 8)
        label(sm, pid, (8, y + 40), 16)
        x = 150
        for mood in MOODS:
            for sz in sizes:
                sm.blit(svg(ASSETS / "portraits" / pid / f"{mood}.svg", (sz, sz)), (x, y + (max(sizes) - sz)))
                x += sz + 4
            x += 8
    for j, mood in enumerate(MOODS):
        label(sm, mood, (150 + j * (sum(sizes) + 16), 6), 16, True)
    pygame.image.save(sm, str(out / "portraits_small.png"))


def backgrounds_sheet(out: Path, ids):
    names = list(ids) + ["child_eye_front_desk", "child_eye_waiting_room"]
    names = [n for n in names if (ASSETS / "backgrounds" / f"{n}.svg").exists()]
    w, h = 960, 540
    sheet = pygame.Surface((w * 2 + 30, (h + 40) * ((len(names) + 1) // 2) + 10))
    sheet.fill(BG)
    for k, n in enumerate(names):
        x, y = 10 + (k % 2) * (w + 10), 10 + (k // 2) * (h + 40)
        bg = svg(ASSETS / "backgrounds" / f"{n}.svg", (w, h))
        sheet.blit(bg, (x, y + 30))
        label(sheet, n, (x, y + 2), 20, True)
        # what the game draws on top: a portrait and a text panel
        if not n.startswith("child_eye"):
            p = svg(ASSETS / "portraits" / "girl_school" / "calm.svg", (300, 300))
            sheet.blit(p, (x + 40, y + 30 + h - 300))
        panel = pygame.Surface((w - 380, 150), pygame.SRCALPHA)
        panel.fill((255, 250, 240, 235))
        pygame.draw.rect(panel, INK, panel.get_rect(), 3, border_radius=12)
        panel.blit(font(22).render("¿Quieres sentarte aquí? Aquí estás a salvo.", True, INK), (20, 20))
        panel.blit(font(22, True).render("▶ Continuar", True, INK), (20, 100))
        sheet.blit(panel, (x + 350, y + 30 + h - 170))
        pygame.image.save(bg, str(out / f"bg_{n}.png"))
    pygame.image.save(sheet, str(out / "backgrounds.png"))


def icons_sheet(out: Path):
    icons = sorted(p for p in (ASSETS / "icons").glob("*.svg"))
    sizes = (24, 48, 128)
    cw = sum(sizes) * 2 + 60
    W = 20 + 2 * cw
    rows = (len(icons) + 1) // 2
    H = 20 + rows * 170
    sheet = pygame.Surface((W, H))
    sheet.fill(BG)
    for k, p in enumerate(icons):
        x0, y = 10 + (k % 2) * cw, 10 + (k // 2) * 170
        label(sheet, p.stem, (x0, y), 18, True)
        x = x0
        for sz in sizes:
            s = svg(p, (sz, sz))
            sheet.blit(s, (x, y + 30))
            x += sz + 8
        for sz in sizes:  # single colour: every opaque pixel in ink
            s = svg(p, (sz, sz))
            mono = pygame.mask.from_surface(s, 100).to_surface(setcolor=(*INK, 255), unsetcolor=(0, 0, 0, 0))
            sheet.blit(mono, (x, y + 30))
            x += sz + 8
    pygame.image.save(sheet, str(out / "icons.png"))


SPANISH = "áéíóúÁÉÍÓÚñÑüÜ¿¡«»“”‘’–—…€°·"
SYMBOLS = "✓✔✗✘▶◀★☆●○■□♥⚠⏸•"


def missing_glyphs(font_path: Path, chars: str) -> list[str]:
    """Characters the font draws as its 'missing glyph' box.

    pygame-ce 2.5.8's Font.metrics() does not return None for a missing glyph (it measures the
    .notdef box), so compare each rendering with that of a code point no font has."""
    fnt = pygame.font.Font(str(font_path), 32)
    def px(c):
        return pygame.image.tobytes(fnt.render(c, True, (0, 0, 0), (255, 255, 255)), "RGB")
    tofu = px("\U0010FFFD")
    return [c for c in chars if px(c) == tofu]


def check_fonts(errors: list[str]) -> None:
    d = ASSETS / "fonts"
    for name in ("Andika-Regular.ttf", "Andika-Bold.ttf"):
        miss = missing_glyphs(d / name, SPANISH + "✓→←")
        if miss:
            errors.append(f"{name}: missing {''.join(miss)}")
    miss = missing_glyphs(d / "NotoSansSymbols2-Subset.ttf", SYMBOLS)
    if miss:
        errors.append(f"NotoSansSymbols2-Subset.ttf: missing {''.join(miss)}")


def fonts_sheet(out: Path):
    sample = "¿Dónde está mamá? ¡Aquí estás a salvo! «Niñez» pingüino, acción, Ñandú, ÁÉÍÓÚ áéíóú ü"
    symbols = "  ".join(SYMBOLS)
    sheet = pygame.Surface((1300, 460))
    sheet.fill((255, 255, 255))
    y = 10
    for bold in (False, True):
        for sz in (16, 24, 36):
            sheet.blit(font(sz, bold).render(sample, True, INK), (10, y))
            y += int(sz * 1.45)
    sym = ASSETS / "fonts" / "NotoSansSymbols2-Subset.ttf"
    if sym.exists():
        sheet.blit(pygame.font.Font(str(sym), 36).render(symbols, True, INK), (10, y + 10))
        sheet.blit(font(24).render("(símbolos: NotoSansSymbols2-Subset.ttf)", True, INK), (10, y + 60))
    pygame.image.save(sheet, str(out / "fonts.png"))


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else Path("/tmp/art")
    out.mkdir(parents=True, exist_ok=True)
    pygame.init()
    man = load_manifest()
    errors: list[str] = []
    n = check_all(errors)
    check_fonts(errors)
    portraits_sheet(out, list(man["portraits"]))
    backgrounds_sheet(out, list(man["backgrounds"]))
    if (ASSETS / "icons").exists():
        icons_sheet(out)
    fonts_sheet(out)
    for e in errors:
        print("ERROR", e)
    print(f"checked {n} SVG files at two sizes: {len(errors)} problems; sheets in {out}")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
