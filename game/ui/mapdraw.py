"""Draws the scenario map (the layout shared with the SVG export) with pygame: on screen at any zoom,
and whole into a PNG file (`map --format png`)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pygame

from ..map.layout import LABEL_PX, MapLayout, label_text, layout
from ..map.svg import BACKGROUND, COLOURS, INK, PAD, PATH, ROUTE_FILL, TITLE, arrow_colour, card_lines
from ..scenario import Scenario
from .theme import hex_color
from .typography import Typography

MIN_TEXT_PX = 10  # smaller than this a card shows its id only, never unreadable text
LABELS_FROM = 0.8  # arrows' labels from this zoom up (where they have the room the layout gave them)


def draw_map(
    surface: pygame.Surface,
    scenario: Scenario,
    plan: MapLayout,
    typo: Typography,
    language: str,
    offset: tuple[float, float],
    zoom: float,
    path: list[str] | None = None,
) -> None:
    """Draw cards and arrows at `zoom`, shifted by `offset` (screen pixels); `path` is highlighted.

    Text never shrinks below MIN_TEXT_PX: at small zooms a card keeps its id, at full size its text
    too, and the arrows' labels appear once there is room for them.
    """
    ox, oy = offset
    steps = set(pairwise(path or []))
    visited = set(path or [])
    view = surface.get_rect()

    def at(x: float, y: float) -> tuple[int, int]:
        return round(ox + x * zoom), round(oy + y * zoom)

    for arrow in plan.arrows:
        points = [at(x, y) for x, y in arrow.points]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        if not view.colliderect(pygame.Rect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)):
            continue
        highlight = (arrow.source, arrow.target) in steps
        colour = hex_color(PATH if highlight else arrow_colour(arrow))
        pygame.draw.lines(surface, colour, False, points, max(1, round((4 if highlight else 2) * zoom**0.5)))
        _head(surface, points[-2], points[-1], colour, max(5, round(9 * zoom**0.5)))
    if zoom >= LABELS_FROM:
        px = max(MIN_TEXT_PX, round(LABEL_PX * zoom))
        for arrow in plan.arrows:
            x, y = at(*arrow.label_at)
            if view.collidepoint(x, y):
                label = typo.render(label_text(arrow.label), hex_color(INK), px=px)
                halo = label.get_rect(center=(x, y)).inflate(6, 2)
                pygame.draw.rect(surface, hex_color(BACKGROUND), halo, border_radius=4)
                surface.blit(label, label.get_rect(center=(x, y)))
    for card in plan.cards.values():
        rect = pygame.Rect(*at(card.x, card.y), round(card.w * zoom), round(card.h * zoom))
        if not view.colliderect(rect):
            continue
        border = hex_color(PATH) if card.id in visited else hex_color(INK)
        width = max(1, round((4 if card.id in visited or card.start else 2) * zoom**0.5))
        radius = rect.height // 2 if card.route else max(2, round(12 * zoom))
        pygame.draw.rect(
            surface, hex_color(ROUTE_FILL if card.route else COLOURS[card.ending]), rect, border_radius=radius
        )
        pygame.draw.rect(surface, border, rect, width=width, border_radius=radius)
        _card_text(surface, rect, card_lines(scenario, card.id, language), typo, zoom)


def _card_text(
    surface: pygame.Surface, rect: pygame.Rect, lines: list[str], typo: Typography, zoom: float
) -> None:
    """The card's id (and its text when there is room for both lines), centred in the card's height,
    never smaller than MIN_TEXT_PX and cut with an ellipsis at the card's width."""
    sizes = [max(MIN_TEXT_PX, round(15 * zoom)), max(MIN_TEXT_PX, round(13 * zoom))]
    heights = [typo.font(bold=i == 0, px=px).get_linesize() for i, px in enumerate(sizes)]
    if sum(heights) > rect.height - 4:
        lines = lines[:1]
    inset = max(4, round(14 * zoom))
    y = rect.centery - sum(heights[: len(lines)]) / 2
    for i, line in enumerate(lines):
        text = typo.render(
            line, hex_color(INK), px=sizes[i], bold=i == 0, width=rect.width - 2 * inset, max_lines=1
        )
        surface.blit(text, (rect.left + inset, round(y)))
        y += heights[i]


def save_png(scenario: Scenario, language: str, path: Path) -> None:
    """Render the whole map at full size into a PNG file (no window needed)."""
    pygame.font.init()
    typo = Typography(720)
    plan = layout(scenario, language)
    surface = pygame.Surface((round(plan.width + 2 * PAD), round(plan.height + 2 * PAD + TITLE)))
    surface.fill(hex_color(BACKGROUND))
    surface.blit(typo.render(scenario.title.get(language), hex_color(INK), px=22, bold=True), (PAD, PAD - 18))
    draw_map(surface, scenario, plan, typo, language, (PAD, PAD + TITLE), 1.0)
    pygame.image.save(surface, str(path))


def _head(surface: pygame.Surface, before, tip, colour, size: int) -> None:
    direction = pygame.Vector2(tip) - pygame.Vector2(before)
    if direction.length() == 0:
        return
    direction.scale_to_length(size)
    left = pygame.Vector2(tip) - direction + direction.rotate(90) * 0.5
    right = pygame.Vector2(tip) - direction - direction.rotate(90) * 0.5
    pygame.draw.polygon(surface, colour, [tip, left, right])
