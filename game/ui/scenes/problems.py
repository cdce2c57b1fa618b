"""What is wrong with a scenario file, shown in the window while an author works on it."""

from __future__ import annotations

import pygame

from .. import draw, layout
from ..scene import Scene

SHOWN = 12


class ProblemsScene(Scene):
    """Every problem as line:column: message; saving the file again reloads it."""

    def __init__(self, app, report):
        super().__init__(app)
        self.report = report

    def speech(self):
        return self.app.t("The scenario has problems")

    def draw(self, surface):
        app, theme, typo = self.app, self.app.theme, self.app.typo
        w, h = surface.get_size()
        m = layout.margin((w, h))
        box = pygame.Rect(m, m, w - 2 * m, h - 2 * m)
        draw.panel(surface, box, theme)
        title = typo.render(app.t("The scenario has problems"), theme.down, "title", bold=True)
        surface.blit(title, (box.left + 24, box.top + 16))
        name = typo.render(self.report.path, theme.muted, "small")
        surface.blit(name, (box.left + 24, box.top + 20 + title.get_height()))
        y = box.top + 32 + title.get_height() + name.get_height()
        for problem in self.report.problems[:SHOWN]:
            colour = theme.down if problem.severity == "error" else theme.muted
            line = f"{problem.line}:{problem.column}  {problem.severity}: {problem.message}"
            text = typo.render(line, colour, "body", width=box.width - 48)
            if y + text.get_height() > box.bottom - typo.px("body") * 3:
                break
            surface.blit(text, (box.left + 24, y))
            y += text.get_height() + 8
        more = len(self.report.problems) - SHOWN
        if more > 0:
            surface.blit(
                typo.render(app.t("… and {n} more").format(n=more), theme.muted, "small"), (box.left + 24, y)
            )
        hint = typo.render(
            app.t("Fix the file and save it: the game reloads it. Esc closes."),
            theme.text,
            "body",
            bold=True,
            width=box.width - 48,
        )
        surface.blit(hint, (box.left + 24, box.bottom - hint.get_height() - 16))
