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
    return [
        pygame.Rect(
            area.left + (i // per_column) * (width + gap),
            area.top + (i % per_column) * (height + gap),
            width,
            height,
        )
        for i in range(count)
    ]


def title_height(typo: Typography) -> int:
    """The room a screen's title line takes."""
    return typo.line_height("title", True)


def buttons(
    area: pygame.Rect, labels: list[str], typo: Typography, gap: int = 12, symbols: int = 0
) -> list[pygame.Rect]:
    """Buttons along the bottom of `area`, each wide enough for its whole label (and `symbols` of them
    with a ▶ mark): equal widths when they fit so, else sized to their labels, else in two rows (the
    first row above the second). Each is `control_height` high; the bottom row sits on `area.bottom`."""
    height = control_height(typo)
    font = typo.font("body", bold=True)
    needed = [
        font.size(label)[0] + height + (typo.px("body") + 8 if i < symbols else 0)
        for i, label in enumerate(labels)
    ]
    rows = [list(range(len(labels)))]
    if sum(needed) + gap * (len(labels) - 1) > area.width and len(labels) > 1:
        half = (len(labels) + 1) // 2
        rows = [list(range(half)), list(range(half, len(labels)))]
    rects: list[pygame.Rect] = [pygame.Rect(0, 0, 0, 0)] * len(labels)
    for r, indices in enumerate(rows):
        top = area.bottom - (len(rows) - r) * height - (len(rows) - 1 - r) * gap
        space = area.width - gap * (len(indices) - 1)
        widest = max(needed[i] for i in indices)
        if widest * len(indices) <= space:
            widths = [space // len(indices)] * len(indices)
        else:
            extra = max(0, space - sum(needed[i] for i in indices)) // len(indices)
            widths = [needed[i] + extra for i in indices]
        x = area.left
        for i, width in zip(indices, widths, strict=True):
            rects[i] = pygame.Rect(x, top, width, height)
            x += width + gap
    return rects
