"""Our own keyboard-first widgets: buttons, choice cards, a text field, and the focus group that
moves a visible focus ring with Tab and the arrows, activates with Enter, and follows the mouse."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from . import draw

if TYPE_CHECKING:
    from .app import App


PRESS_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)


class Widget:
    """Something on screen the player can focus and activate."""

    focusable = True

    def __init__(self, rect: pygame.Rect, on_activate: Callable[[], None] | None = None, label: str = ""):
        self.rect = pygame.Rect(rect)
        self.on_activate = on_activate
        self.label = label
        self.hovered = False

    def activate(self) -> None:
        """Do what the widget is for."""
        if self.on_activate:
            self.on_activate()

    def handle_key(self, event: pygame.event.Event) -> bool:
        """A key the widget itself uses (text fields); True when consumed."""
        return False

    def draw(self, surface: pygame.Surface, app: App, focused: bool) -> None:
        """Draw the widget."""


class Button(Widget):
    """A rounded button with a label; `primary` buttons use the accent colour."""

    def __init__(self, rect, label: str, on_activate=None, primary: bool = False, symbol: str = ""):
        super().__init__(rect, on_activate, label)
        self.primary = primary
        self.symbol = symbol

    def draw(self, surface, app, focused):
        theme = app.theme
        fill = theme.accent if self.primary else (theme.hover if self.hovered or focused else theme.panel)
        draw.panel(surface, self.rect, theme, fill=fill, radius=self.rect.height // 2, shadow=not focused)
        color = theme.accent_text if self.primary else theme.text
        text = app.typo.fit(
            self.label,
            color,
            self.rect.width - self.rect.height,
            self.rect.height - 8,
            "body",
            bold=True,
            align="center",
        )
        box = text.get_rect(center=self.rect.center)
        if self.symbol:
            mark = app.typo.symbol(app.typo.px("body")).render(self.symbol, True, color)
            box.x += mark.get_width() // 2 + 4
            surface.blit(mark, mark.get_rect(midright=(box.left - 8, self.rect.centery)))
        surface.blit(text, box)
        if focused:
            focus_ring(surface, self.rect, app, radius=self.rect.height // 2)


class ChoiceCard(Widget):
    """A large numbered choice: the number badge (1-9 picks it) and the wrapped text."""

    def __init__(self, rect, number: int, text: str, on_activate=None):
        super().__init__(rect, on_activate, text)
        self.number = number
        self.full = self.rect  # the whole card; `rect` is its visible part when the list scrolls

    def draw(self, surface, app, focused):
        if self.rect.width:
            self.draw_card(surface, app, focused, self.full)

    def draw_card(self, surface, app, focused: bool, card: pygame.Rect) -> None:
        """The card drawn in `card` (the caller clips it to what is visible)."""
        theme = app.theme
        draw.panel(
            surface, card, theme, fill=theme.hover if self.hovered or focused else theme.panel, radius=18
        )
        badge = app.typo.line_height("large")
        circle = pygame.Rect(0, 0, badge, badge)
        circle.midleft = (card.left + 12, card.centery)
        pygame.draw.ellipse(surface, theme.accent, circle)
        pygame.draw.ellipse(surface, theme.border, circle, 2)
        number = app.typo.render(str(self.number), theme.accent_text, "body", bold=True)
        surface.blit(number, number.get_rect(center=circle.center))
        width = card.right - circle.right - 28
        text = app.typo.fit(self.label, theme.text, width, card.height - 12, "body")
        surface.blit(text, text.get_rect(midleft=(circle.right + 14, card.centery)))
        if focused:
            focus_ring(surface, card, app, radius=18)


class TextField(Widget):
    """A one-line text entry: typing, Backspace, and Enter to submit."""

    def __init__(self, rect, placeholder: str, on_submit=None, max_length: int = 40, value: str = ""):
        super().__init__(rect, on_submit, placeholder)
        self.value = value
        self.max_length = max_length

    def handle_key(self, event):
        if event.type == pygame.TEXTINPUT:
            if len(self.value) < self.max_length and event.text.isprintable():
                self.value += event.text
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_BACKSPACE:
            self.value = self.value[:-1]
            return True
        # A key that types a character (space included) belongs to the text, not to the buttons:
        # its TEXTINPUT event follows and adds the character.
        return (
            event.type == pygame.KEYDOWN
            and bool(getattr(event, "unicode", ""))
            and event.unicode.isprintable()
        )

    def draw(self, surface, app, focused):
        theme = app.theme
        draw.panel(surface, self.rect, theme, fill=theme.panel, radius=12, shadow=False)
        shown = self.value or self.label
        color = theme.text if self.value else theme.muted
        text = app.typo.render(shown, color, "body")
        clip = surface.get_clip()
        inner = self.rect.inflate(-24, -8)
        surface.set_clip(inner)
        x = inner.left if text.get_width() < inner.width else inner.right - text.get_width() - 6
        surface.blit(text, text.get_rect(midleft=(x, self.rect.centery)))
        surface.set_clip(clip)
        if focused:
            caret_x = min(inner.right - 2, x + (text.get_width() if self.value else 0) + 2)
            pygame.draw.line(surface, theme.text, (caret_x, inner.top + 6), (caret_x, inner.bottom - 6), 2)
            focus_ring(surface, self.rect, app, radius=12)


def focus_ring(surface: pygame.Surface, rect: pygame.Rect, app: App, radius: int = 12) -> None:
    """The visible keyboard focus: a thick ring just outside the widget."""
    pygame.draw.rect(surface, app.theme.focus, rect.inflate(12, 12), width=5, border_radius=radius + 6)


ARROWS = {pygame.K_RIGHT: (1, 0), pygame.K_LEFT: (-1, 0), pygame.K_DOWN: (0, 1), pygame.K_UP: (0, -1)}


class FocusGroup:
    """The focusable widgets of a scene, in reading order, with one focused.

    A widget acts on a deliberate press: the key or button goes down and comes up again on the same
    widget, after `ready_at` (until then input is ignored, so a double click or a key still held from
    the screen before never acts here). Text fields take a click as focus, never as a submit.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.widgets: list[Widget] = []
        self.index = 0
        self.clock = clock
        self.ready_at = 0.0
        self.shortcuts: dict[int, Widget] = {}  # keys that press a widget directly (1-9 for choices)
        self._pressed: tuple[str, int, Widget] | None = None  # ("key", key, widget) or ("mouse", 1, widget)

    def set(self, widgets: list[Widget], keep: bool = True) -> None:
        """Replace the widgets (after a layout), keeping the focused position where possible."""
        self.widgets = widgets
        if not keep or self.index >= len(widgets):
            self.index = 0
        if self._pressed and self._pressed[2] not in widgets:
            self._pressed = None

    def wait(self, seconds: float) -> None:
        """Ignore input for at least `seconds` from now, and forget a press begun before."""
        self.ready_at = max(self.ready_at, self.clock() + seconds)
        self._pressed = None

    @property
    def ready(self) -> bool:
        """True once input is taken."""
        return self.clock() >= self.ready_at

    @property
    def focused(self) -> Widget | None:
        """The widget with the focus ring."""
        return self.widgets[self.index] if self.widgets else None

    def focus(self, widget: Widget) -> None:
        """Move the focus to a widget."""
        if widget in self.widgets:
            self.index = self.widgets.index(widget)

    def handle(self, event: pygame.event.Event) -> bool:
        """Tab/Shift-Tab/arrows move, Enter/Space press, the mouse hovers and clicks; True if used."""
        current = self.focused
        if current is None:
            return False
        if event.type in (pygame.TEXTINPUT, pygame.KEYDOWN) and current.handle_key(event):
            return True
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_TAB:
                self.move(-1 if event.mod & pygame.KMOD_SHIFT else 1)
                return True
            if event.key in ARROWS:
                self.move_toward(*ARROWS[event.key])
                return True
            target = current if event.key in PRESS_KEYS else self.shortcuts.get(event.key)
            if target is not None:
                self._pressed = ("key", event.key, target) if self.ready else None
                return True
        elif event.type == pygame.KEYUP:
            if self._pressed and self._pressed[:2] == ("key", event.key):
                return self._release()
        elif event.type == pygame.MOUSEMOTION:
            for widget in self.widgets:
                widget.hovered = widget.rect.collidepoint(event.pos)
            return True
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            under = self._under(event.pos)
            self._pressed = ("mouse", 1, under) if under is not None and self.ready else None
            if isinstance(under, TextField):
                self.focus(under)
            return under is not None
        elif event.type == pygame.MOUSEBUTTONUP and event.button == 1:
            if self._pressed and self._pressed[0] == "mouse" and self._under(event.pos) is self._pressed[2]:
                return self._release()
            self._pressed = None
        return False

    def move_toward(self, dx: int, dy: int) -> None:
        """Move the focus to the nearest widget in an arrow's direction (on screen, not in list order);
        along a single row or column that is the next one, wrapping at the ends."""
        here = self.focused.rect.center if self.focused else (0, 0)
        best, best_cost = None, None
        for widget in self.widgets:
            if widget is self.focused or not widget.rect.width:
                continue
            x, y = widget.rect.centerx - here[0], widget.rect.centery - here[1]
            ahead, aside = x * dx + y * dy, abs(x * dy) + abs(y * dx)
            if ahead <= 0:
                continue
            cost = ahead + 2 * aside
            if best_cost is None or cost < best_cost:
                best, best_cost = widget, cost
        if best is not None:
            self.focus(best)
        else:
            self.move(1 if dx + dy > 0 else -1)

    def _release(self) -> bool:
        """The press ends on its widget: focus it and, unless it is a text field, activate it."""
        assert self._pressed is not None
        kind, _, widget = self._pressed
        self._pressed = None
        if widget not in self.widgets:
            return False
        self.focus(widget)
        if not (kind == "mouse" and isinstance(widget, TextField)):
            widget.activate()
        return True

    def _under(self, pos: tuple[int, int]) -> Widget | None:
        return next((w for w in self.widgets if w.rect.collidepoint(pos)), None)

    def move(self, step: int) -> None:
        """Move the focus by `step`, wrapping around."""
        if self.widgets:
            self.index = (self.index + step) % len(self.widgets)

    def draw(self, surface: pygame.Surface, app: App) -> None:
        """Draw every widget, the focused one with its ring."""
        for i, widget in enumerate(self.widgets):
            widget.draw(surface, app, i == self.index)
