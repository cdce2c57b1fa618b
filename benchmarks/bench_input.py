"""Decisions taken by a held key and by a double click, counted in the records, in real time on SDL's
dummy driver. The events are those a keyboard sends while a key is held (a press, repeats every 40 ms
after 400 ms, a release) and those of a double click (two clicks 80 ms apart).

Run: python benchmarks/bench_input.py [ROOT]   (ROOT: another checkout of the game to compare with)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent).resolve()
ENV = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYTHONPATH": str(ROOT)}

MEASURE = r"""
import sys, time
import pygame
from game.ui.app import App
from game.ui.scenes.title import TitleScene

app = App(data_dir=sys.argv[1])
app.push(TitleScene(app))
app.player = app.store.create_player("Medida")

def begin():
    while len(app.stack) > 1:
        app.pop()
    if hasattr(app, "flow"):
        app.flow.start("sala-de-espera")
    else:                               # before the play service
        from game.engine import Session
        from game.ui.scenes.play import PlayScene
        report = next(r for r in app.library if r.scenario and r.scenario.id == "sala-de-espera")
        session = Session(report.scenario, app.language)
        app.push(PlayScene(app, session, app.store.start_attempt(app.player.id, session)))

begin()

def run(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.step()
        time.sleep(0.01)

def decisions():
    return sum(a.decisions for a in app.store.history(app.player.id))

def post(kind, **fields):
    pygame.event.post(pygame.event.Event(kind, **fields))

def hold(key, seconds):
    post(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0)
    run(0.4)
    held = 0.4
    while held < seconds:
        post(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0)
        run(0.04)
        held += 0.04
    post(pygame.KEYUP, key=key, mod=0, unicode="", scancode=0)
    run(0.1)

def double_click(pos):
    for _ in range(2):
        post(pygame.MOUSEBUTTONDOWN, pos=pos, button=1)
        post(pygame.MOUSEBUTTONUP, pos=pos, button=1)
        run(0.08)

def top():
    return type(app.stack[-1]).__name__

def continue_button():
    return next(w for w in app.stack[-1].focus.widgets if w.label in ("Continuar", "Continue")).rect.center

def tap(key):
    post(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0)
    post(pygame.KEYUP, key=key, mod=0, unicode="", scancode=0)
    run(1.5)

def next_moment():
    while top() != "PlayScene":
        if top() != "FeedbackScene":    # the held keys played to the end: a fresh attempt
            begin()
        else:
            tap(pygame.K_RETURN)
    run(1.5)

figures = []
run(1.5)
for name, key in (("held 1", pygame.K_1), ("held Enter", pygame.K_RETURN)):
    next_moment()
    before = decisions()
    hold(key, 1.5)
    figures.append((name + " 1.5 s", decisions() - before))
    run(1.5)
for name in ("double click on a choice", "double click on Continuar"):
    next_moment()
    before = decisions()
    if name.endswith("choice"):
        double_click(app.stack[-1].focus.widgets[0].rect.center)
    else:
        tap(pygame.K_1)
        before = decisions()
        double_click(continue_button())
    run(0.5)
    figures.append((name, decisions() - before))
for name, count in figures:
    print(f"{name:<28} {count} decision(s) recorded")
app.close()
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as data:
        result = subprocess.run(
            [sys.executable, "-c", MEASURE, data],
            env=ENV,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    print(f"input figures of {ROOT}")
    print(result.stdout.strip() or result.stderr[-2000:])


if __name__ == "__main__":
    main()
