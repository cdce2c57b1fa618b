"""Live authoring: `play FILE --watch` reloads the scenario whenever it is saved. Problems are shown
on screen (never a crash); once fixed, play continues on the same path where its states still exist."""

from __future__ import annotations

import time
from pathlib import Path

from ..engine import Session
from ..play import Attempt, PlayService
from ..scenario import Report, validate
from .scenes.play import PlayScene
from .scenes.problems import ProblemsScene

CHECK_EVERY = 0.5


class Watcher:
    """Polls one scenario file's modification time and applies each saved version to the game."""

    def __init__(self, app, path: Path, start: str | None = None):
        self.app, self.path, self.start = app, Path(path), start
        self.stamp = self._stamp()
        self.next_check = 0.0

    def first_scene(self):
        """The scene to open with: the scenario at its start (or --start-at), or its problems."""
        report = validate(self.path, self.app.catalog)
        if report.scenario is None:
            return ProblemsScene(self.app, report)
        return PlayScene(self.app, self._attempt(report, self._session(report.scenario)))

    def poll(self) -> None:
        """Reload if the file changed since the last look (at most every half second)."""
        now = time.monotonic()
        if now < self.next_check:
            return
        self.next_check = now + CHECK_EVERY
        stamp = self._stamp()
        if stamp != self.stamp:
            self.stamp = stamp
            self.reload()

    def reload(self) -> None:
        """Validate the file again and show the problems, or continue playing the new version."""
        report = validate(self.path, self.app.catalog)
        stack = self.app.stack
        if report.scenario is None:
            if stack and isinstance(stack[-1], ProblemsScene):
                self.app.replace(ProblemsScene(self.app, report))
            else:
                self.app.push(ProblemsScene(self.app, report))
            return
        while len(stack) > 1 and not isinstance(stack[-1], PlayScene):
            self.app.pop()
        old = stack[-1].session if stack and isinstance(stack[-1], PlayScene) else None
        steps = [(s.state, s.choice) for s in old.history] if old else []
        session, kept = Session.follow(report.scenario, steps, self.app.language, self.start)
        self.app.replace(PlayScene(self.app, self._attempt(report, session)))
        if kept < len(steps):
            self.app.notify(
                self.app.t("Reloaded. The path changed: play restarted at “{state}”.").format(
                    state=session.state_id
                )
            )
        else:
            self.app.notify(self.app.t("Reloaded: {file}").format(file=self.path.name))

    def _attempt(self, report: Report, session: Session) -> Attempt:
        """A draft's play: through the play service, never recorded."""
        return Attempt(PlayService([report], None, self.app.catalog), session, None)

    def _session(self, scenario) -> Session:
        start = self.start if self.start in scenario.states else None
        if self.start and start is None:
            self.app.notify(
                self.app.t("There is no state “{state}”; starting at the beginning.").format(state=self.start)
            )
        return Session(scenario, self.app.language, start)

    def _stamp(self) -> tuple[float, int] | None:
        try:
            info = self.path.stat()
        except OSError:
            return None
        return info.st_mtime, info.st_size
