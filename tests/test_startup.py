"""Start-up failures a user can meet say what to do, in one line, and exit 1: never an invisible window."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run_without_display(lang: str) -> tuple[subprocess.CompletedProcess, float]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER")}
    env["MODO_NINEZ_LANG"] = lang
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "game"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    return done, time.monotonic() - started


def test_no_display_is_said_and_ends_the_program():
    done, seconds = _run_without_display("en")
    assert done.returncode == 1
    assert seconds < 10
    assert "No screen to open the game's window on" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_message_speaks_spanish_on_a_spanish_system():
    done, _ = _run_without_display("es")
    assert done.returncode == 1
    assert "No hay pantalla donde abrir la ventana del juego" in done.stderr
