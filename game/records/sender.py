"""Sending in the background while the game is played: a daemon thread that drains the outbox."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from .config import Config
from .store import connect
from .sync import LrsClient, send_outbox
from .xapi import Statements

log = logging.getLogger(__name__)


class BackgroundSender:
    """Sends waiting statements when nudged and every `interval` seconds, backing off while offline.

    It has its own database connection and never raises into, or waits for, the game: `nudge`
    only sets a flag. Offline is normal and silent (logged at debug level).
    """

    def __init__(self, path: Path, config: Config, interval: float = 60.0, max_backoff: float = 600.0):
        self._path = path
        self._client = LrsClient(config.lrs)
        self._statements = Statements(config.xapi)
        self._interval, self._max_backoff = interval, max_backoff
        self._wake, self._stop = threading.Event(), threading.Event()
        self._thread = threading.Thread(target=self._run, name="records-sender", daemon=True)

    def start(self) -> None:
        """Begin sending (at once, then whenever nudged)."""
        self._wake.set()
        self._thread.start()

    def nudge(self) -> None:
        """Something new waits in the outbox; returns at once."""
        self._wake.set()

    def stop(self, timeout: float = 1.0) -> None:
        """Ask the thread to end, waiting at most `timeout` seconds (a send in flight is abandoned)."""
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        conn = None
        backoff = self._interval
        while not self._stop.is_set():
            self._wake.wait(self._interval)
            self._wake.clear()
            if self._stop.is_set():
                break
            try:
                conn = conn or connect(self._path)
                problem = send_outbox(conn, self._path, self._client, self._statements).problem
            except Exception as exc:  # noqa: BLE001 - the game must never see a sending failure
                problem = str(exc)
            if problem:
                log.debug("not sent (%s); next try in %.0f s", problem, backoff)
                self._stop.wait(backoff)
                backoff = min(backoff * 2, self._max_backoff)
                self._wake.set()
            else:
                backoff = self._interval
        if conn is not None:
            conn.close()
