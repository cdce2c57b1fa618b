"""Asked when the player has a scenario left unfinished: continue where they were, or start over."""

from __future__ import annotations

from .. import draw, layout
from ..scene import Scene
from ..widgets import Button


class ResumeScene(Scene):
    """A dialog over the scenario list."""

    opaque = False

    def __init__(self, app, attempt):
        super().__init__(app)
        self.attempt = attempt
        self.report = next(
            (r for r in app.library if r.scenario and r.scenario.id == attempt.scenario_id), None
        )

    def layout(self, size):
        _ = self.app.t
        typo = self.app.typo
        self.box = layout.centered(size, min(size[0] - 80, typo.px("body") * 30), int(size[1] * 0.6))
        labels = [_("Continue"), _("Start over"), _("Not now")]
        rects = layout.buttons(self.box.inflate(-60, -60), labels, typo, gap=16, symbols=1)
        self.focus.set(
            [
                Button(rects[0], labels[0], self.resume, primary=True, symbol="▶"),
                Button(rects[1], labels[1], self.restart),
                Button(rects[2], labels[2], self.app.pop),
            ]
        )

    def resume(self):
        self.app.pop()
        self.app.flow.resume(self.attempt.id)

    def restart(self):
        self.app.play.discard(self.attempt.id)
        self.app.pop()

    def title(self) -> str:
        return self.report.scenario.title.get(self.app.language) if self.report else self.attempt.scenario_id

    def speech(self):
        return self.app.t("You left a scenario unfinished: {title}.").format(title=self.title())

    def draw(self, surface):
        app, theme = self.app, self.app.theme
        draw.shade(surface, theme.shade_alpha)
        draw.panel(surface, self.box, theme)
        heading = app.typo.render(app.t("Welcome back"), theme.text, "title", bold=True)
        surface.blit(heading, (self.box.left + 30, self.box.top + 24))
        body = app.t("You left “{title}” after {n} decision(s). Continue where you were?").format(
            title=self.title(), n=self.attempt.decisions
        )
        text = app.typo.render(body, theme.text, "large", width=self.box.width - 60)
        surface.blit(text, (self.box.left + 30, self.box.top + 40 + heading.get_height()))
        super().draw(surface)
