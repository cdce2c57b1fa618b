"""YAML syntax errors told as a trainer needs them: on the line to fix, in the trainer's language,
with a hint.

libyaml names the place where it gave up, often a line after the mistake, in English terms ("mapping
values are not allowed in this context"). `explain` reads the lines around that place and names the
usual mistakes instead: a tab in the indentation, an indentation slip, a colon inside unquoted text,
a missing colon, an unclosed quote or bracket. Whatever it cannot name gets a general hint; the
parser's own English is never shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from .messages import _

_LINES = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # the line breaks YAML counts
_KEY = re.compile(r"\s*(?:-\s+)?([\w.-]+)\s*$")  # what stands before a key's colon
_OPENS_QUOTE = re.compile(r"""^\s*(?:-\s+)?[\w.-]+:\s+(["'])""")


@dataclass(frozen=True)
class Located:
    """A message for the author, with the 1-based line and column it concerns."""

    line: int
    column: int
    message: str


def explain(text: str, exc: yaml.YAMLError) -> Located:
    """Where the mistake behind a YAML parse error is, and what to do about it."""
    lines = _LINES.split(text)
    if isinstance(exc, yaml.reader.ReaderError):
        return _unreadable(text, exc)
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if not isinstance(exc, yaml.MarkedYAMLError) or mark is None:
        return Located(1, 1, _general())
    finder = _Finder(lines, exc, mark.line, mark.column)
    for rule in (
        finder.tab,
        finder.unclosed_quote,
        finder.unclosed_bracket,
        finder.colon_in_text,
        finder.missing_colon,
        finder.indentation,
        finder.after_quote,
        finder.bad_start,
        finder.escape,
        finder.list_item,
        finder.stray_bracket,
    ):
        found = rule()
        if found is not None:
            return found
    return Located(mark.line + 1, mark.column + 1, _general())


def _general() -> str:
    return _(
        "this YAML cannot be read here: check this line and the one above (indentation with spaces, "
        "a ':' after each name, closing quotes)"
    )


def _unreadable(text: str, exc: yaml.reader.ReaderError) -> Located:
    before = text[: exc.position]
    line = len(_LINES.findall(before)) + 1
    column = exc.position - max(before.rfind("\n"), before.rfind("\r")) if before else 1
    char = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
    return Located(
        line,
        column,
        _("an invisible control character (U+{code:04X}) is in the text; delete it").format(code=char),
    )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


class _Finder:
    """The rules, each looking at the lines around libyaml's mark; None when it does not apply."""

    def __init__(self, lines: list[str], exc: yaml.MarkedYAMLError, line: int, column: int):
        self.lines, self.line, self.column = lines, min(line, len(lines) - 1), column
        self.problem = exc.problem or ""
        self.context = exc.context or ""
        mark = exc.context_mark  # libyaml may place it past the last line: then it is of no use
        self.context_mark = mark if mark is not None and mark.line < len(lines) else None
        self.char = self._at(self.line, column)

    def _at(self, line: int, column: int) -> str:
        """The character at a place, or "" past the end of its line."""
        here = self.lines[line]
        return here[column] if 0 <= column < len(here) else ""

    def _previous(self, index: int) -> int | None:
        """The nearest line above `index` holding something other than a comment."""
        for i in range(index - 1, -1, -1):
            stripped = self.lines[i].strip()
            if stripped and not stripped.startswith("#"):
                return i
        return None

    def tab(self) -> Located | None:
        for i in range(self.line, max(self.line - 3, -1), -1):
            line = self.lines[i]
            lead = line[: len(line) - len(line.lstrip(" \t"))]
            if "\t" in lead:
                return Located(
                    i + 1,
                    lead.index("\t") + 1,
                    _("a tab in the indentation: YAML indents with spaces only; replace the tab with spaces"),
                )
        return None

    def unclosed_quote(self) -> Located | None:
        if "quoted scalar" in self.context and "end of stream" in self.problem and self.context_mark:
            return self._quote_at(self.context_mark.line, self.context_mark.column)
        for i in range(self.line, max(self.line - 6, -1), -1):
            opened = _OPENS_QUOTE.match(self.lines[i])
            if opened and not _closes(self.lines[i][opened.end() :], opened.group(1)) and i < self.line:
                return self._quote_at(i, opened.end() - 1)
        return None

    def _quote_at(self, line: int, column: int) -> Located:
        quote = self._at(line, column) or '"'
        return Located(
            line + 1,
            column + 1,
            _("this quote ({quote}) is never closed: add {quote} at the end of the text").format(quote=quote),
        )

    def unclosed_bracket(self) -> Located | None:
        mark = self.context_mark
        if "flow" not in self.context or mark is None or mark.line == self.line:
            return None
        bracket = self._at(mark.line, mark.column)
        closing = {"{": "}", "[": "]"}.get(bracket)
        if closing is None:
            return None
        return Located(
            mark.line + 1,
            mark.column + 1,
            _("this '{opening}' is never closed: add '{closing}' at the end of the line").format(
                opening=bracket, closing=closing
            ),
        )

    def colon_in_text(self) -> Located | None:
        here = self.lines[self.line]
        if self.char != ":":
            return None
        if "flow" in self.context and self.context_mark is not None:
            start = max(here.rfind(",", 0, self.column), here.rfind("{", 0, self.column)) + 1
            key_end = here.find(": ", start, self.column)
            if key_end >= 0:
                return self._quote_hint(self.line, key_end + 2)
            return None
        if "mapping values" not in self.problem:
            return None
        key_end = here.find(": ", 0, self.column)
        if key_end >= 0 and _KEY.fullmatch(here[:key_end]):
            return self._quote_hint(self.line, key_end + 2)
        previous = self._previous(self.line)
        if previous is not None and not _KEY.fullmatch(here[: self.column]):
            above = self.lines[previous]
            key_end = above.find(": ")
            if key_end >= 0 and _KEY.fullmatch(above[:key_end]) and above[key_end + 2 :].strip():
                return self._quote_hint(previous, key_end + 2)  # text going on from the line above
        return None

    def _quote_hint(self, line: int, column: int) -> Located:
        while column < len(self.lines[line]) and self.lines[line][column] == " ":
            column += 1
        return Located(
            line + 1,
            column + 1,
            _("a ':' inside text that is not in quotes: put the text in quotes (\"...\")"),
        )

    def missing_colon(self) -> Located | None:
        if "could not find expected ':'" in self.problem and self.context_mark is not None:
            return self._colon_at(self.context_mark.line)
        here = self.lines[self.line]
        if (
            "mapping values" not in self.problem
            or self.char != ":"
            or not _KEY.fullmatch(here[: self.column])
        ):
            return None
        previous = self._previous(self.line)
        if previous is None:
            return None
        above = self.lines[previous].strip()
        if ":" in above or above.startswith(("-", '"', "'")) or _indent(self.lines[previous]) > _indent(here):
            return None
        return self._colon_at(previous)

    def _colon_at(self, line: int) -> Located:
        text = self.lines[line]
        start = _indent(text) + (2 if text.lstrip().startswith("- ") else 0)
        word = re.match(r"[^\s:]+", text[start:])
        end = start + (word.end() if word else 0)
        return Located(line + 1, end + 1, _("a ':' is missing after '{name}'").format(name=text[start:end]))

    def indentation(self) -> Located | None:
        here = self.lines[self.line]
        previous = self._previous(self.line)
        if previous is None:
            return None
        mine, above = _indent(here), _indent(self.lines[previous])
        key_line = bool(self.char == ":" and _KEY.fullmatch(here[: self.column]))
        starts_here = self.column == mine  # libyaml stopped at this line's first word
        if mine > above and (
            ("mapping values" in self.problem and key_line)
            or ("expected key" in self.problem and starts_here)
        ):
            return Located(
                self.line + 1,
                1,
                _(
                    "this line is indented more than the line above: line it up with "
                    "'{above}' ({spaces} spaces)"
                ).format(above=self.lines[previous].strip()[:30], spaces=above),
            )
        if "expected key" in self.problem or "'-' indicator" in self.problem:
            if self.column != mine or mine == above:
                return None
            levels = sorted(
                {
                    _indent(self.lines[i])
                    for i in range(previous + 1)
                    if self.lines[i].strip() and _indent(self.lines[i]) <= above
                },
                reverse=True,
            )
            return Located(
                self.line + 1,
                1,
                _(
                    "indentation slip: this line has {spaces} space(s) but the lines above have {levels}"
                ).format(spaces=mine, levels=_(" or ").join(str(n) for n in levels[:3])),
            )
        return None

    def after_quote(self) -> Located | None:
        before = self.lines[self.line][: self.column].rstrip()
        if "expected key" in self.problem and before.endswith(('"', "'")) and self.column > len(before):
            return Located(
                self.line + 1,
                self.column + 1,
                _("text after the closing quote: put the whole text inside the quotes"),
            )
        return None

    def bad_start(self) -> Located | None:
        if "cannot start any token" in self.problem or "block sequence entries" in self.problem:
            char = "- " if self.char == "-" else self.char
            return Located(
                self.line + 1,
                self.column + 1,
                _("a text cannot start with '{char}': put the text in quotes (\"...\")").format(char=char),
            )
        return None

    def escape(self) -> Located | None:
        if "escape" in self.problem:
            here = self.lines[self.line]
            escaped = here[self.column : self.column + 2] if self.char == "\\" else "\\" + self.char
            return Located(
                self.line + 1,
                self.column + 1,
                _(
                    "an unknown escape '{escape}' inside double quotes: "
                    "write '\\\\' for a backslash, or use single "
                    "quotes"
                ).format(escape=escaped),
            )
        return None

    def list_item(self) -> Located | None:
        if "'-' indicator" in self.problem:
            return Located(
                self.line + 1,
                self.column + 1,
                _(
                    "this line is inside a list but does not start with "
                    "'- ': add '- ', or line it up with the list's name"
                ),
            )
        return None

    def stray_bracket(self) -> Located | None:
        if self.char in ("}", "]"):
            return Located(
                self.line + 1,
                self.column + 1,
                _("a '{char}' that closes nothing: remove it").format(char=self.char),
            )
        return None


def _closes(rest: str, quote: str) -> bool:
    """Whether the quoted text that starts just before `rest` ends on this line."""
    if quote == "'":
        return "'" in rest.replace("''", "")
    return bool(re.search(r'(?<!\\)(?:\\\\)*"', rest))
