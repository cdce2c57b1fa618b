"""Facilitator mode, first screen: the workshop's name, place, how many officers, and teams."""

from __future__ import annotations

import pygame

from ...records.errors import RecordsError
from ...records.model import PLAYING, Workshop
from ...records.workshops import Workshops
from ...workshop import resume_run
from .. import draw, layout
from ..scene import Scene
from ..widgets import Button, TextField
from .workshop_hub import WorkshopHubScene


class WorkshopSetupScene(Scene):
    """A short form; the workshop is recorded when it starts."""

    def __init__(self, app):
        super().__init__(app)
        self.fields: list[TextField] = []
        self.hide_scores = False

    def layout(self, size):
        _ = self.app.t
        typo = self.app.typo
        w, h = size
        m = layout.margin(size)
        row_h = layout.control_height(typo)
        caption = typo.line_height("small") + 4
        top = m + layout.title_height(typo) + m // 2
        self.box = pygame.Rect(m, top, w - 2 * m, h - top - m)
        inner = pygame.Rect(
            self.box.left + 30,
            self.box.top + 16 + caption,
            self.box.width - 60,
            self.box.height - 16 - caption - 2 * (row_h + 12) - 12,
        )
        rects = layout.flow(inner, 4, row_h, 8 + caption)
        below = pygame.Rect(inner.left, self.box.bottom - 2 * (row_h + 12), inner.width, row_h)
        rects += [below, below.move(0, row_h + 12)]
        old = [f.value for f in self.fields] or ["", "", "", ""]
        self.fields = [
            TextField(rects[0], _("Workshop name"), self.start, max_length=60, value=old[0]),
            TextField(rects[1], _("Place (optional)"), self.start, max_length=60, value=old[1]),
            TextField(rects[2], _("How many officers take part"), self.start, max_length=3, value=old[2]),
            TextField(
                rects[3],
                _("Teams, separated by commas (optional, 2 to 6)"),
                self.start,
                max_length=120,
                value=old[3],
            ),
        ]
        shown = _("Scores: only at the debrief") if self.hide_scores else _("Scores: after every decision")
        toggle = Button(rects[4], shown, self.toggle)
        self.unfinished = self.unfinished_run()
        buttons = layout.row(rects[5], 3 if self.unfinished else 2, 16)
        widgets = self.fields + [
            toggle,
            Button(buttons[0], _("Back"), self.app.pop),
            Button(buttons[1], _("Start the workshop"), self.start, primary=True, symbol="▶"),
        ]
        if self.unfinished:
            widgets.append(
                Button(
                    buttons[2],
                    _("Continue “{name}”").format(name=self.unfinished[0].name),
                    self.continue_unfinished,
                )
            )
        self.focus.set(widgets)

    def unfinished_run(self) -> tuple[Workshop, int] | None:
        """The latest workshop whose scenario was left mid-vote (the game closed, the power went)."""
        if self.app.store is None:
            return None
        book = Workshops(self.app.store)
        for workshop in reversed(self.app.record(book.all) or []):
            playing = [r for r in self.app.record(book.runs, workshop) or [] if r.attempt.status == PLAYING]
            if playing:
                return workshop, playing[-1].attempt.id
        return None

    def continue_unfinished(self):
        """Back to the workshop, at the moment it stopped, with the votes entered."""
        assert self.unfinished is not None
        workshop, attempt_id = self.unfinished
        try:
            found = resume_run(self.app.play, attempt_id, self.app.language)
        except RecordsError as exc:
            self.app.records_problem(exc)
            return
        self.app.replace(WorkshopHubScene(self.app, workshop))
        if found is not None:
            self.app.flow.group(*found)

    def toggle(self):
        self.hide_scores = not self.hide_scores
        self.layout(self.app.screen.get_size())
        self.focus.index = 4

    def start(self):
        _ = self.app.t
        name, place, people, teams = (f.value.strip() for f in self.fields)
        if not name:
            self.app.notify(_("Give the workshop a name."))
            self.focus.focus(self.fields[0])
            return
        if not people.isdigit():
            self.app.notify(_("Write how many officers take part, as a number."))
            self.focus.focus(self.fields[2])
            return
        names = [t.strip() for t in teams.split(",") if t.strip()]
        if names and not 2 <= len(names) <= 6:
            self.app.notify(_("Use two to six teams, or leave teams empty."))
            self.focus.focus(self.fields[3])
            return
        if self.app.store is None:
            self.app.notify(_("Workshops need the records, which are unavailable on this PC."))
            return
        workshop = self.app.record(
            Workshops(self.app.store).create,
            name,
            place or None,
            int(people),
            names,
            self.hide_scores,
            self.app.language,
        )
        if workshop:
            self.app.replace(WorkshopHubScene(self.app, workshop))

    def speech(self):
        return self.app.t("New workshop")

    def draw(self, surface):
        app, theme = self.app, self.app.theme
        m = layout.margin(surface.get_size())
        surface.blit(app.typo.render(app.t("New workshop"), theme.text, "title", bold=True), (m, m))
        draw.panel(surface, self.box, theme)
        for field in self.fields:
            caption = app.typo.render(field.label, theme.muted, "small")
            surface.blit(caption, caption.get_rect(bottomleft=(field.rect.left + 4, field.rect.top - 3)))
        super().draw(surface)
