"""Semantic, direction-aware diff of two JSON Schemas, each change classified for callers.

Pure: values in, values out, no I/O. ``cli`` fetches and loads, this module compares, ``report``
renders.

API
===

``diff_schemas(old, new, *, side)``
    The changes between two versions of one schema document, as a list of :class:`SchemaChange` in
    a deterministic order (by path, then rule id). ``side`` says who uses the schema: ``"input"``
    (what callers send: narrowing breaks them) or ``"output"`` (what callers receive and the
    generated client parses: widening breaks it). Equivalent rewrites give ``[]``.
``diff_model(model_id, old_input, old_output, new_input, new_output)``
    A :class:`ModelDrift` for one model. ``old_*`` come from the snapshot, ``new_*`` from upstream;
    ``None`` means "not there": both old ``None`` is a model added to the config but not in the
    snapshot (``model-added``), both new ``None`` a model removed from the catalog
    (``model-removed``); one side ``None`` is ``schema-added`` / ``schema-removed``.
:class:`DriftReport`
    All models of one run, plus the files of ``generated/`` found out of date; ``exceeds(fail_on)``
    says whether the run must exit 1.

What is *not* a change (normalised away before comparing):
key order and whitespace; a local ``$ref`` (``#/...``, into ``$defs``/``definitions`` or anywhere in
the document) against the same schema inlined (cycles are followed once, then taken as equal);
``type: [T, "null"]`` against ``anyOf``/``oneOf`` of single-type branches or of ``[S, {type: null}]``;
OpenAPI ``nullable: true``; ``integer`` beside ``number``; ``5`` against ``5.0``; draft-4 boolean
``exclusiveMinimum``/``exclusiveMaximum``; bounds that admit the same integers (``minimum: 1`` against
``exclusiveMinimum: 0`` on an integer); ``items: [...]`` against ``prefixItems``; keywords at their
no-op value (``additionalProperties: true`` or ``{}``, ``minLength: 0``, ``required: []``...);
``const: x`` against ``enum: [x]``; order of ``required`` and ``enum``. A nullable type with an enum
is read as admitting ``null`` whether or not the enum lists it, as code generators read it.

``path`` is a JSON Pointer into the schema as seen with its ``$ref``s inlined (the logical location:
``/properties/styles/items/properties/id/pattern``), so it names the same place in both versions
whether or not they use ``$ref``. Inside ``anyOf``/``oneOf`` it carries the old branch index (the new
one for an added branch). It ends with the keyword that changed, or with the property for property
rules. ``old``/``new`` are the values before and after, ``None`` when absent (the message says
"added"/"removed").

Rules
=====

Rule ids are stable and kebab-case; grep and allow-list them. ``request-*`` rules are reported for
input schemas, ``response-*`` for output schemas, ``schema-*`` for either with the same level,
``model-*`` for the catalog (side ``None``). Added bounds count as a bound moved from unbounded, a
removed one as moved to unbounded.

=========================================== ========= ================================================
rule                                        level     when
=========================================== ========= ================================================
model-removed                               breaking  the model is gone from the catalog
model-added                                 warning   configured, but not in the snapshot yet
schema-removed                              breaking  the model no longer publishes this schema
schema-added                                info      the model publishes a schema it did not
request-property-removed                    breaking  property removed, extra properties forbidden
request-property-undeclared                 warning   property removed, still accepted as additional
request-property-added                      info      new optional property
request-required-property-added             breaking  new required property
request-property-became-required            breaking  optional property became required
request-property-became-optional            info      required property became optional
request-type-narrowed                       breaking  fewer types accepted (number -> integer...)
request-type-widened                        info      more types accepted
request-type-changed                        breaking  types replaced (string -> number...)
request-became-nullable                     info      null now accepted
request-became-non-nullable                 breaking  null no longer accepted
request-enum-value-removed                  breaking  one enum value no longer accepted
request-enum-value-added                    info      one more enum value accepted
request-enum-constraint-added               breaking  an enum where any value was accepted
request-enum-constraint-removed             info      the enum dropped: any value accepted
request-const-changed                       breaking  const value changed
request-const-added                         breaking  a const where any value was accepted
request-const-removed                       info      const dropped
request-maximum-decreased                   breaking  maximum/exclusiveMaximum lowered or added
request-maximum-increased                   info      maximum raised or removed
request-minimum-increased                   breaking  minimum/exclusiveMinimum raised or added
request-minimum-decreased                   info      minimum lowered or removed
request-max-length-decreased                breaking  maxLength lowered or added
request-max-length-increased                info      maxLength raised or removed
request-min-length-increased                breaking  minLength raised or added
request-min-length-decreased                info      minLength lowered or removed
request-max-items-decreased                 breaking  maxItems lowered or added
request-max-items-increased                 info      maxItems raised or removed
request-min-items-increased                 breaking  minItems raised or added
request-min-items-decreased                 info      minItems lowered or removed
request-max-properties-decreased            breaking  maxProperties lowered or added
request-max-properties-increased            info      maxProperties raised or removed
request-min-properties-increased            breaking  minProperties raised or added
request-min-properties-decreased            info      minProperties lowered or removed
request-pattern-added                       breaking  a pattern where there was none
request-pattern-changed                     breaking  pattern replaced
request-pattern-removed                     info      pattern dropped
request-format-added                        warning   a format where there was none
request-format-changed                      warning   format replaced
request-format-removed                      info      format dropped
request-additional-properties-closed        breaking  additionalProperties became false
request-additional-properties-opened        info      additionalProperties false dropped
request-variant-removed                     breaking  an anyOf/oneOf branch removed
request-variant-added                       info      an anyOf/oneOf branch added
request-default-changed                     warning   default added, removed or changed
response-property-removed                   breaking  property no longer returned
response-property-added                     info      new property returned
response-property-became-optional           breaking  required property became optional
response-property-became-required           info      optional property became required
response-type-narrowed                      info      fewer types returned
response-type-widened                       breaking  more types returned
response-type-changed                       breaking  types replaced
response-became-nullable                    breaking  null may now be returned
response-became-non-nullable                info      null no longer returned
response-enum-value-added                   warning   one more enum value may be returned
response-enum-value-removed                 info      one enum value no longer returned
response-enum-constraint-added              info      values now limited to an enum
response-enum-constraint-removed            warning   the enum dropped: any value returned
response-const-changed                      breaking  const value changed
response-const-added                        info      a const where any value was returned
response-const-removed                      warning   const dropped
response-maximum-increased                  warning   maximum raised or removed (client validates)
response-maximum-decreased                  info      maximum lowered or added
response-minimum-decreased                  warning   minimum lowered or removed
response-minimum-increased                  info      minimum raised or added
response-max-length-increased               warning   maxLength raised or removed
response-max-length-decreased               info      maxLength lowered or added
response-min-length-decreased               warning   minLength lowered or removed
response-min-length-increased               info      minLength raised or added
response-max-items-increased                warning   maxItems raised or removed
response-max-items-decreased                info      maxItems lowered or added
response-min-items-decreased                warning   minItems lowered or removed
response-min-items-increased                info      minItems raised or added
response-max-properties-increased           warning   maxProperties raised or removed
response-max-properties-decreased           info      maxProperties lowered or added
response-min-properties-decreased           warning   minProperties lowered or removed
response-min-properties-increased           info      minProperties raised or added
response-pattern-added                      info      a pattern where there was none
response-pattern-changed                    warning   pattern replaced (client validates)
response-pattern-removed                    warning   pattern dropped
response-format-added                       info      a format where there was none
response-format-changed                     breaking  format replaced (uri -> uuid...)
response-format-removed                     breaking  format dropped
response-additional-properties-closed       info      additionalProperties became false
response-additional-properties-opened       info      additionalProperties false dropped
response-variant-added                      breaking  an anyOf/oneOf branch added
response-variant-removed                    info      an anyOf/oneOf branch removed
response-default-changed                    info      default added, removed or changed
schema-description-changed                  info      description added, removed or changed
schema-title-changed                        info      title added, removed or changed
schema-example-changed                      info      example/examples added, removed or changed
schema-deprecated-changed                   info      deprecated flag changed
schema-annotation-changed                   info      $schema, $comment, readOnly, writeOnly...
schema-keyword-changed                      warning   any other keyword, or a change not modelled
=========================================== ========= ================================================

``schema-keyword-changed`` is the safety net: an unknown or unmodelled keyword (``contentType``,
``multipleOf``, ``uniqueItems``, ``not``, ``if``, a combinator added or switched, tuple length...)
that changed is reported, never silently dropped.
"""

