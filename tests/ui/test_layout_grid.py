"""Every screen at every text size, window size and theme: widgets inside the window, none overlapping,
no text under the minimum. The game is driven through all its screens once (as the screenshot command
does); on each screen the grid of settings is applied and checked. The extremes are saved as PNGs
(1024x600 at the largest text, 1920x1080 in high contrast) in LAYOUT_SHOTS or a temporary folder."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pygame
import pytest

from game.preferences import TEXT_SIZES
from game.ui.app import App
from game.ui.screenshots import take_screenshots, take_workshop_screenshots
from game.ui.typography import MIN_BODY, MIN_PX

SIZES = [(1024, 600), (1280, 720), (1366, 768), (1920, 1080)]
EXTREMES = {
    ((1024, 600), len(TEXT_SIZES) - 1, False): "1024x600-muy-grande",
    ((1920, 1080), 1, True): "1920x1080-alto-contraste",
}


def problems_on(app: App) -> list[str]:
    """What is wrong with the top scene as laid out now."""
    found = []
    window = app.screen.get_rect()
    scene = app.stack[-1]
    widgets = [w for w in scene.focus.widgets if w.rect.width and w.rect.height]
    for widget in widgets:
        if not window.contains(widget.rect):
            found.append(f"{widget.label!r} {widget.rect} leaves the window {window.size}")
    for a, b in itertools.combinations(widgets, 2):
        if a.rect.colliderect(b.rect):
            found.append(f"{a.label!r} {a.rect} overlaps {b.label!r} {b.rect}")
    # The scene's own boxes (its Rect attributes: panels, charts): inside the window, and each either
    # apart from every other box and widget or wholly inside it.
    boxes = [
        (name, rect)
        for name, rect in vars(scene).items()
        if isinstance(rect, pygame.Rect) and rect.width > 0 and rect.height > 0
    ]
    for name, rect in boxes:
        if not window.contains(rect):
            found.append(f"{name} {rect} leaves the window {window.size}")
    named = boxes + [(repr(w.label), w.rect) for w in widgets]
    for (name_a, a), (name_b, b) in itertools.combinations(named, 2):
        if a.colliderect(b) and not (a.contains(b) or b.contains(a)):
            found.append(f"{name_a} {a} overlaps {name_b} {b}")
    if app.typo.smallest_drawn < MIN_PX:
        found.append(f"text drawn at {app.typo.smallest_drawn} px")
    return found


class Grid:
    """Checks a screen at every combination and keeps what failed."""

    def __init__(self, shots: Path):
        self.failures: dict[str, list[str]] = {}
        self.shots = shots
        self.visited: list[str] = []

    def __call__(self, app: App, name: str) -> None:
        self.visited.append(name)
        start_size, start_prefs = app.screen.get_size(), app.prefs
        for size in SIZES:
            app._resize(*size)
            for text_size, high in itertools.product(range(len(TEXT_SIZES)), (False, True)):
                app.set_prefs(app.prefs.with_(text_size=text_size, high_contrast=high))
                app.typo.smallest_drawn = 10_000
                app.draw()
                where = (
                    f"{name} {size[0]}x{size[1]} text {text_size + 1} {'high contrast' if high else 'warm'}"
                )
                problems = problems_on(app)
                if problems:
                    self.failures[where] = problems
                if size == (1024, 600) and text_size == 0:
                    assert app.typo.px("body") >= MIN_BODY, where
                folder = EXTREMES.get((size, text_size, high))
                if folder:
                    (self.shots / folder).mkdir(parents=True, exist_ok=True)
                    app.screenshot(self.shots / folder / f"{name}.png")
        app._resize(*start_size)
        app.set_prefs(start_prefs)


@pytest.mark.parametrize("tour", [take_screenshots, take_workshop_screenshots], ids=["game", "workshop"])
def test_every_screen_fits_every_window_text_size_and_theme(tour, tmp_path):
    shots = Path(os.environ.get("LAYOUT_SHOTS", tmp_path))
    grid = Grid(shots)
    tour(tmp_path / "unused", (1280, 720), visit=grid)
    assert len(grid.visited) >= 7
    assert not grid.failures, "\n".join(
        f"{where}: {problem}" for where, problems in grid.failures.items() for problem in problems
    )
    assert pygame.image.load(str(next((shots / "1024x600-muy-grande").glob("*.png")))).get_size() == (
        1024,
        600,
    )
