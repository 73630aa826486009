"""emit_models over Cloudflare's whole catalog: every schema generates, imports, type-checks, lints,
and agrees with jsonschema on a few instances each.

Bounded for the default suite (under ~90 s on 2 cores): modules are generated in 2 processes, mypy
and ruff run once over all of them, and the differential check runs once per distinct schema pair
with a handful of examples (``CORPUS_EXAMPLES``). Where a model cannot agree with the schema, the
case is in ``KNOWN_EXCEPTIONS`` with the reason, the module must list the limitation, and the test
fails if the case starts to pass (so the list stays true).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from generator.emit_models import emit_models
from generator.errors import SchemaError
from generator.naming import model_names
from generator.spec import ModelSpec
from tests.fidelity_support import load_module, run_differential

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
CORPUS_EXAMPLES = int(os.environ.get("CFGEN_CORPUS_EXAMPLES", "3"))

_BGE_REASONS = {
    "input": "#/oneOf/1/properties/requests/items has `properties` without `type: object`, so the "
    "schema accepts null or any non-object there; the model accepts only objects",
    "output": "#/oneOf: two objects whose properties are all optional overlap, so oneOf accepts "
    "only values matching exactly one; the model (a union) accepts both",
}
#: (corpus file, role) -> why the model cannot agree with the schema; each must be a listed limitation
KNOWN_EXCEPTIONS: dict[tuple[str, str], str] = {
    (f"workers-ai/{name}.json", role): reason
    for name in ("bge-base-en-v1.5", "bge-large-en-v1.5", "bge-small-en-v1.5", "omni-bge-base-en-v1.5")
    for role, reason in _BGE_REASONS.items()
}
# Their output is a oneOf of three open objects with no required property ("Async response" matches
# any object), beside the event-stream string the client reads as a stream: without that string,
# hardly any value matches exactly one branch, so hypothesis cannot draw valid instances.
KNOWN_EXCEPTIONS.update(
    {
        (f"workers-ai/{name}.json", "output"): "#/oneOf: three object branches with no required "
        "property overlap, so oneOf accepts almost nothing; the model (a union) accepts them all"
        for name in ("gemma-sea-lion-v4-27b-it", "qwen3-30b-a3b-fp8")
    }
)
#: corpus files whose schema is invalid upstream: emit_models must refuse them with SchemaError
INVALID_UPSTREAM = {
    "workers-ai/flux-2-dev.json": "#/properties/required",  # `required` inside `properties`
}


@dataclass
class CorpusResult:
    """What happened to one corpus file."""

    key: str
    model_id: str = ""
    status: str = "ok"  # ok | no-schema | schema-error
    error: str = ""
    module_name: str = ""
    source: str = ""
    limitations: tuple[str, ...] = ()
    differential: dict[str, str] = field(default_factory=dict)  # role -> "" or failure text
    checked: dict[str, tuple[int, int]] = field(default_factory=dict)  # role -> (valid, invalid)


def _corpus_files() -> list[Path]:
    return sorted([*CORPUS.glob("workers-ai/*.json"), *CORPUS.glob("catalog/*.json")])


def _process(path_text: str, check: bool) -> CorpusResult:
    """Emit and import one corpus file's module; run the differential check if ``check``."""
    path = Path(path_text)
    key = f"{path.parent.name}/{path.name}"
    data = json.loads(path.read_text(encoding="utf-8"))
    model_id = data.get("model_id") or data.get("name")
    result = CorpusResult(key=key, model_id=model_id)
    schema = data.get("schema") or {}
    if not schema.get("input"):
        result.status = "no-schema"
        return result
    names = model_names([model_id])[model_id]
    output = schema.get("output") or {}
    try:
        emitted = emit_models(ModelSpec(names, schema["input"], output))
    except SchemaError as error:
        result.status = "schema-error"
        result.error = f"{error.path}: {error}"
        return result
    result.module_name = names.module.replace(".", "_")
    result.source = emitted.source
    result.limitations = emitted.limitations
    module = load_module(emitted.source, result.module_name)
    if not check:
        return result
    for role, cls, role_schema in (
        ("input", emitted.input_class, schema["input"]),
        ("output", emitted.output_class, output),
    ):
        try:
            stats = run_differential(
                getattr(module, cls), role_schema, role=role, max_examples=CORPUS_EXAMPLES
            )
            result.differential[role] = ""
            result.checked[role] = (stats.valid, stats.invalid)
        except Exception as error:  # a failed check or an unsatisfiable strategy: recorded
            result.differential[role] = f"{type(error).__name__}: {error}"[:600]
    return result