from __future__ import annotations

import json
import math
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal

Side = Literal["input", "output"]
Level = Literal["breaking", "warning", "info"]
FailOn = Literal["breaking", "warning", "any"]
ModelStatus = Literal["changed", "unchanged", "removed", "added"]

#: Levels from the most to the least severe.
LEVELS: Final[tuple[Level, ...]] = ("breaking", "warning", "info")

_B: Final = "breaking"
_W: Final = "warning"
_I: Final = "info"


def _bound_rules() -> dict[str, Level]:
    rules: dict[str, Level] = {}
    for kind in ("maximum", "max-length", "max-items", "max-properties"):
        rules[f"request-{kind}-decreased"] = _B
        rules[f"request-{kind}-increased"] = _I
        rules[f"response-{kind}-increased"] = _W
        rules[f"response-{kind}-decreased"] = _I
    for kind in ("minimum", "min-length", "min-items", "min-properties"):
        rules[f"request-{kind}-increased"] = _B
        rules[f"request-{kind}-decreased"] = _I
        rules[f"response-{kind}-decreased"] = _W
        rules[f"response-{kind}-increased"] = _I
    return rules


#: Every rule id and its level: the single source the module docstring's table documents.
RULES: Final[Mapping[str, Level]] = {
    "model-removed": _B,
    "model-added": _W,
    "schema-removed": _B,
    "schema-added": _I,
    "request-property-removed": _B,
    "request-property-undeclared": _W,
    "request-property-added": _I,
    "request-required-property-added": _B,
    "request-property-became-required": _B,
    "request-property-became-optional": _I,
    "request-type-narrowed": _B,
    "request-type-widened": _I,
    "request-type-changed": _B,
    "request-became-nullable": _I,
    "request-became-non-nullable": _B,
    "request-enum-value-removed": _B,
    "request-enum-value-added": _I,
    "request-enum-constraint-added": _B,
    "request-enum-constraint-removed": _I,
    "request-const-changed": _B,
    "request-const-added": _B,
    "request-const-removed": _I,
    "request-pattern-added": _B,
    "request-pattern-changed": _B,
    "request-pattern-removed": _I,
    "request-format-added": _W,
    "request-format-changed": _W,
    "request-format-removed": _I,
    "request-additional-properties-closed": _B,
    "request-additional-properties-opened": _I,
    "request-variant-removed": _B,
    "request-variant-added": _I,
    "request-default-changed": _W,
    "response-property-removed": _B,
    "response-property-added": _I,
    "response-property-became-optional": _B,
    "response-property-became-required": _I,
    "response-type-narrowed": _I,
    "response-type-widened": _B,
    "response-type-changed": _B,
    "response-became-nullable": _B,
    "response-became-non-nullable": _I,
    "response-enum-value-added": _W,
    "response-enum-value-removed": _I,
    "response-enum-constraint-added": _I,
    "response-enum-constraint-removed": _W,
    "response-const-changed": _B,
    "response-const-added": _I,
    "response-const-removed": _W,
    "response-pattern-added": _I,
    "response-pattern-changed": _W,
    "response-pattern-removed": _W,
    "response-format-added": _I,
    "response-format-changed": _B,
    "response-format-removed": _B,
    "response-additional-properties-closed": _I,
    "response-additional-properties-opened": _I,
    "response-variant-added": _B,
    "response-variant-removed": _I,
    "response-default-changed": _I,
    "schema-description-changed": _I,
    "schema-title-changed": _I,
    "schema-example-changed": _I,
    "schema-deprecated-changed": _I,
    "schema-annotation-changed": _I,
    "schema-keyword-changed": _W,
    **_bound_rules(),
}


@dataclass(frozen=True)
class SchemaChange:
    """One difference between two versions of a schema, classified for callers."""

    #: stable kebab-case id from :data:`RULES`
    rule: str
    level: Level
    #: ``"input"`` or ``"output"``; ``None`` for catalog-level changes (``model-*``)
    side: Side | None
    #: JSON Pointer into the (``$ref``-inlined) schema; ``""`` for the whole document
    path: str
    old: Any
    new: Any
    #: one line a human reads
    message: str

    def to_dict(self) -> dict[str, Any]:
        """The change as plain JSON data (the fields above, in that order)."""
        return {
            "rule": self.rule,
            "level": self.level,
            "side": self.side,
            "path": self.path,
            "old": self.old,
            "new": self.new,
            "message": self.message,
        }


@dataclass(frozen=True)
class ModelDrift:
    """The changes of one model: ``status`` is ``changed`` iff ``changes`` holds schema changes."""

    model_id: str
    changes: tuple[SchemaChange, ...] = ()
    status: ModelStatus = "unchanged"

    def count(self, level: Level) -> int:
        """How many changes of ``level`` this model has."""
        return sum(1 for c in self.changes if c.level == level)


