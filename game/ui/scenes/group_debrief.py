"""Facilitator mode, after a scenario: the room's path with the votes at every decision, the group's
competencies, and a friendly scoreboard between teams."""

from __future__ import annotations

import pygame

from ...records.workshops import Workshops
from ...workshop.summary import summarise
from .. import draw, layout
from ..scene import Scene
from ..widgets import Button
from .debrief import DebriefScene

PER_PAGE = 1  # one decision at a time: the bars must read on a projector


class GroupDebriefScene(DebriefScene):
    """The debrief of the room: the radar as in a player's debrief, and vote bars instead of reviews."""

    def __init__(self, app, workshop, run):
        super().__init__(app, run.attempt)
        self.workshop, self.run = workshop, run

    def layout(self, size):
        super().layout(size)
        self.per_page = PER_PAGE
        self.pages = max(1, -(-len(self.run.counts) // PER_PAGE))

    def closing_actions(self):
        return (self.app.t("Scoreboard"), self.scoreboard), (self.app.t("Workshop"), self.app.dismiss)

    def scoreboard(self):
        if self.workshop.teams:
            self.app.push(ScoreboardScene(self.app, self.workshop))
        else:
            self.app.notify(self.app.t("This workshop has no teams."))

    def _draw_reviews(self, surface):
        app, theme, typo = self.app, self.app.theme, self.app.typo
        inner, y, slot = self._list_panel(surface, app.t("The room's votes ({page} of {pages})"))
        history = self.session.history
        start = self.page * PER_PAGE
        for index in range(start, min(start + PER_PAGE, len(self.run.counts))):
            step, counts = history[index], self.run.counts[index]
            state = self.session.scenario.states[step.state]
            total = max(1, sum(counts.values()))
            team = self.run.deciders[index]
            title = f"{index + 1}. " + (app.t("Turn: {team}").format(team=team) if team else "")
            surface.blit(typo.render(title, theme.text, "small", bold=True), (inner.left, y))
            row_h = (slot - typo.px("small") - 16) // max(1, len(counts))
            for i, (choice_id, votes) in enumerate(counts.items()):
                row = pygame.Rect(inner.left, y + typo.px("small") + 8 + i * row_h, inner.width, row_h - 4)
                taken = choice_id == step.choice
                text = state.choice(choice_id).text.get(app.language)
                label = typo.fit(text, theme.text, int(row.width * 0.55), row.height, "small", bold=taken)
                surface.blit(label, (row.left, row.top))
                bar = pygame.Rect(
                    row.left + int(row.width * 0.58),
                    row.top + 2,
                    max(4, int(row.width * 0.32 * votes / total)),
                    max(6, min(row.height - 8, typo.px("body"))),
                )
                pygame.draw.rect(surface, theme.accent if taken else theme.panel_alt, bar, border_radius=4)
                pygame.draw.rect(surface, theme.border, bar, width=2 if taken else 1, border_radius=4)
                number = typo.render(f"{votes} ({votes / total:.0%})", theme.text, "small")
                surface.blit(number, (bar.right + 6, bar.top))
            y += slot


class ScoreboardScene(Scene):
    """Each team's points on the decisions that were its turn, with encouragement for everyone."""

    def layout(self, size):
        w, h = size
        m = layout.margin(size)
        row_h = max(44, self.app.typo.px("body") * 2 + 4)
        self.focus.set(
            [
                Button(
                    pygame.Rect(w - m - 240, h - m - row_h, 240, row_h),
                    self.app.t("Back"),
                    self.app.pop,
                    primary=True,
                )
            ]
        )

    def __init__(self, app, workshop):
        super().__init__(app)
        self.workshop = workshop
        book = Workshops(app.store)
        runs = app.record(book.runs, workshop) or []
        decisions = {r.attempt.id: app.record(app.store.decisions, r.attempt.id) or [] for r in runs}
        scenarios = {r.scenario.id: r.scenario for r in app.library if r.scenario}
        summary = summarise(workshop, runs, decisions, scenarios, app.language)
        self.tally, self.points = summary.team_tally, summary.team_points  # the report's numbers

    def speech(self):
        return self.app.t("Scoreboard")

    def draw(self, surface):
        app, theme, typo = self.app, self.app.theme, self.app.typo
        w, h = surface.get_size()
        m = layout.margin((w, h))
        surface.blit(typo.render(app.t("Scoreboard"), theme.text, "title", bold=True), (m, m))
        note = typo.render(
            app.t(
                "Decisions each team made that raised the child's care. Every team learned "
                "something: talk about the choices, not the numbers."
            ),
            theme.muted,
            "body",
            width=w - 2 * m,
        )
        surface.blit(note, (m, m + typo.px("title") + 12))
        ranked = sorted(self.tally.items(), key=lambda kv: -self.points[kv[0]])
        area = pygame.Rect(
            m,
            m + typo.px("title") + note.get_height() + 40,
            w - 2 * m,
            h - 3 * m - typo.px("title") - note.get_height() - 100,
        )
        cards = layout.row(area, max(1, len(ranked)), 20)
        star = typo.symbol(typo.px("title"))
        for rect, (team, (good, total)) in zip(cards, ranked, strict=False):
            best = self.points[ranked[0][0]]
            draw.panel(surface, rect, theme, fill=theme.hover if self.points[team] == best else theme.panel)
            name = typo.fit(
                team, theme.text, rect.width - 24, typo.px("large") * 3, "large", bold=True, align="center"
            )
            surface.blit(name, name.get_rect(midtop=(rect.centerx, rect.top + 16)))
            score = typo.render(f"{self.points[team]:+d}", theme.text, "huge", bold=True)
            surface.blit(score, score.get_rect(center=rect.center))
            caption = typo.render(
                app.t("points on its decisions; {good} of {total} raised the child's care").format(
                    good=good, total=total
                ),
                theme.muted,
                "small",
                width=rect.width - 24,
                align="center",
            )
            surface.blit(
                caption,
                caption.get_rect(midtop=(rect.centerx, score.get_rect(center=rect.center).bottom + 6)),
            )
            stars = 1 + (2 * good) // max(1, total)
            mark = star.render("★" * stars, True, theme.mixed)
            surface.blit(mark, mark.get_rect(midbottom=(rect.centerx, rect.bottom - 16)))
        super().draw(surface)
