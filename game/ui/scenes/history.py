"""What the player can look back on during a scenario, changing nothing: the history (every line said
and every choice taken, as Ren'Py's history screen) and the path so far drawn as a map of moments.
The wheel, the arrows, Page Up/Down, Home and End scroll; Esc or "Volver" goes back."""

from __future__ import annotations

import pygame

from ...play import Said
from .. import draw, layout
from ..scene import Scene
from ..widgets import Button

SCROLL_KEYS = {pygame.K_UP: -1, pygame.K_DOWN: 1}
PAGE_KEYS = {pygame.K_PAGEUP: -1, pygame.K_PAGEDOWN: 1}
SHORT = 140  # characters of a moment shown on the path's cards


class HistoryScene(Scene):
    """A scrolled column of blocks, newest at the bottom, opened scrolled to the end."""

    def __init__(self, app, lines: list[Said]):
        super().__init__(app)
        self.lines = lines
        self.scroll: int | None = None  # pixels from the top; None: at the end

    def heading(self) -> str:
        return self.app.t("History")

    def layout(self, size):
        w, h = size
        m = layout.margin(size)
        row_h = max(44, self.app.typo.px("body") * 2 + 6)
        self.view = pygame.Rect(
            m,
            m + self.app.typo.px("title") + m // 2,
            w - 2 * m,
            h - 3 * m - row_h - self.app.typo.px("title"),
        )
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
        self.blocks = self.render_blocks(self.view.width - 48)
        self.height = sum(b.get_height() + 14 for b in self.blocks)

    def render_blocks(self, width: int) -> list[pygame.Surface]:
        """One surface per line: the speaker in bold over the words; the player's choices indented."""
        typo, theme = self.app.typo, self.app.theme
        out = []
        for said in self.lines:
            if said.kind == "chosen":
                text = typo.render(
                    f"{said.who}: {said.text}",
                    theme.accent if theme.name == "high_contrast" else theme.muted,
                    "body",
                    bold=True,
                    width=width - 40,
                )
                block = pygame.Surface((width, text.get_height()), pygame.SRCALPHA)
                block.blit(text, (40, 0))
            else:
                words = f"{said.who}: {said.text}" if said.who else said.text
                block = typo.render(words, theme.text, "body", width=width)
            out.append(block)
        return out

    def handle(self, event):
        step = self.app.typo.px("body") * 3
        if event.type == pygame.MOUSEWHEEL:
            self.scroll_by(-event.y * step)
            return
        if event.type == pygame.KEYDOWN and event.key in SCROLL_KEYS:
            self.scroll_by(SCROLL_KEYS[event.key] * step)
            return
        if event.type == pygame.KEYDOWN and event.key in PAGE_KEYS:
            self.scroll_by(PAGE_KEYS[event.key] * (self.view.height - step))
            return
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_HOME, pygame.K_END):
            self.scroll = 0 if event.key == pygame.K_HOME else None
            return
        super().handle(event)

    def limit(self) -> int:
        """The largest scroll: the end of the column at the bottom of the view."""
        return max(0, self.height - (self.view.height - 40))

    def scroll_by(self, pixels: int) -> None:
        now = self.limit() if self.scroll is None else self.scroll
        self.scroll = max(0, min(self.limit(), now + pixels))

    def speech(self):
        return self.heading()

    def draw(self, surface):
        app, theme = self.app, self.app.theme
        m = layout.margin(surface.get_size())
        surface.blit(app.typo.render(self.heading(), theme.text, "title", bold=True), (m, m))
        draw.panel(surface, self.view, theme)
        clip = surface.get_clip()
        inner = self.view.inflate(-48, -40)
        surface.set_clip(inner)
        y = inner.top - (self.limit() if self.scroll is None else self.scroll)
        for block in self.blocks:
            if y + block.get_height() >= inner.top and y <= inner.bottom:
                surface.blit(block, (inner.left, y))
            y += block.get_height() + 14
        surface.set_clip(clip)
        super().draw(surface)


class PathScene(HistoryScene):
    """The player's map: the moments visited so far as cards joined by the choices taken, nothing more
    (no scores, no endings, no ids; the trainer's menu has the whole map)."""

    def heading(self) -> str:
        return self.app.t("Your path so far")

    def render_blocks(self, width: int) -> list[pygame.Surface]:
        typo, theme = self.app.typo, self.app.theme
        out = []
        moments = [s for s in self.lines if s.kind == "said"]
        for said in self.lines:
            if said.kind == "said":
                short = said.text if len(said.text) <= SHORT else said.text[:SHORT].rsplit(" ", 1)[0] + "…"
                text = typo.render(short, theme.text, "body", width=width - 60)
                block = pygame.Surface((width, text.get_height() + 28), pygame.SRCALPHA)
                current = said is moments[-1]
                draw.panel(
                    block,
                    block.get_rect().inflate(-4, -4),
                    theme,
                    fill=theme.hover if current else theme.panel_alt,
                    radius=14,
                    shadow=False,
                )
                block.blit(text, (30, 14))
            else:
                text = typo.render(said.text, theme.muted, "small", bold=True, width=width - 120)
                block = pygame.Surface((width, text.get_height() + 20), pygame.SRCALPHA)
                pygame.draw.line(block, theme.border, (40, 0), (40, block.get_height()), 4)
                pygame.draw.polygon(
                    block,
                    theme.border,
                    [(30, block.get_height() - 12), (50, block.get_height() - 12), (40, block.get_height())],
                )
                block.blit(text, (70, 10))
            out.append(block)
        return out
