"""Bounds on an untrusted JSON Schema, checked before any library walks it.

A schema comes from the network, so before ``jsonschema`` checks it against its meta-schema or
datamodel-code-generator turns it into code, one iterative pass (no recursion: a 1,000-deep
document cannot overflow the stack) makes sure it is small enough to be handled in bounded time
and memory, and that it names nothing outside itself:

===============================  ==========  =================================================
limit                            value       why
===============================  ==========  =================================================
nesting of objects and arrays    64 levels   the deepest published schema nests 23; the
                                             libraries recurse once or more per level
JSON values in one document      20,000      the largest published schema holds ~2,000;
                                             generation time grows with the count
values of one ``enum``           2,000       the longest published enum has 95; each value
                                             becomes a ``Literal`` member
characters in all its strings    4,000,000   descriptions end up in docstrings
``$ref`` / ``$dynamicRef`` /     local only  a schema may point inside itself (``#...``)
``$recursiveRef``                            and nowhere else: no URL, no file; a local
                                             pointer must resolve
===============================  ==========  =================================================

The download itself is capped by ``[tool.cfgen] max_schema_bytes`` (5 MiB by default) before
these checks run. Every breach is a :class:`~generator.errors.SchemaError` naming the model, the
JSON pointer and the limit (exit code 4). The checks are the same at ``fetch`` and at
``generate``, so a schema the snapshot accepted is one the generator accepts.
"""

from __future__ import annotations

import contextlib
import functools
import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from .errors import SchemaError

MAX_DEPTH = 64
MAX_VALUES = 20_000
MAX_ENUM_VALUES = 2_000
MAX_STRING_CHARS = 4_000_000
REF_KEYWORDS = ("$ref", "$dynamicRef", "$recursiveRef")
# Keywords whose value is data (an instance), not a schema: a "$ref" key inside it is no reference.
_DATA_KEYWORDS = frozenset({"enum", "const", "default", "examples"})
# Keywords whose value maps names to schemas: every member is a schema, whatever its name.
_SCHEMA_MAP_KEYWORDS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies"}
)


def _pointer_join(path: str, part: str | int) -> str:
    return f"{path}/{str(part).replace('~', '~0').replace('/', '~1')}"


def _shown(text: str, limit: int = 120) -> str:
    shown = text if len(text) <= limit else text[: limit - 3] + "..."
    return repr(shown)


def _ref_parts(ref: str) -> list[str] | None:
    """The JSON pointer parts of a local reference, or None where it is not a pointer."""
    fragment = unquote(ref[1:])
    if not fragment:
        return []
    if not fragment.startswith("/"):
        return None  # a plain-name anchor (#foo): datamodel-code-generator does not resolve these
    return [raw.replace("~1", "/").replace("~0", "~") for raw in fragment[1:].split("/")]


def _resolve(document: Any, parts: list[str]) -> tuple[bool, Any]:
    target = document
    for part in parts:
        if isinstance(target, dict) and part in target:
            target = target[part]
        elif isinstance(target, list) and part.isdigit() and int(part) < len(target):
            target = target[int(part)]
        else:
            return False, None
    return isinstance(target, dict | bool), target


def resolve_pointer(document: Any, ref: str) -> bool:
    """Whether the local reference ``ref`` (``#``, ``#/a/b``, ``#/a~1b/0``) names a schema in ``document``."""
    parts = _ref_parts(ref)
    return parts is not None and _resolve(document, parts)[0]


# Keywords that apply a subschema to the same value (no descent into a member or an item): a
# cycle through only these and references never ends (a validator recurses until it crashes).
_IN_PLACE_LISTS = ("allOf", "anyOf", "oneOf")
_IN_PLACE_ONE = ("not", "if", "then", "else")


def _in_place_children(node: dict[str, Any], path: str, document: Any) -> list[tuple[str, Any]]:
    children: list[tuple[str, Any]] = []
    for keyword in _IN_PLACE_LISTS:
        members = node.get(keyword)
        if isinstance(members, list):
            children += [(_pointer_join(_pointer_join(path, keyword), i), m) for i, m in enumerate(members)]
    for keyword in _IN_PLACE_ONE:
        if keyword in node:
            children.append((_pointer_join(path, keyword), node[keyword]))
    dependent = node.get("dependentSchemas")
    if isinstance(dependent, dict):
        base = _pointer_join(path, "dependentSchemas")
        children += [(_pointer_join(base, k), v) for k, v in dependent.items()]
    for keyword in REF_KEYWORDS:
        ref = node.get(keyword)
        parts = _ref_parts(ref) if isinstance(ref, str) and ref.startswith("#") else None
        if parts is not None:
            found, target = _resolve(document, parts)
            if found:
                target_path = "#"
                for part in parts:
                    target_path = _pointer_join(target_path, part)
                children.append((target_path, target))
    return [(p, c) for p, c in children if isinstance(c, dict)]


def _find_reference_cycle(document: Any, starts: list[tuple[str, dict[str, Any]]]) -> str | None:
    """The pointer of a schema that reaches itself through references and in-place keywords only."""
    done: set[str] = set()
    for start_path, start in starts:
        if start_path in done:
            continue
        on_path: set[str] = {start_path}
        stack: list[tuple[str, list[tuple[str, Any]]]] = [
            (start_path, _in_place_children(start, start_path, document))
        ]
        while stack:
            path, pending = stack[-1]
            if not pending:
                stack.pop()
                on_path.discard(path)
                done.add(path)
                continue
            child_path, child = pending.pop()
            if child_path in on_path:
                return child_path
            if child_path in done:
                continue
            on_path.add(child_path)
            stack.append((child_path, _in_place_children(child, child_path, document)))
    return None


