"""The scenario map: one layered layout (grandalf) for the SVG, the PNG and the in-game map; arrows
between cards, never through them; labels with conditions and changes; readable at 150 states."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from itertools import pairwise
from pathlib import Path

import pytest
import yaml
from conftest import MINIMAL
from scenario_factory import synthetic

from game import paths
from game.cli import main
from game.map.layout import layout
from game.map.svg import to_svg
from game.scenario import load_scenario, scenario_files

ROOT = Path(__file__).resolve().parent.parent
FILES = scenario_files(paths.scenarios_dir())


def overlapping(plan):
    cards = list(plan.cards.values())
    for i, a in enumerate(cards):
        for b in cards[i + 1 :]:
            if a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h:
                return a.id, b.id
    return None


def crossings(plan):
    """(arrow, card) pairs where an arrow's line passes through a card other than its own two."""
    found = []
    for arrow in plan.arrows:
        for card in plan.cards.values():
            if card.id in (arrow.source, arrow.target):
                continue
            inner = (card.x + 2, card.y + 2, card.x + card.w - 2, card.y + card.h - 2)
            if any(_segment_hits(a, b, inner) for a, b in pairwise(arrow.points)):
                found.append((arrow.source, arrow.target, card.id))
    return found


def _segment_hits(a, b, box, steps=40):
    return any(
        box[0] < a[0] + (b[0] - a[0]) * i / steps < box[2]
        and box[1] < a[1] + (b[1] - a[1]) * i / steps < box[3]
        for i in range(steps + 1)
    )


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_bundled_map_is_a_valid_svg_of_a_readable_shape(path, tmp_path):
    out = tmp_path / "map.svg"
    assert main(["map", str(path), "--format", "svg", "--output", str(out)]) == 0
    root = ET.parse(out).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    width, height = float(root.get("width")), float(root.get("height"))
    assert 1 / 3 <= width / height <= 3, (width, height)
    scenario = load_scenario(path)
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert set(scenario.states) <= set(texts)
    lines = [a for a in root.iter("{http://www.w3.org/2000/svg}polyline") if a.get("marker-end")]
    assert len(lines) == sum(len(s.choices) + len(s.route) for s in scenario.states.values())
    plan = layout(scenario)
    assert overlapping(plan) is None and crossings(plan) == []


def test_a_twenty_state_map_fits_a_1280x720_screen_with_every_id_legible(tmp_path):
    import pygame

    from game.map.svg import INK
    from game.ui.app import App
    from game.ui.mapdraw import MIN_TEXT_PX
    from game.ui.scenes.map import MapScene

    scenario = next(s for s in map(load_scenario, FILES) if 18 <= len(s.states) <= 24)
    app = App(data_dir=str(tmp_path), size=(1280, 720), scenario_dirs=[paths.scenarios_dir()])
    try:
        scene = MapScene(app, scenario)
        app.push(scene)
        app.step()
        ink = pygame.Color(INK)
        for card in scene.plan.cards.values():
            x, y = scene.offset[0] + card.x * scene.zoom, scene.offset[1] + card.y * scene.zoom
            box = pygame.Rect(round(x), round(y), round(card.w * scene.zoom), round(card.h * scene.zoom))
            assert scene.view.contains(box), card.id
            inner = box.inflate(-8, -6)  # the card's id drawn inside it, not only its border
            inked = sum(
                app.screen.get_at((px, py))[:3] == ink[:3]
                for px in range(inner.left, inner.right)
                for py in range(inner.top, inner.bottom)
            )
            assert inked >= MIN_TEXT_PX * 2, card.id
    finally:
        app.close()


def test_arrow_labels_show_the_choice_its_score_condition_and_changes(write_yaml):
    text = MINIMAL.replace(
        "        add: {comfort: 10}\n",
        "        add: {comfort: 10}\n        when: {comfort: {at_least: 40}}\n",
        1,
    )
    scenario = load_scenario(write_yaml(text))
    labels = [a.label for a in layout(scenario, "es").arrows]
    assert "agacharse +2 · si comfort ≥ 40 · comfort +10" in labels
    assert "agacharse +2 · if comfort ≥ 40 · comfort +10" in [a.label for a in layout(scenario, "en").arrows]


def test_layout_of_150_states_keeps_cards_apart(tmp_path):
    path = tmp_path / "sintetico.yaml"
    path.write_text(yaml.safe_dump(synthetic(150, seed=3)), encoding="utf-8")
    scenario = load_scenario(path)
    plan = layout(scenario)
    assert len(plan.cards) == 150 and overlapping(plan) is None
    assert all(plan.cards[a.source].y < plan.cards[a.target].y for a in plan.arrows)  # forward, top to bottom
    assert crossings(plan) == []


def test_path_is_highlighted_in_the_svg():
    scenario = load_scenario(FILES[0])
    first = scenario.states[scenario.start].choices[0]
    svg = to_svg(scenario, "es", [scenario.start, first.to])
    assert svg.count('stroke="#35577D" stroke-width="4"') >= 3  # the arrow taken and both cards


def test_png_export_draws_the_map(tmp_path):
    out = tmp_path / "map.png"
    result = subprocess.run(
        [sys.executable, "-m", "game", "map", str(FILES[0]), "--format", "png", "--output", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"SDL_VIDEODRIVER": "dummy", "PATH": "/usr/bin:/bin", **_python_env()},
    )
    assert result.returncode == 0, result.stderr
    import pygame

    picture = pygame.image.load(str(out))
    plan = layout(load_scenario(FILES[0]))
    assert picture.get_width() >= plan.width and picture.get_height() >= plan.height
    colours = {
        tuple(picture.get_at((x, y)))[:3]
        for x in range(0, picture.get_width(), 23)
        for y in range(0, picture.get_height(), 11)
    }
    assert len(colours) > 5


def test_png_needs_an_output():
    result = subprocess.run(
        [sys.executable, "-m", "game", "map", str(FILES[0]), "--format", "png"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "--output" in result.stderr


def _python_env():
    import os

    return {k: v for k, v in os.environ.items() if k.startswith(("PYTHON", "VIRTUAL_ENV", "HOME"))}
