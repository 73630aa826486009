"""Hostile schemas and model ids: cfgen never emits unsafe code, never reads beyond the schema.

A schema is untrusted input. Whatever its names, texts and values hold, the generated package
compiles, importing it runs nothing of the schema, and values survive exactly (checked against
``jsonschema`` and on the wire through the mock). ``$ref``s to URLs or files are refused before any
library could follow them; bombs (depth, enum size, document size, reference cycles) end in one
clean ``cfgen: error:`` line with exit 4, fast. Unsafe model ids are refused wherever they come from.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

import jsonschema
import pydantic
import pytest

from generator import limits
from generator.emit_client import emit_client
from generator.emit_models import emit_models
from generator.errors import SchemaError
from generator.mock import MockModel, MockServer
from generator.naming import model_names
from generator.spec import EmittedModels, ModelSpec

from .conftest import KREA, Project, tree_digest

MODEL = "hostile/evil-x"
CANARY_FILE_NAME = "cfgen-hostile-canary"
# Text that would do something if it ever reached Python source unescaped.
PAYLOADS = [
    '"""',
    "'''",
    '"',
    "'",
    "\\",
    "x\\",
    "a\nb",
    "a\r\nb",
    "{{ 7 * 7 }}",
    "{% raw %}",
    "{# c #}",
    "\x00",
    "\u202e",
    "\u2028",
    "\ufeff",
    f"__import__('pathlib').Path('{CANARY_FILE_NAME}').touch()",
    f'"""; __import__("pathlib").Path("{CANARY_FILE_NAME}").touch(); """',
    f"'; __import__('pathlib').Path('{CANARY_FILE_NAME}').touch(); '",
    "\\N{BULLET}",
    "\\x41",
]
# Property names that are keywords, pydantic/BaseModel members, dunders, or not identifiers.
NAMES = [
    "class",
    "from",
    "import",
    "None",
    "model_config",
    "model_dump",
    "model_validate",
    "model_fields",
    "schema",
    "json",
    "dict",
    "copy",
    "__init__",
    "__class__",
    "__dict__",
    "self",
    "input",
    "_private",
    "1st",
    "a-b",
    "a b",
    "Name",
    "name",
    "NAME",
    "",
    "$ref",
    "Field",
    "BaseModel",
    "MISSING",
    "Literal",
    *PAYLOADS,
]


def spec_for(input_schema: Any, output_schema: Any = None, model_id: str = MODEL) -> ModelSpec:
    output = {"type": "object"} if output_schema is None else output_schema
    return ModelSpec(model_names([model_id])[model_id], input_schema, output)


def hostile_input() -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for index, name in enumerate(NAMES):
        text = PAYLOADS[index % len(PAYLOADS)]
        properties[name] = {
            "type": "string",
            "title": text,
            "description": text,
            "default": text,
            "pattern": "^" + "".join(f"\\u{ord(c):04x}" for c in text) + "$" if text else "^$",
        }
    properties["choice"] = {"enum": PAYLOADS, "description": "one of many quotes", "default": PAYLOADS[0]}
    properties["constant"] = {"const": "'\"\\\n{{x}}"}
    properties["nested"] = {
        "type": "object",
        "title": '"""; import os; """',
        "properties": {p: {"type": "integer"} for p in PAYLOADS[:6]},
        "default": {"\"'": [1, 2.5, None, True, "{{x}}"]},
    }
    return {
        "title": "__import__('os')",
        "description": '"""\n__import__("os")\n"""\u202e',
        "type": "object",
        "properties": properties,
        "required": ["choice", "class", "model_dump"],
        "$defs": {
            "__import__": {"type": "object", "properties": {"q": {"type": "string"}}},
            '"""': {"type": "object", "properties": {"q": {"type": "string"}}},
        },
    }


def payload_of(name: str) -> str:
    """The text the hostile schema uses for property ``name`` (its default, and its pattern's match)."""
    return PAYLOADS[NAMES.index(name) % len(PAYLOADS)]


def required_values(**values: str) -> dict[str, str]:
    return {"class": payload_of("class"), "model_dump": payload_of("model_dump"), **values}


