"""The layering of docs/architecture.md, checked on every import form (`import a.b`, `from a import b`,
`from .. import b`, `from ..b import c`), at module level or inside functions."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GAME = ROOT / "game"

# A package may import only packages of a lower rank (docs/architecture.md, "Layers").
RANKS = {
    "__init__": 0,
    "i18n": 0,
    "paths": 0,
    "preferences": 0,
    "bundled": 0,
    "scenario": 1,
    "engine": 2,
    "map": 2,
    "records": 3,
    "play": 4,
    "workshop": 5,
    "authoring": 5,
    "textplay": 5,
    "kit": 5,
    "ui": 6,
    "web": 6,
    "cli": 7,
    "__main__": 8,
}
PYGAME_ALLOWED = {"ui"}
YAML_ALLOWED = {"scenario", "authoring"}  # the UI, the engine and the front ends never parse YAML


def _module_parts(path: Path, root: Path = ROOT) -> list[str]:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def imported(path: Path, root: Path = ROOT) -> set[str]:
    """Every module a file names in an import, as an absolute dotted name (names imported from a
    package count as possible submodules)."""
    parts = _module_parts(path, root)
    package = parts if path.name == "__init__.py" else parts[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            anchor = package[: len(package) - node.level + 1] if node.level else []
            base = ".".join([*anchor, *([node.module] if node.module else [])])
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _top(path: Path) -> str:
    parts = _module_parts(path)
    return parts[1] if len(parts) > 1 else "__init__"


FILES = sorted(GAME.rglob("*.py"))


def test_the_resolver_sees_every_import_form(tmp_path):
    probe = tmp_path / "game" / "ui" / "scenes" / "probe.py"
    probe.parent.mkdir(parents=True)
    probe.write_text(
        "import game.records.store\nfrom .. import theme\nfrom ... import engine\n"
        "def later():\n    from ...scenario.model import Scenario\n",
        encoding="utf-8",
    )
    names = imported(probe, tmp_path)
    assert {"game.records.store", "game.ui.theme", "game.engine", "game.scenario.model"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(GAME)))
def test_lower_layers_do_not_import_higher_ones(path):
    mine = _top(path)
    assert mine in RANKS, f"game/{mine} has no layer: add it to RANKS and to docs/architecture.md"
    for name in imported(path):
        parts = name.split(".")
        if parts[0] != "game" or len(parts) < 2 or parts[1] == mine:
            continue
        other = parts[1]
        if other not in RANKS:
            continue  # a name imported from game/__init__.py, such as __version__
        assert RANKS[other] < RANKS[mine], (
            f"{path.relative_to(ROOT)} imports {name}: game/{mine} is below game/{other}"
        )


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(GAME)))
def test_only_the_ui_draws_and_only_content_parses_yaml(path):
    mine = _top(path)
    tops = {name.split(".")[0] for name in imported(path)}
    if mine not in PYGAME_ALLOWED:
        assert "pygame" not in tops, path
    if mine not in YAML_ALLOWED:
        assert "yaml" not in tops, path
