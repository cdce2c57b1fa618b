"""Window-relative layout helpers: margins, columns and rows that scale from 1024x600 to 1920x1080."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from .typography import Typography


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


def control_height(typo: Typography) -> int:
    """The height of a button or text field: one line of body text with room around it."""
    return typo.line_height("body") + max(12, typo.px("body") // 2)


def flow(area: pygame.Rect, count: int, height: int, gap: int, max_columns: int = 2) -> list[pygame.Rect]:
    """`count` rects of `height`, top-down in as few columns (up to `max_columns`) as fit `area`'s height."""
    for columns in range(1, max_columns + 1):
        per_column = -(-count // columns)
        if per_column * (height + gap) - gap <= area.height or columns == max_columns:
            break
    width = (area.width - gap * (columns - 1)) // columns
    return [pygame.Rect(area.left + (i // per_column) * (width + gap), area.top + (i % per_column) * (height + gap),
                        width, height) for i in range(count)]


def title_height(typo: Typography) -> int:
    """The room a screen's title line takes."""
    return typo.line_height("title", True)
