"""What comes next: screens hand back a result when they close (Textual's dismiss) and the flow
decides the following screen, so no screen names its successor and none imports another's caller."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..play import Attempt
from ..records.errors import RecordsError
from ..records.model import Workshop
from ..workshop import GroupRun
from .scenes.debrief import DebriefScene
from .scenes.group_debrief import GroupDebriefScene
from .scenes.group_play import GroupPlayScene
from .scenes.play import PlayScene

if TYPE_CHECKING:
    from .app import App


class Flow:
    """Starts, resumes and follows attempts through play, debrief and play again."""

    def __init__(self, app: App):
        self.app = app

    def start(self, scenario_id: str, start_at: str | None = None) -> bool:
        """Begin a scenario as the current player (the guest when none); False if it could not start."""
        player = self.app.player.id if self.app.player else None
        try:
            attempt = self.app.play.start(scenario_id, self.app.language, player, start_at=start_at)
        except (KeyError, ValueError) as exc:
            self.app.notify(str(exc))
            return False
        self.play(attempt)
        return True

    def resume(self, attempt_id: int) -> None:
        """Continue an unfinished attempt where it was; told to the player when it cannot be."""
        try:
            attempt = self.app.play.resume(attempt_id, self.app.language)
        except RecordsError as exc:
            self.app.records_problem(exc)
            self.app.play.discard(attempt_id)
            return
        self.play(attempt)

    def play(self, attempt: Attempt) -> None:
        """Show an attempt's moments, then its debrief."""
        self.app.push(PlayScene(self.app, attempt), on_result=lambda result: self._played(attempt, result))

    def _played(self, attempt: Attempt, result: object) -> None:
        if result == "finished":
            self.app.push(
                DebriefScene(self.app, attempt), on_result=lambda again: self._debriefed(attempt, again)
            )

    def _debriefed(self, attempt: Attempt, result: object) -> None:
        if result == "again":
            self.start(attempt.scenario.id)

    def group(self, workshop: Workshop, run: GroupRun) -> None:
        """A run played by the room, then the room's debrief."""

        def played(result: object) -> None:
            if result == "finished":
                self.app.push(GroupDebriefScene(self.app, workshop, run))

        self.app.push(GroupPlayScene(self.app, workshop, run), on_result=played)
