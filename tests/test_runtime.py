"""The generated client's run-time over real HTTP on 127.0.0.1: routes, envelopes, retries,
timeouts, errors and secrecy, against the mock Cloudflare API (``generator.mock``) and, for answers
the mock does not give (a failed run, raw bytes), a small canned server.

The package is rendered by emit_client with the stand-in model modules of test_emit_client.
"""

from __future__ import annotations

import importlib
import json
import logging
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest

from generator.mock import MockServer
from tests.conftest import CannedServer
from tests.test_emit_client import KREA_SCHEMAS, fake_models, write_package

ACCOUNT = "acct-123"
TOKEN = "sekrit-token-do-not-leak"
KREA = "krea/krea-2-medium-turbo"
CHAT = "@cf/meta/llama-3.1-8b-instruct"
ARGS: dict[str, Any] = {"prompt": "a red fox", "aspect_ratio": "1:1", "resolution": "1K"}

CHAT_INPUT = {
    "type": "object",
    "oneOf": [
        {"properties": {"prompt": {"type": "string"}}, "required": ["prompt"]},
        {"properties": {"messages": {"type": "array"}}, "required": ["messages"]},
    ],
}
CHAT_OUTPUT = {"type": "object", "properties": {"response": {"type": "string"}}}


@pytest.fixture(scope="module")
def cfai(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("pkg")
    write_package(root, fake_models())
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("cfai")
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m == "cfai" or m.startswith("cfai.")]:
            del sys.modules[name]


