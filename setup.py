"""The package layout: the code in `game/`, and the bundled content kept at the top of the checkout
(`scenarios/`, `assets/`, `schema/`, where authors edit it) shipped inside the wheel as
`game/bundled/<folder>`, found at run time through `importlib.resources` (see game/paths.py)."""

from pathlib import Path

from setuptools import find_packages, setup

CONTENT = ("scenarios", "assets", "schema")
SKIP = {"src", "__pycache__"}  # assets/src holds the art's generator scripts, not the art


def content_packages() -> dict[str, str]:
    """Every content folder (and sub-folder) as a data package under game.bundled."""
    found = {}
    for top in CONTENT:
        for folder in [Path(top), *sorted(p for p in Path(top).rglob("*") if p.is_dir())]:
            if SKIP.isdisjoint(folder.parts):
                found["game.bundled." + ".".join(folder.parts)] = folder.as_posix()
    return found


BUNDLED = content_packages()
DATA = ["*.yaml", "*.json", "*.md", "*.txt", "*.svg", "*.ttf"]

setup(
    packages=[*find_packages(include=["game", "game.*"]), *BUNDLED],
    package_dir={"game": "game", **BUNDLED},
    package_data={
        "game": ["i18n/locale/*/LC_MESSAGES/*.mo", "workshop/templates/*.html"],
        **{name: DATA for name in BUNDLED},
    },
)
