"""`python -m game screenshots OUTDIR`: every scene rendered headless, driven by the pilot."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def take_screenshots(outdir: Path, size: tuple[int, int], language: str = "es") -> list[Path]:
    """Play through the game with a throwaway profile and save one PNG per scene."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from .app import App
    from .pilot import Pilot
    from .scenes.title import TitleScene

    outdir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as data:
        app = App(data_dir=data, size=size)
        if app.language != language:
            app.set_prefs(app.prefs.with_(language=language))
        pilot = Pilot(app)
        app.push(TitleScene(app))
        pilot.step()

        def shot(name: str) -> None:
            path = outdir / f"{name}.png"
            app.screenshot(path)
            saved.append(path)

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
        pilot.press(pygame.K_RETURN)
        pilot.press(pygame.K_ESCAPE)
        shot("06-pause")
        pilot.click_on(app.t("Map of the scenario"))
        shot("07-map")
        pilot.press(pygame.K_ESCAPE)
        pilot.click_on(app.t("Settings"))
        shot("08-settings")
        pilot.press(pygame.K_ESCAPE, pygame.K_ESCAPE)
        while type(pilot.scene).__name__ == "PlayScene":
            pilot.press(pygame.K_1)
            pilot.press(pygame.K_RETURN)
        _settle(pilot)
        shot("09-debrief")
        pilot.click_on(app.t("Childhood Mode"))
        shot("10-replay")
        pilot.press(pygame.K_ESCAPE, pygame.K_ESCAPE)  # back to the scenario list, the attempt finished
        pilot.press(pygame.K_ESCAPE)
        player = app.player
        pilot.press(pygame.K_RETURN)
        pilot.click_on(player.nickname)
        first = next(w for w in pilot.scene.focus.widgets if getattr(w, "report", None) and w.report.scenario)
        pilot.click(first.rect.center)
        pilot.press(pygame.K_1)
        pilot.press(pygame.K_RETURN)
        pilot.press(pygame.K_ESCAPE)
        pilot.click_on(app.t("Leave the scenario"))
        pilot.press(pygame.K_ESCAPE)  # the scenario list, back to the title
        pilot.press(pygame.K_RETURN)
        pilot.click_on(player.nickname)
        shot("11-resume")
        app.close()
    return saved


def take_workshop_screenshots(outdir: Path, size: tuple[int, int], language: str = "es") -> list[Path]:
    """The facilitator's screens (setup, hub, the room voting, reveal, group debrief, scoreboard)."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from .app import App
    from .pilot import Pilot
    from .scenes.group_play import GroupPlayScene, VoteCard
    from .scenes.title import TitleScene

    outdir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as data:
        app = App(data_dir=data, size=size)
        if app.language != language:
            app.set_prefs(app.prefs.with_(language=language))
        pilot = Pilot(app)
        app.push(TitleScene(app))
        pilot.step()

        def shot(name: str) -> None:
            path = outdir / f"{name}.png"
            app.screenshot(path)
            saved.append(path)

        pilot.click_on(app.t("Workshop (facilitator)"))
        for text in ("Taller Modo Niñez", "Comisaría de Yarinacocha", "24", "Cóndor, Vicuña, Otorongo"):
            pilot.type(text)
            pilot.press(pygame.K_TAB)
        shot("w1-setup")
        pilot.click_on(app.t("Start the workshop"))
        pilot.click_on(app.t("Play a scenario"))
        pilot.click(pilot.scene.focus.widgets[0].rect.center)
        votes = [(7, 3, 11, 3), (2, 15, 4, 3)]
        step = 0
        while isinstance(pilot.scene, GroupPlayScene):
            cards = [w for w in pilot.scene.focus.widgets if isinstance(w, VoteCard)]
            for card, count in zip(cards, (9, 9, 2, 4) if step == 2 else votes[step % 2]):
                card.votes = count
            if step == 2:
                app.dirty = True
                _settle(pilot)
                shot("w2-votes")
                pilot.press(pygame.K_RETURN)  # a tie: the room votes again
                shot("w3-tie")
                app.clear_notices()
                cards[0].votes += 1
            pilot.press(pygame.K_RETURN)
            if step == 2:
                _settle(pilot)
                shot("w4-reveal")
            pilot.press(pygame.K_RETURN)
            step += 1
        _settle(pilot)
        shot("w5-group-debrief")
        pilot.click_on(app.t("Scoreboard"))
        shot("w6-scoreboard")
        pilot.press(pygame.K_ESCAPE)
        pilot.click_on(app.t("Workshop"))
        shot("w7-hub")
        app.close()
    return saved


def _settle(pilot) -> None:
    """Let short animations finish so the picture is the resting frame."""
    for _ in range(40):
        if not pilot.app.stack[-1].update(0.05):
            break
    pilot.app.dirty = True
    pilot.step()
