"""Plain data passed between the pipeline's steps: what the snapshot holds for one model."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .naming import ModelNames

JSONSchema = dict[str, Any]
#: the two schemas of every model: what callers send, what they receive
SIDES = ("input", "output")


@dataclass(frozen=True)
class ModelSpec:
    """One model as loaded from the snapshot: its id, Python names, task and two schemas."""

    names: ModelNames
    input_schema: JSONSchema
    output_schema: JSONSchema
    task: str | None = None
    description: str | None = None

    @property
    def model_id(self) -> str:
        return self.names.model_id


@dataclass(frozen=True)
class FieldSpec:
    """One top-level field of a generated input model, as the client's keyword argument.

    ``annotation`` is Python source valid inside the model's module (it may name the module's own
    classes, listed in ``references``, which the client qualifies with the module's alias).
    """

    name: str
    wire_name: str
    annotation: str
    required: bool
    description: str | None = None
    default: Any = None
    has_default: bool = False
    references: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class EmittedModels:
    """What ``emit_models`` produced for one model."""

    source: str
    input_class: str
    output_class: str
    #: the input's top-level fields, or ``None`` when the input is not one object (a union)
    input_fields: tuple[FieldSpec, ...] | None
    #: "model" (parse JSON into output_class) or "bytes" (binary body returned as is)
    output_kind: str = "model"
    #: JSON Schema features the module could not express in pydantic, said in its docstring too
    limitations: tuple[str, ...] = ()
