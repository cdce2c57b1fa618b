"""Small drawing helpers shared by the scenes: panels, chips, the comfort meter, the radar chart."""

from __future__ import annotations

import math
from functools import lru_cache

import pygame

from .theme import Theme


def panel(surface: pygame.Surface, rect: pygame.Rect, theme: Theme, fill=None, radius: int | None = None,
          border: int = 3, shadow: bool = True) -> None:
    """A rounded panel with an outline and a soft drop shadow."""
    radius = radius if radius is not None else max(8, rect.height // 14)
    radius = min(radius, 28)
    if shadow:
        surface.blit(_shadow(rect.size, radius), rect.move(4, 6))
    pygame.draw.rect(surface, fill or theme.panel, rect, border_radius=radius)
    if border:
        pygame.draw.rect(surface, theme.border, rect, width=border, border_radius=radius)


def shade(surface: pygame.Surface, alpha: int) -> None:
    """Darken the whole surface (behind a dialog)."""
    surface.blit(_veil(surface.get_size(), alpha), (0, 0))


@lru_cache(maxsize=64)
def _shadow(size: tuple[int, int], radius: int) -> pygame.Surface:
    shadow = pygame.Surface(size, pygame.SRCALPHA)
    pygame.draw.rect(shadow, (0, 0, 0, 45), shadow.get_rect(), border_radius=radius)
    return shadow


@lru_cache(maxsize=4)
def _veil(size: tuple[int, int], alpha: int) -> pygame.Surface:
    veil = pygame.Surface(size, pygame.SRCALPHA)
    veil.fill((20, 12, 8, alpha))
    return veil


@lru_cache(maxsize=8)
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


def radar(surface: pygame.Surface, center: tuple[int, int], radius: int, shares: list[float | None],
          theme: Theme) -> list[tuple[int, int]]:
    """A radar chart of shares (None = not scored here); returns the axis tip points for labels."""
    n = len(shares)
    cx, cy = center
    tips = []
    for ring in (0.25, 0.5, 0.75, 1.0):
        points = [_polar(cx, cy, radius * ring, i, n) for i in range(n)]
        pygame.draw.polygon(surface, theme.panel_alt if ring == 1.0 else theme.border, points,
                            width=0 if ring == 1.0 else 1)
    for i in range(n):
        tip = _polar(cx, cy, radius, i, n)
        tips.append(tip)
        pygame.draw.line(surface, theme.muted, center, tip, 1)
    values = [_polar(cx, cy, radius * max(0.04, s or 0.0), i, n) for i, s in enumerate(shares)]
    fill = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
    pygame.draw.polygon(fill, (*theme.accent, 150), values)
    surface.blit(fill, (0, 0))
    pygame.draw.polygon(surface, theme.border, values, width=3)
    for point, share in zip(values, shares):
        if share is not None:
            pygame.draw.circle(surface, theme.border, point, 5)
    return tips


def _polar(cx: int, cy: int, r: float, i: int, n: int) -> tuple[int, int]:
    angle = -math.pi / 2 + 2 * math.pi * i / n
    return round(cx + r * math.cos(angle)), round(cy + r * math.sin(angle))
