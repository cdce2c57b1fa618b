"""The game window: one loop that waits for events, lets the top scene react, and redraws only
when something changed, so an idle game costs almost nothing on an old station PC."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pygame

from .. import paths, preferences
from ..i18n import translator
from ..play import PlayService
from ..records import Store
from ..records.errors import RecordsError
from ..scenario import Catalog, Report, messages
from ..scenario.library import load_library
from ..scenario.loader import bundled_catalog
from .art import Art
from .flow import Flow
from .heap import release_large_blocks
from .scene import Scene
from .speech import Speaker
from .theme import theme_for
from .typography import Typography

if TYPE_CHECKING:
    from .watch import Watcher

log = logging.getLogger(__name__)

MIN_SIZE = (1024, 600)
DEFAULT_SIZE = (1280, 720)
FPS = 60
APPEAR_SECONDS = 0.22
SETTLE_SECONDS = 0.35  # a new screen ignores input this long: a double click never reaches it
IDLE_POLL = 1 / 30
NOTICE_SECONDS = 5.0


class App:
    """Owns the window, the shared services scenes use, and the scene stack."""

    def __init__(
        self,
        data_dir: str | None = None,
        size: tuple[int, int] = DEFAULT_SIZE,
        scenario_dirs: list[Path] | None = None,
        prefs_path: Path | None = None,
    ):
        release_large_blocks()
        pygame.display.init()  # no sound is used: leaving the mixer out also keeps ALSA quiet
        pygame.font.init()
        pygame.key.set_repeat()  # no synthetic repeats: a held key never takes a second decision
        self.held: set[int] = set()  # keys down now
        self.skew = 0.0  # seconds added to the clock by a test's pilot instead of waiting
        self.store, notices = self._open_store(data_dir)
        self.prefs_path = (
            prefs_path or (self.store.path.parent if self.store else Path.cwd()) / "preferences.json"
        )
        self.prefs, reset = preferences.read(self.prefs_path)
        flags = pygame.RESIZABLE | (pygame.FULLSCREEN if self.prefs.fullscreen else 0)
        self.screen = pygame.display.set_mode(size, flags)
        pygame.display.set_caption("Policía en Modo Niñez")
        self.art = Art()
        self._set_icon()
        self.typo = Typography(self.screen.get_height(), self.prefs.text_scale)
        self.theme = theme_for(self.prefs.high_contrast)
        self.language_override: str | None = None  # `play --lang`: this run only, not saved
        self.t = translator(self.prefs.language)
        self.speaker = Speaker()
        self.scenario_dirs = scenario_dirs or [paths.scenarios_dir()]
        messages.use(self.prefs.language)  # a broken scenario's card explains itself in this language
        self._library: list[Report] | None = None  # validated when first needed, after the first frame
        self._play: PlayService | None = None  # built on the library when first needed
        self.flow = Flow(self)
        self.player = None  # the records Player playing now
        self.watcher: Watcher | None = None  # set for live authoring (play --watch)
        self.stack: list[Scene] = []
        self.running = True
        self.dirty = True
        if self.store is None:
            notices = [
                self.t(
                    "Records are unavailable ({reason}); you can play, but progress will not be saved."
                ).format(reason=self.explain(self._store_problem))
            ]
        if reset:  # a setting of the wrong type or range: back to its default, and said once
            preferences.save(self.prefs_path, self.prefs)
            notices.append(self.t("Some settings were not valid and were set back to their defaults."))
        self._notices: list[tuple[str, float]] = [(n, NOTICE_SECONDS * 2) for n in notices]
        self.clock = pygame.time.Clock()
        self._underlay: tuple | None = None
        self._layout_count = 0

    # services

    @property
    def catalog(self) -> Catalog:
        """The bundled rubric and art names."""
        return bundled_catalog()

    @property
    def library(self) -> list[Report]:
        """The scenarios on this PC, validated on first use (so not before the title's first frame)."""
        if self._library is None:
            self._library = load_library(self.scenario_dirs, self.catalog)
        return self._library

    @property
    def language(self) -> str:
        """The language of the screens and the scenarios."""
        return self.language_override or self.prefs.language

    def use_language(self, language: str) -> None:
        """Show this run in a language without changing the saved preference (`play --lang`)."""
        self.language_override = language
        self.t = translator(language)
        self.reload_library()
        self.relayout()

    def reload_library(self) -> None:
        """Validate the scenario folders again when next needed (their problems in the screens' language)."""
        messages.use(self.language)
        self._library = None
        self._play = None

    @property
    def play(self) -> PlayService:
        """The play service over the library and the records."""
        if self._play is None:
            self._play = PlayService(self.library, self.store, self.catalog, on_error=self.records_problem)
        return self._play

    @play.setter
    def play(self, service: PlayService) -> None:
        self._play = service

    def now(self) -> float:
        """The game's clock in seconds (monotonic; a test's pilot can move it forward)."""
        return time.monotonic() + self.skew

    def set_prefs(self, prefs: preferences.Preferences) -> None:
        """Apply and save new preferences; every scene is laid out again."""
        old, self.prefs = self.prefs, prefs
        shown_before = self.language
        if prefs.language != old.language:
            self.language_override = None  # the player chose a language in Settings
        if prefs.fullscreen != old.fullscreen:
            self.screen = pygame.display.set_mode(
                self.screen.get_size() if not prefs.fullscreen else (0, 0),
                pygame.RESIZABLE | (pygame.FULLSCREEN if prefs.fullscreen else 0),
            )
        self.theme = theme_for(prefs.high_contrast)
        self.t = translator(self.language)
        if self.language != shown_before:
            self.reload_library()
        self.typo.resize(self.screen.get_height(), prefs.text_scale)
        if not prefs.read_aloud:
            self.speaker.stop()
        if not preferences.save(self.prefs_path, prefs):
            self.notify(
                self.t("Settings could not be saved on this PC; they apply until you close the game.")
            )
        self.relayout()

    def notify(self, text: str) -> None:
        """Show a short message at the bottom of the screen."""
        self._notices.append((text, NOTICE_SECONDS))
        self.dirty = True

    def clear_notices(self) -> None:
        """Take any message off the screen now."""
        self._notices = []
        self.dirty = True

    def record(self, action: Callable[..., Any], *args, **kwargs) -> Any:
        """Call the records; a failure (full disk, read-only folder) is shown, never raised. None then."""
        if self.store is None:
            return None
        try:
            return action(*args, **kwargs)
        except (RecordsError, OSError) as exc:
            self.records_problem(exc)
            return None

    def records_problem(self, exc: Exception) -> None:
        """Tell the player that the records failed (the play service's error channel)."""
        log.warning("records: %s", exc)
        self.notify(self.t("Progress could not be saved: {reason}").format(reason=self.explain(exc)))

    def explain(self, exc: Exception) -> str:
        """A records problem in the player's language where it is a common one, else its message."""
        reasons = {
            "full": self.t("the disk is full. Free some space; play goes on."),
            "readonly": self.t("the records folder cannot be written. Ask whoever looks after this PC."),
            "busy": self.t("another copy of the game is using the records. Close it."),
            "damaged": self.t("the records file is damaged. Restart the game: a fresh one will be started."),
            "disk": self.t("the disk reported an error."),
        }
        reason = getattr(exc, "reason", None)
        return reasons[reason] if reason in reasons else str(exc)

    def speak(self, text: str) -> None:
        """Read a text aloud when the player turned read-aloud on."""
        if self.prefs.read_aloud:
            self.speaker.say(text, self.language)

    # scene stack

    def push(self, scene: Scene, on_result: Callable[[Any], None] | None = None) -> None:
        """Show a scene on top; `on_result` receives what it dismisses with."""
        scene.on_result = on_result
        scene.focus.wait(SETTLE_SECONDS)
        scene.appear = 1.0 if scene.opaque else 0.0  # dialogs fade in over what is below them
        if not scene.opaque and self.stack:
            self.stack[-1].update(60.0)  # what a dialog covers is drawn once, so finish its transitions now
        self.stack.append(scene)
        scene.layout(self.screen.get_size())
        self.speak(scene.speech())
        self.dirty = True

    def pop(self) -> None:
        """Leave the top scene (the game ends when none is left)."""
        if self.stack:
            self.stack.pop()
        self.dirty = True
        if self.stack:
            self.stack[-1].focus.wait(SETTLE_SECONDS)
            self.stack[-1].resume()
        else:
            self.running = False

    def dismiss(self, result: Any = None) -> None:
        """Leave the top scene and hand `result` to whoever pushed it."""
        scene = self.stack[-1]
        self.pop()
        if scene.on_result:
            scene.on_result(result)

    def replace(self, scene: Scene) -> None:
        """Swap the top scene for another."""
        if self.stack:
            self.stack.pop()
        self.push(scene)

    def relayout(self) -> None:
        """Lay out every scene again (after a resize or a settings change)."""
        self._layout_count += 1
        for scene in self.stack:
            scene.layout(self.screen.get_size())
        self.dirty = True

    # loop

    def run(self, first: Scene | None) -> None:
        """Run until the last scene is closed (`first` pushed on top of what is already there)."""
        if first is not None:
            self.push(first)
        animating = False
        while self.running:
            events = pygame.event.get()
            animating = self.step(events)
            if animating or self._notices:
                self.clock.tick(FPS)
            elif not events:
                # Measured: SDL's own event wait polls inside and costs ~2% of a core; sleeping
                # between polls at 30 Hz costs ~0.2% and answers a key within 33 ms.
                time.sleep(IDLE_POLL)
        self.close()

    def step(self, events: list[pygame.event.Event] | None = None) -> bool:
        """Handle events, advance animations, redraw if needed; True while something animates."""
        now = time.monotonic()
        dt = min(0.1, now - getattr(self, "_last", now))
        self._last = now
        for event in pygame.event.get() if events is None else events:
            self._dispatch(event)
            if not self.running:
                return False
        if self.watcher is not None:
            self.watcher.poll()
        animating = bool(self.stack) and self.stack[-1].update(dt)
        if self.stack and self.stack[-1].appear < 1.0:
            self.stack[-1].appear = min(1.0, self.stack[-1].appear + dt / APPEAR_SECONDS)
            animating = True
        if self._notices:
            self._notices = [(text, left - dt) for text, left in self._notices if left - dt > 0]
            self.dirty = True
        if self.dirty or animating:
            self.draw()
            pygame.display.flip()
            self.dirty = False
        return animating

    def draw(self, surface: pygame.Surface | None = None) -> None:
        """Draw the visible scenes (dialogs over what is below them) and any notice.

        What lies under a dialog does not change while the dialog is open, so it is drawn once
        and reused until the stack, the window or the settings change.
        """
        surface = surface or self.screen
        start = len(self.stack) - 1
        while start > 0 and not self.stack[start].opaque:
            start -= 1
        top = len(self.stack) - 1
        if top > start:
            key = (id(self.stack[top]), tuple(map(id, self.stack)), surface.get_size(), self._layout_count)
            if self._underlay is None or self._underlay[0] != key:
                self._underlay = None  # the old picture is let go before the new one is drawn
                below = pygame.Surface(surface.get_size())  # the display's format already
                below.fill(self.theme.backdrop)
                for scene in self.stack[start:top]:
                    scene.draw(below)
                self._underlay = (key, below)
            surface.blit(self._underlay[1], (0, 0))
            hidden = round(255 * (1.0 - self.stack[top].appear))
            if hidden < 255:  # fully faded out, the dialog is not drawn at all
                self.stack[top].draw(surface)
                if hidden > 0:  # cross-fade from what was there
                    self._underlay[1].set_alpha(hidden)
                    surface.blit(self._underlay[1], (0, 0))
                    self._underlay[1].set_alpha(None)
        else:
            self._underlay = None  # no dialog open: no window-sized copy kept
            surface.fill(self.theme.backdrop)
            for scene in self.stack[start:]:
                scene.draw(surface)
        if self._notices:
            self._draw_notice(surface, self._notices[-1][0])

    def screenshot(self, path: Path) -> None:
        """Save the current frame as PNG (dialogs shown fully, not mid-fade)."""
        for scene in self.stack:
            scene.appear = 1.0
        self.draw()
        pygame.image.save(self.screen, str(path))

    def close(self) -> None:
        """Stop speech, close the records, close the window."""
        self.speaker.stop()
        if self.store:
            self.store.close()
        messages.use(None)
        pygame.quit()

    def _dispatch(self, event: pygame.event.Event) -> None:
        if event.type == pygame.NOEVENT:
            return
        if event.type == pygame.QUIT:
            self.running = False
            return
        if event.type == pygame.VIDEORESIZE:
            self._resize(event.w, event.h)
            return
        if event.type == pygame.WINDOWFOCUSLOST:
            self.held.clear()  # keys released elsewhere never come back as KEYUP
            return
        if event.type in (pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED, pygame.WINDOWFOCUSGAINED):
            self.dirty = True
            return
        if event.type == pygame.KEYDOWN:
            if event.key in self.held:
                return  # the key was not released: a repeat, never a new press
            self.held.add(event.key)
        elif event.type == pygame.KEYUP:
            self.held.discard(event.key)
        if event.type == pygame.KEYDOWN and event.key == pygame.K_F11:
            self.set_prefs(self.prefs.with_(fullscreen=not self.prefs.fullscreen))
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_F5 and self.stack:
            self.speaker.say(self.stack[-1].speech(), self.language)
            return
        if self.stack and event.type in (
            pygame.KEYDOWN,
            pygame.KEYUP,
            pygame.TEXTINPUT,
            pygame.MOUSEMOTION,
            pygame.MOUSEBUTTONUP,
            pygame.MOUSEBUTTONDOWN,
            pygame.MOUSEWHEEL,
        ):
            self.stack[-1].handle(event)
            self.dirty = True

    def _resize(self, w: int, h: int) -> None:
        size = (max(MIN_SIZE[0], w), max(MIN_SIZE[1], h))
        if size != self.screen.get_size() and not self.prefs.fullscreen:
            self.screen = pygame.display.set_mode(size, pygame.RESIZABLE)
        self.typo.resize(self.screen.get_height(), self.prefs.text_scale)
        self.relayout()

    def _draw_notice(self, surface: pygame.Surface, text: str) -> None:
        from . import draw

        width = min(surface.get_width() - 80, self.typo.px("body") * 40)
        label = self.typo.render(text, self.theme.text, "body", width=width - 40)
        box = label.get_rect().inflate(40, 24)
        box.midbottom = (surface.get_width() // 2, surface.get_height() - 24)
        draw.panel(surface, box, self.theme, fill=self.theme.hover)
        surface.blit(label, label.get_rect(center=box.center))

    def _open_store(self, data_dir: str | None) -> tuple[Store | None, list[str]]:
        try:
            store = Store.open(data_dir)
        except (RecordsError, OSError) as exc:
            log.warning("records unavailable: %s", exc)
            self._store_problem = exc
            return None, [f"{exc}"]
        store.start_background_sync()
        return store, list(store.notices)

    def _set_icon(self) -> None:
        try:
            pygame.display.set_icon(self.art.icon("app", 64))
        except pygame.error:
            pass
