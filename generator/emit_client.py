"""ModelSpecs and their emitted model modules → every other file of the generated package.

The Python, TOML and Markdown written here all come from Jinja2 templates (``templates/``, or
``generator/_templates`` in a wheel); this module only computes plain values for them: names,
qualified annotations, relative imports and sanitised texts. Schemas are untrusted, so every value
that came from one reaches the output through a filter: ``pyrepr`` (a Python literal made by
``repr``), ``docstring`` (text made safe inside a triple-quoted docstring) or ``mdtext`` (one safe
Markdown line).
"""

from __future__ import annotations

import ast
import builtins
import keyword
import re
import sys
import textwrap
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2

from . import templates_root
from .errors import ConfigError, SchemaError
from .spec import EmittedModels, FieldSpec, ModelSpec

__all__ = ["accepts_stream", "emit_client"]

LINE_LENGTH = 100
_BUILTIN_NAMES = frozenset(dir(builtins))
# Names the templates define or import at the top of a namespace module; an annotation's name that
# equals one of them is imported under a module alias instead.
_NAMESPACE_MODULE_NAMES = frozenset(
    {
        "annotations",
        "cached_property",
        "overload",
        "TYPE_CHECKING",
        "NOT_GIVEN",
        "NotGiven",
        "Stream",
        "AsyncStream",
        "StreamChunk",
    }
)
#: How deep ``accepts_stream`` follows branches and ``$ref``s of an input schema.
_STREAM_SEARCH_DEPTH = 8
# AST nodes an annotation may hold: names, subscripts, unions, literals and ``Field(...)`` calls.
_ANNOTATION_NODES = (
    ast.Expression,
    ast.Name,
    ast.Attribute,
    ast.Subscript,
    ast.Tuple,
    ast.List,
    ast.Constant,
    ast.BinOp,
    ast.BitOr,
    ast.UnaryOp,
    ast.USub,
    ast.Call,
    ast.keyword,
    ast.Load,
)


# --- filters: the only way schema text reaches the output ----------------------------------------


def _is_unsafe_char(char: str) -> bool:
    if char == "\n":
        return False
    # Cc control, Cf format (bidi overrides, zero-width), Cs lone surrogates, Co private use,
    # Zl/Zp line and paragraph separators: invisible or line-breaking in editors and terminals.
    return unicodedata.category(char) in {"Cc", "Cf", "Cs", "Co", "Zl", "Zp"}


def plain_text(value: object) -> str:
    """``value`` as text with every invisible or control character shown as ``\\uXXXX``."""
    text = str(value).replace("\r\n", "\n").replace("\t", " ")
    return "".join(f"\\u{ord(c):04x}" if _is_unsafe_char(c) else c for c in text)


def _escape_docstring_line(line: str) -> str:
    line = line.replace("\\", "\\\\")
    # A quote is escaped when another follows it or it ends the line: no run of three remains,
    # and none can join the closing triple quote.
    return re.sub(r'"(?=")|"$', r'\\"', line)


def docstring(value: object, indent: int = 0, first: int | None = None, width: int = LINE_LENGTH) -> str:
    """Text safe inside a ``\"\"\"`` docstring, wrapped to ``width`` with later lines indented.

    ``first`` is the column where the first line starts when it follows other text (default
    ``indent``). Unsafe characters become visible ``\\uXXXX`` first, then lines are wrapped (never inside a
    word, so never inside an escape), then backslashes and quotes are escaped line by line.
    """
    room = max(20, width - indent)
    # The first line starts at column ``first`` (after ``name: `` in an Args section).
    lead = max(0, (indent if first is None else first) - indent)
    lines: list[str] = []
    for paragraph in plain_text(value).strip().split("\n"):
        if not paragraph.strip():
            lines.append("")
            continue
        pad_first = "\0" * lead if not lines else ""  # plain_text already escaped real NULs
        wrapped = textwrap.wrap(
            pad_first + paragraph.strip(),
            room,
            break_long_words=False,
            break_on_hyphens=False,
        )
        lines.extend(line.replace("\0", "") for line in wrapped)
    while lines and not lines[-1]:
        lines.pop()
    pad = " " * indent
    return "\n".join(
        (pad if line and i else "") + _escape_docstring_line(line) for i, line in enumerate(lines)
    )


