"""The title screen: the logo, the game's name, and the ways in."""

from __future__ import annotations

import pygame

from .. import draw, layout
from ..scene import Scene
from ..widgets import Button
from .catalog import CatalogScene
from .confirm import ConfirmScene
from .players import PlayersScene
from .settings import SettingsScene
from .trainer import TrainerScene
from .workshop_setup import WorkshopSetupScene


class TitleScene(Scene):
    """Play, Settings, Quit, and a quick language switch."""

    def layout(self, size):
        _ = self.app.t
        w, h = size
        button_h = layout.control_height(self.app.typo)
        gap = max(8, h // 60)
        width = min(w // 3, 460)
        self.card = pygame.Rect(0, 0, min(w - 80, int(h * 1.35)), h - 2 * layout.margin(size))
        self.card.center = (w // 2, h // 2)
        cols = 2 if h < 800 else 1  # a short window lays the six buttons out in two columns
        rows = 6 // cols
        labels = [_("Workshop (facilitator)"), _("For trainers")]
        longest = max(self.app.typo.font("body", True).size(label)[0] for label in labels) + button_h
        width = max(width, min(longest, (self.card.width - 60 - gap * 2 * (cols - 1)) // cols))
        area = pygame.Rect(0, 0, width * cols + gap * 2 * (cols - 1), button_h * rows + (rows - 1) * gap)
        area.midbottom = (w // 2, self.card.bottom - gap * 2)
        self.text_bottom = area.top - gap
        columns = layout.row(area, cols, gap * 2)
        rects = [r for column in columns for r in layout.column(column, [button_h] * rows, gap)]
        other = "English" if self.app.language == "es" else "Español"
        self.focus.set(
            [
                Button(rects[0], _("Play"), self.play, primary=True, symbol="▶"),
                Button(rects[1], labels[0], self.workshop),
                Button(rects[2], labels[1], self.trainer),
                Button(rects[3], _("Settings"), self.settings),
                Button(rects[4], other, self.switch_language),
                Button(rects[5], _("Quit"), self.back),
            ]
        )

    def back(self):
        """Esc or "Salir": ask first, so a slip does not close the game."""
        self.app.push(
            ConfirmScene(
                self.app,
                self.app.t("Quit the game?"),
                self.app.t("Your progress is saved; you can continue another day."),
                [(self.app.t("Quit"), True), (self.app.t("Stay"), False)],
            ),
            on_result=lambda quit_: self.app.pop() if quit_ else None,
        )

    def play(self):
        self.app.push(PlayersScene(self.app))

    def workshop(self):
        self.app.push(WorkshopSetupScene(self.app))

    def trainer(self):
        self.app.push(
            CatalogScene(
                self.app,
                on_pick=lambda scenario: self.app.push(TrainerScene(self.app, scenario)),
                heading=self.app.t("Choose a scenario to review"),
            )
        )

    def settings(self):
        self.app.push(SettingsScene(self.app))

    def switch_language(self):
        self.app.set_prefs(self.app.prefs.with_(language="en" if self.app.language == "es" else "es"))

    def speech(self):
        return self.app.t("Police in Childhood Mode")

    def draw(self, surface):
        app, theme = self.app, self.app.theme
        w, h = surface.get_size()
        background = app.art.background("waiting_room", (w, h))
        if theme.background_alpha < 255:
            background = background.copy()
            background.set_alpha(theme.background_alpha)
        surface.blit(background, (0, 0))
        card = self.card
        draw.panel(surface, card, theme)
        logo = app.art.icon("app", int(h * 0.18))
        surface.blit(logo, logo.get_rect(midtop=(w // 2, card.top + int(h * 0.025))))
        top = card.top + int(h * 0.025) + logo.get_height()
        subtitle = app.typo.render(
            app.t(
                "Practise receiving children and adolescents at the police station, "
                "and see it through their eyes."
            ),
            theme.muted,
            "body",
            width=card.width - 120,
            align="center",
        )
        name, room = app.t("Police in Childhood Mode"), self.text_bottom - top - subtitle.get_height()
        role = next(
            (r for r in ("huge", "title") if app.typo.fits(name, card.width - 60, room, r, True)), "large"
        )
        title = app.typo.fit(name, theme.text, card.width - 60, room, role, bold=True, align="center")
        surface.blit(title, title.get_rect(midtop=(w // 2, top)))
        surface.blit(subtitle, subtitle.get_rect(midtop=(w // 2, top + title.get_height())))
        super().draw(surface)
