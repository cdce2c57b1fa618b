"""The language of the command line: `--lang`, else MODO_NINEZ_LANG, else the system's; Spanish first.

Help, prompts and messages go through the game's gettext catalogue, argparse's own words
("usage:", "options", its error messages) included: argparse looks them up through its module-level
`_` and `ngettext`, which `chosen` points at the catalogue while a command runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from ..i18n import system_language, translator

_chosen: list[str] = []


def N_(text: str) -> str:
    """Mark a string for the catalogue where it is defined; translated where it is shown."""
    return text


# argparse's own strings, so the catalogue keeps them (argparse translates them through `_`).
ARGPARSE_WORDS = [
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("invalid %(type)s value: %(value)r"),
    N_("not allowed with argument %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
]


def wanted(argv: Sequence[str]) -> str | None:
    """The language named by `--lang X` or `--lang=X` in the arguments, if any."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in ("es", "en") else None
        if arg.startswith("--lang="):
            value = arg.partition("=")[2]
            return value if value in ("es", "en") else None
    return None


@contextmanager
def chosen(argv: Sequence[str]) -> Iterator[str]:
    """Within: the command line's language from its arguments or the environment, for argparse too."""
    before = (_chosen[:], argparse._, argparse.ngettext)  # type: ignore[attr-defined]
    _chosen[:] = [wanted(argv) or system_language()]
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
    try:
        yield _chosen[0]
    finally:
        _chosen[:], argparse._, argparse.ngettext = before  # type: ignore[attr-defined]


def current() -> str:
    """The language chosen (the environment's until `choose` is called)."""
    return _chosen[0] if _chosen else system_language()


def gettext(text: str) -> str:
    """A message in the command line's language."""
    return _translate()(text)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural message in the command line's language."""
    return _translate()(singular if count == 1 else plural)


def _translate() -> Callable[[str], str]:
    return translator(current())
