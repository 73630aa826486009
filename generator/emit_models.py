"""JSON Schema -> the pydantic v2 module of one model, through datamodel-code-generator's Python API.

The module is as strict as the schema, no stricter, and lossless: it accepts exactly the instances
that ``jsonschema`` (with its format checker) accepts, and ``model_dump(mode="json", by_alias=True,
exclude_unset=True)`` gives back the instance it was given, types included (1, 1.0 and True stay
apart). Where pydantic cannot say what the schema says, the module's docstring and
``EmittedModels.limitations`` say so.

How, in order (each step says why where it is):

1. the two schemas are checked against their meta-schema (:func:`check_schema`);
2. they are prepared (:func:`prepare_schema`): only ``additionalProperties`` is made explicit, so
   that unknown keys are kept rather than dropped where the schema allows them, and kept in outputs
   always; the output schema is placed under the input's ``$defs`` so one run writes one module;
3. datamodel-code-generator writes the module with the options in :data:`DATAMODEL_OPTIONS`: strict
   scalar types, formats read as annotations (plain ``str``, not ``AnyUrl``/``UUID``, which rewrite
   values), defaults that do not make a field nullable, the ``MISSING`` sentinel for optional fields
   without default (so ``null`` stays an error where the schema forbids it), Literal enums,
   constraints as ``Field`` arguments, descriptions as docstrings, aliases for wire names;
4. a small post-processing on the module's AST (:func:`_postprocess`): JSON numbers instead of
   pydantic's ``StrictInt``/``StrictFloat`` (which reject 1.0 for an integer and turn 1 into 1.0 for
   a number), defined once per module by ``templates/datamodel/json_types.py``; Python's ``re``
   for patterns (``jsonschema`` uses ``re.search``; pydantic's default Rust engine differs, e.g. on
   ``$`` before a final newline); the module docstring.
"""

from __future__ import annotations

import ast
import copy
import re
import textwrap
import unicodedata
import warnings
from collections.abc import Container, Iterator
from typing import Any

from . import templates_root
from .errors import SchemaError
from .limits import check_document, meta_schema_violation
from .spec import EmittedModels, FieldSpec, JSONSchema, ModelSpec

#: Formats that ``jsonschema``'s format checker checks (some only with optional packages
#: installed) and that the generated models do not check: each use is listed as a limitation.
UNCHECKED_FORMATS = frozenset(
    {
        "date",
        "date-time",
        "duration",
        "email",
        "hostname",
        "idn-email",
        "idn-hostname",
        "ipv4",
        "ipv6",
        "iri",
        "iri-reference",
        "json-pointer",
        "regex",
        "relative-json-pointer",
        "time",
        "uri",
        "uri-reference",
        "uri-template",
        "uuid",
    }
)

#: Options given to ``datamodel_code_generator.generate``; see the module docstring for why.
DATAMODEL_OPTIONS: dict[str, Any] = {
    "strict_types": ["str", "int", "float", "bool"],
    "strict_nullable": True,
    "use_missing_sentinel": True,
    "read_format_as_annotation": True,
    "use_annotated": True,
    "field_constraints": True,
    "use_field_description": True,
    "use_schema_description": True,
    "enum_field_as_literal": "all",
    "allow_population_by_field_name": True,
    "use_standard_collections": True,
    "use_union_operator": True,
    "disable_timestamp": True,
    # Schemas come from upstream: never let one name Python code to import or run.
    "untrusted_input": True,
    "use_tuple_for_fixed_items": True,
    "use_tuple_for_closed_arrays": True,
}

# Names the prelude defines and needs; datamodel-code-generator writes these imports with its own.
_PRELUDE_IMPORTS = [
    "typing.Annotated",
    "pydantic.AfterValidator",
    "pydantic.StrictFloat",
    "pydantic.StrictInt",
]
# Imported names whose uses become the prelude's JSON numbers and the builtin dict (by the name
# they are imported as: datamodel-code-generator writes ``StrictInt as StrictInt_aliased`` where a
# field is named ``StrictInt``).
_RENAMED_IMPORTS = {
    ("pydantic", "StrictInt"): "_JsonInteger",
    ("pydantic", "StrictFloat"): "_JsonNumber",
    ("typing", "Dict"): "dict",
}
#: Names a generated class must not take: the module imports or defines them (or a builtin its
#: annotations use), so a class of that name would shadow them. Such a class is renamed with
#: :data:`_CLASS_RENAME_SUFFIX` (:func:`_reserved_class_renames`); wire names never change.
RESERVED_CLASS_NAMES = frozenset(
    {
        "annotations",
        "Annotated",
        "Any",
        "Dict",
        "Literal",
        "Optional",
        "Union",
        "Field",
        "BaseModel",
        "ConfigDict",
        "RootModel",
        "AfterValidator",
        "StrictStr",
        "StrictInt",
        "StrictFloat",
        "StrictBool",
        "StrictBytes",
        "MISSING",
        "JsonNumber",
        "JsonInteger",
        "_JsonNumber",
        "_JsonInteger",
        "_integral",
        "list",
        "dict",
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "tuple",
        "set",
        "frozenset",
        "type",
        "object",
        "None",
    }
)
_CLASS_RENAME_SUFFIX = "Model"
# Plain Python types for the client's signature, for the names a module's annotations use.
_PLAIN_TYPE_NAMES = {
    "_JsonInteger": "int",
    "_JsonNumber": "float",
    "StrictStr": "str",
    "StrictBool": "bool",
    "StrictBytes": "bytes",
}
_DOCSTRING_PLACEHOLDER = "__CFGEN_MODULE_DOCSTRING__"
_LINE_LENGTH = 100