@pytest.fixture(autouse=True)
def fast_backoff(cfai: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cfai._base, "INITIAL_RETRY_DELAY", 0.01)
    for name in ("CLOUDFLARE_ACCOUNT_ID", "CLOUDFLARE_API_TOKEN", "CLOUDFLARE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def schemas_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("schemas")
    shutil.copytree(KREA_SCHEMAS, root / KREA)
    chat = root / CHAT
    chat.mkdir(parents=True)
    (chat / "schema-input.json").write_text(json.dumps(CHAT_INPUT))
    (chat / "schema-output.json").write_text(json.dumps(CHAT_OUTPUT))
    return root


@pytest.fixture
def mock(schemas_dir: Path) -> Iterator[MockServer]:
    with MockServer(schemas_dir=schemas_dir) as server:
        yield server


def client_for(cfai: ModuleType, url: str, **options: Any) -> Any:
    return cfai.Client(account_id=ACCOUNT, api_token=TOKEN, base_url=url, **options)


# --- happy paths ---------------------------------------------------------------------------------


def test_method_sends_only_given_fields_on_the_unified_route(
    cfai: ModuleType, mock: MockServer
) -> None:
    with client_for(cfai, mock.api_url) as client:
        out = client.krea.krea_2_medium_turbo(**ARGS, seed=None, intensity=3)
    assert type(out).__name__ == "Krea2MediumTurboOutput"
    assert str(out.image).startswith(("http://", "https://"))
    [request] = mock.requests
    assert request.path == f"/client/v4/accounts/{ACCOUNT}/ai/run"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    # seed=None was given, so it is sent; creativity was not, so Cloudflare's default applies
    assert request.json() == {"model": KREA, "input": {**ARGS, "seed": None, "intensity": 3}}


def test_run_accepts_the_input_model_or_a_dict(cfai: ModuleType, mock: MockServer) -> None:
    from cfai.models.krea.krea_2_medium_turbo import Krea2MediumTurboInput

    with client_for(cfai, mock.api_url) as client:
        first = client.run(KREA, Krea2MediumTurboInput(**ARGS))
        second = client.run(KREA, dict(ARGS))
    assert first.image == second.image
    assert [r.json()["input"] for r in mock.requests] == [ARGS, ARGS]


def test_invalid_input_raises_before_any_request(cfai: ModuleType, mock: MockServer) -> None:
    with client_for(cfai, mock.api_url) as client:
        with pytest.raises(pydantic.ValidationError, match="aspect_ratio"):
            client.krea.krea_2_medium_turbo(**{**ARGS, "aspect_ratio": "7:5"})
        with pytest.raises(cfai.ValidationError):
            client.run(KREA, {"prompt": "no ratio"})
        with pytest.raises(ValueError, match="unknown model id"):
            client.run("acme/unknown", {})
    assert mock.requests == []


def test_cf_models_use_their_own_route_and_envelope(cfai: ModuleType, mock: MockServer) -> None:
    with client_for(cfai, mock.api_url) as client:
        out = client.cf.meta.llama_3_1_8b_instruct({"prompt": "hi"})
    assert type(out).__name__ == "Llama318bInstructOutput"
    [request] = mock.requests
    assert request.path == f"/client/v4/accounts/{ACCOUNT}/ai/run/{CHAT}"
    assert request.json() == {"prompt": "hi"}


async def test_async_client(cfai: ModuleType, mock: MockServer) -> None:
    mock.inject(status=503, retry_after=0, count=1)
    async with cfai.AsyncClient(account_id=ACCOUNT, api_token=TOKEN, base_url=mock.api_url) as c:
        out = await c.krea.krea_2_medium_turbo(**ARGS)
        again = await c.run(KREA, ARGS)
        with pytest.raises(cfai.NotFoundError):
            mock.remove_model(KREA)
            await c.run(KREA, ARGS)
    assert out.image == again.image
    assert len(mock.requests) == 4


def test_settings_come_from_the_environment(
    cfai: ModuleType, mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(cfai.CloudflareAIError, match="CLOUDFLARE_API_TOKEN"):
        cfai.Client(account_id=ACCOUNT)
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", TOKEN)
    with pytest.raises(cfai.CloudflareAIError, match="CLOUDFLARE_ACCOUNT_ID"):
        cfai.Client()
    monkeypatch.setenv("CLOUDFLARE_ACCOUNT_ID", "env-acct")
    monkeypatch.setenv("CLOUDFLARE_BASE_URL", mock.api_url)
    with cfai.Client() as client:
        client.run(KREA, ARGS)
        assert client.timeout == httpx.Timeout(60.0, connect=5.0) and client.max_retries == 2
    assert mock.requests[0].path == "/client/v4/accounts/env-acct/ai/run"
    monkeypatch.delenv("CLOUDFLARE_BASE_URL")
    assert str(cfai.Client().base_url) == "https://api.cloudflare.com/client/v4"


def test_with_options_and_an_injected_http_client(cfai: ModuleType, mock: MockServer) -> None:
    http = httpx.Client()
    client = client_for(cfai, mock.api_url, http_client=http, max_retries=5)
    quick = client.with_options(max_retries=0, timeout=1.0)
    assert (quick.max_retries, quick.timeout, quick.account_id) == (0, httpx.Timeout(1.0), ACCOUNT)
    assert client.max_retries == 5
    mock.inject(status=500, count=1)
    with pytest.raises(cfai.InternalServerError):
        quick.run(KREA, ARGS)
    client.close()
    assert not http.is_closed  # not ours to close
    http.close()


# --- retries, timeouts, broken answers ------------------------------------------------------------


def test_retries_429_honouring_retry_after(cfai: ModuleType, mock: MockServer) -> None:
    mock.inject(status=429, retry_after=1, count=1)
    mock.inject(status=429, retry_after=0, count=1)
    start = time.monotonic()
    with client_for(cfai, mock.api_url) as client:
        client.run(KREA, ARGS)
    assert time.monotonic() - start >= 0.9
    assert len(mock.requests) == 3


def test_gives_up_after_max_retries(cfai: ModuleType, mock: MockServer) -> None:
    mock.inject(status=429, retry_after=0, count=5)
    with client_for(cfai, mock.api_url, max_retries=2) as client, pytest.raises(
        cfai.RateLimitError
    ) as caught:
            client.run(KREA, ARGS)
    assert len(mock.requests) == 3
    error = caught.value
    assert (error.status_code, error.code, error.message) == (429, 429, "injected fault")
    assert isinstance(error, cfai.APIStatusError) and error.response.status_code == 429


def test_5xx_backs_off_and_4xx_is_not_retried(cfai: ModuleType, mock: MockServer) -> None:
    mock.inject(status=502, count=2)
    with client_for(cfai, mock.api_url) as client:
        client.run(KREA, ARGS)
        assert len(mock.requests) == 3
        mock.clear_requests()
        for status, error in [(400, cfai.BadRequestError), (401, cfai.AuthenticationError),
                              (403, cfai.PermissionDeniedError)]:
            mock.inject(status=status, count=1)
            with pytest.raises(error):
                client.run(KREA, ARGS)
    assert len(mock.requests) == 3


def test_cloudflare_rejection_carries_its_code_and_message(
    cfai: ModuleType, mock: MockServer
) -> None:
    from cfai.models.krea.krea_2_medium_turbo import Krea2MediumTurboInput

    # Built without validation, so that the server, not pydantic, rejects it.
    bad = Krea2MediumTurboInput.model_construct(prompt="x", aspect_ratio="1:1", resolution="8K")
    with client_for(cfai, mock.api_url) as client, pytest.raises(cfai.BadRequestError) as caught:
        client.run(KREA, bad)
    assert caught.value.code == 5006 and "resolution" in caught.value.message
    assert "5006" in str(caught.value)


def test_timeout_then_retry(cfai: ModuleType, mock: MockServer) -> None:
    mock.inject("slow", delay=1.0, count=1)
    with client_for(cfai, mock.api_url, timeout=0.3, max_retries=0) as client:
        with pytest.raises(cfai.APITimeoutError) as caught:
            client.run(KREA, ARGS)
        assert isinstance(caught.value, cfai.APIConnectionError)
        mock.inject("slow", delay=1.0, count=1)
        assert client.with_options(max_retries=1).run(KREA, ARGS).image


def test_truncated_answer_is_a_connection_error_and_retried(
    cfai: ModuleType, mock: MockServer
) -> None:
    mock.inject("truncate", count=1)
    with client_for(cfai, mock.api_url, max_retries=0) as client:
        with pytest.raises(cfai.APIConnectionError):
            client.run(KREA, ARGS)
        mock.inject("truncate", count=1)
        assert client.with_options(max_retries=1).run(KREA, ARGS).image


def test_unreachable_server(cfai: ModuleType) -> None:
    client = client_for(cfai, "http://127.0.0.1:9", max_retries=1)
    with client, pytest.raises(cfai.APIConnectionError):
        client.run(KREA, ARGS)


def test_answer_not_matching_the_output_model(cfai: ModuleType, mock: MockServer) -> None:
    mock.set_schema(KREA, "output", {"type": "object", "properties": {"other": {"type": "integer"}},
                                     "required": ["other"]})
    expected = pytest.raises(cfai.APIResponseValidationError, match="Krea2MediumTurboOutput")
    with client_for(cfai, mock.api_url) as client, expected as c:
        client.run(KREA, ARGS)
    assert isinstance(c.value.__cause__, pydantic.ValidationError)
    assert c.value.request_id and c.value.request_id.startswith("mock-")


def test_unknown_model_is_not_found(cfai: ModuleType, mock: MockServer) -> None:
    mock.remove_model(KREA)
    with client_for(cfai, mock.api_url) as client, pytest.raises(cfai.NotFoundError) as caught:
        client.run(KREA, ARGS)
    assert caught.value.code == 5007


# --- answers the mock does not give ----------------------------------------------------------------


JSON = {"Content-Type": "application/json"}


def test_failed_run_state_raises(cfai: ModuleType) -> None:
    failed = {"state": "Failed", "error": {"code": 3010, "message": "model exploded"}}
    answer = (200, {**JSON, "cf-ai-req-id": "req-42"}, json.dumps(failed).encode())
    expected = pytest.raises(cfai.RunFailedError)
    with CannedServer([answer]) as url, client_for(cfai, url) as client, expected as caught:
        client.run(KREA, ARGS)
    error = caught.value
    assert (error.code, error.message, error.request_id) == (3010, "model exploded", "req-42")
    assert "req-42" in str(error)


def test_bytes_output_is_returned_raw(cfai: ModuleType) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    canned = CannedServer([(200, {"Content-Type": "image/png"}, png)] * 2)
    with canned as url, client_for(cfai, url) as client:
        assert client.cf.lykon.dreamshaper_8_lcm(prompt="x", num_steps=4) == png
        assert client.run("@cf/lykon/dreamshaper-8-lcm", {"prompt": "y"}) == png
    # the keyword is num_steps, the wire name its alias
    assert [json.loads(b) for b in canned.bodies] == [{"prompt": "x", "num-steps": 4},
                                                      {"prompt": "y"}]


def test_bytes_model_json_error_still_raises(cfai: ModuleType) -> None:
    body = json.dumps({"success": False, "errors": [{"code": 7, "message": "nsfw"}]}).encode()
    expected = pytest.raises(cfai.RunFailedError, match="nsfw")
    with CannedServer([(200, JSON, body)]) as url, client_for(cfai, url) as client, expected:
        client.cf.lykon.dreamshaper_8_lcm(prompt="x")


def test_non_json_answer(cfai: ModuleType) -> None:
    canned = CannedServer([(200, {"Content-Type": "text/html"}, b"<html>")])
    expected = pytest.raises(cfai.APIResponseValidationError, match="not JSON")
    with canned as url, client_for(cfai, url) as client, expected:
        client.run(KREA, ARGS)


def test_retry_after_as_http_date(cfai: ModuleType) -> None:
    parse = cfai._base._parse_retry_after
    request = httpx.Request("POST", "http://x")

    def answer(value: str) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": value}, request=request)

    soon = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 5))
    assert 3 <= parse(answer(soon)) <= 5
    assert parse(answer("2.5")) == 2.5
    assert parse(answer("86400")) is None  # capped: the computed backoff is used instead
    assert parse(answer("soon-ish")) is None
    assert 0 < cfai._base._retry_delay(0, answer("86400")) <= 0.01


# --- secrets ----------------------------------------------------------------------------------------


def test_token_never_shown(
    cfai: ModuleType, mock: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    mock.inject(status=500, count=5)
    client = client_for(cfai, mock.api_url)
    with client, pytest.raises(cfai.InternalServerError) as caught:
        client.run(KREA, ARGS)
    assert "retrying" in caplog.text  # the retries were logged ...
    shown = [repr(client), str(caught.value), repr(caught.value), caplog.text,
             repr(client.with_options(max_retries=0))]
    assert not [text for text in shown if TOKEN in text]  # ... without the token
