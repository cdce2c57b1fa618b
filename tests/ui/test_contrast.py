"""Every colour pair the screens draw meets WCAG contrast: 4.5:1 for text (7:1 in high contrast) and
3:1 for indicators (meters, focus ring, chips, radar lines, outlines), computed from the themes."""

from __future__ import annotations

import pytest

from game.ui.theme import (
    HIGH_CONTRAST,
    INDICATOR_MINIMUM,
    INDICATOR_PAIRS,
    OUTLINED_FILLS,
    TEXT_MINIMUM,
    TEXT_PAIRS,
    WARM,
    contrast,
)


@pytest.mark.parametrize("theme", [WARM, HIGH_CONTRAST], ids=lambda t: t.name)
def test_text_contrast(theme):
    low = {
        f"{fg} on {bg}": round(contrast(getattr(theme, fg), getattr(theme, bg)), 2) for fg, bg in TEXT_PAIRS
    }
    assert {pair: ratio for pair, ratio in low.items() if ratio < TEXT_MINIMUM[theme.name]} == {}


@pytest.mark.parametrize("theme", [WARM, HIGH_CONTRAST], ids=lambda t: t.name)
def test_indicator_contrast(theme):
    low = {
        f"{fg} by {bg}": round(contrast(getattr(theme, fg), getattr(theme, bg)), 2)
        for fg, bg in INDICATOR_PAIRS
    }
    assert {pair: ratio for pair, ratio in low.items() if ratio < INDICATOR_MINIMUM} == {}


def test_the_ratio_is_wcags():
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast((255, 255, 255), (0x3E, 0x8E, 0x4F)) == pytest.approx(
        4.05, abs=0.01
    )  # the old green chip


@pytest.mark.parametrize("theme", [WARM, HIGH_CONTRAST], ids=lambda t: t.name)
def test_outlined_fills_stand_out(theme):
    for fill in OUTLINED_FILLS:
        for around in ("panel", "backdrop"):
            best = max(
                contrast(getattr(theme, fill), getattr(theme, around)),
                contrast(theme.border, getattr(theme, around)),
            )
            assert best >= INDICATOR_MINIMUM, (fill, around)
