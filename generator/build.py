"""Snapshot in, every file of ``generated/`` out: the models of each model, then the client.

``emit_models`` is the slow step (datamodel-code-generator, ~50 ms a model), so its results are
cached on disk by content hash (``.cfgen-cache/`` beside ``pyproject.toml``; delete it freely), and
what is not cached is emitted on every core. A stamp of the last build (hash of every input, hash
of the tree it wrote) lets a no-op ``cfgen generate`` answer without building anything. The cache
only ever saves work: a stale or damaged entry is ignored and rebuilt, never trusted blindly.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path, PurePosixPath

from . import __version__, installed_version, templates_root
from .config import CACHE_DIR, Config
from .errors import CfgenError, ConfigError, SchemaError
from .snapshot import LOCK_NAME, Snapshot, schema_path
from .spec import EmittedModels, FieldSpec, ModelSpec
from .writer import read_tree, write_file

_CACHE_FORMAT = 1
#: below this many models to emit, a process pool costs more than it saves
_PARALLEL_FROM = 8

Progress = Callable[[int, int], None]


@functools.cache
def _code_digest() -> str:
    """Hash of cfgen's own source: an edited (editable-installed) cfgen never reuses old output."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _versions() -> list[str]:
    libraries = ("datamodel-code-generator", "pydantic", "jinja2")
    found = [__version__, str(_CACHE_FORMAT), _code_digest()]
    return found + [f"{n}={installed_version(n)}" for n in libraries]


