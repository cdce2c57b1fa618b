"""What can go wrong with records, each with a message fit to show a trainer or an officer."""

from __future__ import annotations


class RecordsError(Exception):
    """A records problem explained in plain words; nothing was half-written.

    `reason` names the common cases (full, readonly, busy, damaged, disk) so a screen can say them in
    the player's language; the message says it in English with the details.
    """

    def __init__(self, message: str, reason: str | None = None):
        super().__init__(message)
        self.reason = reason


class StoreUnavailable(RecordsError):
    """The records folder or file cannot be written (read-only, full, missing, newer format)."""


class ConfigError(RecordsError):
    """The settings file or a settings variable is wrong; the message names which."""


class ResumeError(RecordsError):
    """An unfinished attempt cannot be continued with this scenario."""
