"""Play: the station, the child's portrait and mood, the comfort meter, the line spoken, the choices."""

from __future__ import annotations

import pygame

from ...play import MIN_DWELL_SECONDS, Attempt
from .. import draw, layout
from ..scene import Scene
from ..widgets import Button, ChoiceCard
from .feedback import FeedbackScene
from .pause import PauseScene

NUMBER_KEYS = {getattr(pygame, f"K_{i}"): i for i in range(1, 10)}
NUMBER_KEYS.update({getattr(pygame, f"K_KP{i}"): i for i in range(1, 10)})
FADE_SECONDS = 0.3
METER_SPEED = 0.8  # of the meter's length per second


class PlayScene(Scene):
    """One scenario being played through the play service. Dismisses with "finished" at the ending,
    or "left" when the player leaves from the pause menu (the attempt stays open to resume)."""

    portrait_share = 0.33  # of the window's width
    counter_share = 0.0  # of a choice card's width kept for something beside its text (vote counters)

    def __init__(self, app, attempt: Attempt):
        super().__init__(app)
        self.attempt = attempt
        self.fade = 0.0
        self.shown_comfort: float | None = None
        self.show_moment()

    @property
    def session(self):
        """The engine's session (read by the map and the workshop's drawing)."""
        return self.attempt.session

    def show_moment(self) -> None:
        """A new moment: its text fades in, then it must stay
        on screen a short while before a choice counts."""
        self.moment = self.attempt.moment
        self.shown_at = self.app.now()
        self.fade = 0.0
        self.focus.wait(self.dwell())

    def dwell(self) -> float:
        """Seconds before a choice is taken: the text's fade, plus a minimum that grows with the text size
        and with read-aloud (which starts reading the moment)."""
        prefs = self.app.prefs
        return FADE_SECONDS + MIN_DWELL_SECONDS * prefs.text_scale * (2.0 if prefs.read_aloud else 1.0)

    # layout

    def layout(self, size):
        self.attempt.language = self.app.language
        self.moment = self.attempt.moment
        w, h = size
        m = layout.margin(size)
        typo = self.app.typo
        self.bar = pygame.Rect(0, 0, w, typo.line_height("body") + 16)
        share = self.portrait_share if typo.px("body") * 42 <= w else self.portrait_share * 0.75
        self.portrait_size = int(min(h * 0.6, w * share))
        self.portrait_rect = pygame.Rect(
            m, h - self.portrait_size - m // 2, self.portrait_size, self.portrait_size
        )
        self.column = pygame.Rect(
            self.portrait_rect.right + m,
            self.bar.bottom + m // 2,
            w - self.portrait_rect.right - 2 * m,
            h - self.bar.bottom - m - m // 2,
        )
        node, options = self.moment, self.moment.choices
        self.footer = self.speech_footer()
        gap = 12
        badge = typo.line_height("large")
        text_w = self.column.width - badge - 48 - int(self.column.width * self.counter_share)
        heights = [max(layout.control_height(typo), typo.height_of(o.text, text_w) + 24) for o in options]
        speaker_h = typo.line_height("body", True) + 4 if node.speaker_name else 0
        choices_h = sum(heights) + gap * len(heights)
        self.text_role = "large"  # the spoken line a step larger when everything fits so
        if (
            typo.height_of(node.text, self.column.width - 48, "large")
            + speaker_h
            + 40
            + self.footer
            + choices_h
            > self.column.height
        ):
            self.text_role = "body"
        speech_h = (
            typo.height_of(node.text, self.column.width - 48, self.text_role) + speaker_h + 36 + self.footer
        )
        content = speech_h + choices_h
        self.scroll = max(0, min(getattr(self, "scroll", 0), content - self.column.height))
        y = self.column.top - self.scroll
        self.speech_full = pygame.Rect(self.column.left, y, self.column.width, speech_h)
        self.speech_rect = self.speech_full.clip(self.column)
        y += speech_h + gap
        cards = []
        for o, card_h in zip(options, heights, strict=True):
            full = pygame.Rect(self.column.left, y, self.column.width, card_h)
            card = ChoiceCard(
                _visible(full, self.column), o.number, o.text, lambda oid=o.id: self.choose(oid)
            )
            card.full = full
            cards.append(card)
            y += card_h + gap
        pause_w = max(140, typo.px("body") * 7)
        pause = Button(
            pygame.Rect(w - pause_w - 8, 6, pause_w, self.bar.height - 12),
            self.app.t("Pause"),
            self.back,
            symbol="⏸",
        )
        keep = self.focus.index if getattr(self, "_keep_focus", False) else None
        self.focus.set(cards + [pause], keep=False)
        self.focus.shortcuts = {key: cards[n - 1] for key, n in NUMBER_KEYS.items() if n <= len(cards)}
        if keep is not None:
            self.focus.index = min(keep, len(self.focus.widgets) - 1)

    def scroll_by(self, pixels: int) -> None:
        """Move the text and choices up or down when they are taller than the window."""
        self.scroll = max(0, self.scroll + pixels)
        self._keep_focus = True
        self.layout(self.app.screen.get_size())
        self._keep_focus = False

    def _show_focused(self) -> None:
        """Scroll so the focused choice is wholly visible."""
        card = self.focus.focused
        full = getattr(card, "full", None)
        if full is None:
            return
        if full.bottom > self.column.bottom:
            self.scroll_by(full.bottom - self.column.bottom)
        elif full.top < self.column.top:
            self.scroll_by(full.top - self.column.top)

    def speech_footer(self) -> int:
        """Room kept under the spoken text for something else (none here)."""
        return 0

    # input

    def handle(self, event):
        if event.type == pygame.MOUSEWHEEL:
            self.scroll_by(-event.y * self.app.typo.line_height("body") * 2)
            return
        before = self.focus.index
        super().handle(event)
        if self.focus.index != before:
            self._show_focused()

    def back(self):
        self.app.push(PauseScene(self.app, self.attempt, self.speech()), on_result=self.paused)

    def paused(self, result) -> None:
        if result == "leave":
            self.app.dismiss("left")

    def choose(self, choice_id: str) -> None:
        """Take a choice (pressed and released on it, after the dwell): record it, show its feedback."""
        before = self.moment.figure
        feedback = self.attempt.choose(choice_id, seconds=self.app.now() - self.shown_at)
        self.app.push(
            FeedbackScene(self.app, feedback, before, self.show_scores()), on_result=self.next_moment
        )

    def show_scores(self) -> bool:
        """Whether the feedback shows the competencies moved."""
        return True

    def next_moment(self, _result=None):
        if self.attempt.finished:
            self.app.dismiss("finished")
            return
        self.show_moment()
        self.scroll = 0
        self.layout(self.app.screen.get_size())
        self.app.speak(self.speech())

    def speech(self):
        node = self.moment
        lines = [f"{node.speaker_name}: {node.text}" if node.speaker_name else node.text]
        lines += [f"{o.number}. {o.text}" for o in node.choices]
        return "\n".join(lines)

    # drawing

    def update(self, dt):
        moving = False
        if self.fade < 1.0:
            self.fade = min(1.0, self.fade + dt / FADE_SECONDS)
            moving = True
        target = self.comfort()
        if target is not None and self.shown_comfort != target:
            if self.shown_comfort is None:
                self.shown_comfort = target
            else:  # the meter glides to its new level
                step = dt * METER_SPEED
                gap = target - self.shown_comfort
                self.shown_comfort = (
                    target if abs(gap) <= step else self.shown_comfort + step * (1 if gap > 0 else -1)
                )
                moving = True
        return moving

    def draw(self, surface):
        app, theme, typo = self.app, self.app.theme, self.app.typo
        w, h = surface.get_size()
        node = self.moment
        background = app.art.background(node.background, (w, h))
        if theme.background_alpha < 255:
            background = background.copy()
            background.set_alpha(theme.background_alpha)
        surface.blit(background, (0, 0))
        self._draw_bar(surface)
        if node.figure:
            self._draw_figure(surface, node.figure)
        clip = surface.get_clip()
        surface.set_clip(self.column)
        draw.panel(surface, self.speech_full, theme)
        y = self.speech_full.top + 18
        if node.speaker_name:
            name = typo.render(
                node.speaker_name,
                theme.accent if theme.name == "high_contrast" else theme.muted,
                "body",
                bold=True,
            )
            surface.blit(name, (self.speech_full.left + 24, y))
            y += name.get_height() + 4
        text = typo.render(node.text, theme.text, self.text_role, width=self.speech_full.width - 48)
        if self.fade < 1.0:
            text = text.copy()
            text.set_alpha(int(255 * self.fade))
        surface.blit(text, (self.speech_full.left + 24, y))
        for i, widget in enumerate(self.focus.widgets):  # the choices within the column, the rest over all
            surface.set_clip(self.column if isinstance(widget, ChoiceCard) else clip)
            widget.draw(surface, app, i == self.focus.index)
        surface.set_clip(clip)
        self._draw_more(surface)

    def _draw_more(self, surface):
        """Arrows at the column's edges when there is more above or below (wheel or arrows scroll)."""
        theme, typo = self.app.theme, self.app.typo
        widgets = [w for w in self.focus.widgets if hasattr(w, "full")]
        below = widgets and widgets[-1].full.bottom > self.column.bottom
        for shown, mark, spot in ((self.scroll > 0, "▲", "midtop"), (below, "▼", "midbottom")):
            if shown:
                glyph = typo.symbol(typo.px("body")).render(mark, True, theme.accent_text)
                box = glyph.get_rect(**{spot: getattr(self.column, spot)}).inflate(24, 8)
                pygame.draw.rect(surface, theme.accent, box, border_radius=box.height // 2)
                pygame.draw.rect(surface, theme.border, box, width=2, border_radius=box.height // 2)
                surface.blit(glyph, glyph.get_rect(center=box.center))

    def _draw_bar(self, surface):
        app, theme = self.app, self.app.theme
        surface.fill(theme.panel, self.bar)
        pygame.draw.line(surface, theme.border, self.bar.bottomleft, self.bar.bottomright, 2)
        title = app.typo.render(self.attempt.scenario.title.get(app.language), theme.text, "body", bold=True)
        surface.blit(title, title.get_rect(midleft=(16, self.bar.centery)))
        step = app.t("Decision {n}").format(n=self.moment.number)
        label = app.typo.render(step, theme.muted, "body")
        surface.blit(label, label.get_rect(center=self.bar.center))

    def _draw_figure(self, surface, figure):
        app, theme, typo = self.app, self.app.theme, self.app.typo
        rect = self.portrait_rect
        halo = rect.inflate(-rect.width // 8, -rect.height // 8)
        surface.blit(draw.glow(halo.size, theme.panel, 170), halo)
        surface.blit(app.art.portrait(figure.portrait, figure.mood, rect.width), rect)
        tag = typo.render(figure.name, theme.text, "body", bold=True)
        box = tag.get_rect(midbottom=(rect.centerx, rect.bottom - 4)).inflate(24, 10)
        draw.panel(surface, box, theme, radius=box.height // 2, shadow=False)
        surface.blit(tag, tag.get_rect(center=box.center))
        comfort = self.comfort()
        if comfort is not None and self.shown_comfort is not None:
            comfort = self.shown_comfort
        if comfort is not None:
            label = typo.render(
                app.t("How {name} feels").format(name=figure.name), theme.text, "small", bold=True
            )
            top = self.bar.bottom + 14
            card = pygame.Rect(rect.left, top, rect.width, label.get_height() + typo.px("body") + 30)
            draw.panel(surface, card, theme, radius=14, shadow=False)
            surface.blit(label, (card.left + 14, card.top + 8))
            heart = typo.symbol(typo.px("body")).render("♥", True, theme.down)
            bar = pygame.Rect(
                card.left + 20 + heart.get_width(),
                card.bottom - typo.px("body") - 10,
                card.width - 40 - heart.get_width(),
                typo.px("body") - 2,
            )
            surface.blit(heart, heart.get_rect(midleft=(card.left + 12, bar.centery)))
            draw.meter(surface, bar, comfort, theme)

    def comfort(self) -> float | None:
        """The child's comfort as a share of its range, when the scenario tracks it."""
        return self.moment.comfort.share if self.moment.comfort else None


def _visible(rect: pygame.Rect, area: pygame.Rect) -> pygame.Rect:
    """The part of `rect` inside `area` (what can be clicked); empty, at the area's edge, when none."""
    part = rect.clip(area)
    return part if part.width and part.height else pygame.Rect(area.left, area.bottom, 0, 0)
