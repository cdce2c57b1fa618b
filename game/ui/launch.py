"""Starting the game window."""

from __future__ import annotations

import logging
from pathlib import Path

from ..scenario import Scenario


def run_game(data_dir: str | None, size: tuple[int, int], language: str | None,
             scenario: Scenario | None = None, first_frame: Path | None = None,
             watch: Path | None = None, start_at: str | None = None) -> int:
    """Open the window on the title screen (or straight into one scenario) and run until closed.

    With `first_frame`, draw the first screen into that PNG file and close at once (a smoke test
    for installed and frozen builds). With `watch`, the file is played and reloaded when saved.
    """
    import pygame

    from .. import paths
    from ..engine import Session
    from .app import App
    from .scenes.play import PlayScene
    from .scenes.title import TitleScene

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not (paths.scenarios_dir() / "principles.yaml").is_file():
        print(f"modo-ninez: the bundled scenarios are not at {paths.scenarios_dir()}. Install the game from its "
              "folder with `pip install -e .`, or set MODO_NINEZ_ROOT to the folder holding scenarios/ and assets/.")
        return 1
    try:
        app = App(data_dir=data_dir, size=size, scenario_dirs=paths.scenario_folders())
    except pygame.error as exc:
        print(f"modo-ninez: cannot open a window ({exc}). On a PC without a screen, use "
              "`play --text SCENARIO` or `screenshots OUTDIR`.")
        return 1
    if language and language != app.language:
        app.set_prefs(app.prefs.with_(language=language))
    first = TitleScene(app)
    if watch is not None:
        from .watch import Watcher

        app.watcher = Watcher(app, watch, start_at)
        first = app.watcher.first_scene()
    elif scenario is not None:
        app.push(first)
        try:
            first = PlayScene(app, Session(scenario, app.language, start_at), None)
        except ValueError as exc:
            app.close()
            print(f"modo-ninez: {exc}")
            return 2
    if first_frame is not None:
        app.push(first)
        app.step()
        app.screenshot(first_frame)
        app.close()
        return 0
    app.run(first)
    return 0
