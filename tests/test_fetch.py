"""`cfgen fetch` over real HTTP against the mock: success, no-op, and failures that change nothing."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from generator.snapshot import canonical_json, load_snapshot, sha256

from .conftest import CANARY_TOKEN, CORPUS, KREA, KREA_DIR, Project, krea_schema, tree_digest


def test_fetch_docs_writes_canonical_snapshot_and_lock(project: Project) -> None:
    result = project.cfgen("fetch")
    assert result.exit_code == 0, result.output
    stored = project.schemas / KREA / "schema-input.json"
    text = stored.read_text()
    assert text.endswith("}\n") and text.startswith('{\n  "$schema"')
    # published key order kept: the file's keys follow the published file's order
    published = json.loads((KREA_DIR / "schema-input.json").read_text())
    assert list(json.loads(text)["properties"]) == list(published["properties"])
    assert json.loads(text) == published
    lock = json.loads((project.schemas / "cfgen.lock").read_text())
    entry = lock["models"][KREA]
    assert entry["source"] == "docs"
    assert entry["input"]["url"] == f"{project.server.url}/ai/models/{KREA}/schema-input.json"
    assert entry["input"]["sha256"] == sha256(stored.read_bytes())
    assert entry["output"]["etag"].startswith('"')
    assert load_snapshot(project.schemas).schema(KREA, "output") == krea_schema("output")


def test_fetch_api_source_uses_bearer_token(project: Project) -> None:
    result = project.cfgen(
        "fetch",
        "--source",
        "api",
        env={"CLOUDFLARE_API_TOKEN": CANARY_TOKEN, "CLOUDFLARE_ACCOUNT_ID": "acc123"},
    )
    assert result.exit_code == 0, result.output
    calls = [r for r in project.server.requests if "/ai/models/schema" in r.path]
    assert len(calls) == 1
    assert calls[0].path == "/client/v4/accounts/acc123/ai/models/schema?model=krea%2Fkrea-2-medium-turbo"
    assert calls[0].headers["Authorization"] == f"Bearer {CANARY_TOKEN}"
    assert load_snapshot(project.schemas).schema(KREA, "input") == krea_schema("input")
    assert load_snapshot(project.schemas).entry(KREA)["source"] == "api"


def test_api_source_without_token_is_a_config_error(project: Project) -> None:
    result = project.cfgen("fetch", "--source", "api", env={"CLOUDFLARE_ACCOUNT_ID": "acc"})
    assert result.exit_code == 2
    assert "CLOUDFLARE_API_TOKEN is not set" in result.stderr
    assert not project.schemas.exists()


def test_unchanged_fetch_writes_nothing_and_sends_if_none_match(seeded_project: Project) -> None:
    before = tree_digest(seeded_project.schemas)
    mtimes = {p: p.stat().st_mtime_ns for p in seeded_project.schemas.rglob("*") if p.is_file()}
    seeded_project.server.clear_requests()
    time.sleep(0.01)
    result = seeded_project.cfgen("fetch")
    assert result.exit_code == 0, result.output
    assert "0 changed" in result.output
    assert tree_digest(seeded_project.schemas) == before
    assert {p: p.stat().st_mtime_ns for p in mtimes} == mtimes
    sent = [r.headers.get("If-None-Match") for r in seeded_project.server.requests]
    assert len(sent) == 2 and all(tag and tag.startswith('"') for tag in sent)


def test_unchanged_fetch_clears_what_a_killed_run_left(seeded_project: Project) -> None:
    # killed after its swap, before its clean-up: the old tree waits in the staging folder
    leftover = seeded_project.root / ".schemas.cfgen-tmp-new"
    (leftover / KREA).mkdir(parents=True)
    (leftover / KREA / "schema-input.json").write_text("{}\n")
    before = tree_digest(seeded_project.schemas)
    result = seeded_project.cfgen("fetch")
    assert result.exit_code == 0 and "0 changed" in result.output
    assert not leftover.exists()
    assert tree_digest(seeded_project.schemas) == before


def test_changed_schema_is_written(seeded_project: Project) -> None:
    schema = krea_schema("output")
    schema["properties"]["seed"] = {"type": "integer"}  # type: ignore[index]
    seeded_project.server.set_schema(KREA, "output", schema)
    result = seeded_project.cfgen("fetch")
    assert result.exit_code == 0, result.output
    assert f"updated {KREA}" in result.output
    stored = (seeded_project.schemas / KREA / "schema-output.json").read_bytes()
    assert stored == canonical_json(schema)
    lock = load_snapshot(seeded_project.schemas)
    assert lock.entry(KREA)["output"]["sha256"] == sha256(stored)


def test_named_model_joins_the_snapshot_without_being_configured(seeded_project: Project) -> None:
    seeded_project.server.set_schema("acme/extra-model", "input", {"type": "object"})
    seeded_project.server.set_schema("acme/extra-model", "output", {"type": "string"})
    result = seeded_project.cfgen("fetch", "acme/extra-model")
    assert result.exit_code == 0, result.output
    assert load_snapshot(seeded_project.schemas).model_ids == ["acme/extra-model", KREA]


def _assert_unchanged_failure(project: Project, before: dict[str, str], code: int, *needles: str) -> None:
    result = project.cfgen("fetch")
    assert result.exit_code == code, result.output
    line = result.stderr.strip().splitlines()[0]
    assert line.startswith(("cfgen: error: ", "cfgen: skipped: "))
    for needle in needles:
        assert needle in line
    assert tree_digest(project.schemas) == before


@pytest.mark.parametrize(
    ("fault", "code", "needles"),
    [
        ({"status": 500, "count": 10}, 3, ("HTTP 500 after 3 attempts", KREA)),
        ({"status": 404, "count": 10}, 3, ("model not found in the catalog", "schema-")),
        ({"status": 401, "count": 10}, 3, ("token",)),
        ({"kind": "truncate", "count": 10}, 3, ("could not fetch",)),
        ({"kind": "slow", "delay": 1.5, "count": 10}, 3, ("timed out",)),
        ({"kind": "garbled", "count": 1}, 3, ("answered something unreadable (DecodingError",)),
    ],
    ids=["500-until-retries-run-out", "404", "401", "truncated-body", "timeout", "garbled-encoding"],
)
def test_upstream_failures_leave_snapshot_unchanged(
    seeded_project: Project, fault: dict[str, object], code: int, needles: tuple[str, ...]
) -> None:
    seeded_project.write_config(retries=2, timeout=0.5)
    before = tree_digest(seeded_project.schemas)
    schema = krea_schema("input")
    schema["required"] = ["prompt"]
    seeded_project.server.set_schema(KREA, "input", schema)  # a real change that must not land
    seeded_project.server.inject(**fault, path_contains="schema-output")  # type: ignore[arg-type]
    _assert_unchanged_failure(seeded_project, before, code, *needles)


@pytest.mark.parametrize(
    ("body", "needles"),
    [
        (b'{"type": "object", ', ("did not return valid JSON",)),
        (b'{"type": "objekt"}', ("not a valid JSON Schema at /type",)),
        (
            b'{"properties": {"a": {"minimum": "zero"}}}',
            ("not a valid JSON Schema at /properties/a/minimum",),
        ),
        (b"[1, 2]", ("expected a JSON object",)),
        (b'{"description": "' + b"x" * 20000 + b'"}', ("larger than the 10000 byte limit",)),
    ],
    ids=["invalid-json", "bad-type", "bad-keyword-value", "not-an-object", "oversized"],
)
def test_invalid_documents_exit_4_and_change_nothing(
    seeded_project: Project, body: bytes, needles: tuple[str, ...]
) -> None:
    seeded_project.write_config(max_schema_bytes=10000)
    before = tree_digest(seeded_project.schemas)
    seeded_project.server.set_schema(KREA, "output", body)
    _assert_unchanged_failure(seeded_project, before, 4, KREA, "schema-output.json", *needles)


def test_one_failing_model_means_no_model_is_written(seeded_project: Project) -> None:
    server = seeded_project.server
    server.set_schema("acme/good", "input", {"type": "object"})
    server.set_schema("acme/good", "output", {"type": "object"})
    seeded_project.write_config(models=[KREA, "acme/good", "acme/missing"])
    before = tree_digest(seeded_project.schemas)
    result = seeded_project.cfgen("fetch")
    assert result.exit_code == 3
    assert "acme/missing: model not found" in result.stderr
    assert tree_digest(seeded_project.schemas) == before


def test_429_with_retry_after_is_retried_then_succeeds(project: Project) -> None:
    project.server.inject(status=429, retry_after=1, count=1, path_contains="schema-input")
    started = time.monotonic()
    result = project.cfgen("fetch")
    elapsed = time.monotonic() - started
    assert result.exit_code == 0, result.output
    hits = [r for r in project.server.requests if r.path.endswith("schema-input.json")]
    assert len(hits) == 2
    assert elapsed >= 0.95  # waited as long as Retry-After said
    assert (project.schemas / KREA / "schema-input.json").exists()


def test_no_retry_on_other_4xx(project: Project) -> None:
    project.server.inject(status=400, count=5, path_contains="schema-input")
    result = project.cfgen("fetch")
    assert result.exit_code == 3
    assert "HTTP 400" in result.stderr
    assert len([r for r in project.server.requests if r.path.endswith("schema-input.json")]) == 1


def test_canary_token_never_printed_or_written(project: Project) -> None:
    env = {"CLOUDFLARE_API_TOKEN": CANARY_TOKEN, "CLOUDFLARE_ACCOUNT_ID": "acc"}
    outputs = [project.cfgen("fetch", "--source", "api", env=env)]
    project.server.inject(status=401, count=5)
    outputs.append(project.cfgen("fetch", "--source", "api", env=env))
    project.server.inject(status=500, count=50)
    outputs.append(project.cfgen("fetch", "--source", "api", env=env))
    assert [r.exit_code for r in outputs] == [0, 3, 3]
    for result in outputs:
        assert CANARY_TOKEN not in result.output
        assert CANARY_TOKEN not in (result.stderr or "")
    for path in project.root.rglob("*"):
        if path.is_file():
            assert CANARY_TOKEN.encode() not in path.read_bytes(), path


def test_unsafe_model_id_is_rejected_before_any_request(project: Project) -> None:
    for bad in ("../etc/passwd", "/etc/passwd", "a/../../b", "a//b", "a\\b", "C:/x", "a/b\x00"):
        result = project.cfgen("fetch", bad)
        assert result.exit_code == 2, bad
        assert "model id" in result.stderr
    assert project.server.requests == []
    assert not project.schemas.exists()


def test_invalid_schema_is_skipped_while_the_rest_lands(seeded_project: Project) -> None:
    server = seeded_project.server
    server.set_schema("acme/good", "input", {"type": "object"})
    server.set_schema("acme/good", "output", {"type": "object"})
    changed = krea_schema("input")
    changed["required"] = ["prompt"]
    server.set_schema(KREA, "input", changed)
    server.set_schema(KREA, "output", b'{"type": "objekt"}')  # broken upstream
    seeded_project.write_config(models=[KREA, "acme/good"])
    before = tree_digest(seeded_project.schemas / KREA)

    strict = seeded_project.cfgen("fetch", "--strict")
    assert strict.exit_code == 4
    assert load_snapshot(seeded_project.schemas).model_ids == [KREA]

    result = seeded_project.cfgen("fetch")
    assert result.exit_code == 4
    assert f"cfgen: skipped: {KREA}: " in result.stderr and "/type" in result.stderr
    snapshot = load_snapshot(seeded_project.schemas)
    assert snapshot.model_ids == ["acme/good", KREA]
    assert tree_digest(seeded_project.schemas / KREA) == before  # its previous snapshot is kept
    assert snapshot.schema(KREA, "input") == krea_schema("input")


def test_variant_inputs_are_joined_into_one_schema(project: Project, tmp_path: Any) -> None:
    """Docs publish sync/streaming/batch-input.json for a oneOf input: fetch joins them back."""
    from generator.mock import MockServer

    with MockServer(catalog_dir=CORPUS / "workers-ai") as server:
        project.server = server
        project.write_config(models=["@cf/meta/llama-3.3-70b-instruct-fp8-fast"])
        docs = project.cfgen("fetch")
        assert docs.exit_code == 0, docs.output
        entry = load_snapshot(project.schemas).entry("@cf/meta/llama-3.3-70b-instruct-fp8-fast")
        assert [u.rsplit("/", 1)[1] for u in entry["input"]["variants"]] == [
            "sync-input.json",
            "streaming-input.json",
            "batch-input.json",
        ]
        published = json.loads((CORPUS / "workers-ai/llama-3.3-70b-instruct-fp8-fast.json").read_text())
        stored = load_snapshot(project.schemas).schema("@cf/meta/llama-3.3-70b-instruct-fp8-fast", "input")
        assert stored == published["schema"]["input"]
        assert [b["title"] for b in stored["oneOf"]] == ["Prompt", "Messages", "Async Batch"]

        # fetched again, unchanged: the variant files are asked for directly, conditionally
        before = tree_digest(project.schemas)
        server.clear_requests()
        again = project.cfgen("fetch")
        assert again.exit_code == 0 and "0 changed" in again.output
        assert tree_digest(project.schemas) == before
        asked = [r for r in server.requests if "input.json" in r.path]
        assert sorted(r.path.rsplit("/", 1)[1] for r in asked) == sorted(
            u.rsplit("/", 1)[1] for u in entry["input"]["variants"]
        )
        assert all(r.headers.get("If-None-Match") for r in asked)


def test_meta_schema_verdicts_are_remembered_by_content(
    seeded_project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A schema published invalid run after run is reported the same way each time, and checked
    once: the verdict is kept by content hash in the cache folder, and set aside when the
    checker (jsonschema, cfgen) is another or the file is damaged."""
    from generator import limits
    from generator.config import CACHE_DIR

    broken = {"type": "object", "properties": {"required": ["prompt"]}}  # flux-2-dev's defect
    seeded_project.server.set_schema(KREA, "input", broken)
    first = seeded_project.cfgen("fetch")
    assert first.exit_code == 4 and "/properties/required" in first.stderr
    cache = seeded_project.root / CACHE_DIR / "meta-schema-verdicts.json"
    assert sha256(canonical_json(broken)) in json.loads(cache.read_text())["verdicts"]

    def no_checker(document: object) -> None:
        raise AssertionError("checked again")

    monkeypatch.setattr(limits, "meta_schema_violation", no_checker)
    second = seeded_project.cfgen("fetch")
    assert (second.exit_code, second.stderr) == (first.exit_code, first.stderr)

    monkeypatch.undo()
    data = json.loads(cache.read_text())
    data["key"] = "cfgen=0 jsonschema=0 limits=0"  # another checker: its verdicts do not count
    data["verdicts"] = {digest: None for digest in data["verdicts"]}
    cache.write_text(json.dumps(data))
    assert seeded_project.cfgen("fetch").stderr == first.stderr
    cache.write_text("{not json")
    assert seeded_project.cfgen("fetch").stderr == first.stderr


