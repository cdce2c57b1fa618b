"""The scenario map: one layout for the SVG, the PNG and the in-game map; readable at 150 states."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from game import paths
from game.mapsvg import to_svg
from game.scenario import load_scenario, scenario_files
from game.scenario.layout import layout

from scenario_factory import synthetic

ROOT = Path(__file__).resolve().parent.parent
FILES = scenario_files(paths.scenarios_dir())


def overlapping(plan):
    cards = list(plan.cards.values())
    for i, a in enumerate(cards):
        for b in cards[i + 1:]:
            if a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h:
                return a.id, b.id
    return None


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_bundled_map_is_a_valid_svg(path, tmp_path):
    out = tmp_path / "map.svg"
    result = subprocess.run([sys.executable, "-m", "game", "map", str(path), "--format", "svg", "--output", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    root = ET.parse(out).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    scenario = load_scenario(path)
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert set(scenario.states) <= set(texts)
    arrows = list(root.iter("{http://www.w3.org/2000/svg}path"))
    assert len([a for a in arrows if a.get("marker-end")]) == sum(len(s.choices) + len(s.route)  # a route step is an arrow too
                                                                for s in scenario.states.values())


def test_layout_of_150_states_keeps_cards_apart(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text(yaml.safe_dump(synthetic(150, seed=3)), encoding="utf-8")
    scenario = load_scenario(path)
    plan = layout(scenario)
    assert len(plan.cards) == 150 and overlapping(plan) is None
    assert all(plan.cards[a.source].x < plan.cards[a.target].x for a in plan.arrows)  # forward, left to right


def test_path_is_highlighted_in_the_svg():
    scenario = load_scenario(FILES[0])
    first = scenario.states[scenario.start].choices[0]
    svg = to_svg(scenario, "es", [scenario.start, first.to])
    assert svg.count('stroke="#35577D" stroke-width="5"') >= 2


def test_png_export_draws_the_map(tmp_path):
    out = tmp_path / "map.png"
    result = subprocess.run([sys.executable, "-m", "game", "map", str(FILES[0]), "--format", "png", "--output",
                             str(out)], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={"SDL_VIDEODRIVER": "dummy", "PATH": "/usr/bin:/bin", **_python_env()})
    assert result.returncode == 0, result.stderr
    import pygame
    picture = pygame.image.load(str(out))
    plan = layout(load_scenario(FILES[0]))
    assert picture.get_width() >= plan.width and picture.get_height() >= plan.height
    colours = {tuple(picture.get_at((x, y)))[:3] for x in range(0, picture.get_width(), 23)
               for y in range(0, picture.get_height(), 11)}
    assert len(colours) > 5


def test_png_needs_an_output():
    result = subprocess.run([sys.executable, "-m", "game", "map", str(FILES[0]), "--format", "png"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "--output" in result.stderr


def _python_env():
    import os
    return {k: v for k, v in os.environ.items() if k.startswith(("PYTHON", "VIRTUAL_ENV", "HOME"))}
