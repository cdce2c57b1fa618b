"""Fuzz validate's promise at scale: thousands of mutants of the bundled scenarios, each validated; every
one validate accepts is played (a walk per language) and drawn headless (the real game, driven by the
pilot). Prints the counts and the time; an exception is a bug. Usage: bench_fuzz.py [CASES] [SEED]
(default 3000 cases, seed 7; `--no-draw` validates and plays only)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from scenario_fuzz import run  # noqa: E402


def main(argv: list[str]) -> None:
    draw = "--no-draw" not in argv
    numbers = [int(a) for a in argv if a.isdigit()]
    cases, seed = (numbers + [3000, 7][len(numbers) :])[:2]
    with tempfile.TemporaryDirectory() as tmp:
        app = pilot = None
        if draw:
            from game.ui.app import App
            from game.ui.pilot import Pilot
            from game.ui.scenes.title import TitleScene

            app = App(data_dir=str(Path(tmp) / "data"), size=(1024, 600))
            app.push(TitleScene(app))
            pilot = Pilot(app)
        began = time.perf_counter()
        counts = run(cases, seed, Path(tmp), app, pilot)
        print(f"{counts} in {time.perf_counter() - began:.0f} s (seed {seed})")
        print("mutations:", ", ".join(f"{k} {v}" for k, v in sorted(counts.kinds.items())))
        if app is not None:
            app.close()


if __name__ == "__main__":
    main(sys.argv[1:])
