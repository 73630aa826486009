"""Get the two JSON Schemas of a model from where Cloudflare publishes them.

Two sources: the public docs site (``{docs_url}/ai/models/{model_id}/schema-input.json`` and
``schema-output.json``, no auth) and the API (``{api_url}/accounts/{account}/ai/models/schema?model=``,
Bearer token). Every request has a timeout, a size limit, retries with exponential backoff and jitter
on connection errors, 408, 429 and 5xx (honouring ``Retry-After``), none on other 4xx, and an
``If-None-Match`` when an ETag is known. What comes back is checked (JSON, an object, a valid JSON
Schema against its metaschema) before anyone sees it. This module knows nothing of the snapshot.
"""

from __future__ import annotations

import email.utils
import fnmatch
import json
import logging
import queue
import random
import ssl
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from .config import Config
from .errors import (
    AuthenticationError,
    CfgenError,
    ConfigError,
    ModelNotFoundError,
    SchemaError,
    UpstreamError,
)
from .limits import MetaSchemaVerdicts, check_document, meta_schema_violation
from .naming import validate_model_id
from .spec import SIDES

logger = logging.getLogger("cfgen.sources")

#: Where a model's input is a top-level oneOf/anyOf of variants, the docs site publishes these
#: instead of ``schema-input.json``; cfgen joins them back into one oneOf (see compose_variants).
VARIANT_FILES = ("sync-input.json", "streaming-input.json", "batch-input.json")
_COMBINATORS = ("oneOf", "anyOf")
_ENVELOPE_KEYS = frozenset({"$schema", "$id", "$defs", "definitions", "type", "title", "description"})
_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
MAX_RETRY_AFTER = 60.0
#: Workers a fetch starts with; more join while the process mostly waits on the network.
FIRST_WORKERS = 2
#: How often (seconds) a fetch looks at how busy it is.
_PACE_INTERVAL = 0.02
#: CPU share (of one core) below which the process is waiting, not working: more workers help.
_WAITING_BELOW = 0.5


def workers_wanted(running: int, cap: int, busy: float) -> int:
    """How many fetch workers to run next, given the share of a core the process used lately.

    A process that mostly waits on the network (a distant server) doubles its workers up to
    ``cap``; one that keeps a core busy (loopback, a near mirror) keeps them, because Python
    threads would only queue for the interpreter lock, and each extra one costs CPU.
    """
    if busy >= _WAITING_BELOW:
        return running
    return min(cap, max(1, running) * 2)


