"""The draft-07 JSON Schema of the scenario format, generated from the pydantic model."""

from __future__ import annotations

from typing import Any

from .schema import Scenario


def scenario_schema() -> dict[str, Any]:
    """The schema editors use (the YAML language server reads draft-07)."""
    schema = Scenario.model_json_schema(ref_template="#/definitions/{model}")
    schema["definitions"] = schema.pop("$defs", {})
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        **{k: v for k, v in schema.items() if k != "$schema"},
    }
