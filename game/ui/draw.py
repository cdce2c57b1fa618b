"""Small drawing helpers shared by the scenes: panels, chips, the comfort meter, the radar chart."""

from __future__ import annotations

import math
from functools import lru_cache

import pygame

from .theme import Theme


def panel(
    surface: pygame.Surface,
    rect: pygame.Rect,
    theme: Theme,
    fill=None,
    radius: int | None = None,
    border: int = 3,
    shadow: bool = True,
) -> None:
    """A rounded panel with an outline and a soft drop shadow."""
    radius = radius if radius is not None else max(8, rect.height // 14)
    radius = max(0, min(radius, 28, rect.width // 2, rect.height // 2))
    if shadow:
        _shadow(surface, rect.move(4, 6), radius)
    pygame.draw.rect(surface, fill or theme.panel, rect, border_radius=radius)
    if border:
        pygame.draw.rect(surface, theme.border, rect, width=border, border_radius=radius)


SHADOW_ALPHA = 45


def _shadow(surface: pygame.Surface, rect: pygame.Rect, radius: int) -> None:
    """Darken a rounded rect of `surface` as a translucent black would, without a surface of its size:
    the straight parts are multiplied in place, the four corners are small cached quarter discs."""
    keep = 255 - SHADOW_ALPHA
    r = radius
    for part in (
        rect.inflate(-2 * r, 0),
        pygame.Rect(rect.left, rect.top + r, r, rect.height - 2 * r),
        pygame.Rect(rect.right - r, rect.top + r, r, rect.height - 2 * r),
    ):
        if part.width > 0 and part.height > 0:
            surface.fill((keep, keep, keep), part, special_flags=pygame.BLEND_RGB_MULT)
    if r:
        disc = _disc(r)
        for corner, area in (
            (rect.topleft, (0, 0)),
            ((rect.right - r, rect.top), (r, 0)),
            ((rect.left, rect.bottom - r), (0, r)),
            ((rect.right - r, rect.bottom - r), (r, r)),
        ):
            surface.blit(disc, corner, (*area, r, r))


@lru_cache(maxsize=32)
def _disc(radius: int) -> pygame.Surface:
    disc = pygame.Surface((2 * radius, 2 * radius), pygame.SRCALPHA)
    pygame.draw.circle(disc, (0, 0, 0, SHADOW_ALPHA), (radius, radius), radius)
    return disc


def shade(surface: pygame.Surface, alpha: int) -> None:
    """Darken the whole surface (behind a dialog), as a translucent dark brown laid over it would."""
    keep = 255 - alpha
    surface.fill((keep, keep, keep), special_flags=pygame.BLEND_RGB_MULT)
    surface.fill(tuple(round(c * alpha / 255) for c in VEIL), special_flags=pygame.BLEND_RGB_ADD)


VEIL = (20, 12, 8)


@lru_cache(maxsize=4)
def glow(size: tuple[int, int], colour: tuple[int, int, int], alpha: int) -> pygame.Surface:
    """A soft filled ellipse (the light behind a portrait)."""
    surface = pygame.Surface(size, pygame.SRCALPHA)
    pygame.draw.ellipse(surface, (*colour, alpha), surface.get_rect())
    return surface


def meter(surface: pygame.Surface, rect: pygame.Rect, share: float, theme: Theme) -> None:
    """A rounded bar filled to `share` (0..1)."""
    radius = rect.height // 2
    pygame.draw.rect(surface, theme.panel_alt, rect, border_radius=radius)
    filled = rect.copy()
    filled.width = max(rect.height, round(rect.width * max(0.0, min(1.0, share))))
    pygame.draw.rect(surface, theme.meter, filled, border_radius=radius)
    pygame.draw.rect(surface, theme.border, rect, width=2, border_radius=radius)


def radar(
    surface: pygame.Surface, center: tuple[int, int], radius: int, shares: list[float | None], theme: Theme
) -> list[tuple[int, int]]:
    """A radar chart of shares (None = not scored here); returns the axis tip points for labels."""
    n = len(shares)
    cx, cy = center
    radius = max(8, radius)
    tips = []
    for ring in (0.25, 0.5, 0.75, 1.0):
        points = [_polar(cx, cy, radius * ring, i, n) for i in range(n)]
        pygame.draw.polygon(
            surface, theme.panel_alt if ring == 1.0 else theme.border, points, width=0 if ring == 1.0 else 1
        )
    for i in range(n):
        tip = _polar(cx, cy, radius, i, n)
        tips.append(tip)
        pygame.draw.line(surface, theme.muted, center, tip, 1)
    values = [_polar(cx, cy, radius * max(0.04, s or 0.0), i, n) for i, s in enumerate(shares)]
    box = pygame.Rect(cx - radius, cy - radius, 2 * radius + 1, 2 * radius + 1)
    fill = pygame.Surface(box.size, pygame.SRCALPHA)
    pygame.draw.polygon(fill, (*theme.accent, 150), [(x - box.left, y - box.top) for x, y in values])
    surface.blit(fill, box)
    pygame.draw.polygon(surface, theme.border, values, width=3)
    for point, share in zip(values, shares, strict=True):
        if share is not None:
            pygame.draw.circle(surface, theme.border, point, 5)
    return tips


def _polar(cx: int, cy: int, r: float, i: int, n: int) -> tuple[int, int]:
    angle = -math.pi / 2 + 2 * math.pi * i / n
    return round(cx + r * math.cos(angle)), round(cy + r * math.sin(angle))