@dataclass(frozen=True)
class DriftReport:
    """Everything one drift run found: the models (in the order given) and stale generated files."""

    models: tuple[ModelDrift, ...]
    #: files of ``generated/`` that differ from what the snapshot generates, as the CLI shows them
    stale_generated: tuple[str, ...] = ()

    def changes(self) -> Iterator[tuple[str, SchemaChange]]:
        """Every change of every model, as ``(model_id, change)``."""
        for model in self.models:
            for change in model.changes:
                yield model.model_id, change

    def count(self, level: Level) -> int:
        """How many changes of ``level`` the run found, over all models."""
        return sum(m.count(level) for m in self.models)

    @property
    def has_drift(self) -> bool:
        """True when any model is not ``unchanged`` or a generated file is stale."""
        return bool(self.stale_generated) or any(m.status != "unchanged" for m in self.models)

    def exceeds(self, fail_on: FailOn) -> bool:
        """Whether the run must fail (exit 1) under ``--fail-on fail_on``.

        ``breaking``: any breaking change; ``warning``: any breaking or warning change; ``any``: any
        change at all. A stale ``generated/`` fails whatever ``fail_on`` says.
        """
        if self.stale_generated:
            return True
        if fail_on == "any":
            return self.has_drift
        if fail_on == "warning":
            return self.count("breaking") + self.count("warning") > 0
        if fail_on == "breaking":
            return self.count("breaking") > 0
        raise ValueError(f"fail_on must be 'breaking', 'warning' or 'any', not {fail_on!r}")


# --------------------------------------------------------------------------------------------
# Normalisation


class _Absent:
    """Marks a keyword or pointer target that is not there (``None`` is JSON null)."""

    def __repr__(self) -> str:
        return "<absent>"


_ABSENT: Final = _Absent()
_FALSE_SCHEMA: Final[dict[str, Any]] = {"not": {}}

#: keywords that do not constrain anything and are not reported (``$defs`` is reached via ``$ref``)
_IGNORED: Final = frozenset({"$defs", "definitions", "$id", "$anchor", "$dynamicAnchor"})
_ANNOTATIONS: Final = frozenset(
    {"description", "title", "examples", "example", "default", "deprecated", "readOnly",
     "writeOnly", "$schema", "$comment", "contentEncoding", "contentMediaType"}
)
#: keyword -> value at which it constrains nothing, dropped so ``x: noop`` equals no ``x``
_NOOP_VALUES: Final[Mapping[str, Any]] = {
    "minLength": 0,
    "minItems": 0,
    "minProperties": 0,
    "uniqueItems": False,
    "deprecated": False,
    "readOnly": False,
    "writeOnly": False,
}
_NOOP_SUBSCHEMAS: Final = frozenset(
    {"additionalProperties", "items", "unevaluatedProperties", "unevaluatedItems",
     "propertyNames", "additionalItems"}
)
_JSON_TYPES: Final = ("array", "boolean", "integer", "null", "number", "object", "string")


def _pointer_get(root: Any, pointer: str) -> Any:
    """The value at a JSON Pointer (already without ``#``), or ``_ABSENT``."""
    pointer = urllib.parse.unquote(pointer)
    if pointer == "":
        return root
    if not pointer.startswith("/"):
        return _ABSENT
    node = root
    for token in pointer[1:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return _ABSENT
    return node


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _join(path: str, *tokens: str | int) -> str:
    return path + "".join("/" + _escape(str(t)) for t in tokens)


def _deref(node: Any, root: Any, active: frozenset[str]) -> tuple[Any, tuple[str, ...]]:
    """Follow local ``$ref``s; return the target (siblings of ``$ref`` laid over it) and the refs.

    A ref already in ``active`` (being expanded above us) is left as an opaque ``{"$ref": ...}``;
    a pure loop of refs (``A -> B -> A``) constrains nothing and becomes ``{}``.
    """
    refs: list[str] = []
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if not ref.startswith("#") or ref in active:
            break
        if ref in refs:
            return {}, tuple(refs)
        target = _pointer_get(root, ref[1:])
        if target is _ABSENT:
            break  # unresolvable: compared as a plain keyword
        refs.append(ref)
        if isinstance(target, bool):
            target = {} if target else dict(_FALSE_SCHEMA)
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**target, **siblings} if siblings and isinstance(target, dict) else target
    return node, tuple(refs)


def _types(value: Any) -> list[str] | None:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        return None
    types = set(value)
    if "number" in types:
        types.discard("integer")  # every integer is a number
    return sorted(types)


def _type_intersection(a: list[str], b: list[str]) -> list[str]:
    result = set(a) & set(b)
    if "integer" in a and "number" in b:
        result.add("integer")
    if "integer" in b and "number" in a:
        result.add("integer")
    return sorted(result)


def _merge(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any] | None:
    """``parent`` and ``child`` as one schema, or None when a keyword is in both with other values."""
    for key, value in child.items():
        if key in parent and not _json_equal(parent[key], value):
            return None
    return {**parent, **child}


def _canon(node: Any, root: Any, active: frozenset[str] = frozenset()) -> tuple[
    dict[str, Any], tuple[str, ...]
]:
    """One schema node in canonical form (its children left raw), and the refs followed to it."""
    node, refs = _deref(node, root, active)
    if node is True:
        return {}, refs
    if node is False:
        return dict(_FALSE_SCHEMA), refs
    if not isinstance(node, dict):
        return {"$invalid": node}, refs
    inner = active | set(refs)
    d: dict[str, Any] = {k: v for k, v in node.items() if k not in _IGNORED}

    if d.get("nullable") is True and "type" in d:
        types = d["type"] if isinstance(d["type"], list) else [d["type"]]
        d["type"] = [*types, "null"]
    if isinstance(d.get("nullable"), bool):
        del d["nullable"]
    if "type" in d:
        normalised = _types(d["type"])
        if normalised is not None:
            d["type"] = normalised
    for excl, incl in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        # draft 4: exclusiveMinimum/Maximum are flags on minimum/maximum
        if isinstance(d.get(excl), bool) and d.pop(excl) and incl in d:
            d[excl] = d.pop(incl)
    if isinstance(d.get("items"), list):  # draft 4-2019 tuple form
        d["prefixItems"] = d.pop("items")
        if "additionalItems" in d:
            d["items"] = d.pop("additionalItems")
    if isinstance(d.get("required"), list) and all(isinstance(r, str) for r in d["required"]):
        d["required"] = sorted(set(d["required"]))
        if not d["required"]:
            del d["required"]
    for key, noop in _NOOP_VALUES.items():
        if key in d and _json_equal(d[key], noop):
            del d[key]
    for key in _NOOP_SUBSCHEMAS:
        if d.get(key) is True or d.get(key) == {}:
            del d[key]
    for key in ("properties", "patternProperties", "$defs"):
        if d.get(key) == {}:
            del d[key]
    if "const" in d and "enum" not in d:
        d["enum"] = [d.pop("const")]
        d["$const"] = True  # remembered so const -> const reports const-changed

    for key in ("anyOf", "oneOf", "allOf"):
        d = _fold_combinator(d, key, root, inner)
        refs = (*refs, *d.pop("$refs", ()))

    enum = d.get("enum")
    if isinstance(enum, list) and "null" in d.get("type", ()) and not any(v is None for v in enum):
        d["enum"] = [*enum, None]
    return d, refs


