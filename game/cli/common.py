"""What the command modules share: exit codes, argument types, output, and the records' helpers.

Only the standard library is imported here; each command imports what it uses when it runs, so
`--help` and `validate` load nothing they do not need.
"""

from __future__ import annotations

import argparse
import functools
import io
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from ..records import Config, Store
    from ..scenario.model import Scenario

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
Handler = Callable[[argparse.Namespace], int]

# ESC/CSI/OSC sequences and the C0/C1 control characters a terminal acts on (newline and tab kept).
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)


def safe(text: object) -> str:
    """Text fit for a terminal: escape sequences and control characters of content removed."""
    return _CONTROL.sub("", str(text))


def say(text: object = "", *, err: bool = False) -> None:
    """Print a line of content to standard output (or error), stripped of control sequences."""
    print(safe(text), file=sys.stderr if err else sys.stdout)


def fail(command: str, message: str) -> None:
    """Report a user's mistake on one line of standard error, as `modo-ninez COMMAND: message`."""
    say(f"modo-ninez {command}: {message}", err=True)


OUTPUTS = ("output", "export")  # the options that name a file a command writes


def protects_records(args: argparse.Namespace) -> str | None:
    """A message if an output option names the records file (or its journal, lock or a kept copy)."""
    named = [value for value in (getattr(args, name, None) for name in OUTPUTS) if value not in (None, "-")]
    if not named:
        return None
    from ..records.datadir import is_records_path  # only when a command writes a file

    for value in named:
        if is_records_path(value, getattr(args, "data_dir", None)):
            return _("{path} holds the records; nothing was written. Choose another file.").format(path=value)
    return None


def emit(text: str, output: Path | None) -> int:
    """Write a command's text to a file (saying so) or to standard output."""
    if output is None:
        sys.stdout.write(text)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        say(_("wrote {path}").format(path=output))
    return EXIT_OK


def window_size(text: str) -> tuple[int, int]:
    """A WxH argument as a size of at least 320x240."""
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("expected WIDTHxHEIGHT such as 1280x720, got {text!r}").format(text=text)
        ) from None
    if w < 320 or h < 240:
        raise argparse.ArgumentTypeError(_("the window must be at least 320x240"))
    return w, h


def parse_since(text: str) -> datetime:
    """A --since value (date or date and time, local) as a time."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("use a date such as 2025-03-01 or a time such as 2025-03-01T14:00")
        ) from None
    return moment if moment.tzinfo else moment.astimezone()


def existing(name: str) -> Path:
    """A scenario file that exists, else exit with a message."""
    path = Path(name)
    if not path.is_file():
        raise SystemExit(safe("modo-ninez: " + _("no such scenario file: {name}").format(name=name)))
    return path


def load(name: str) -> Scenario:
    """The scenario of an existing file (its problems raise ScenarioError, which main prints)."""
    from ..scenario import load_scenario

    return load_scenario(existing(name))


def reports_errors(handler: Handler) -> Handler:
    """Wrap a command handler so a RecordsError becomes a one-line message and exit 1."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        from ..records.errors import RecordsError

        try:
            return handler(args)
        except RecordsError as exc:
            fail(args.command, str(exc))
            return EXIT_PROBLEMS

    return run


@contextmanager
def opened(args: argparse.Namespace, config: Config | None = None) -> Iterator[Store]:
    """The existing records of --data-dir (notices printed), closed afterwards."""
    from ..records import Store

    store = Store.open(args.data_dir, config, create=False)
    for notice in store.notices:
        say(f"modo-ninez: {notice}", err=True)
    try:
        yield store
    finally:
        store.close()


@contextmanager
def output_to(path: str | None, encoding: str) -> Iterator[IO[str]]:
    """A text stream to a file, or to standard output when `path` is None."""
    from ..records.errors import RecordsError

    if path is None:
        out = io.TextIOWrapper(sys.stdout.buffer, encoding=encoding, newline="", write_through=True)
        try:
            yield out
        finally:
            out.flush()
            out.detach()
        return
    try:
        with open(path, "w", encoding=encoding, newline="") as out:
            yield out
    except OSError as exc:
        raise RecordsError(f"cannot write {path}: {exc.strerror}") from None


def _(text: str) -> str:
    """A message of the command line in the chosen language (see game.cli.language)."""
    from .language import gettext

    return gettext(text)