_SCHEMA_MAP_KEYWORDS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LIST_KEYWORDS = ("prefixItems", "allOf", "anyOf", "oneOf")
_SCHEMA_KEYWORDS = (
    "additionalProperties",
    "items",
    "contains",
    "not",
    "if",
    "then",
    "else",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
)


def check_schema(model_id: str, role: str, schema: object) -> None:
    """Raise SchemaError unless ``schema`` is a valid JSON Schema (draft from ``$schema``, else 2020-12)."""
    if not isinstance(schema, dict):
        raise SchemaError(
            f"{model_id}: the {role} schema is a JSON {type(schema).__name__}, not an object;"
            " check the snapshot in schemas/ or the upstream schema",
            model_id=model_id,
            path="#",
        )
    # Bounds and local-only references first: the meta-schema check below recurses per level,
    # and datamodel-code-generator must never be asked to resolve a URL or a file.
    check_document(schema, model_id=model_id, place=f"the {role} schema")
    violation = meta_schema_violation(schema)
    if violation is not None:
        parts, message = violation
        path = _pointer(parts)
        raise SchemaError(
            f"{model_id}: the {role} schema is not a valid JSON Schema at {path}: {message}."
            " This is an upstream error: report it, or pin a corrected copy in schemas/",
            model_id=model_id,
            path=path,
        )


def _pointer(parts: Any) -> str:
    return "#" + "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _subschemas(node: dict[str, Any], path: str) -> Iterator[tuple[dict[str, Any], str]]:
    """Every direct subschema of ``node`` (a schema), with its JSON pointer."""
    for keyword in _SCHEMA_MAP_KEYWORDS:
        members = node.get(keyword)
        if isinstance(members, dict):
            for name, member in members.items():
                if isinstance(member, dict):
                    yield member, _pointer_join(path, keyword, name)
    for keyword in _SCHEMA_LIST_KEYWORDS:
        members = node.get(keyword)
        if isinstance(members, list):
            for index, member in enumerate(members):
                if isinstance(member, dict):
                    yield member, _pointer_join(path, keyword, str(index))
    for keyword in _SCHEMA_KEYWORDS:
        member = node.get(keyword)
        if isinstance(member, dict):
            yield member, _pointer_join(path, keyword)
        elif keyword == "items" and isinstance(member, list):  # draft 4-7 tuple form
            for index, item in enumerate(member):
                if isinstance(item, dict):
                    yield item, _pointer_join(path, keyword, str(index))


def _pointer_join(path: str, *parts: str) -> str:
    return path + "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts)


def walk_schema(schema: dict[str, Any], path: str = "#") -> Iterator[tuple[dict[str, Any], str]]:
    """``schema`` and every subschema in it, depth first in document order, with JSON pointers."""
    yield schema, path
    for member, member_path in _subschemas(schema, path):
        yield from walk_schema(member, member_path)


def _is_object_schema(node: dict[str, Any]) -> bool:
    kind = node.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    return "object" in kinds or "properties" in node


def _is_event_stream(branch: object) -> bool:
    return (
        isinstance(branch, dict)
        and branch.get("format") == "binary"
        and branch.get("contentType") == "text/event-stream"
    )


def without_event_stream(schema: JSONSchema) -> JSONSchema:
    """An output schema without its ``text/event-stream`` branch (the answer to ``stream: true``).

    The generated client reads that answer as a stream of chunks, never through the output model;
    keeping the branch would make the model a ``RootModel[... | bytes]`` that every non-streaming
    caller has to unwrap. When one branch is left, it becomes the schema itself.
    """
    for key in ("oneOf", "anyOf"):
        branches = schema.get(key)
        if not isinstance(branches, list) or not any(_is_event_stream(b) for b in branches):
            continue
        kept = [b for b in branches if not _is_event_stream(b)]
        if not kept:
            return schema
        rest = {k: v for k, v in schema.items() if k != key}
        if len(kept) == 1 and isinstance(kept[0], dict) and not set(rest) & set(kept[0]) - {"$schema"}:
            return {**rest, **kept[0]}
        return {**rest, key: kept}
    return schema