def _string_literal(text: str) -> str:
    """A double-quoted Python literal; every unprintable character as an escape."""
    out = []
    for char in text:
        if char == "\\":
            out.append("\\\\")
        elif char == '"':
            out.append('\\"')
        elif char.isprintable():
            out.append(char)
        else:
            out.append(repr(char)[1:-1])
    return '"' + "".join(out) + '"'


def pyrepr(value: object) -> str:
    """A Python literal of ``value`` (a JSON value): strings double-quoted, nothing unescaped."""
    if isinstance(value, str):
        return _string_literal(value)
    if value is None or isinstance(value, bool | int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        items = ", ".join(pyrepr(v) for v in value)
        return f"[{items}]" if isinstance(value, list) else f"({items}{',' if len(value) == 1 else ''})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(k)}: {pyrepr(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} as a Python literal")


def oneline(value: object, limit: int = 300) -> str:
    """``plain_text`` on one line (whitespace collapsed), cut to at most ``limit`` characters."""
    text = " ".join(plain_text(value).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def mdtext(value: object, limit: int = 300) -> str:
    """One line of Markdown text: no controls, no raw HTML, no line breaks, at most ``limit``."""
    return oneline(value, limit).replace("<", "&lt;").replace(">", "&gt;")


# --- annotations ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _ModuleNames:
    """What a model module's top level defines and imports, from its source."""

    defined: frozenset[str]
    #: local name -> (module, attribute or None for ``import module``)
    imported: Mapping[str, tuple[str, str | None]]


def _module_names(source: str, model_id: str) -> _ModuleNames:
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise SchemaError(f"the emitted model module does not parse: {exc}", model_id=model_id) from exc
    defined: set[str] = set()
    imported: dict[str, tuple[str, str | None]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef):
            defined.add(node.name)
        elif isinstance(node, ast.Assign):
            defined.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            defined.add(node.target.id)
        elif type(node).__name__ == "TypeAlias":  # ``type X = ...`` (Python 3.12+ sources)
            target = getattr(node, "name", None)
            if isinstance(target, ast.Name):
                defined.add(target.id)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                imported[alias.asname or alias.name] = (node.module, alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    imported[alias.asname] = (alias.name, None)
                else:
                    top = alias.name.split(".")[0]
                    imported[top] = (top, None)
    return _ModuleNames(frozenset(defined), imported)


def natural_key(text: str) -> tuple[tuple[int, int], ...]:
    """Ruff's isort order for names ("natord"): runs of digits compare as numbers, every other
    character by its code point, so ``llama_3_1`` sorts before ``llama_3_8`` before ``llama_3_70``."""
    return tuple(
        (0x30, int(digits)) if digits else (ord(char), 0)
        for digits, char in re.findall(r"(\d+)|(.)", text, re.S)
    )


def member_key(member: str) -> tuple[object, ...]:
    """Where ruff's isort puts ``name`` (or ``name as alias``) among a statement's members:
    CONSTANTS, then Classes, then the rest, each in case-insensitive natural order."""
    name, _, alias = member.partition(" as ")
    rank = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return (rank, natural_key(name.lower()), natural_key(name), natural_key(alias))


def import_order(statements: Iterable[tuple[str, Sequence[str]]]) -> list[tuple[str, list[str]]]:
    """``from <module> import <members>`` statements in the order ruff's isort wants them: the
    farther relative level first, then by module (case-insensitive natural order), members sorted.
    A statement importing ``x as y`` stands alone, as isort keeps it."""

    def key(statement: tuple[str, list[str]]) -> tuple[object, ...]:
        module, members = statement
        level = len(module) - len(module.lstrip("."))
        name = module.lstrip(".")
        return (-level, natural_key(name.lower()), natural_key(name), member_key(members[0]))

    return sorted(((module, sorted(members, key=member_key)) for module, members in statements), key=key)


@dataclass
class _Imports:
    """The type-checking imports a namespace module needs for its annotations."""

    #: module -> names imported from it as they are
    names: dict[str, set[str]] = field(default_factory=dict)
    #: module -> its alias (``import pydantic as _mod_pydantic``)
    modules: dict[str, str] = field(default_factory=dict)
    #: name -> module it was imported from, to notice two modules offering one name
    origin: dict[str, str] = field(default_factory=dict)

    def name(self, module: str, name: str) -> ast.expr:
        """An expression for ``module.name``: the plain name when safe, else ``_mod_x.name``."""
        plain_ok = (
            any(c.isupper() for c in name)  # members and parameters are lower case
            and name not in _NAMESPACE_MODULE_NAMES
            and self.origin.get(name, module) == module
        )
        if plain_ok:
            self.origin[name] = module
            self.names.setdefault(module, set()).add(name)
            return ast.Name(id=name, ctx=ast.Load())
        return ast.Attribute(value=self.module(module), attr=name, ctx=ast.Load())

    def module(self, module: str) -> ast.expr:
        alias = self.modules.setdefault(module, "_mod_" + module.replace(".", "_"))
        return ast.Name(id=alias, ctx=ast.Load())

    def groups(self) -> list[list[tuple[str, str | None, tuple[str, ...]]]]:
        """``(module, alias, names)`` to import, grouped and sorted as ruff's isort wants them:
        standard library first, then third party; ``import x as y`` before ``from x import``."""
        stdlib: list[tuple[str, str | None, tuple[str, ...]]] = []
        other: list[tuple[str, str | None, tuple[str, ...]]] = []
        for module, alias in sorted(self.modules.items()):
            group = stdlib if module.split(".")[0] in sys.stdlib_module_names else other
            group.append((module, alias, ()))
        for module, names in sorted(self.names.items()):
            group = stdlib if module.split(".")[0] in sys.stdlib_module_names else other
            group.append((module, None, tuple(sorted(names))))
        return [group for group in (stdlib, other) if group]


class _Qualifier(ast.NodeTransformer):
    """Rewrites names of a model module's annotation so they resolve in a namespace module."""

    def __init__(
        self,
        model_id: str,
        alias: str,
        names: _ModuleNames,
        references: Iterable[str],
        imports: _Imports,
    ) -> None:
        self.model_id = model_id
        self.alias = alias
        self.names = names
        self.references = frozenset(references)
        self.imports = imports

    def visit_Name(self, node: ast.Name) -> ast.expr:
        name = node.id
        if name in self.references or name in self.names.defined:
            return ast.Attribute(value=ast.Name(id=self.alias, ctx=ast.Load()), attr=name, ctx=ast.Load())
        if name in self.names.imported:
            module, attr = self.names.imported[name]
            if attr is None:
                return self.imports.module(module)
            return self.imports.name(module, attr)
        if name in _BUILTIN_NAMES:
            return node
        raise SchemaError(
            f"annotation names {name!r}, which its model module neither defines nor imports",
            model_id=self.model_id,
        )


def qualify_annotation(
    annotation: str,
    *,
    model_id: str,
    alias: str,
    names: _ModuleNames,
    references: Iterable[str],
    imports: _Imports,
) -> str:
    """``annotation`` (valid in the model module) rewritten to be valid in a namespace module."""
    try:
        tree = ast.parse(annotation.strip(), mode="eval")
    except SyntaxError as exc:
        raise SchemaError(f"annotation {annotation!r} does not parse: {exc}", model_id=model_id) from exc
    for node in ast.walk(tree):
        if not isinstance(node, _ANNOTATION_NODES):
            raise SchemaError(
                f"annotation {annotation!r} holds a {type(node).__name__}, not a type",
                model_id=model_id,
            )
        # ``typing.get_type_hints`` evaluates annotations: no dunders, no calls of builtins.
        name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", None)
        callee = node.func if isinstance(node, ast.Call) else None
        if (isinstance(name, str) and name.startswith("_")) or (
            isinstance(callee, ast.Name) and callee.id in _BUILTIN_NAMES
        ):
            raise SchemaError(f"annotation {annotation!r} is not a plain type expression", model_id=model_id)
    tree = _Qualifier(model_id, alias, names, references, imports).visit(tree)
    return _unparse(tree.body)


def _union_members(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _union_members(node.left) + _union_members(node.right)
    return [node]


def _unparse(node: ast.expr) -> str:
    """Source of an annotation node: ``ast.unparse``, but strings double-quoted as ruff formats."""
    if isinstance(node, ast.Constant):
        return pyrepr(node.value) if not isinstance(node.value, bytes) else repr(node.value)
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_unparse(node.value)}.{node.attr}"
    if isinstance(node, ast.Subscript):
        inner = node.slice
        if isinstance(inner, ast.Tuple):
            return f"{_unparse(node.value)}[{', '.join(_unparse(e) for e in inner.elts)}]"
        return f"{_unparse(node.value)}[{_unparse(inner)}]"
    if isinstance(node, ast.Tuple):
        items = [_unparse(e) for e in node.elts]
        return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"
    if isinstance(node, ast.List):
        return f"[{', '.join(_unparse(e) for e in node.elts)}]"
    if isinstance(node, ast.BinOp):
        return " | ".join(_unparse(m) for m in _union_members(node))
    if isinstance(node, ast.UnaryOp):
        return f"-{_unparse(node.operand)}"
    if isinstance(node, ast.Call):
        args = [_unparse(a) for a in node.args]
        args += [f"{k.arg}={_unparse(k.value)}" for k in node.keywords if k.arg]
        return f"{_unparse(node.func)}({', '.join(args)})"
    raise SchemaError(f"cannot write a {type(node).__name__} in an annotation")


def optional_annotation(annotation: str) -> str:
    """``annotation | NotGiven``, with ``None`` kept last in the union."""
    members = _union_members(ast.parse(annotation, mode="eval").body)
    rendered = [_unparse(m) for m in members if not _is_none(m)]
    rendered.append("NotGiven")
    if any(_is_none(m) for m in members):
        rendered.append("None")
    return " | ".join(rendered)


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _resolve_ref(schema: Mapping[str, Any], root: Mapping[str, Any]) -> object:
    ref = schema.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return schema
    target: object = root
    for part in ref[2:].split("/"):
        key = part.replace("~1", "/").replace("~0", "~")
        target = target.get(key) if isinstance(target, Mapping) else None
    return target


def _is_boolean_schema(schema: object) -> bool:
    if not isinstance(schema, Mapping):
        return False
    kind = schema.get("type")
    return kind == "boolean" or (isinstance(kind, list) and "boolean" in kind)


def _stream_properties(schema: object) -> list[Mapping[str, Any]]:
    """The boolean ``stream`` property schemas of an input: of the input object, or of any branch
    of its ``oneOf``/``anyOf``/``allOf`` (nested branches and local ``$ref``s too)."""
    found: list[Mapping[str, Any]] = []
    if not isinstance(schema, Mapping):
        return found
    # Each subschema is looked at once, to a bounded depth: a hostile schema's $refs may loop.
    pending: list[tuple[object, int]] = [(schema, 0)]
    seen: set[int] = set()
    while pending:
        node, depth = pending.pop()
        if depth > _STREAM_SEARCH_DEPTH or not isinstance(node, Mapping) or id(node) in seen:
            continue
        seen.add(id(node))
        if "$ref" in node:
            pending.append((_resolve_ref(node, schema), depth + 1))
            continue
        properties = node.get("properties")
        stream = properties.get("stream") if isinstance(properties, Mapping) else None
        if isinstance(stream, Mapping):
            resolved = _resolve_ref(stream, schema)
            if _is_boolean_schema(resolved) and isinstance(resolved, Mapping):
                found.append(resolved)
        for key in ("oneOf", "anyOf", "allOf"):
            branches = node.get(key)
            if isinstance(branches, list):
                pending.extend((branch, depth + 1) for branch in branches)
    return found


def accepts_stream(schema: object) -> bool:
    """Whether an input schema takes a boolean ``stream`` (see :func:`_stream_properties`)."""
    return bool(_stream_properties(schema))


def streams_by_default(schema: object) -> bool:
    """Whether the input's ``stream`` defaults to true: the client then asks for the whole answer
    explicitly (``stream: false``) when the caller did not ask for a stream, so the method's
    declared return type holds whatever the server's default."""
    return any(p.get("default") is True for p in _stream_properties(schema))


# --- the values the templates render -------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    """One keyword argument of a model's method."""

    name: str
    wire_name: str
    annotation: str
    required: bool
    description: str | None
    has_default: bool
    default: Any


@dataclass(frozen=True)
class Method:
    """One model as a method of its namespace, and as an overload of ``run``."""

    name: str
    model_id: str
    member_path: tuple[str, ...]
    description: str | None
    task: str | None
    #: where the model module is below ``models``, e.g. ``krea`` and ``krea_2_medium_turbo``
    module_package: str
    module_name: str
    #: the model module's alias in the namespace module and in ``_client``
    alias: str
    client_alias: str
    input_class: str
    output_class: str
    output_kind: str
    #: ``None`` when the input is a union: the method then takes ``input``
    params: tuple[Param, ...] | None
    limitations: tuple[str, ...]
    #: keyword arguments of the README's example call
    example_args: tuple[tuple[str, str], ...]
    #: whether ``stream=True`` returns a stream of chunks (the input takes a boolean ``stream``)
    streams: bool = False
    #: whether the schema's ``stream`` defaults to true (the client then sends ``stream: false``)
    streams_by_default: bool = False
    #: ``Literal`` as the namespace module names it, for the ``stream`` overloads
    literal: str = "Literal"

    @property
    def returns_bytes(self) -> bool:
        return self.output_kind == "bytes"

    @property
    def stream_param(self) -> Param | None:
        """The keyword argument sent as ``stream``, for a keyword model that streams."""
        return next((p for p in self.params or () if p.wire_name == "stream"), None)

    @property
    def stream_true(self) -> str:
        """The annotation of ``stream`` in the overload that returns a stream."""
        return f"{self.literal}[True]"

    @property
    def stream_false(self) -> str:
        """The annotation of ``stream`` in the overload that returns the output (``None`` kept)."""
        param = self.stream_param
        nullable = param is not None and any(
            _is_none(m) for m in _union_members(ast.parse(param.annotation, mode="eval").body)
        )
        return f"{self.literal}[False]" + (" | None" if nullable else "")

    @property
    def stream_required(self) -> bool:
        param = self.stream_param
        return param is not None and param.required

    @property
    def alias_in_annotations(self) -> bool:
        """Whether the namespace module names the model module outside the method body."""
        if self.params is None or not self.returns_bytes:
            return True
        return any(f"{self.alias}." in p.annotation for p in self.params)

    @property
    def client_path(self) -> str:
        return ".".join(self.member_path)


@dataclass
class Namespace:
    """A node of the client's attribute tree: ``client.cf`` then ``client.cf.meta``."""

    path: tuple[str, ...]
    class_name: str = ""
    children: dict[str, Namespace] = field(default_factory=dict)
    methods: list[Method] = field(default_factory=list)
    imports: _Imports = field(default_factory=_Imports)

    @property
    def name(self) -> str:
        return self.path[-1]

    @property
    def module(self) -> str:
        """Dotted path of its module below the package, e.g. ``_namespaces.cf.meta``."""
        return ".".join(("_namespaces", *self.path))

    @property
    def root(self) -> str:
        """The relative-import prefix that names the package from this namespace's module."""
        return "." * (len(self.path) + 2)

    @property
    def has_union_inputs(self) -> bool:
        return any(m.params is None for m in self.methods)

    @property
    def has_optional_params(self) -> bool:
        return any(
            (m.params is None and m.streams) or any(not p.required for p in m.params or ())
            for m in self.methods
        )

    @property
    def has_streams(self) -> bool:
        return any(m.streams for m in self.methods)

    @property
    def needs_type_checking(self) -> bool:
        return bool(
            self.imports.modules
            or self.imports.names
            or self.children
            or any(m.alias_in_annotations for m in self.methods)
        )

    @property
    def sorted_children(self) -> list[Namespace]:
        return [self.children[k] for k in sorted(self.children)]

    def walk(self) -> Iterable[Namespace]:
        yield self
        for child in self.sorted_children:
            yield from child.walk()


def _pascal(parts: Iterable[str]) -> str:
    return "".join(w[:1].upper() + w[1:] for p in parts for w in p.split("_") if w)


def _check_package(package: str) -> str:
    if not package.isidentifier() or keyword.iskeyword(package) or not package.isascii():
        raise ConfigError(f"package {package!r} is not a Python identifier: use e.g. 'cfai'")
    return package


def _param_name(spec: ModelSpec, field_spec: FieldSpec) -> str:
    name = field_spec.name
    if not name.isidentifier() or keyword.iskeyword(name) or not name.isascii():
        raise SchemaError(f"field name {name!r} is not a Python identifier", model_id=spec.model_id)
    # ``self`` is the method's own first parameter; the wire name is kept, so the request is right.
    return f"{name}_" if name in {"self", "input"} or name.startswith("_") else name


def _example_value(annotation: str) -> str:
    """A placeholder for the README: the first Literal value, else one fitting the type."""
    try:
        tree = ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return "..."
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name | ast.Attribute)
            and (getattr(node.value, "id", None) or getattr(node.value, "attr", None)) == "Literal"
        ):
            first = node.slice.elts[0] if isinstance(node.slice, ast.Tuple) else node.slice
            if isinstance(first, ast.Constant):
                return pyrepr(first.value)
    base = tree.id if isinstance(tree, ast.Name) else None
    return {"str": '"..."', "int": "0", "float": "0.0", "bool": "False"}.get(base or "", "...")


