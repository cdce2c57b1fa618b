"""Turns pydantic validation errors into located, plain-language problems for authors."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from .problems import did_you_mean
from .yamlsource import Document

_TYPE_NAMES = {
    "string_type": "text",
    "int_type": "a whole number",
    "dict_type": "a mapping of names to values",
    "list_type": "a list",
    "model_type": "a mapping of fields",
    "literal_error": None,
}


def report(doc: Document, error: ValidationError, root: type[BaseModel]) -> None:
    """Add one problem to `doc` for each pydantic error, at the node it concerns."""
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        doc.error(_where(loc), _message(item, loc, root))


def _where(loc: tuple) -> tuple:
    # pydantic reports a bad dict key as (..., key, '[key]'); point at the key itself.
    if len(loc) >= 2 and loc[-1] == "[key]":
        return loc[:-2] + (("key", loc[-2]),)
    return tuple(step for step in loc if not (isinstance(step, str) and step.startswith("function-")))


def _message(item: dict, loc: tuple, root: type[BaseModel]) -> str:
    kind, value = item["type"], item.get("input")
    field = _field_name(loc)
    if kind == "missing":
        return f"missing required field '{loc[-1]}'"
    if kind == "extra_forbidden":
        known = _fields_at(root, loc[:-1])
        return f"unknown field '{loc[-1]}'" + did_you_mean(loc[-1], known)
    if kind == "string_pattern_mismatch":
        return (f"'{value}' is not a safe name{field}: use lowercase letters a-z, digits, '_' or '-', "
                "starting with a letter")
    if kind == "literal_error":
        allowed = item.get("ctx", {}).get("expected", "")
        options = [part.strip(" '") for part in allowed.replace(" or ", ",").split(",")]
        return f"{_show(value)} is not allowed{field}; use one of {allowed}" + did_you_mean(value, options)
    if kind in _TYPE_NAMES:
        wanted = _TYPE_NAMES[kind] or "another value"
        hint = ""
        if isinstance(value, bool) and kind == "string_type":
            hint = ' — YAML reads unquoted yes/no/on/off as true/false: put the text in quotes, e.g. "No"'
        elif value is None and kind == "string_type":
            hint = " — the value is empty"
        elif kind == "string_type" and not isinstance(value, (dict, list)):
            hint = f' — put it in quotes: "{value}"'
        return f"expected {wanted}{field}, got {_show(value)}{hint}"
    if kind in ("greater_than_equal", "less_than_equal", "too_short", "too_long", "value_error"):
        return item["msg"].removeprefix("Value error, ") + field
    return item["msg"] + field


def _field_name(loc: tuple) -> str:
    names = [step for step in loc if isinstance(step, str) and step != "[key]"]
    return f" for '{names[-1]}'" if names else ""


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def _fields_at(root: type[BaseModel], loc: tuple) -> list[str]:
    """The field names allowed at a location, found by walking the model's annotations."""
    current: Any = root
    for step in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(step) if isinstance(step, str) else None
            if field is None:
                return []
            current = field.annotation
        elif typing.get_origin(current) in (dict, list):
            current = typing.get_args(current)[-1]
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap(annotation: Any) -> Any:
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0]
        else:
            return annotation
