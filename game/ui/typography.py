"""Fonts and rendered text: one body size for the whole window (from its height and the player's
text-size setting), text wrapped once at the size asked for, cut with an ellipsis where it does not
fit, and a cache of rendered text bounded in bytes, so memory stays flat whatever is drawn."""

from __future__ import annotations

import logging
import unicodedata
from collections import OrderedDict
from pathlib import Path

import pygame

from .. import paths

log = logging.getLogger(__name__)

ROLES = {"small": 0.78, "body": 1.0, "large": 1.25, "title": 1.7, "huge": 2.4}
MIN_BODY = 18  # body text at the smallest setting in the smallest window (1024x600)
SMALLEST_SCALE = 0.85  # the smallest text-size setting
MIN_PX = 14  # no text is drawn smaller (secondary text at the smallest setting)
LINES_PER_HEIGHT = 32  # the body size is about 1/32 of the window's height
CACHE_BYTES = 4 * 1024 * 1024
MAX_CHARS = 20_000  # more than any box can show; a longer text is cut before it is laid out
LINE_SPACING = 1.32  # from one baseline to the next, in text sizes (the font's own 1.62 is very loose)
TOP_CROP = 0.18  # blank the font keeps above accented capitals, in text sizes
ELLIPSIS = "…"
PLACEHOLDER = "\ufffd"  # drawn for a character the renderer refuses (NUL and other controls)


def clean(text: str) -> str:
    """Text the renderer accepts: control characters (but line breaks) become a placeholder, tabs spaces."""
    text = str(text)[:MAX_CHARS]
    if text.isprintable():
        return text
    return "".join(
        " " if c == "\t" else c if c == "\n" or unicodedata.category(c) not in ("Cc", "Cs") else PLACEHOLDER
        for c in text
    )


