"""The pause menu: continue, settings, or leave (progress is already saved)."""

from __future__ import annotations

import pygame

from ...play import Attempt
from .. import draw, layout
from ..scene import Scene
from ..widgets import Button
from .history import HistoryScene, PathScene
from .settings import SettingsScene


class PauseScene(Scene):
    """A dialog over the play scene; dismisses with "leave" when the player leaves the scenario."""

    opaque = False

    def __init__(self, app, attempt: Attempt, moment_speech: str):
        super().__init__(app)
        self.attempt, self.moment_speech = attempt, moment_speech

    def layout(self, size):
        _ = self.app.t
        typo = self.app.typo
        row_h = max(46, typo.px("body") * 2 + 8)
        head = int(typo.px("title") * 1.6 + typo.px("small") * 1.6) + 30
        columns = 1 if head + row_h * 6 + 5 * 14 + 40 <= size[1] - 20 else 2  # two columns on short windows
        rows = 6 // columns
        width = min(size[0] - 40, typo.px("body") * 21 * columns)
        self.box = layout.centered(size, width, head + row_h * rows + (rows - 1) * 14 + 40)
        inner = (self.box.width - 80 - (columns - 1) * 20) // columns
        rects = [
            rect
            for c in range(columns)
            for rect in layout.column(
                pygame.Rect(
                    self.box.left + 40 + c * (inner + 20),
                    self.box.top + head,
                    inner,
                    row_h * rows + (rows - 1) * 14,
                ),
                [row_h] * rows,
                14,
            )
        ]
        self.focus.set(
            [
                Button(rects[0], _("Continue"), self.app.pop, primary=True, symbol="▶"),
                Button(rects[1], _("Read aloud"), self.read),
                Button(rects[2], _("History"), self.history),
                Button(rects[3], _("Your path so far"), self.map),
                Button(rects[4], _("Settings"), self.settings),
                Button(rects[5], _("Leave the scenario"), self.leave),
            ]
        )

    def read(self):
        self.app.speaker.say(self.moment_speech, self.app.language)

    def history(self):
        self.app.push(HistoryScene(self.app, self.attempt.history()))

    def map(self):
        self.app.push(PathScene(self.app, self.attempt.history()))

    def settings(self):
        self.app.push(SettingsScene(self.app))

    def leave(self):
        self.app.dismiss("leave")  # the attempt stays open to resume later

    def speech(self):
        return self.app.t("Paused")

    def draw(self, surface):
        app, theme = self.app, self.app.theme
        draw.shade(surface, theme.shade_alpha)
        draw.panel(surface, self.box, theme)
        title = app.typo.render(app.t("Paused"), theme.text, "title", bold=True)
        surface.blit(title, title.get_rect(midtop=(self.box.centerx, self.box.top + 20)))
        note = app.typo.render(app.t("Your progress is saved after every decision."), theme.muted, "small")
        surface.blit(note, note.get_rect(midtop=(self.box.centerx, self.box.top + 26 + title.get_height())))
        super().draw(surface)
