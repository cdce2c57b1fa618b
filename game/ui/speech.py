"""Read-aloud through an offline speech engine when one
exists (espeak-ng, or Windows SAPI); silent otherwise."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys

log = logging.getLogger(__name__)

_VOICES = {"es": "es-419", "en": "en"}


class Speaker:
    """Speaks one text at a time; a new text stops the previous one. Never blocks the game."""

    def __init__(self):
        self._engine = shutil.which("espeak-ng") or shutil.which("espeak")
        self._windows = sys.platform == "win32" and shutil.which("powershell") is not None
        self._process: subprocess.Popen | None = None

    @property
    def available(self) -> bool:
        """True when an offline speech engine was found."""
        return bool(self._engine or self._windows)

    def say(self, text: str, language: str) -> None:
        """Start speaking `text`; does nothing when no engine exists."""
        self.stop()
        if not text or not self.available:
            return
        if self._engine:
            command = [self._engine, "-v", _VOICES.get(language, "es"), "-s", "150", text]
        else:
            script = (
                "Add-Type -AssemblyName System.Speech; $s = New-Object System.Speech.Synthesis."
                "SpeechSynthesizer; $s.Speak([Console]::In.ReadToEnd())"
            )
            command = ["powershell", "-NoProfile", "-Command", script]
        try:
            # CREATE_NO_WINDOW: the windowed station app (Windows) has no console for PowerShell to share,
            # so without it each read-aloud would flash a console window.
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
            if not self._engine and self._process.stdin:
                self._process.stdin.write(text.encode("utf-8"))
                self._process.stdin.close()
        except OSError as exc:
            log.warning("read-aloud failed: %s", exc)
            self._process = None

    def stop(self) -> None:
        """Stop speaking."""
        if self._process and self._process.poll() is None:
            self._process.terminate()
        self._process = None