def _method(spec: ModelSpec, emitted: EmittedModels, client_alias: str) -> Method:
    names = spec.names
    alias = f"_model_{names.method}"
    module_parts = names.module.split(".")
    params: tuple[Param, ...] | None = None
    example_args: tuple[tuple[str, str], ...] = ()
    if emitted.input_fields is not None:
        seen: set[str] = set()
        built = []
        for field_spec in emitted.input_fields:
            name = _param_name(spec, field_spec)
            if name in seen:
                raise SchemaError(f"two input fields are named {name!r}", model_id=spec.model_id)
            seen.add(name)
            built.append(
                Param(
                    name=name,
                    wire_name=field_spec.wire_name,
                    annotation=field_spec.annotation,  # qualified later, per namespace module
                    required=field_spec.required,
                    description=field_spec.description,
                    has_default=field_spec.has_default,
                    default=field_spec.default,
                )
            )
        # Required first (a keyword-only signature does not need it, but readers expect it).
        params = tuple(sorted(built, key=lambda p: not p.required))
        example_args = tuple((p.name, _example_value(p.annotation)) for p in params if p.required)
    streams = accepts_stream(spec.input_schema) and (
        params is None or any(p.wire_name == "stream" for p in params)
    )
    return Method(
        name=names.method,
        model_id=spec.model_id,
        member_path=names.member_path,
        description=spec.description,
        task=spec.task,
        module_package=".".join(module_parts[:-1]),
        module_name=module_parts[-1],
        alias=alias,
        client_alias=client_alias,
        input_class=emitted.input_class,
        output_class=emitted.output_class,
        output_kind=emitted.output_kind,
        params=params,
        limitations=emitted.limitations,
        example_args=example_args,
        streams=streams,
        streams_by_default=streams and streams_by_default(spec.input_schema),
    )


