"""Facilitator mode, the workshop's home: pre-test, scenarios, post-test, scoreboard, report."""

from __future__ import annotations

from pathlib import Path

import pygame

from ...records.workshops import Workshops
from ...workshop import start_run
from ...workshop.export import load_summary
from ...workshop.report import write_csv, write_html
from .. import draw, layout
from ..scene import Scene
from ..widgets import Button
from .catalog import CatalogScene
from .confirm import ConfirmScene
from .group_debrief import ScoreboardScene


class WorkshopHubScene(Scene):
    """Where the facilitator returns between scenarios."""

    def __init__(self, app, workshop):
        super().__init__(app)
        self.workshop = workshop
        self.played = []

    def layout(self, size):
        _ = self.app.t
        w, h = size
        m = layout.margin(size)
        row_h = layout.control_height(self.app.typo)
        top = m + self.app.typo.line_height("title", True) + self.app.typo.line_height("body") + m // 2
        area = pygame.Rect(m, top, int(w * 0.38), h - top - m)
        gap = max(6, min(12, (area.height - 6 * row_h) // 5))
        rects = layout.column(area, [row_h] * 6, gap)
        self.runs_box = pygame.Rect(area.right + m, area.top, w - area.right - 2 * m, h - area.top - m)
        widgets = [
            Button(rects[0], _("Pre-test"), lambda: self.pick("pre")),
            Button(rects[1], _("Play a scenario"), lambda: self.pick("main"), primary=True, symbol="▶"),
            Button(rects[2], _("Post-test"), lambda: self.pick("post")),
        ]
        if self.workshop.teams:
            widgets.append(Button(rects[3], _("Scoreboard"), self.scoreboard))
        widgets += [
            Button(rects[4], _("Save the report"), self.report),
            Button(rects[5], _("Finish the workshop"), self.finish),
        ]
        self.focus.set(widgets)
        self.resume()

    def resume(self):
        """Read the runs again: a scenario may have been played since."""
        self.played = self.app.record(Workshops(self.app.store).runs, self.workshop) or []

    def pick(self, kind):
        headings = {
            "pre": self.app.t("Choose the pre-test"),
            "main": self.app.t("Choose a scenario for the room"),
            "post": self.app.t("Choose the post-test (another scenario, same difficulty)"),
        }
        self.app.push(
            CatalogScene(self.app, on_pick=lambda scenario: self.play(scenario, kind), heading=headings[kind])
        )

    def play(self, scenario, kind):
        run = start_run(self.app.play, self.workshop, scenario.id, kind, self.app.language)
        if run.attempt.id is None:
            return  # the records refused it (already told)
        self.app.flow.group(self.workshop, run)

    def scoreboard(self):
        self.app.push(ScoreboardScene(self.app, self.workshop))

    def report(self):
        summary = self.app.record(load_summary, self.app.store, self.workshop.id, self.app.language)
        if summary is None:
            return
        folder = Path(self.app.store.path).parent / "reports"
        path = folder / f"taller-{self.workshop.id}.html"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with open(path, "w", encoding="utf-8") as out:
                write_html(summary, self.app.catalog.principles, out, self.app.language)
            with open(path.with_suffix(".csv"), "w", encoding="utf-8-sig", newline="") as out:
                write_csv(summary, out)
        except OSError as exc:
            self.app.notify(self.app.t("The report could not be saved: {reason}").format(reason=exc.strerror))
            return
        _ = self.app.t
        self.app.push(
            ConfirmScene(
                self.app,
                _("Report saved"),
                _("Report saved: {path} (and the votes as CSV beside it)").format(path=path),
                [(_("OK"), None)],
            )
        )

    def finish(self):
        """Ask before closing the workshop: what was played stays in the records."""
        _ = self.app.t
        self.app.push(
            ConfirmScene(
                self.app,
                _("Finish the workshop?"),
                _("The runs played and their votes stay saved; save the report first if you need it."),
                [(_("Finish"), True), (_("Stay"), False)],
            ),
            on_result=lambda done: self.app.pop() if done else None,
        )

    def back(self):
        self.finish()

    def speech(self):
        return self.workshop.name

    def draw(self, surface):
        app, theme, typo = self.app, self.app.theme, self.app.typo
        m = layout.margin(surface.get_size())
        surface.blit(typo.render(self.workshop.name, theme.text, "title", bold=True), (m, m))
        facts = [self.workshop.place or "", app.t("{n} officers").format(n=self.workshop.participants)]
        if self.workshop.teams:
            facts.append(app.t("Teams: {names}").format(names=", ".join(self.workshop.teams)))
        line = typo.render(" · ".join(f for f in facts if f), theme.muted, "body")
        surface.blit(line, (m, m + typo.line_height("title", True)))
        draw.panel(surface, self.runs_box, theme)
        surface.blit(
            typo.render(app.t("Played so far"), theme.text, "large", bold=True),
            (self.runs_box.left + 20, self.runs_box.top + 14),
        )
        y = self.runs_box.top + typo.px("large") * 2 + 10
        kinds = {"pre": app.t("Pre-test"), "main": app.t("Scenario"), "post": app.t("Post-test")}
        titles = {r.scenario.id: r.scenario.title.get(app.language) for r in app.library if r.scenario}
        for run in self.played:
            share = f" · {run.attempt.share:.0%}" if run.attempt.share is not None else ""
            text = f"{kinds[run.kind]}: {titles.get(run.attempt.scenario_id, run.attempt.scenario_id)}{share}"
            row = typo.render(text, theme.text, "body", width=self.runs_box.width - 40)
            if y + row.get_height() > self.runs_box.bottom - 10:
                break
            surface.blit(row, (self.runs_box.left + 20, y))
            y += row.get_height() + 8
        super().draw(surface)
