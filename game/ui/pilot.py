"""Drives the real game the way a person does, by posting real pygame events: keys, typing, clicks.

Used by the tests and by the screenshot command. Each action is followed by one step of the game
loop, so what the player would see is drawn before the next action.
"""

from __future__ import annotations

import pygame

from .app import App
from .widgets import Widget


class Pilot:
    """Presses keys, types, clicks and resizes, then lets the app process the events."""

    def __init__(self, app: App):
        self.app = app

    @property
    def scene(self):
        """The scene on top."""
        return self.app.stack[-1]

    def step(self) -> None:
        """One pass of the game loop over the events posted so far."""
        self.app.step()

    def wait(self, seconds: float) -> None:
        """Let time pass for the game (its clock moves on; nothing sleeps), then run one step."""
        self.app.skew += seconds
        self.step()

    def settle(self) -> None:
        """Wait as a reader does until the top scene takes input (its text shown, its dwell over)."""
        self.step()
        left = self.scene.focus.ready_at - self.app.now()
        if left > 0:
            self.wait(left + 0.01)

    def press(self, *keys: int, mod: int = 0) -> None:
        """Press and release keys, one after the other, each once the scene takes input."""
        for key in keys:
            self.settle()
            pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0))
            pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0))
            self.step()

    def type(self, text: str) -> None:
        """Type text as a keyboard does: for each character a key press, the text input, the release."""
        self.settle()
        for char in text:
            key = pygame.key.key_code(char) if char.isascii() and char.isprintable() else 0
            if char == " ":
                key = pygame.K_SPACE
            pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode=char, scancode=0))
            pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=char))
            pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode=char, scancode=0))
        self.step()

    def click(self, pos: tuple[int, int]) -> None:
        """Move the mouse to a point and click there, once the scene takes input."""
        self.settle()
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
        self.step()

    def widget(self, label: str) -> Widget:
        """The first widget of the top scene whose label contains `label`."""
        for widget in self.scene.focus.widgets:
            if label in widget.label:
                return widget
        raise LookupError(
            f"no widget labelled {label!r} in {type(self.scene).__name__}: "
            f"{[w.label for w in self.scene.focus.widgets]}"
        )

    def click_on(self, label: str) -> None:
        """Click the centre of the widget with this label."""
        self.click(self.widget(label).rect.center)

    def resize(self, width: int, height: int) -> None:
        """Resize the window as a window manager would."""
        pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, w=width, h=height, size=(width, height)))
        self.step()