def _qualified(method: Method, emitted: EmittedModels, imports: _Imports) -> Method:
    if method.streams:
        method = replace(method, literal=_unparse(imports.name("typing", "Literal")))
    if method.params is None or emitted.input_fields is None:
        return method
    names = _module_names(emitted.source, method.model_id)
    references = {f.wire_name: f.references for f in emitted.input_fields}
    params = tuple(
        replace(
            p,
            annotation=qualify_annotation(
                p.annotation,
                model_id=method.model_id,
                alias=method.alias,
                names=names,
                references=references[p.wire_name],
                imports=imports,
            ),
        )
        for p in method.params
    )
    return replace(method, params=params)


def _environment(template_dirs: Sequence[Path]) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(str(d)) for d in template_dirs]
    loaders.append(jinja2.FileSystemLoader(str(templates_root())))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pyrepr"] = pyrepr
    env.filters["docstring"] = docstring
    env.filters["mdtext"] = mdtext
    env.filters["oneline"] = oneline
    env.filters["optional_annotation"] = optional_annotation
    env.filters["sort_members"] = lambda names: sorted(names, key=member_key)
    env.globals["import_order"] = import_order
    return env


def _tidy(text: str) -> str:
    """No trailing spaces, at most two blank lines in a row, one final newline."""
    lines = [line.rstrip() for line in text.splitlines()]
    text = re.sub(r"\n{4,}", "\n\n\n", "\n".join(lines))
    return text.strip("\n") + "\n" if text.strip() else ""