def write_package(root: Path, pairs: list[tuple[ModelSpec, EmittedModels]], package: str) -> Path:
    files = emit_client(pairs, package=package)
    for spec, emitted in pairs:
        files[PurePosixPath(package, "models", spec.names.module_path)] = emitted.source
    for path, text in files.items():
        dest = root.joinpath(*path.parts)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(text, encoding="utf-8")
    return root


def import_package(root: Path, package: str) -> Any:
    sys.path.insert(0, str(root))
    try:
        module = importlib.import_module(package)
        for path in sorted((root / package).rglob("*.py")):
            rel = path.relative_to(root).with_suffix("")
            parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
            importlib.import_module(".".join(parts))
        return module
    finally:
        sys.path.remove(str(root))


def drop_package(package: str) -> None:
    for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[name]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any, Path]]:
    """The hostile model's package, imported from a folder also used as working directory."""
    root = tmp_path_factory.mktemp("hostile")
    spec = spec_for(hostile_input(), {"type": "object", "properties": {"out": {"enum": PAYLOADS}}})
    emitted = emit_models(spec)
    write_package(root, [(spec, emitted)], "hostile_pkg")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        package = import_package(root, "hostile_pkg")
    models = importlib.import_module("hostile_pkg.models.hostile.evil_x")
    try:
        yield package, models, root
    finally:
        drop_package("hostile_pkg")


def test_the_hostile_package_compiles_imports_and_ran_nothing(hostile: tuple[Any, Any, Path]) -> None:
    _, models, root = hostile
    assert not (root / CANARY_FILE_NAME).exists()
    assert not Path(CANARY_FILE_NAME).exists()
    for path in (root / "hostile_pkg").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        compile(source, str(path), "exec")
        # no invisible or line-breaking character may hide code from a reader
        assert not [c for c in source if c in "\r\x00\u202e\u2028\ufeff"], path
    assert issubclass(models.EvilXInput, pydantic.BaseModel)


def test_every_name_is_a_field_with_its_wire_name(hostile: tuple[Any, Any, Path]) -> None:
    _, models, _ = hostile
    aliases = {name if f.alias is None else f.alias for name, f in models.EvilXInput.model_fields.items()}
    assert set(hostile_input()["properties"]) <= aliases
    # defaults come back exactly, under their wire names
    dumped = models.EvilXInput.model_validate(required_values(choice=PAYLOADS[1])).model_dump(
        mode="json", by_alias=True
    )
    for name in NAMES:
        assert dumped[name] == payload_of(name), name
    assert dumped["choice"] == PAYLOADS[1]


@pytest.mark.parametrize("value", PAYLOADS)
def test_enum_values_round_trip_and_agree_with_jsonschema(hostile: tuple[Any, Any, Path], value: str) -> None:
    _, models, _ = hostile
    schema = hostile_input()
    instance = required_values(choice=value, constant="'\"\\\n{{x}}")
    assert jsonschema.Draft202012Validator(schema).is_valid(instance)
    parsed = models.EvilXInput.model_validate(instance)
    assert parsed.model_dump(mode="json", by_alias=True, exclude_unset=True) == instance
    # a near miss is refused by both
    wrong = {**instance, "choice": value + " "}
    assert not jsonschema.Draft202012Validator(schema).is_valid(wrong)
    with pytest.raises(pydantic.ValidationError):
        models.EvilXInput.model_validate(wrong)
    assert models.EvilXOutput.model_validate({"out": value}).model_dump(by_alias=True) == {"out": value}


def test_patterns_keep_their_meaning(hostile: tuple[Any, Any, Path]) -> None:
    _, models, _ = hostile
    validator = jsonschema.Draft202012Validator(hostile_input())
    base = required_values(choice=PAYLOADS[0])
    for index, name in enumerate(NAMES):
        text = PAYLOADS[index % len(PAYLOADS)]
        for candidate, ok in ((text, True), (text + "!", False)):
            instance = {**base, name: candidate}
            assert validator.is_valid(instance) is ok
            if ok:
                models.EvilXInput.model_validate(instance)
            else:
                with pytest.raises(pydantic.ValidationError):
                    models.EvilXInput.model_validate(instance)


