"""UI figures on SDL's dummy driver: start to first frame beside a bare pygame-ce window and the command
line's start beside bare Python (same run, min and median of several), idle CPU while a choice waits,
the time to draw a frame at 1920x1080 while animating (drawing only, not presenting), and the peak
memory (resident set) at the title and after playing twelve scenarios in one process, in a real X window
(Xvfb) where it is installed.

Run: python benchmarks/bench_ui.py
"""

from __future__ import annotations

import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYTHONPATH": str(ROOT)}

FIRST_FRAME = """
import time, sys
t0 = time.perf_counter()
from game.ui.app import App
from game.ui.scenes.title import TitleScene
app = App(data_dir=sys.argv[1])
app.push(TitleScene(app))
app.step()
print(time.perf_counter() - t0)
app.close()
"""

BARE_WINDOW = """
import time, sys
t0 = time.perf_counter()
import pygame
pygame.display.init()
pygame.font.init()
screen = pygame.display.set_mode((1280, 720), pygame.RESIZABLE)
screen.fill((40, 40, 60))
pygame.display.flip()
print(time.perf_counter() - t0)
pygame.quit()
"""

IDLE = """
import sys, threading, time, pygame
from game.engine import Session
from game.ui.app import App
from game.ui.scenes.play import PlayScene
app = App(data_dir=sys.argv[1])
report = next(r for r in app.library if r.scenario)
scene = PlayScene(app, Session(report.scenario), None)
seconds = float(sys.argv[2])
def stop():
    time.sleep(1.0)                       # let the first frame and the fade-in finish
    start = time.process_time()
    time.sleep(seconds)
    print(time.process_time() - start, flush=True)
    pygame.event.post(pygame.event.Event(pygame.QUIT))
threading.Thread(target=stop, daemon=True).start()
app.run(scene)
"""

MEMORY = """
import resource, sys, pygame
from game.ui.app import App
from game.ui.pilot import Pilot
from game.ui.scenes.title import TitleScene
w, h = map(int, sys.argv[2].split("x"))
app = App(data_dir=sys.argv[1], size=(w, h))
app.push(TitleScene(app))
pilot = Pilot(app)
pilot.step()
def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("title", peak(), flush=True)
reports = [r for r in app.library if r.scenario][:12]
for number, report in enumerate(reports, start=1):
    app.flow.start(report.scenario.id)  # through the play service and the flow, as the window plays
    for _ in range(200):
        if type(pilot.scene).__name__ not in ("PlayScene", "FeedbackScene"):
            break
        pilot.press(pygame.K_1 if type(pilot.scene).__name__ == "PlayScene" else pygame.K_RETURN)
    assert type(pilot.scene).__name__ == "DebriefScene", pilot.scene
    print(number, peak(), flush=True)
    del app.stack[1:]
    app.stack[0].resume()
app.close()
"""


def first_frame(data: str, script: str = FIRST_FRAME) -> tuple[float, float]:
    """(seconds inside Python to the first frame, wall seconds for the whole process)."""
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", script, data], env=ENV, capture_output=True, text=True, check=True
    ).stdout
    wall = time.perf_counter() - start
    return float(out.strip().splitlines()[-1]), wall


def wall_seconds(*args: str) -> float:
    """Wall seconds of one process, from exec to exit."""
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], env=ENV, cwd=ROOT, capture_output=True, check=False)
    return time.perf_counter() - start


def start_up(data: str, runs: int = 5) -> None:
    """Print ours beside the bare baselines, interleaved run by run so both see the same machine."""
    ours, bare = [], []
    for _ in range(runs):
        ours.append(first_frame(data))
        bare.append(first_frame(data, BARE_WINDOW))
    for label, rows in (("title", ours), ("bare pygame-ce window", bare)):
        walls = [wall for _, wall in rows]
        print(
            f"first frame, {label}: min {min(walls):.3f} s, median {statistics.median(walls):.3f} s "
            f"(in the process: median {statistics.median(inside for inside, _ in rows):.3f} s)"
        )
    ratio = statistics.median(w for _, w in ours) / statistics.median(w for _, w in bare)
    print(f"first frame: title / bare window = {ratio:.2f}x (goal: at most 2x)")
    example = str(ROOT / "scenarios" / "sala-de-espera.yaml")
    commands = {
        "bare python": ["-c", "pass"],
        "--help": ["-m", "game", "--help"],
        "validate one bundled file": ["-m", "game", "validate", example],
    }
    times = {label: [wall_seconds(*args) for _ in range(runs)] for label, args in commands.items()}
    print(
        "command line, whole process: "
        + "; ".join(
            f"{label} min {min(t):.3f} s, median {statistics.median(t):.3f} s" for label, t in times.items()
        )
        + " (goals: --help under 0.25 s, validate under 0.4 s)"
    )


