"""The authoring guides stay true to the code: every command they show parses, every field of the
format is explained in both languages."""

from __future__ import annotations

import re
import shlex
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel

from game.cli import build_parser
from game.scenario import schema as s

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDES = [DOCS / "authoring.md", DOCS / "authoring.en.md"]


def _commands(text: str) -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", text, re.DOTALL)
    return [
        line.split("  #")[0].strip()
        for block in blocks
        for line in block.splitlines()
        if line.startswith("python -m game ")
    ]


def _fields(model: type[BaseModel], seen: set) -> set[str]:
    if model in seen:
        return set()
    seen.add(model)
    names = set(model.model_fields)
    for field in model.model_fields.values():
        for inner in _models(field.annotation):
            names |= _fields(inner, seen)
    return names


def _models(annotation) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _models(arg)]


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_command_in_the_guide_parses(guide):
    commands = _commands(guide.read_text(encoding="utf-8"))
    assert len(commands) >= 12
    parser = build_parser()
    for command in commands:
        parser.parse_args(shlex.split(command)[3:])  # argparse exits on an unknown option


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_field_of_the_format_is_in_the_guide(guide):
    text = guide.read_text(encoding="utf-8")
    for name in sorted(_fields(s.Scenario, set())):
        assert re.search(rf"\b{name}:", text) or f"`{name}`" in text, name
    for competency in (
        "safety",
        "trust",
        "voice",
        "no_revictimization",
        "communication",
        "protection",
        "collaboration",
        "self_care",
    ):
        assert f"`{competency}`" in text


def test_the_guide_states_the_thresholds_the_code_checks():
    from game.scenario.analysis import MAX_COMBINATIONS, MAX_FOLLOWED_VARIABLES
    from game.scenario.pedagogy import LONGEST_SHARE, MIN_DECISIONS, WORST_SHARE

    es, en = (g.read_text(encoding="utf-8") for g in GUIDES)
    assert (
        f"**al menos {MIN_DECISIONS} decisiones**" in es and f"**at least {MIN_DECISIONS} decisions**" in en
    )
    assert (
        f"**como máximo el {WORST_SHARE:.0%}**".replace("%", " %") in es
        and f"**at most {WORST_SHARE:.0%}**" in en
    )
    assert LONGEST_SHARE == 0.5 and "**a lo sumo la mitad**" in es and "**at most half**" in en
    assert f"**{s.MAX_LINE_BREAKS} saltos de línea**" in es and f"**{s.MAX_LINE_BREAKS} line breaks**" in en
    assert f"**{s.MAX_WORD} caracteres**" in es and f"**{s.MAX_WORD} characters**" in en
    assert f"{s.MAX_TEXT} caracteres" in es and f"{s.MAX_TEXT} characters" in en
    assert (
        f"más de {MAX_FOLLOWED_VARIABLES}\n  variables" in es
        and f"more than {MAX_FOLLOWED_VARIABLES} variables" in en
    )
    assert f"{MAX_COMBINATIONS:,}".replace(",", " ") in es and f"{MAX_COMBINATIONS:,}" in en
