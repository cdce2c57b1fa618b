"""The game in a real X window (Xvfb), driven with xdotool as a person would: a key held for 1.5 s takes
one decision, and a double click on "Continuar" takes none. Skipped where Xvfb or xdotool is missing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game import paths
from game.records import Store
from game.records.errors import RecordsError

ROOT = Path(__file__).resolve().parents[2]
SIZE = (1280, 720)

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")), reason="needs Xvfb and xdotool"
)


@pytest.fixture
def display():
    """A virtual X screen of its own; its number as ":N"."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def xdotool(display, *args):
    subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display}, check=True, timeout=30)
    if os.environ.get("SHOTS"):
        shot = Path(os.environ["SHOTS"]) / f"{time.monotonic():.2f}-{'_'.join(args)[:30]}.png"
        subprocess.run(
            ["import", "-window", "root", str(shot)], env={**os.environ, "DISPLAY": display}, check=False
        )


def test_a_held_key_and_a_double_click_in_a_real_window(display, tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, "DISPLAY": display, "SDL_VIDEODRIVER": "x11", "SDL_AUDIODRIVER": "dummy"}
    game = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "game",
            "--data-dir",
            str(data),
            "play",
            "--size",
            f"{SIZE[0]}x{SIZE[1]}",
            str(paths.scenarios_dir() / "sala-de-espera.yaml"),
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        for _ in range(60):
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", ""],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if found.stdout.strip() or game.poll() is not None:
                break
            time.sleep(0.5)
        assert found.stdout.strip(), "no game window"
        window = found.stdout.split()[0]
        for _ in range(120):  # the attempt is recorded just before the first frame
            if decisions(data) is not None:
                break
            time.sleep(0.5)
        xdotool(display, "windowfocus", "--sync", window)
        time.sleep(3.0)  # the first moment is read
        xdotool(display, "keydown", "1")
        time.sleep(1.5)
        xdotool(display, "keyup", "1")
        time.sleep(2.5)  # the feedback is read
        xdotool(display, "keydown", "Return")  # "Continuar", held into the next moment
        time.sleep(1.5)
        xdotool(display, "keyup", "Return")
        time.sleep(2.5)
        xdotool(display, "keydown", "Return")  # the focused first choice
        time.sleep(1.5)
        xdotool(display, "keyup", "Return")
        time.sleep(2.5)
        box_w, box_h = int(SIZE[0] * 0.9), int(SIZE[1] * 0.88)  # where the feedback's "Continuar" sits
        right, bottom = (SIZE[0] + box_w) // 2 - 28, (SIZE[1] + box_h) // 2 - 22
        xdotool(
            display,
            "mousemove",
            str(right - 110),
            str(bottom - 20),
            "click",
            "--repeat",
            "2",
            "--delay",
            "80",
            "1",
        )
        time.sleep(2.0)
        after_double_click = decisions(data)
        xdotool(display, "key", "1")  # on the next moment, a plain press takes a decision
        time.sleep(1.0)
        after_a_press = decisions(data)
    finally:
        game.terminate()
        log = game.communicate(timeout=30)[0]
        print(log)
    assert after_double_click == 2, log  # one per held key; the double click's second click took none
    assert after_a_press == 3, log  # the first click did close the feedback: a moment was on screen


def decisions(data: Path) -> int | None:
    """The decisions of the game's attempt, None before it is recorded."""
    try:
        with Store.open(data, create=False) as store:
            found = store.attempts()
    except RecordsError:
        return None
    assert len(found) <= 1 and all(a.source == "bundled" for a in found)
    return found[0].decisions if found else None


def test_a_real_window_maps_no_opengl_and_stays_small(display, tmp_path):
    """SDL left to itself probes OpenGL once on Linux, mapping Mesa and LLVM (about 110 MB more resident
    on a PC without a graphics card); the game presents in software and must not pay for it."""
    env = {**os.environ, "DISPLAY": display, "SDL_VIDEODRIVER": "x11", "SDL_AUDIODRIVER": "dummy"}
    env.pop("SDL_FRAMEBUFFER_ACCELERATION", None)
    data = tmp_path / "data"
    game = subprocess.Popen(
        [sys.executable, "-m", "game", "--data-dir", str(data), "play", "--size", f"{SIZE[0]}x{SIZE[1]}"]
        + [str(paths.scenarios_dir() / "sala-de-espera.yaml")],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        for _ in range(120):  # the attempt is recorded just before the first frame
            if decisions(data) is not None or game.poll() is not None:
                break
            time.sleep(0.5)
        time.sleep(2.0)  # a few frames presented
        assert game.poll() is None
        maps = Path(f"/proc/{game.pid}/maps").read_text()
        status = Path(f"/proc/{game.pid}/status").read_text()
    finally:
        game.terminate()
        log = game.communicate(timeout=30)[0]
    assert decisions(data) == 0, log
    loaded = {line.split("/")[-1] for line in maps.splitlines() if "/" in line}
    assert not [lib for lib in loaded if lib.startswith(("libLLVM", "libGLX_mesa", "swrast_dri"))], loaded
    peak_kb = int(next(line for line in status.splitlines() if line.startswith("VmHWM")).split()[1])
    assert peak_kb < 150 * 1024, f"{peak_kb // 1024} MB resident at the first moment"
