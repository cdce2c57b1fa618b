"""The station app: build it with PyInstaller once per session, then run the built executables
headless, as a trainer's PC would, with no Python of ours involved.

Slow (the build takes from ten seconds to a few minutes), but part of `.ci/run`.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import MINIMAL

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("modo_ninez_build", ROOT / "packaging" / "build.py")
packaging_build = importlib.util.module_from_spec(_spec)  # packaging/build.py, under a name of its own
_spec.loader.exec_module(packaging_build)

pytestmark = pytest.mark.slow

BUNDLED = sorted(p.name for p in (ROOT / "scenarios").glob("*.yaml"))


@pytest.fixture(scope="session")
def app(tmp_path_factory) -> Path:
    """The app folder: $MODO_NINEZ_STATION_APP when a build step already made it (one build per CI run),
    else built once per test session into a temporary folder."""
    prebuilt = os.environ.get("MODO_NINEZ_STATION_APP")
    if prebuilt:
        return Path(prebuilt).resolve()
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip('PyInstaller is not installed (pip install -e ".[package]")')
    out = tmp_path_factory.mktemp("station-app")
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"the build failed:\n{result.stdout}\n{result.stderr[-6000:]}"
    folder = out / "dist" / "modo-ninez"
    print(
        f"\nbuilt {folder} in {time.perf_counter() - started:.1f} s, "
        f"{packaging_build.folder_size(folder) / 2**20:.1f} MiB"
    )
    return folder


@pytest.fixture
def home(tmp_path) -> dict[str, str]:
    """The environment of a station PC's user: a fresh home with its own data and config folders."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MODO_NINEZ_")}
    env.update(
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="dummy",
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "home" / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / "config"),
        LOCALAPPDATA=str(tmp_path / "home" / "AppData" / "Local"),
        APPDATA=str(tmp_path / "home" / "AppData" / "Roaming"),
    )
    (tmp_path / "home").mkdir()
    return env


def run(
    executable: Path, *args: str, env: dict[str, str], cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(executable), *args],
        env=env,
        cwd=cwd or executable.parent,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def pixels(png: Path) -> bytes:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    return pygame.image.tobytes(pygame.image.load(str(png)), "RGB")


def assert_not_blank(png: Path) -> None:
    assert png.is_file() and png.stat().st_size > 0, f"no PNG at {png}"
    data = pixels(png)
    colours = {data[i : i + 3] for i in range(0, len(data), 3 * 97)}
    assert len(colours) > 50, f"{png} looks blank ({len(colours)} colours)"


