"""The scenario map: states as cards coloured by ending, choices as arrows coloured by score, the
player's path highlighted; drag or arrows to pan, wheel or +/- to zoom, 0 to fit."""

from __future__ import annotations

import pygame

from ...map.layout import layout
from .. import draw
from ..mapdraw import draw_map
from ..scene import Scene
from ..widgets import Button

PAN_STEP = 80
ZOOM_STEP = 1.2


class MapScene(Scene):
    """Pan and zoom over one scenario's graph."""

    def __init__(self, app, scenario, path: list[str] | None = None):
        super().__init__(app)
        self.scenario, self.path = scenario, path or []
        self.plan = layout(scenario, app.language)
        self.zoom = None
        self.offset = (0.0, 0.0)
        self.dragging = False

    def layout(self, size):
        w, h = size
        row_h = max(40, self.app.typo.px("body") * 2)
        self.view = pygame.Rect(0, row_h + 16, w, h - row_h - 16)
        self.focus.set([Button(pygame.Rect(w - 200, 8, 190, row_h), self.app.t("Back"), self.app.pop)])
        if self.zoom is None:
            self.fit()

    def fit(self):
        """Zoom so the whole map fits, or to the path's current state when the map is large."""
        view = self.view
        self.zoom = max(
            0.15, min(1.0, (view.width - 40) / self.plan.width, (view.height - 40) / self.plan.height)
        )
        if self.zoom < 0.45 and self.path:
            self.zoom = 0.6
            card = self.plan.cards[self.path[-1]]
            self.offset = (
                view.centerx - (card.x + card.w / 2) * self.zoom,
                view.centery - (card.y + card.h / 2) * self.zoom,
            )
        else:
            self.offset = (
                view.centerx - self.plan.width * self.zoom / 2,
                view.centery - self.plan.height * self.zoom / 2,
            )

    def zoom_by(self, factor, around=None):
        cx, cy = around or self.view.center
        new = max(0.1, min(2.5, self.zoom * factor))
        ox, oy = self.offset
        self.offset = (cx - (cx - ox) * new / self.zoom, cy - (cy - oy) * new / self.zoom)
        self.zoom = new

    def handle(self, event):
        moves = {
            pygame.K_LEFT: (PAN_STEP, 0),
            pygame.K_RIGHT: (-PAN_STEP, 0),
            pygame.K_UP: (0, PAN_STEP),
            pygame.K_DOWN: (0, -PAN_STEP),
        }
        if event.type == pygame.KEYDOWN:
            if event.key in moves:
                dx, dy = moves[event.key]
                self.offset = (self.offset[0] + dx, self.offset[1] + dy)
                return
            if event.key in (pygame.K_PLUS, pygame.K_EQUALS, pygame.K_KP_PLUS):
                self.zoom_by(ZOOM_STEP)
                return
            if event.key in (pygame.K_MINUS, pygame.K_KP_MINUS):
                self.zoom_by(1 / ZOOM_STEP)
                return
            if event.key in (pygame.K_0, pygame.K_KP0):
                self.fit()
                return
        elif event.type == pygame.MOUSEWHEEL:
            self.zoom_by(ZOOM_STEP if event.y > 0 else 1 / ZOOM_STEP, pygame.mouse.get_pos())
            return
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1 and self.view.collidepoint(event.pos):
            self.dragging = True
        elif event.type == pygame.MOUSEBUTTONUP and event.button == 1 and self.dragging:
            self.dragging = False
        elif event.type == pygame.MOUSEMOTION and self.dragging:
            self.offset = (self.offset[0] + event.rel[0], self.offset[1] + event.rel[1])
            return
        super().handle(event)

    def speech(self):
        return self.app.t("Map of {title}").format(title=self.scenario.title.get(self.app.language))

    def draw(self, surface):
        app, theme = self.app, self.app.theme
        surface.fill(theme.backdrop)
        clip = surface.get_clip()
        surface.set_clip(self.view)
        draw_map(surface, self.scenario, self.plan, app.typo, app.language, self.offset, self.zoom, self.path)
        surface.set_clip(clip)
        bar = pygame.Rect(0, 0, surface.get_width(), self.view.top)
        surface.fill(theme.panel, bar)
        pygame.draw.line(surface, theme.border, bar.bottomleft, bar.bottomright, 2)
        title = app.typo.render(self.speech(), theme.text, "body", bold=True)
        surface.blit(title, title.get_rect(midleft=(16, bar.centery)))
        hint = app.typo.render(
            app.t("Drag or arrows: move · wheel or +/-: zoom · 0: fit"), theme.muted, "small"
        )
        surface.blit(hint, hint.get_rect(midleft=(title.get_rect().width + 40, bar.centery)))
        legend = [
            (theme.good, app.t("good ending")),
            (theme.mixed, app.t("mixed ending")),
            (theme.poor, app.t("poor ending")),
        ]
        x = 16
        y = surface.get_height() - app.typo.px("small") - 20
        for colour, label in legend:
            text = app.typo.render(label, theme.text, "small")
            box = pygame.Rect(x, y, text.get_width() + 34, text.get_height() + 8)
            draw.panel(surface, box, theme, radius=8, shadow=False, border=1)
            swatch = pygame.Rect(x + 8, y + 6, 16, text.get_height() - 4)
            pygame.draw.rect(surface, colour, swatch, border_radius=4)
            pygame.draw.rect(surface, theme.border, swatch, width=1, border_radius=4)
            surface.blit(text, (x + 28, y + 4))
            x = box.right + 10
        super().draw(surface)
