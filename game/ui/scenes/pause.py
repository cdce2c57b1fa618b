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
        self.box = layout.centered(size, min(size[0] - 80, typo.px("body") * 21), head + row_h * 6 + 5 * 14 + 40)
        area = pygame.Rect(self.box.left + 40, self.box.top + head, self.box.width - 80, row_h * 6 + 5 * 14)
        rects = layout.column(area, [row_h] * 6, 14)
        self.focus.set([Button(rects[0], _("Continue"), self.app.pop, primary=True, symbol="▶"),
                        Button(rects[1], _("Read aloud"), self.read),
                        Button(rects[2], _("History"), self.history),
                        Button(rects[3], _("Your path so far"), self.map),
                        Button(rects[4], _("Settings"), self.settings),
                        Button(rects[5], _("Leave the scenario"), self.leave)])

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
