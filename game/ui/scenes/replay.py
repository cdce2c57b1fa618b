"""The Modo Niñez replay: the same path told from the child's side, through what they felt, with
the station drawn from a child's eye height (the counter towers, the officer is tall)."""

from __future__ import annotations

import pygame

from ...play import Attempt
from .. import draw, layout
from ..paging import PagedScene

CHILD_EYE = {"front_desk": "child_eye_front_desk"}
DEFAULT_CHILD_EYE = "child_eye_waiting_room"


class ReplayScene(PagedScene):
    """One moment per decision, then the ending; arrows or Enter move through them."""

    def __init__(self, app, attempt: Attempt):
        super().__init__(app)
        self.attempt = attempt
        self.session = attempt.session

    def layout(self, size):
        self.attempt.language = self.app.language
        self.moments = self.attempt.debrief().reviews
        self.pager(size)

    def last_page(self) -> int:
        return len(self.moments)  # the last page is the ending

    def next_page(self) -> None:
        """ "Next" on the ending finishes the replay."""
        if self.page >= self.last_page():
            self.app.pop()
            return
        super().next_page()

    def speech(self):
        if self.page < len(self.moments):
            return self.moments[self.page].child_sees
        return self.session.node.text

    def draw(self, surface):
        app, theme, typo = self.app, self.app.theme, self.app.typo
        w, h = surface.get_size()
        m = layout.margin((w, h))
        scenario = self.session.scenario
        if self.page < len(self.moments):
            moment = self.moments[self.page]
            state = scenario.states[moment.state]
            words, mood = moment.child_sees, moment.mood or "calm"
        else:
            state = scenario.states[self.session.state_id]
            words, mood = self.session.node.text, state.child.mood if state.child else "calm"
        background = app.art.background(
            CHILD_EYE.get(self.session.view(state.id).background, DEFAULT_CHILD_EYE), (w, h)
        )
        if theme.background_alpha < 255:
            background = background.copy()
            background.set_alpha(theme.background_alpha)
        surface.blit(background, (0, 0))
        child = self._child(state)
        heading = typo.render(
            app.t("Childhood Mode: the station through {name}'s eyes").format(
                name=child.name if child else app.t("the child")
            ),
            theme.text,
            "large",
            bold=True,
        )
        strip = heading.get_rect(topleft=(m, m)).inflate(28, 14)
        draw.panel(surface, strip, theme, radius=strip.height // 2)
        surface.blit(heading, heading.get_rect(center=strip.center))
        size = int(h * 0.42)
        if child:
            portrait = app.art.portrait(child.portrait, mood, size)
            surface.blit(portrait, portrait.get_rect(bottomleft=(m, h)))
        bubble = pygame.Rect(m + size + 10, int(h * 0.2), w - size - 3 * m, int(h * 0.5))
        draw.panel(surface, bubble, theme, radius=30)
        tail = [
            (bubble.left + 2, bubble.bottom - 70),
            (bubble.left + 2, bubble.bottom - 30),
            (bubble.left - 40, bubble.bottom + 10),
        ]
        pygame.draw.polygon(surface, theme.panel, tail)
        pygame.draw.lines(surface, theme.border, False, [tail[0], tail[2], tail[1]], 3)
        if self.page < len(self.moments):
            words = f"«{words}»" if app.language == "es" else f"“{words}”"
        text = typo.fit(words, theme.text, bubble.width - 60, bubble.height - 40, "huge", align="center")
        surface.blit(text, text.get_rect(center=bubble.center))
        total = len(self.moments) + 1
        count = typo.render(
            app.t("Moment {n} of {total}").format(n=self.page + 1, total=total), theme.text, "body", bold=True
        )
        box = count.get_rect(midbottom=(bubble.centerx, bubble.top - 12)).inflate(20, 8)
        draw.panel(surface, box, theme, radius=box.height // 2, shadow=False)
        surface.blit(count, count.get_rect(center=box.center))
        super().draw(surface)

    def _child(self, state):
        figure_state = (
            state
            if state.child
            else next((s for s in self.session.scenario.states.values() if s.child), None)
        )
        if figure_state is None:
            return None
        return self.session.scenario.characters[figure_state.child.who]
