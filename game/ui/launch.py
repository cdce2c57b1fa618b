"""Starting the game window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import translator
from ..scenario import messages

if TYPE_CHECKING:
    from .scene import Scene

# SDL's drivers that draw into memory: chosen on purpose for tests and screenshots, but when SDL falls
# back to one by itself the window would run invisibly for ever.
INVISIBLE_DRIVERS = ("offscreen", "dummy")


def run_game(
    data_dir: str | None,
    size: tuple[int, int],
    language: str | None,
    scenario: Path | None = None,
    first_frame: Path | None = None,
    watch: Path | None = None,
    start_at: str | None = None,
    record: bool = True,
) -> int:
    """Open the window on the title screen (or straight into one scenario file) and run until closed.

    With `first_frame`, draw the first screen into that PNG file and close at once (a smoke test
    for installed and frozen builds). With `watch`, the file is played and reloaded when saved.
    A `language` given here shows this run in it without changing the saved preference.
    """
    import pygame

    from .. import paths
    from ..play import PlayService
    from ..scenario import validate
    from .app import App
    from .scenes.title import TitleScene

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    _ = translator(language or messages.language())
    if not (paths.scenarios_dir() / "principles.yaml").is_file():
        return _fail(
            _(
                "The bundled scenarios are not at {folder}. Reinstall the game, or set MODO_NINEZ_ROOT "
                "to the folder holding scenarios/ and assets/."
            ).format(folder=paths.scenarios_dir())
        )
    no_window = _(
        "No screen to open the game's window on ({reason}). On a PC without a screen, use "
        "`play --text SCENARIO` or `screenshots OUTDIR`."
    )
    if first_frame is None and (driver := _invisible_driver()):
        return _fail(
            no_window.format(reason=_("only SDL's '{driver}' driver is available").format(driver=driver))
        )
    try:
        app = App(data_dir=data_dir, size=size, scenario_dirs=paths.scenario_folders())
    except pygame.error as exc:
        return _fail(no_window.format(reason=exc))
    if language and language != app.language:
        app.use_language(language)
    title = TitleScene(app)
    first: Scene | None = title
    if watch is not None:
        from .watch import Watcher

        app.watcher = Watcher(app, watch, start_at)
        first = app.watcher.first_scene()
    elif scenario is not None:
        report = validate(scenario, app.catalog)
        if report.scenario is None:
            app.close()
            print("\n".join(map(str, report.problems)), file=sys.stderr)
            return 1
        if start_at and start_at not in report.scenario.states:
            app.close()
            print(f"modo-ninez: there is no state {start_at!r} in {scenario}", file=sys.stderr)
            return 2
        app.push(title)  # leaving the scenario lands on the title
        app.play = PlayService([*app.library, report], app.store, app.catalog, on_error=app.records_problem)
        app.flow.play(app.play.start(report.scenario.id, app.language, start_at=start_at, record=record))
        first = None
    if first_frame is not None:
        if first is not None:
            app.push(first)
        app.step()
        app.screenshot(first_frame)
        app.close()
        return 0
    app.run(first)
    return 0


def _invisible_driver() -> str | None:
    """The driver's name when SDL fell back to one that shows nothing although nobody asked for it."""
    import pygame

    try:
        pygame.display.init()
    except pygame.error:
        return None  # App reports it with SDL's own reason
    driver = pygame.display.get_driver()
    if driver in INVISIBLE_DRIVERS and os.environ.get("SDL_VIDEODRIVER", "").lower() != driver:
        pygame.display.quit()
        return driver
    return None


def _fail(message: str) -> int:
    """Say why the game cannot start, in one line on standard error; exit code 1."""
    print(f"modo-ninez: {message}", file=sys.stderr)
    return 1
