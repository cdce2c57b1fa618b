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
        labels = [_("Previous"), _("Next"), _("Back")]
        rects = layout.buttons(pygame.Rect(w // 2, m, w // 2 - m, h - 2 * m), labels, self.app.typo)
        if rects[0].top < rects[-1].top:  # not room in half the width: the whole width
            rects = layout.buttons(pygame.Rect(m, m, w - 2 * m, h - 2 * m), labels, self.app.typo)
        self.pager_top = min(r.top for r in rects)
        self.focus.set(
            [
                Button(rects[0], labels[0], lambda: self.turn(-1)),
                Button(rects[1], labels[1], self.next_page, primary=True, symbol="▶"),
                Button(rects[2], labels[2], self.app.pop),
            ],
            keep=True,
        )
        if self.focus.index == 0:
            self.focus.index = 1

    def next_page(self) -> None:
        """What the Next button does: the next page (subclasses may finish on the last)."""
        self.turn(1)

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
