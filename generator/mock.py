"""A stand-in of Cloudflare's API on loopback, served from a snapshot folder or corpus files.

It serves what cfgen and the generated client talk to:

- ``GET /ai/models/{model_id}/schema-input.json`` and ``schema-output.json`` (the docs site);
- ``GET /client/v4/accounts/{account}/ai/models/schema?model=...`` (the API, in its envelope);
- ``GET /client/v4/accounts/{account}/ai/models/search?page=&per_page=`` (the catalog, paged);
- ``POST /client/v4/accounts/{account}/ai/run`` with ``{"model", "input"}`` (the unified route) and
  ``POST /client/v4/accounts/{account}/ai/run/{model_id}`` (the per-model route): a Bearer token is
  required, ``input`` is validated against the model's input schema (formats checked), and the
  answer holds an instance valid against the output schema.

Tests drive it in-process (:class:`MockServer`) or over HTTP with the control endpoints below
``/__mock__/`` (so a ``cfgen mock`` subprocess can be driven too):

- ``POST /__mock__/faults`` ``{"kind": "status"|"slow"|"truncate"|"garbled"|"run_failed", "status": 429,
  "retry_after": 1, "delay": 2.0, "count": 1, "path_contains": "..."}``: the next ``count``
  matching requests fail so;
- ``PUT /__mock__/schemas/{model_id}/{input|output}`` (raw body, served as is: invalid JSON too),
  ``DELETE /__mock__/models/{model_id}``: swap or remove what the mock serves;
- ``GET /__mock__/requests`` (what it received), ``POST /__mock__/reset`` (faults and log cleared).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import jsonschema

from .errors import CfgenError
from .sources import read_catalog_dir

_DOCS_ROUTE = re.compile(
    r"^/ai/models/(?P<model>.+)/(?P<file>schema-input|schema-output|sync-input|streaming-input|batch-input)\.json$"
)
_API_PREFIX = re.compile(r"^/client/v4/accounts/(?P<account>[^/]+)/ai/")
CONTROL_PREFIX = "/__mock__/"


@dataclass
class MockModel:
    """What the mock serves for one model: raw schema bytes (possibly invalid) and metadata."""

    input: bytes
    output: bytes
    task: str | None = None
    example_output: Any = None
    #: docs files published instead of ``schema-input.json`` (inputs split into variants)
    variants: dict[str, bytes] | None = None
    #: False for catalog entries that publish no schema at all
    has_schema: bool = True

    def docs_file(self, name: str) -> bytes | None:
        """The bytes the docs site publishes under ``name``, or None (404)."""
        if not self.has_schema:
            return None
        if name == "schema-output.json":
            return self.output
        if self.variants is not None:
            return self.variants.get(name)
        return self.input if name == "schema-input.json" else None


@dataclass
class Fault:
    """An injected failure for the next ``count`` requests whose path contains ``path_contains``."""

    kind: str = "status"
    status: int = 500
    retry_after: float | None = None
    delay: float = 0.0
    count: int = 1
    path_contains: str | None = None


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    #: ``host:port`` of the client's end of the connection: one per connection (keep-alive)
    client: str = ""

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


def _dump(document: Any) -> bytes:
    return (json.dumps(document, indent=2) + "\n").encode()


def load_snapshot_dir(root: Path) -> dict[str, MockModel]:
    """Models of a snapshot-shaped folder: every ``<model_id>/schema-input.json`` below ``root``."""
    models: dict[str, MockModel] = {}
    for input_file in sorted(root.rglob("schema-input.json")):
        folder = input_file.parent
        output_file = folder / "schema-output.json"
        if not output_file.exists():
            continue
        model_id = folder.relative_to(root).as_posix()
        models[model_id] = MockModel(input=input_file.read_bytes(), output=output_file.read_bytes())
    return models


_BATCH_TITLE = re.compile(r"async|batch", re.IGNORECASE)


def split_variants(schema: Any) -> dict[str, bytes] | None:
    """How the docs site publishes a top-level oneOf/anyOf input: sync, streaming, batch files.

    Branches titled like "Async Batch" (or holding only ``requests``) go to ``batch-input.json``,
    the rest to ``sync-input.json``, and to ``streaming-input.json`` too when they can stream.
    None when the input is a single schema (published as ``schema-input.json``).
    """
    if not isinstance(schema, dict):
        return None
    found = [k for k in ("oneOf", "anyOf") if isinstance(schema.get(k), list)]
    if len(found) != 1:
        return None
    key = found[0]
    envelope = {k: v for k, v in schema.items() if k != key}

    def is_batch(branch: Any) -> bool:
        if not isinstance(branch, dict):
            return False
        props = branch.get("properties")
        only_requests = isinstance(props, dict) and list(props) == ["requests"]
        return bool(_BATCH_TITLE.search(str(branch.get("title", "")))) or only_requests

    batch = [b for b in schema[key] if is_batch(b)]
    sync = [b for b in schema[key] if not is_batch(b)]
    files: dict[str, bytes] = {}
    if sync:
        files["sync-input.json"] = _dump({**envelope, key: sync})
        if any(isinstance(b, dict) and "stream" in (b.get("properties") or {}) for b in sync):
            files["streaming-input.json"] = files["sync-input.json"]
    if batch:
        files["batch-input.json"] = _dump({**envelope, key: batch})
    return files


def load_corpus_dir(root: Path) -> dict[str, MockModel]:
    """Models of corpus-shaped catalog files, published as the docs site publishes them."""
    models: dict[str, MockModel] = {}
    for entry in read_catalog_dir(root):
        data = entry.document or {}
        schema = data.get("schema")
        schema = schema if isinstance(schema, dict) else {}
        example = None
        examples = data.get("examples")
        if isinstance(examples, list) and examples and isinstance(examples[0], dict):
            example = examples[0].get("output")
        models[entry.model_id] = MockModel(
            input=_dump(schema.get("input", {})),
            output=_dump(schema.get("output", {})),
            task=entry.task,
            example_output=example,
            variants=split_variants(schema.get("input")),
            has_schema=bool(schema),
        )
    return models


def example_instance(schema: Any, root: Any | None = None, depth: int = 0, full: bool = False) -> Any:
    """A small, deterministic instance meant to be valid against ``schema`` (best effort).

    Objects get their required properties, or all of them with ``full`` (which tells apart
    ``oneOf`` branches that differ only in optional properties).
    """
    root = schema if root is None else root
    if depth > 32 or not isinstance(schema, dict):
        return None
    if "$ref" in schema and isinstance(schema["$ref"], str) and schema["$ref"].startswith("#"):
        target: Any = root
        for part in schema["$ref"].lstrip("#").split("/"):
            if part:
                target = target.get(unquote(part).replace("~1", "/").replace("~0", "~"), {})
        return example_instance(target, root, depth + 1)
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]
    for key in ("anyOf", "oneOf", "allOf"):
        if isinstance(schema.get(key), list) and schema[key]:
            branches = [b for b in schema[key] if isinstance(b, dict) and b.get("type") != "null"]
            candidates = [
                example_instance(b, root, depth + 1, full)
                for full in (False, True)
                for b in branches or schema[key]
            ]
            checked = {**schema, "$defs": root.get("$defs", {}), "definitions": root.get("definitions", {})}
            for candidate in candidates:
                if _is_valid(candidate, checked):
                    return candidate
            return candidates[0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    if kind == "object":
        props = schema.get("properties") or {}
        names = list(props) if full else schema.get("required", [])
        return {
            name: example_instance(props.get(name, {}), root, depth + 1)
            for name in names
            if isinstance(name, str)
        }
    if kind == "array":
        prefix = schema.get("prefixItems") or []
        items = [example_instance(s, root, depth + 1) for s in prefix]
        while len(items) < int(schema.get("minItems", 0)):
            items.append(example_instance(schema.get("items", {}), root, depth + 1))
        return items
    if kind in ("number", "integer"):
        low = schema.get("minimum", schema.get("exclusiveMinimum"))
        high = schema.get("maximum", schema.get("exclusiveMaximum"))
        value: float = 0
        if isinstance(low, int | float) and not isinstance(low, bool) and value <= low:
            value = low + (1 if "exclusiveMinimum" in schema and "minimum" not in schema else 0)
        if isinstance(high, int | float) and not isinstance(high, bool) and value >= high:
            value = high - (1 if "exclusiveMaximum" in schema and "maximum" not in schema else 0)
        return int(value) if kind == "integer" else value
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    formats = {
        "uri": "https://example.com/result",
        "url": "https://example.com/result",
        "uuid": "00000000-0000-4000-8000-000000000000",
        "date-time": "2026-01-01T00:00:00Z",
        "date": "2026-01-01",
        "email": "user@example.com",
    }
    text = formats.get(str(schema.get("format")), "example")
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and pattern.startswith("^data:"):
        text = "data:application/octet-stream;base64,AAAA"
    min_length = schema.get("minLength")
    if isinstance(min_length, int) and len(text) < min_length:
        text = text + "x" * (min_length - len(text))
    return text


MOCK_BINARY = b"\x00mock-binary\xff"


def _is_binary(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "string" and schema.get("format") == "binary"


def _is_valid(instance: Any, schema: dict[str, Any]) -> bool:
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    try:
        return bool(cls(schema, format_checker=cls.FORMAT_CHECKER).is_valid(instance))
    except (jsonschema.exceptions.SchemaError, jsonschema.exceptions.RefResolutionError, LookupError):
        return True  # not ours to judge here: the caller validates against the whole schema


class MockState:
    """Everything the mock serves and has seen; thread-safe."""

    def __init__(self, models: dict[str, MockModel]) -> None:
        self.models = models
        self.faults: list[Fault] = []
        self.requests: list[RecordedRequest] = []
        self.lock = threading.Lock()

    def take_fault(self, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.count > 0 and (fault.path_contains is None or fault.path_contains in path):
                    fault.count -= 1
                    return fault
            self.faults = [f for f in self.faults if f.count > 0]
        return None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out as separate writes: with Nagle on, each keep-alive answer would wait
    # for the client's delayed ACK (~5 ms an answer measured here).
    disable_nagle_algorithm = True
    server: _MockHTTPServer

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read .requests instead
        pass

    # -- plumbing ---------------------------------------------------------------------------
    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, document: Any, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(document).encode(), headers)

    def _cf_error(self, status: int, code: int, message: str) -> None:
        self._json(status, {"success": False, "errors": [{"code": code, "message": message}]})

    def _handle(self) -> None:
        state = self.server.state
        body = self._body()
        url = urlsplit(self.path)
        if url.path.startswith(CONTROL_PREFIX):
            self._control(url.path[len(CONTROL_PREFIX) :], body)
            return
        with state.lock:
            host, port = self.client_address[:2]
            client = f"{host}:{port}"
            state.requests.append(
                RecordedRequest(self.command, self.path, dict(self.headers.items()), body, client)
            )
        fault = state.take_fault(url.path)
        if fault is not None:
            if fault.kind == "slow":
                time.sleep(fault.delay)
            elif fault.kind == "run_failed":  # the run was accepted but failed upstream
                error = {"code": fault.status, "message": "injected run failure"}
                self._json(200, {"state": "Failed", "error": error})
                return
            elif fault.kind == "truncate":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "4096")
                self.end_headers()
                self.wfile.write(b'{"truncated": ')
                self.close_connection = True
                return
            elif fault.kind == "garbled":  # says gzip, is not
                body = b"this is not gzip"
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            else:
                headers = {}
                if fault.retry_after is not None:
                    headers["Retry-After"] = f"{fault.retry_after:g}"
                self._json(
                    fault.status,
                    {
                        "success": False,
                        "errors": [{"code": fault.status, "message": "injected fault"}],
                    },
                    headers,
                )
                return
        self._route(url.path, parse_qs(url.query), body)

    do_GET = do_POST = do_PUT = do_DELETE = _handle

    # -- the Cloudflare routes ---------------------------------------------------------------
    def _route(self, path: str, query: dict[str, list[str]], body: bytes) -> None:
        state = self.server.state
        docs = _DOCS_ROUTE.match(path)
        if docs and self.command == "GET":
            model = state.models.get(docs["model"])
            data = model.docs_file(docs["file"] + ".json") if model is not None else None
            if data is None:
                self._send(404, b'{"error": "not found"}')
                return
            etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
            if self.headers.get("If-None-Match") == etag:
                self._send(304, b"", {"ETag": etag})
                return
            self._send(200, data, {"ETag": etag, "Cache-Control": "public, max-age=300"})
            return
        api = _API_PREFIX.match(path)
        if not api:
            self._cf_error(404, 7000, f"No route for that URI: {path}")
            return
        auth = self.headers.get("Authorization", "")
        if not auth.startswith("Bearer ") or not auth[len("Bearer ") :].strip():
            self._cf_error(401, 10000, "Authentication error")
            return
        rest = path[api.end() :]
        if rest == "models/schema" and self.command == "GET":
            self._schema_api(query.get("model", [""])[0])
        elif rest == "models/search" and self.command == "GET":
            self._search(query)
        elif rest == "run" and self.command == "POST":
            self._run(body, unified=True)
        elif rest.startswith("run/") and self.command == "POST":
            self._run(body, unified=False, model_id=unquote(rest[len("run/") :]))
        else:
            self._cf_error(404, 7000, f"No route for that URI: {path}")

    def _schema_api(self, model_id: str) -> None:
        model = self.server.state.models.get(model_id)
        if model is None or not model.has_schema:
            self._cf_error(404, 5007, f"No such model {model_id}, or it publishes no schema")
            return
        try:
            result = {"input": json.loads(model.input), "output": json.loads(model.output)}
        except json.JSONDecodeError:
            raw = b'{"result": {"input": ' + model.input + b', "output": ' + model.output + b"}}"
            self._send(200, raw)
            return
        self._json(200, {"result": result, "success": True, "errors": [], "messages": []})

    def _search(self, query: dict[str, list[str]]) -> None:
        models = self.server.state.models
        page = max(1, int(query.get("page", ["1"])[0] or 1))
        per_page = max(1, min(100, int(query.get("per_page", ["50"])[0] or 50)))
        ids = sorted(models)
        chunk = ids[(page - 1) * per_page : page * per_page]
        result = [
            {
                "name": m,
                "task": {"name": models[m].task or ""},
                "source": 1 if m.startswith("@") else 2,
            }
            for m in chunk
        ]
        info = {"page": page, "per_page": per_page, "count": len(chunk), "total_count": len(ids)}
        self._json(200, {"result": result, "result_info": info, "success": True, "errors": []})

    def _run(self, body: bytes, *, unified: bool, model_id: str | None = None) -> None:
        try:
            payload = json.loads(body or b"null")
        except json.JSONDecodeError:
            self._cf_error(400, 5006, "Error: request body is not valid JSON")
            return
        if unified:
            if not isinstance(payload, dict) or not isinstance(payload.get("model"), str):
                self._cf_error(400, 5006, 'Error: body must be {"model": ..., "input": {...}}')
                return
            model_id, instance = payload["model"], payload.get("input")
        else:
            instance = payload
        assert model_id is not None
        model = self.server.state.models.get(model_id)
        if model is None:
            self._cf_error(404, 5007, f"No such model {model_id} or task")
            return
        input_schema = json.loads(model.input)
        output_schema = json.loads(model.output)
        validator_cls = jsonschema.validators.validator_for(
            input_schema, default=jsonschema.Draft202012Validator
        )
        validator = validator_cls(input_schema, format_checker=validator_cls.FORMAT_CHECKER)
        error = jsonschema.exceptions.best_match(validator.iter_errors(instance))
        if error is not None:
            where = "/" + "/".join(str(p) for p in error.absolute_path) if error.absolute_path else "(root)"
            self._cf_error(400, 5006, f"Error: {where}: {error.message}")
            return
        request_id = {"cf-ai-req-id": "mock-" + hashlib.sha256(body).hexdigest()[:16]}
        if _is_binary(output_schema):  # audio, images: the raw bytes, typed by contentType
            content_type = str(output_schema.get("contentType") or "application/octet-stream")
            self._send_raw(200, MOCK_BINARY, content_type, request_id)
            return
        if isinstance(instance, dict) and instance.get("stream") is True:
            self._stream(self._example_output(model, output_schema), request_id)
            return
        result = self._example_output(model, output_schema)
        if unified:
            self._json(
                200,
                {
                    "state": "Completed",
                    "result": result,
                    "gatewayMetadata": {"keySource": "Unified"},
                },
                request_id,
            )
        else:
            self._json(200, {"result": result, "success": True, "errors": [], "messages": []})

    def _send_raw(self, status: int, body: bytes, content_type: str, headers: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _stream(self, result: Any, headers: dict[str, str]) -> None:
        """Server-sent events: the result's text in a few ``{"response": ...}`` chunks, then [DONE]."""
        text = result.get("response") if isinstance(result, dict) else None
        if isinstance(text, str) and text:
            pieces = [text[i : i + 4] for i in range(0, len(text), 4)]
            chunks = [{"response": piece} for piece in pieces]
        else:
            chunks = [result]
        events = b"".join(b"data: " + json.dumps(c).encode() + b"\n\n" for c in chunks)
        self._send_raw(200, events + b"data: [DONE]\n\n", "text/event-stream", headers)

    @staticmethod
    def _example_output(model: MockModel, schema: Any) -> Any:
        validator_cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
        validator = validator_cls(schema, format_checker=validator_cls.FORMAT_CHECKER)
        for candidate in (model.example_output, example_instance(schema)):
            if candidate is not None and validator.is_valid(candidate):
                return candidate
        return example_instance(schema)

    # -- control ----------------------------------------------------------------------------
    def _control(self, rest: str, body: bytes) -> None:
        state = self.server.state
        if rest == "faults" and self.command == "POST":
            spec = json.loads(body or b"{}")
            state.faults.append(Fault(**spec))
            self._json(200, {"ok": True})
        elif rest == "requests" and self.command == "GET":
            with state.lock:
                log = [{"method": r.method, "path": r.path, "client": r.client} for r in state.requests]
            self._json(200, log)
        elif rest == "reset" and self.command == "POST":
            with state.lock:
                state.faults.clear()
                state.requests.clear()
            self._json(200, {"ok": True})
        elif rest.startswith("schemas/") and self.command == "PUT":
            model_id, _, side = rest[len("schemas/") :].rpartition("/")
            model = state.models.setdefault(unquote(model_id), MockModel(b"{}", b"{}"))
            model.has_schema = True
            if side == "output":
                model.output = body
            else:
                model.input, model.variants = body, None
            self._json(200, {"ok": True})
        elif rest.startswith("models/") and self.command == "DELETE":
            state.models.pop(unquote(rest[len("models/") :]), None)
            self._json(200, {"ok": True})
        else:
            self._json(404, {"error": f"unknown control endpoint {rest}"})