def _fold_combinator(
    d: dict[str, Any], key: str, root: Any, active: frozenset[str]
) -> dict[str, Any]:
    """Fold ``anyOf``/``oneOf`` of plain types (or of ``[S, {type: null}]``) into ``type``."""
    branches = d.get(key)
    if not isinstance(branches, list) or not branches:
        return d
    canon = [_canon(b, root, active) for b in branches]
    schemas = [c for c, _ in canon]
    refs = tuple(r for _, rs in canon for r in rs)
    rest = {k: v for k, v in d.items() if k != key}
    if key == "allOf" or len(schemas) == 1:
        if len(schemas) == 1:
            merged = _merge(rest, schemas[0])
            if merged is not None:
                return {**merged, "$refs": refs}
        return d
    # oneOf of disjoint plain types is the same as anyOf of them
    if all(set(s) == {"type"} and isinstance(s["type"], list) for s in schemas):
        union = _types([t for s in schemas for t in s["type"]]) or []
        if isinstance(rest.get("type"), list):
            union = _type_intersection(union, rest["type"])
        return {**rest, "type": union, "$refs": refs}
    nulls = [s for s in schemas if s == {"type": ["null"]}]
    others = [s for s in schemas if s != {"type": ["null"]}]
    if len(nulls) == 1 and len(others) == 1 and isinstance(others[0].get("type"), list):
        other = dict(others[0])
        other["type"] = sorted({*other["type"], "null"})
        if "enum" in other:
            other.pop("$const", None)
        merged = _merge(rest, other)
        if merged is not None:
            return {**merged, "$refs": refs}
    return d


# --------------------------------------------------------------------------------------------
# JSON value comparison (``True`` is not ``1``; ``5`` is ``5.0``)


def _value_key(value: Any) -> Any:
    """A hashable key equal for equal JSON values."""
    if isinstance(value, bool) or value is None:
        return ("c", value)
    if isinstance(value, int | float):
        if isinstance(value, float) and value.is_integer():
            return ("n", int(value))
        return ("n", value)
    if isinstance(value, str):
        return ("s", value)
    if isinstance(value, list):
        return ("l", tuple(_value_key(v) for v in value))
    if isinstance(value, dict):
        return ("d", tuple(sorted((str(k), _value_key(v)) for k, v in value.items())))
    return ("?", repr(value))


def _json_equal(a: Any, b: Any) -> bool:
    return bool(_value_key(a) == _value_key(b))


