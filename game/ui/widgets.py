"""Our own keyboard-first widgets: buttons, choice cards, a text field, and the focus group that
moves a visible focus ring with Tab and the arrows, activates with Enter, and follows the mouse."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import pygame

from . import draw

if TYPE_CHECKING:
    from .app import App


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

    def draw(self, surface: pygame.Surface, app: "App", focused: bool) -> None:
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
        text = app.typo.fit(self.label, color, self.rect.width - self.rect.height, self.rect.height - 8,
                            "body", bold=True, align="center")
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
        draw.panel(surface, card, theme, fill=theme.hover if self.hovered or focused else theme.panel, radius=18)
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
        return event.type == pygame.KEYDOWN and bool(getattr(event, "unicode", "")) and event.unicode.isprintable()

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


def focus_ring(surface: pygame.Surface, rect: pygame.Rect, app: "App", radius: int = 12) -> None:
    """The visible keyboard focus: a thick ring just outside the widget."""
    pygame.draw.rect(surface, app.theme.focus, rect.inflate(12, 12), width=5, border_radius=radius + 6)


ARROWS = {pygame.K_RIGHT: (1, 0), pygame.K_LEFT: (-1, 0), pygame.K_DOWN: (0, 1), pygame.K_UP: (0, -1)}


class FocusGroup:
    """The focusable widgets of a scene, in reading order, with one focused."""

    def __init__(self):
        self.widgets: list[Widget] = []
        self.index = 0

    def set(self, widgets: list[Widget], keep: bool = True) -> None:
        """Replace the widgets (after a layout), keeping the focused position where possible."""
        self.widgets = widgets
        if not keep or self.index >= len(widgets):
            self.index = 0

    @property
    def focused(self) -> Widget | None:
        """The widget with the focus ring."""
        return self.widgets[self.index] if self.widgets else None

    def focus(self, widget: Widget) -> None:
        """Move the focus to a widget."""
        if widget in self.widgets:
            self.index = self.widgets.index(widget)

    def handle(self, event: pygame.event.Event) -> bool:
        """Tab/Shift-Tab/arrows move, Enter/Space activate, the mouse hovers and clicks; True if used."""
        if not self.widgets:
            return False
        current = self.focused
        if event.type in (pygame.TEXTINPUT, pygame.KEYDOWN) and current.handle_key(event):
            return True
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_TAB:
                self.move(-1 if event.mod & pygame.KMOD_SHIFT else 1)
                return True
            if event.key in ARROWS:
                self.move_toward(*ARROWS[event.key])
                return True
            if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
                current.activate()
                return True
        elif event.type == pygame.MOUSEMOTION:
            for widget in self.widgets:
                widget.hovered = widget.rect.collidepoint(event.pos)
            return True
        elif event.type == pygame.MOUSEBUTTONUP and event.button == 1:
            for widget in self.widgets:
                if widget.rect.collidepoint(event.pos):
                    self.focus(widget)
                    widget.activate()
                    return True
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

    def move(self, step: int) -> None:
        """Move the focus by `step`, wrapping around."""
        if self.widgets:
            self.index = (self.index + step) % len(self.widgets)

    def draw(self, surface: pygame.Surface, app: "App") -> None:
        """Draw every widget, the focused one with its ring."""
        for i, widget in enumerate(self.widgets):
            widget.draw(surface, app, i == self.index)
