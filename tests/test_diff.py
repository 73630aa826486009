"""The drift engine: labelled upstream mutations, equivalent rewrites, and the real corpus.

Expected rule ids, levels, sides and paths below are written by hand from each mutation, not computed
by the code under test.
"""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import generator.diff as diff_module
from generator.diff import (
    RULES,
    DriftReport,
    ModelDrift,
    SchemaChange,
    diff_model,
    diff_schemas,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
KREA = SHARED / "reference-schemas" / "krea" / "krea-2-medium-turbo"
CORPUS = SHARED / "corpus"

Schema = dict[str, Any]
Mutation = Callable[[Schema], None]


def load(name: str) -> Schema:
    data: Schema = json.loads((KREA / name).read_text())
    return data


KREA_INPUT = load("schema-input.json")
KREA_OUTPUT = load("schema-output.json")


def props(doc: Schema, *names: str) -> Schema:
    """The schema of a (nested, through ``items``) property: props(doc, "styles", "id")."""
    node = doc
    for name in names:
        if "properties" not in node:
            node = node["items"]
        node = node["properties"][name]
    return node


def seq(*steps: Mutation) -> Mutation:
    def run(doc: Schema) -> None:
        for step in steps:
            step(doc)

    return run


def set_(names: tuple[str, ...], key: str, value: Any) -> Mutation:
    return lambda d: props(d, *names).__setitem__(key, value)


def del_(names: tuple[str, ...], key: str) -> Mutation:
    return lambda d: props(d, *names).pop(key)


def add_required(name: str) -> Mutation:
    return lambda d: d["required"].append(name)


def drop_required(name: str) -> Mutation:
    return lambda d: d["required"].remove(name)


def add_prop(name: str, schema: Schema) -> Mutation:
    return lambda d: d["properties"].__setitem__(name, copy.deepcopy(schema))


def drop_prop(name: str) -> Mutation:
    def run(doc: Schema) -> None:
        del doc["properties"][name]
        if name in doc.get("required", []):
            doc["required"].remove(name)

    return run


def noop(doc: Schema) -> None:
    """No setup before the mutation."""


UUID4 = "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
SEED_UNION = {
    "description": "Seed, or 'random'.",
    "anyOf": [{"type": "number"}, {"type": "string", "enum": ["random"]}, {"type": "null"}],
}
IMAGE_UNION = {
    "anyOf": [
        {"type": "string", "format": "uri"},
        {"type": "object", "properties": {"url": {"type": "string"}}, "required": ["url"]},
    ]
}

# (label, side, setup applied to both versions, mutation of the new version, expected changes)
# each expected change: (rule, level, path); the side is the case's side.
Case = tuple[str, str, Mutation, Mutation, list[tuple[str, str, str]]]
CASES: list[Case] = [
    # ---- input: what callers send -------------------------------------------------------
    ("aspect ratio 2.35:1 dropped", "input", noop,
     lambda d: props(d, "aspect_ratio")["enum"].remove("2.35:1"),
     [("request-enum-value-removed", "breaking", "/properties/aspect_ratio/enum")]),
    ("aspect ratio 21:9 added", "input", noop,
     lambda d: props(d, "aspect_ratio")["enum"].append("21:9"),
     [("request-enum-value-added", "info", "/properties/aspect_ratio/enum")]),
    ("resolution 2K offered", "input", noop,
     lambda d: props(d, "resolution")["enum"].append("2K"),
     [("request-enum-value-added", "info", "/properties/resolution/enum")]),
    ("resolution 1K replaced by const 2K", "input", noop,
     seq(del_(("resolution",), "enum"), set_(("resolution",), "const", "2K")),
     [("request-enum-value-added", "info", "/properties/resolution/enum"),
      ("request-enum-value-removed", "breaking", "/properties/resolution/enum")]),
    ("seed became required", "input", noop, add_required("seed"),
     [("request-property-became-required", "breaking", "/properties/seed")]),
    ("resolution became optional", "input", noop, drop_required("resolution"),
     [("request-property-became-optional", "info", "/properties/resolution")]),
    ("new required negative_prompt", "input", noop,
     seq(add_prop("negative_prompt", {"type": "string"}), add_required("negative_prompt")),
     [("request-required-property-added", "breaking", "/properties/negative_prompt")]),
    ("new optional negative_prompt", "input", noop,
     add_prop("negative_prompt", {"type": "string"}),
     [("request-property-added", "info", "/properties/negative_prompt")]),
    ("movement removed, extra properties forbidden", "input", noop, drop_prop("movement"),
     [("request-property-removed", "breaking", "/properties/movement")]),
    ("movement removed and object opened", "input", noop,
     seq(drop_prop("movement"), lambda d: d.pop("additionalProperties")),
     [("request-additional-properties-opened", "info", "/additionalProperties"),
      ("request-property-undeclared", "warning", "/properties/movement")]),
    ("complexity renamed detail", "input", noop,
     seq(lambda d: d["properties"].__setitem__("detail", d["properties"].pop("complexity"))),
     [("request-property-removed", "breaking", "/properties/complexity"),
      ("request-property-added", "info", "/properties/detail")]),
    ("intensity maximum 100 -> 50", "input", noop, set_(("intensity",), "maximum", 50),
     [("request-maximum-decreased", "breaking", "/properties/intensity/maximum")]),
    ("intensity maximum 100 -> 200", "input", noop, set_(("intensity",), "maximum", 200),
     [("request-maximum-increased", "info", "/properties/intensity/maximum")]),
    ("intensity maximum dropped", "input", noop, del_(("intensity",), "maximum"),
     [("request-maximum-increased", "info", "/properties/intensity/maximum")]),
    ("intensity minimum -100 -> 0", "input", noop, set_(("intensity",), "minimum", 0),
     [("request-minimum-increased", "breaking", "/properties/intensity/minimum")]),
    ("intensity minimum -100 -> -200", "input", noop, set_(("intensity",), "minimum", -200),
     [("request-minimum-decreased", "info", "/properties/intensity/minimum")]),
    ("style strength minimum became exclusive", "input", noop,
     seq(del_(("styles", "strength"), "minimum"), set_(("styles", "strength"), "exclusiveMinimum", -2)),
     [("request-minimum-increased", "breaking",
       "/properties/styles/items/properties/strength/exclusiveMinimum")]),
    ("style strength maximum 2 -> 2.5", "input", noop, set_(("styles", "strength"), "maximum", 2.5),
     [("request-maximum-increased", "info", "/properties/styles/items/properties/strength/maximum")]),
    ("style references up to 5", "input", noop, set_(("image_style_references",), "maxItems", 5),
     [("request-max-items-decreased", "breaking", "/properties/image_style_references/maxItems")]),
    ("moodboards up to 4", "input", noop, set_(("moodboards",), "maxItems", 4),
     [("request-max-items-increased", "info", "/properties/moodboards/maxItems")]),
    ("moodboards unlimited", "input", noop, del_(("moodboards",), "maxItems"),
     [("request-max-items-increased", "info", "/properties/moodboards/maxItems")]),
    ("styles need at least one", "input", noop, set_(("styles",), "minItems", 1),
     [("request-min-items-increased", "breaking", "/properties/styles/minItems")]),
    ("prompt capped at 2048 chars", "input", noop, set_(("prompt",), "maxLength", 2048),
     [("request-max-length-decreased", "breaking", "/properties/prompt/maxLength")]),
    ("prompt must not be empty", "input", noop, set_(("prompt",), "minLength", 1),
     [("request-min-length-increased", "breaking", "/properties/prompt/minLength")]),
    ("prompt cap raised 1000 -> 4000", "input", set_(("prompt",), "maxLength", 1000),
     set_(("prompt",), "maxLength", 4000),
     [("request-max-length-increased", "info", "/properties/prompt/maxLength")]),
    ("moodboard id pattern tightened to v4", "input", noop,
     set_(("moodboards", "id"), "pattern", UUID4),
     [("request-pattern-changed", "breaking", "/properties/moodboards/items/properties/id/pattern")]),
    ("style id pattern added", "input", noop, set_(("styles", "id"), "pattern", "^[a-z0-9-]+$"),
     [("request-pattern-added", "breaking", "/properties/styles/items/properties/id/pattern")]),
    ("moodboard id pattern dropped", "input", noop, del_(("moodboards", "id"), "pattern"),
     [("request-pattern-removed", "info", "/properties/moodboards/items/properties/id/pattern")]),
    ("reference url format uri -> uri-reference", "input", noop,
     set_(("image_style_references", "url"), "format", "uri-reference"),
     [("request-format-changed", "warning",
       "/properties/image_style_references/items/properties/url/format")]),
    ("moodboard id format dropped", "input", noop, del_(("moodboards", "id"), "format"),
     [("request-format-removed", "info", "/properties/moodboards/items/properties/id/format")]),
    ("style id must be a uuid", "input", noop, set_(("styles", "id"), "format", "uuid"),
     [("request-format-added", "warning", "/properties/styles/items/properties/id/format")]),
    ("style objects accept extra keys", "input", noop,
     lambda d: props(d, "styles")["items"].pop("additionalProperties"),
     [("request-additional-properties-opened", "info",
       "/properties/styles/items/additionalProperties")]),
    ("root closed again", "input", lambda d: d.pop("additionalProperties"),
     lambda d: d.__setitem__("additionalProperties", False),
     [("request-additional-properties-closed", "breaking", "/additionalProperties")]),
    ("seed no longer nullable", "input", noop,
     lambda d: d["properties"].__setitem__("seed", {"description": props(d, "seed")["description"],
                                                    "type": "number"}),
     [("request-became-non-nullable", "breaking", "/properties/seed/type")]),
    ("seed became integer", "input", noop,
     lambda d: props(d, "seed")["anyOf"][0].__setitem__("type", "integer"),
     [("request-type-narrowed", "breaking", "/properties/seed/type")]),
    ("seed also accepts strings", "input", noop,
     lambda d: props(d, "seed")["anyOf"].insert(1, {"type": "string"}),
     [("request-type-widened", "info", "/properties/seed/type")]),
    ("intensity accepts fractions", "input", noop, set_(("intensity",), "type", "number"),
     [("request-type-widened", "info", "/properties/intensity/type")]),
    ("prompt became a number", "input", noop, set_(("prompt",), "type", "number"),
     [("request-type-changed", "breaking", "/properties/prompt/type")]),
    ("creativity default low -> medium", "input", noop, set_(("creativity",), "default", "medium"),
     [("request-default-changed", "warning", "/properties/creativity/default")]),
    ("creativity description reworded", "input", noop,
     set_(("creativity",), "description", "Prompt expansion mode."),
     [("schema-description-changed", "info", "/properties/creativity/description")]),
    ("title added", "input", noop, lambda d: d.__setitem__("title", "Krea 2 input"),
     [("schema-title-changed", "info", "/title")]),
    ("prompt examples added", "input", noop, set_(("prompt",), "examples", ["a red fox"]),
     [("schema-example-changed", "info", "/properties/prompt/examples")]),
    ("movement deprecated", "input", noop, set_(("movement",), "deprecated", True),
     [("schema-deprecated-changed", "info", "/properties/movement/deprecated")]),
    ("intensity in steps of 5", "input", noop, set_(("intensity",), "multipleOf", 5),
     [("schema-keyword-changed", "warning", "/properties/intensity/multipleOf")]),
    ("api version const bumped", "input", add_prop("version", {"const": "v1"}),
     set_(("version",), "const", "v2"),
     [("request-const-changed", "breaking", "/properties/version/const")]),
    ("seed 'random' variant removed", "input", add_prop("seed", SEED_UNION),
     lambda d: props(d, "seed")["anyOf"].pop(1),
     [("request-variant-removed", "breaking", "/properties/seed/anyOf/1")]),
    ("seed list variant added", "input", add_prop("seed", SEED_UNION),
     lambda d: props(d, "seed")["anyOf"].append({"type": "array", "items": {"type": "number"}}),
     [("request-variant-added", "info", "/properties/seed/anyOf/3")]),
    ("seed 'random' variant gains 'fixed'", "input", add_prop("seed", SEED_UNION),
     lambda d: props(d, "seed")["anyOf"][1]["enum"].append("fixed"),
     [("request-enum-value-added", "info", "/properties/seed/anyOf/1/enum")]),
    # ---- output: what the generated client parses ---------------------------------------
    ("image removed", "output", noop, drop_prop("image"),
     [("response-property-removed", "breaking", "/properties/image")]),
    ("image became optional", "output", noop, drop_required("image"),
     [("response-property-became-optional", "breaking", "/properties/image")]),
    ("image became required", "output", drop_required("image"), add_required("image"),
     [("response-property-became-required", "info", "/properties/image")]),
    ("image became nullable", "output", noop, set_(("image",), "type", ["string", "null"]),
     [("response-became-nullable", "breaking", "/properties/image/type")]),
    ("image became a list", "output", noop, set_(("image",), "type", "array"),
     [("response-type-changed", "breaking", "/properties/image/type")]),
    ("image format dropped", "output", noop, del_(("image",), "format"),
     [("response-format-removed", "breaking", "/properties/image/format")]),
    ("image format uri -> uri-reference", "output", noop,
     set_(("image",), "format", "uri-reference"),
     [("response-format-changed", "breaking", "/properties/image/format")]),
    ("seed returned", "output", noop, add_prop("seed", {"type": "integer"}),
     [("response-property-added", "info", "/properties/seed")]),
    ("required seed returned", "output", noop,
     seq(add_prop("seed", {"type": "integer"}), add_required("seed")),
     [("response-property-added", "info", "/properties/seed")]),
    ("seed returned as integer", "output", add_prop("seed", {"type": "number"}),
     set_(("seed",), "type", "integer"),
     [("response-type-narrowed", "info", "/properties/seed/type")]),
    ("new state value", "output", add_prop("state", {"type": "string", "enum": ["ok", "nsfw"]}),
     lambda d: props(d, "state")["enum"].append("filtered"),
     [("response-enum-value-added", "warning", "/properties/state/enum")]),
    ("state value retired", "output", add_prop("state", {"type": "string", "enum": ["ok", "nsfw"]}),
     lambda d: props(d, "state")["enum"].remove("nsfw"),
     [("response-enum-value-removed", "info", "/properties/state/enum")]),
    ("image description reworded", "output", noop, set_(("image",), "description", "URL."),
     [("schema-description-changed", "info", "/properties/image/description")]),
    ("output opened to extra keys", "output", noop, lambda d: d.pop("additionalProperties"),
     [("response-additional-properties-opened", "info", "/additionalProperties")]),
    ("image url capped at 2048", "output", noop, set_(("image",), "maxLength", 2048),
     [("response-max-length-decreased", "info", "/properties/image/maxLength")]),
    ("image may be a list too", "output", add_prop("image", IMAGE_UNION),
     lambda d: props(d, "image")["anyOf"].append({"type": "array", "items": {"type": "string"}}),
     [("response-variant-added", "breaking", "/properties/image/anyOf/2")]),
    ("image pattern dropped", "output", set_(("image",), "pattern", "^https://"),
     del_(("image",), "pattern"),
     [("response-pattern-removed", "warning", "/properties/image/pattern")]),
]


def apply(doc: Schema, *mutations: Mutation) -> Schema:
    doc = copy.deepcopy(doc)
    for mutation in mutations:
        mutation(doc)
    return doc


def base_for(side: str) -> Schema:
    return KREA_INPUT if side == "input" else KREA_OUTPUT


def observed(changes: list[SchemaChange]) -> list[tuple[str, str, str | None, str]]:
    return sorted((c.rule, c.level, c.side, c.path) for c in changes)


def test_mutation_table_is_large_enough() -> None:
    assert len(CASES) >= 40
    assert len({label for label, *_ in CASES}) == len(CASES), "labels must be unique"


@pytest.mark.parametrize(("label", "side", "setup", "mutation", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_mutation(label: str, side: Any, setup: Mutation, mutation: Mutation,
                  expected: list[tuple[str, str, str]]) -> None:
    old = apply(base_for(side), setup)
    new = apply(old, mutation)
    assert old != new, "the mutation must change the document"
    changes = diff_schemas(old, new, side=side)
    assert observed(changes) == sorted((r, lvl, side, p) for r, lvl, p in expected)
    for change in changes:
        assert change.message and "\n" not in change.message
        assert RULES[change.rule] == change.level


def test_mutations_leave_the_old_document_alone() -> None:
    old = copy.deepcopy(KREA_INPUT)
    new = apply(old, drop_prop("seed"))
    diff_schemas(old, new, side="input")
    assert old == KREA_INPUT


def test_old_and_new_values_are_reported() -> None:
    old = KREA_INPUT
    new = apply(old, set_(("intensity",), "maximum", 50), set_(("creativity",), "default", "raw"))
    by_rule = {c.rule: c for c in diff_schemas(old, new, side="input")}
    assert (by_rule["request-maximum-decreased"].old, by_rule["request-maximum-decreased"].new) == (
        100,
        50,
    )
    assert (by_rule["request-default-changed"].old, by_rule["request-default-changed"].new) == (
        "low",
        "raw",
    )
    removed = diff_schemas(old, apply(old, lambda d: props(d, "aspect_ratio")["enum"].remove("4:3")),
                           side="input")
    assert [(c.old, c.new) for c in removed] == [("4:3", None)]


def test_same_mutation_is_read_in_both_directions() -> None:
    # one edit, two meanings: an enum value removed breaks callers but not readers
    old = apply(KREA_OUTPUT, add_prop("mode", {"type": "string", "enum": ["a", "b"]}))
    new = apply(old, lambda d: props(d, "mode")["enum"].remove("b"))
    assert observed(diff_schemas(old, new, side="input")) == [
        ("request-enum-value-removed", "breaking", "input", "/properties/mode/enum")
    ]
    assert observed(diff_schemas(old, new, side="output")) == [
        ("response-enum-value-removed", "info", "output", "/properties/mode/enum")
    ]


# ---- equivalent rewrites ----------------------------------------------------------------


def reorder(value: Any, rng: random.Random | None = None) -> Any:
    """The same JSON with every object's keys in another order (reversed, or shuffled)."""
    if isinstance(value, dict):
        keys = list(value)
        if rng is None:
            keys.reverse()
        else:
            rng.shuffle(keys)
        return {k: reorder(value[k], rng) for k in keys}
    if isinstance(value, list):
        return [reorder(v, rng) for v in value]
    return value


def with_refs(doc: Schema) -> Schema:
    """Krea input with its item schemas moved to ``$defs``/``definitions`` behind ``$ref``s."""
    doc = copy.deepcopy(doc)
    doc["$defs"] = {"Style": props(doc, "styles")["items"], "Seed": props(doc, "seed")}
    doc["definitions"] = {"Moodboard": props(doc, "moodboards")["items"]}
    props(doc, "styles")["items"] = {"$ref": "#/$defs/Style"}
    doc["properties"]["seed"] = {"$ref": "#/$defs/Seed"}
    props(doc, "moodboards")["items"] = {"$ref": "#/definitions/Moodboard"}
    return doc


def seed_as(seed: Schema) -> Mutation:
    def run(doc: Schema) -> None:
        description = props(doc, "seed")["description"]
        doc["properties"]["seed"] = {"description": description, **seed}

    return run


EQUIVALENTS: list[tuple[str, str, Callable[[Schema], Schema]]] = [
    ("keys reversed", "input", lambda d: reorder(d)),
    ("keys reversed (output)", "output", lambda d: reorder(d)),
    ("whitespace and indentation", "input",
     lambda d: json.loads(json.dumps(d, separators=(",", ":")))),
    ("seed as type list", "input", lambda d: apply(d, seed_as({"type": ["number", "null"]}))),
    ("seed as type list, null first", "input",
     lambda d: apply(d, seed_as({"type": ["null", "number"]}))),
    ("seed as oneOf", "input",
     lambda d: apply(d, seed_as({"oneOf": [{"type": "null"}, {"type": "number"}]}))),
    ("seed as OpenAPI nullable", "input",
     lambda d: apply(d, seed_as({"type": "number", "nullable": True}))),
    ("item schemas behind $ref", "input", with_refs),
    ("$ref chain", "input",
     lambda d: apply(with_refs(d), lambda x: x["$defs"].__setitem__("Alias", {"$ref": "#/$defs/Style"}),
                     lambda x: props(x, "styles").__setitem__("items", {"$ref": "#/$defs/Alias"}))),
    ("integers written as floats", "input",
     lambda d: apply(d, set_(("intensity",), "maximum", 100.0), set_(("intensity",), "minimum", -100.0),
                     set_(("styles", "strength"), "minimum", -2.0), set_(("intensity",), "default", 0.0))),
    ("required and enum reordered", "input",
     lambda d: apply(d, lambda x: x["required"].reverse(),
                     lambda x: props(x, "aspect_ratio")["enum"].reverse())),
    ("single enum as const", "input",
     lambda d: apply(d, del_(("resolution",), "enum"), set_(("resolution",), "const", "1K"))),
    ("integer bound as exclusive", "input",
     lambda d: apply(d, del_(("intensity",), "minimum"), set_(("intensity",), "exclusiveMinimum", -101))),
    ("draft-4 exclusive flag false", "input",
     lambda d: apply(d, set_(("styles", "strength"), "exclusiveMaximum", False))),
    ("no-op keywords", "input",
     lambda d: apply(d, set_(("prompt",), "minLength", 0), set_(("styles",), "uniqueItems", False),
                     set_(("styles",), "minItems", 0))),
    ("type as one-element list", "input", lambda d: apply(d, set_(("intensity",), "type", ["integer"]))),
    ("integer beside number", "input",
     lambda d: apply(d, seed_as({"type": ["integer", "number", "null"]}))),
    ("output type as list", "output", lambda d: apply(d, set_(("image",), "type", ["string"]))),
    ("output keys shuffled, whitespace", "output",
     lambda d: json.loads(json.dumps(reorder(d, random.Random(7)), indent=7))),
]


@pytest.mark.parametrize(("label", "side", "rewrite"), EQUIVALENTS, ids=[e[0] for e in EQUIVALENTS])
def test_equivalent_rewrite_is_not_drift(label: str, side: Any,
                                        rewrite: Callable[[Schema], Schema]) -> None:
    old = base_for(side)
    new = rewrite(copy.deepcopy(old))
    assert diff_schemas(old, new, side=side) == []
    assert diff_schemas(new, old, side=side) == []


def test_a_change_behind_a_ref_is_found_at_its_logical_path() -> None:
    old = with_refs(KREA_INPUT)
    new = apply(old, lambda d: d["$defs"]["Style"]["properties"]["strength"].__setitem__("maximum", 1))
    assert observed(diff_schemas(old, new, side="input")) == [
        ("request-maximum-decreased", "breaking", "input",
         "/properties/styles/items/properties/strength/maximum")
    ]
    # and the inlined snapshot against the $ref'd upstream sees the same change
    assert observed(diff_schemas(KREA_INPUT, new, side="input")) == observed(
        diff_schemas(old, new, side="input"))


TREE = {
    "$defs": {
        "node": {
            "type": "object",
            "properties": {
                "label": {"type": "string"},
                "children": {"type": "array", "items": {"$ref": "#/$defs/node"}},
            },
        }
    },
    "$ref": "#/$defs/node",
}


def test_recursive_schemas_terminate_and_compare() -> None:
    assert diff_schemas(TREE, copy.deepcopy(TREE), side="input") == []
    # the same tree, definition renamed and its first level inlined
    inlined = {
        "$defs": {"tree": copy.deepcopy(TREE["$defs"]["node"])},
        **copy.deepcopy(TREE["$defs"]["node"]),
    }
    inlined["$defs"]["tree"]["properties"]["children"]["items"] = {"$ref": "#/$defs/tree"}
    inlined["properties"]["children"]["items"] = {"$ref": "#/$defs/tree"}
    assert diff_schemas(TREE, inlined, side="output") == []
    changed = apply(TREE, lambda d: d["$defs"]["node"]["properties"]["label"].__setitem__("maxLength", 9))
    assert observed(diff_schemas(TREE, changed, side="input")) == [
        ("request-max-length-decreased", "breaking", "input", "/properties/label/maxLength")
    ]


def test_self_referencing_ref_loops_do_not_hang() -> None:
    loop = {"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}
    assert diff_schemas(loop, copy.deepcopy(loop), side="input") == []
    nested = {"anyOf": [{"$ref": "#"}, {"type": "null"}]}
    assert diff_schemas(nested, copy.deepcopy(nested), side="input") == []


def test_boolean_and_odd_schemas_do_not_crash() -> None:
    assert diff_schemas(True, {}, side="input") == []
    assert [c.rule for c in diff_schemas({}, False, side="input")] == ["schema-keyword-changed"]
    odd = {"type": 5, "enum": "x", "properties": [], "required": "a", "$ref": "https://x/y.json"}
    assert diff_schemas(odd, copy.deepcopy(odd), side="output") == []
    assert diff_schemas(odd, {}, side="output")  # reported, not raised


def test_unknown_keyword_is_reported_not_ignored() -> None:
    old = {"type": "string", "format": "binary", "contentType": "image/png"}
    new = {**old, "contentType": "image/jpeg"}
    (change,) = diff_schemas(old, new, side="output")
    assert (change.rule, change.level, change.path, change.old, change.new) == (
        "schema-keyword-changed", "warning", "/contentType", "image/png", "image/jpeg")


def test_true_is_not_one() -> None:
    old = {"type": "object", "properties": {"a": {"default": True}}}
    new = {"type": "object", "properties": {"a": {"default": 1}}}
    assert [c.rule for c in diff_schemas(old, new, side="input")] == ["request-default-changed"]


def test_side_is_checked() -> None:
    with pytest.raises(ValueError):
        diff_schemas({}, {}, side="both")  # type: ignore[arg-type]


@settings(max_examples=40, deadline=None)
@given(st.randoms(use_true_random=False))
def test_any_key_order_is_no_drift(rng: random.Random) -> None:
    assert diff_schemas(KREA_INPUT, reorder(KREA_INPUT, rng), side="input") == []


def test_order_of_changes_is_deterministic() -> None:
    new = apply(KREA_INPUT, drop_prop("movement"), set_(("intensity",), "maximum", 1),
                lambda d: props(d, "aspect_ratio")["enum"].clear())
    first = diff_schemas(KREA_INPUT, new, side="input")
    again = diff_schemas(reorder(KREA_INPUT), reorder(new, random.Random(3)), side="input")
    assert first == again
    assert [c.path for c in first] == sorted(c.path for c in first)


# ---- models and reports -----------------------------------------------------------------


def test_diff_model_statuses() -> None:
    same = diff_model("krea/x", KREA_INPUT, KREA_OUTPUT, KREA_INPUT, KREA_OUTPUT)
    assert (same.status, same.changes) == ("unchanged", ())
    gone = diff_model("krea/x", KREA_INPUT, KREA_OUTPUT, None, None)
    assert gone.status == "removed"
    assert [(c.rule, c.level, c.side, c.path) for c in gone.changes] == [
        ("model-removed", "breaking", None, "")]
    new = diff_model("krea/x", None, None, KREA_INPUT, KREA_OUTPUT)
    assert new.status == "added"
    assert [(c.rule, c.level, c.side) for c in new.changes] == [("model-added", "warning", None)]
    changed = diff_model("krea/x", KREA_INPUT, KREA_OUTPUT, KREA_INPUT, apply(KREA_OUTPUT,
                         drop_required("image")))
    assert changed.status == "changed"
    assert [(c.rule, c.side) for c in changed.changes] == [
        ("response-property-became-optional", "output")]
    no_output = diff_model("krea/x", KREA_INPUT, KREA_OUTPUT, KREA_INPUT, None)
    assert [(c.rule, c.level, c.side) for c in no_output.changes] == [
        ("schema-removed", "breaking", "output")]


def change(rule: str) -> SchemaChange:
    return SchemaChange(rule, RULES[rule], "input", "/x", None, None, rule)


def test_report_exceeds_follows_fail_on() -> None:
    info = ModelDrift("a/info", (change("request-property-added"),), "changed")
    warning = ModelDrift("a/warn", (change("request-default-changed"),), "changed")
    breaking = ModelDrift("a/break", (change("request-property-removed"),), "changed")
    quiet = ModelDrift("a/quiet")
    assert not DriftReport((quiet,)).exceeds("any")
    assert DriftReport((quiet, info)).exceeds("any")
    assert not DriftReport((info,)).exceeds("warning")
    assert DriftReport((warning,)).exceeds("warning")
    assert not DriftReport((warning,)).exceeds("breaking")
    assert DriftReport((breaking,)).exceeds("breaking")
    assert DriftReport((quiet,), stale_generated=("generated/x.py",)).exceeds("breaking")
    added = diff_model("a/new", None, None, {}, {})
    assert DriftReport((added,)).exceeds("any") and not DriftReport((added,)).exceeds("breaking")
    with pytest.raises(ValueError):
        DriftReport(()).exceeds("sometimes")  # type: ignore[arg-type]


def test_every_rule_is_documented_in_the_module_docstring() -> None:
    doc = diff_module.__doc__ or ""
    table = dict(re.findall(r"^([a-z][a-z-]+[a-z])\s+(breaking|warning|info)\s", doc, re.M))
    assert table == dict(RULES)


# ---- the real corpus --------------------------------------------------------------------


def corpus_schemas() -> Iterator[tuple[str, str, Any]]:
    for path in sorted(CORPUS.glob("*/*.json")):
        data = json.loads(path.read_text())
        schema = data.get("schema") or {}
        for side in ("input", "output"):
            if side in schema:
                yield f"{path.parent.name}/{path.stem}:{side}", side, schema[side]


CORPUS_SCHEMAS = list(corpus_schemas()) if CORPUS.is_dir() else []


def test_corpus_is_there() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    assert len(CORPUS_SCHEMAS) > 300


def find_enums(node: Any, pointer: str = "") -> Iterator[tuple[str, list[Any]]]:
    if isinstance(node, dict):
        if isinstance(node.get("enum"), list) and len(node["enum"]) >= 2:
            yield pointer, node["enum"]
        for key, value in node.items():
            if key not in ("enum", "const", "default", "examples", "example"):
                yield from find_enums(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from find_enums(value, f"{pointer}/{index}")


@pytest.mark.parametrize(("label", "side", "schema"), CORPUS_SCHEMAS,
                         ids=[c[0] for c in CORPUS_SCHEMAS])
def test_corpus_schema(label: str, side: Any, schema: Any) -> None:
    assert diff_schemas(schema, copy.deepcopy(schema), side=side) == []
    assert diff_schemas(schema, reorder(schema), side=side) == []
    assert diff_schemas(schema, reorder(schema, random.Random(label)), side=side) == []
    if not isinstance(schema, dict):
        return
    described = {**schema, "description": "changed upstream"}
    assert [(c.rule, c.path) for c in diff_schemas(schema, described, side=side)] == [
        ("schema-description-changed", "/description")]
    if schema.get("properties"):
        name = sorted(schema["properties"])[0]
        dropped = copy.deepcopy(schema)
        del dropped["properties"][name]
        rules = {c.rule for c in diff_schemas(schema, dropped, side=side)}
        expected = (
            {"response-property-removed"}
            if side == "output"
            else {"request-property-removed", "request-property-undeclared"}
        )
        assert rules & expected
    enums = list(find_enums(schema))
    if enums:
        pointer, values = enums[0]
        mutated = copy.deepcopy(schema)
        target: Any = mutated
        for token in pointer.split("/")[1:]:
            target = target[int(token)] if isinstance(target, list) else target[token]
        target["enum"] = values[:-1]
        rules = {c.rule for c in diff_schemas(schema, mutated, side=side)}
        prefix = "request" if side == "input" else "response"
        assert f"{prefix}-enum-value-removed" in rules


def test_corpus_schemas_diffed_against_each_other() -> None:
    """Wildly different real schemas (each against the next model's): no crash, sane records."""
    if not CORPUS_SCHEMAS:
        pytest.skip(f"no corpus at {CORPUS}")
    pairs = zip(CORPUS_SCHEMAS, CORPUS_SCHEMAS[1:] + CORPUS_SCHEMAS[:1], strict=True)
    total = 0
    for (_, side, old), (_, _, new) in pairs:
        changes = diff_schemas(old, new, side=side)
        assert changes == diff_schemas(reorder(old), reorder(new), side=side)
        for c in changes:
            assert RULES[c.rule] == c.level and c.side == side
            assert c.path == "" or c.path.startswith("/")
            assert c.message and "\n" not in c.message
            json.dumps(c.to_dict())
        total += len(changes)
    assert total > 1000
