"""The layering of DESIGN.md: content and engine never import pygame; only the UI does."""

from __future__ import annotations

import ast
from pathlib import Path

GAME = Path(__file__).resolve().parent.parent / "game"
NO_PYGAME = ["scenario", "engine", "records", "workshop", "authoring", "i18n"]
LOWER = {"scenario": {"engine", "records", "ui", "workshop", "authoring"},
         "engine": {"records", "ui", "workshop", "authoring"},
         "records": {"ui", "workshop", "authoring"}}


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.add(("." * node.level) + (node.module or ""))
    return found


def test_only_the_ui_imports_pygame():
    for package in NO_PYGAME:
        for path in (GAME / package).rglob("*.py"):
            assert not any(name.split(".")[0] == "pygame" for name in imports(path)), path


def test_lower_layers_do_not_import_higher_ones():
    for package, forbidden in LOWER.items():
        for path in (GAME / package).rglob("*.py"):
            for name in imports(path):
                parts = name.lstrip(".").split(".")
                assert not (name.startswith("..") and parts[0] in forbidden), (path, name)
                assert not (name.startswith("game.") and parts[1] in forbidden), (path, name)
