"""Choose a scenario: cards with age group, duration, competencies and the player's best result.
A scenario that fails validation is listed with its first error instead of being playable."""

from __future__ import annotations

import pygame

from .. import draw, layout
from ..scene import Scene
from ..widgets import Button, Widget, focus_ring

COLUMNS, ROWS = 3, 2
AGE_LABELS = {"early": "3–5", "school": "6–11", "adolescent": "12–17"}


class ScenarioCard(Widget):
    """One scenario as a card; a broken one is greyed and says why."""

    def __init__(self, rect, report, best: float | None, on_activate):
        scenario = report.scenario
        super().__init__(
            rect, on_activate if scenario else None, scenario.title.es if scenario else report.path
        )
        self.report, self.best = report, best

    def draw(self, surface, app, focused):
        theme, typo, lang = app.theme, app.typo, app.language
        scenario = self.report.scenario
        fill = (
            theme.panel_alt if scenario is None else (theme.hover if self.hovered or focused else theme.panel)
        )
        draw.panel(surface, self.rect, theme, fill=fill, radius=18)
        inner = self.rect.inflate(-28, -24)
        if scenario is None:
            name = self.report.path.replace("\\", "/").rsplit("/", 1)[-1]
            surface.blit(typo.render(name, theme.text, "body", bold=True, width=inner.width), inner.topleft)
            first = self.report.errors[0] if self.report.errors else None
            why = app.t("Not available: {problem}").format(
                problem=f"line {first.line}: {first.message}" if first else "?"
            )
            text = typo.fit(why, theme.down, inner.width, inner.height - typo.px("body") * 2, "small")
            surface.blit(text, (inner.left, inner.top + typo.px("body") * 2))
        else:
            title = typo.fit(
                scenario.title.get(lang), theme.text, inner.width, typo.px("large") * 3, "large", bold=True
            )
            surface.blit(title, inner.topleft)
            y = inner.top + title.get_height() + 6
            chips = [
                app.t("Ages {range}").format(range=AGE_LABELS[scenario.age_group]),
                app.t("{n} min").format(n=scenario.duration_minutes),
            ]
            x = inner.left
            for chip in chips:
                label = typo.render(chip, theme.text, "small", bold=True)
                box = label.get_rect(topleft=(x, y)).inflate(16, 6).move(8, 3)
                pygame.draw.rect(surface, theme.panel_alt, box, border_radius=box.height // 2)
                surface.blit(label, label.get_rect(center=box.center))
                x = box.right + 8
            y += typo.line_height("small") + 12
            icon = max(20, typo.px("body"))
            bottom = inner.bottom - icon
            summary = typo.fit(scenario.summary.get(lang), theme.muted, inner.width, bottom - y - 8, "small")
            surface.blit(summary, (inner.left, y))
            for i, principle in enumerate(scenario.principles):
                surface.blit(app.art.icon(principle, icon), (inner.left + i * (icon + 6), bottom))
            if self.best is not None:
                best = typo.render(
                    app.t("Best: {share:.0%}").format(share=self.best), theme.text, "small", bold=True
                )
                surface.blit(best, best.get_rect(bottomright=inner.bottomright))
        if focused:
            focus_ring(surface, self.rect, app, radius=18)


class CatalogScene(Scene):
    """The scenario cards, six to a page."""

    def __init__(self, app, on_pick=None, heading: str | None = None):
        """`on_pick(scenario)` replaces the default (play as the current player), e.g. for a workshop."""
        super().__init__(app)
        self.page = 0
        self.on_pick = on_pick
        self.heading = heading

    def layout(self, size):
        _ = self.app.t
        w, h = size
        m = layout.margin(size)
        typo = self.app.typo
        head = layout.title_height(typo) + m // 2
        # As many cards per page as keep their title, facts, icons and two lines of summary readable.
        card_w = typo.px("body") * 13
        card_h = (
            typo.line_height("large", True) * 2
            + typo.line_height("small") * 4
            + typo.line_height("body")
            + 40
        )
        area_h = h - 3 * m - head - 2 * layout.control_height(typo)
        self.columns = max(1, min(COLUMNS, (w - 2 * m + 20) // (card_w + 20)))
        self.rows = max(1, min(ROWS, (area_h + 20) // (card_h + 20)))
        pages = max(1, -(-len(self.app.library) // (self.columns * self.rows)))
        labels = [_("Back")] + ([_("Previous page"), _("Next page")] if pages > 1 else [])
        rects = layout.buttons(pygame.Rect(m, m, w - 2 * m, h - 2 * m), labels, typo, gap=16)
        counter = typo.line_height("small") + 8 if pages > 1 else 0  # "Page 1 of 3" over the buttons
        self.counter_y = min(r.top for r in rects) - counter
        grid = pygame.Rect(m, m + head, w - 2 * m, self.counter_y - m // 2 - m - head)
        best = {}
        if self.app.store and self.app.player:
            best = self.app.record(self.app.store.best_results, self.app.player.id) or {}
        per_page = self.columns * self.rows
        self.page = min(self.page, pages - 1)
        shown = self.app.library[self.page * per_page : (self.page + 1) * per_page]
        cards = []
        rows = layout.column(grid, [(grid.height - 20 * (self.rows - 1)) // self.rows] * self.rows, 20)
        for r, row_rect in enumerate(rows):
            for c, rect in enumerate(layout.row(row_rect, self.columns, 20)):
                i = r * self.columns + c
                if i < len(shown):
                    report = shown[i]
                    sid = report.scenario.id if report.scenario else None
                    cards.append(
                        ScenarioCard(rect, report, best.get(sid), lambda rep=report: self.start(rep))
                    )
        widgets = cards + [Button(rects[0], labels[0], self.app.pop)]
        if pages > 1:
            widgets.append(Button(rects[1], labels[1], lambda: self.turn(-1, pages)))
            widgets.append(Button(rects[2], labels[2], lambda: self.turn(1, pages)))
        self.pages = pages
        self.focus.set(widgets)

    def turn(self, step, pages):
        self.page = (self.page + step) % pages
        self.layout(self.app.screen.get_size())

    def handle(self, event):
        if (
            event.type == pygame.KEYDOWN
            and event.key in (pygame.K_PAGEDOWN, pygame.K_PAGEUP)
            and self.pages > 1
        ):
            self.turn(1 if event.key == pygame.K_PAGEDOWN else -1, self.pages)
            return
        super().handle(event)

    def start(self, report):
        if self.on_pick is not None:
            self.app.pop()
            self.on_pick(report.scenario)
            return
        self.app.flow.start(report.scenario.id)

    def resume(self):
        """A scenario may have been finished since: show the new best results."""
        self.layout(self.app.screen.get_size())

    def speech(self):
        return self.app.t("Choose a scenario")

    def draw(self, surface):
        app, theme = self.app, self.app.theme
        m = layout.margin(surface.get_size())
        title = app.typo.render(self.heading or app.t("Choose a scenario"), theme.text, "title", bold=True)
        surface.blit(title, (m, m))
        who = app.player.nickname if app.player else app.t("Guest")
        if self.on_pick is not None:
            who = ""
        label = app.typo.render(who, theme.muted, "body")
        surface.blit(label, label.get_rect(topright=(surface.get_width() - m, m + 8)))
        if self.pages > 1:
            page = app.typo.render(
                app.t("Page {n} of {total}").format(n=self.page + 1, total=self.pages), theme.muted, "small"
            )
            surface.blit(page, page.get_rect(topright=(surface.get_width() - m, self.counter_y)))
        super().draw(surface)