@dataclass(frozen=True)
class FetchedDocument:
    """One schema document as fetched. ``content`` is None when the server answered 304."""

    url: str
    content: dict[str, Any] | None
    etag: str | None
    #: the variant files joined into ``content`` (docs source, variant-split inputs only)
    variants: tuple[str, ...] = ()
    #: their ETags, for conditional requests next time
    variant_etags: Mapping[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.content is None


@dataclass(frozen=True)
class Known:
    """What the snapshot already holds, so that fetching unchanged schemas again costs little."""

    #: request URL -> ETag, for ``If-None-Match``
    etags: Mapping[str, str] = field(default_factory=dict)
    #: sha256 of canonical documents checked before: not checked against the meta-schema again
    digests: frozenset[str] = frozenset()
    #: model id -> the variant files its input was joined from last time
    variants: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class FetchedModel:
    """Both schemas of one model, from one source."""

    model_id: str
    source: str
    input: FetchedDocument
    output: FetchedDocument


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to retry; ``base_delay`` doubles on each attempt."""

    retries: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return float(min(retry_after, MAX_RETRY_AFTER))
        backoff = min(self.max_delay, self.base_delay * 2**attempt)
        return float(backoff * random.uniform(0.5, 1.0))  # full-ish jitter spreads retries out


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date), else None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def docs_urls(docs_url: str, model_id: str) -> tuple[str, str]:
    base = f"{docs_url.rstrip('/')}/ai/models/{validate_model_id(model_id)}"
    return f"{base}/schema-input.json", f"{base}/schema-output.json"


def api_url_for(api_url: str, account_id: str, model_id: str) -> str:
    return (
        f"{api_url.rstrip('/')}/accounts/{quote(account_id, safe='')}/ai/models/schema"
        f"?model={quote(validate_model_id(model_id), safe='')}"
    )


def compose_variants(documents: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Join variant documents (sync, streaming, batch) into one schema: a oneOf of their variants.

    A document that is itself a oneOf/anyOf of variants (with only envelope keys beside it) gives
    its branches; any other document is one branch. Identical branches (sync and streaming
    usually share theirs) appear once, in order; ``$defs``/``definitions`` are merged.
    """
    combinator = "oneOf"
    branches: list[Any] = []
    seen: set[str] = set()
    envelope: dict[str, Any] = {}
    for index, document in enumerate(documents):
        body = dict(document)
        for key in ("$defs", "definitions"):
            if isinstance(body.get(key), dict):
                merged = envelope.setdefault(key, {})
                for name, value in body.pop(key).items():
                    merged.setdefault(name, value)
        found = [k for k in _COMBINATORS if isinstance(body.get(k), list)]
        if len(found) == 1 and set(body) <= _ENVELOPE_KEYS | {found[0]}:
            if index == 0:
                combinator = found[0]
                envelope.update({k: v for k, v in body.items() if k != found[0]})
            parts = body[found[0]]
        else:
            if index == 0 and "$schema" in body:
                envelope["$schema"] = body["$schema"]
            body.pop("$schema", None)
            parts = [body]
        for part in parts:
            key = json.dumps(part, sort_keys=True)
            if key not in seen:
                seen.add(key)
                branches.append(part)
    head: tuple[str, ...] = ("$schema", "$id", "title", "description", "type")
    tail: tuple[str, ...] = ("$defs", "definitions")
    ordered: dict[str, Any] = {k: envelope[k] for k in head if k in envelope}
    defs: dict[str, Any] = {k: envelope[k] for k in tail if k in envelope}
    return {**ordered, combinator: branches, **defs}


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _canonical_digest(document: object) -> str | None:
    from .snapshot import canonical_json, sha256

    try:
        return sha256(canonical_json(document))
    except (TypeError, ValueError, RecursionError):
        return None


def check_schema(
    document: object,
    *,
    model_id: str,
    url: str,
    verdicts: MetaSchemaVerdicts | None = None,
    digest: str | None = None,
) -> dict[str, Any]:
    """Return ``document`` if it is a JSON Schema object valid against its metaschema.

    With ``verdicts``, a document checked before (same ``digest``) is not checked again.
    """
    if not isinstance(document, dict):
        raise SchemaError(
            f"{model_id}: {url} is not a JSON Schema: expected a JSON object, got {type(document).__name__}",
            model_id=model_id,
            url=url,
        )
    # Bounds and local-only references first: the meta-schema check below recurses per level.
    check_document(document, model_id=model_id, place=url, url=url)
    violation = (
        verdicts.violation(document, digest) if verdicts is not None else meta_schema_violation(document)
    )
    if violation is not None:
        parts, message = violation
        pointer = "/" + "/".join(str(p) for p in parts) if parts else "(root)"
        raise SchemaError(
            f"{model_id}: {url} is not a valid JSON Schema at {pointer}: {_one_line(message)}",
            model_id=model_id,
            url=url,
            path=pointer,
        )
    return document


class SchemaFetcher:
    """Fetches model schemas over a few keep-alive connections (``[tool.cfgen] concurrency``).

    Up to ``concurrency`` worker threads take models one at a time, each thread with its own
    single-connection :class:`httpx.Client` (one TLS context shared by all). Fetching is
    latency-bound on a real network and CPU-bound on loopback; blocking clients in threads cost
    about half the CPU a request took through asyncio and anyio, and one client per connection
    spares httpcore re-scanning a shared pool for every queued request.
    """

    def __init__(
        self,
        config: Config,
        *,
        known: Known | None = None,
        verdicts: MetaSchemaVerdicts | None = None,
    ) -> None:
        self.config = config
        self.verdicts = verdicts
        self.retry = RetryPolicy(retries=config.retries)
        self.known = known or Known()
        self._token: str | None = None
        self._account: str | None = None
        if config.source == "api":
            self._token = config.env.get("CLOUDFLARE_API_TOKEN") or None
            self._account = config.env.get("CLOUDFLARE_ACCOUNT_ID") or None
            if not self._token:
                raise ConfigError(
                    "CLOUDFLARE_API_TOKEN is not set: --source api needs an API token with"
                    " Workers AI read access (or use --source docs, which needs none)"
                )
            if not self._account:
                raise ConfigError("CLOUDFLARE_ACCOUNT_ID is not set: --source api needs your account id")

    def _client_factory(self) -> Callable[[], httpx.Client]:
        """What makes each worker's single-connection client; all of them share one TLS context."""
        base = self.config.docs_url if self.config.source == "docs" else self.config.api_url
        # A plain-http base (cfgen mock, a local mirror) needs no TLS: skip loading the CA bundle
        # (~30 ms), and follow no redirect, which could lead to an https host left unverified.
        plain_http = base.startswith("http://")
        tls: ssl.SSLContext = httpx.create_ssl_context(verify=not plain_http)  # once, not once a client
        timeout = httpx.Timeout(self.config.timeout, connect=min(10.0, self.config.timeout))

        def client() -> httpx.Client:
            return httpx.Client(
                timeout=timeout,
                limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
                follow_redirects=not plain_http,
                verify=tls,
                headers={"User-Agent": "cfgen", "Accept": "application/json"},
            )

        return client

    def _get(
        self, client: httpx.Client, url: str, *, model_id: str, etag: str | None
    ) -> tuple[int, bytes, str | None]:
        headers: dict[str, str] = {}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        if etag:
            headers["If-None-Match"] = etag
        attempts = self.retry.retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            retry_after: float | None = None
            try:
                status, body, new_etag, retry_after = self._get_once(client, url, headers, model_id=model_id)
            except httpx.TimeoutException:
                if last:
                    raise UpstreamError(
                        f"{model_id}: {url} timed out after {attempts} attempts"
                        f" ({self.config.timeout:g} s each): check the network or raise [tool.cfgen] timeout",
                        model_id=model_id,
                        url=url,
                    ) from None
            except httpx.TransportError as exc:
                if last:
                    raise UpstreamError(
                        f"{model_id}: could not fetch {url} after {attempts} attempts"
                        f" ({type(exc).__name__}): check the network or the base URL",
                        model_id=model_id,
                        url=url,
                    ) from None
            except httpx.RequestError as exc:  # an answer httpx cannot read (encoding, redirects)
                raise UpstreamError(
                    f"{model_id}: {url} answered something unreadable ({type(exc).__name__}:"
                    f" {_one_line(str(exc), 80)}): check the base URL or report it to the mirror's owner",
                    model_id=model_id,
                    url=url,
                ) from None
            else:
                if status not in _RETRY_STATUSES:
                    return status, body, new_etag
                if last:
                    raise UpstreamError(
                        f"{model_id}: {url} answered HTTP {status} after {attempts} attempts:"
                        " Cloudflare is failing or rate-limiting; try again later",
                        model_id=model_id,
                        url=url,
                    )
            delay = self.retry.delay(attempt, retry_after)
            logger.info(
                "%s: GET %s failed (attempt %d of %d), retrying in %.2f s",
                model_id,
                url,
                attempt + 1,
                attempts,
                delay,
            )
            time.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _get_once(
        self, client: httpx.Client, url: str, headers: Mapping[str, str], *, model_id: str
    ) -> tuple[int, bytes, str | None, float | None]:
        limit = self.config.max_schema_bytes
        with client.stream("GET", url, headers=headers) as response:
            logger.info("%s: GET %s -> %d", model_id, url, response.status_code)
            if response.status_code in _RETRY_STATUSES:
                return (
                    response.status_code,
                    b"",
                    None,
                    parse_retry_after(response.headers.get("Retry-After")),
                )
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise self._too_large(model_id, url)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise self._too_large(model_id, url)
                chunks.append(chunk)
            return response.status_code, b"".join(chunks), response.headers.get("ETag"), None

    def _too_large(self, model_id: str, url: str) -> SchemaError:
        return SchemaError(
            f"{model_id}: {url} is larger than the {self.config.max_schema_bytes} byte limit:"
            " raise [tool.cfgen] max_schema_bytes if this schema is really that large",
            model_id=model_id,
            url=url,
        )

    def _check_status(self, status: int, url: str, model_id: str) -> None:
        if status in (200, 304):
            return
        if status == 404:
            raise ModelNotFoundError(
                f"{model_id}: model not found in the catalog ({url} answered 404):"
                " check the model id (cfgen models lists them)",
                model_id=model_id,
                url=url,
            )
        if status in (401, 403):
            raise AuthenticationError(
                f"{model_id}: {url} answered {status}: the API token in CLOUDFLARE_API_TOKEN is"
                " missing, invalid or lacks Workers AI read permission",
                model_id=model_id,
                url=url,
            )
        raise UpstreamError(
            f"{model_id}: {url} answered HTTP {status}: unexpected, not retried",
            model_id=model_id,
            url=url,
        )

    @staticmethod
    def _parse_json(body: bytes, *, model_id: str, url: str) -> Any:
        try:
            return json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SchemaError(
                f"{model_id}: {url} did not return valid JSON ({_one_line(str(exc), 80)})",
                model_id=model_id,
                url=url,
            ) from None
        except RecursionError:
            raise SchemaError(f"{model_id}: {url} is nested too deeply", model_id=model_id, url=url) from None

    def _checked(self, document: object, *, model_id: str, url: str) -> dict[str, Any]:
        """:func:`check_schema`, skipped for a document the snapshot already holds as is."""
        if not isinstance(document, dict):
            return check_schema(document, model_id=model_id, url=url)
        digest = _canonical_digest(document)
        if digest is not None and digest in self.known.digests:
            return document
        return check_schema(document, model_id=model_id, url=url, verdicts=self.verdicts, digest=digest)

    def _fetch_document(
        self, client: httpx.Client, url: str, *, model_id: str, etag: str | None, check: bool = True
    ) -> FetchedDocument:
        status, body, new_etag = self._get(client, url, model_id=model_id, etag=etag)
        self._check_status(status, url, model_id)
        if status == 304:
            return FetchedDocument(url=url, content=None, etag=etag)
        document = self._parse_json(body, model_id=model_id, url=url)
        if check:
            document = self._checked(document, model_id=model_id, url=url)
        elif not isinstance(document, dict):
            raise SchemaError(f"{model_id}: {url} is not a JSON object", model_id=model_id, url=url)
        return FetchedDocument(url=url, content=document, etag=new_etag)

    def _fetch_if_published(
        self, client: httpx.Client, url: str, *, model_id: str, etag: str | None = None
    ) -> FetchedDocument | None:
        try:  # variant parts are checked once joined
            return self._fetch_document(client, url, model_id=model_id, etag=etag, check=False)
        except ModelNotFoundError:
            return None

    def _fetch_variants(self, client: httpx.Client, folder: str, *, model_id: str) -> FetchedDocument | None:
        """The join of the variant files published in ``folder``; None when there are none.

        Content None (not modified) when exactly the files of last time answered 304.
        """
        urls = [f"{folder}/{name}" for name in VARIANT_FILES]
        known = self.known.variants.get(model_id, ())
        found = [
            self._fetch_if_published(client, u, model_id=model_id, etag=self.known.etags.get(u)) for u in urls
        ]
        present = [doc for doc in found if doc is not None]
        if not present:
            return None
        names = tuple(doc.url for doc in present)
        etags = {doc.url: doc.etag for doc in present if doc.etag}
        if names == known and all(doc.not_modified for doc in present):
            return FetchedDocument(url=names[0], content=None, etag=None, variants=names, variant_etags=etags)
        parts = [
            doc if not doc.not_modified else self._fetch_if_published(client, doc.url, model_id=model_id)
            for doc in present
        ]
        contents = [doc.content for doc in parts if doc is not None and doc.content is not None]
        joined = self._checked(compose_variants(contents), model_id=model_id, url=names[0])
        return FetchedDocument(url=names[0], content=joined, etag=None, variants=names, variant_etags=etags)

    def _fetch_input(
        self, client: httpx.Client, url: str, *, model_id: str, etag: str | None
    ) -> FetchedDocument:
        """``schema-input.json``, or where the docs publish variants instead, their join."""
        folder = url.rsplit("/", 1)[0]
        if model_id in self.known.variants:  # published as variants last time: ask for those first
            joined = self._fetch_variants(client, folder, model_id=model_id)
            if joined is not None:
                return joined
        try:
            return self._fetch_document(client, url, model_id=model_id, etag=etag)
        except ModelNotFoundError:
            joined = self._fetch_variants(client, folder, model_id=model_id)
            if joined is None:
                raise
            return joined

    def fetch_model(self, client: httpx.Client, model_id: str) -> FetchedModel:
        """Fetch and check both schemas of one model."""
        etags = self.known.etags
        validate_model_id(model_id)
        if self.config.source == "docs":
            input_url, output_url = docs_urls(self.config.docs_url, model_id)
            input_doc = self._fetch_input(client, input_url, model_id=model_id, etag=etags.get(input_url))
            output_doc = self._fetch_document(
                client, output_url, model_id=model_id, etag=etags.get(output_url)
            )
            return FetchedModel(model_id, "docs", input_doc, output_doc)
        assert self._account is not None
        url = api_url_for(self.config.api_url, self._account, model_id)
        etag = etags.get(url)
        status, body, new_etag = self._get(client, url, model_id=model_id, etag=etag)
        self._check_status(status, url, model_id)
        if status == 304:
            unchanged = FetchedDocument(url=url, content=None, etag=etag)
            return FetchedModel(model_id, "api", unchanged, unchanged)
        envelope = self._parse_json(body, model_id=model_id, url=url)
        result = envelope.get("result") if isinstance(envelope, dict) else None
        if not isinstance(result, dict) or not envelope.get("success", True):
            errors = envelope.get("errors") if isinstance(envelope, dict) else None
            raise UpstreamError(
                f"{model_id}: {url} did not answer a schema envelope"
                f" ({_one_line(json.dumps(errors), 120) if errors else 'no result.input/result.output'})",
                model_id=model_id,
                url=url,
            )
        docs = []
        for side in SIDES:
            side_url = f"{url}#{side}"
            docs.append(
                FetchedDocument(
                    url=side_url,
                    content=self._checked(result.get(side), model_id=model_id, url=side_url),
                    etag=new_etag,
                )
            )
        return FetchedModel(model_id, "api", docs[0], docs[1])

    def fetch_all(self, model_ids: Sequence[str]) -> dict[str, FetchedModel | CfgenError]:
        """Fetch every model concurrently (bounded); each model's result or its error, in order.

        Up to ``concurrency`` worker threads take models one at a time: :data:`FIRST_WORKERS`
        at first, more while the process mostly waits (see :func:`workers_wanted`). A model's
        error is its result; anything else a worker raises (a bug) stops the others and is
        raised here. Workers are daemon threads: Ctrl-C does not wait for them, and nothing is
        written while they run.
        """
        ids = list(dict.fromkeys(model_ids))
        if not ids:
            return {}
        todo: queue.SimpleQueue[str] = queue.SimpleQueue()
        for model_id in ids:
            todo.put(model_id)
        results: dict[str, FetchedModel | CfgenError] = {}
        crashed: list[BaseException] = []
        stop = threading.Event()
        idle = threading.Event()  # no worker running
        lock = threading.Lock()
        running = 0
        new_client = self._client_factory()

        def work() -> None:
            nonlocal running
            try:
                with new_client() as client:
                    while not stop.is_set():
                        try:
                            model_id = todo.get_nowait()
                        except queue.Empty:
                            return
                        try:
                            results[model_id] = self.fetch_model(client, model_id)
                        except CfgenError as exc:
                            results[model_id] = exc
            except BaseException as exc:  # a bug: stop the others, re-raised below
                crashed.append(exc)
                stop.set()
            finally:
                with lock:
                    running -= 1
                    if running == 0:
                        idle.set()

        workers: list[threading.Thread] = []

        def start(count: int) -> None:
            nonlocal running
            for _ in range(count):
                worker = threading.Thread(target=work, name=f"cfgen-fetch-{len(workers)}", daemon=True)
                with lock:
                    running += 1
                    idle.clear()
                workers.append(worker)
                worker.start()

        cap = min(self.config.concurrency, len(ids))
        try:
            start(min(FIRST_WORKERS, cap))
            wall, cpu = time.perf_counter(), time.process_time()
            while not idle.wait(_PACE_INTERVAL):
                now_wall, now_cpu = time.perf_counter(), time.process_time()
                busy = (now_cpu - cpu) / max(now_wall - wall, 1e-6)
                wall, cpu = now_wall, now_cpu
                if not todo.empty() and not stop.is_set():
                    start(workers_wanted(len(workers), cap, busy) - len(workers))
            for worker in workers:
                worker.join()
            logger.info("fetched %d model(s) with %d of at most %d workers", len(ids), len(workers), cap)
        finally:
            stop.set()
        if crashed:
            raise crashed[0]
        return {model_id: results[model_id] for model_id in ids}


def fetch_models(
    config: Config,
    model_ids: Sequence[str],
    known: Known | None = None,
    *,
    remember: bool = True,
) -> dict[str, FetchedModel | CfgenError]:
    """:meth:`SchemaFetcher.fetch_all` with the project's meta-schema verdicts.

    Meta-schema verdicts are read from the project's cache folder, and the new ones written
    there with ``remember`` (a read-only run, like ``cfgen drift``, writes nothing).
    """
    verdicts = MetaSchemaVerdicts(config.cache_dir / "meta-schema-verdicts.json")
    try:
        return SchemaFetcher(config, known=known, verdicts=verdicts).fetch_all(model_ids)
    finally:
        if remember:
            verdicts.save()


@dataclass(frozen=True)
class CatalogEntry:
    """One model the catalog offers."""

    model_id: str
    task: str | None = None
    #: the document of a corpus-shaped catalog file (``schema``, ``examples``...), when read from one
    document: Mapping[str, Any] | None = None

    @property
    def vendor(self) -> str:
        parts = self.model_id.split("/")
        return parts[1] if parts[0].startswith("@") and len(parts) > 2 else parts[0]

    def to_dict(self) -> dict[str, Any]:
        return {"model_id": self.model_id, "task": self.task, "vendor": self.vendor}


def read_catalog_dir(root: Path) -> list[CatalogEntry]:
    """Every model of a folder of corpus-shaped files (``*.json`` holding ``model_id``/``name``)."""
    if not root.is_dir():
        raise ConfigError(f"catalog folder {root} does not exist: fix [tool.cfgen] catalog")
    entries: dict[str, CatalogEntry] = {}
    for path in sorted(root.rglob("*.json")):
        try:
            data = json.loads(path.read_bytes())
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
        if not isinstance(data, dict):
            continue
        model_id = data.get("model_id") or data.get("name")
        if not isinstance(model_id, str):
            continue
        try:
            validate_model_id(model_id)
        except CfgenError:
            continue
        task = data.get("task")
        task_name = task.get("name") if isinstance(task, dict) else task
        entries.setdefault(
            model_id, CatalogEntry(model_id, task_name if isinstance(task_name, str) else None, data)
        )
    return sorted(entries.values(), key=lambda e: e.model_id)


def _is_safe_id(model_id: str) -> bool:
    """Whether a listed id may become paths and names; the catalog's others are left out of it."""
    try:
        validate_model_id(model_id)
    except CfgenError:
        return False
    return True


def _search_api(config: Config, client: httpx.Client, token: str, account: str) -> list[CatalogEntry]:
    url = f"{config.api_url}/accounts/{quote(account, safe='')}/ai/models/search"
    entries: list[CatalogEntry] = []
    auth = {"Authorization": f"Bearer {token}"}
    with client:
        for page in range(1, 1000):
            try:
                response = client.get(url, params={"page": page, "per_page": 100}, headers=auth)
            except httpx.HTTPError as exc:
                raise UpstreamError(
                    f"could not list models at {url} ({type(exc).__name__})", url=url
                ) from None
            if response.status_code in (401, 403):
                raise AuthenticationError(
                    f"{url} answered {response.status_code}: check CLOUDFLARE_API_TOKEN", url=url
                )
            if response.status_code != 200:
                raise UpstreamError(f"{url} answered HTTP {response.status_code} listing models", url=url)
            try:
                body = response.json()
                results = body["result"]
                total = int((body.get("result_info") or {}).get("total_count", 0))
            except (ValueError, KeyError, TypeError):
                raise UpstreamError(f"{url} did not answer a model list", url=url) from None
            for item in results:
                name = item.get("name") if isinstance(item, dict) else None
                if isinstance(name, str) and _is_safe_id(name):
                    task = item.get("task")
                    task_name = task.get("name") if isinstance(task, dict) else None
                    entries.append(CatalogEntry(name, task_name if isinstance(task_name, str) else None))
            if not results or len(entries) >= total:
                break
    return sorted({e.model_id: e for e in entries}.values(), key=lambda e: e.model_id)


def list_models(config: Config) -> list[CatalogEntry]:
    """What the catalog offers: the configured catalog folder, else the API's paged search."""
    if config.catalog is not None:
        return read_catalog_dir(config.catalog)
    if config.source != "api":
        raise ConfigError(
            "listing the catalog needs [tool.cfgen] catalog = <folder of catalog files>,"
            " or --source api with CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID"
        )
    fetcher = SchemaFetcher(config)
    assert fetcher._token is not None and fetcher._account is not None
    # the fetch's own client: same timeouts, TLS context, redirect rule and User-Agent
    return _search_api(config, fetcher._client_factory()(), fetcher._token, fetcher._account)


def resolve_models(entries: Sequence[str], catalog: Sequence[CatalogEntry] | None) -> list[str]:
    """Model ids for ``models`` entries: ids as they are, patterns matched against the catalog."""
    from .config import is_pattern

    resolved: dict[str, None] = {}
    for entry in entries:
        if not is_pattern(entry):
            resolved[validate_model_id(entry)] = None
            continue
        if catalog is None:
            raise ConfigError(f"models pattern {entry!r} needs the catalog listing")
        matches = [c.model_id for c in catalog if fnmatch.fnmatchcase(c.model_id, entry)]
        if not matches:
            raise ConfigError(f"[tool.cfgen] models: {entry!r} matches no model of the catalog")
        resolved.update(dict.fromkeys(matches))
    return list(resolved)
