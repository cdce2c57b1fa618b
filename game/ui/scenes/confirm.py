"""A small dialog: a heading, a message, and buttons that dismiss it with their result (a question
before something that loses work, a tie in the room's vote, where a report was saved)."""

from __future__ import annotations

import pygame

from .. import draw, layout
from ..scene import Scene
from ..widgets import Button


class ConfirmScene(Scene):
    """Dismisses with the result of the button pressed; Esc dismisses with None (the safe answer)."""

    opaque = False

    def __init__(self, app, heading: str, body: str, buttons: list[tuple[str, object]]):
        super().__init__(app)
        self.heading, self.body, self.buttons = heading, body, buttons

    def layout(self, size):
        typo = self.app.typo
        width = min(size[0] - 80, typo.px("body") * 34)
        text = typo.render(self.body, self.app.theme.text, "large", width=width - 60)
        row_h = max(46, typo.px("body") * 2 + 8)
        height = typo.px("title") * 2 + text.get_height() + row_h + 90
        self.box = layout.centered(size, width, min(size[1] - 40, height))
        area = pygame.Rect(self.box.left + 30, self.box.bottom - row_h - 26, self.box.width - 60, row_h)
        rects = layout.row(area, len(self.buttons), 16)
        self.focus.set(
            [
                Button(rect, label, lambda r=result: self.app.dismiss(r), primary=i == 0)
                for i, (rect, (label, result)) in enumerate(zip(rects, self.buttons, strict=True))
            ]
        )

    def back(self):
        self.app.dismiss(None)

    def speech(self):
        return f"{self.heading}. {self.body}"

    def draw(self, surface):
        app, theme = self.app, self.app.theme
        draw.shade(surface, theme.shade_alpha)
        draw.panel(surface, self.box, theme)
        heading = app.typo.render(self.heading, theme.text, "title", bold=True, width=self.box.width - 60)
        surface.blit(heading, (self.box.left + 30, self.box.top + 22))
        body = app.typo.fit(
            self.body,
            theme.text,
            self.box.width - 60,
            self.focus.widgets[0].rect.top - self.box.top - heading.get_height() - 50,
            "large",
        )
        surface.blit(body, (self.box.left + 30, self.box.top + 36 + heading.get_height()))
        super().draw(surface)
