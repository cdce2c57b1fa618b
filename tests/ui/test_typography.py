"""Text drawing: never raises on what a scenario may contain, stays bounded in memory, and cuts with an
ellipsis only what does not fit its box."""

from __future__ import annotations

import os

import pygame
import pytest

os.environ["SDL_VIDEODRIVER"] = "dummy"

from game.ui.typography import CACHE_BYTES, ELLIPSIS, PLACEHOLDER, Typography, clean

BLACK = (0, 0, 0)


@pytest.fixture
def typo():
    pygame.display.init()
    pygame.font.init()
    pygame.display.set_mode((1024, 600))
    yield Typography(600, 0.85)
    pygame.quit()


@pytest.mark.parametrize("text", ["a\0b", "\x00", "tab\there", "bell\x07", "esc\x1b[31m", "lone \ud800 half"])
def test_control_characters_draw_as_a_placeholder(typo, text):
    surface = typo.render(text, BLACK, width=300)
    assert surface.get_width() > 0
    assert typo.fit(text, BLACK, 300, 100).get_height() <= 100
    assert "\0" not in clean(text) and "\t" not in clean(text)
    if "\0" in text or "\x07" in text:
        assert PLACEHOLDER in clean(text)


def test_five_hundred_line_breaks_render_within_the_window(typo):
    text = "línea\n" * 500
    surface = typo.render(text, BLACK, width=400)
    assert surface.get_height() <= 2 * 600
    boxed = typo.fit(text, BLACK, 400, 200)
    assert boxed.get_height() <= 200
    assert typo.wrap("x\n" * 3, width=400) == ["x", "x", "x", ""]


def test_one_size_per_role_no_shrinking_below_body(typo):
    long = "palabra " * 400
    body = typo.fit(long, BLACK, 500, 120, "body")
    large = typo.fit(long, BLACK, 500, 120, "large")
    assert body.get_height() == large.get_height()  # the large role falls back to body size, not smaller
    lines = typo.wrap(long, width=500)
    shown = typo.pages(long, 500, 120)
    assert "\n".join(shown).split("\n") == lines  # pages hold every line, in order
    assert all(typo.fits(page, 500, 120) for page in shown)


def test_cut_text_ends_with_an_ellipsis(typo):
    lines = typo.wrap("uno dos tres cuatro cinco seis siete ocho nueve diez " * 10, width=200)
    assert len(lines) > 3
    from game.ui.typography import _ellipsized

    cut = _ellipsized(lines[2], typo.font(), 200)
    assert cut.endswith(ELLIPSIS) and typo.font().size(cut)[0] <= 200


def test_body_text_is_at_least_18_px_in_the_smallest_window():
    pygame.font.init()
    assert Typography(600, 0.85).px("body") >= 18
    assert Typography(600, 0.85).px("small") >= 14


def test_the_cache_is_bounded_in_bytes(typo):
    for i in range(400):
        typo.render(f"{i} " + "texto largo que ocupa varias líneas " * 20, BLACK, "large", width=900)
    assert typo.cached_bytes <= CACHE_BYTES