def _show(value: Any, limit: int = 80) -> str:
    """A value as short one-line JSON for messages."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


# --------------------------------------------------------------------------------------------
# The walk

_SUBSCHEMA_KEYS: Final = frozenset(
    {"items", "contains", "propertyNames", "then", "else", "unevaluatedItems",
     "unevaluatedProperties"}
)
_SUBSCHEMA_MAPS: Final = frozenset({"patternProperties", "dependentSchemas"})
_SUBSCHEMA_LISTS: Final = frozenset({"prefixItems", "allOf"})
#: keywords whose subschemas flip or blur direction: compared as opaque values
_OPAQUE_SUBSCHEMAS: Final = frozenset({"not", "if"})
_BOUNDS: Final[tuple[tuple[str, str, str], ...]] = (
    # keyword, rule kind, what it bounds
    ("maxLength", "max-length", "length"),
    ("minLength", "min-length", "length"),
    ("maxItems", "max-items", "number of items"),
    ("minItems", "min-items", "number of items"),
    ("maxProperties", "max-properties", "number of properties"),
    ("minProperties", "min-properties", "number of properties"),
)
_HANDLED: Final = (
    frozenset(
        {"type", "enum", "$const", "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum",
         "pattern", "format", "properties", "required", "additionalProperties", "anyOf", "oneOf"}
    )
    | _ANNOTATIONS
    | _SUBSCHEMA_KEYS
    | _SUBSCHEMA_MAPS
    | _SUBSCHEMA_LISTS
    | {k for k, _, _ in _BOUNDS}
)
_MAX_DEPTH: Final = 200


@dataclass
class _Differ:
    side: Side
    old_root: Any
    new_root: Any
    changes: list[SchemaChange] = field(default_factory=list)

    @property
    def prefix(self) -> str:
        return "request" if self.side == "input" else "response"

    def emit(self, rule: str, path: str, old: Any, new: Any, message: str) -> None:
        if rule not in RULES:
            rule = f"{self.prefix}-{rule}"
        self.changes.append(SchemaChange(rule, RULES[rule], self.side, path, old, new, message))

    # -- traversal --------------------------------------------------------------------------

    def walk(
        self,
        old: Any,
        new: Any,
        path: str,
        seen: frozenset[tuple[tuple[str, ...], tuple[str, ...]]] = frozenset(),
    ) -> None:
        o, orefs = _canon(old, self.old_root)
        n, nrefs = _canon(new, self.new_root)
        pair = (orefs, nrefs)
        if orefs or nrefs:
            if pair in seen:
                return  # the same pair of recursive definitions: equal unless shown otherwise
            seen = seen | {pair}
        if path.count("/") > _MAX_DEPTH:
            if _fingerprint(old, self.old_root) != _fingerprint(new, self.new_root):
                self.emit("schema-keyword-changed", path, None, None, "schema too deep to compare")
            return
        self.compare(o, n, path, seen)

    def compare(
        self,
        o: dict[str, Any],
        n: dict[str, Any],
        path: str,
        seen: frozenset[tuple[tuple[str, ...], tuple[str, ...]]],
    ) -> None:
        o, n = _align_unions(o, n)
        self.compare_annotations(o, n, path)
        self.compare_types(o, n, path)
        self.compare_values(o, n, path)
        self.compare_number_bounds(o, n, path)
        for keyword, kind, what in _BOUNDS:
            self.compare_count_bound(o, n, path, keyword, kind, what)
        self.compare_pattern(o, n, path)
        self.compare_format(o, n, path)
        self.compare_properties(o, n, path, seen)
        self.compare_additional_properties(o, n, path, seen)
        self.compare_variants(o, n, path, seen)
        for key in sorted(_SUBSCHEMA_KEYS):
            self.compare_subschema(o, n, path, key, seen)
        for key in sorted(_SUBSCHEMA_MAPS):
            self.compare_subschema_map(o, n, path, key, seen)
        for key in sorted(_SUBSCHEMA_LISTS):
            self.compare_subschema_list(o, n, path, key, seen)
        for key in sorted((set(o) | set(n)) - _HANDLED):
            old, new = o.get(key, _ABSENT), n.get(key, _ABSENT)
            if key in _OPAQUE_SUBSCHEMAS:
                same = (old is _ABSENT) == (new is _ABSENT) and (
                    old is _ABSENT
                    or _fingerprint(old, self.old_root) == _fingerprint(new, self.new_root)
                )
            else:
                same = (old is _ABSENT) == (new is _ABSENT) and _json_equal(old, new)
            if not same:
                self.keyword_changed(_join(path, key), key, old, new)

    def keyword_changed(self, path: str, key: str, old: Any, new: Any) -> None:
        old_v, new_v, verb = _change(old, new)
        self.emit("schema-keyword-changed", path, old_v, new_v, f"keyword '{key}' {verb}")

    # -- annotations ------------------------------------------------------------------------

    def compare_annotations(self, o: dict[str, Any], n: dict[str, Any], path: str) -> None:
        for key in sorted(_ANNOTATIONS):
            old, new = o.get(key, _ABSENT), n.get(key, _ABSENT)
            if (old is _ABSENT) == (new is _ABSENT) and _json_equal(old, new):
                continue
            old_v, new_v, verb = _change(old, new)
            if key == "default":
                why = (
                    ": callers who omit it get another behaviour"
                    if self.side == "input"
                    else ""
                )
                self.emit("default-changed", _join(path, key), old_v, new_v, f"default {verb}{why}")
            elif key == "description":
                self.emit("schema-description-changed", _join(path, key), old_v, new_v,
                          f"description {verb}")
            elif key == "title":
                self.emit("schema-title-changed", _join(path, key), old_v, new_v, f"title {verb}")
            elif key in ("example", "examples"):
                self.emit("schema-example-changed", _join(path, key), old_v, new_v,
                          f"{key} {verb}")
            elif key == "deprecated":
                self.emit("schema-deprecated-changed", _join(path, key), old_v, new_v,
                          "deprecated" if new_v else "no longer deprecated")
            else:
                self.emit("schema-annotation-changed", _join(path, key), old_v, new_v,
                          f"{key} {verb}")

    # -- types and values -------------------------------------------------------------------

    def compare_types(self, o: dict[str, Any], n: dict[str, Any], path: str) -> None:
        old, new = o.get("type"), n.get("type")
        if not (old is None or isinstance(old, list)) or not (new is None or isinstance(new, list)):
            if not _json_equal(old, new):
                self.keyword_changed(_join(path, "type"), "type", old, new)
            return
        if old == new:
            return
        old_set = set(old) if old is not None else set(_JSON_TYPES)
        new_set = set(new) if new is not None else set(_JSON_TYPES)
        shown_old, shown_new = _show_type(old), _show_type(new)
        where = _join(path, "type")
        if old is not None and new is not None and old_set ^ new_set == {"null"}:
            if "null" in new_set:
                why = "callers may send null" if self.side == "input" else (
                    "the client must now accept null")
                self.emit("became-nullable", where, shown_old, shown_new, f"became nullable: {why}")
            else:
                why = "null is now rejected" if self.side == "input" else "null no longer returned"
                self.emit("became-non-nullable", where, shown_old, shown_new,
                          f"no longer nullable: {why}")
            return
        if _types_within(new_set, old_set):
            kind = "narrowed"
        elif _types_within(old_set, new_set):
            kind = "widened"
        else:
            kind = "changed"
        self.emit(f"type-{kind}", where, shown_old, shown_new,
                  f"type {kind} from {_show(shown_old)} to {_show(shown_new)}")

    def compare_values(self, o: dict[str, Any], n: dict[str, Any], path: str) -> None:
        old, new = o.get("enum"), n.get("enum")
        old_const, new_const = "$const" in o, "$const" in n
        if old is None and new is None:
            return
        if (old is not None and not isinstance(old, list)) or (
            new is not None and not isinstance(new, list)
        ):
            if not _json_equal(old, new):
                self.keyword_changed(_join(path, "enum"), "enum", old, new)
            return
        key = "const" if (new_const if new is not None else old_const) else "enum"
        where = _join(path, key)
        if old is None:
            assert new is not None
            shown = new[0] if new_const else new
            self.emit(f"{key}-added" if new_const else "enum-constraint-added", where, None, shown,
                      f"{key} {_show(shown)} added: only these values are now valid")
            return
        if new is None:
            shown = old[0] if old_const else old
            self.emit(f"{key}-removed" if old_const else "enum-constraint-removed", where, shown,
                      None, f"{key} {_show(shown)} removed: any value is now valid")
            return
        old_keys = {_value_key(v): v for v in old}
        new_keys = {_value_key(v): v for v in new}
        if old_keys.keys() == new_keys.keys():
            return
        if old_const and new_const:
            self.emit("const-changed", where, old[0], new[0],
                      f"const changed from {_show(old[0])} to {_show(new[0])}")
            return
        for value_key in sorted(old_keys.keys() - new_keys.keys(), key=repr):
            value = old_keys[value_key]
            why = ": callers sending it are rejected" if self.side == "input" else ""
            self.emit("enum-value-removed", _join(path, "enum"), value, None,
                      f"enum value {_show(value)} removed{why}")
        for value_key in sorted(new_keys.keys() - old_keys.keys(), key=repr):
            value = new_keys[value_key]
            why = ": the client may receive a value it does not know" if self.side == "output" else ""
            self.emit("enum-value-added", _join(path, "enum"), None, value,
                      f"enum value {_show(value)} added{why}")

    # -- bounds -----------------------------------------------------------------------------

    def compare_number_bounds(self, o: dict[str, Any], n: dict[str, Any], path: str) -> None:
        integer = o.get("type") == ["integer"] and n.get("type") == ["integer"]
        for upper in (False, True):
            incl, excl = ("maximum", "exclusiveMaximum") if upper else ("minimum", "exclusiveMinimum")
            values = [o.get(incl), o.get(excl), n.get(incl), n.get(excl)]
            if any(v is not None and not _is_number(v) for v in values):
                for key in (incl, excl):
                    if not _json_equal(o.get(key, _ABSENT), n.get(key, _ABSENT)):
                        self.keyword_changed(_join(path, key), key, o.get(key, _ABSENT),
                                             n.get(key, _ABSENT))
                continue
            old_b = _number_bound(o, incl, excl, upper=upper, integer=integer)
            new_b = _number_bound(n, incl, excl, upper=upper, integer=integer)
            if (old_b and old_b[:2]) == (new_b and new_b[:2]):
                continue  # the keyword may differ, the values admitted do not
            tighter = _tighter(new_b, old_b, upper=upper)
            kind = "maximum" if upper else "minimum"
            # a tighter bound is a max "decreased" / a min "increased"
            direction = ("decreased" if upper else "increased") if tighter else (
                "increased" if upper else "decreased")
            key = (new_b or old_b or (0, False, incl))[2]
            old_v, new_v = (old_b[0] if old_b else None), (new_b[0] if new_b else None)
            self.emit(f"{kind}-{direction}", _join(path, key), old_v, new_v,
                      f"{kind} {direction}: {_describe_bound(old_b, upper)} -> "
                      f"{_describe_bound(new_b, upper)}")

    def compare_count_bound(
        self, o: dict[str, Any], n: dict[str, Any], path: str, keyword: str, kind: str, what: str
    ) -> None:
        old, new = o.get(keyword), n.get(keyword)
        if _json_equal(old, new):
            return
        if (old is not None and not _is_number(old)) or (new is not None and not _is_number(new)):
            self.keyword_changed(_join(path, keyword), keyword, o.get(keyword, _ABSENT),
                                 n.get(keyword, _ABSENT))
            return
        upper = kind.startswith("max")
        if old is None:
            tighter = True
        elif new is None:
            tighter = False
        else:
            tighter = new < old if upper else new > old
        direction = ("decreased" if upper else "increased") if tighter else (
            "increased" if upper else "decreased")
        shown_old = "none" if old is None else _show(old)
        shown_new = "none" if new is None else _show(new)
        self.emit(f"{kind}-{direction}", _join(path, keyword), old, new,
                  f"{keyword} ({what}) {shown_old} -> {shown_new}")

    # -- strings ----------------------------------------------------------------------------

    def compare_pattern(self, o: dict[str, Any], n: dict[str, Any], path: str) -> None:
        self.compare_string_keyword(o, n, path, "pattern")

    def compare_format(self, o: dict[str, Any], n: dict[str, Any], path: str) -> None:
        self.compare_string_keyword(o, n, path, "format")

    def compare_string_keyword(
        self, o: dict[str, Any], n: dict[str, Any], path: str, key: str
    ) -> None:
        old, new = o.get(key), n.get(key)
        if old == new:
            return
        where = _join(path, key)
        if old is None:
            self.emit(f"{key}-added", where, None, new, f"{key} {_show(new)} added")
        elif new is None:
            self.emit(f"{key}-removed", where, old, None, f"{key} {_show(old)} removed")
        else:
            self.emit(f"{key}-changed", where, old, new,
                      f"{key} changed from {_show(old)} to {_show(new)}")

    # -- objects ----------------------------------------------------------------------------

    def compare_properties(
        self,
        o: dict[str, Any],
        n: dict[str, Any],
        path: str,
        seen: frozenset[tuple[tuple[str, ...], tuple[str, ...]]],
    ) -> None:
        old_props, new_props = o.get("properties", {}), n.get("properties", {})
        old_req, new_req = o.get("required", []), n.get("required", [])
        if not all(isinstance(x, dict) for x in (old_props, new_props)) or not all(
            isinstance(x, list) for x in (old_req, new_req)
        ):
            for key in ("properties", "required"):
                if not _json_equal(o.get(key, _ABSENT), n.get(key, _ABSENT)):
                    self.keyword_changed(_join(path, key), key, o.get(key, _ABSENT),
                                         n.get(key, _ABSENT))
            return
        new_closed = _is_false(n.get("additionalProperties"), self.new_root)
        names = set(old_props) | set(new_props) | set(old_req) | set(new_req)
        for name in sorted(names):
            where = _join(path, "properties", name)
            in_old, in_new = name in old_props, name in new_props
            was_required, is_required = name in old_req, name in new_req
            if in_old and not in_new:
                if self.side == "output":
                    self.emit("property-removed", where, old_props[name], None,
                              f"property '{name}' removed: the client no longer gets it")
                elif new_closed:
                    self.emit("property-removed", where, old_props[name], None,
                              f"property '{name}' removed: callers sending it are rejected")
                else:
                    self.emit("property-undeclared", where, old_props[name], None,
                              f"property '{name}' no longer declared (still accepted as additional)")
                continue
            if in_new and not in_old:
                if self.side == "input" and is_required:
                    self.emit("required-property-added", where, None, new_props[name],
                              f"required property '{name}' added: every caller must send it")
                else:
                    optional = "" if is_required else "optional "
                    self.emit("property-added", where, None, new_props[name],
                              f"{optional}property '{name}' added")
                continue
            if was_required != is_required:
                if is_required:
                    why = ": every caller must send it" if self.side == "input" else ""
                    self.emit("property-became-required", where, False, True,
                              f"property '{name}' became required{why}")
                else:
                    why = ": the client may not get it" if self.side == "output" else ""
                    self.emit("property-became-optional", where, True, False,
                              f"property '{name}' became optional{why}")
            if in_old and in_new:
                self.walk(old_props[name], new_props[name], where, seen)

    def compare_additional_properties(
        self,
        o: dict[str, Any],
        n: dict[str, Any],
        path: str,
        seen: frozenset[tuple[tuple[str, ...], tuple[str, ...]]],
    ) -> None:
        old, new = o.get("additionalProperties", _ABSENT), n.get("additionalProperties", _ABSENT)
        if old is _ABSENT and new is _ABSENT:
            return
        where = _join(path, "additionalProperties")
        old_closed = _is_false(old, self.old_root)
        new_closed = _is_false(new, self.new_root)
        old_v = None if old is _ABSENT else old
        new_v = None if new is _ABSENT else new
        if new_closed and not old_closed:
            why = ": properties not declared are rejected" if self.side == "input" else ""
            self.emit("additional-properties-closed", where, old_v, new_v,
                      f"additionalProperties became false{why}")
        elif old_closed and not new_closed:
            self.emit("additional-properties-opened", where, old_v, new_v,
                      "additionalProperties no longer false: other properties allowed")
        elif not old_closed and not new_closed:
            self.walk({} if old is _ABSENT else old, {} if new is _ABSENT else new, where, seen)

    # -- combinators ------------------------------------------------------------------------

    def compare_variants(
        self,
        o: dict[str, Any],
        n: dict[str, Any],
        path: str,
        seen: frozenset[tuple[tuple[str, ...], tuple[str, ...]]],
    ) -> None:
        for key in ("anyOf", "oneOf"):
            other = "oneOf" if key == "anyOf" else "anyOf"
            old, new = o.get(key), n.get(key)
            if old is None and new is None:
                continue
            if old is not None and new is None and other in n and other not in o:
                # the combinator was switched: say so, then compare the branches
                self.keyword_changed(_join(path, key), key, old, _ABSENT)
                new = n[other]
            elif old is None and new is not None and other in o and other not in n:
                continue  # reported from the other side of the switch above
            elif old is None or new is None:
                self.keyword_changed(_join(path, key), key, o.get(key, _ABSENT),
                                     n.get(key, _ABSENT))
                continue
            if not isinstance(old, list) or not isinstance(new, list):
                if not _json_equal(old, new):
                    self.keyword_changed(_join(path, key), key, old, new)
                continue
            self.compare_branches(old, new, _join(path, key), seen)

    def compare_branches(
        self,
        old: list[Any],
        new: list[Any],
        path: str,
        seen: frozenset[tuple[tuple[str, ...], tuple[str, ...]]],
    ) -> None:
        old_fp = [_fingerprint(b, self.old_root) for b in old]
        new_fp = [_fingerprint(b, self.new_root) for b in new]
        old_c = [_canon(b, self.old_root)[0] for b in old]
        new_c = [_canon(b, self.new_root)[0] for b in new]
        pairs: list[tuple[int, int]] = []
        free_old, free_new = list(range(len(old))), list(range(len(new)))

        def match(same: Any) -> None:
            for i in list(free_old):
                for j in free_new:
                    if same(i, j):
                        pairs.append((i, j))
                        free_old.remove(i)
                        free_new.remove(j)
                        break

        match(lambda i, j: old_fp[i] == new_fp[j])
        match(lambda i, j: "title" in old_c[i] and old_c[i].get("title") == new_c[j].get("title"))
        match(lambda i, j: _branch_shape(old_c[i]) == _branch_shape(new_c[j]))
        if len(free_old) == 1 and len(free_new) == 1:
            pairs.append((free_old.pop(), free_new.pop()))
        for i in free_old:
            why = ": callers sending it are rejected" if self.side == "input" else ""
            self.emit("variant-removed", _join(path, i), old[i], None,
                      f"variant {_branch_name(old_c[i], i)} removed{why}")
        for j in free_new:
            why = ": the client may receive a shape it cannot parse" if self.side == "output" else ""
            self.emit("variant-added", _join(path, j), None, new[j],
                      f"variant {_branch_name(new_c[j], j)} added{why}")
        for i, j in sorted(pairs):
            if old_fp[i] != new_fp[j]:
                self.walk(old[i], new[j], _join(path, i), seen)

    # -- other subschemas -------------------------------------------------------------------

    def compare_subschema(
        self,
        o: dict[str, Any],
        n: dict[str, Any],
        path: str,
        key: str,
        seen: frozenset[tuple[tuple[str, ...], tuple[str, ...]]],
    ) -> None:
        old, new = o.get(key, _ABSENT), n.get(key, _ABSENT)
        if old is _ABSENT and new is _ABSENT:
            return
        if key in ("then", "else", "contains") and (old is _ABSENT) != (new is _ABSENT):
            self.keyword_changed(_join(path, key), key, old, new)
            return
        # an absent items/propertyNames... accepts anything, like {}
        if _is_false(old, self.old_root) != _is_false(new, self.new_root):
            self.keyword_changed(_join(path, key), key, old, new)
            return
        self.walk({} if old is _ABSENT else old, {} if new is _ABSENT else new,
                  _join(path, key), seen)

    def compare_subschema_map(
        self,
        o: dict[str, Any],
        n: dict[str, Any],
        path: str,
        key: str,
        seen: frozenset[tuple[tuple[str, ...], tuple[str, ...]]],
    ) -> None:
        old, new = o.get(key, {}), n.get(key, {})
        if not isinstance(old, dict) or not isinstance(new, dict):
            if not _json_equal(old, new):
                self.keyword_changed(_join(path, key), key, old, new)
            return
        for name in sorted(set(old) | set(new)):
            if name in old and name in new:
                self.walk(old[name], new[name], _join(path, key, name), seen)
            else:
                self.keyword_changed(_join(path, key, name), key, old.get(name, _ABSENT),
                                     new.get(name, _ABSENT))

    def compare_subschema_list(
        self,
        o: dict[str, Any],
        n: dict[str, Any],
        path: str,
        key: str,
        seen: frozenset[tuple[tuple[str, ...], tuple[str, ...]]],
    ) -> None:
        old, new = o.get(key, []), n.get(key, [])
        if not isinstance(old, list) or not isinstance(new, list):
            if not _json_equal(old, new):
                self.keyword_changed(_join(path, key), key, old, new)
            return
        for index in range(max(len(old), len(new))):
            if index < len(old) and index < len(new):
                self.walk(old[index], new[index], _join(path, key, index), seen)
            else:
                self.keyword_changed(
                    _join(path, key, index), key,
                    old[index] if index < len(old) else _ABSENT,
                    new[index] if index < len(new) else _ABSENT,
                )


def _as_union(plain: dict[str, Any], key: str) -> dict[str, Any] | None:
    """``{type: [A, B], ...annotations}`` as ``{key: [{type: A}, {type: B}], ...annotations}``."""
    types = plain.get("type")
    if not isinstance(types, list) or not types or not set(plain) <= _ANNOTATIONS | {"type"}:
        return None
    rest = {k: v for k, v in plain.items() if k != "type"}
    return {**rest, key: [{"type": t} for t in types]}


def _change(old: Any, new: Any) -> tuple[Any, Any, str]:
    """Old and new value (None for absent) and how it changed: "added: x", "removed (was x)"..."""
    old_v = None if old is _ABSENT else old
    new_v = None if new is _ABSENT else new
    if old is _ABSENT:
        return old_v, new_v, f"added: {_show(new_v)}"
    if new is _ABSENT:
        return old_v, new_v, f"removed (was {_show(old_v)})"
    return old_v, new_v, f"changed from {_show(old_v)} to {_show(new_v)}"


def _align_unions(
    o: dict[str, Any], n: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Give both nodes the same shape when one is a union and the other folded to a type list.

    Removing the one complex branch of ``anyOf [number, {string, enum}, null]`` folds the rest to
    ``type: [null, number]``; compared as unions, that reads as the variant removed it is.
    """
    for key in ("anyOf", "oneOf"):
        if key in o and not {"anyOf", "oneOf"} & set(n):
            n = _as_union(n, key) or n
        elif key in n and not {"anyOf", "oneOf"} & set(o):
            o = _as_union(o, key) or o
    return o, n