def test_quoted_enum_value_reaches_the_wire_unchanged(tmp_path: Path) -> None:
    """Through the generated client's method, to the mock, which validates with jsonschema."""
    schema = {
        "type": "object",
        "properties": {
            "class": {"enum": PAYLOADS, "description": '"""\n{{ x }}'},
            "model_dump": {"type": "string", "default": "'\"\\"},
        },
        "required": ["class"],
    }
    output = {"type": "object", "properties": {"text": {"type": "string"}}}
    spec = spec_for(schema, output)
    write_package(tmp_path / "pkg", [(spec, emit_models(spec))], "wire_pkg")
    snapshot = tmp_path / "snap" / MODEL
    snapshot.mkdir(parents=True)
    (snapshot / "schema-input.json").write_text(json.dumps(schema))
    (snapshot / "schema-output.json").write_text(json.dumps(output))
    try:
        package = import_package(tmp_path / "pkg", "wire_pkg")
        with MockServer(schemas_dir=tmp_path / "snap") as server:
            client = package.Client(account_id="acct", api_token="t0ken", base_url=server.api_url)
            with client:
                for value in PAYLOADS:
                    client.hostile.evil_x(class_=value, model_dump_="'\"\\")
            sent = [r.json()["input"] for r in server.requests if r.method == "POST"]
    finally:
        drop_package("wire_pkg")
    assert sent == [{"class": v, "model_dump": "'\"\\"} for v in PAYLOADS]


def test_names_differing_only_in_case_stay_apart() -> None:
    schema = {
        "type": "object",
        "properties": {n: {"type": "integer"} for n in ("a", "A", "a_", "A_", "_a", "a-", "a.")},
    }
    spec = spec_for(schema)
    emitted = emit_models(spec)
    module = type(sys)("case_module")
    sys.modules["case_module"] = module
    try:
        exec(compile(emitted.source, "case_module", "exec"), module.__dict__)
        model = module.EvilXInput
        instance = {n: i for i, n in enumerate(schema["properties"])}
        assert model.model_validate(instance).model_dump(by_alias=True, exclude_unset=True) == instance
    finally:
        del sys.modules["case_module"]
    params = [p.name for p in emitted.input_fields or ()]
    assert len(set(params)) == len(params) == 7


def test_lone_surrogates_are_a_clean_schema_error() -> None:
    """JSON may hold them, UTF-8 source and pydantic cannot: refused, not written broken."""
    for schema in (
        {"type": "object", "properties": {"\ud800": {"type": "string"}}},
        {"type": "object", "properties": {"a": {"enum": ["ok", "\udfff"]}}},
    ):
        with pytest.raises(SchemaError) as caught:
            emit_models(spec_for(schema))
        assert "\n" not in str(caught.value)
        assert "\\ud" in str(caught.value)  # shown escaped, not raw
    # in a description it is only text: written escaped, the module still imports
    emitted = emit_models(spec_for({"type": "object", "description": "x\ud800", "properties": {}}))
    emitted.source.encode("utf-8")


# --- $ref: only inside the document --------------------------------------------------------------

REMOTE_REFS = [
    "http://127.0.0.1:9/schema.json",
    "https://example.com/schema.json#/defs/x",
    "file:///etc/passwd",
    "other.json",
    "//evil.example/x",
    "../../../etc/passwd",
]


