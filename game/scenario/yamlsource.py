"""Safe YAML reading: bounded size, no aliases, no custom tags, duplicate keys found, every node located.

Data is built straight from libyaml's event stream (no node tree is kept, so a large file costs
little memory, and an alias is refused the moment it appears: a "billion laughs" never expands).
Only when a problem must be located is the file composed into nodes, which keep line and column.
Nothing here can run code: only the YAML core types are built, and an unknown tag is an error.
"""

from __future__ import annotations

import os
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .messages import _
from .problems import ERROR, DataPath, Problem
from .yamlsyntax import explain

_Loader: type[yaml.CSafeLoader] | type[yaml.SafeLoader]
try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # libyaml missing: the pure loader is slower but equivalent
    _Loader = yaml.SafeLoader

MAX_BYTES = 8 * 1024 * 1024
_STR = "tag:yaml.org,2002:str"
_CORE_TAGS = {
    _STR,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


@dataclass
class Document:
    """A parsed YAML document: the plain data, where each of its parts was read, and the problems found.

    Positions come from the parser's events as the data is built: each node's start packed in one
    array, and for each mapping or list the event number of each entry. Locating a problem never
    parses the file again; only `node` (for editing a file in place) composes it.
    """

    path: str
    data: Any = None
    text: str | None = None
    problems: list[Problem] = field(default_factory=list)
    _marks: array[int] = field(default_factory=lambda: array("Q"), repr=False)
    _entries: dict[int, dict[Any, int] | list[int]] = field(default_factory=dict, repr=False)
    _root: yaml.Node | None = field(default=None, repr=False)
    _index: dict[int, dict[str, tuple[yaml.Node, yaml.Node]]] = field(default_factory=dict, repr=False)

    def error(self, where: DataPath, message: str, severity: str = ERROR) -> None:
        """Record a problem at a data path such as ('states', 'llegada', 'choices', 0, 'to')."""
        line, column = self.locate(where)
        self.problems.append(Problem(self.path, line, column, severity, message))

    def locate(self, where: DataPath) -> tuple[int, int]:
        """The 1-based line and column of the deepest node along a data path.

        A step ("key", name) points at a mapping's key rather than its value.
        """
        if not self._marks:
            return 1, 1
        event = 0
        for step in where:
            entries = self._entries.get(event)
            key_only = isinstance(step, tuple) and len(step) == 2 and step[0] == "key"
            if isinstance(entries, dict):
                found = entries.get(step[1] if key_only else step)
                if found is None:
                    break
                event = found if key_only else found + 1  # a value's first event follows its key's
            elif isinstance(entries, list) and isinstance(step, int) and 0 <= step < len(entries):
                event = entries[step]
            else:
                break
        return _unpack(self._marks[event])

    def node(self, where: DataPath) -> yaml.Node | None:
        """The node at a data path (as for `locate`), or None
        when the path leads nowhere; composes the text."""
        if self._root is None and self.text is not None:
            try:
                self._root = _compose(self.text)
            except yaml.YAMLError:
                self.text = None
        node = self._root
        for step in where:
            if node is None:
                break
            node = self._child(node, step)
        return node

    def _child(self, node: yaml.Node, step: Any) -> yaml.Node | None:
        if isinstance(node, yaml.MappingNode):
            index = self._index.get(id(node))
            if index is None:  # built once per mapping
                index = self._index[id(node)] = {}
                for key, value in node.value:
                    if isinstance(key, yaml.ScalarNode):
                        index.setdefault(key.value, (key, value))
            key_only = isinstance(step, tuple) and step and step[0] == "key"
            pair = index.get(str(step[1] if key_only else step))
            return None if pair is None else pair[0 if key_only else 1]
        if isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            return node.value[step] if 0 <= step < len(node.value) else None
        return None


_COLUMN_BITS = 24


def _pack(mark: Any) -> int:
    line: int = mark.line
    column: int = mark.column
    return line << _COLUMN_BITS | min(column, (1 << _COLUMN_BITS) - 1)


def _unpack(packed: int) -> tuple[int, int]:
    return (packed >> _COLUMN_BITS) + 1, (packed & ((1 << _COLUMN_BITS) - 1)) + 1


def read_document(path: str | Path, display: str | None = None) -> Document:
    """Read and parse one YAML file safely; problems are collected, never raised.

    At most MAX_BYTES + 1 bytes are read: a huge file fails at once, using little memory.
    """
    doc = Document(display or str(path))
    try:
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size  # 0 for a pipe: then the capped read tells
            raw = file.read(MAX_BYTES + 1) if size <= MAX_BYTES else b""
            size = max(size, len(raw))
    except OSError as exc:
        doc.problems.append(
            Problem(doc.path, 1, 1, ERROR, _("cannot read file: {reason}").format(reason=exc.strerror or exc))
        )
        return doc
    if size > MAX_BYTES:
        return _too_large(doc, size)
    return parse_bytes(raw, doc)


def _too_large(doc: Document, size: int) -> Document:
    doc.problems.append(
        Problem(
            doc.path,
            1,
            1,
            ERROR,
            _("file is {size:,} bytes; the limit is {limit:,}").format(size=size, limit=MAX_BYTES),
        )
    )
    return doc


def parse_bytes(raw: bytes, doc: Document) -> Document:
    """Parse bytes into `doc`: size cap, UTF-8, YAML syntax, aliases, tags, duplicate keys."""
    if len(raw) > MAX_BYTES:
        return _too_large(doc, len(raw))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        doc.problems.append(
            Problem(doc.path, line, column, ERROR, _("file is not UTF-8 text; save it as UTF-8"))
        )
        return doc
    loader = _Loader(text)
    try:
        # iter(get_event, None): the parser's events without yaml.parse's per-event check_event call.
        doc.data = _Builder(doc).build(iter(loader.get_event, None))
    except yaml.YAMLError as exc:
        found = explain(text, exc)
        # One message per mistake: what the builder said from the mistake on followed from it.
        doc.problems[:] = [p for p in doc.problems if p.line < found.line]
        doc.problems.append(
            Problem(
                doc.path, found.line, found.column, ERROR, _("YAML syntax: {what}").format(what=found.message)
            )
        )
        return doc
    finally:
        loader.dispose()
    doc.text = text
    if doc.data is None and not doc.problems:
        doc.problems.append(Problem(doc.path, 1, 1, ERROR, _("file is empty")))
    return doc


def _compose(text: str) -> yaml.Node | None:
    loader = _Loader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


_KEY = object()  # a mapping frame waiting for its next key


class _Frame:
    """A mapping or list being built: its value, its start event, and the event number of each entry."""

    __slots__ = ("bad_key", "entries", "key", "start", "value")

    def __init__(self, value: Any, start: int):
        self.value = value
        self.start = start
        self.entries: dict[Any, int] | list[int] = {} if isinstance(value, dict) else []
        self.key: Any = _KEY
        self.bad_key = False


class _Builder:
    """Builds plain Python data from parser events, refusing aliases and non-core tags, noting positions."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.constructor = yaml.constructor.SafeConstructor()
        self.resolver = yaml.resolver.Resolver()
        # Only plain scalars starting with these characters can be anything but text (true, 12, ~, ...).
        self.special = frozenset(self.resolver.yaml_implicit_resolvers)
        self.resolved: dict[str, Any] = {}  # short plain scalars already resolved ("2", "-1", "true")

    def _problem(self, number: int, message: str) -> None:
        line, column = _unpack(self.doc._marks[number])
        self.doc.problems.append(Problem(self.doc.path, line, column, ERROR, message))

    def build(self, events: Any) -> Any:
        """The data of the single document in the event stream."""
        stack: list[_Frame] = [_Frame([], -1)]
        marks, entries = self.doc._marks, self.doc._entries
        documents = 0
        for event in events:
            kind = event.__class__
            if kind is yaml.ScalarEvent:
                marks.append(_pack(event.start_mark))
                self._add(stack, self._scalar(event, len(marks) - 1), event, len(marks) - 1)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                marks.append(_pack(event.start_mark))
                mapping = kind is yaml.MappingStartEvent
                self._check_tag(
                    event, len(marks) - 1, "tag:yaml.org,2002:map" if mapping else "tag:yaml.org,2002:seq"
                )
                stack.append(_Frame({} if mapping else [], len(marks) - 1))
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                frame = stack.pop()
                entries[frame.start] = frame.entries
                self._add(stack, frame.value, event, frame.start, collection=True)
            elif kind is yaml.AliasEvent:
                marks.append(_pack(event.start_mark))
                self._problem(
                    len(marks) - 1,
                    _("aliases (*{name}) are not allowed in scenarios; repeat the text instead").format(
                        name=event.anchor
                    ),
                )
                self._add(stack, None, event, len(marks) - 1)
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents == 2:
                    marks.append(_pack(event.start_mark))
                    self._problem(len(marks) - 1, _("a scenario file holds one document; remove this '---'"))
        values = stack[0].value
        return values[0] if values else None

    def _add(
        self, stack: list[_Frame], value: Any, event: Any, number: int, collection: bool = False
    ) -> None:
        frame = stack[-1]
        entries = frame.entries
        if isinstance(entries, list):
            frame.value.append(value)
            entries.append(number)
            return
        if frame.key is not _KEY:
            if not frame.bad_key:
                frame.value[frame.key] = value
            frame.key, frame.bad_key = _KEY, False
            return
        if collection or event.__class__ is yaml.AliasEvent:
            self._problem(number, _("a key must be a plain name, not a list or mapping"))
            frame.key, frame.bad_key = None, True
            return
        if event.value == "<<" and event.implicit[0]:
            self._problem(number, _("merge keys (<<) are not allowed in scenarios"))
            frame.key, frame.bad_key = None, True
            return
        key = event.value if isinstance(value, bool) or value is None else value
        if key in entries:
            self._problem(
                number,
                _("duplicate key '{key}' (first at line {line}); only one may stay").format(
                    key=key, line=_unpack(self.doc._marks[entries[key]])[0]
                ),
            )
        entries[key] = number
        frame.key = key

    def _check_tag(self, event: Any, number: int, expected: str) -> None:
        if event.tag not in (None, "!", expected):
            self._problem(number, _("tag {tag} is not allowed in scenarios").format(tag=event.tag))

    def _scalar(self, event: yaml.ScalarEvent, number: int) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            value = event.value
            if not event.implicit[0] or (value and value[0] not in self.special):  # quoted, or plain text
                return value
            if value in self.resolved:
                return self.resolved[value]
            tag = self.resolver.resolve(  # type: ignore[no-untyped-call]  # untyped in types-PyYAML
                yaml.ScalarNode, value, event.implicit
            )
        if tag == _STR:
            return event.value
        if tag not in _CORE_TAGS:
            self._problem(number, _("tag {tag} is not allowed in scenarios").format(tag=tag))
            return None
        # types-PyYAML types an event's marks as either Mark class but a node's as the pure one only.
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)  # type: ignore[arg-type]
        try:
            result = self.constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError) as exc:
            self._problem(
                number, _("cannot read value {value!r}: {reason}").format(value=event.value, reason=exc)
            )
            return None
        if event.tag is None and len(event.value) <= 16:
            self.resolved[event.value] = result
        return result
