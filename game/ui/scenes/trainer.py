"""For trainers: pick a scenario, then see its map or what officers chose in it."""

from __future__ import annotations

import pygame

from .. import draw, layout
from ..scene import Scene
from ..widgets import Button
from .map import MapScene
from .stats import StatsScene


class TrainerScene(Scene):
    """A dialog offering the map and the statistics of one scenario."""

    opaque = False

    def __init__(self, app, scenario):
        super().__init__(app)
        self.scenario = scenario

    def layout(self, size):
        _ = self.app.t
        typo = self.app.typo
        row_h = max(46, typo.px("body") * 2 + 8)
        head = int(typo.px("title") * 2.6) + 20
        self.box = layout.centered(
            size, min(size[0] - 80, typo.px("body") * 24), head + row_h * 3 + 2 * 14 + 40
        )
        area = pygame.Rect(self.box.left + 40, self.box.top + head, self.box.width - 80, row_h * 3 + 2 * 14)
        rects = layout.column(area, [row_h] * 3, 14)
        self.focus.set(
            [
                Button(rects[0], _("Map of the scenario"), self.map, primary=True),
                Button(rects[1], _("What officers chose"), self.stats),
                Button(rects[2], _("Back"), self.app.pop),
            ]
        )

    def map(self):
        self.app.push(MapScene(self.app, self.scenario))

    def stats(self):
        self.app.push(StatsScene(self.app, self.scenario))

    def speech(self):
        return self.scenario.title.get(self.app.language)

    def draw(self, surface):
        app, theme = self.app, self.app.theme
        draw.shade(surface, theme.shade_alpha)
        draw.panel(surface, self.box, theme)
        title = app.typo.fit(
            self.speech(),
            theme.text,
            self.box.width - 60,
            app.typo.px("title") * 2 + 10,
            "title",
            bold=True,
            align="center",
        )
        surface.blit(title, title.get_rect(midtop=(self.box.centerx, self.box.top + 20)))
        super().draw(surface)
