"""After a choice: why it helped or hurt, the competencies it moved as coloured chips, and what the
child felt ("Modo Niñez"), before moving on."""

from __future__ import annotations

import pygame

from ...engine import Figure
from ...play import Feedback
from .. import draw, layout
from ..scene import Scene
from ..widgets import Button


class FeedbackScene(Scene):
    """A dialog over the play scene."""

    opaque = False

    def __init__(
        self, app, feedback: Feedback, before: Figure | None, show_scores: bool = True, extra: str = ""
    ):
        super().__init__(app)
        self.outcome, self.extra = (
            feedback,
            extra,
        )  # extra: the workshop's better choice and facilitator's note
        self.figure = feedback.figure or before
        self.show_scores = show_scores
        self.page, self.pages = 0, 1  # the feedback is paged when it is longer than its room

    def layout(self, size):
        w, h = size
        self.box = layout.centered(size, int(w * 0.9), int(h * 0.88))
        label = self.app.t("Continue")
        inner = self.box.inflate(-56, -44)
        button = layout.buttons(
            pygame.Rect(inner.right - max(220, w // 5), inner.top, max(220, w // 5), inner.height),
            [label],
            self.app.typo,
            symbols=1,
        )[0]
        button.right = inner.right
        self.focus.set([Button(button, label, self.next, primary=True, symbol="▶")])

    def next(self):
        """Show the rest of the feedback, then go on."""
        if self.page + 1 < self.pages:
            self.page += 1
        else:
            self.app.dismiss()

    def handle(self, event):
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            return  # the choice is made; Enter moves on
        super().handle(event)

    def speech(self):
        name = self.figure.name if self.figure else self.app.t("the child")
        return "\n".join(
            [
                self.outcome.feedback,
                self.app.t("What {name} felt").format(name=name) + ": " + self.outcome.child_sees,
            ]
        )

    def draw(self, surface):
        app, theme, typo = self.app, self.app.theme, self.app.typo
        draw.shade(surface, theme.shade_alpha)
        draw.panel(surface, self.box, theme)
        left = pygame.Rect(
            self.box.left + 30, self.box.top + 26, int(self.box.width * 0.56), self.box.height - 52
        )
        right = pygame.Rect(
            left.right + 30,
            left.top,
            self.box.right - left.right - 60,
            self.focus.widgets[0].rect.top - 12 - left.top,
        )
        y = left.top
        label = typo.render(app.t("You chose"), theme.muted, "small", bold=True)
        surface.blit(label, (left.left, y))
        y += label.get_height() + 2
        chosen = typo.fit(self.outcome.choice_text, theme.muted, left.width, typo.px("body") * 4, "body")
        surface.blit(chosen, (left.left, y))
        y += chosen.get_height() + 14
        if self.show_scores:
            y = self._chips(surface, left, y) + 14
        button = self.focus.widgets[0]
        bottom = button.rect.top - 12
        text = self.outcome.feedback + (f"\n\n{self.extra}" if self.extra else "")
        role = "large" if typo.fits(text, left.width, bottom - y, "large") else "body"
        pages = typo.pages(text, left.width, bottom - y, role)
        self.pages = len(pages)
        self.page = min(self.page, self.pages - 1)
        surface.blit(typo.render(pages[self.page], theme.text, role, width=left.width), (left.left, y))
        if self.pages > 1:
            count = typo.render(f"{self.page + 1} / {self.pages}", theme.muted, "small", bold=True)
            surface.blit(count, count.get_rect(midright=(button.rect.left - 16, button.rect.centery)))
        button.label = app.t("Next") if self.page + 1 < self.pages else app.t("Continue")
        self._child(surface, right)
        super().draw(surface)

    def _chips(self, surface, area, y) -> int:
        app, theme, typo = self.app, self.app.theme, self.app.typo
        x = area.left
        height = typo.px("body") + 14
        deltas = sorted(self.outcome.deltas.items(), key=lambda kv: -kv[1])
        for principle, delta in deltas:
            name = app.catalog.principles[principle].name.get(app.language)
            label = typo.render(f"{delta:+d}  {name}", theme.chip_text, "small", bold=True)
            icon = app.art.icon(principle, height - 8)
            width = label.get_width() + icon.get_width() + 30
            if x + width > area.right:
                x, y = area.left, y + height + 8
            chip = pygame.Rect(x, y, width, height)
            pygame.draw.rect(surface, theme.up if delta > 0 else theme.down, chip, border_radius=height // 2)
            backing = pygame.Rect(0, 0, icon.get_width() + 4, icon.get_height() + 4)
            backing.midleft = (chip.left + 6, chip.centery)
            pygame.draw.ellipse(surface, theme.panel, backing)
            surface.blit(icon, icon.get_rect(center=backing.center))
            surface.blit(label, label.get_rect(midleft=(backing.right + 8, chip.centery)))
            x = chip.right + 8
        return y + height

    def _child(self, surface, area):
        app, theme, typo = self.app, self.app.theme, self.app.typo
        pygame.draw.rect(surface, theme.panel_alt, area, border_radius=20)
        name = self.figure.name if self.figure else app.t("the child")
        heading = typo.render(
            app.t("What {name} felt").format(name=name), theme.text, "body", bold=True, width=area.width - 30
        )
        surface.blit(heading, (area.left + 16, area.top + 14))
        words = f"«{self.outcome.child_sees}»" if app.language == "es" else f"“{self.outcome.child_sees}”"
        needed = typo.height_of(words, area.width - 58) + 24
        size = min(area.width - 40, int(area.height * 0.5), area.height - needed - heading_room(typo) - 40)
        size = size if size >= area.height * 0.2 else 0  # no room for the child's picture: the words first
        bubble_top = area.top + 24 + heading.get_height()
        bubble = pygame.Rect(
            area.left + 14, bubble_top, area.width - 28, area.bottom - size - bubble_top - 16
        )
        draw.panel(surface, bubble, theme, radius=22, shadow=False)
        tail = [
            (bubble.centerx - 14, bubble.bottom - 2),
            (bubble.centerx + 14, bubble.bottom - 2),
            (bubble.centerx, bubble.bottom + 16),
        ]
        pygame.draw.polygon(surface, theme.panel, tail)
        pygame.draw.lines(surface, theme.border, False, [tail[0], tail[2], tail[1]], 3)
        text = typo.fit(words, theme.text, bubble.width - 30, bubble.height - 24, "large", align="center")
        surface.blit(text, text.get_rect(center=bubble.center))
        if self.figure and size:
            portrait = app.art.portrait(self.figure.portrait, self.figure.mood, size)
            surface.blit(portrait, portrait.get_rect(midbottom=(area.centerx, area.bottom)))


def heading_room(typo) -> int:
    """The height of the "What the child felt" heading (two lines at most)."""
    return typo.line_height("body", True) * 2
