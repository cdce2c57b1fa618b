"""Draws the scenario map (the layout shared with the SVG export) onto a pygame surface."""

from __future__ import annotations

import pygame

from ..mapsvg import COLOURS, arrow_colour, edge_curve, label_lines
from ..scenario import Scenario
from ..scenario.layout import MapLayout
from .theme import hex_color
from .typography import Typography

PATH_COLOUR = hex_color("#35577D")
INK = hex_color("#3B2B25")


def draw_map(surface: pygame.Surface, scenario: Scenario, plan: MapLayout, typo: Typography, language: str,
             offset: tuple[float, float], zoom: float, path: list[str] | None = None) -> None:
    """Draw cards and arrows at `zoom`, shifted by `offset` (screen pixels); `path` is highlighted."""
    ox, oy = offset
    on_path = set(zip(path or [], (path or [])[1:]))
    visited = set(path or [])
    view = surface.get_rect()

    def at(x: float, y: float) -> tuple[int, int]:
        return round(ox + x * zoom), round(oy + y * zoom)

    for arrow in plan.arrows:
        start, c1, c2, end = (at(x, y) for x, y in edge_curve(plan, arrow))
        if not view.clipline(start, end) and not view.collidepoint(start):
            continue
        highlight = (arrow.source, arrow.target) in on_path
        colour = PATH_COLOUR if highlight else hex_color(arrow_colour(arrow.total))
        points = _bezier(start, c1, c2, end)
        pygame.draw.lines(surface, colour, False, points, max(1, round((4 if highlight else 2) * zoom ** 0.5)))
        _head(surface, points[-2], end, colour, max(5, round(9 * zoom ** 0.5)))
    font_px = max(6, round(13 * zoom))
    for card in plan.cards.values():
        rect = pygame.Rect(*at(card.x, card.y), round(card.w * zoom), round(card.h * zoom))
        if not view.colliderect(rect):
            continue
        border = PATH_COLOUR if card.id in visited else INK
        width = max(1, round((4 if card.id in visited or card.start else 2) * zoom ** 0.5))
        radius = max(2, round(14 * zoom))
        pygame.draw.rect(surface, hex_color(COLOURS[card.ending]), rect, border_radius=radius)
        pygame.draw.rect(surface, border, rect, width=width, border_radius=radius)
        if font_px >= 7:
            for i, line in enumerate(label_lines(scenario, card.id, language)):
                text = typo.render(line, INK, px=font_px + (2 if i == 0 else 0), bold=i == 0)
                clip = rect.inflate(-round(16 * zoom), 0)
                surface.blit(text, (rect.left + round(12 * zoom), rect.top + round((10 + i * 24) * zoom)),
                             area=pygame.Rect(0, 0, clip.width, text.get_height()))


def render_map(scenario: Scenario, plan: MapLayout, typo: Typography, language: str,
               path: list[str] | None = None, pad: int = 40) -> pygame.Surface:
    """The whole map at full size on its own surface (for PNG export)."""
    surface = pygame.Surface((plan.width + 2 * pad, plan.height + 2 * pad + 30))
    surface.fill(hex_color("#FFF6E8"))
    title = typo.render(scenario.title.get(language), INK, px=20, bold=True)
    surface.blit(title, (pad, 8))
    draw_map(surface, scenario, plan, typo, language, (pad, pad + 30), 1.0, path)
    return surface


def _bezier(p0, p1, p2, p3, steps: int = 16) -> list[tuple[float, float]]:
    points = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        points.append((u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t ** 3 * p3[0],
                       u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t ** 3 * p3[1]))
    return points


def _head(surface, before, tip, colour, size) -> None:
    direction = pygame.Vector2(tip) - pygame.Vector2(before)
    if direction.length() == 0:
        return
    direction.scale_to_length(size)
    left = pygame.Vector2(tip) - direction + direction.rotate(90) * 0.5
    right = pygame.Vector2(tip) - direction - direction.rotate(90) * 0.5
    pygame.draw.polygon(surface, colour, [tip, left, right])
