"""`python -m game screenshots OUTDIR`: every scene rendered headless, driven by the pilot."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame

from .app import App
from .pilot import Pilot
from .scenes.group_play import GroupPlayScene, VoteCard
from .scenes.title import TitleScene

Visit = Callable[[App, str], None]


class _Camera:
    """A throwaway game on the title screen, and a shot() that saves the current frame (or hands
    the screen to `visit`, which the layout tests use to check every screen)."""

    def __init__(self, app: App, outdir: Path, visit: Visit | None = None):
        self.app, self.pilot, self.outdir, self.visit = app, Pilot(app), outdir, visit
        self.saved: list[Path] = []

    def shot(self, name: str) -> None:
        if self.visit is not None:
            self.visit(self.app, name)
            return
        path = self.outdir / f"{name}.png"
        self.app.screenshot(path)
        self.saved.append(path)


@contextmanager
def _camera(
    outdir: Path,
    size: tuple[int, int],
    language: str,
    text_size: int | None,
    high_contrast: bool,
    visit: Visit | None,
) -> Iterator[_Camera]:
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data:
        app = App(data_dir=data, size=size)
        look = app.prefs.with_(
            language=language,
            high_contrast=high_contrast,
            text_size=app.prefs.text_size if text_size is None else text_size,
        )
        if look != app.prefs:
            app.set_prefs(look)
        app.push(TitleScene(app))
        camera = _Camera(app, outdir, visit)
        camera.pilot.step()
        yield camera
        app.close()


def take_screenshots(
    outdir: Path,
    size: tuple[int, int],
    language: str = "es",
    text_size: int | None = None,
    high_contrast: bool = False,
    visit: Visit | None = None,
) -> list[Path]:
    """Play through the game with a throwaway profile and save one PNG per scene (text size an
    index into the four settings; the player's default when None)."""
    with _camera(outdir, size, language, text_size, high_contrast, visit) as camera:
        app, pilot, shot = camera.app, camera.pilot, camera.shot
        shot("01-title")
        pilot.press(pygame.K_RETURN)  # Play
        pilot.type("Carmen")
        pilot.press(pygame.K_TAB)
        pilot.type("31245")
        pilot.press(pygame.K_TAB)
        pilot.type("Comisaría de Yarinacocha")
        shot("02-player")
        pilot.click_on(app.t("Create and continue"))
        shot("03-scenarios")
        first = next(w for w in pilot.scene.focus.widgets if getattr(w, "report", None) and w.report.scenario)
        pilot.click(first.rect.center)
        _settle(pilot)
        shot("04-play")
        pilot.press(pygame.K_2)
        _settle(pilot)
        shot("05-feedback")
        _read_on(pilot)
        pilot.press(pygame.K_ESCAPE)
        shot("06-pause")
        pilot.click_on(app.t("Your path so far"))
        shot("07-map")
        pilot.press(pygame.K_ESCAPE)
        pilot.click_on(app.t("Settings"))
        shot("08-settings")
        pilot.press(pygame.K_ESCAPE, pygame.K_ESCAPE)
        turn = 0
        while type(pilot.scene).__name__ == "PlayScene":
            pilot.press(pygame.K_1 + _pick(pilot.scene.session, worst=turn % 3 == 2) - 1)
            _read_on(pilot)
            turn += 1
        _settle(pilot)
        shot("09-debrief")
        pilot.click_on(app.t("Childhood Mode"))
        shot("10-replay")
        pilot.press(pygame.K_ESCAPE, pygame.K_ESCAPE)  # back to the scenario list, the attempt finished
        pilot.press(pygame.K_ESCAPE)
        player = app.player
        assert player is not None, "the tour plays as a chosen player"
        pilot.press(pygame.K_RETURN)
        pilot.click_on(player.nickname)
        first = next(w for w in pilot.scene.focus.widgets if getattr(w, "report", None) and w.report.scenario)
        pilot.click(first.rect.center)
        pilot.press(pygame.K_1)
        _read_on(pilot)
        pilot.press(pygame.K_ESCAPE)
        pilot.click_on(app.t("Leave the scenario"))
        pilot.press(pygame.K_ESCAPE)  # the scenario list, back to the title
        pilot.press(pygame.K_RETURN)
        pilot.click_on(player.nickname)
        shot("11-resume")
        pilot.press(pygame.K_ESCAPE, pygame.K_ESCAPE)  # back to the title
        pilot.click_on(app.t("For trainers"))
        pilot.press(pygame.K_RETURN)
        shot("12-trainer")
        pilot.click_on(app.t("What officers chose"))
        shot("13-stats")
    return camera.saved


def take_workshop_screenshots(
    outdir: Path,
    size: tuple[int, int],
    language: str = "es",
    text_size: int | None = None,
    high_contrast: bool = False,
    visit: Visit | None = None,
) -> list[Path]:
    """The facilitator's screens (setup, hub, the room voting, reveal, group debrief, scoreboard)."""
    with _camera(outdir, size, language, text_size, high_contrast, visit) as camera:
        app, pilot, shot = camera.app, camera.pilot, camera.shot
        pilot.click_on(app.t("Workshop (facilitator)"))
        for text in ("Taller Modo Niñez", "Comisaría de Yarinacocha", "24", "Cóndor, Vicuña, Otorongo"):
            pilot.type(text)
            pilot.press(pygame.K_TAB)
        shot("w1-setup")
        pilot.click_on(app.t("Start the workshop"))
        pilot.click_on(app.t("Play a scenario"))
        pilot.click(pilot.scene.focus.widgets[0].rect.center)
        votes = [(7, 3, 9, 3), (2, 8, 4, 3)]
        step = 0

        def vote(counts) -> None:
            """Type each option's votes as the facilitator does: focus its card, press the digit."""
            cards = [w for w in pilot.scene.focus.widgets if isinstance(w, VoteCard)]
            for card, count in zip(cards, counts, strict=False):
                pilot.scene.focus.focus(card)
                pilot.press(pygame.K_0 + count)

        while isinstance(pilot.scene, GroupPlayScene) and step < 40:
            if step == 2:
                vote((5, 5, 2, 4))
                _settle(pilot)
                shot("w2-votes")
                pilot.press(pygame.K_r)  # a tie: the room votes again
                shot("w3-tie")
                pilot.press(pygame.K_RETURN)  # "Votar de nuevo" closes the tie panel
                vote((6,))
            else:
                vote(votes[step % 2])
            pilot.press(pygame.K_r)  # Revelar
            if step == 2:
                _settle(pilot)
                shot("w4-reveal")
            _read_on(pilot)
            step += 1
        _settle(pilot)
        shot("w5-group-debrief")
        pilot.click_on(app.t("Scoreboard"))
        shot("w6-scoreboard")
        pilot.press(pygame.K_ESCAPE)
        pilot.click_on(app.t("Workshop"))
        shot("w7-hub")
    return camera.saved


def _pick(session, worst: bool) -> int:
    """The number of the best-scoring option (or the worst), so the debrief shows a telling mix."""
    state = session.scenario.states[session.state_id]
    totals = {o.number: sum(state.choice(o.id).score.values()) for o in session.choices}
    return (min if worst else max)(totals, key=totals.__getitem__)


def _read_on(pilot) -> None:
    """Press Enter through the feedback (every page of it) back to the scenario."""
    from .scenes.feedback import FeedbackScene

    for _ in range(20):
        if not isinstance(pilot.scene, FeedbackScene):
            return
        pilot.press(pygame.K_RETURN)


def _settle(pilot) -> None:
    """Let short animations finish so the picture is the resting frame."""
    for _ in range(40):
        if not pilot.app.stack[-1].update(0.05):
            break
    pilot.app.dirty = True
    pilot.step()
