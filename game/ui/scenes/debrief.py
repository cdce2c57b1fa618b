"""The debrief: the ending, a radar of the eight competencies as a share of the best possible, and
each decision with what was chosen, a better choice where there was one, and why."""

from __future__ import annotations

import pygame

from ...engine.review import review
from .. import draw, layout
from ..scene import Scene
from ..widgets import Button

PER_PAGE = 2


def short_name(name: str) -> str:
    """A competency's name cut to its first idea ("Confianza y transparencia" -> "Confianza")."""
    for cut in (":", ",", " y ", " & ", " and "):
        name = name.split(cut)[0]
    return name.strip()


class DebriefScene(Scene):
    """What happened and what to take away."""

    def __init__(self, app, session):
        super().__init__(app)
        self.session = session
        self.page = 0

    def layout(self, size):
        _ = self.app.t
        self.session.language = self.app.language
        self.reviews = review(self.session)
        self.per_page = 1 if size[1] < 760 else PER_PAGE  # a small window shows one decision at a time
        self.pages = max(1, -(-len(self.reviews) // self.per_page))
        w, h = size
        m = layout.margin(size)
        row_h = max(44, self.app.typo.px("body") * 2 + 6)
        bar = pygame.Rect(m, h - m - row_h, w - 2 * m, row_h)
        rects = layout.row(bar, 5, 12)
        typo = self.app.typo
        ending_h = typo.height_of(self.session.node.text, w - 2 * m - 48, "small")
        title_h = typo.line_height("title", True)
        self.banner = pygame.Rect(m, m, w - 2 * m, min(int(h * 0.3), title_h + ending_h + 24))
        self.chart = pygame.Rect(m, self.banner.bottom + m // 2, int(w * 0.38), bar.top - self.banner.bottom - m)
        self.list_rect = pygame.Rect(self.chart.right + m, self.chart.top, w - self.chart.right - 2 * m,
                                     self.chart.height)
        last, leave = self.closing_actions()
        self.focus.set([
            Button(rects[0], _("Childhood Mode"), self.replay, primary=True, symbol="▶"),
            Button(rects[1], _("Previous"), lambda: self.turn(-1)),
            Button(rects[2], _("Next"), lambda: self.turn(1)),
            Button(rects[3], *last),
            Button(rects[4], *leave),
        ])

    def closing_actions(self) -> tuple[tuple, tuple]:
        """The last two buttons, (label, action) each: play again, and back to the scenarios."""
        return (self.app.t("Play again"), self.again), (self.app.t("Scenarios"), self.app.pop)

    def turn(self, step):
        self.page = max(0, min(self.pages - 1, self.page + step))

    def replay(self):
        from .replay import ReplayScene
        self.app.push(ReplayScene(self.app, self.session))

    def again(self):
        from ...engine import Session
        from .play import PlayScene
        session = Session(self.session.scenario, self.app.language)
        attempt = None
        if self.app.store and self.app.player:
            attempt = self.app.record(self.app.store.start_attempt, self.app.player.id, session)
        self.app.replace(PlayScene(self.app, session, attempt))

    def speech(self):
        return self._ending_label() + ". " + self.session.node.text

    def _ending_label(self) -> str:
        return {"good": self.app.t("A good ending"), "mixed": self.app.t("A mixed ending"),
                "poor": self.app.t("A poor ending")}[self.session.ending]

    def draw(self, surface):
        theme, typo = self.app.theme, self.app.typo
        colour = {"good": theme.good, "mixed": theme.mixed, "poor": theme.poor}[self.session.ending]
        banner = self.banner
        draw.panel(surface, banner, theme, fill=colour)
        title = typo.render(self._ending_label(), theme.accent_text,
                            "title", bold=True)
        surface.blit(title, (banner.left + 24, banner.top + 10))
        ending = typo.fit(self.session.node.text, theme.accent_text,
                          banner.width - 48, banner.bottom - banner.top - title.get_height() - 16, "small")
        surface.blit(ending, (banner.left + 24, banner.top + 10 + title.get_height()))
        self._draw_radar(surface)
        self._draw_reviews(surface)
        super().draw(surface)

    def _draw_radar(self, surface):
        app, theme, typo = self.app, self.app.theme, self.app.typo
        draw.panel(surface, self.chart, theme)
        score = self.session.score
        ids = list(app.catalog.principles)
        shares = [score.principles[p].share if p in score.principles else None for p in ids]
        overall = typo.render(app.t("Overall: {share:.0%} of the best possible").format(share=score.share),
                              theme.text, "body", bold=True, width=self.chart.width - 30)
        surface.blit(overall, (self.chart.left + 16, self.chart.top + 12))
        hint = typo.render(app.t("Faded icons: competencies this scenario does not score."), theme.muted, "small",
                           width=self.chart.width - 30)
        top = self.chart.top + overall.get_height() + 20
        bottom = self.chart.bottom - hint.get_height() - 12
        icon = max(22, typo.px("body") + 4)
        label_px = max(11, typo.px("small") - 3)
        radius = int(min(self.chart.width, bottom - top) / 2 - icon * 1.2 - label_px * 1.5)
        center = (self.chart.centerx, top + (bottom - top) // 2)
        tips = draw.radar(surface, center, radius, shares, theme)
        for principle, tip, share in zip(ids, tips, shares):
            dx, dy = tip[0] - center[0], tip[1] - center[1]
            spot = (round(tip[0] + dx / radius * icon * 0.9), round(tip[1] + dy / radius * icon * 0.9))
            glyph = app.art.icon(principle, icon)
            if share is None:
                glyph = glyph.copy()
                glyph.set_alpha(80)
            box = glyph.get_rect(center=spot)
            surface.blit(glyph, box)
            name = typo.render(short_name(app.catalog.principles[principle].name.get(app.language)),
                               theme.text if share is not None else theme.muted, px=label_px)
            place = name.get_rect(midtop=(box.centerx, box.bottom))
            place.clamp_ip(self.chart.inflate(-8, -8))
            surface.blit(name, place)
        surface.blit(hint, (self.chart.left + 16, self.chart.bottom - hint.get_height() - 8))

    def _list_panel(self, surface, heading: str) -> tuple[pygame.Rect, int, int]:
        """The right-hand panel with its paged heading; returns the inner area, the first y and a slot's height."""
        typo, theme = self.app.typo, self.app.theme
        draw.panel(surface, self.list_rect, theme)
        inner = self.list_rect.inflate(-40, -28)
        head = typo.render(heading.format(page=self.page + 1, pages=self.pages), theme.text, "body", bold=True)
        surface.blit(head, inner.topleft)
        y = inner.top + head.get_height() + 10
        return inner, y, (inner.bottom - y) // self.per_page

    def _draw_reviews(self, surface):
        app, theme, typo = self.app, self.app.theme, self.app.typo
        inner, y, slot = self._list_panel(surface, app.t("Your decisions ({page} of {pages})"))
        start = self.page * self.per_page
        for number, item in enumerate(self.reviews[start:start + self.per_page], start=start + 1):
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
            pygame.draw.rect(surface, colour, (block.left, block.top + 8, 6, block.height - 16), border_radius=3)
            rest = typo.fit(body, theme.text, block.width - 24, block.bottom - ty - 8, "small")
            surface.blit(rest, (block.left + 12, ty))
            y += slot
