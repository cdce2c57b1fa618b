"""Fonts and rendered text, sized relative to the window and cached, so redrawing is cheap."""

from __future__ import annotations

import logging
from collections import OrderedDict
from pathlib import Path

import pygame

from .. import paths

log = logging.getLogger(__name__)

ROLES = {"small": 0.78, "body": 1.0, "large": 1.25, "title": 1.7, "huge": 2.4}
MIN_PX = 13


class Typography:
    """Fonts by role (small, body, large, title, huge) and a cache of rendered, wrapped text."""

    def __init__(self, height: int, scale: float = 1.0, folder: Path | None = None):
        self.folder = folder or paths.assets_dir() / "fonts"
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}
        self._cache: OrderedDict = OrderedDict()
        self.resize(height, scale)

    def resize(self, height: int, scale: float) -> None:
        """Set the body size from the window height (about 1/30 of it) and the player's text scale."""
        self.base = max(MIN_PX, round(height / 30 * scale))
        self._cache.clear()

    def px(self, role: str) -> int:
        """The pixel size of a role."""
        return max(MIN_PX, round(self.base * ROLES[role]))

    def font(self, role: str = "body", bold: bool = False, px: int | None = None) -> pygame.font.Font:
        """The bundled font (Andika) at a role's size; pygame's default font if it is missing."""
        size = px or self.px(role)
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

    def render(self, text: str, color, role: str = "body", bold: bool = False, width: int = 0,
               px: int | None = None, align: str = "left") -> pygame.Surface:
        """Text rendered (wrapped to `width` when given), from the cache when drawn before."""
        key = (text, tuple(color), role, bold, width, px, align)
        surface = self._cache.get(key)
        if surface is None:
            font = self.font(role, bold, px)
            font.align = {"left": pygame.FONT_LEFT, "center": pygame.FONT_CENTER,
                          "right": pygame.FONT_RIGHT}[align]
            surface = font.render(text, True, color, None, max(0, width))
            self._cache[key] = surface
            if len(self._cache) > 600:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return surface

    def fit(self, text: str, color, width: int, height: int, role: str = "body", bold: bool = False,
            align: str = "left") -> pygame.Surface:
        """Wrapped text in the largest size up to `role` whose height fits `height`; cut at the
        smallest size if even that is too tall (never drawn outside its box)."""
        px = self.px(role)
        while True:
            surface = self.render(text, color, role, bold, width, px, align)
            if surface.get_height() <= height or px <= MIN_PX:
                break
            px -= 1
        if surface.get_height() > height > 0:
            line = self.font(role, bold, px).get_linesize()
            surface = surface.subsurface((0, 0, surface.get_width(), max(line, height // line * line)))
        return surface
