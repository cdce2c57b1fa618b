"""Window-relative layout helpers: margins, columns and rows that scale from 1024x600 to 1920x1080."""

from __future__ import annotations

import pygame


def margin(size: tuple[int, int]) -> int:
    """The outer margin for a window size."""
    return max(16, min(size) // 24)


def column(area: pygame.Rect, heights: list[int], gap: int) -> list[pygame.Rect]:
    """Rects stacked top-down in `area`, each as wide as the area."""
    out, y = [], area.top
    for h in heights:
        out.append(pygame.Rect(area.left, y, area.width, h))
        y += h + gap
    return out


def row(area: pygame.Rect, count: int, gap: int) -> list[pygame.Rect]:
    """`count` equal rects side by side filling `area`."""
    if count <= 0:
        return []
    width = (area.width - gap * (count - 1)) // count
    return [pygame.Rect(area.left + i * (width + gap), area.top, width, area.height) for i in range(count)]


def centered(size: tuple[int, int], width: int, height: int) -> pygame.Rect:
    """A rect of the given size centred in the window."""
    rect = pygame.Rect(0, 0, width, height)
    rect.center = (size[0] // 2, size[1] // 2)
    return rect