def prepare_schema(schema: JSONSchema, role: str) -> JSONSchema:
    """A copy of ``schema`` with ``additionalProperties`` made explicit on every object schema.

    Input: where the schema says nothing, ``true`` (unknown keys are allowed, so the model keeps
    them; pydantic's default would drop them). Output: ``true`` also in place of ``false``, so that
    a field added upstream neither breaks a vendored client nor is lost, and the event-stream
    branch left out (:func:`without_event_stream`). Nothing else changes.
    """
    prepared = copy.deepcopy(schema)
    if role == "output":
        prepared = without_event_stream(prepared)
    for node, _ in walk_schema(prepared):
        if not _is_object_schema(node):
            continue
        current = node.get("additionalProperties")
        if current is None or (role == "output" and current is False):
            node["additionalProperties"] = True
    return prepared


def _rebase_refs(node: Any, prefix: str) -> Any:
    """Local ``$ref``s of a schema moved under ``prefix`` (a JSON pointer without the ``#``)."""
    if isinstance(node, dict):
        result = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#"):
                result[key] = "#" + prefix + value[1:]
            else:
                result[key] = _rebase_refs(value, prefix)
        return result
    if isinstance(node, list):
        return [_rebase_refs(item, prefix) for item in node]
    return node


def _combine(spec: ModelSpec, input_schema: JSONSchema, output_schema: JSONSchema) -> JSONSchema:
    """One document whose root is the input and whose ``$defs`` hold the output, for one module."""
    output_class = spec.names.output_class
    defs = input_schema.get("$defs")
    if defs is not None and not isinstance(defs, dict):
        raise SchemaError(
            f"{spec.model_id}: the input schema's $defs is not an object",
            model_id=spec.model_id,
            path="#/$defs",
        )
    own_classes = (spec.names.input_class, output_class)
    input_schema = _move_definitions(input_schema, own_classes)
    defs = input_schema.get("$defs")
    output_schema = _move_definitions(output_schema, own_classes)
    output = _rebase_refs(
        {k: v for k, v in output_schema.items() if k not in ("$schema", "$id")},
        f"/$defs/{output_class}",
    )
    combined = dict(input_schema)
    combined["$defs"] = {**(defs or {}), output_class: output}
    return combined


def _move_definitions(schema: JSONSchema, names: tuple[str, ...]) -> JSONSchema:
    """``schema`` with its ``$defs`` of the given names (our own classes' names) moved aside.

    datamodel-code-generator names a definition's class after its key, which would take the name
    of the module's input or output class; the key gets a suffix and its references follow. Keys
    name classes only, never wire values.
    """
    for name in names:
        defs = schema.get("$defs")
        if not isinstance(defs, dict) or name not in defs:
            continue
        moved = _free_name(name, defs)
        schema = _move_references(schema, name, moved)
        schema = {**schema, "$defs": {(moved if k == name else k): v for k, v in schema["$defs"].items()}}
    return schema


def _move_references(node: Any, old: str, new: str) -> Any:
    """``node`` with every ``$ref`` to ``#/$defs/<old>`` (or inside it) pointing at ``<new>``."""
    if isinstance(node, list):
        return [_move_references(item, old, new) for item in node]
    if not isinstance(node, dict):
        return node
    target = f"#/$defs/{old}"
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str) and (value == target or value.startswith(target + "/")):
            result[key] = f"#/$defs/{new}" + value[len(target) :]
        else:
            result[key] = _move_references(value, old, new)
    return result


_OBJECT_KEYWORDS = (
    "properties",
    "required",
    "additionalProperties",
    "patternProperties",
    "propertyNames",
    "minProperties",
    "maxProperties",
)
_JSON_TYPES = frozenset({"null", "boolean", "number", "string", "array", "object"})


