"""Arrow keys move the focus on screen: in a grid, Down goes to the card below, not the next in the list."""

from __future__ import annotations

import pygame

from game.ui.widgets import FocusGroup, Widget


def key(code: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode="", scancode=0)


def test_arrows_move_spatially_in_a_grid():
    cards = [
        Widget(pygame.Rect(x * 200, y * 100, 180, 80), label=f"{y}{x}") for y in range(2) for x in range(3)
    ]
    group = FocusGroup()
    group.set(cards)
    moves = []
    for code in (pygame.K_DOWN, pygame.K_RIGHT, pygame.K_RIGHT, pygame.K_UP, pygame.K_LEFT):
        assert group.handle(key(code))
        moves.append(group.focused.label)
    assert moves == ["10", "11", "12", "02", "01"]


def test_a_single_column_still_wraps():
    rows = [Widget(pygame.Rect(0, y * 60, 300, 50), label=str(y)) for y in range(3)]
    group = FocusGroup()
    group.set(rows)
    group.handle(key(pygame.K_UP))
    assert group.focused.label == "2"
    group.handle(key(pygame.K_DOWN))
    assert group.focused.label == "0"
