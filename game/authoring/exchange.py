"""The files a translator works in: CSV (a spreadsheet) or PO (Poedit and other translation tools).

Both carry, for each text, its stable id, the Spanish it was exported with and the English. On
import, the `en_from` written is the hash of that exported Spanish, so a Spanish edited in the
meantime still shows as stale.
  CSV: columns id, status, es, en (UTF-8 with a byte-order mark, as spreadsheets expect). Read back
       as spreadsheets save it: UTF-8 with or without the mark, or Windows-1252; `,`, `;` or tab.
  PO:  msgctxt = id, msgid = Spanish, msgstr = English; a stale English is marked `#, fuzzy`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .texts import STALE, Entry, TextFile

FORMATS = (".csv", ".po")
CSV_COLUMNS = ("id", "status", "es", "en")
PO_HEADER = (
    "PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE",
    "Last-Translator: FULL NAME <EMAIL@ADDRESS>",
    "Language-Team: English",
    "Language: en",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: 8bit",
)


class ExchangeError(Exception):
    """A translation file that cannot be read: an English message and its values, translated where shown."""

    def __init__(self, message: str, **values: object):
        super().__init__(message.format(**values))
        self.message, self.values = message, values

    def told(self, translate: Callable[[str], str]) -> str:
        """The message in the language of `translate`."""
        return translate(self.message).format(**self.values)


def N_(text: str) -> str:
    """Mark a message for the catalogue; it is translated where it is shown."""
    return text


# Characters a scenario may not hold (validate refuses them): C0/C1 controls other than newline and tab.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Row:
    """One text as it comes back from the translator."""

    id: str
    es: str
    en: str
    status: str = ""  # CSV: as exported, or as the translator set it
    fuzzy: bool = False  # PO: still marked as needing work
    line: int = 0  # where the row starts in the file, for messages

    def ready(self, entry: Entry) -> bool:
        """Taken on import: translated, not fuzzy, and not a stale English left as it was.

        To confirm a stale English that needs no change, set its status to `current` (CSV) or
        remove the fuzzy mark (PO).
        """
        if not self.en.strip() or self.fuzzy:
            return False
        untouched = entry.en is not None and " ".join(self.en.split()) == " ".join(entry.en.split())
        return not (self.status.strip().lower() == STALE and untouched)


def format_of(path: Path) -> str:
    """'.csv' or '.po', from the file name."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExchangeError(N_("{path}: name a .csv or .po file"), path=path)
    return suffix


def export(tf: TextFile, path: Path) -> int:
    """Write every text of the scenario to a CSV or PO file; returns how many."""
    suffix = format_of(path)
    with open(path, "w", encoding="utf-8-sig" if suffix == ".csv" else "utf-8", newline="") as out:
        (write_csv if suffix == ".csv" else write_po)(tf, out)
    return len(tf.known)