def _types_of(node: dict[str, Any]) -> frozenset[str]:
    """The JSON types a schema can accept, as far as its own type/const/enum say."""
    kind = node.get("type")
    if isinstance(kind, str | list):
        kinds = [kind] if isinstance(kind, str) else kind
        return frozenset("number" if k == "integer" else k for k in kinds if isinstance(k, str))
    values = [node["const"]] if "const" in node else node.get("enum")
    if isinstance(values, list):
        return frozenset(_json_type(v) for v in values)
    return _JSON_TYPES


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _exclusive(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """True when no value can match both schemas, by type or by a required key the other forbids."""
    if not _types_of(first) & _types_of(second):
        return True
    for one, other in ((first, second), (second, first)):
        required = one.get("required")
        properties = other.get("properties")
        if (
            isinstance(required, list)
            and other.get("additionalProperties") is False
            and isinstance(properties, dict)
            and any(key not in properties for key in required)
        ):
            return True
    return False


def schema_limitations(schema: JSONSchema, role: str) -> list[str]:
    """What pydantic cannot check the way the schema says, found by reading the schema itself."""
    found: list[str] = []

    def visit(node: dict[str, Any], path: str, is_object: bool) -> None:
        if "type" in node:
            is_object = _types_of(node) == {"object"}
        if not is_object and "type" not in node and any(k in node for k in _OBJECT_KEYWORDS):
            found.append(
                f"{role} {path}: object keywords without `type: object` accept any non-object"
                " value there; the model accepts only objects"
            )
            is_object = True
        branches = node.get("oneOf")
        if isinstance(branches, list):
            members = [b for b in branches if isinstance(b, dict)]
            overlapping = any(
                not _exclusive(a, b) for i, a in enumerate(members) for b in members[i + 1 :]
            )
            if overlapping:
                found.append(
                    f"{role} {path}/oneOf is checked as anyOf: a value that matches more than one"
                    " branch is accepted"
                )
        for member, member_path in _subschemas(node, path):
            keyword = member_path[len(path) + 1 :].split("/", 1)[0]
            visit(member, member_path, is_object and keyword in ("allOf", "anyOf", "oneOf"))

    visit(schema, "#", False)
    return found


def unchecked_formats(schema: JSONSchema) -> dict[str, list[str]]:
    """Formats in ``schema`` that jsonschema may check and the model does not: format -> paths."""
    found: dict[str, list[str]] = {}
    for node, path in walk_schema(schema):
        fmt = node.get("format")
        if isinstance(fmt, str) and fmt in UNCHECKED_FORMATS:
            found.setdefault(fmt, []).append(path)
    return found


def emit_models(spec: ModelSpec) -> EmittedModels:
    """The pydantic v2 module of ``spec``: ``<Prefix>Input``, ``<Prefix>Output`` and nested types.

    Pure and deterministic: the same spec gives the same bytes on any machine. Raises
    :class:`~generator.errors.SchemaError` (naming the model, the JSON path, what is wrong and what
    to do) for a schema that is invalid or cannot be generated; no library exception escapes.
    """
    model_id = spec.model_id
    check_schema(model_id, "input", spec.input_schema)
    check_schema(model_id, "output", spec.output_schema)
    if not spec.input_schema:
        raise SchemaError(
            f"{model_id}: the input schema is empty, so there is nothing to generate; the model"
            " publishes no input schema, leave it out of [tool.cfgen] models until it does",
            model_id=model_id,
            path="#",
        )
    input_schema = prepare_schema(spec.input_schema, "input")
    output_schema = prepare_schema(spec.output_schema, "output")
    combined = _combine(spec, input_schema, output_schema)
    raw, notes = _run_datamodel(spec, combined)

    parsed_output = without_event_stream(spec.output_schema)
    limitations = [
        *notes,
        *schema_limitations(spec.input_schema, "input"),
        *schema_limitations(parsed_output, "output"),
    ]
    if parsed_output is not spec.output_schema:
        limitations.append(
            "output: the text/event-stream answer to stream=True is read by the client as a stream"
            " of chunks, not by this model"
        )
    for role, schema in (("input", spec.input_schema), ("output", parsed_output)):
        for fmt, paths in sorted(unchecked_formats(schema).items()):
            where = ", ".join(paths)
            limitations.append(f"{role} format {fmt!r} is not checked (at {where})")
    source = _postprocess(raw, _module_docstring(spec, limitations))
    module = ast.parse(source)
    for name in (spec.names.input_class, spec.names.output_class):
        if not any(isinstance(n, ast.ClassDef) and n.name == name for n in module.body):
            raise SchemaError(
                f"{model_id}: datamodel-code-generator wrote no class {name}; report this schema",
                model_id=model_id,
                path="#",
            )
    output_kind = "bytes" if _is_binary_string(spec.output_schema) else "model"
    return EmittedModels(
        source=source,
        input_class=spec.names.input_class,
        output_class=spec.names.output_class,
        input_fields=_input_fields(module, spec.names.input_class, spec.input_schema),
        output_kind=output_kind,
        limitations=tuple(limitations),
    )


def _is_binary_string(schema: JSONSchema) -> bool:
    return schema.get("type") == "string" and schema.get("format") == "binary"


def _run_datamodel(spec: ModelSpec, schema: JSONSchema) -> tuple[str, list[str]]:
    """The module datamodel-code-generator writes, and the constraints it said it dropped.

    A class that would shadow a name the module uses (:data:`RESERVED_CLASS_NAMES`, or any name it
    imports) is renamed by a second run with the library's ``model_name_map``, so that every
    reference to it is renamed by the library itself. Only such schemas pay for the second run.
    """
    result, notes = _run_datamodel_once(spec, schema, {})
    renames = {**_reserved_class_renames(result), **_output_class_renames(result, spec)}
    if renames:
        result, notes = _run_datamodel_once(spec, schema, renames)
        left = _reserved_class_renames(result)
        if left:
            raise SchemaError(
                f"{spec.model_id}: the schema names classes {sorted(left)} that the generated module"
                " needs for its own imports; rename them (title or $defs key) in the snapshot",
                model_id=spec.model_id,
                path="#",
            )
    return result, notes


def _output_class_renames(source: str, spec: ModelSpec) -> dict[str, str]:
    """Where a nested class took the output class's name (a property named like it), the library
    numbered the output instead (``XOutput1``): give the output its name back, the other a free one.

    The output is defined last in the combined document (:func:`_combine`), so of the classes
    named ``XOutput``, ``XOutput1``, ... it is the last one in the module.
    """
    wanted = spec.names.output_class
    classes = [s.name for s in ast.parse(source).body if isinstance(s, ast.ClassDef)]
    candidates = [c for c in classes if re.fullmatch(re.escape(wanted) + r"\d*", c)]
    if not candidates or candidates[-1] == wanted:
        return {}
    return {wanted: _free_name(wanted, classes), candidates[-1]: wanted}


def _reserved_class_renames(source: str) -> dict[str, str]:
    """Top-level classes of ``source`` whose names are reserved, each with a free new name."""
    module = ast.parse(source)
    taken: set[str] = set(RESERVED_CLASS_NAMES)
    classes: list[str] = []
    for statement in module.body:
        if isinstance(statement, ast.Import | ast.ImportFrom):
            taken.update((a.asname or a.name).split(".")[0] for a in statement.names)
        elif isinstance(statement, ast.ClassDef):
            classes.append(statement.name)
        elif isinstance(statement, ast.Assign | ast.AnnAssign):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            taken.update(t.id for t in targets if isinstance(t, ast.Name))
    defined = set(classes)
    renames: dict[str, str] = {}
    for name in classes:
        if name not in taken:
            continue
        new = _free_name(name, taken | defined)
        renames[name] = new
        defined.add(new)
    return renames


def _free_name(name: str, taken: Container[str]) -> str:
    """``name`` with :data:`_CLASS_RENAME_SUFFIX` (then a number, if need be) not in ``taken``."""
    new, index = f"{name}{_CLASS_RENAME_SUFFIX}", 1
    while new in taken:
        new, index = f"{name}{_CLASS_RENAME_SUFFIX}{index}", index + 1
    return new


def _run_datamodel_once(
    spec: ModelSpec, schema: JSONSchema, model_name_map: dict[str, str]
) -> tuple[str, list[str]]:
    # Imported here: the library is large and only this step needs it.
    from datamodel_code_generator import generate
    from datamodel_code_generator.enums import DataModelType, InputFileType
    from datamodel_code_generator.format import Formatter, PythonVersion

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = generate(
                schema,
                input_file_type=InputFileType.JsonSchema,
                output_model_type=DataModelType.PydanticV2BaseModel,
                target_python_version=PythonVersion.PY_311,
                class_name=spec.names.input_class,
                # The builtin formatter is part of the pinned library: no external formatter's
                # version can change the bytes.
                formatters=[Formatter.BUILTIN],
                # Room for the post-processing's longer names (StrictInt -> _JsonInteger).
                builtin_format_line_length=_LINE_LENGTH - 6,
                additional_imports=_PRELUDE_IMPORTS,
                custom_file_header=f'"""{_DOCSTRING_PLACEHOLDER}"""',
                model_name_map=model_name_map or None,
                **DATAMODEL_OPTIONS,
            )
        except Exception as error:  # the library raises many types; none may escape as is
            raise SchemaError(
                f"{spec.model_id}: datamodel-code-generator cannot generate models from this"
                f" schema: {type(error).__name__}: {error}. Check the schema; if it is valid,"
                " report it",
                model_id=spec.model_id,
                path="#",
            ) from None
    if not isinstance(result, str):
        raise SchemaError(
            f"{spec.model_id}: datamodel-code-generator wrote several modules, expected one",
            model_id=spec.model_id,
            path="#",
        )
    output_prefix = f"#/$defs/{spec.names.output_class}"
    notes: list[str] = []
    for warning in caught:
        text = " ".join(str(warning.message).split())
        if output_prefix in text:
            text = "output " + text.replace(output_prefix, "#")
        elif text.startswith("#"):
            text = "input " + text
        if text not in notes:
            notes.append(text)
    return result, notes


def _module_docstring(spec: ModelSpec, limitations: list[str]) -> str:
    lines = [f"Pydantic models of the {spec.model_id} model, generated by cfgen from its JSON Schemas."]
    if limitations:
        lines += ["", "Limitations (what the schema says and these models do not check):"]
        lines += [f"- {item}" for item in limitations]
    wrapped: list[str] = []
    for line in lines:
        wrapped += textwrap.wrap(
            line, width=_LINE_LENGTH - 3, subsequent_indent="  " if line.startswith("- ") else "",
            break_long_words=False, break_on_hyphens=False,
        ) or [""]
    text = "\n".join(wrapped)
    # Upstream text (paths, messages) must not end the docstring early or escape.
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _postprocess(source: str, docstring: str) -> str:
    """The steps datamodel-code-generator has no option for, on exact AST positions.

    JSON numbers for ``StrictInt``/``StrictFloat`` outside the imports; the prelude
    (``templates/datamodel/json_types.py``) after the imports; ``regex_engine='python-re'`` in every
    class that holds a ``pattern``; the module docstring.
    """
    # First, so that every line break left is a "\n" and the AST's line numbers match ``lines``.
    source = _escape_unsafe_characters(source.replace(_DOCSTRING_PLACEHOLDER, docstring, 1))
    lines = source.splitlines(keepends=True)
    module = ast.parse(source)
    edits: list[tuple[int, int, int, str]] = []  # (line index, start col, end col, text)
    last_import_end = 0
    renamed = _renamed_bindings(module)
    for statement in module.body:
        if isinstance(statement, ast.Import | ast.ImportFrom):
            last_import_end = statement.end_lineno or statement.lineno
            continue
        for node in ast.walk(statement):
            # Uses only: a field named ``StrictInt`` (a Store) keeps its name, its wire name.
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in renamed:
                new = renamed[node.id]
                text = lines[node.lineno - 1]
                # ast's columns count UTF-8 bytes: a non-ASCII enum value earlier on the line
                # would shift a character index
                start, end = _char_column(text, node.col_offset), _char_column(text, node.end_col_offset or 0)
                edits.append((node.lineno - 1, start, end, new))
    for line, start, end, text in sorted(edits, reverse=True):
        lines[line] = lines[line][:start] + text + lines[line][end:]
    _drop_renamed_imports(module, lines)
    # ruff (RUF036) wants None last; datamodel-code-generator writes `X | None | MISSING`.
    for first, last in _annotation_lines(module):
        for index in range(first, last):
            lines[index] = lines[index].replace(" | None | MISSING", " | MISSING | None")
    _wrap_docstrings(module, lines)
    configs = _regex_engine_edits(module, lines)
    for line, text in sorted(configs, reverse=True):
        lines.insert(line, text)
    prelude = _prelude()
    lines.insert(last_import_end, "\n" + prelude.strip("\n") + "\n\n\n")
    return _tidy("".join(lines))


def _char_column(line: str, byte_offset: int) -> int:
    """The character index in ``line`` of an AST column (a UTF-8 byte offset)."""
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8", errors="ignore"))


def _renamed_bindings(module: ast.Module) -> dict[str, str]:
    """The module's names for the imports of :data:`_RENAMED_IMPORTS`, each with its new name."""
    return {
        alias.asname or alias.name: _RENAMED_IMPORTS[(statement.module or "", alias.name)]
        for statement in module.body
        if isinstance(statement, ast.ImportFrom)
        for alias in statement.names
        if (statement.module or "", alias.name) in _RENAMED_IMPORTS
    }


def _drop_renamed_imports(module: ast.Module, lines: list[str]) -> None:
    """Remove the imports whose uses were renamed, in place: ``Dict`` and aliased Strict numbers.

    datamodel-code-generator writes ``Dict`` in the ``__annotations__`` of models with typed extra
    fields even on Python 3.11 (ruff's UP006/UP035 refuse it), and ``StrictInt as
    StrictInt_aliased`` where a field is named ``StrictInt``; their uses were renamed. The plain
    ``StrictInt``/``StrictFloat`` stay: the prelude uses them. A statement is written again in the
    style isort and ruff expect: one line if it fits, else one name a line.
    """
    for statement in module.body:
        if not isinstance(statement, ast.ImportFrom) or statement.module not in ("typing", "pydantic"):
            continue
        names = [(a.name, a.asname) for a in statement.names]
        kept = [
            (name, asname)
            for name, asname in names
            if (statement.module, name) not in _RENAMED_IMPORTS
            or (statement.module == "pydantic" and asname is None)
        ]
        if kept == names:
            continue
        texts = [f"{name} as {asname}" if asname else name for name, asname in kept]
        first, last = statement.lineno - 1, statement.end_lineno or statement.lineno
        text = f"from {statement.module} import {', '.join(texts)}\n" if texts else ""
        if len(text) > _LINE_LENGTH + 1:
            text = f"from {statement.module} import (\n" + "".join(f"    {n},\n" for n in texts) + ")\n"
        lines[first:last] = [text] + [""] * (last - first - 1)


def _prelude() -> str:
    text = (templates_root() / "datamodel" / "json_types.py").read_text(encoding="utf-8")
    marker = "# cfgen: prelude\n"
    if marker not in text:
        raise SchemaError(f"templates/datamodel/json_types.py has no {marker.strip()!r} line")
    return text.split(marker, 1)[1]


def _annotation_lines(module: ast.Module) -> Iterator[tuple[int, int]]:
    """0-based [first, last) line ranges of every annotation in the module's classes."""
    for node in ast.walk(module):
        if isinstance(node, ast.AnnAssign):
            yield node.annotation.lineno - 1, node.annotation.end_lineno or node.annotation.lineno
        elif isinstance(node, ast.ClassDef):
            for base in node.bases:
                yield base.lineno - 1, base.end_lineno or base.lineno


def _wrap_docstrings(module: ast.Module, lines: list[str]) -> None:
    """Wrap the over-long lines of the classes' and fields' docstrings, in place.

    Descriptions come from the schema on one line; only lines longer than the line length are
    split, at spaces, so the text's own line structure (lists, paragraphs) stays as written.
    """
    for node in ast.walk(module):
        if not (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            and node.col_offset > 0
        ):
            continue
        for index in range(node.lineno - 1, node.end_lineno or node.lineno):
            line = lines[index]
            if len(line.rstrip("\n")) <= _LINE_LENGTH:
                continue
            indent = line[: len(line) - len(line.lstrip())]
            wrapped = textwrap.wrap(
                line.strip(),
                width=_LINE_LENGTH - len(indent),
                break_long_words=False,
                break_on_hyphens=False,
            )
            lines[index] = "".join(f"{indent}{part}\n" for part in wrapped)


def _config_keywords(statement: ast.ClassDef) -> list[str]:
    """The ``ConfigDict`` keywords a generated class needs beyond what datamodel-code-generator wrote.

    ``regex_engine='python-re'`` where a field has a ``pattern``; ``protected_namespaces=()`` where
    a field's name starts with ``model_`` (a schema's ``model_dump`` property becomes ``model_dump_``,
    which pydantic would warn about at every import although it shadows nothing).
    """
    # Validators are built on first use, not at import: an application that imports a module for
    # one model does not pay for building every class it holds.
    keywords = ["defer_build=True"]
    if any(isinstance(node, ast.keyword) and node.arg == "pattern" for node in ast.walk(statement)):
        keywords.append("regex_engine='python-re'")
    if any(
        isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and node.target.id.startswith("model_")
        for node in statement.body
    ):
        keywords.append("protected_namespaces=()")
    return keywords


def _regex_engine_edits(module: ast.Module, lines: list[str]) -> list[tuple[int, str]]:
    """Lines to insert so that every class gets the config of :func:`_config_keywords`."""
    inserts: list[tuple[int, str]] = []
    for statement in module.body:
        if not isinstance(statement, ast.ClassDef):
            continue
        wanted = _config_keywords(statement)
        if not wanted:
            continue
        config = next(
            (
                node
                for node in statement.body
                if isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "model_config" for t in node.targets)
            ),
            None,
        )
        if config is not None and isinstance(config.value, ast.Call):
            present = {k.arg for k in config.value.keywords}
            wanted = [w for w in wanted if w.split("=", 1)[0] not in present]
            if not wanted:
                continue
            # ConfigDict( is written one keyword a line, closing ")" on its own line.
            closing = (config.end_lineno or config.lineno) - 1
            indent = re.match(r"\s*", lines[closing])
            pad = (indent.group(0) if indent else "") + "    "
            inserts.append((closing, "".join(f"{pad}{w},\n" for w in wanted)))
        else:
            first = statement.body[0]
            has_doc = (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            )
            at = (first.end_lineno or first.lineno) if has_doc else first.lineno - 1
            pad = " " * first.col_offset
            inserts.append((at, f"{pad}model_config = ConfigDict({', '.join(wanted)})\n"))
    return inserts


