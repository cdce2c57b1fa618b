"""Setting a few fields of a YAML file in place, by node position, keeping comments and layout.

Never a `yaml.dump` of the whole file: only the value of a field changes, or one field is added
after the last one of its mapping (`, name: "..."` in a flow mapping `{...}`, a new line with the
same indentation in a block mapping). Everything else stays byte for byte.
"""

from __future__ import annotations

from collections.abc import Mapping

import yaml

from ..scenario.yamlsource import Document

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\0": "\\0",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
    "\ufeff": "\\uFEFF",
}


def quote(text: str) -> str:
    """A YAML double-quoted scalar that reads back as exactly `text`."""
    return '"' + "".join(_ESCAPES.get(ch) or (ch if _printable(ch) else _escape(ch)) for ch in text) + '"'


def _printable(ch: str) -> bool:
    code = ord(ch)
    return 0x20 <= code <= 0x7E or 0xA0 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or code >= 0x10000


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02X}" if code <= 0xFF else f"\\u{code:04X}"


def set_fields(doc: Document, changes: Mapping[tuple, Mapping[str, str]]) -> str:
    """The document's text with, for each data path of a mapping, its fields set to these strings."""
    text = doc.text
    if text is None:
        raise ValueError(f"{doc.path} was not read as YAML")
    newline = "\r\n" if "\r\n" in text else "\n"
    edits: list[tuple[int, int, str]] = []
    for where, fields in changes.items():
        node = doc.node(where)
        if not isinstance(node, yaml.MappingNode) or not node.value:
            raise ValueError(f"{doc.path}: no mapping at {'.'.join(map(str, where))}")
        edits += _edits(text, node, fields, newline)
    # From the end backwards, so the positions of the edits still to make do not move.
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _edits(text: str, node: yaml.MappingNode, fields: Mapping[str, str], newline: str) -> list:
    present = {key.value: value for key, value in node.value if isinstance(key, yaml.ScalarNode)}
    edits, added = [], []
    for name, value in fields.items():
        old = present.get(name)
        if old is None:
            added.append((name, value))
            continue
        start, end = old.start_mark.index, old.end_mark.index
        ends_line = old.end_mark.column == 0 and end > start  # a block scalar (| or >) ends on the next line
        edits.append((start, end, quote(value) + (newline if ends_line else "")))
    if added:
        last = node.value[-1][1].end_mark
        if node.flow_style:
            edits.append((last.index, last.index, "".join(f", {n}: {quote(v)}" for n, v in added)))
        else:
            indent = " " * node.value[0][0].start_mark.column
            lines = "".join(f"{indent}{n}: {quote(v)}{newline}" for n, v in added)
            at = last.index if last.column == 0 else text.find("\n", last.index) + 1
            if at == 0:  # the file ends on this line, without a line break
                at, lines = len(text), newline + lines[: -len(newline)]
            edits.append((at, at, lines))
    return edits
