"""Build the station app: one folder that runs without Python (PyInstaller, packaging/modo-ninez.spec).

    pip install -e ".[package]"
    python packaging/build.py                 # -> dist/modo-ninez/
    python packaging/build.py --check         # and start it headless: first frame, validate, figures

It builds for the platform it runs on: on Windows a folder with modo-ninez.exe, on Linux one with
modo-ninez. Nothing here is imported by the game.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "modo-ninez.spec"
NAME = "modo-ninez"


def build(dist: Path, work: Path, clean: bool = False) -> Path:
    """Run PyInstaller on the spec; returns the app folder (dist/modo-ninez)."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit('PyInstaller is missing: pip install -e ".[package]"') from None
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / NAME


def executable(app: Path, cli: bool = False) -> Path:
    """The game's executable in a built folder (`cli`: the one with a console, for commands)."""
    name = f"{NAME}-cli" if cli else NAME
    return app / (f"{name}.exe" if sys.platform == "win32" else name)


def folder_size(folder: Path) -> int:
    """Bytes of every file under a folder."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def headless_env(data: Path) -> dict[str, str]:
    """The environment for a headless run with its records in `data`."""
    env = dict(
        os.environ,
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="dummy",
        MODO_NINEZ_DATA_DIR=str(data),
        MODO_NINEZ_CONFIG=str(data / "config.toml"),
    )
    env.pop("MODO_NINEZ_ROOT", None)
    return env


def check(app: Path) -> int:
    """Start the built app headless: draw the title screen to a PNG, validate its own scenarios."""
    with tempfile.TemporaryDirectory() as tmp:
        env = headless_env(Path(tmp) / "data")
        png = Path(tmp) / "first-frame.png"
        started = time.perf_counter()
        subprocess.run([str(executable(app)), "play", "--first-frame", str(png)], check=True, env=env)
        seconds = time.perf_counter() - started
        print(f"first frame: {seconds:.2f} s ({png.stat().st_size} bytes of PNG)")
        validated = subprocess.run(
            [str(executable(app, cli=True)), "validate", str(app / "_internal" / "scenarios")],
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        print(
            "validate:", validated.stdout.strip().splitlines()[-1] if validated.stdout else validated.stderr
        )
    print(f"folder: {folder_size(app) / 2**20:.1f} MiB, {sum(1 for _ in app.rglob('*'))} files")
    return validated.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="where the app folder goes (default dist/)"
    )
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (default build/)"
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--check", action="store_true", help="then start the app headless and print figures")
    args = parser.parse_args(argv)
    app = build(args.dist.resolve(), args.work.resolve(), args.clean)
    print(f"built {app}")
    return check(app) if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