class _MockHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default backlog of 5 drops the SYNs of a client opening more connections at
    # once (cfgen fetch opens `concurrency` of them): each drop costs the client a 1 s retransmit
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], state: MockState) -> None:
        self.state = state
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (timeout tests) leaves a broken pipe: not the mock's error to print.
        logging.getLogger("cfgen.mock").debug("request from %s failed", client_address, exc_info=True)


@dataclass
class MockServer:
    """The mock, in a background thread: ``with MockServer(schemas_dir=...) as server: server.url``."""

    schemas_dir: Path | None = None
    catalog_dir: Path | None = None
    host: str = "127.0.0.1"
    port: int = 0
    _server: _MockHTTPServer | None = field(default=None, init=False, repr=False)
    _thread: threading.Thread | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        models: dict[str, MockModel] = {}
        if self.catalog_dir is not None:
            models.update(load_corpus_dir(self.catalog_dir))
        if self.schemas_dir is not None:
            models.update(load_snapshot_dir(self.schemas_dir))
        self.state = MockState(models)

    def start(self) -> MockServer:
        try:
            self._server = _MockHTTPServer((self.host, self.port), self.state)
        except OSError as exc:
            raise CfgenError(
                f"cannot listen on {self.host}:{self.port} ({exc.strerror}): pick another --port"
            ) from None
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="cfgen-mock", daemon=True
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (``cfgen mock``)."""
        self._server = _MockHTTPServer((self.host, self.port), self.state)
        try:
            self._server.serve_forever()
        finally:
            self._server.server_close()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None, "start the mock first"
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def api_url(self) -> str:
        return self.url + "/client/v4"

    # -- driving it from tests -----------------------------------------------------------------
    def inject(
        self,
        kind: str = "status",
        *,
        status: int = 500,
        retry_after: float | None = None,
        delay: float = 0.0,
        count: int = 1,
        path_contains: str | None = None,
    ) -> None:
        """Make the next ``count`` matching requests fail: an HTTP status, a delay, a cut body, or
        (``run_failed``) a 200 answer ``{"state": "Failed", "error": {"code": status}}``."""
        with self.state.lock:
            self.state.faults.append(Fault(kind, status, retry_after, delay, count, path_contains))

    def set_schema(self, model_id: str, side: str, schema: Any) -> None:
        """Serve ``schema`` (a JSON value, or raw bytes served as is) as the model's ``side``."""
        data = schema if isinstance(schema, bytes) else _dump(schema)
        with self.state.lock:
            model = self.state.models.setdefault(model_id, MockModel(b"{}", b"{}"))
            model.has_schema = True
            if side == "input":
                model.input = data
                model.variants = None
            else:
                model.output = data

    def remove_model(self, model_id: str) -> None:
        with self.state.lock:
            self.state.models.pop(model_id, None)

    @property
    def requests(self) -> list[RecordedRequest]:
        with self.state.lock:
            return list(self.state.requests)

    def clear_requests(self) -> None:
        with self.state.lock:
            self.state.requests.clear()

    def model_ids(self) -> Iterator[str]:
        return iter(sorted(self.state.models))
