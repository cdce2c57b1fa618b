"""The debrief: the ending, a radar of the eight competencies as a share of the best possible, and
each decision with what was chosen, a better choice where there was one, and why."""

from __future__ import annotations

import pygame

from ...play import Attempt
from .. import draw, layout
from ..scene import Scene
from ..widgets import Button
from .replay import ReplayScene

PER_PAGE = 2


def short_name(name: str) -> str:
    """A competency's name cut to its first idea ("Confianza y transparencia" -> "Confianza")."""
    for cut in (":", ",", " y ", " & ", " and "):
        name = name.split(cut)[0]
    return name.strip()


class DebriefScene(Scene):
    """What happened and what to take away. Dismisses with "again" to play the scenario again, or None."""

    def __init__(self, app, attempt: Attempt):
        super().__init__(app)
        self.attempt = attempt
        self.page = 0

    @property
    def session(self):
        """The engine's session (the workshop's vote bars read its path)."""
        return self.attempt.session

    def layout(self, size):
        _ = self.app.t
        self.attempt.language = self.app.language
        self.debrief = self.attempt.debrief()
        self.reviews = self.debrief.reviews
        self.per_page = 1 if size[1] < 760 else PER_PAGE  # a small window shows one decision at a time
        self.pages = max(1, -(-len(self.reviews) // self.per_page))
        w, h = size
        m = layout.margin(size)
        typo = self.app.typo
        last, leave = self.closing_actions()
        labels = [_("Childhood Mode"), _("Previous"), _("Next"), last[0], leave[0]]
        rects = layout.buttons(pygame.Rect(m, m, w - 2 * m, h - 2 * m), labels, typo, symbols=1)
        bar = pygame.Rect(m, min(r.top for r in rects), w - 2 * m, 0)
        ending_h = typo.height_of(self.debrief.ending_text, w - 2 * m - 48, "small")
        title_h = typo.line_height("title", True)
        self.banner = pygame.Rect(m, m, w - 2 * m, min(int(h * 0.3), title_h + ending_h + 24))
        self.chart = pygame.Rect(
            m, self.banner.bottom + m // 2, int(w * 0.38), bar.top - self.banner.bottom - m
        )
        self.list_rect = pygame.Rect(
            self.chart.right + m, self.chart.top, w - self.chart.right - 2 * m, self.chart.height
        )
        # Too little room for the chart beside the list: both take the whole width, the chart as page 1.
        self.stacked = min(self.chart.width, self.chart.height) < typo.line_height("body") * 9
        if self.stacked:
            self.chart = self.list_rect = pygame.Rect(m, self.chart.top, w - 2 * m, self.chart.height)
            self.pages += 1
        self.focus.set(
            [
                Button(rects[0], _("Childhood Mode"), self.replay, primary=True, symbol="▶"),
                Button(rects[1], _("Previous"), lambda: self.turn(-1)),
                Button(rects[2], _("Next"), lambda: self.turn(1)),
                Button(rects[3], *last),
                Button(rects[4], *leave),
            ]
        )

    def closing_actions(self) -> tuple[tuple, tuple]:
        """The last two buttons, (label, action) each: play again, and back to the scenarios."""
        return (self.app.t("Play again"), lambda: self.app.dismiss("again")), (
            self.app.t("Scenarios"),
            self.app.dismiss,
        )

    def turn(self, step):
        self.page = max(0, min(self.pages - 1, self.page + step))

    def replay(self):
        self.app.push(ReplayScene(self.app, self.attempt))

    def speech(self):
        return self._ending_label() + ". " + self.debrief.ending_text

    def _ending_label(self) -> str:
        return {
            "good": self.app.t("A good ending"),
            "mixed": self.app.t("A mixed ending"),
            "poor": self.app.t("A poor ending"),
        }[self.debrief.verdict]

    def draw(self, surface):
        theme, typo = self.app.theme, self.app.typo
        colour = {"good": theme.good, "mixed": theme.mixed, "poor": theme.poor}[self.debrief.verdict]
        banner = self.banner
        draw.panel(surface, banner, theme, fill=colour)
        title = typo.render(self._ending_label(), theme.accent_text, "title", bold=True)
        surface.blit(title, (banner.left + 24, banner.top + 10))
        ending = typo.fit(
            self.debrief.ending_text,
            theme.accent_text,
            banner.width - 48,
            banner.bottom - banner.top - title.get_height() - 16,
            "small",
        )
        surface.blit(ending, (banner.left + 24, banner.top + 10 + title.get_height()))
        if not self.stacked or self.page == 0:
            self._draw_radar(surface)
        if not self.stacked or self.page > 0:
            self._draw_reviews(surface)
        super().draw(surface)

    def _draw_radar(self, surface):
        app, theme, typo = self.app, self.app.theme, self.app.typo
        draw.panel(surface, self.chart, theme)
        ids = [c.id for c in self.debrief.competencies]
        shares = [c.share for c in self.debrief.competencies]
        overall = typo.render(
            app.t("Overall: {share:.0%} of the best possible").format(share=self.debrief.share),
            theme.text,
            "body",
            bold=True,
            width=self.chart.width - 30,
        )
        surface.blit(overall, (self.chart.left + 16, self.chart.top + 12))
        hint = typo.render(
            app.t("Faded icons: competencies this scenario does not score (not assessed)."),
            theme.muted,
            "small",
            width=self.chart.width - 30,
        )
        top = self.chart.top + overall.get_height() + 20
        bottom = self.chart.bottom - hint.get_height() - 12
        icon = typo.line_height("body")
        area = pygame.Rect(self.chart.left + 16, top, self.chart.width - 32, bottom - top)
        wide = area.width > area.height * 1.6
        if wide:  # the legend beside the chart, else under it in two columns
            chart_area, legend = area.copy(), area.copy()
            chart_area.width = legend.width = area.width // 2
            legend.left = chart_area.right
        else:
            rows = -(-len(ids) // 2)
            legend = pygame.Rect(area.left, area.bottom - rows * icon, area.width, rows * icon)
            chart_area = pygame.Rect(area.left, area.top, area.width, legend.top - area.top - 8)
        radius = int(min(chart_area.width, chart_area.height) / 2 - icon)
        tips = draw.radar(surface, chart_area.center, radius, shares, theme)
        row_h = min(icon, max(legend.height // 4, typo.line_height("small")))
        rects = layout.flow(legend, len(ids), row_h, 0)
        for principle, tip, share, row in zip(ids, tips, shares, rects, strict=True):
            dx, dy = tip[0] - chart_area.centerx, tip[1] - chart_area.centery
            scale = icon * 0.7 / max(1, radius)
            glyph = app.art.icon(principle, icon)
            if share is None:
                glyph = glyph.copy()
                glyph.set_alpha(80)
            surface.blit(
                glyph, glyph.get_rect(center=(round(tip[0] + dx * scale), round(tip[1] + dy * scale)))
            )
            small = app.art.icon(principle, row.height)
            if share is None:
                small = small.copy()
                small.set_alpha(80)
            surface.blit(small, row.topleft)
            name = typo.render(
                short_name(app.catalog.principles[principle].name.get(app.language)),
                theme.text if share is not None else theme.muted,
                "small",
                max_lines=1,
                width=row.width - row.height - 8,
            )
            surface.blit(name, name.get_rect(midleft=(row.left + row.height + 6, row.centery)))
        surface.blit(hint, (self.chart.left + 16, self.chart.bottom - hint.get_height() - 8))

    def _list_panel(self, surface, heading: str) -> tuple[pygame.Rect, int, int]:
        """The right-hand panel with its paged heading; returns
        the inner area, the first y and a slot's height."""
        typo, theme = self.app.typo, self.app.theme
        draw.panel(surface, self.list_rect, theme)
        inner = self.list_rect.inflate(-40, -28)
        head = typo.render(
            heading.format(page=self.page + 1, pages=self.pages), theme.text, "body", bold=True
        )
        surface.blit(head, inner.topleft)
        y = inner.top + head.get_height() + 10
        return inner, y, (inner.bottom - y) // self.per_page

    def _draw_reviews(self, surface):
        app, theme, typo = self.app, self.app.theme, self.app.typo
        inner, y, slot = self._list_panel(surface, app.t("Your decisions ({page} of {pages})"))
        if self.debrief.legal_basis:  # why these choices matter, in law: under every page of decisions
            basis = typo.fit(
                app.t("Legal basis: {rules}").format(rules="; ".join(self.debrief.legal_basis)),
                theme.muted,
                inner.width,
                typo.px("small") * 4,
                "small",
            )
            surface.blit(basis, (inner.left, inner.bottom - basis.get_height()))
            slot = (inner.bottom - basis.get_height() - 8 - y) // self.per_page
        start = (self.page - self.stacked) * self.per_page
        for number, item in enumerate(self.reviews[start : start + self.per_page], start=start + 1):
            block = pygame.Rect(inner.left, y, inner.width, slot - 10)
            pygame.draw.rect(surface, theme.panel_alt, block, border_radius=14)
            text = f"{number}. " + app.t("You chose: {choice}").format(choice=item.chosen)
            chosen = typo.fit(text, theme.text, block.width - 24, block.height // 3, "body", bold=True)
            surface.blit(chosen, (block.left + 12, block.top + 8))
            ty = block.top + 12 + chosen.get_height()
            if item.better:
                body = app.t("Better: {choice}").format(choice=item.better) + "\n" + item.better_feedback
                colour = theme.down
            else:
                body = app.t("Well chosen.") + " " + item.chosen_feedback
                colour = theme.up
            pygame.draw.rect(
                surface, colour, (block.left, block.top + 8, 6, block.height - 16), border_radius=3
            )
            rest = typo.fit(body, theme.text, block.width - 24, block.bottom - ty - 8, "small")
            surface.blit(rest, (block.left + 12, ty))
            y += slot
