"""`map --format png`: the map drawn by pygame off screen, with the same layout as the SVG."""

from __future__ import annotations

from pathlib import Path

import pygame

from ..scenario import Scenario
from ..scenario.layout import layout
from .mapdraw import render_map
from .typography import Typography


def save_png(scenario: Scenario, language: str, path: Path) -> None:
    """Render the whole map at full size into a PNG file (no window needed)."""
    pygame.font.init()
    picture = render_map(scenario, layout(scenario), Typography(720), language)
    pygame.image.save(picture, str(path))