def check_document(document: Any, *, model_id: str, place: str, url: str | None = None) -> None:
    """Raise SchemaError unless ``document`` is within every limit of the module docstring.

    ``place`` says which document it is in the message ("the input schema", a URL).
    """

    def fail(path: str, what: str) -> SchemaError:
        shown = path if len(path) <= 100 else f"{path[:48]}...{path[-48:]}"
        return SchemaError(f"{model_id}: {place}: {what} (at {shown})", model_id=model_id, url=url, path=path)

    values = 0
    chars = 0
    refs: list[tuple[str, str]] = []
    holders: list[tuple[str, dict[str, Any]]] = []
    # (value, JSON pointer, depth, is a schema position)
    stack: list[tuple[Any, str, int, bool]] = [(document, "#", 1, True)]
    while stack:
        node, path, depth, is_schema = stack.pop()
        values += 1
        if values > MAX_VALUES:
            raise fail(path, f"the document holds more than {MAX_VALUES:,} JSON values, cfgen's limit")
        if isinstance(node, str):
            chars += len(node)
            if chars > MAX_STRING_CHARS:
                raise fail(path, f"its strings exceed {MAX_STRING_CHARS:,} characters, cfgen's limit")
            continue
        if not isinstance(node, dict | list):
            continue
        if depth > MAX_DEPTH:
            raise fail(path, f"objects and arrays nest more than {MAX_DEPTH} levels deep, cfgen's limit")
        if isinstance(node, list):
            for index, item in enumerate(node):
                stack.append((item, _pointer_join(path, index), depth + 1, is_schema))
            continue
        for key, value in node.items():
            chars += len(key)
            child = _pointer_join(path, key)
            if is_schema and key in REF_KEYWORDS and isinstance(value, str):
                refs.append((child, value))
                holders.append((path, node))
            if is_schema and key == "enum" and isinstance(value, list) and len(value) > MAX_ENUM_VALUES:
                raise fail(child, f"the enum has {len(value):,} values, cfgen's limit is {MAX_ENUM_VALUES:,}")
            if not is_schema or key in _DATA_KEYWORDS:
                stack.append((value, child, depth + 1, False))
            elif key in _SCHEMA_MAP_KEYWORDS and isinstance(value, dict):
                values += 1  # the map itself
                for name, member in value.items():
                    chars += len(name)
                    stack.append((member, _pointer_join(child, name), depth + 2, True))
            else:
                stack.append((value, child, depth + 1, True))
    for path, ref in refs:
        if not ref.startswith("#"):
            raise fail(
                path,
                f"the reference {_shown(ref)} points outside the document; cfgen follows only local"
                " references (starting with '#') and never fetches a URL or reads a file for a schema",
            )
        if not resolve_pointer(document, ref):
            raise fail(path, f"the reference {_shown(ref)} does not resolve to a schema in the document")
    cycle = _find_reference_cycle(document, holders)
    if cycle is not None:
        raise fail(
            cycle,
            "references loop back to this schema without descending into a property or an item,"
            " so no value can ever be checked against it",
        )


def meta_schema_violation(document: dict[str, Any]) -> tuple[list[str | int], str] | None:
    """Where and why ``document`` breaks its meta-schema (draft from ``$schema``, else 2020-12).

    None when it is a valid JSON Schema; otherwise the path into the document (as keys and
    indices) and jsonschema's message. Run :func:`check_document` first: the check recurses.
    """
    import jsonschema  # here, not at import: ~100 ms that a no-op drift need not pay

    validator = jsonschema.validators.validator_for(document, default=jsonschema.Draft202012Validator)
    try:
        validator.check_schema(document)
    except jsonschema.exceptions.SchemaError as error:
        return list(error.path), error.message
    except RecursionError:
        return [], "nested too deeply to check"
    return None


Violation = tuple[list[str | int], str]


class MetaSchemaVerdicts:
    """:func:`meta_schema_violation` remembered by content hash, in a cache file between runs.

    The check needs jsonschema, ~0.1 s to import. A catalog publishes the same documents run
    after run, and an invalid one (which no snapshot will ever hold, so no snapshot digest vouches
    for it) would make every ``cfgen drift`` pay that. The file is keyed by cfgen's version,
    jsonschema's and this module's source: under any other key, or damaged, it is ignored.
    """

    LIMIT = 4096  # verdicts kept, the latest

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._verdicts: dict[str, Violation | None] = {}
        self._changed = False
        if path is not None:
            with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
                data = json.loads(path.read_bytes())
                if data["key"] == self._key:
                    self._verdicts = {
                        digest: None if v is None else ([*v[0]], str(v[1]))
                        for digest, v in data["verdicts"].items()
                    }

    @functools.cached_property
    def _key(self) -> str:
        """What a verdict depends on: read from installed metadata once a run, when first needed."""
        import hashlib

        from . import __version__, installed_version

        source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
        return f"cfgen={__version__} jsonschema={installed_version('jsonschema')} limits={source}"

    def violation(self, document: dict[str, Any], digest: str | None) -> Violation | None:
        """:func:`meta_schema_violation` of ``document``, whose canonical sha256 is ``digest``."""
        if digest is not None and digest in self._verdicts:
            return self._verdicts[digest]
        verdict = meta_schema_violation(document)
        if digest is not None:
            self._verdicts[digest] = verdict
            self._changed = True
        return verdict

    def save(self) -> None:
        """Write the verdicts if any is new; a cache that cannot be written only costs time."""
        if self.path is None or not self._changed:
            return
        from .writer import write_file

        latest = dict(list(self._verdicts.items())[-self.LIMIT :])
        data = {"key": self._key, "verdicts": latest}
        with contextlib.suppress(OSError):
            write_file(self.path, json.dumps(data, sort_keys=True).encode(), durable=False)
        self._changed = False
