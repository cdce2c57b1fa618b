"""Turns pydantic validation errors into located, plain-language problems for authors."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from .messages import N_, _
from .problems import DataPath, did_you_mean
from .yamlsource import Document

_TYPE_NAMES = {
    "string_type": N_("text"),
    "int_type": N_("a whole number"),
    "dict_type": N_("a mapping of names to values"),
    "list_type": N_("a list"),
    "model_type": N_("a mapping of fields"),
}


def report(doc: Document, error: ValidationError, root: type[BaseModel]) -> None:
    """Add one problem to `doc` for each pydantic error, at the node it concerns."""
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        doc.error(_where(loc), _message(item, loc, root))


def _where(loc: DataPath) -> DataPath:
    # pydantic reports a bad dict key as (..., key, '[key]'); point at the key itself.
    if len(loc) >= 2 and loc[-1] == "[key]":
        return loc[:-2] + (("key", loc[-2]),)
    return tuple(step for step in loc if not (isinstance(step, str) and step.startswith("function-")))


def _message(item: ErrorDetails, loc: DataPath, root: type[BaseModel]) -> str:
    kind, value, ctx = item["type"], item.get("input"), item.get("ctx", {})
    field = _field_name(loc)
    if kind == "missing":
        return _("missing required field '{name}'").format(name=loc[-1])
    if kind == "extra_forbidden":
        known = _fields_at(root, loc[:-1])
        return _("unknown field '{name}'").format(name=loc[-1]) + did_you_mean(loc[-1], known)
    if kind == "string_pattern_mismatch":
        return _(
            "'{value}' is not a safe name{field}: use lowercase letters a-z, digits, '_' or '-', starting "
            "with a letter"
        ).format(value=value, field=field)
    if kind == "literal_error":
        allowed = ctx.get("expected", "")
        options = [part.strip(" '") for part in allowed.replace(" or ", ",").split(",")]
        return _("{value} is not allowed{field}; use one of {allowed}").format(
            value=_show(value), field=field, allowed=", ".join(f"'{o}'" for o in options)
        ) + did_you_mean(value, options)
    if kind in _TYPE_NAMES:
        return _("expected {wanted}{field}, got {value}").format(
            wanted=_(_TYPE_NAMES[kind]), field=field, value=_show(value)
        ) + _hint(kind, value)
    bounds = {
        "greater_than_equal": (_("must be at least {n}"), "ge"),
        "less_than_equal": (_("must be at most {n}"), "le"),
        "too_short": (_("needs at least {n} item(s)"), "min_length"),
        "too_long": (_("may hold at most {n}"), "max_length"),
    }
    if kind in bounds:
        text, key = bounds[kind]
        return text.format(n=ctx.get(key, "?")) + field
    if kind == "value_error":
        return str(ctx.get("error", item["msg"])) + field
    return item["msg"] + field


def _hint(kind: str, value: Any) -> str:
    if kind != "string_type" or isinstance(value, (dict, list)):
        return ""
    if isinstance(value, bool):
        return _(' — YAML reads unquoted yes/no/on/off as true/false: put the text in quotes, e.g. "No"')
    if value is None:
        return _(" — the value is empty")
    return _(' — put it in quotes: "{value}"').format(value=value)


def _field_name(loc: DataPath) -> str:
    names = [step for step in loc if isinstance(step, str) and step != "[key]"]
    return _(" for '{name}'").format(name=names[-1]) if names else ""


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return _("nothing")
    if isinstance(value, dict):
        return _("a mapping")
    if isinstance(value, list):
        return _("a list")
    return repr(value)


def _fields_at(root: type[BaseModel], loc: DataPath) -> list[str]:
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