def _is_false(schema: Any, root: Any) -> bool:
    if schema is _ABSENT:
        return False
    return _canon(schema, root)[0] == _FALSE_SCHEMA


def _show_type(types: list[str] | None) -> Any:
    if types is None:
        return None
    return types[0] if len(types) == 1 else types


def _types_within(inner: set[str], outer: set[str]) -> bool:
    """Whether every value of the types ``inner`` is a value of the types ``outer``."""
    return all(t in outer or (t == "integer" and "number" in outer) for t in inner)


_Bound = tuple[float, bool, str]  # value, exclusive, keyword


def _number_bound(
    d: dict[str, Any], incl: str, excl: str, *, upper: bool, integer: bool
) -> _Bound | None:
    candidates: list[_Bound] = []
    if d.get(incl) is not None:
        candidates.append((d[incl], False, incl))
    if d.get(excl) is not None:
        candidates.append((d[excl], True, excl))
    if not candidates:
        return None
    best = candidates[0]
    for candidate in candidates[1:]:
        if _tighter(candidate, best, upper=upper):
            best = candidate
    value, exclusive, keyword = best
    if integer:
        # on integers, "> 0" is ">= 1" and ">= 0.5" is ">= 1"
        if upper:
            value = (math.ceil(value) - 1) if exclusive else math.floor(value)
        else:
            value = (math.floor(value) + 1) if exclusive else math.ceil(value)
        exclusive = False
    elif isinstance(value, float) and value.is_integer():
        value = int(value)
    return (value, exclusive, keyword)