@pytest.mark.parametrize("ref", REMOTE_REFS)
@pytest.mark.parametrize("keyword", ["$ref", "$dynamicRef"])
def test_non_local_refs_are_refused_before_datamodel_sees_them(
    ref: str, keyword: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datamodel_code_generator

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("datamodel-code-generator was given a schema with a remote $ref")

    monkeypatch.setattr(datamodel_code_generator, "generate", never)
    schema = {"type": "object", "properties": {"a": {"type": "object", "properties": {"b": {keyword: ref}}}}}
    for spec in (spec_for(schema), spec_for({"type": "object"}, schema)):
        with pytest.raises(SchemaError) as caught:
            emit_models(spec)
        message = str(caught.value)
        assert MODEL in message and "#/properties/a/properties/b/" + keyword in message
        assert repr(ref) in message


def test_refs_inside_values_are_data_not_references() -> None:
    schema = {
        "type": "object",
        "properties": {
            "a": {"type": "object", "default": {"$ref": "http://x/y"}, "examples": [{"$ref": "file:///z"}]},
            "$ref": {"type": "string"},  # a property *named* $ref
        },
    }
    emit_models(spec_for(schema))


def test_local_refs_must_resolve_and_must_not_loop_in_place() -> None:
    for schema, needle in (
        ({"type": "object", "properties": {"a": {"$ref": "#/$defs/missing"}}}, "does not resolve"),
        ({"type": "object", "properties": {"a": {"$ref": "#/$defs/A"}},
          "$defs": {"A": {"$ref": "#/$defs/B"}, "B": {"allOf": [{"$ref": "#/$defs/A"}]}}}, "loop back"),
        ({"type": "object", "properties": {"a": {"$ref": "#/properties/a"}}}, "loop back"),
    ):  # fmt: skip
        with pytest.raises(SchemaError, match=needle):
            emit_models(spec_for(schema))
    # a recursive type that descends (a tree) is fine, and works
    tree = {
        "type": "object",
        "properties": {"value": {"type": "integer"}, "children": {"type": "array", "items": {"$ref": "#"}}},
    }
    emitted = emit_models(spec_for(tree))
    module = type(sys)("tree_module")
    sys.modules["tree_module"] = module
    try:
        exec(compile(emitted.source, "tree_module", "exec"), module.__dict__)
        value = {"value": 1, "children": [{"value": 2, "children": [{"value": 3}]}]}
        assert module.EvilXInput.model_validate(value).model_dump(exclude_unset=True) == value
    finally:
        del sys.modules["tree_module"]


# --- bombs -----------------------------------------------------------------------------------------


def deep(levels: int) -> dict[str, Any]:
    node: dict[str, Any] = {"type": "string"}
    for _ in range(levels):
        node = {"type": "object", "properties": {"x": node}}
    return node


def deep_bytes(levels: int) -> bytes:
    """``deep(levels)`` as JSON text, written without the (recursive) json encoder."""
    head = '{"type": "object", "properties": {"x": ' * levels
    return (head + '{"type": "string"}' + "}}" * levels).encode()


def wide_enum(count: int) -> dict[str, Any]:
    return {"type": "object", "properties": {"e": {"enum": [f"v{i}" for i in range(count)]}}}


BOMBS = {
    "1000-deep": (deep(1000), "nest more than"),
    "100k-enum": (wide_enum(100_000), "enum has 100,000 values"),
    "many-values": ({"type": "object", "properties": {f"p{i}": {} for i in range(30_000)}}, "JSON values"),
    "long-strings": ({"type": "object", "description": "x" * (limits.MAX_STRING_CHARS + 1)}, "characters"),
    "ref-cycle": (
        {"$ref": "#/$defs/a", "$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#"}}},
        "loop back",
    ),
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_bombs_end_in_a_clean_schema_error_quickly(name: str) -> None:
    schema, needle = BOMBS[name]
    start = time.monotonic()
    with pytest.raises(SchemaError, match=needle) as caught:
        emit_models(spec_for(schema))
    assert time.monotonic() - start < 5
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 600