class Typography:
    """Fonts by role (small, body, large, title, huge), wrapping, and a byte-bounded text cache."""

    def __init__(self, height: int, scale: float = 1.0, folder: Path | None = None):
        self.folder = folder or paths.assets_dir() / "fonts"
        self._fonts: dict[tuple, pygame.font.Font] = {}
        self._cache: OrderedDict[tuple, pygame.Surface] = OrderedDict()
        self._wraps: OrderedDict[tuple, list[str]] = OrderedDict()
        self.cached_bytes = 0
        self.smallest_drawn = 10_000  # the smallest text size rendered (checked by the layout tests)
        self.resize(height, scale)

    def resize(self, height: int, scale: float) -> None:
        """Set the body size from the window height and the player's text scale (never under 18 px
        at the smallest setting); cached text of the old size is dropped."""
        self.height = height
        self.base = round(max(MIN_BODY / SMALLEST_SCALE, height / LINES_PER_HEIGHT) * scale)
        self._cache.clear()
        self._wraps.clear()
        self._fonts.clear()
        self.cached_bytes = 0

    def px(self, role: str) -> int:
        """The pixel size of a role."""
        return max(MIN_PX, round(self.base * ROLES[role]))

    def font(self, role: str = "body", bold: bool = False, px: int | None = None) -> pygame.font.Font:
        """The bundled font (Andika) at a role's size; pygame's default font if it is missing."""
        size = max(MIN_PX, px or self.px(role))
        key = (size, bold)
        if key not in self._fonts:
            path = self.folder / ("Andika-Bold.ttf" if bold else "Andika-Regular.ttf")
            try:
                self._fonts[key] = pygame.font.Font(path, size)
            except (OSError, FileNotFoundError, pygame.error) as exc:
                log.warning("font %s unavailable (%s); using the default font", path, exc)
                self._fonts[key] = pygame.font.Font(None, round(size * 1.25))
        return self._fonts[key]

    def symbol(self, px: int) -> pygame.font.Font:
        """The symbol font (▶ ★ ✓ ...) that the text font lacks."""
        key = (px, "symbol")
        if key not in self._fonts:
            try:
                self._fonts[key] = pygame.font.Font(self.folder / "NotoSansSymbols2-Subset.ttf", px)
            except (OSError, FileNotFoundError, pygame.error):
                self._fonts[key] = self.font(px=px)
        return self._fonts[key]

    def line_height(self, role: str = "body", bold: bool = False, px: int | None = None) -> int:
        """The distance from one line of text to the next (and the height of a one-line text)."""
        return round(max(MIN_PX, px or self.px(role)) * LINE_SPACING)

    def wrap(
        self, text: str, role: str = "body", bold: bool = False, width: int = 0, px: int | None = None
    ) -> list[str]:
        """The lines `text` takes at a role's size within `width` (0: only its own line breaks)."""
        text = clean(text)
        key = (text, role, bold, width, px)
        lines = self._wraps.get(key)
        if lines is None:
            font = self.font(role, bold, px)
            lines = [piece for paragraph in text.split("\n") for piece in _wrap(paragraph, font, width)]
            self._wraps[key] = lines
            if len(self._wraps) > 512:
                self._wraps.popitem(last=False)
        return lines

    def height_of(self, text: str, width: int, role: str = "body", bold: bool = False) -> int:
        """The height `text` takes wrapped to `width`, without rendering it."""
        return len(self.wrap(text, role, bold, width)) * self.line_height(role, bold)

    def fits(self, text: str, width: int, height: int, role: str = "body", bold: bool = False) -> bool:
        """Whether the whole text fits a box at the role's size."""
        return self.height_of(text, width, role, bold) <= height

    def pages(self, text: str, width: int, height: int, role: str = "body", bold: bool = False) -> list[str]:
        """The text split into pieces that each fit a box (for paged reading); at least one."""
        per_page = max(1, height // self.line_height(role, bold))
        lines = self.wrap(text, role, bold, width)
        return ["\n".join(lines[i : i + per_page]) for i in range(0, len(lines), per_page)] or [""]

    def render(
        self,
        text: str,
        color,
        role: str = "body",
        bold: bool = False,
        width: int = 0,
        px: int | None = None,
        align: str = "left",
        max_lines: int = 0,
    ) -> pygame.Surface:
        """Text rendered (wrapped to `width` when given), at most `max_lines` lines (and never much
        taller than the window) with an ellipsis where it is cut; from the cache when drawn before."""
        key = (text, tuple(color), role, bold, width, px, align, max_lines)
        self.smallest_drawn = min(self.smallest_drawn, max(MIN_PX, px or self.px(role)))
        surface = self._cache.get(key)
        if surface is not None:
            self._cache.move_to_end(key)
            return surface
        font = self.font(role, bold, px)
        lines = self.wrap(text, role, bold, width, px)
        step = self.line_height(role, bold, px)
        limit = max(1, min(max_lines or len(lines), 2 * self.height // step))
        if len(lines) > limit:
            lines = lines[: limit - 1] + [_ellipsized(lines[limit - 1], font, width)]
        surface = _compose(lines, font, color, width, align, step, round(font.get_height() / 1.62 * TOP_CROP))
        self._keep(key, surface)
        return surface

    def fit(
        self,
        text: str,
        color,
        width: int,
        height: int,
        role: str = "body",
        bold: bool = False,
        align: str = "left",
    ) -> pygame.Surface:
        """Wrapped text within a box: at the role's size, or at body size for a larger role whose
        text is too long; cut with an ellipsis if even that is too tall (never outside its box)."""
        if role in ("large", "title", "huge") and not self.fits(text, width, height, role, bold):
            role = "body"
        lines = max(1, height // self.line_height(role, bold))
        return self.render(text, color, role, bold, width, align=align, max_lines=lines)

    def _keep(self, key: tuple, surface: pygame.Surface) -> None:
        self._cache[key] = surface
        self.cached_bytes += _bytes(surface)
        while self.cached_bytes > CACHE_BYTES and len(self._cache) > 1:
            _, old = self._cache.popitem(last=False)
            self.cached_bytes -= _bytes(old)


def _bytes(surface: pygame.Surface) -> int:
    return surface.get_width() * surface.get_height() * surface.get_bytesize()


def _wrap(paragraph: str, font: pygame.font.Font, width: int) -> list[str]:
    """Greedy word wrap of one paragraph; a word wider than the line is broken between letters."""
    if width <= 0 or font.size(paragraph)[0] <= width:
        return [paragraph]
    lines: list[str] = []
    line = ""
    for word in paragraph.split(" "):
        candidate = f"{line} {word}" if line else word
        if font.size(candidate)[0] <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        while len(line) > 1 and font.size(line)[0] > width:
            cut = _longest_prefix(line, font, width)
            lines.append(line[:cut])
            line = line[cut:]
    lines.append(line)
    return lines


def _longest_prefix(text: str, font: pygame.font.Font, width: int) -> int:
    """How many leading characters of `text` fit `width` (at least one), by bisection."""
    low, high = 1, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if font.size(text[:mid])[0] <= width:
            low = mid
        else:
            high = mid - 1
    return low


def _ellipsized(line: str, font: pygame.font.Font, width: int) -> str:
    """A line with an ellipsis at its end, shortened (at a word where possible) to stay within `width`."""
    line = line.rstrip()
    if width <= 0 or font.size(line + ELLIPSIS)[0] <= width:
        return line + ELLIPSIS
    cut = _longest_prefix(line, font, max(1, width - font.size(ELLIPSIS)[0]))
    words = line[:cut].rsplit(" ", 1)
    return (words[0] if len(words) > 1 and words[0] else line[:cut]).rstrip() + ELLIPSIS


def _compose(
    lines: list[str], font: pygame.font.Font, color, width: int, align: str, step: int, crop: int
) -> pygame.Surface:
    """The lines rendered one under the other, `step` apart, on a transparent surface `step` high per
    line (the font's blank top `crop` cut off), aligned within `width`."""
    rendered = [font.render(line, True, color) if line else None for line in lines]
    inner = max([r.get_width() for r in rendered if r is not None] + [1])
    full = max(width, inner) if align != "left" and width else inner
    surface = pygame.Surface((full, step * len(lines)), pygame.SRCALPHA)
    for i, line in enumerate(rendered):
        if line is None:
            continue
        x = {"left": 0, "center": (full - line.get_width()) // 2, "right": full - line.get_width()}[align]
        surface.blit(line, (x, i * step - crop), special_flags=pygame.BLEND_RGBA_MAX)
    return surface
