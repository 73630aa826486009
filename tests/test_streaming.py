"""Streaming text generation and binary outputs, end to end: a package rendered by emit_models and
emit_client from corpus models, called over real HTTP on 127.0.0.1 (the mock Cloudflare API, and a
canned server for the event streams the mock does not send), and type-checked by mypy --strict.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.emit_client import accepts_stream, emit_client
from generator.emit_models import emit_models
from generator.mock import MOCK_BINARY, MockServer
from generator.naming import model_names
from generator.spec import ModelSpec

from .conftest import CORPUS, KREA, KREA_DIR, REFERENCE, CannedServer

PACKAGE = "cfai_streaming"  # not ``cfai``: other test modules import theirs in the same session
ACCOUNT = "acct-1"
TOKEN = "stream-token-never-shown"
CHAT = "@cf/meta/llama-3.1-8b-instruct"
AURA = "@cf/deepgram/aura-1"
TEXT = "Streams arrive in pieces, then [DONE]."
PROMPT = {"prompt": "tell me something"}


def _corpus_spec(name: str) -> ModelSpec:
    data = json.loads((CORPUS / "workers-ai" / name).read_text(encoding="utf-8"))
    model_id = data["name"]
    schema = data["schema"]
    return ModelSpec(model_names([model_id])[model_id], schema["input"], schema["output"])


def _krea_spec() -> ModelSpec:
    sides = [json.loads((KREA_DIR / f"schema-{s}.json").read_text()) for s in ("input", "output")]
    return ModelSpec(model_names([KREA])[KREA], *sides)


@pytest.fixture(scope="module")
def package_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("streaming")
    specs = [
        _corpus_spec("llama-3.1-8b-instruct.json"),
        _corpus_spec("aura-1.json"),
        _corpus_spec("moondream3.1-9B-A2B.json"),
        _krea_spec(),
    ]
    models = [(spec, emit_models(spec)) for spec in specs]
    files = emit_client(models, package=PACKAGE)
    for spec, emitted in models:
        files[PurePosixPath(PACKAGE, "models") / spec.names.module_path] = emitted.source
    for path, text in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def cfai(package_root: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(package_root))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(package_root))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer(catalog_dir=CORPUS / "workers-ai", schemas_dir=REFERENCE) as mock:
        # the corpus gives no example answer for this model: the mock streams this text instead
        mock.state.models[CHAT].example_output = {"response": TEXT}
        yield mock


@pytest.fixture
def mock(server: MockServer, cfai: ModuleType, monkeypatch: pytest.MonkeyPatch) -> MockServer:
    monkeypatch.setattr(cfai._base, "INITIAL_RETRY_DELAY", 0.01)
    with server.state.lock:
        server.state.faults.clear()
    server.clear_requests()
    return server


def client_for(cfai: ModuleType, url: str, **options: Any) -> Any:
    return cfai.Client(account_id=ACCOUNT, api_token=TOKEN, base_url=url, **options)


def async_client_for(cfai: ModuleType, url: str, **options: Any) -> Any:
    return cfai.AsyncClient(account_id=ACCOUNT, api_token=TOKEN, base_url=url, **options)


# --- which models stream --------------------------------------------------------------------------


def test_streaming_models_are_the_ones_whose_input_takes_a_boolean_stream() -> None:
    chat = _corpus_spec("llama-3.1-8b-instruct.json")
    assert accepts_stream(chat.input_schema)  # in the branches of a top-level oneOf
    assert not accepts_stream(_corpus_spec("aura-1.json").input_schema)
    assert not accepts_stream(_krea_spec().input_schema)
    nested = {"oneOf": [{"oneOf": [{"$ref": "#/$defs/chat"}]}],
              "$defs": {"chat": {"properties": {"stream": {"type": ["boolean", "null"]}}}}}
    assert accepts_stream(nested)
    assert not accepts_stream({"properties": {"stream": {"type": "string"}}})
    looping = {"$defs": {"a": {"anyOf": [{"$ref": "#/$defs/a"}] * 500}}, "$ref": "#/$defs/a"}
    assert not accepts_stream(looping)  # each subschema is looked at once


def test_only_streaming_models_get_the_stream_overloads(package_root: Path) -> None:
    namespaces = package_root / PACKAGE / "_namespaces"
    chat = (namespaces / "cf" / "meta" / "__init__.py").read_text()
    assert chat.count("@overload") == 4  # sync and async, stream=True and otherwise
    assert "stream: Literal[True],\n    ) -> Stream[StreamChunk]: ..." in chat
    assert "stream: Literal[True],\n    ) -> AsyncStream[StreamChunk]: ..." in chat
    for plain in (namespaces / "cf" / "deepgram", namespaces / "krea"):
        source = (plain / "__init__.py").read_text()
        assert "@overload" not in source and "stream" not in source.lower()
    client = (package_root / PACKAGE / "_client.py").read_text()
    assert client.count("@overload") == 12  # (2 llama + 2 moondream + 1 aura + 1 krea) per client
    assert '_STREAMING: frozenset[str] = frozenset(\n    {\n        "@cf/meta/llama-3.1-8b-instruct",' in client


def test_rendered_package_passes_ruff(package_root: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=package_root,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


# --- streaming over HTTP ----------------------------------------------------------------------------


def test_sync_stream_yields_typed_chunks_until_done(cfai: ModuleType, mock: MockServer) -> None:
    with client_for(cfai, mock.api_url) as client:
        stream = client.cf.meta.llama_3_1_8b_instruct(PROMPT, stream=True)
        assert isinstance(stream, cfai.Stream)
        with stream:
            chunks = list(stream)
        assert stream.response.is_closed
        assert stream.request_id and stream.request_id.startswith("mock-")
    assert len(chunks) > 1 and all(type(c) is cfai.StreamChunk for c in chunks)
    assert "".join(c.response for c in chunks) == TEXT
    [request] = mock.requests
    assert request.path == f"/client/v4/accounts/{ACCOUNT}/ai/run/{CHAT}"
    assert request.json() == {**PROMPT, "stream": True}
    assert request.headers["Accept"] == "text/event-stream"


def test_run_streams_the_input_model_and_closes_when_exhausted(
    cfai: ModuleType, mock: MockServer
) -> None:
    module = importlib.import_module(f"{PACKAGE}.models.cf.meta.llama_3_1_8b_instruct")
    given = module.Llama318bInstructInput.model_validate(
        {"messages": [{"role": "user", "content": "hi"}]}
    )
    with client_for(cfai, mock.api_url) as client:
        stream = client.run(CHAT, given, stream=True)
        text = "".join(chunk.response for chunk in stream)  # no context manager: [DONE] closes it
        assert stream.response.is_closed
        assert list(stream) == []  # iterated once
    assert text == TEXT
    assert mock.requests[0].json() == {"messages": [{"role": "user", "content": "hi"}],
                                       "stream": True}


async def test_async_stream(cfai: ModuleType, mock: MockServer) -> None:
    async with async_client_for(cfai, mock.api_url) as client:
        stream = await client.cf.meta.llama_3_1_8b_instruct(PROMPT, stream=True)
        assert isinstance(stream, cfai.AsyncStream)
        async with stream:
            pieces = [chunk.response async for chunk in stream]
        assert stream.response.is_closed
        via_run = await client.run(CHAT, PROMPT, stream=True)
        first = await anext(via_run)
        await via_run.close()  # stopped early: the connection is released
        assert via_run.response.is_closed
        whole = await client.cf.meta.llama_3_1_8b_instruct(PROMPT)
    assert "".join(pieces) == TEXT
    assert first.response == TEXT[:4]
    assert whole.response == TEXT
    assert [r.json().get("stream") for r in mock.requests] == [True, True, None]


def test_leaving_the_context_early_closes_the_response(cfai: ModuleType, mock: MockServer) -> None:
    with client_for(cfai, mock.api_url) as client:
        with client.cf.meta.llama_3_1_8b_instruct(PROMPT, stream=True) as stream:
            first = next(stream)
        assert stream.response.is_closed
        assert list(stream) == []
    assert first.response == TEXT[:4]


def test_non_streaming_calls_are_unchanged(cfai: ModuleType, mock: MockServer) -> None:
    with client_for(cfai, mock.api_url) as client:
        out = client.cf.meta.llama_3_1_8b_instruct(PROMPT)
        off = client.run(CHAT, PROMPT, stream=False)
        with pytest.raises(ValueError, match="stream=True"):  # the input asks, the call does not
            client.cf.meta.llama_3_1_8b_instruct({**PROMPT, "stream": True})
        with pytest.raises(ValueError, match="does not stream"):
            client.run(AURA, {"text": "hi"}, stream=True)
    assert type(out).__name__ == "Llama318bInstructOutput" and out.response == TEXT
    assert off.response == TEXT
    assert [r.json() for r in mock.requests] == [PROMPT, {**PROMPT, "stream": False}]
    assert mock.requests[0].headers["Accept"] == "application/json"


def test_retries_happen_before_the_stream_and_errors_raise_at_the_call(
    cfai: ModuleType, mock: MockServer
) -> None:
    mock.inject(status=503, retry_after=0, count=1, path_contains="llama")
    with client_for(cfai, mock.api_url) as client:
        with client.cf.meta.llama_3_1_8b_instruct(PROMPT, stream=True) as stream:
            assert "".join(c.response for c in stream) == TEXT
        assert len(mock.requests) == 2
        mock.inject(status=400, path_contains="llama")
        with pytest.raises(cfai.BadRequestError, match="injected fault"):
            client.cf.meta.llama_3_1_8b_instruct(PROMPT, stream=True)  # nothing iterated yet


# --- event streams the mock does not send -------------------------------------------------------------


def event_server(
    body: bytes, content_type: str = "text/event-stream", claimed_length: int | None = None
) -> CannedServer:
    """One canned answer to a stream request (``Content-Length`` may claim more: a cut answer)."""
    length = str(claimed_length or len(body))
    return CannedServer([(200, {"Content-Type": content_type, "Content-Length": length}, body)])


def _collect(cfai: ModuleType, url: str) -> tuple[list[Any], Any]:
    with client_for(cfai, url, max_retries=0) as client:
        stream = client.cf.meta.llama_3_1_8b_instruct(PROMPT, stream=True)
        chunks: list[Any] = []
        try:
            for chunk in stream:
                chunks.append(chunk)
        finally:
            assert stream.response.is_closed
        return chunks, stream


def test_comments_keep_alives_and_multi_line_data(cfai: ModuleType) -> None:
    body = (
        b": keep-alive\n\n"
        b"event: message\r\nid: 1\r\ndata: {\"response\":\r\ndata:  \"a\\nb\", \"p\": 1}\r\n\r\n"
        b"retry: 10\n\n"
        b"data: {\"response\": null, \"usage\": {\"total_tokens\": 3}}\n\n"
        b"data: [DONE]"  # no final blank line: still the end
    )
    with event_server(body) as url:
        chunks, _ = _collect(cfai, url)
    assert [c.response for c in chunks] == ["a\nb", None]
    assert chunks[0].model_extra == {"p": 1}
    assert chunks[1].usage == {"total_tokens": 3}  # kept, though no schema describes it


def test_event_error_raises_run_failed(cfai: ModuleType) -> None:
    body = b'data: {"response": "x"}\n\nevent: error\ndata: {"error": {"code": 3040, "message": "capacity"}}\n\n'
    with event_server(body) as url, pytest.raises(cfai.RunFailedError, match="capacity") as caught:
        _collect(cfai, url)
    assert caught.value.code == 3040


@pytest.mark.parametrize("claimed", [None, 4096], ids=["ended-cleanly", "connection-cut"])
def test_a_stream_cut_before_done_raises(cfai: ModuleType, claimed: int | None) -> None:
    body = b'data: {"response": "half"}\n\ndata: {"response": "an ans'
    expected = pytest.raises(cfai.APIConnectionError, match=r"\[DONE\]")
    with event_server(body, claimed_length=claimed) as url, expected:
        _collect(cfai, url)


async def test_async_stream_cut_raises_and_closes(cfai: ModuleType) -> None:
    with event_server(b'data: {"response": "half"}\n\n', claimed_length=999) as url:
        async with async_client_for(cfai, url, max_retries=0) as client:
            stream = await client.run(CHAT, PROMPT, stream=True)
            with pytest.raises(cfai.APIConnectionError):
                async for _ in stream:
                    pass
            assert stream.response.is_closed


def test_a_chunk_that_is_not_an_object_raises(cfai: ModuleType) -> None:
    expected = pytest.raises(cfai.APIResponseValidationError, match="StreamChunk")
    with event_server(b"data: [1, 2]\n\ndata: [DONE]\n\n") as url, expected:
        _collect(cfai, url)


def test_a_json_answer_to_a_stream_request_is_one_chunk(cfai: ModuleType) -> None:
    body = json.dumps({"result": {"response": "all at once"}, "success": True}).encode()
    with event_server(body, content_type="application/json") as url:
        chunks, _ = _collect(cfai, url)
    assert [c.response for c in chunks] == ["all at once"]


# --- binary outputs ------------------------------------------------------------------------------------


def test_binary_output_is_the_raw_bytes_with_its_content_type(
    cfai: ModuleType, mock: MockServer
) -> None:
    content_types: list[str] = []

    def record(response: httpx.Response) -> None:
        content_types.append(response.headers["content-type"])

    http = httpx.Client(event_hooks={"response": [record]})
    with http, client_for(cfai, mock.api_url, http_client=http) as client:
        audio = client.cf.deepgram.aura_1(text="hello", speaker="luna")
        again = client.run(AURA, {"text": "again"})
    assert audio == again == MOCK_BINARY and type(audio) is bytes
    assert content_types == ["audio/mpeg", "audio/mpeg"]  # the schema's contentType
    assert [r.path for r in mock.requests] == [f"/client/v4/accounts/{ACCOUNT}/ai/run/{AURA}"] * 2
    assert mock.requests[0].json() == {"text": "hello", "speaker": "luna"}


@pytest.mark.parametrize(
    ("fault", "error"),
    [({"status": 400}, "BadRequestError"), ({"status": 404}, "NotFoundError"),
     ({"kind": "run_failed", "status": 3030}, "RunFailedError")],
    ids=["400", "404", "run-failed"],
)
async def test_binary_route_error_json_raises_its_class(
    cfai: ModuleType, mock: MockServer, fault: dict[str, Any], error: str
) -> None:
    mock.inject(**fault, path_contains="aura-1")
    async with async_client_for(cfai, mock.api_url, max_retries=0) as client:
        with pytest.raises(getattr(cfai, error)) as caught:
            await client.cf.deepgram.aura_1(text="hello")
    assert caught.value.code == fault["status"]


# --- typing ----------------------------------------------------------------------------------------------

USER_SCRIPT = """\
from collections.abc import AsyncIterator, Iterator
from typing import Final