def _escape_unsafe_characters(source: str) -> str:
    """Control, bidi, separator and surrogate characters of string literals as ``\\uXXXX`` escapes.

    datamodel-code-generator writes schema descriptions into docstrings as they are; a right-to-left
    override or a carriage return there would show the reader other code than Python runs. In a
    plain (not raw) string literal the escape stands for the same character, so every value stays
    exactly what the schema says; a raw literal is written again as a plain one.
    """
    if not any(_is_unsafe_char(c) for c in source):
        return source
    import io
    import tokenize

    pieces: list[tuple[int, int, int, int, str]] = []  # (start line, col, end line, col, text)
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type != tokenize.STRING or not any(_is_unsafe_char(c) for c in token.string):
            continue
        prefix = re.match(r"[A-Za-z]*", token.string)
        if prefix is not None and "r" in prefix.group(0).lower():
            text = ascii(ast.literal_eval(token.string))
        else:
            text = "".join(f"\\u{ord(c):04x}" if _is_unsafe_char(c) else c for c in token.string)
        pieces.append((*token.start, *token.end, text))
    lines = source.split("\n")  # the lines tokenize saw: split at "\n" only
    lines = [line + "\n" for line in lines[:-1]] + lines[-1:]
    for start_line, start_col, end_line, end_col, text in reversed(pieces):
        head = lines[start_line - 1][:start_col]
        tail = lines[end_line - 1][end_col:]
        lines[start_line - 1 : end_line] = [head + text + tail]
    return "".join(lines)