def source_frame(tmp_path: Path, name: str, *args: str) -> Path:
    """The same first frame drawn by the checkout (`python -m game`), to compare the bundle with."""
    png = tmp_path / f"{name}-source.png"
    env = dict(
        os.environ,
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="dummy",
        MODO_NINEZ_DATA_DIR=str(tmp_path / f"{name}-source-data"),
    )
    env.pop("MODO_NINEZ_ROOT", None)
    result = subprocess.run(
        [sys.executable, "-m", "game", "play", "--first-frame", str(png), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return png


def assert_same_picture(frozen: Path, source: Path) -> None:
    a, b = pixels(frozen), pixels(source)
    assert len(a) == len(b)
    differing = sum(a[i : i + 3] != b[i : i + 3] for i in range(0, len(a), 3))
    assert differing / (len(a) // 3) < 0.01, f"{frozen} differs from {source} in {differing} pixels"


def files_under(folder: Path) -> set[Path]:
    return {p.relative_to(folder) for p in folder.rglob("*")}


def test_the_bundle_holds_the_game_data_and_not_the_art_sources(app):
    data = app / "_internal"
    assert sorted(p.name for p in (data / "scenarios").glob("*.yaml")) == BUNDLED
    assert "principles.yaml" in BUNDLED
    assert (data / "assets" / "manifest.yaml").is_file()
    assert len(list((data / "assets" / "portraits").glob("*/*.svg"))) == 72
    assert {p.name for p in (data / "assets" / "fonts").iterdir()} >= {
        "Andika-Regular.ttf",
        "Andika-Bold.ttf",
        "NotoSansSymbols2-Subset.ttf",
        "OFL.txt",
        "OFL-NotoSansSymbols2.txt",
    }
    assert (data / "assets" / "icons" / "app.svg").is_file()
    assert (data / "assets" / "backgrounds" / "waiting_room.svg").is_file()
    assert not (data / "assets" / "src").exists()
    assert (data / "schema" / "scenario.schema.json").is_file()
    assert (data / "game" / "i18n" / "locale" / "es" / "LC_MESSAGES" / "modo_ninez.mo").is_file()
    assert not (data / "hypothesis").exists()
    assert (app / "scenarios" / "LEEME.txt").is_file()
    assert (app / "guia-autores.md").is_file() and (app / "authoring-guide.md").is_file()
    model = next(name for name in BUNDLED if name != "principles.yaml")
    modeline = (data / "scenarios" / model).read_text(encoding="utf-8").splitlines()[0].split("$schema=")[1]
    assert (app / "scenarios" / modeline).resolve().is_file()  # a bundled file copied there as a model
    assert packaging_build.executable(app).is_file() and packaging_build.executable(app, cli=True).is_file()


def test_new_in_the_built_app_names_the_apps_own_command(app, home, tmp_path):
    result = run(
        packaging_build.executable(app, cli=True), "new", "patio", "--folder", str(tmp_path), env=home
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "modo-ninez-cli validate" in result.stdout and "python -m game" not in result.stdout
    assert "modo-ninez-cli validate ESTE_ARCHIVO" in (tmp_path / "patio.yaml").read_text(encoding="utf-8")


def test_built_app_draws_the_title_screen_and_keeps_records_in_the_user_data_folder(app, home, tmp_path):
    before = files_under(app)
    png = tmp_path / "title.png"
    started = time.perf_counter()
    result = run(packaging_build.executable(app), "play", "--first-frame", str(png), env=home)
    seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stdout + result.stderr
    print(f"\ntime to first frame of the built app: {seconds:.2f} s")
    assert "unavailable" not in result.stderr, result.stderr  # a missing font, SVG or records folder
    assert_not_blank(png)
    assert_same_picture(png, source_frame(tmp_path, "title"))  # same art, fonts and Spanish text
    data = Path(home["XDG_DATA_HOME"]) / "modo-ninez"
    if sys.platform == "win32":  # platformdirs asks Windows itself for %LOCALAPPDATA%, not the environment
        import platformdirs

        data = Path(platformdirs.user_data_dir("modo-ninez", appauthor=False))
    assert (data / "records.sqlite3").is_file()
    assert files_under(app) == before, "the app wrote beside its executable"


def test_built_app_renders_portraits_from_svg(app, home, tmp_path):
    png = tmp_path / "play.png"
    scenario = app / "_internal" / "scenarios" / "sala-de-espera.yaml"
    result = run(packaging_build.executable(app), "play", str(scenario), "--first-frame", str(png), env=home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "unavailable" not in result.stderr and "placeholder" not in result.stderr, result.stderr
    assert_not_blank(png)
    assert_same_picture(png, source_frame(tmp_path, "play", str(ROOT / "scenarios" / "sala-de-espera.yaml")))


@pytest.mark.parametrize("cli", [False, True], ids=["modo-ninez", "modo-ninez-cli"])
def test_validate_the_bundled_scenarios_through_the_executable(app, home, cli):
    result = run(
        packaging_build.executable(app, cli=cli), "validate", str(app / "_internal" / "scenarios"), env=home
    )
    assert result.returncode == 0, result.stdout + result.stderr
    if cli or sys.platform != "win32":  # on Windows the game's own executable has no console to print to
        assert f"{len(BUNDLED) - 1} file(s)" in result.stdout and " 0 error(s)" in result.stdout


def test_version_through_the_executable(app, home):
    result = run(packaging_build.executable(app, cli=True), "--version", env=home)
    assert result.returncode == 0 and result.stdout.startswith("modo-ninez ")


def test_extra_scenarios_beside_the_executable(app, home, tmp_path):
    copy = tmp_path / "usb" / "modo-ninez"  # as copied from a USB stick
    shutil.copytree(app, copy, symlinks=True)
    extra = copy / "scenarios"
    (extra / "nina-extra.yaml").write_text(MINIMAL.replace("id: prueba", "id: nina-extra"), encoding="utf-8")
    broken = MINIMAL.replace("id: prueba", "id: roto").replace(
        "        to: final_malo", "        to: final_maol"
    )
    (extra / "roto.yaml").write_text(broken, encoding="utf-8")
    (extra / "sin-cerrar.yaml").write_text('id: "sin-cerrar\nversion: 1\n', encoding="utf-8")
    line = broken.splitlines().index("        to: final_maol") + 1
    exe = packaging_build.executable(copy)

    png = tmp_path / "title.png"
    result = run(exe, "play", "--first-frame", str(png), env=home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert_not_blank(png)

    png = tmp_path / "extra.png"
    result = run(exe, "play", str(extra / "nina-extra.yaml"), "--first-frame", str(png), env=home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert_not_blank(png)

    result = run(packaging_build.executable(copy, cli=True), "validate", "scenarios", env=home, cwd=copy)
    assert result.returncode == 1, result.stdout + result.stderr
    problems = [ln for ln in result.stdout.splitlines() if ": error: " in ln]
    assert any(
        ln.startswith(str(Path("scenarios") / "roto.yaml") + f":{line}:") and "final_maol" in ln
        for ln in problems
    ), result.stdout
    assert any(ln.startswith(str(Path("scenarios") / "sin-cerrar.yaml") + ":") for ln in problems), (
        result.stdout
    )
    assert not any("nina-extra.yaml" in ln for ln in problems), result.stdout
    assert "3 file(s)" in result.stdout
