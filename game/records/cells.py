"""CSV a spreadsheet opens safely: text that it would take for a formula is written as text.

Every CSV the game writes (reports, the workshop's votes) goes through `cell`: a value starting with
=, +, -, @, a tab or a carriage return (or their full-width forms) gets a leading apostrophe, which
Excel and LibreOffice show as plain text (OWASP's advice for CSV injection). Numbers stay numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def cell(value: Any) -> Any:
    """The value as a CSV cell: text a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def rows(found: Iterable[Sequence[Any]], columns: Sequence[int] | None = None) -> Iterable[list[Any]]:
    """Rows with `cell` applied to the given columns (every column when None)."""
    for row in found:
        row = list(row)
        for i in range(len(row)) if columns is None else columns:
            row[i] = cell(row[i])
        yield row