def _is_unsafe_char(char: str) -> bool:
    if char == "\n":
        return False
    return unicodedata.category(char) in {"Cc", "Cf", "Cs", "Co", "Zl", "Zp"}


def _tidy(source: str) -> str:
    # Exactly two blank lines between top-level blocks, one newline at the end.
    source = re.sub(r"\n{4,}", "\n\n\n", source)
    return source.rstrip("\n") + "\n"


def _strip_annotation(node: ast.expr) -> ast.expr | None:
    """``node`` without ``Annotated[...]`` metadata and without ``MISSING``; None if nothing is left."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        if node.value.id == "Annotated":
            first = node.slice.elts[0] if isinstance(node.slice, ast.Tuple) else node.slice
            return _strip_annotation(first)
        inner = _strip_annotation(node.slice)
        if inner is None:
            return None
        return ast.Subscript(value=node.value, slice=inner, ctx=ast.Load())
    if isinstance(node, ast.Tuple):
        parts = [_strip_annotation(e) for e in node.elts]
        return ast.Tuple(elts=[p for p in parts if p is not None], ctx=ast.Load())
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = _strip_annotation(node.left), _strip_annotation(node.right)
        if left is None or right is None:
            return left or right
        return ast.BinOp(left=left, op=ast.BitOr(), right=right)
    if isinstance(node, ast.Name):
        if node.id == "MISSING":
            return None
        return ast.Name(id=_PLAIN_TYPE_NAMES.get(node.id, node.id), ctx=ast.Load())
    return node


def _field_call(annotation: ast.expr, value: ast.expr | None) -> list[ast.Call]:
    calls = []
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "Field":
        calls.append(value)
    if (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.value, ast.Name)
        and annotation.value.id == "Annotated"
        and isinstance(annotation.slice, ast.Tuple)
    ):
        for meta in annotation.slice.elts[1:]:
            if isinstance(meta, ast.Call) and isinstance(meta.func, ast.Name) and meta.func.id == "Field":
                calls.append(meta)
    return calls


class _ImportAliases(ast.NodeTransformer):
    """Names of ``Field`` and ``Annotated`` as their own again where the module imports them renamed.

    datamodel-code-generator writes ``from pydantic import Field as Field_aliased`` when a schema
    names a class ``Field``; the fields' aliases (the wire names) must still be found.
    """

    _ORIGINALS = frozenset({("pydantic", "Field"), ("typing", "Annotated")})

    def __init__(self, module: ast.Module) -> None:
        self.renamed = {
            alias.asname: alias.name
            for node in module.body
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
            if alias.asname and (node.module, alias.name) in self._ORIGINALS
        }

    def visit_Name(self, node: ast.Name) -> ast.Name:
        if node.id in self.renamed:
            return ast.copy_location(ast.Name(id=self.renamed[node.id], ctx=node.ctx), node)
        return node


def _input_fields(
    module: ast.Module, input_class: str, input_schema: JSONSchema
) -> tuple[FieldSpec, ...] | None:
    """The top-level fields of the input class, or None when the input is not one object."""
    defined: set[str] = set()
    for statement in module.body:
        if isinstance(statement, ast.ClassDef):
            defined.add(statement.name)
        elif isinstance(statement, ast.Assign):
            defined.update(t.id for t in statement.targets if isinstance(t, ast.Name))
    cls = next(n for n in module.body if isinstance(n, ast.ClassDef) and n.name == input_class)
    cls = _ImportAliases(module).visit(copy.deepcopy(cls))
    if any(isinstance(b, ast.Subscript) for b in cls.bases):  # RootModel[...]: a union input
        return None
    properties = input_schema.get("properties")
    properties = properties if isinstance(properties, dict) else {}
    fields: list[FieldSpec] = []
    for statement in cls.body:
        if not isinstance(statement, ast.AnnAssign) or not isinstance(statement.target, ast.Name):
            continue
        name = statement.target.id
        if name == "model_config":
            continue
        wire_name = name
        for call in _field_call(statement.annotation, statement.value):
            for keyword in call.keywords:
                if keyword.arg == "alias" and isinstance(keyword.value, ast.Constant):
                    wire_name = str(keyword.value.value)
        stripped = _strip_annotation(statement.annotation)
        annotation = ast.unparse(stripped) if stripped is not None else "Any"
        references = sorted(
            {
                n.id
                for n in ast.walk(stripped) if isinstance(n, ast.Name) and n.id in defined
            }
        ) if stripped is not None else []
        prop = properties.get(wire_name)
        prop = prop if isinstance(prop, dict) else {}
        description = prop.get("description")
        has_default = "default" in prop
        required = statement.value is None
        fields.append(
            FieldSpec(
                name=name,
                wire_name=wire_name,
                annotation=annotation,
                required=required,
                description=description if isinstance(description, str) else None,
                default=copy.deepcopy(prop.get("default")) if has_default else None,
                has_default=has_default and not required,
                references=tuple(references),
            )
        )
    return tuple(fields)

