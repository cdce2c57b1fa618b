"""Safe YAML reading: bounded size, no aliases, no custom tags, duplicate keys found, every node located.

The pipeline is libyaml compose (which keeps positions), then our own construction from the node
tree. Nothing here can run code: only the YAML core types are built, and an unknown tag is an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import ERROR, Problem

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # libyaml missing: the pure loader is slower but equivalent
    _Loader = yaml.SafeLoader

MAX_BYTES = 8 * 1024 * 1024
_CORE_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


@dataclass
class Document:
    """A parsed YAML document: the plain data, its node tree for locating, and the problems found."""

    path: str
    data: Any = None
    root: yaml.Node | None = None
    problems: list[Problem] = field(default_factory=list)

    def error(self, where: tuple, message: str, severity: str = ERROR) -> None:
        """Record a problem at a data path such as ('states', 'llegada', 'choices', 0, 'to')."""
        line, column = self.locate(where)
        self.problems.append(Problem(self.path, line, column, severity, message))

    def locate(self, where: tuple) -> tuple[int, int]:
        """The 1-based line and column of the deepest node along a data path."""
        node = self.root
        if node is None:
            return 1, 1
        best = node
        for step in where:
            nxt = _child(node, step)
            if nxt is None:
                break
            node = best = nxt
        return best.start_mark.line + 1, best.start_mark.column + 1


def _child(node: yaml.Node, step: Any) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        key_only = isinstance(step, tuple) and step and step[0] == "key"
        wanted = step[1] if key_only else step
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == str(wanted):
                return key if key_only else value
        return None
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int):
        return node.value[step] if 0 <= step < len(node.value) else None
    return None


def read_document(path: str | Path, display: str | None = None) -> Document:
    """Read and parse one YAML file safely; problems are collected, never raised."""
    doc = Document(display or str(path))
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        doc.problems.append(Problem(doc.path, 1, 1, ERROR, f"cannot read file: {exc.strerror or exc}"))
        return doc
    return parse_bytes(raw, doc)


def parse_bytes(raw: bytes, doc: Document) -> Document:
    """Parse bytes into `doc`: size cap, UTF-8, YAML syntax, aliases, tags, duplicate keys."""
    if len(raw) > MAX_BYTES:
        doc.problems.append(Problem(doc.path, 1, 1, ERROR,
                                    f"file is {len(raw):,} bytes; the limit is {MAX_BYTES:,}"))
        return doc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        doc.problems.append(Problem(doc.path, line, column, ERROR,
                                    "file is not UTF-8 text; save it as UTF-8"))
        return doc
    if not text.strip() or all(ln.strip().startswith("#") or not ln.strip() for ln in text.splitlines()):
        doc.problems.append(Problem(doc.path, 1, 1, ERROR, "file is empty"))
        return doc
    try:
        doc.root = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or exc.context or "invalid YAML"
        doc.problems.append(Problem(doc.path, line, column, ERROR, f"YAML syntax: {what}"))
        return doc
    except yaml.YAMLError as exc:
        doc.problems.append(Problem(doc.path, 1, 1, ERROR, f"YAML syntax: {exc}"))
        return doc
    if doc.root is None:
        doc.problems.append(Problem(doc.path, 1, 1, ERROR, "file is empty"))
        return doc
    builder = _Builder(doc)
    doc.data = builder.build(doc.root)
    if builder.shared:
        _report_aliases(text, doc)
    return doc


def _report_aliases(text: str, doc: Document, limit: int = 20) -> None:
    """Point at each alias (`*name`); only run when the node tree showed one, so it costs nothing usually."""
    found = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            mark = event.start_mark
            doc.problems.append(Problem(doc.path, mark.line + 1, mark.column + 1, ERROR,
                                        f"aliases (*{event.anchor}) are not allowed in scenarios; "
                                        "repeat the text instead"))
            found += 1
            if found >= limit:
                break


def _compose(text: str) -> yaml.Node | None:
    loader = _Loader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


class _Builder:
    """Builds plain Python data from a node tree, refusing aliases and non-core tags."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.seen: set[int] = set()
        self.shared = False
        self.constructor = yaml.constructor.SafeConstructor()

    def _problem(self, node: yaml.Node, message: str) -> None:
        mark = node.start_mark
        self.doc.problems.append(Problem(self.doc.path, mark.line + 1, mark.column + 1, ERROR, message))

    def build(self, node: yaml.Node) -> Any:
        # Iterative walk: deep documents must not exhaust Python's recursion limit.
        result: list[Any] = []
        stack: list[tuple[yaml.Node, Any, Any]] = [(node, result, None)]
        while stack:
            current, parent, slot = stack.pop()
            value = self._open(current, stack)
            if isinstance(parent, list) and slot is None:
                parent.append(value)
            else:
                parent[slot] = value
        return result[0]

    def _open(self, node: yaml.Node, stack: list) -> Any:
        if id(node) in self.seen:
            self.shared = True  # an alias: reported with its own position by _report_aliases
            return None
        self.seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, stack)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != "tag:yaml.org,2002:seq":
                self._problem(node, f"tag {node.tag} is not allowed")
            items: list[Any] = [None] * len(node.value)
            for index, item in enumerate(node.value):
                stack.append((item, items, index))
            return items
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, stack: list) -> dict:
        if node.tag != "tag:yaml.org,2002:map":
            self._problem(node, f"tag {node.tag} is not allowed")
        out: dict = {}
        first_line: dict = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self._problem(key_node, "merge keys (<<) are not allowed in scenarios")
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self._problem(key_node, "a key must be a plain name, not a list or mapping")
                continue
            key = self._scalar(key_node)
            if isinstance(key, bool) or key is None:
                key = key_node.value  # `on:`, `no:`, `null:` as keys mean the word itself
            if key in first_line:
                self._problem(key_node, f"duplicate key '{key}' (first at line {first_line[key]}); "
                                        "only one may stay")
            first_line[key] = key_node.start_mark.line + 1
            out[key] = None
            stack.append((value_node, out, key))
        return out

    def _scalar(self, node: yaml.Node) -> Any:
        if node.tag not in _CORE_TAGS:
            self._problem(node, f"tag {node.tag} is not allowed in scenarios")
            return None
        try:
            return self.constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError) as exc:
            self._problem(node, f"cannot read value {node.value!r}: {exc}")
            return None
