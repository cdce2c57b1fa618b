"""The scoring rubric (scenarios/principles.yaml) and the asset manifest (assets/manifest.yaml)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from . import schema as s
from . import schema_errors
from .build import text
from .messages import _
from .model import Text, frozen_map
from .problems import ERROR, ScenarioError
from .yamlsource import Document, read_document

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Principle:
    """One competency: its names, what it means, what scores up and down, and its source."""

    id: str
    name: Text
    description: Text
    scores_up: Text
    scores_down: Text
    source: str


@dataclass(frozen=True)
class Catalog:
    """The known principles and art a scenario may name."""

    principles: Mapping[str, Principle]
    portraits: frozenset[str]
    backgrounds: frozenset[str]


def read_validated(path: Path, model: type[M]) -> tuple[Document, M | None]:
    """Read a YAML file and validate it against a pydantic model; problems stay in the document."""
    doc = read_document(path)
    if doc.problems and any(p.severity == ERROR for p in doc.problems):
        return doc, None
    if not isinstance(doc.data, dict):
        doc.error((), _("the top level must be a mapping of fields (name: value)"))
        return doc, None
    try:
        return doc, model.model_validate(doc.data, strict=True)
    except ValidationError as exc:
        schema_errors.report(doc, exc, model)
        return doc, None


def load_catalog(principles_path: Path, manifest_path: Path) -> Catalog:
    """Load principles.yaml and the asset manifest; raises ScenarioError with located problems."""
    doc_r, rubric = read_validated(principles_path, s.Rubric)
    doc_m, manifest = read_validated(manifest_path, s.AssetManifest)
    if rubric is None or manifest is None:
        raise ScenarioError(doc_r.problems + doc_m.problems)
    principles = {
        pid: Principle(
            pid, text(p.name), text(p.description), text(p.scores_up), text(p.scores_down), p.source
        )
        for pid, p in rubric.principles.items()
    }
    return Catalog(frozen_map(principles), frozenset(manifest.portraits), frozenset(manifest.backgrounds))