def _tighter(a: _Bound | None, b: _Bound | None, *, upper: bool) -> bool:
    """Whether bound ``a`` admits strictly fewer values than ``b`` (None: unbounded)."""
    if a is None:
        return False
    if b is None:
        return True
    if a[0] != b[0]:
        return a[0] < b[0] if upper else a[0] > b[0]
    return a[1] and not b[1]


def _describe_bound(bound: _Bound | None, upper: bool) -> str:
    if bound is None:
        return "unbounded"
    symbol = ("<" if upper else ">") + ("" if bound[1] else "=")
    return f"{symbol} {_show(bound[0])}"


def _branch_shape(schema: dict[str, Any]) -> Any:
    """What pairs an edited branch with its old self: its types and, for objects, its const tags."""
    tags = tuple(
        sorted(
            (name, _value_key(prop.get("const")))
            for name, prop in (schema.get("properties") or {}).items()
            if isinstance(prop, dict) and "const" in prop
        )
    )
    return (tuple(schema.get("type") or ()), tags)


def _branch_name(schema: dict[str, Any], index: int) -> str:
    title = schema.get("title")
    if isinstance(title, str):
        return f"#{index} '{title}'"
    types = schema.get("type")
    return f"#{index} ({'|'.join(types)})" if isinstance(types, list) else f"#{index}"


