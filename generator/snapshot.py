"""The vendored snapshot: ``schemas/<model_id>/schema-{input,output}.json`` and ``schemas/cfgen.lock``.

Schemas are stored in canonical form (the published key order kept, 2-space indent, trailing
newline) so git diffs are readable. The lock file records, per model, where each file came from,
the sha256 of its canonical bytes and the server's ETag. Writes go through :mod:`generator.writer`:
all of a fetch lands, or none of it. This module knows nothing of HTTP.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from .errors import SchemaError, SnapshotError
from .limits import MAX_DEPTH
from .naming import model_names, snapshot_dir, validate_model_id
from .spec import SIDES, ModelSpec
from .writer import write_tree

if TYPE_CHECKING:
    from .sources import FetchedModel, Known

LOCK_NAME = "cfgen.lock"
LOCK_VERSION = 1
FILE_NAMES = {"input": "schema-input.json", "output": "schema-output.json"}


def canonical_json(document: Any) -> bytes:
    """The bytes a schema is stored as: key order kept, 2-space indent, trailing newline."""
    try:
        return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates cannot be UTF-8: keep them as \u escapes
        return (json.dumps(document, indent=2, ensure_ascii=True) + "\n").encode("ascii")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def schema_path(model_id: str, side: str) -> PurePosixPath:
    """Path of one schema file relative to ``schemas/``."""
    return snapshot_dir(model_id) / FILE_NAMES[side]


@dataclass(frozen=True)
class Snapshot:
    """What ``schemas/`` holds: the lock's entries and the schemas they describe."""

    root: Path
    lock: dict[str, Any]

    @property
    def model_ids(self) -> list[str]:
        return sorted(self.lock["models"])

    def entry(self, model_id: str) -> dict[str, Any]:
        entry: dict[str, Any] = self.lock["models"][model_id]
        return entry

    def schema(self, model_id: str, side: str) -> dict[str, Any]:
        """One stored schema, checked against the lock's sha256."""
        path = self.root / schema_path(model_id, side)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SnapshotError(
                f"{path} is missing or unreadable ({exc.strerror}): run cfgen fetch {model_id}"
            ) from None
        expected = self.entry(model_id).get(side, {}).get("sha256")
        if sha256(data) != expected:
            raise SnapshotError(
                f"{path} does not match {self.root / LOCK_NAME} (edited by hand?):"
                f" run cfgen fetch {model_id} to restore the published schema"
            )
        try:
            document = json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SnapshotError(f"{path} is not valid JSON ({exc}): run cfgen fetch {model_id}") from None
        except RecursionError:
            raise SchemaError(
                f"{model_id}: {path} nests objects and arrays too deeply to read"
                f" (cfgen's limit is {MAX_DEPTH} levels)",
                model_id=model_id,
                path="#",
            ) from None
        if not isinstance(document, dict):
            raise SnapshotError(f"{path} is not a JSON object: run cfgen fetch {model_id}")
        return document

    def known(self) -> Known:
        """What fetching needs to know of the snapshot: ETags, checked digests, variant files."""
        from .sources import Known

        etags: dict[str, str] = {}
        digests: set[str] = set()
        variants: dict[str, tuple[str, ...]] = {}
        for model_id, entry in self.lock["models"].items():
            for side in SIDES:
                doc = entry.get(side)
                if not isinstance(doc, dict):
                    continue
                if isinstance(doc.get("sha256"), str):
                    digests.add(doc["sha256"])
                if doc.get("etag") and doc.get("url"):
                    etags[doc["url"].split("#", 1)[0]] = doc["etag"]
                if isinstance(doc.get("variants"), list):
                    variants[model_id] = tuple(doc["variants"])
                    etags.update(doc.get("variant_etags") or {})
        return Known(etags=etags, digests=frozenset(digests), variants=variants)

    def specs(self, model_ids: Iterable[str] | None = None) -> list[ModelSpec]:
        """ModelSpecs for the given models (default: all), named collision-free as a set."""
        ids = self.model_ids if model_ids is None else sorted(model_ids)
        names = model_names(ids)
        return [
            ModelSpec(
                names=names[m],
                input_schema=self.schema(m, "input"),
                output_schema=self.schema(m, "output"),
                task=self.entry(m).get("task"),
            )
            for m in ids
        ]


