"""The wheel carries what the game needs: built from this checkout, installed (not editable) into a
fresh virtual environment, then used from an empty folder with no checkout in sight."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, check=False, timeout=600, **kwargs)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)])
    assert done.returncode == 0, done.stderr[-3000:]
    return next(out.glob("modo_ninez-*.whl"))


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv that sees this environment's dependencies but holds its own copy of the game."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.create(env_dir, with_pip=True, system_site_packages=False)
    site = next(env_dir.glob("lib/python*/site-packages"), None) or env_dir / "Lib" / "site-packages"
    # The dependencies (pygame-ce, PyYAML, ...) come from this environment through a .pth file, so the
    # test needs no network; the game itself only from the wheel, installed by pip (not editable).
    deps = [p for p in sys.path if p.endswith("site-packages")]
    (site / "deps.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")
    done = _run([_python(env_dir), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)])
    assert done.returncode == 0, done.stderr[-3000:]
    return env_dir


def _python(env_dir: Path, name: str = "python") -> str:
    return str(next(p for p in (env_dir / "bin" / name, env_dir / "Scripts" / f"{name}.exe") if p.exists()))


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MODO_NINEZ_") and k != "PYTHONPATH"}
    env.update(
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="dummy",
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        MODO_NINEZ_LANG="es",
    )
    return env


def test_the_wheel_holds_the_content_and_the_licences(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "game/bundled/scenarios/principles.yaml",
        "game/bundled/schema/scenario.schema.json",
        "game/bundled/assets/manifest.yaml",
        "game/bundled/assets/fonts/Andika-Regular.ttf",
        "game/bundled/assets/fonts/OFL.txt",
        "game/i18n/locale/es/LC_MESSAGES/modo_ninez.mo",
    ):
        assert needed in names, needed
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert not any(n.startswith("game/bundled/assets/src/") for n in names)
    bundled = {p.name for p in (ROOT / "scenarios").glob("*.yaml")}
    assert {n.rsplit("/", 1)[1] for n in names if n.startswith("game/bundled/scenarios/")} == bundled


def test_installed_game_validates_and_renders_from_an_empty_folder(installed, tmp_path):
    python = _python(installed)
    where = _run(
        [python, "-c", "import game, game.paths as p; print(game.__file__); print(p.project_root())"],
        cwd=tmp_path,
        env=_env(tmp_path),
    )
    assert where.returncode == 0, where.stderr
    assert str(installed) in where.stdout and str(ROOT) not in where.stdout

    command = _python(installed, "modo-ninez")
    checked = _run([command, "validate"], cwd=tmp_path, env=_env(tmp_path))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    shots = _run([command, "screenshots", "shots"], cwd=tmp_path, env=_env(tmp_path))
    assert shots.returncode == 0, shots.stderr[-3000:]
    assert len(list((tmp_path / "shots").glob("*.png"))) >= 10

    made = _run([command, "new", "nuevo"], cwd=tmp_path, env=_env(tmp_path))
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "nuevo.yaml").is_file()
    assert not (Path(where.stdout.splitlines()[1]) / "scenarios" / "nuevo.yaml").exists()