def _fingerprint(node: Any, root: Any, active: frozenset[str] = frozenset()) -> str:
    """A string equal for two schemas iff they normalise to the same tree (refs inlined once)."""
    return json.dumps(_freeze(node, root, active, 0), sort_keys=True, separators=(",", ":"))


def _freeze(node: Any, root: Any, active: frozenset[str], depth: int) -> Any:
    canon, refs = _canon(node, root, active)
    if depth > _MAX_DEPTH:
        return {"$deep": True}
    inner = active | set(refs)
    out: dict[str, Any] = {}
    for key, value in canon.items():
        if key == "$const":
            continue  # const: x and enum: [x] are the same constraint
        if key in ("properties", "patternProperties", "dependentSchemas", "$defs") and isinstance(
            value, dict
        ):
            out[key] = {k: _freeze(v, root, inner, depth + 1) for k, v in value.items()}
        elif key in ("anyOf", "oneOf", "allOf", "prefixItems") and isinstance(value, list):
            frozen = [_freeze(v, root, inner, depth + 1) for v in value]
            if key in ("anyOf", "oneOf"):
                frozen.sort(key=lambda v: json.dumps(v, sort_keys=True))
            out[key] = frozen
        elif key in _SUBSCHEMA_KEYS | _OPAQUE_SUBSCHEMAS | {"additionalProperties"}:
            out[key] = _freeze(value, root, inner, depth + 1)
        elif key == "enum" and isinstance(value, list):
            out[key] = sorted({json.dumps(_value_key(v)) for v in value})
        else:
            out[key] = _value_key(value)
    return out


# --------------------------------------------------------------------------------------------
# Public entry points


def _sort_key(change: SchemaChange) -> tuple[Any, ...]:
    tokens = tuple(
        (0, int(t), "") if t.isdigit() else (1, 0, t) for t in change.path.split("/")[1:]
    )
    return (tokens, change.rule, _show(change.old, 1000), _show(change.new, 1000))


def diff_schemas(old: Any, new: Any, *, side: Side) -> list[SchemaChange]:
    """Every semantic change from schema ``old`` to schema ``new``, classified for ``side``.

    ``old`` and ``new`` are JSON Schema documents (dicts, or ``True``/``False``) as parsed from
    JSON; neither is modified. Never raises on odd but parseable schemas: what it cannot model is
    reported as ``schema-keyword-changed``. The result is sorted by path, then rule id, so equal
    inputs give equal lists, whatever their key order.
    """
    if side not in ("input", "output"):
        raise ValueError(f"side must be 'input' or 'output', not {side!r}")
    differ = _Differ(side=side, old_root=old, new_root=new)
    differ.walk(old, new, "")
    return sorted(differ.changes, key=_sort_key)


def _model_change(rule: str, message: str) -> SchemaChange:
    return SchemaChange(rule, RULES[rule], None, "", None, None, message)


def diff_model(
    model_id: str,
    old_input: Any,
    old_output: Any,
    new_input: Any,
    new_output: Any,
) -> ModelDrift:
    """The drift of one model from its snapshot (``old_*``) to what upstream publishes (``new_*``).

    ``None`` stands for a schema that is not there. Old both ``None``: the model is configured but
    not in the snapshot (status ``added``, one ``model-added``). New both ``None``: the model is gone
    from the catalog (status ``removed``, one ``model-removed``). Otherwise the input and output
    changes, input first; status ``changed`` if there are any, else ``unchanged``.
    """
    if old_input is None and old_output is None:
        if new_input is None and new_output is None:
            return ModelDrift(model_id, (), "unchanged")
        change = _model_change(
            "model-added",
            f"model {model_id} is configured but not in the snapshot: run the update to vendor it",
        )
        return ModelDrift(model_id, (change,), "added")
    if new_input is None and new_output is None:
        change = _model_change("model-removed", f"model {model_id} is no longer in the catalog")
        return ModelDrift(model_id, (change,), "removed")
    changes: list[SchemaChange] = []
    sides: tuple[tuple[Side, Any, Any], ...] = (
        ("input", old_input, new_input),
        ("output", old_output, new_output),
    )
    for side, old, new in sides:
        if old is None and new is not None:
            changes.append(SchemaChange("schema-added", RULES["schema-added"], side, "", None, new,
                                        f"the model now publishes an {side} schema"))
        elif old is not None and new is None:
            changes.append(SchemaChange("schema-removed", RULES["schema-removed"], side, "", old,
                                        None, f"the model no longer publishes its {side} schema"))
        elif old is not None and new is not None:
            changes.extend(diff_schemas(old, new, side=side))
    return ModelDrift(model_id, tuple(changes), "changed" if changes else "unchanged")


def count_levels(changes: Iterable[SchemaChange]) -> dict[Level, int]:
    """``{"breaking": n, "warning": n, "info": n}`` for ``changes``."""
    counts: dict[Level, int] = dict.fromkeys(LEVELS, 0)
    for change in changes:
        counts[change.level] += 1
    return counts
