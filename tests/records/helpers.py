"""Helpers for the records tests: playing through the records API, and a real Ralph LRS."""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from base64 import b64encode
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from game import paths
from game.engine import Session
from game.records import Store
from game.records.config import Config, LrsSettings, XapiSettings

REPO = Path(__file__).resolve().parents[2]
SCENARIO_FILE = paths.scenarios_dir() / "sala-de-espera.yaml"


def offline_config(tmp_path, **xapi) -> Config:
    """Settings with no LRS (and xAPI options if given)."""
    return Config(tmp_path / "config.toml", False, LrsSettings(), XapiSettings(**xapi))


def play(store: Store, attempt: int, session: Session, picks, seconds: float = 3.0) -> list:
    """Choose each pick (a number or an id) and record it; returns the outcomes."""
    outcomes = []
    for pick in picks:
        outcome = session.choose(pick)
        store.record_decision(attempt, outcome, seconds, session)
        outcomes.append(outcome)
    return outcomes


def play_to_end(store: Store, attempt: int, session: Session, pick: int = 1) -> list:
    """Take choice number `pick` (or the last offered, if fewer) until an ending."""
    outcomes = []
    while not session.finished:
        outcomes += play(store, attempt, session, [min(pick, len(session.choices))])
    return outcomes


class Ralph:
    """A real Ralph LRS (file-system backend) on 127.0.0.1, which a test may stop and start again."""

    def __init__(self, venv: Path, workdir: Path):
        self.venv, self.workdir = venv, workdir
        self.username, self.password = "trainer", secrets.token_urlsafe(12)
        self.port = _free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}/xAPI/"
        self.env = {
            **os.environ,
            "RALPH_APP_DIR": str(workdir / "app"),
            "RALPH_AUTH_FILE": str(workdir / "app" / "auth.json"),
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(workdir / "lrs"),
        }
        self.process: subprocess.Popen | None = None
        subprocess.run(
            [
                str(venv / "bin" / "ralph"),
                "auth",
                "-u",
                self.username,
                "-p",
                self.password,
                "-s",
                "all",
                "-M",
                "mailto:trainer@example.org",
                "-N",
                "trainer",
                "-w",
            ],
            cwd=workdir,
            env=self.env,
            check=True,
            capture_output=True,
        )

    def start(self) -> None:
        """Start the server and wait until it answers."""
        with open(self.workdir / "ralph.log", "ab") as log:
            self.process = subprocess.Popen(
                [
                    str(self.venv / "bin" / "python"),
                    str(Path(__file__).with_name("ralph_server.py")),
                    str(self.port),
                ],
                cwd=self.workdir,
                env=self.env,
                stdout=log,
                stderr=log,
            )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("Ralph stopped at start:\n" + (self.workdir / "ralph.log").read_text())
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__heartbeat__", timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("Ralph did not answer within 30 s")

    def stop(self) -> None:
        """Stop the server (the port then refuses connections: the LRS is offline)."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def config(self, tmp_path: Path, password: str | None = None, **xapi) -> Config:
        """Settings pointing a store at this LRS."""
        lrs = LrsSettings(self.endpoint, self.username, password or self.password, timeout=5.0)
        return Config(tmp_path / "config.toml", False, lrs, XapiSettings(**xapi))

    def stored(self, registration: str | None = None) -> list[dict]:
        """Every statement in Ralph's storage file, as stored
        (one line each), for one registration if given."""
        path = self.workdir / "lrs" / "fs_lrs.jsonl"
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        found = [json.loads(line) for line in lines if line.strip()]
        return [
            s
            for s in found
            if registration is None or s.get("context", {}).get("registration") == registration
        ]

    def query(self, **params) -> list[dict]:
        """Statements through the LRS's own GET API (xAPI query parameters)."""
        url = f"{self.endpoint}statements?" + "&".join(f"{k}={v}" for k, v in params.items())
        with urllib.request.urlopen(self._request(url), timeout=10) as response:
            return json.loads(response.read())["statements"]

    def post(self, statement: dict) -> None:
        """Store a statement directly, as another client of the LRS would."""
        body = json.dumps([statement]).encode()
        with urllib.request.urlopen(self._request(f"{self.endpoint}statements", body), timeout=10):
            pass

    def _request(self, url: str, body: bytes | None = None) -> urllib.request.Request:
        token = b64encode(f"{self.username}:{self.password}".encode()).decode()
        return urllib.request.Request(
            url,
            data=body,
            headers={
                "Authorization": f"Basic {token}",
                "X-Experience-API-Version": "1.0.3",
                "Content-Type": "application/json",
            },
        )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_game(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """`python -m game ARGS` in a real process; returns its exit code and output."""
    return subprocess.run(
        [sys.executable, "-m", "game", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


@contextmanager
def small_disk(folder: Path, size: str = "2m") -> Iterator[Path]:
    """A real, tiny file system (tmpfs) mounted at `folder`: needs root, else the test is skipped."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@contextmanager
def lockable_folder(folder: Path) -> Iterator[Callable[[], None]]:
    """A folder to fill, then make read-only by calling what this yields.

    As root, permissions do not stop writes, so the folder is its own tmpfs, remounted read-only.
    """
    if os.geteuid() == 0:
        with small_disk(folder) as mounted:
            yield lambda: subprocess.run(["mount", "-o", "remount,ro", str(mounted)], check=True)
    else:
        folder.mkdir(parents=True)
        yield lambda: folder.chmod(0o500)
        folder.chmod(0o700)
