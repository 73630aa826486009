"""The stand-in API validates like Cloudflare: real JSON Schema validation with formats, real HTTP."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

import httpx
import jsonschema
import pytest

from generator.mock import MockServer, example_instance

from .conftest import CORPUS, KREA, krea_schema

VALID = {"prompt": "a lighthouse at dusk", "aspect_ratio": "16:9", "resolution": "1K"}
AUTH = {"Authorization": "Bearer test-token"}


def run(server: MockServer, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.post(
        f"{server.api_url}/accounts/acc/ai/run", json=body, headers=AUTH if headers is None else headers
    )


def test_valid_krea_input_answers_completed_with_valid_output(mock_server: MockServer) -> None:
    response = run(mock_server, {"model": KREA, "input": {**VALID, "seed": 42, "creativity": "high"}})
    assert response.status_code == 200
    body = response.json()
    assert body["state"] == "Completed"
    assert body["gatewayMetadata"] == {"keySource": "Unified"}
    jsonschema.Draft202012Validator(
        krea_schema("output"), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(body["result"])
    assert response.headers["cf-ai-req-id"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"aspect_ratio": "5:4"}, "aspect_ratio"),
        ({"intensity": 101}, "intensity"),
        ({"surprise": True}, "surprise"),
        ({"prompt": None}, "prompt"),
        ({"moodboards": [{"id": "not-a-uuid"}]}, "moodboards"),
    ],
    ids=["enum", "maximum", "unknown-field", "missing-prompt", "pattern"],
)
def test_invalid_inputs_are_400_naming_the_field(
    mock_server: MockServer, change: dict[str, Any], field: str
) -> None:
    instance = {**VALID, **change}
    instance = {k: v for k, v in instance.items() if v is not None}
    response = run(mock_server, {"model": KREA, "input": instance})
    assert response.status_code == 400
    body = response.json()
    assert body["success"] is False
    assert field in body["errors"][0]["message"]
    assert isinstance(body["errors"][0]["code"], int)


def test_format_is_checked(mock_server: MockServer) -> None:
    bad = {**VALID, "image_style_references": [{"url": "not a uri"}]}
    assert run(mock_server, {"model": KREA, "input": bad}).status_code == 400
    good = {**VALID, "image_style_references": [{"url": "https://example.com/a.png"}]}
    assert run(mock_server, {"model": KREA, "input": good}).status_code == 200


def test_missing_token_is_401_and_unknown_model_404(mock_server: MockServer) -> None:
    assert run(mock_server, {"model": KREA, "input": VALID}, headers={}).status_code == 401
    assert run(mock_server, {"model": "acme/nope", "input": VALID}).status_code == 404


def test_per_model_route_answers_the_older_envelope(mock_server: MockServer) -> None:
    response = httpx.post(f"{mock_server.api_url}/accounts/acc/ai/run/{KREA}", json=VALID, headers=AUTH)
    assert response.status_code == 200
    body = response.json()
    assert body["success"] is True and body["errors"] == [] and "image" in body["result"]


def test_schema_api_envelope_and_docs_files(mock_server: MockServer) -> None:
    api = httpx.get(
        f"{mock_server.api_url}/accounts/acc/ai/models/schema", params={"model": KREA}, headers=AUTH
    )
    assert api.json() == {
        "result": {"input": krea_schema("input"), "output": krea_schema("output")},
        "success": True,
        "errors": [],
        "messages": [],
    }
    docs = httpx.get(f"{mock_server.url}/ai/models/{KREA}/schema-input.json")
    assert docs.json() == krea_schema("input")
    again = httpx.get(
        f"{mock_server.url}/ai/models/{KREA}/schema-input.json",
        headers={"If-None-Match": docs.headers["ETag"]},
    )
    assert again.status_code == 304


def test_faults_and_schema_swap_through_control_endpoints(mock_server: MockServer) -> None:
    control = f"{mock_server.url}/__mock__"
    httpx.post(f"{control}/faults", json={"status": 503, "retry_after": 2, "count": 1})
    first = httpx.get(f"{mock_server.url}/ai/models/{KREA}/schema-output.json")
    assert (first.status_code, first.headers["Retry-After"]) == (503, "2")
    assert httpx.get(f"{mock_server.url}/ai/models/{KREA}/schema-output.json").status_code == 200
    httpx.put(f"{control}/schemas/{KREA}/output", content=b'{"type": "string"}')
    assert httpx.get(f"{mock_server.url}/ai/models/{KREA}/schema-output.json").json() == {"type": "string"}
    log = httpx.get(f"{control}/requests").json()
    assert [entry["path"].rsplit("/", 1)[-1] for entry in log] == ["schema-output.json"] * 3


# Their output is a oneOf of two open object schemas: every object matches both branches, so no
# instance is valid at all (an upstream defect); the mock answers its best try for them.
UNSATISFIABLE_OUTPUTS = {
    "bge-base-en-v1.5.json",
    "bge-large-en-v1.5.json",
    "bge-small-en-v1.5.json",
    "omni-bge-base-en-v1.5.json",
}


def test_example_outputs_are_valid_for_every_corpus_output_schema() -> None:
    checked, failing = 0, set()
    for path in sorted(CORPUS.glob("*/*.json")):
        data = json.loads(path.read_text())
        schema = (data.get("schema") or {}).get("output")
        if not isinstance(schema, dict) or not schema:
            continue
        cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
        try:
            cls.check_schema(schema)
        except jsonschema.SchemaError:
            continue
        checked += 1
        if not cls(schema, format_checker=cls.FORMAT_CHECKER).is_valid(example_instance(schema)):
            failing.add(path.name)
    assert failing == UNSATISFIABLE_OUTPUTS
    assert checked > 150


def test_cfgen_mock_subprocess_serves_the_snapshot(tmp_path: Any) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "mock",
            "--port",
            "0",
            "--schemas",
            str(CORPUS.parent / "reference-schemas"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert "serving 1 model(s)" in line
        url = line.split(" on ")[1].split()[0]
        deadline = time.monotonic() + 5
        while True:
            try:
                response = httpx.get(f"{url}/ai/models/{KREA}/schema-output.json")
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert response.json() == krea_schema("output")
    finally:
        process.terminate()
        process.wait(5)
