"""The API token never shows: not in cfgen's output, logs, errors or files, nor in the generated
client's reprs, exceptions, tracebacks or logs (httpx's own DEBUG logging included).

A canary token is set in ``CLOUDFLARE_API_TOKEN`` and every channel is searched for it, on
successful runs and on failures (401, 5xx after retries, invalid answers, an unsafe token).
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from .conftest import CANARY_TOKEN, KREA, REPO, Project

ACCOUNT = "acct-canary"


def files_holding(root: Path, secret: str) -> list[str]:
    return [str(p) for p in root.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def api_env(token: str = CANARY_TOKEN) -> dict[str, str]:
    return {"CLOUDFLARE_API_TOKEN": token, "CLOUDFLARE_ACCOUNT_ID": ACCOUNT}


@pytest.mark.parametrize(
    "fault",
    [None, {"status": 401}, {"status": 403}, {"status": 500, "count": 10}, {"status": 404}, "bad-json"],
)
def test_fetch_and_drift_from_the_api_never_show_the_token(
    project: Project, caplog: pytest.LogCaptureFixture, fault: object
) -> None:
    caplog.set_level(logging.DEBUG)  # httpx, httpcore and cfgen at their most verbose
    if fault == "bad-json":
        project.server.set_schema(KREA, "input", b'{"oops": ' + CANARY_TOKEN.encode()[:0])
    elif isinstance(fault, dict):
        project.server.inject(path_contains="/ai/models/schema", **fault)
    shown = []
    for args in (
        ["fetch", "--source", "api"],
        ["fetch", "--source", "api", "--strict"],
        ["drift", "--source", "api", "--format", "json"],
        ["drift", "--source", "api", "--format", "github", "--output", str(project.root / "report.txt")],
        ["generate"],
    ):
        result = project.cfgen(*args, env={**api_env(), "CFGEN_DEBUG": ""})
        shown += [result.output, result.stderr if result.stderr_bytes is not None else ""]
        assert "Traceback" not in result.output
    # the token did reach the server: the test is not vacuous
    assert any(r.headers.get("Authorization") == f"Bearer {CANARY_TOKEN}" for r in project.server.requests)
    assert not [text for text in [*shown, caplog.text] if CANARY_TOKEN in text]
    assert files_holding(project.root, CANARY_TOKEN) == []


def test_a_token_echoed_by_the_server_is_scrubbed(project: Project) -> None:
    """An upstream that puts the token into its error (a proxy, a debug page) does not leak it."""
    project.server.set_schema(
        KREA, "input", {"type": "object", "properties": {"a": {"$ref": f"http://x/{CANARY_TOKEN}"}}}
    )
    result = project.cfgen("fetch", "--source", "api", env=api_env())
    assert result.exit_code == 4
    assert "***" in result.output and CANARY_TOKEN not in result.output


@pytest.fixture(scope="module")
def generated_krea(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from generator.mock import MockServer

    from .conftest import REFERENCE

    root = tmp_path_factory.mktemp("secrets")
    with MockServer(schemas_dir=REFERENCE) as server:
        project = Project(root=root / "proj", server=server)
        project.root.mkdir()
        project.write_config()
        assert project.cfgen("fetch").exit_code == 0
        result = project.cfgen("generate")
        assert result.exit_code == 0, result.output
    return project.generated


CLIENT_SCRIPT = textwrap.dedent(
    """
    import logging, sys, traceback
    import httpx
    logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)
    import cfai

    token, account, base, mock = sys.argv[1:5]
    ARGS = {"prompt": "a fox", "aspect_ratio": "1:1", "resolution": "1K"}

    def fault(**spec):
        httpx.post(mock + "/__mock__/faults", json=spec).raise_for_status()

    def show(exc):
        print(str(exc)); print(repr(exc)); print(exc.__dict__)
        print("".join(traceback.format_exception(exc)))
        response = getattr(exc, "response", None)
        if response is not None:
            print(repr(response.request.headers)); print(repr(response.request))

    client = cfai.Client(account_id=account, api_token=token, base_url=base, max_retries=1)
    print(repr(client)); print(vars(client).keys()); print(repr(client.with_options(timeout=5)))
    client.run("krea/krea-2-medium-turbo", ARGS)
    for status in (400, 401, 403, 429, 500):
        fault(status=status, count=3)
        try:
            client.run("krea/krea-2-medium-turbo", ARGS)
        except cfai.CloudflareAIError as exc:
            show(exc)
    try:
        cfai.Client(account_id=account, api_token=token, base_url="http://127.0.0.1:9",
                    max_retries=0).run("krea/krea-2-medium-turbo", ARGS)
    except cfai.CloudflareAIError as exc:
        show(exc)
    for bad in (token + "\\n", token + "\\r\\nX-Injected: 1", "\\u00e9" + token):
        try:
            cfai.Client(account_id=account, api_token=bad, base_url=base, max_retries=0).run(
                "krea/krea-2-medium-turbo", ARGS)
        except Exception as exc:
            show(exc)
    print("done")
    """
)


def test_generated_client_never_shows_the_token(generated_krea: Path, tmp_path: Path) -> None:
    from generator.mock import MockServer

    from .conftest import REFERENCE

    script = tmp_path / "client.py"
    script.write_text(CLIENT_SCRIPT)
    with MockServer(schemas_dir=REFERENCE) as server:
        env = {**os.environ, "PYTHONPATH": f"{generated_krea}{os.pathsep}{REPO}", **api_env("")}
        process = subprocess.run(
            [sys.executable, str(script), CANARY_TOKEN, ACCOUNT, server.api_url, server.url],
            capture_output=True, text=True, env=env, timeout=120, check=False,
        )  # fmt: skip
        sent = [r.headers.get("Authorization") for r in server.requests if r.method == "POST"]
    assert process.returncode == 0, process.stdout + process.stderr
    assert "done" in process.stdout
    assert f"Bearer {CANARY_TOKEN}" in sent  # the token was used ...
    assert "HTTP Request" in process.stderr  # ... with httpx logging on ...
    for line in (process.stdout + process.stderr).splitlines():  # ... and shown nowhere
        assert CANARY_TOKEN not in line, line
    assert not [v for v in sent if v and "X-Injected" in v]
    assert json.dumps(sent)  # plain strings


def test_verbose_cli_logs_requests_and_retries_without_the_token(project: Project) -> None:
    """`cfgen -vv` logs every request, retry and httpx's own DEBUG lines: never the token."""
    project.server.inject(status=503, retry_after=0, count=1, path_contains="models/schema")
    result = project.cfgen("-vv", "fetch", "--source", "api", env=api_env())
    assert result.exit_code == 0, result.output
    assert "retrying in" in result.stderr and "-> 200" in result.stderr
    assert "httpcore" in result.stderr  # the most verbose level really is on
    assert CANARY_TOKEN not in result.output + result.stderr
