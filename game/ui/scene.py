"""Scenes on a stack: push, pop, and dismiss with a result handed back to the scene below."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pygame

from .widgets import FocusGroup

if TYPE_CHECKING:
    from .app import App


class Scene:
    """One screen. Subclasses build widgets in `layout`, draw in `draw`, and react in `handle`."""

    opaque = True  # False for dialogs drawn over the scene below
    appear = 1.0  # how far a dialog has faded in (the app animates it from 0 to 1)

    def __init__(self, app: App):
        self.app = app
        self.focus = FocusGroup(app.now)
        self.on_result: Callable[[Any], None] | None = None

    def layout(self, size: tuple[int, int]) -> None:
        """Place widgets for a window size (also called after a language or text-size change)."""

    def handle(self, event: pygame.event.Event) -> None:
        """React to one event; the default moves focus and activates widgets, Esc goes back."""
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.back()
            return
        self.focus.handle(event)

    def back(self) -> None:
        """What Esc does: leave this scene."""
        self.app.pop()

    def resume(self) -> None:
        """Called when the scene is on top again after the one above it left (refresh what changed)."""

    def update(self, dt: float) -> bool:
        """Advance animations by dt seconds; True while something still moves."""
        return False

    def draw(self, surface: pygame.Surface) -> None:
        """Draw the scene (and its widgets)."""
        self.focus.draw(surface, self.app)

    def speech(self) -> str:
        """The text read aloud for this scene."""
        return ""
