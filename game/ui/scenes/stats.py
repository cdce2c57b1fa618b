"""What officers chose, for trainers: one decision per page with a bar per choice (green when the
choice raised competencies, red when it lowered them), beside the competencies most often lost and
the endings reached. Left/Right or Page Up/Down turn the pages; Esc goes back."""

from __future__ import annotations

import pygame

from ...authoring import stats as counting
from .. import draw, layout
from ..paging import PagedScene
from ..typography import MIN_PX


class StatsScene(PagedScene):
    """The records of one scenario as bar charts; `since` limits them to attempts started from then."""

    def __init__(self, app, scenario, since=None):
        super().__init__(app)
        self.scenario = scenario
        found = app.record(counting.collect, app.store, scenario, since) if app.store else None
        self.stats = found or counting.count(scenario, [], [], since)

    def layout(self, size):
        w, h = size
        m = layout.margin(size)
        typo = self.app.typo
        row_h = max(44, typo.px("body") * 2 + 6)
        self.head = pygame.Rect(m, m, w - 2 * m, typo.px("title") + typo.px("body") + 16)
        body = pygame.Rect(
            m, self.head.bottom + m // 2, w - 2 * m, h - self.head.bottom - 2 * m - row_h - m // 2
        )
        self.choices_box = pygame.Rect(body.left, body.top, int(body.width * 0.6), body.height)
        side = pygame.Rect(
            self.choices_box.right + m, body.top, body.right - self.choices_box.right - m, body.height
        )
        self.losses_box = pygame.Rect(side.left, side.top, side.width, side.height // 2 - m // 4)
        self.endings_box = pygame.Rect(
            side.left,
            self.losses_box.bottom + m // 2,
            side.width,
            side.bottom - self.losses_box.bottom - m // 2,
        )
        self.pager(size)

    def last_page(self) -> int:
        return max(0, len(self.stats.states) - 1)

    def speech(self):
        title = self.app.t("What officers chose: {title}").format(
            title=self.scenario.title.get(self.app.language)
        )
        if not self.stats.states:
            return title
        state = self.stats.states[self.page]
        parts = [f"{self._choice_text(state.state, c.choice)}: {c.count}" for c in state.choices]
        return title + ". " + ". ".join(parts)

    def draw(self, surface):
        app, theme, typo = self.app, self.app.theme, self.app.typo
        title = typo.fit(
            self.app.t("What officers chose: {title}").format(title=self.scenario.title.get(app.language)),
            theme.text,
            self.head.width,
            typo.px("title") + 8,
            "title",
            bold=True,
        )
        surface.blit(title, self.head.topleft)
        counts = app.t("Attempts: {n} · finished: {finished} · decisions: {decisions}").format(
            n=self.stats.attempts, finished=self.stats.by_status["finished"], decisions=self.stats.decisions
        )
        line = typo.render(counts, theme.muted, "body")
        surface.blit(line, (self.head.left, self.head.bottom - line.get_height()))
        self._draw_choices(surface)
        self._draw_losses(surface)
        self._draw_endings(surface)
        super().draw(surface)

    def _draw_choices(self, surface):
        app, theme, typo = self.app, self.app.theme, self.app.typo
        draw.panel(surface, self.choices_box, theme)
        inner = self.choices_box.inflate(-40, -28)
        if not self.stats.states:
            return
        state = self.stats.states[self.page]
        head = typo.fit(
            app.t("Decision {n} of {total}").format(n=self.page + 1, total=len(self.stats.states)),
            theme.text,
            inner.width * 2 // 3,
            typo.px("body") + 12,
            "body",
            bold=True,
        )
        surface.blit(head, inner.topleft)
        name = typo.fit(
            state.state, theme.muted, inner.width // 3 - 8, head.get_height(), "small", align="right"
        )
        surface.blit(name, name.get_rect(bottomright=(inner.right, inner.top + head.get_height())))
        y = inner.top + head.get_height() + 6
        note = (
            app.t("Nobody has reached this decision yet.")
            if state.total == 0
            else app.t("Green: the choice raised competencies. Red: it lowered them.")
        )
        legend = typo.fit(note, theme.muted, inner.width, typo.line_height("small"), "small")
        bottom = inner.bottom - legend.get_height() - 8
        surface.blit(legend, (inner.left, bottom + 8))
        rows = max(1, len(state.choices))

        def fits(px, choice_lines, prompt_lines):
            line = typo.line_height(px=px)
            return rows * ((choice_lines + 1) * line + 14) + prompt_lines * line + 8 <= bottom - y

        # Two lines per choice and one of the situation, in text a little smaller if need be; else
        # at least one line and a bar per choice, in text as small as that needs.
        px = typo.px("small")
        while px > max(MIN_PX, round(typo.px("small") * 0.85)) and not fits(px, 2, 1):
            px -= 1
        while px > MIN_PX and not fits(px, 2, 1) and not fits(px, 1, 0):
            px -= 1
        line = typo.line_height(px=px)
        # The room left goes to a line of the situation, then a second line for each choice, then
        # two more lines of the situation.
        spare = bottom - y - rows * (2 * line + 14) - 8
        lines = 1 if spare >= line else 0
        spare -= lines * line
        spare -= rows * line if spare >= rows * line else 0
        lines += min(2, spare // line) if lines else 0
        known = self.scenario.states.get(state.state)
        if lines:
            prompt = self._lines(
                known.text.get(app.language) if known else state.state, theme.muted, inner.width, lines, px
            )
            surface.blit(prompt, (inner.left, y))
            y += prompt.get_height() + 8
        slot = (bottom - y) // rows
        for c in state.choices:
            text = self._lines(
                self._choice_text(state.state, c.choice),
                theme.text,
                inner.width,
                max(1, (slot - line - 14) // line),
                px,
            )
            surface.blit(text, (inner.left, y))
            self._bar(
                surface,
                pygame.Rect(inner.left, y + text.get_height() + 4, inner.width, line),
                c.share,
                self._colour(state.state, c.choice),
                f"{c.count} ({c.shown})",
                "0000 (100%)",
                px,
            )
            y += slot

    def _draw_losses(self, surface):
        app, theme, typo = self.app, self.app.theme, self.app.typo
        inner = self._side_panel(surface, self.losses_box, app.t("Competencies most often lost"))
        losses = self.stats.losses
        if not losses:
            surface.blit(typo.render(app.t("None lost yet."), theme.muted, "small"), inner.topleft)
            return
        worst = min(loss.points for loss in losses)
        rows = self._rows(inner, len(losses))
        for loss, row in zip(losses, rows, strict=False):
            principle = app.catalog.principles.get(loss.competency)
            name = principle.name.get(app.language) if principle else loss.competency
            icon = app.art.icon(loss.competency, row.height)
            surface.blit(icon, row.topleft)
            label = pygame.Rect(row.left + row.height + 8, row.top, row.width * 9 // 20, row.height)
            surface.blit(self._line(name, theme.text, label.width), label.topleft)
            self._bar(
                surface,
                pygame.Rect(label.right + 8, row.top, row.right - label.right - 8, row.height),
                loss.points / worst,
                theme.down,
                str(loss.points),
                "-0000",
            )

    def _draw_endings(self, surface):
        app, theme = self.app, self.app.theme
        inner = self._side_panel(surface, self.endings_box, app.t("Endings reached"))
        endings = self.stats.endings
        finished = max(1, sum(e.count for e in endings))
        colours = {"good": theme.good, "mixed": theme.mixed, "poor": theme.poor}
        names = {
            "good": app.t("A good ending"),
            "mixed": app.t("A mixed ending"),
            "poor": app.t("A poor ending"),
        }
        rows = self._rows(inner, len(endings))
        if len(rows) < len(endings):  # not room for all: the endings reached first
            endings = sorted(endings, key=lambda e: -e.count)
        for ending, row in zip(endings, rows, strict=False):
            state = self.scenario.states.get(ending.state) if ending.state else None
            label = names[ending.quality] + (": " + state.text.get(app.language) if state else "")
            half = pygame.Rect(row.left, row.top, row.width * 3 // 5, row.height)
            surface.blit(self._line(label, theme.text, half.width), half.topleft)
            self._bar(
                surface,
                pygame.Rect(half.right + 8, row.top, row.width - half.width - 8, row.height),
                ending.count / finished,
                colours[ending.quality],
                str(ending.count),
                "0000",
            )

    def _side_panel(self, surface, box, heading) -> pygame.Rect:
        draw.panel(surface, box, self.app.theme)
        inner = box.inflate(-32, -24)
        head = self.app.typo.fit(
            heading, self.app.theme.text, inner.width, self.app.typo.px("body") + 12, "body", bold=True
        )
        surface.blit(head, inner.topleft)
        return pygame.Rect(
            inner.left, inner.top + head.get_height() + 8, inner.width, inner.height - head.get_height() - 8
        )

    def _lines(self, text, colour, width, lines, px) -> pygame.Surface:
        """Text wrapped to `width`, cut after `lines` lines."""
        typo = self.app.typo
        surface = typo.render(text, colour, "small", width=width, px=px)
        height = min(surface.get_height(), lines * typo.line_height(px=px))
        return surface.subsurface((0, 0, surface.get_width(), height))

    def _line(self, text, colour, width) -> pygame.Surface:
        """One line of text a little smaller than "small", shortened with "…" to fit `width`."""
        typo = self.app.typo
        px = max(MIN_PX, round(typo.px("small") * 0.9))
        font = typo.font(px=px)
        if font.size(text)[0] > width:
            low, high = 0, len(text)
            while low < high:  # the longest start of the text that fits with the ellipsis
                middle = (low + high + 1) // 2
                low, high = (
                    (middle, high) if font.size(text[:middle] + "…")[0] <= width else (low, middle - 1)
                )
            text = text[:low].rstrip() + "…"
        return typo.render(text, colour, "small", px=px)

    def _rows(self, area, count) -> list[pygame.Rect]:
        """Rows of a line of small text each: all `count` where they fit, else as many as the area holds."""
        typo = self.app.typo
        height = min(typo.line_height("small"), max(typo.px("small"), area.height // max(1, count) - 6))
        return layout.column(area, [height] * min(count, area.height // (height + 6)), 6)

    def _bar(self, surface, rect, share, colour, figure, widest, px=None):
        """A horizontal bar filled to `share` (0..1), its figure after it in room as wide as `widest`."""
        theme, typo = self.app.theme, self.app.typo
        label = typo.render(figure, theme.text, "small", bold=True, px=px)
        room = typo.font("small", bold=True, px=px).size(widest)[0]
        track = pygame.Rect(rect.left, rect.top, max(0, rect.width - room - 10), rect.height)
        pygame.draw.rect(surface, theme.panel_alt, track, border_radius=rect.height // 3)
        if share:
            filled = pygame.Rect(
                track.left,
                track.top,
                max(rect.height // 2, round(track.width * min(1.0, share))),
                track.height,
            )
            pygame.draw.rect(surface, colour, filled, border_radius=rect.height // 3)
        pygame.draw.rect(surface, theme.border, track, width=1, border_radius=rect.height // 3)
        surface.blit(label, label.get_rect(midleft=(track.right + 10, track.centery)))

    def _choice_text(self, state_id, choice_id) -> str:
        state = self.scenario.states.get(state_id)
        choice = state.choice(choice_id) if state else None
        return (
            choice.text.get(self.app.language)
            if choice
            else self.app.t("{id} (not in this version)").format(id=choice_id)
        )

    def _colour(self, state_id, choice_id):
        state = self.scenario.states.get(state_id)
        choice = state.choice(choice_id) if state else None
        total = sum(choice.score.values()) if choice else 0
        theme = self.app.theme
        return theme.up if total > 0 else theme.down if total < 0 else theme.muted
