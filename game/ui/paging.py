"""A scene shown one page at a time, with Previous / Next / Back buttons and the arrow keys."""

from __future__ import annotations

import pygame

from . import layout
from .scene import Scene
from .widgets import Button


class PagedScene(Scene):
    """Subclasses say how many pages there are; `page` is the one shown (from 0)."""

    page = 0

    def last_page(self) -> int:
        """The index of the last page."""
        return 0

    def pager(self, size: tuple[int, int]) -> None:
        """Place the Previous / Next / Back row at the bottom right, Next focused."""
        _ = self.app.t
        w, h = size
        m = layout.margin(size)
        row_h = max(44, self.app.typo.px("body") * 2 + 6)
        rects = layout.row(pygame.Rect(w // 2, h - m - row_h, w // 2 - m, row_h), 3, 12)
        self.focus.set([Button(rects[0], _("Previous"), lambda: self.turn(-1)),
                        Button(rects[1], _("Next"), lambda: self.turn(1), primary=True, symbol="▶"),
                        Button(rects[2], _("Back"), self.app.pop)], keep=True)
        if self.focus.index == 0:
            self.focus.index = 1

    def turn(self, step: int) -> None:
        """Show another page (clamped to the first and last), and read it when read-aloud is on."""
        self.page = max(0, min(self.last_page(), self.page + step))
        self.app.speak(self.speech())

    def handle(self, event):
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_RIGHT, pygame.K_PAGEDOWN):
            self.turn(1)
            return
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_LEFT, pygame.K_PAGEUP):
            self.turn(-1)
            return
        super().handle(event)