def empty_lock() -> dict[str, Any]:
    return {"version": LOCK_VERSION, "models": {}}


def load_snapshot(root: Path) -> Snapshot:
    """Read ``schemas/cfgen.lock``; an absent folder or lock is an empty snapshot."""
    lock_file = root / LOCK_NAME
    if not lock_file.exists():
        return Snapshot(root=root, lock=empty_lock())
    try:
        lock = json.loads(lock_file.read_bytes())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise SnapshotError(
            f"{lock_file} is unreadable ({type(exc).__name__}): restore it from git"
        ) from None
    if (
        not isinstance(lock, dict)
        or lock.get("version") != LOCK_VERSION
        or not isinstance(lock.get("models"), dict)
    ):
        raise SnapshotError(
            f"{lock_file} is not a cfgen lock file of version {LOCK_VERSION}: restore it from git"
        )
    for model_id in lock["models"]:
        try:
            validate_model_id(model_id)
        except SnapshotError:
            raise
        except Exception as exc:
            raise SnapshotError(f"{lock_file} names an unsafe model id: {exc}") from None
        _check_entry(lock_file, model_id, lock["models"][model_id])
    return Snapshot(root=root, lock=lock)


def _check_entry(lock_file: Path, model_id: str, entry: object) -> None:
    """A lock entry has the shape cfgen writes: ``{"source", "input": {...}, "output": {...}}``."""
    problem = None
    if not isinstance(entry, dict):
        problem = "is not an object"
    else:
        for side in ("input", "output"):
            doc = entry.get(side)
            if not isinstance(doc, dict) or not isinstance(doc.get("sha256"), str):
                problem = f"has no {side} with a sha256"
            elif not all(isinstance(doc.get(k), str | None) for k in ("url", "etag")):
                problem = f"has a {side} url or etag that is not a string"
    if problem:
        raise SnapshotError(
            f"{lock_file}: the entry of {model_id} {problem}: restore the lock from git or run cfgen fetch"
        )


def plan_update(
    snapshot: Snapshot, fetched: Mapping[str, FetchedModel]
) -> tuple[dict[PurePosixPath, bytes], list[str]]:
    """Files to write for ``fetched`` (new lock included) and the ids whose schemas changed.

    A model whose content is unchanged keeps its lock entry as it was (a new URL or ETag alone
    changes nothing on disk), so fetching unchanged schemas writes no file at all.
    """
    lock = json.loads(json.dumps(snapshot.lock))
    files: dict[PurePosixPath, bytes] = {}
    changed: list[str] = []
    for model_id in sorted(fetched):
        model = fetched[model_id]
        old_entry = lock["models"].get(model_id)
        entry: dict[str, Any] = {"source": model.source}
        model_changed = old_entry is None
        for side in SIDES:
            doc = model.input if side == "input" else model.output
            if doc.content is None:  # 304: the stored file is the current one
                if old_entry is None:
                    raise SnapshotError(f"{model_id}: server answered 304 for a schema we do not hold")
                entry[side] = old_entry[side]
                continue
            data = canonical_json(doc.content)
            digest = sha256(data)
            entry[side] = {"url": doc.url, "sha256": digest, "etag": doc.etag}
            if doc.variants:
                entry[side]["variants"] = list(doc.variants)
                entry[side]["variant_etags"] = dict(sorted(doc.variant_etags.items()))
            if old_entry is None or old_entry.get(side, {}).get("sha256") != digest:
                model_changed = True
                files[schema_path(model_id, side)] = data
        if model_changed:
            changed.append(model_id)
            lock["models"][model_id] = entry
    if changed:
        lock["models"] = dict(sorted(lock["models"].items()))
        files[PurePosixPath(LOCK_NAME)] = (json.dumps(lock, indent=2, sort_keys=True) + "\n").encode()
    return files, changed


def write_update(root: Path, files: Mapping[PurePosixPath, bytes]) -> bool:
    """Apply :func:`plan_update`'s files to ``schemas/`` atomically, keeping every other file."""
    if not files:
        return False
    return write_tree(root, files, keep_others=True)