def idle_cpu(data: str, seconds: float = 5.0) -> float:
    """Share of one core the game uses while it waits for a choice."""
    out = subprocess.run(
        [sys.executable, "-c", IDLE, data, str(seconds)], env=ENV, capture_output=True, text=True, check=True
    ).stdout
    return float(out.strip().splitlines()[-1]) / seconds


def memory(data: str, size: str) -> list[tuple[str, float]]:
    """Peak resident MB at the title, then after each scenario played to its debrief: in a real X window
    (Xvfb) where Xvfb is installed, as a station shows it, else on SDL's dummy driver."""
    with x_display(size) as display:
        env = {**ENV, "DISPLAY": display, "SDL_VIDEODRIVER": "x11"} if display else ENV
        out = subprocess.run(
            [sys.executable, "-c", MEMORY, data, size], env=env, capture_output=True, text=True, check=True
        ).stdout
    rows = [line.split() for line in out.strip().splitlines()]
    return [
        (row[0], float(row[1])) for row in rows if len(row) == 2 and (row[0] == "title" or row[0].isdigit())
    ]


@contextlib.contextmanager
def x_display(size: str) -> Iterator[str | None]:
    """A virtual X screen of `size` for the run (its ":N"), or None where Xvfb is not installed."""
    if not shutil.which("Xvfb"):
        yield None
        return
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def frame_times(data: str, frames: int = 120) -> dict:
    """Milliseconds to draw play and feedback frames at 1920x1080 with the fade-in running."""
    os.environ.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    sys.path.insert(0, str(ROOT))
    from game.engine import Session
    from game.ui.app import App
    from game.ui.scenes.feedback import FeedbackScene
    from game.ui.scenes.play import PlayScene

    app = App(data_dir=data, size=(1920, 1080))
    report = next(r for r in app.library if r.scenario)
    session = Session(report.scenario)
    play = PlayScene(app, session, None)
    app.push(play)
    results = {}
    app.draw()  # art rendered and cached once, as in play
    times = []
    for _ in range(frames):
        play.fade = 0.0
        play.update(0.01)
        start = time.perf_counter()
        app.draw()
        times.append((time.perf_counter() - start) * 1000)
    results["play"] = times
    before = session.node.figure
    outcome = session.choose(1)
    feedback = FeedbackScene(app, session, outcome, before)
    app.push(feedback)
    app.draw()
    times = []
    for i in range(frames):
        feedback.appear = (i % 14) / 13  # the dialog fading in, as after every choice
        start = time.perf_counter()
        app.draw()
        times.append((time.perf_counter() - start) * 1000)
    results["feedback"] = times
    app.close()
    return {k: (statistics.mean(v), sorted(v)[int(len(v) * 0.95)]) for k, v in results.items()}


def main() -> None:
    """Print the figures."""
    with tempfile.TemporaryDirectory() as data:
        start_up(data)
        print(f"idle CPU while a choice waits: {idle_cpu(data) * 100:.2f} % of one core")
        for scene, (mean, p95) in frame_times(data).items():
            print(
                f"draw one {scene} frame at 1920x1080 while animating: mean {mean:.2f} ms, p95 {p95:.2f} ms"
            )
        for size in ("1024x600", "1920x1080"):
            marks = memory(data, size)
            where = "real X window, Xvfb" if shutil.which("Xvfb") else "SDL dummy driver"
            played = [mb for name, mb in marks if name != "title"]
            print(
                f"peak memory at {size} ({where}): title {marks[0][1]:.0f} MB, after {len(played)} scenarios "
                f"{played[-1]:.0f} MB (after each: {' '.join(f'{mb:.0f}' for mb in played)})"
            )


if __name__ == "__main__":
    main()