def test_limits_leave_room_for_real_schemas() -> None:
    """Just inside every limit still generates working code."""
    emitted = emit_models(spec_for(deep(limits.MAX_DEPTH // 2 - 2)))
    compile(emitted.source, "deep", "exec")
    emitted = emit_models(spec_for(wide_enum(limits.MAX_ENUM_VALUES)))
    compile(emitted.source, "enum", "exec")


# --- through the CLI: fetch, generate, drift, mock -----------------------------------------------


def _one_clean_error(output: str, code_text: str = "cfgen: error:") -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    assert lines and lines[-1].startswith(code_text), output
    assert "Traceback" not in output
    return lines[-1]


@pytest.mark.parametrize(
    "ref", ["http://127.0.0.1:{port}/ai/models/evil/schema-input.json", "file:///etc/passwd"]
)
def test_fetch_refuses_a_remote_ref_and_never_follows_it(project: Project, ref: str) -> None:
    server = project.server
    ref = ref.format(port=server.url.rsplit(":", 1)[1])
    project.server.set_schema(KREA, "input", {"type": "object", "properties": {"a": {"$ref": ref}}})
    result = project.cfgen("fetch")
    assert result.exit_code == 4, result.output
    line = _one_clean_error(result.output, "cfgen: skipped:")
    assert KREA in line and "#/properties/a/$ref" in line and ref in line
    assert not any("evil" in r.path for r in server.requests)
    assert not (project.schemas / KREA).exists()


def _seed_snapshot(project: Project, input_schema: Any, output_schema: Any = None) -> None:
    """A snapshot whose lock matches its files, as a tampered or old checkout could hold."""
    output_schema = {"type": "object"} if output_schema is None else output_schema
    entry: dict[str, Any] = {"source": "docs"}
    folder = project.schemas / KREA
    folder.mkdir(parents=True, exist_ok=True)
    for side, schema in (("input", input_schema), ("output", output_schema)):
        data = schema if isinstance(schema, bytes) else (json.dumps(schema) + "\n").encode()
        (folder / f"schema-{side}.json").write_bytes(data)
        entry[side] = {"url": f"x/{side}", "sha256": hashlib.sha256(data).hexdigest(), "etag": None}
    lock = {"version": 1, "models": {KREA: entry}}
    (project.schemas / "cfgen.lock").write_text(json.dumps(lock))


@pytest.mark.parametrize("bomb", ["remote-ref", "1000-deep", "100k-enum", "ref-cycle", "50MB"])
def test_generate_refuses_bombs_in_the_snapshot(project: Project, bomb: str) -> None:
    schemas: dict[str, Any] = {
        "remote-ref": {"type": "object", "properties": {"a": {"$ref": "http://127.0.0.1:9/x"}}},
        "1000-deep": deep_bytes(1000),
        "100k-enum": wide_enum(100_000),
        "ref-cycle": BOMBS["ref-cycle"][0],
        "50MB": {
            "type": "object",
            "properties": {f"p{i}": {"description": "d" * 1000} for i in range(50_000)},
        },
    }
    _seed_snapshot(project, schemas[bomb])
    start = time.monotonic()
    result = project.cfgen("generate", "--strict")
    assert time.monotonic() - start < 20
    assert result.exit_code == 4, result.output
    line = _one_clean_error(result.output)
    assert KREA in line
    assert not project.generated.exists()


def test_fetch_refuses_a_50mb_document_and_a_deep_one(project: Project) -> None:
    big = {"type": "object", "description": "d" * (50 * 1024 * 1024)}
    project.server.set_schema(KREA, "output", big)
    result = project.cfgen("fetch")
    assert result.exit_code == 4, result.output
    assert "byte limit" in _one_clean_error(result.output, "cfgen: skipped:")
    project.server.set_schema(KREA, "output", deep_bytes(1000))
    result = project.cfgen("fetch")
    assert result.exit_code == 4, result.output
    assert "nest" in _one_clean_error(result.output, "cfgen: skipped:")
    assert not project.schemas.exists() or tree_digest(project.schemas) == {}


HOSTILE_IDS = [
    "../x",
    "/etc/passwd",
    "a/../../b",
    "a//b",
    "a/b/",
    "a/\x00b",
    "a\\b/c",
    "C:/x/y",
    "c:\\x",
    "a/" + "b" * 300,
    "a/.",
    "a/..",
    "~/x",
    "a/b c",
]


def without_locks(digest: dict[str, str]) -> dict[str, str]:
    """A tree digest without cfgen's (empty) lock files, which any run may create beside a tree,
    nor its cache folder (``.cfgen-cache/``, named by content hashes, never by model ids)."""
    return {
        k: v for k, v in digest.items() if not any(part.startswith(".cfgen-") for part in Path(k).parts)
    }


@pytest.mark.parametrize("model_id", HOSTILE_IDS)
def test_unsafe_ids_on_the_command_line_are_refused(project: Project, model_id: str) -> None:
    before = tree_digest(project.root.parent)
    for command in (["fetch", model_id], ["drift", model_id]):
        result = project.cfgen(*command)
        assert result.exit_code == 2, result.output
        assert "model id" in _one_clean_error(result.output)
    assert tree_digest(project.root.parent) == before


def test_unsafe_ids_in_the_config_are_refused(project: Project) -> None:
    project.write_config(models=["../../escape/x"])
    for command in ("fetch", "drift", "generate"):
        result = project.cfgen(command)
        assert result.exit_code == 2, result.output
        assert "model id" in _one_clean_error(result.output)
    assert not project.schemas.exists() and not project.generated.exists()


@pytest.mark.parametrize("model_id", ["../../escape/x", "/abs/x", "a/../../b", "a\\b/c"])
def test_unsafe_ids_in_the_lock_file_are_refused(seeded_project: Project, model_id: str) -> None:
    lock_path = seeded_project.schemas / "cfgen.lock"
    lock = json.loads(lock_path.read_text())
    lock["models"][model_id] = lock["models"][KREA]
    lock_path.write_text(json.dumps(lock))
    before = tree_digest(seeded_project.root.parent)
    for command in ("generate", "drift", "fetch"):
        result = seeded_project.cfgen(command)
        assert result.exit_code == 2, (command, result.output)
        assert "unsafe model id" in _one_clean_error(result.output)
    assert without_locks(tree_digest(seeded_project.root.parent)) == without_locks(before)


@pytest.mark.parametrize("entry", ["not-a-dict", {"input": "x"}, {"input": {"sha256": 5}}, []])
def test_malformed_lock_entries_are_a_clean_error(seeded_project: Project, entry: Any) -> None:
    lock_path = seeded_project.schemas / "cfgen.lock"
    lock = json.loads(lock_path.read_text())
    lock["models"][KREA] = entry
    lock_path.write_text(json.dumps(lock))
    for command in ("generate", "drift", "fetch"):
        result = seeded_project.cfgen(command)
        assert result.exit_code == 2, (command, result.output)
        _one_clean_error(result.output)


def test_unsafe_ids_from_the_catalog_listing_never_reach_the_disk(project: Project) -> None:
    """The API's model search lists a hostile name: it is dropped, the safe ones are fetched."""
    server = project.server
    assert server._server is not None
    models = server._server.state.models
    schema = json.dumps({"type": "object", "properties": {"p": {"type": "string"}}}).encode()
    for evil in ("../../escape/x", "/tmp/abs/x", "krea/../../../y"):
        models[evil] = MockModel(schema, schema)
    project.write_config(models=["*"])
    env = {"CLOUDFLARE_API_TOKEN": "tok", "CLOUDFLARE_ACCOUNT_ID": "acct"}
    before = tree_digest(project.root.parent)
    result = project.cfgen("fetch", "--source", "api", env=env)
    assert result.exit_code == 0, result.output
    assert sorted(json.loads((project.schemas / "cfgen.lock").read_text())["models"]) == [KREA]
    after = tree_digest(project.root.parent)
    assert set(without_locks(after)) - set(before) == {
        f"proj/schemas/{KREA}/schema-input.json",
        f"proj/schemas/{KREA}/schema-output.json",
        "proj/schemas/cfgen.lock",
    }
    assert not (project.root.parent / "escape").exists()


def test_the_mock_serves_nothing_outside_its_snapshot(mock_server: MockServer) -> None:
    import httpx

    for path in (
        "/ai/models/../../../../etc/passwd/schema-input.json",
        "/ai/models/%2e%2e/%2e%2e/etc/schema-input.json",
        "/ai/models//etc/passwd/schema-input.json",
    ):
        response = httpx.get(mock_server.url + path)
        assert response.status_code == 404
        assert b"root:" not in response.content