@pytest.fixture(scope="module")
def corpus_results() -> dict[str, CorpusResult]:
    files = [str(p) for p in _corpus_files()]
    # Model families share schema pairs: each distinct pair is checked once, on its first file.
    first_of: dict[str, str] = {}
    for path in files:
        schema = json.loads(Path(path).read_text(encoding="utf-8")).get("schema") or {}
        first_of.setdefault(json.dumps(schema, sort_keys=True), path)
    representatives = set(first_of.values())
    jobs = [(path, path in representatives) for path in files]
    with multiprocessing.get_context("fork").Pool(processes=2) as pool:
        processed = pool.starmap(_process, jobs, chunksize=1)
    results = {result.key: result for result in processed}
    for path in files:
        schema = json.loads(Path(path).read_text(encoding="utf-8")).get("schema") or {}
        representative = Path(first_of[json.dumps(schema, sort_keys=True)])
        source = results[f"{representative.parent.name}/{representative.name}"]
        twin = results[f"{Path(path).parent.name}/{Path(path).name}"]
        twin.differential, twin.checked = source.differential, source.checked
    return results


def test_corpus_generates_and_agrees_with_jsonschema(corpus_results: dict[str, CorpusResult]) -> None:
    problems: list[str] = []
    for key, result in sorted(corpus_results.items()):
        if key in INVALID_UPSTREAM:
            if result.status != "schema-error" or INVALID_UPSTREAM[key] not in result.error:
                problems.append(f"{key}: expected a SchemaError at {INVALID_UPSTREAM[key]}")
            continue
        if result.status == "schema-error":
            problems.append(f"{key}: {result.error}")
            continue
        for role, failure in result.differential.items():
            known = KNOWN_EXCEPTIONS.get((key, role))
            if known is None and failure:
                problems.append(f"{key} {role}: {failure}")
            elif known is not None and not failure:
                problems.append(f"{key} {role}: listed in KNOWN_EXCEPTIONS but now passes")
            elif known is not None and not any(
                item.startswith(role) for item in result.limitations
            ):
                problems.append(f"{key} {role}: known exception not listed in limitations")
    counts = _counts(corpus_results)
    print("\ncorpus:", json.dumps(counts))
    assert not problems, "\n".join(problems)
    assert counts["generated"] >= 180  # the corpus has 184 files with a schema, 1 invalid upstream


def _counts(results: dict[str, CorpusResult]) -> dict[str, int]:
    generated = [r for r in results.values() if r.status == "ok"]
    passing = [
        r for r in generated if r.differential and not any(r.differential.values())
    ]
    valid = sum(v for r in generated for v, _ in r.checked.values())
    invalid = sum(i for r in generated for _, i in r.checked.values())
    return {
        "files": len(results),
        "no_schema": sum(r.status == "no-schema" for r in results.values()),
        "schema_error": sum(r.status == "schema-error" for r in results.values()),
        "generated": len(generated),
        "with_limitations": sum(bool(r.limitations) for r in generated),
        "fidelity_pass": len(passing),
        "valid_checked": valid,
        "invalid_checked": invalid,
    }


def test_corpus_modules_pass_mypy_strict_and_ruff(
    corpus_results: dict[str, CorpusResult], tmp_path: Path
) -> None:
    package = tmp_path / "corpus_models"
    package.mkdir()
    (package / "__init__.py").write_text("")
    written = 0
    for result in corpus_results.values():
        if result.source:
            (package / f"{result.module_name}.py").write_text(result.source, encoding="utf-8")
            written += 1
    assert written >= 180
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".mypy"),
         "corpus_models"],
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert mypy.returncode == 0, mypy.stdout[-4000:] + mypy.stderr[-2000:]
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--config", str(REPO / "pyproject.toml"),
         str(package)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert ruff.returncode == 0, ruff.stdout[-4000:] + ruff.stderr[-2000:]


def test_files_without_schema_are_reported_not_crashed(corpus_results: dict[str, CorpusResult]) -> None:
    empty = [r for r in corpus_results.values() if r.status == "no-schema"]
    assert empty, "the corpus has files without a schema; they must be recognised"
    for result in empty:
        data: dict[str, Any] = json.loads((CORPUS / result.key).read_text(encoding="utf-8"))
        schema = data.get("schema") or {}
        names = model_names([result.model_id])[result.model_id]
        with pytest.raises(SchemaError) as error:
            emit_models(ModelSpec(names, schema.get("input") or {}, schema.get("output") or {}))
        assert result.model_id in str(error.value)