def emit_client(
    models: Sequence[tuple[ModelSpec, EmittedModels]],
    *,
    package: str = "cfai",
    template_dirs: Sequence[Path] = (),
) -> dict[PurePosixPath, str]:
    """Every file of the generated package except the model modules, by path below ``generated/``.

    The model modules (``EmittedModels.source``) belong at ``<package>/models/<module_path>``;
    this returns the rest: ``pyproject.toml``, ``README.md``, the package's ``__init__``,
    ``py.typed``, ``_base`` (the shared run-time), ``_client`` (``Client``/``AsyncClient``), one
    module per namespace and the ``__init__`` of every ``models`` subpackage. Pure and
    deterministic: the same input gives the same bytes, whatever the order of ``models``.
    ``template_dirs`` come before ours, so a file there replaces ours of the same name.
    Raises SchemaError when an emitted module or annotation cannot be used, ConfigError for a bad
    package name.
    """
    _check_package(package)
    ordered = sorted(models, key=lambda pair: pair[0].model_id)
    seen_ids = [spec.model_id for spec, _ in ordered]
    if len(set(seen_ids)) != len(seen_ids):
        raise ConfigError("a model is listed twice")
    env = _environment(template_dirs)

    root = Namespace(path=())
    client_imports: list[Method] = []
    for spec, emitted in ordered:
        if emitted.output_kind not in {"model", "bytes"}:
            raise SchemaError(f"unknown output kind {emitted.output_kind!r}", model_id=spec.model_id)
        client_alias = "_model_" + "__".join(spec.names.member_path)
        node = root
        for part in spec.names.member_path[:-1]:
            node = node.children.setdefault(part, Namespace(path=(*node.path, part)))
        method = _qualified(_method(spec, emitted, client_alias), emitted, node.imports)
        node.methods.append(method)
        client_imports.append(method)

    used_class_names: set[str] = set()
    for node in root.walk():
        if not node.path:
            continue
        base = _pascal(node.path) + "Namespace"
        name, n = base, 2
        while name in used_class_names or f"Async{name}" in used_class_names:
            name, n = f"{_pascal(node.path)}{n}Namespace", n + 1
        used_class_names.add(name)
        node.class_name = name

    common = {"package": package, "root": root, "methods": client_imports}
    files: dict[PurePosixPath, str] = {}

    def render(path: str, template: str, **context: Any) -> None:
        try:
            files[PurePosixPath(path)] = _tidy(env.get_template(template).render(**common, **context))
        except jinja2.TemplateError as exc:  # most likely a user's override (template_dirs)
            where = getattr(exc, "filename", None) or template
            line = getattr(exc, "lineno", None)
            raise ConfigError(
                f"template {where}{f' line {line}' if line else ''} failed: {exc}:"
                " fix the template (or remove your override of it)"
            ) from None

    render("pyproject.toml", "pyproject.toml.jinja2")
    render("README.md", "README.md.jinja2")
    render(f"{package}/__init__.py", "package_init.py.jinja2")
    files[PurePosixPath(package, "py.typed")] = env.get_template("py.typed.jinja2").render()
    render(f"{package}/_base.py", "_base.py.jinja2")
    render(
        f"{package}/_client.py",
        "_client.py.jinja2",
        type_imports=import_order(
            [
                (f"._namespaces.{ns.name}", [f"Async{ns.class_name}", ns.class_name])
                for ns in root.sorted_children
            ]
            + [
                (f".models.{m.module_package}", [f"{m.module_name} as {m.client_alias}"])
                for m in client_imports
            ]
        ),
    )
    render(f"{package}/_namespaces/__init__.py", "namespaces_init.py.jinja2")
    for node in root.walk():
        if node.path:
            render(
                f"{package}/_namespaces/{'/'.join(node.path)}/__init__.py",
                "namespace.py.jinja2",
                node=node,
                import_groups=node.imports.groups(),
                local_imports=import_order(
                    [
                        (f"{node.root}models.{m.module_package}", [f"{m.module_name} as {m.alias}"])
                        for m in node.methods
                        if m.alias_in_annotations
                    ]
                    + [(f".{c.name}", [f"Async{c.class_name}", c.class_name]) for c in node.sorted_children]
                ),
            )
    model_packages = {()} | {
        tuple(m.module_package.split(".")[:i])
        for m in client_imports
        for i in range(1, len(m.module_package.split(".")) + 1)
    }
    for parts in sorted(model_packages):
        render(
            "/".join((package, "models", *parts, "__init__.py")),
            "models_init.py.jinja2",
            subpackage=".".join(parts),
            members=[m for m in client_imports if m.module_package == ".".join(parts)],
        )
    return dict(sorted(files.items()))
