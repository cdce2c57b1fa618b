"""What can go wrong with records, each with a message fit to show a trainer or an officer."""

from __future__ import annotations


class RecordsError(Exception):
    """A records problem explained in plain words; nothing was half-written."""


class StoreUnavailable(RecordsError):
    """The records folder or file cannot be written (read-only, full, missing, newer format)."""


class ConfigError(RecordsError):
    """The settings file or a settings variable is wrong; the message names which."""


class ResumeError(RecordsError):
    """An unfinished attempt cannot be continued with this scenario."""