def _digest_dir(root: Path | None) -> str:
    digest = hashlib.sha256()
    if root is not None and root.is_dir():
        for path, data in sorted(read_tree(root).items()):
            digest.update(f"{path}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()


def _template_dirs(config: Config) -> list[Path]:
    if config.templates is None:
        return []
    if not config.templates.is_dir():
        raise ConfigError(f"[tool.cfgen] templates: {config.templates} is not a folder")
    return [config.templates]


def inputs_key(config: Config, snapshot: Snapshot) -> str:
    """Hash of everything a build reads: versions, settings, templates, the snapshot's files."""
    digest = hashlib.sha256()
    parts = [*_versions(), config.package, _digest_dir(templates_root()), _digest_dir(config.templates)]
    digest.update("\0".join(parts).encode())
    digest.update((snapshot.root / LOCK_NAME).read_bytes() if (snapshot.root / LOCK_NAME).exists() else b"")
    for model_id in snapshot.model_ids:
        for side in ("input", "output"):
            path = snapshot.root / schema_path(model_id, side)
            digest.update(path.read_bytes() if path.exists() else b"missing")
    return digest.hexdigest()


def tree_key(files: dict[PurePosixPath, bytes]) -> str:
    digest = hashlib.sha256()
    for path, data in sorted(files.items()):
        digest.update(f"{path}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


class BuildCache:
    """Emitted models by content hash, and the stamp of the last build, below ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root / CACHE_DIR
        self._versions = "\0".join(_versions())

    def _model_key(self, spec: ModelSpec) -> str:
        digest = hashlib.sha256(self._versions.encode())
        digest.update(_digest_dir(templates_root() / "datamodel").encode())
        names = spec.names
        digest.update(f"{names.model_id}\0{names.module}\0{names.class_prefix}\0".encode())
        digest.update(json.dumps([spec.input_schema, spec.output_schema], sort_keys=True).encode())
        return digest.hexdigest()

    def get(self, spec: ModelSpec) -> EmittedModels | None:
        path = self.root / "models" / f"{self._model_key(spec)}.json"
        try:
            data = json.loads(path.read_bytes())
            fields = data.pop("input_fields")
            return EmittedModels(
                **{**data, "limitations": tuple(data["limitations"])},
                input_fields=None
                if fields is None
                else tuple(FieldSpec(**{**f, "references": tuple(f["references"])}) for f in fields),
            )
        except (OSError, ValueError, TypeError, KeyError):
            return None  # absent or damaged: emit again

    def put(self, spec: ModelSpec, emitted: EmittedModels) -> None:
        try:
            data = json.dumps(dataclasses.asdict(emitted), sort_keys=True).encode()
            write_file(self.root / "models" / f"{self._model_key(spec)}.json", data, durable=False)
        except (OSError, TypeError, ValueError):
            pass  # a cache that cannot be written only costs time

    def stamp(self) -> dict[str, str]:
        try:
            data = json.loads((self.root / "generate.json").read_bytes())
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def set_stamp(self, inputs: str, tree: str) -> None:
        with contextlib.suppress(OSError):
            stamp = json.dumps({"inputs": inputs, "tree": tree}).encode()
            write_file(self.root / "generate.json", stamp, durable=False)


def _emit(spec: ModelSpec) -> EmittedModels | SchemaError:
    from .emit_models import emit_models

    try:
        return emit_models(spec)
    except SchemaError as exc:
        return exc


def emit_all(
    specs: Sequence[ModelSpec], cache: BuildCache | None, progress: Progress | None = None
) -> list[EmittedModels | SchemaError]:
    """``emit_models`` for every spec, from the cache where it can, on every core where it cannot."""
    results: list[EmittedModels | SchemaError | None] = [cache.get(s) if cache else None for s in specs]
    missing = [i for i, r in enumerate(results) if r is None]
    done = len(specs) - len(missing)
    if progress:
        progress(done, len(specs))
    workers = min(os.cpu_count() or 1, len(missing))
    if len(missing) >= _PARALLEL_FROM and workers > 1:
        with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
            for index, result in zip(
                missing, pool.map(_emit, [specs[i] for i in missing], chunksize=4), strict=True
            ):
                results[index] = result
                done += 1
                if progress:
                    progress(done, len(specs))
    else:
        for index in missing:
            results[index] = _emit(specs[index])
            done += 1
            if progress:
                progress(done, len(specs))
    if cache:
        for index in missing:
            fresh = results[index]
            if isinstance(fresh, EmittedModels):
                cache.put(specs[index], fresh)
    return [r for r in results if r is not None]


def build_package(
    config: Config,
    snapshot: Snapshot,
    *,
    strict: bool = True,
    cache: BuildCache | None = None,
    progress: Progress | None = None,
) -> tuple[dict[PurePosixPath, bytes], list[CfgenError]]:
    """Every file of ``generated/`` as the snapshot produces it (models, client, run-time).

    A model whose schema cannot be generated stops the build with ``strict``; otherwise it is
    left out of the package and returned among the problems.
    """
    from .emit_client import emit_client

    specs = snapshot.specs()
    if not specs:
        raise ConfigError(f"{config.schemas_dir} holds no models: run cfgen fetch first")
    template_dirs = _template_dirs(config)
    emitted: list[tuple[ModelSpec, EmittedModels]] = []
    problems: list[CfgenError] = []
    for spec, result in zip(specs, emit_all(specs, cache, progress), strict=True):
        if isinstance(result, SchemaError):
            if strict:
                raise result
            problems.append(result)
        else:
            emitted.append((spec, result))
    if not emitted:
        raise problems[0]
    files = {
        path: text.encode("utf-8")
        for path, text in emit_client(emitted, package=config.package, template_dirs=template_dirs).items()
    }
    for spec, models in emitted:
        files[PurePosixPath(config.package, "models", spec.names.module_path)] = models.source.encode("utf-8")
    return files, problems


def terminal_progress(label: str) -> tuple[Progress | None, Callable[[], None]]:
    """A rich progress bar on an interactive terminal; nothing in CI or when output is piped."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return None, lambda: None
    from rich.progress import Progress as RichProgress

    bar = RichProgress(transient=True)
    task = bar.add_task(label, total=None)
    bar.start()

    def update(done: int, total: int) -> None:
        bar.update(task, completed=done, total=total)

    return update, bar.stop


def cached_tree_is_current(config: Config, snapshot: Snapshot, cache: BuildCache) -> tuple[str, bool]:
    """The inputs' hash, and whether the stamp says ``generated/`` is exactly their build."""
    inputs = inputs_key(config, snapshot)
    stamp = cache.stamp()
    if stamp.get("inputs") != inputs:
        return inputs, False
    return inputs, stamp.get("tree") == tree_key(read_tree(config.output_dir))
