"""Settings: language, text size, high contrast, fullscreen, read-aloud."""

from __future__ import annotations

import pygame

from ...preferences import TEXT_SIZES
from .. import draw, layout
from ..scene import Scene
from ..widgets import Button


class SettingsScene(Scene):
    """Each setting is a button that cycles its value; the change applies at once."""

    def layout(self, size):
        _ = self.app.t
        prefs = self.app.prefs
        yes_no = {True: _("On"), False: _("Off")}
        sizes = [_("Small"), _("Medium"), _("Large"), _("Extra large")]
        speech = yes_no[prefs.read_aloud] if self.app.speaker.available else _("no speech engine found")
        labels = [
            (
                _("Language: {value}").format(value="Español" if prefs.language == "es" else "English"),
                lambda: self.change(language="en" if prefs.language == "es" else "es"),
            ),
            (
                _("Text size: {value}").format(value=sizes[prefs.text_size]),
                lambda: self.change(text_size=(prefs.text_size + 1) % len(TEXT_SIZES)),
            ),
            (
                _("High contrast: {value}").format(value=yes_no[prefs.high_contrast]),
                lambda: self.change(high_contrast=not prefs.high_contrast),
            ),
            (
                _("Fullscreen (F11): {value}").format(value=yes_no[prefs.fullscreen]),
                lambda: self.change(fullscreen=not prefs.fullscreen),
            ),
            (
                _("Read aloud (F5): {value}").format(value=speech),
                lambda: self.change(read_aloud=not prefs.read_aloud and self.app.speaker.available),
            ),
            (_("Back"), self.app.pop),
        ]
        typo = self.app.typo
        w, h = size
        head = int(typo.px("title") * 1.6) + 24
        row_h = max(40, min(typo.px("body") * 2 + 8, (h - 60 - head - 5 * 10) // 6))
        self.box = layout.centered(size, min(w - 80, typo.px("body") * 26), head + row_h * 6 + 5 * 10 + 30)
        area = pygame.Rect(self.box.left + 40, self.box.top + head, self.box.width - 80, row_h * 6 + 5 * 10)
        rects = layout.column(area, [row_h] * 6, 10)
        self.focus.set(
            [
                Button(r, text, action, primary=(i == 5))
                for i, (r, (text, action)) in enumerate(zip(rects, labels, strict=True))
            ]
        )

    def change(self, **changes):
        self.app.set_prefs(self.app.prefs.with_(**changes))

    def speech(self):
        return self.app.t("Settings")

    def draw(self, surface):
        app, theme = self.app, self.app.theme
        draw.panel(surface, self.box, theme)
        title = app.typo.render(app.t("Settings"), theme.text, "title", bold=True)
        surface.blit(title, title.get_rect(midtop=(self.box.centerx, self.box.top + 24)))
        super().draw(surface)