def test_connections_share_one_tls_context(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each of the `concurrency` connections is its own client; the CA bundle is loaded once for
    all of them (~30 ms a load), and not at all for a plain-http mirror."""
    import ssl
    from pathlib import Path

    from generator.config import Config
    from generator.sources import SchemaFetcher

    loads: list[object] = []
    real = ssl.SSLContext.load_verify_locations

    def counting(self: ssl.SSLContext, *args: Any, **kwargs: Any) -> None:
        loads.append(args or kwargs)
        real(self, *args, **kwargs)

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", counting)
    for url, expected in (("https://developers.cloudflare.com", 1), ("http://127.0.0.1:1", 0)):
        loads.clear()
        config = Config(root=Path(tmp_path), docs_url=url, concurrency=8)
        new_client = SchemaFetcher(config)._client_factory()
        for _ in range(config.concurrency):  # one a worker thread
            new_client().close()
        assert len(loads) == expected, url


def test_the_command_leaves_out_what_libraries_import_just_in_case(project: Project) -> None:
    """httpx's own CLI (rich, pygments) and trio cost ~0.1 s of every run and are never used by
    cfgen: the command fetches without them; importing cfgen as a library changes nothing."""
    import importlib
    import os
    import subprocess
    import sys

    from generator.cli import UNUSED_IMPORTS

    env = {**os.environ, "CFGEN_DOCS_URL": project.server.url, "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "generator", "--project", str(project.root), "fetch"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert (project.schemas / KREA / "schema-input.json").is_file()
    imported = {
        line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")
    }
    assert {"httpx", "httpcore", "h11"} <= imported  # the HTTP stack did load
    # the two are asked for (and refused at once); what they would have loaded is not there
    assert set(UNUSED_IMPORTS) <= imported
    would_load = {"pygments", "rich.syntax", "rich.console", "trio._core", "trio.socket"}
    assert not imported & would_load, sorted(imported & would_load)
    assert importlib.import_module("httpx._main") is not None  # this process imported cfgen: untouched