from {package} import AsyncClient, Client, StreamChunk
from {package}.models.cf.meta.llama_3_1_8b_instruct import Llama318bInstructOutput

CHAT: Final = "@cf/meta/llama-3.1-8b-instruct"


def chunks(client: Client) -> Iterator[StreamChunk]:
    return client.cf.meta.llama_3_1_8b_instruct({{"prompt": "p"}}, stream=True)


def whole(client: Client) -> Llama318bInstructOutput:
    return client.cf.meta.llama_3_1_8b_instruct({{"prompt": "p"}}, stream=False)


def by_id(client: Client) -> tuple[Iterator[StreamChunk], Llama318bInstructOutput, bytes]:
    audio = client.run("@cf/deepgram/aura-1", {{"text": "t"}})
    return client.run(CHAT, {{"prompt": "p"}}, stream=True), client.run(CHAT, {{"prompt": "p"}}), audio


async def texts(client: AsyncClient) -> list[str | None]:
    stream: AsyncIterator[StreamChunk] = await client.cf.meta.llama_3_1_8b_instruct(
        {{"prompt": "p"}}, stream=True
    )
    return [chunk.response async for chunk in stream]


reveal_type(Client().cf.meta.llama_3_1_8b_instruct({{"prompt": "p"}}, stream=True))
reveal_type(Client().cf.meta.llama_3_1_8b_instruct({{"prompt": "p"}}))
wrong: Llama318bInstructOutput = Client().cf.meta.llama_3_1_8b_instruct({{"prompt": "p"}}, stream=True)
no_stream = Client().cf.deepgram.aura_1(text="t", stream=True)
"""


def test_mypy_knows_the_return_type_from_stream(package_root: Path, tmp_path: Path) -> None:
    script = tmp_path / "user_script.py"
    script.write_text(USER_SCRIPT.format(package=PACKAGE))
    env = {**os.environ, "MYPYPATH": str(package_root)}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull,
         str(script)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300,
    )
    source_lines = script.read_text().splitlines()
    first = next(i for i, line in enumerate(source_lines, 1) if line.startswith("reveal_type"))
    stream_type = f"{PACKAGE}._base.Stream[{PACKAGE}._base.StreamChunk]"
    output_type = f"{PACKAGE}.models.cf.meta.llama_3_1_8b_instruct.Llama318bInstructOutput"
    assert f'user_script.py:{first}: note: Revealed type is "{stream_type}"' in result.stdout
    assert f'user_script.py:{first + 1}: note: Revealed type is "{output_type}"' in result.stdout
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    # the two deliberate mistakes, and nothing else: not in the script, not in the package
    assert [e.split(":")[1] for e in errors] == [str(first + 2), str(first + 3)], result.stdout
    assert "Stream[StreamChunk]" in errors[0] and "Llama318bInstructOutput" in errors[0]
    assert '"stream"' in errors[1]


# --- a model whose stream defaults to true ---------------------------------------------------------

MOONDREAM = "@cf/moondream/moondream3.1-9B-A2B"
IMAGE = "https://example.com/cat.png"


def test_default_streaming_model_is_asked_for_the_whole_answer(cfai: ModuleType, server: MockServer) -> None:
    """moondream's `stream` defaults to true: a call without stream=True still gets its output
    model, because the client asks for the whole answer (the one field it sends unasked)."""
    server.clear_requests()
    with client_for(cfai, server.api_url) as client:
        out = client.cf.moondream.moondream3_1_9b_a2b(image=IMAGE, question="what is it?")
        chunks = list(client.cf.moondream.moondream3_1_9b_a2b(image=IMAGE, question="what?", stream=True))
        explicit = client.cf.moondream.moondream3_1_9b_a2b(image=IMAGE, question="?", stream=False)
    assert type(out).__name__.endswith("Output") and type(explicit) is type(out)
    assert chunks and all(type(c).__name__ == "StreamChunk" for c in chunks)
    bodies = [r.json() for r in server.requests]
    assert [b.get("stream") for b in bodies] == [False, True, False]
    assert bodies[0] == {"image": IMAGE, "question": "what is it?", "stream": False}
