"""Model ids to paths and Python names, and back.

A *model id* is what Cloudflare calls a model: ``krea/krea-2-medium-turbo``,
``@cf/meta/llama-3.1-8b-instruct``. Before an id touches the disk or the generated source it is
checked here: only ``[A-Za-z0-9._-]`` segments (a leading ``@`` allowed on the first), separated by
single slashes, no segment made of dots, at most 200 characters. Everything else is rejected with
:class:`~generator.errors.InvalidModelIdError`, so no id can name a path outside ``schemas/`` or
``generated/`` nor inject text into Python source.
"""

from __future__ import annotations

import builtins
import hashlib
import keyword
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath

from .errors import InvalidModelIdError

MAX_MODEL_ID_LENGTH = 200
_SEGMENT = re.compile(r"@?[A-Za-z0-9][A-Za-z0-9._-]*\Z")

# Attributes of the generated Client/AsyncClient and namespace objects: a vendor or model called
# like one of these must not shadow it.
RESERVED_MEMBER_NAMES = frozenset(
    {
        "run",
        "stream",
        "close",
        "aclose",
        "with_options",
        "account_id",
        "base_url",
        "timeout",
        "max_retries",
        "models",
        "self",
        "cls",
        "input",
        "client",
    }
)
_PYTHON_RESERVED = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | frozenset(dir(builtins))


def validate_model_id(model_id: object) -> str:
    """Return ``model_id`` unchanged if it is safe, else raise InvalidModelIdError saying why."""
    if not isinstance(model_id, str):
        raise InvalidModelIdError(f"model id must be a string, got {type(model_id).__name__}")
    shown = model_id.encode("unicode_escape").decode("ascii")[:80]
    if not model_id:
        raise InvalidModelIdError("model id is empty: use a catalog id like 'krea/krea-2-medium-turbo'")
    if len(model_id) > MAX_MODEL_ID_LENGTH:
        raise InvalidModelIdError(f"model id '{shown}...' is longer than {MAX_MODEL_ID_LENGTH} characters")
    segments = model_id.split("/")
    for index, segment in enumerate(segments):
        if not segment:
            raise InvalidModelIdError(f"model id '{shown}' has an empty path segment")
        if segment.startswith("@") and index != 0:
            raise InvalidModelIdError(f"model id '{shown}': '@' may only start the first segment")
        if not _SEGMENT.match(segment):
            raise InvalidModelIdError(
                f"model id '{shown}' is not safe: segments may hold only letters, digits, '.', '-'"
                " and '_', must start with a letter or digit, and are separated by single '/'"
            )
    if len(segments) < 2:
        raise InvalidModelIdError(
            f"model id '{shown}' has no vendor: expected 'vendor/model' like 'krea/krea-2-medium-turbo'"
        )
    return model_id


def snapshot_dir(model_id: str) -> PurePosixPath:
    """The model's folder inside ``schemas/``: the id itself, checked (``@cf/meta/x`` stays as is)."""
    return PurePosixPath(*validate_model_id(model_id).split("/"))


def _identifier(segment: str) -> str:
    name = re.sub(r"[^a-z0-9]+", "_", segment.lstrip("@").lower()).strip("_")
    if not name:
        name = "model"
    if name[0].isdigit():
        name = f"m_{name}"
    return name


def _safe_member(name: str) -> str:
    if name in _PYTHON_RESERVED or name in RESERVED_MEMBER_NAMES or name.startswith("model_"):
        return f"{name}_"
    return name


def class_prefix(model_id: str) -> str:
    """PascalCase stem of the model's classes: ``krea-2-medium-turbo`` -> ``Krea2MediumTurbo``."""
    last = validate_model_id(model_id).split("/")[-1]
    words = [w for w in re.split(r"[^A-Za-z0-9]+", last) if w]
    stem = "".join(w[:1].upper() + w[1:].lower() for w in words) or "Model"
    return f"M{stem}" if stem[0].isdigit() else stem


@dataclass(frozen=True)
class ModelNames:
    """Every name the generated package uses for one model."""

    model_id: str
    #: dotted path below the package's ``models`` package, e.g. ``krea.krea_2_medium_turbo``
    module: str
    #: attribute chain on the client, e.g. ``("krea", "krea_2_medium_turbo")``
    member_path: tuple[str, ...]
    #: class stem, e.g. ``Krea2MediumTurbo`` (classes ``Krea2MediumTurboInput``/``...Output``)
    class_prefix: str

    @property
    def input_class(self) -> str:
        return f"{self.class_prefix}Input"

    @property
    def output_class(self) -> str:
        return f"{self.class_prefix}Output"

    @property
    def method(self) -> str:
        return self.member_path[-1]

    @property
    def module_path(self) -> PurePosixPath:
        """The module file below the package's ``models`` folder."""
        parts = self.module.split(".")
        return PurePosixPath(*parts[:-1], f"{parts[-1]}.py")


def _plain_names(model_id: str) -> tuple[str, ...]:
    return tuple(_safe_member(_identifier(s)) for s in validate_model_id(model_id).split("/"))


def model_names(model_ids: Iterable[str]) -> dict[str, ModelNames]:
    """Names for a set of models, collision-free within the set and deterministic.

    Segments become lower-case identifiers (``.``/``-`` to ``_``, ``@cf`` to ``cf``, a leading
    digit prefixed with ``m_``, Python keywords, builtins and client members suffixed with ``_``).
    Where two ids would still meet (``flux-2`` and ``flux.2``), each of them gets a short stable hash
    of its id appended to its last segment, so the names do not depend on what else is generated.
    """
    ids = sorted({validate_model_id(m) for m in model_ids})
    plain = {m: _plain_names(m) for m in ids}
    # A module path also clashes with a package path: "a/b" as module vs "a/b/c" needing "a/b" package.
    taken: dict[tuple[str, ...], list[str]] = {}
    for model_id, parts in plain.items():
        taken.setdefault(parts, []).append(model_id)
    packages = {parts[:i] for parts in plain.values() for i in range(1, len(parts))}
    result: dict[str, ModelNames] = {}
    for model_id, parts in plain.items():
        if len(taken[parts]) > 1 or parts in packages:
            digest = hashlib.sha256(model_id.encode()).hexdigest()[:8]
            parts = (*parts[:-1], f"{parts[-1]}_{digest}")
        result[model_id] = ModelNames(
            model_id=model_id,
            module=".".join(parts),
            member_path=parts,
            class_prefix=class_prefix(model_id),
        )
    return result
