"""Who is playing: pick a profile on this PC or make one (a nickname is enough)."""

from __future__ import annotations

import pygame

from .. import draw, layout
from ..scene import Scene
from ..widgets import Button, TextField
from .catalog import CatalogScene
from .resume import ResumeScene


class PlayersScene(Scene):
    """The profiles on this PC and a short form for a new one."""

    def __init__(self, app):
        super().__init__(app)
        self.fields: list[TextField] = []
        self.players = app.record(app.store.players) if app.store else []
        self.players = list(reversed(self.players or []))  # the newest first
        self.page = 0

    def layout(self, size):
        _ = self.app.t
        w, h = size
        m = layout.margin(size)
        typo = self.app.typo
        row_h = layout.control_height(typo)
        top = m + layout.title_height(typo) + m // 2
        self.left = pygame.Rect(m, top, (w - 3 * m) // 2, h - top - m)
        self.right = pygame.Rect(self.left.right + m, self.left.top, self.left.width, self.left.height)
        self.heading_h = typo.line_height("large", True) + 24
        widgets = []
        top = self.left.top + self.heading_h
        listed = pygame.Rect(
            self.left.left + 20, top, self.left.width - 40, self.left.bottom - top - row_h - 24
        )
        per_page = max(1, (listed.height + 12) // (row_h + 12))
        self.pages = max(1, -(-len(self.players) // per_page))
        self.page = min(self.page, self.pages - 1)
        shown = self.players[self.page * per_page : (self.page + 1) * per_page]
        for rect, player in zip(layout.column(listed, [row_h] * len(shown), 12), shown, strict=True):
            label = player.nickname + (f" · {player.station}" if player.station else "")
            widgets.append(Button(rect, label, lambda p=player: self.choose(p)))
        if self.pages > 1:
            turn = layout.row(
                pygame.Rect(listed.left, self.left.bottom - row_h - 16, listed.width, row_h), 2, 12
            )
            widgets += [
                Button(turn[0], _("Previous"), lambda: self.turn(-1)),
                Button(turn[1], _("More players"), lambda: self.turn(1)),
            ]
        old = [f.value for f in self.fields] or ["", "", ""]
        caption = typo.line_height("small") + 4
        inner = pygame.Rect(
            self.right.left + 20,
            self.right.top + self.heading_h + caption,
            self.right.width - 40,
            self.right.height,
        )
        rects = layout.column(inner, [row_h] * 4, 8 + caption)
        self.fields = [
            TextField(rects[0], _("Nickname"), self.create, max_length=30, value=old[0]),
            TextField(rects[1], _("Badge number (optional)"), self.create, max_length=20, value=old[1]),
            TextField(rects[2], _("Police station (optional)"), self.create, max_length=60, value=old[2]),
        ]
        create = Button(rects[3], _("Create and continue"), self.create, primary=True)
        self.form_bottom = rects[3].bottom
        widgets += self.fields + [create]
        if self.app.store is None:
            widgets.append(
                Button(pygame.Rect(m, h - m - row_h, w // 3, row_h), _("Play without saving"), self.guest)
            )
        self.focus.set(widgets)
        if not self.players:
            self.focus.focus(self.fields[0])

    def turn(self, step):
        self.page = (self.page + step) % self.pages
        self.layout(self.app.screen.get_size())

    def choose(self, player):
        self.app.player = player
        self.app.replace(CatalogScene(self.app))
        unfinished = self.app.play.resumable(player.id)
        if unfinished:
            self.app.push(ResumeScene(self.app, unfinished[0]))

    def create(self):
        nickname, badge, station = (f.value.strip() for f in self.fields)
        if not nickname:
            self.app.notify(self.app.t("Write a nickname first; the badge number and station are optional."))
            self.focus.focus(self.fields[0])
            return
        if self.app.store is None:
            self.guest()
            return
        player = self.app.record(
            self.app.store.create_player, nickname, badge or None, station or None, self.app.language
        )
        if player:
            self.choose(player)

    def guest(self):
        self.app.player = None
        self.app.replace(CatalogScene(self.app))

    def speech(self):
        return self.app.t("Who is playing?")

    def draw(self, surface):
        app, theme = self.app, self.app.theme
        _ = app.t
        m = layout.margin(surface.get_size())
        title = app.typo.render(_("Who is playing?"), theme.text, "title", bold=True)
        surface.blit(title, (m, m))
        for rect, heading in ((self.left, _("Continue as")), (self.right, _("New player"))):
            draw.panel(surface, rect, theme)
            label = app.typo.render(heading, theme.text, "large", bold=True)
            surface.blit(label, (rect.left + 20, rect.top + 12))
        for field in self.fields:
            caption = app.typo.render(field.label, theme.muted, "small")
            surface.blit(caption, caption.get_rect(bottomleft=(field.rect.left + 4, field.rect.top - 3)))
        if not self.players:
            hint = app.typo.render(
                _("No players yet on this PC."), theme.muted, "body", width=self.left.width - 40
            )
            surface.blit(hint, (self.left.left + 20, self.left.top + self.heading_h))
        room = self.right.bottom - 12 - self.form_bottom - 8
        lines = room // app.typo.line_height("small")
        if lines > 0:  # under the form when there is room (the form says the same with its captions)
            note = app.typo.render(
                _("Only a nickname is needed. Results stay on this PC unless a trainer sets up sending."),
                theme.muted,
                "small",
                width=self.right.width - 40,
                max_lines=lines,
            )
            surface.blit(note, note.get_rect(bottomleft=(self.right.left + 20, self.right.bottom - 12)))
        super().draw(surface)
