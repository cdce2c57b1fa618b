"""Our vector art (portraits, backgrounds, icons) rendered at the size asked for, with a placeholder
and one logged warning for anything missing or broken. Rendered art is cached within a byte budget,
least recently drawn first out, so sizes left behind by a resize do not stay in memory."""

from __future__ import annotations

import logging
from collections import OrderedDict
from pathlib import Path

import pygame

from .. import paths

log = logging.getLogger(__name__)

CACHE_BYTES = 14 * 1024 * 1024  # a 1920x1080 background (8 MB) and the portraits and icons around it


class Art:
    """Loads SVGs at exact sizes; never raises for a missing or broken file."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or paths.assets_dir()
        self._cache: OrderedDict[tuple[str, tuple[int, int]], pygame.Surface] = OrderedDict()
        self.cached_bytes = 0
        self._warned: set[str] = set()

    def portrait(self, portrait: str, mood: str, size: int) -> pygame.Surface:
        """A character's portrait in a mood, `size` pixels square."""
        return self._load(f"portraits/{portrait}/{mood}.svg", (size, size))

    def background(self, name: str, size: tuple[int, int]) -> pygame.Surface:
        """A background covering `size` (cropped to keep its 16:9 proportions)."""
        w, h = size
        scale = max(w / 1920, h / 1080)
        full = self._load(
            f"backgrounds/{name}.svg", (max(1, round(1920 * scale)), max(1, round(1080 * scale))), opaque=True
        )
        if full.get_size() == (w, h):
            return full
        crop = pygame.Rect(0, 0, w, h)
        crop.center = full.get_rect().center
        return full.subsurface(crop.clip(full.get_rect()))

    def icon(self, name: str, size: int) -> pygame.Surface:
        """A competency icon or the logo ('app'), `size` pixels square."""
        return self._load(f"icons/{name}.svg", (size, size))

    def _load(self, relative: str, size: tuple[int, int], opaque: bool = False) -> pygame.Surface:
        key = (relative, size)
        surface = self._cache.get(key)
        if surface is not None:
            self._cache.move_to_end(key)
        else:
            self._make_room(size[0] * size[1] * 4)  # before rasterizing, so old and new are never both held
            path = self.folder / relative
            try:
                loaded = pygame.image.load_sized_svg(str(path), size)
                surface = loaded.convert() if opaque else loaded.convert_alpha()
                del loaded
            except (pygame.error, FileNotFoundError, OSError, ValueError) as exc:
                if relative not in self._warned:
                    self._warned.add(relative)
                    log.warning("art %s unavailable (%s); drawing a placeholder", path, exc)
                surface = placeholder(size)
            self._make_room(_bytes(surface))
            self._cache[key] = surface
            self.cached_bytes += _bytes(surface)
        return surface

    def _make_room(self, needed: int) -> None:
        """Drop the least recently drawn art until `needed` more bytes fit the budget."""
        while self._cache and self.cached_bytes + needed > CACHE_BYTES:
            _, old = self._cache.popitem(last=False)
            self.cached_bytes -= _bytes(old)


def _bytes(surface: pygame.Surface) -> int:
    return surface.get_width() * surface.get_height() * surface.get_bytesize()


def placeholder(size: tuple[int, int]) -> pygame.Surface:
    """A soft rounded box with a question mark, drawn where art is missing."""
    w, h = size
    surface = pygame.Surface(size, pygame.SRCALPHA)
    pygame.draw.rect(surface, (236, 224, 208, 255), surface.get_rect(), border_radius=max(4, min(w, h) // 8))
    pygame.draw.rect(
        surface,
        (160, 140, 120, 255),
        surface.get_rect(),
        width=max(2, min(w, h) // 60),
        border_radius=max(4, min(w, h) // 8),
    )
    font = pygame.font.Font(None, max(12, min(w, h) // 2))
    mark = font.render("?", True, (160, 140, 120))
    surface.blit(mark, mark.get_rect(center=(w // 2, h // 2)))
    return surface