def read(path: Path) -> tuple[list[Row], str | None]:
    """The rows of a CSV or PO file written by `export` and edited by a translator, and the
    scenario id the file names (PO only)."""
    suffix = format_of(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ExchangeError(
            N_("cannot read {path}: {reason}"), path=path, reason=exc.strerror or exc
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        if suffix == ".po":
            raise ExchangeError(N_("{path} is not UTF-8; save it as UTF-8"), path=path) from None
        text = raw.decode("cp1252", errors="replace")  # Excel on Windows saves "CSV" in Windows-1252
    rows, scenario = (read_csv(text), None) if suffix == ".csv" else read_po(text)
    for row in rows:
        if _CONTROL.search(row.en) or _CONTROL.search(row.es):
            raise ExchangeError(
                N_(
                    "{path}, line {line}: the text of '{id}' holds a control character; "
                    "remove it and import again (nothing was written)"
                ),
                path=path,
                line=row.line,
                id=row.id,
            )
    return rows, scenario


def write_csv(tf: TextFile, out: IO[str]) -> None:
    """One row per text."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for entry in tf.known:
        writer.writerow((entry.id, entry.status, entry.es, entry.en or ""))


def read_csv(text: str) -> list[Row]:
    """Rows from CSV text with at least the columns id, es and en, separated by commas, or by
    semicolons or tabs as some spreadsheets save them (the header line tells which). A row with more
    cells than the header is refused, naming its line."""
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        names = [name.strip().lower() for name in next(reader, [])]
        missing = {"id", "es", "en"} - set(names)
        if missing:
            raise ExchangeError(
                N_("the CSV needs the columns id, es and en; missing: {columns}"),
                columns=", ".join(sorted(missing)),
            )
        rows = []
        start = reader.line_num + 1
        for cells in reader:
            if len(cells) > len(names) and any(c.strip() for c in cells[len(names) :]):
                raise ExchangeError(
                    N_(
                        "line {line}: {found} cells where the header has {expected}; a text "
                        "with a separator in it must be in quotes (nothing was written)"
                    ),
                    line=start,
                    found=len(cells),
                    expected=len(names),
                )
            row = dict(zip(names, (c.replace("\r\n", "\n") for c in cells), strict=True))
            if row.get("id", "").strip():
                rows.append(
                    Row(
                        row["id"].strip(),
                        row.get("es", ""),
                        row.get("en", ""),
                        row.get("status", ""),
                        line=start,
                    )
                )
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ExchangeError(
            N_("line {line}: the CSV cannot be read ({reason})"), line=reader.line_num, reason=exc
        ) from None
    return rows


def write_po(tf: TextFile, out: IO[str]) -> None:
    """A PO catalogue: Spanish source, English translation, the stable id as context."""
    header = [
        f"Project-Id-Version: {tf.scenario_id} {tf.version}",
        *PO_HEADER,
        f"X-Modo-Ninez-Scenario: {tf.scenario_id}",
    ]
    out.write('msgid ""\nmsgstr ""\n' + "".join(f'"{line}\\n"\n' for line in header))
    for entry in tf.known:
        out.write(f"\n#: {tf.path.name}:{tf.line(entry)}\n")
        if entry.status == STALE:
            out.write("#, fuzzy\n")
        out.write(
            f"msgctxt {_po_quote(entry.id)}\nmsgid {_po_quote(entry.es)}\n"
            f"msgstr {_po_quote(entry.en or '')}\n"
        )


_PO_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_PO_UNESCAPE = re.compile(r"\\(.)")
_PO_LINE = re.compile(r'^(msgctxt|msgid|msgstr|msgid_plural|msgstr\[\d+\])?\s*"(.*)"\s*$')


def _po_quote(text: str) -> str:
    return '"' + "".join(_PO_ESCAPES.get(ch, ch) for ch in text) + '"'


def _po_unquote(body: str) -> str:
    table = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"'}
    return _PO_UNESCAPE.sub(lambda m: table.get(m.group(1), m.group(0)), body)


def read_po(text: str) -> tuple[list[Row], str | None]:
    """Rows from a PO catalogue (obsolete `#~` entries and plurals are left out), and the scenario
    id its header names."""
    rows, scenario = [], None
    text = text.replace("\r\n", "\n")
    for number, (first, block) in enumerate(_blocks(text), start=1):
        fields: dict[str, str] = {}
        fuzzy, current = False, None
        for at, line in enumerate(block.splitlines(), start=first):
            line = line.strip()
            if line.startswith("#,"):
                fuzzy = fuzzy or "fuzzy" in [flag.strip() for flag in line[2:].split(",")]
            if not line or line.startswith("#"):
                continue
            match = _PO_LINE.match(line)
            if match is None:
                raise ExchangeError(
                    N_("PO entry {number} (line {line}): cannot read {text}"),
                    number=number,
                    line=at,
                    text=repr(line[:60]),
                )
            if match.group(1):
                current = match.group(1)
                fields[current] = ""
            if current is None:
                raise ExchangeError(
                    N_("PO entry {number} (line {line}): a quoted line before msgid"), number=number, line=at
                )
            fields[current] += _po_unquote(match.group(2))
        if fields.get("msgctxt") and "msgid" in fields:
            rows.append(
                Row(fields["msgctxt"], fields["msgid"], fields.get("msgstr", ""), fuzzy=fuzzy, line=first)
            )
        elif fields.get("msgid") == "":
            header = re.search(r"^X-Modo-Ninez-Scenario:\s*(\S+)", fields.get("msgstr", ""), re.MULTILINE)
            scenario = header.group(1) if header else scenario
    return rows, scenario


def _blocks(text: str) -> list[tuple[int, str]]:
    """The PO file's entries (separated by blank lines), each with the number of its first line."""
    found: list[tuple[int, str]] = []
    lines: list[str] = []
    start = 1
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not lines:
                start = number
            lines.append(line)
        elif lines:
            found.append((start, "\n".join(lines)))
            lines = []
    if lines:
        found.append((start, "\n".join(lines)))
    return found
