"""Shared run-time of the generated client: settings, transport, retries, envelopes and errors.

Written once for every model. Nothing here imports a model module: the namespaces pass the model's
input and output classes in when a method is called.

Errors: every error this package raises on purpose is a :class:`CloudflareAIError`. Invalid inputs
are the exception: they raise :class:`pydantic.ValidationError` (re-exported as
``cfai.ValidationError``) before any request is sent.

Streaming: models whose input takes ``stream`` return a :class:`Stream` (:class:`AsyncStream`) of
:class:`StreamChunk` when called with ``stream=True``, read from the answer's server-sent events.
"""

from __future__ import annotations

import email.utils
import json
import logging
import os
import random
import time
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator, Mapping
from functools import cache
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, Self, TypeVar
from urllib.parse import quote

import pydantic

if TYPE_CHECKING:
    import httpx

# httpx is imported where it is first needed (a client built, a request sent), not here: it takes
# longer to import than pydantic, and code that only uses the models should not pay for it.

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "CloudflareAIError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "RunFailedError",
    "Stream",
    "StreamChunk",
    "UnprocessableEntityError",
]

logger = logging.getLogger("cfai")

DEFAULT_BASE_URL: Final = "https://api.cloudflare.com/client/v4"
#: ``DEFAULT_TIMEOUT``: 60 s to read an answer (image models are slow), 5 s to connect.
DEFAULT_READ_TIMEOUT: Final = 60.0
DEFAULT_CONNECT_TIMEOUT: Final = 5.0
DEFAULT_MAX_RETRIES: Final = 2
#: First backoff delay in seconds, doubled on each retry up to MAX_RETRY_DELAY, with jitter.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
#: A Retry-After longer than this is not honoured: the computed backoff is used instead.
MAX_RETRY_AFTER = 60.0
RETRYABLE_STATUS_CODES: Final = frozenset({408, 429})

ENV_ACCOUNT_ID: Final = "CLOUDFLARE_ACCOUNT_ID"
ENV_API_TOKEN: Final = "CLOUDFLARE_API_TOKEN"
ENV_BASE_URL: Final = "CLOUDFLARE_BASE_URL"
REQUEST_ID_HEADER: Final = "cf-ai-req-id"


@cache
def _default_timeout() -> httpx.Timeout:
    import httpx

    return httpx.Timeout(DEFAULT_READ_TIMEOUT, connect=DEFAULT_CONNECT_TIMEOUT)


if TYPE_CHECKING:
    DEFAULT_TIMEOUT: httpx.Timeout
else:

    def __getattr__(name: str) -> object:
        """``DEFAULT_TIMEOUT``, an ``httpx.Timeout``, is built when first asked for."""
        if name == "DEFAULT_TIMEOUT":
            return _default_timeout()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_ModelT = TypeVar("_ModelT", bound=pydantic.BaseModel)
_ChunkT = TypeVar("_ChunkT", bound=pydantic.BaseModel)


class NotGiven:
    """The type of :data:`NOT_GIVEN`: an argument the caller left out.

    It differs from ``None``, which the caller may send on purpose (``seed=None``). Arguments left
    out are not sent at all, so Cloudflare applies its own, current default.
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


# --- errors -------------------------------------------------------------------------------------


class CloudflareAIError(Exception):
    """Base of every error this client raises on purpose.

    ``status_code`` (HTTP), ``code`` and ``message`` (Cloudflare's error, when it sent one),
    ``request_id`` (the ``cf-ai-req-id`` header) and ``response`` are ``None`` when not known.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        code: int | str | None = None,
        request_id: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.code = code
        self.request_id = request_id
        self.response = response

    def __str__(self) -> str:
        details = []
        if self.status_code is not None:
            details.append(f"status {self.status_code}")
        if self.code is not None:
            details.append(f"code {self.code}")
        if self.request_id is not None:
            details.append(f"request id {self.request_id}")
        return f"{self.message} ({', '.join(details)})" if details else self.message


class APIConnectionError(CloudflareAIError):
    """The request did not get an answer: connection refused or reset, answer cut short."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (see the ``timeout`` option)."""

    def __init__(self, *, request: httpx.Request) -> None:
        super().__init__("Request timed out.", request=request)


class APIStatusError(CloudflareAIError):
    """Cloudflare answered with an HTTP error status (4xx or 5xx)."""

    status_code: int
    response: httpx.Response

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: int | str | None = None,
        errors: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(
            message,
            status_code=response.status_code,
            code=code,
            request_id=response.headers.get(REQUEST_ID_HEADER),
            response=response,
        )
        #: every error object of the answer, as sent
        self.errors = errors or []


class BadRequestError(APIStatusError):
    """HTTP 400: Cloudflare rejected the input."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the API token is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the API token may not run this model on this account."""


class NotFoundError(APIStatusError):
    """HTTP 404: unknown model or account."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429: too many requests, still so after the retries."""


class InternalServerError(APIStatusError):
    """HTTP 5xx: Cloudflare failed, still so after the retries."""


class RunFailedError(CloudflareAIError):
    """The request succeeded but the run did not: ``{"state": "Failed", "error": {...}}``."""


class APIResponseValidationError(CloudflareAIError):
    """The answer is not what the model's output schema promises (or not JSON at all).

    The pydantic error, if any, is the ``__cause__``; the raw body is ``response.content``.
    """


_STATUS_ERRORS: Final[Mapping[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


# --- helpers, shared by the sync and async clients ------------------------------------------------


def _without_not_given(values: Mapping[str, object]) -> dict[str, object]:
    return {key: value for key, value in values.items() if not isinstance(value, NotGiven)}


def _first_error(body: object) -> tuple[int | str | None, str | None, list[dict[str, Any]]]:
    """Cloudflare's error code and message from either envelope, and every error object."""
    if not isinstance(body, dict):
        return None, None, []
    errors = body.get("errors")
    found = [e for e in errors if isinstance(e, dict)] if isinstance(errors, list) else []
    error = body.get("error")
    if isinstance(error, dict):
        found.insert(0, error)
    elif isinstance(error, str):
        found.insert(0, {"message": error})
    if not found:
        return None, None, []
    code = found[0].get("code")
    message = found[0].get("message")
    return (
        code if isinstance(code, int | str) else None,
        message if isinstance(message, str) else None,
        found,
    )


def _json_or_none(response: httpx.Response) -> object:
    try:
        return response.json()
    except ValueError:
        return None


def _status_error(response: httpx.Response) -> APIStatusError:
    code, message, errors = _first_error(_json_or_none(response))
    status = response.status_code
    error_type = _STATUS_ERRORS.get(status)
    if error_type is None:
        error_type = InternalServerError if status >= 500 else APIStatusError
    text = message or f"HTTP {status} {response.reason_phrase}".strip()
    return error_type(text, response=response, code=code, errors=errors)


def _parse_retry_after(response: httpx.Response | None) -> float | None:
    """Seconds to wait from ``Retry-After`` (seconds or an HTTP date), if sane."""
    if response is None:
        return None
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        parsed = email.utils.parsedate_tz(value)
        if parsed is None:
            return None
        seconds = email.utils.mktime_tz(parsed) - time.time()
    if not 0 <= seconds <= MAX_RETRY_AFTER:  # also false for NaN
        return None
    return seconds


def _retry_delay(attempt: int, response: httpx.Response | None) -> float:
    """How long to sleep before retry number ``attempt + 1``: Retry-After, else backoff+jitter."""
    retry_after = _parse_retry_after(response)
    if retry_after is not None:
        return retry_after
    delay = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    # Jitter spreads the retries of many clients failing at once.
    return float(delay * (1.0 - 0.25 * random.random()))


def _should_retry(response: httpx.Response) -> bool:
    status = response.status_code
    return status in RETRYABLE_STATUS_CODES or status >= 500


def _payload(
    input_type: type[pydantic.BaseModel], given: object, stream: bool | NotGiven = NOT_GIVEN
) -> dict[str, Any] | Any:
    """Validate ``given`` into ``input_type`` and return what goes on the wire.

    Only the fields the caller set are sent (``exclude_unset``): the schema's defaults stay
    Cloudflare's to apply. A ``stream`` given is set in the input before it is validated, so an
    input that cannot stream rejects it. Raises ``pydantic.ValidationError`` before any request.
    """
    if not isinstance(stream, NotGiven):
        if isinstance(given, input_type):
            given = given.model_dump(mode="json", by_alias=True, exclude_unset=True)
        if isinstance(given, Mapping):
            given = {**given, "stream": stream}
    if isinstance(given, input_type):
        model = given
    elif isinstance(given, pydantic.BaseModel):
        raise TypeError(f"expected {input_type.__name__} or a dict, got {type(given).__name__}")
    elif isinstance(given, Mapping):
        model = input_type.model_validate(_without_not_given(given))
    else:
        model = input_type.model_validate(given)
    return model.model_dump(mode="json", by_alias=True, exclude_unset=True)


def _whole_answer(payload: object, streams_by_default: bool) -> object:
    """``payload`` asking for the whole answer where the model would otherwise stream by default.

    The one field the client sends unasked: without it, a model whose ``stream`` defaults to true
    would answer a call typed to return the output model with a stream.
    """
    if streams_by_default and isinstance(payload, dict) and "stream" not in payload:
        return {**payload, "stream": False}
    return payload


def _asks_for_stream(payload: object) -> bool:
    return isinstance(payload, dict) and payload.get("stream") is True


def _result(response: httpx.Response) -> object:
    """The ``result`` of a successful answer, in either envelope; raises on a failed run."""
    request_id = response.headers.get(REQUEST_ID_HEADER)
    try:
        body = response.json()
    except ValueError as exc:
        raise APIResponseValidationError(
            "the answer is not JSON",
            status_code=response.status_code,
            request_id=request_id,
            response=response,
        ) from exc
    if not isinstance(body, dict):
        raise APIResponseValidationError(
            f"the answer is a JSON {type(body).__name__}, not an object",
            status_code=response.status_code,
            request_id=request_id,
            response=response,
        )
    state = body.get("state")
    if body.get("success") is False or (state is not None and state == "Failed"):
        code, message, _ = _first_error(body)
        raise RunFailedError(
            message or "the run failed",
            status_code=response.status_code,
            code=code,
            request_id=request_id,
            response=response,
        )
    if state is not None and state != "Completed":
        raise APIResponseValidationError(
            f"the run did not complete: state {state!r}",
            status_code=response.status_code,
            request_id=request_id,
            response=response,
        )
    if "result" not in body:
        raise APIResponseValidationError(
            "the answer has no 'result'",
            status_code=response.status_code,
            request_id=request_id,
            response=response,
        )
    return body["result"]


def _parse_output(response: httpx.Response, output_type: type[_ModelT]) -> _ModelT:
    result = _result(response)
    try:
        return output_type.model_validate(result)
    except pydantic.ValidationError as exc:
        raise APIResponseValidationError(
            f"the answer does not match {output_type.__name__}: {exc.error_count()} error(s)",
            status_code=response.status_code,
            request_id=response.headers.get(REQUEST_ID_HEADER),
            response=response,
        ) from exc


def _parse_bytes(response: httpx.Response) -> bytes:
    content_type = response.headers.get("content-type", "")
    if "json" in content_type:
        _result(response)  # raises when the JSON answer says the run failed
    return response.content


# --- streaming ------------------------------------------------------------------------------------


class StreamChunk(pydantic.BaseModel):
    """One event of a streamed run, as Cloudflare sent it.

    Output schemas describe the whole answer, not the chunks of a stream, so chunks are not checked
    against a model's schema: this model keeps every field sent (``extra="allow"``: read them as
    attributes or with ``model_dump()``) and names the one Workers AI text models stream,
    ``response``, the next piece of text (``None`` when the chunk has none, e.g. the last one
    carrying ``usage``).
    """

    model_config = pydantic.ConfigDict(extra="allow", defer_build=True)  # built on first stream

    response: str | None = None


class _SSEDecoder:
    """Server-sent events from the lines of an answer, as the HTML standard reads them.

    ``data`` lines of one event are joined with newlines; comments (``: keep-alive``), ``id`` and
    ``retry`` are ignored; a blank line ends an event.
    """

    def __init__(self) -> None:
        self._event = ""
        self._data: list[str] = []

    def decode(self, line: str) -> tuple[str, str] | None:
        """Feed one line; the ``(event, data)`` it completes, if any."""
        if not line:
            return self.flush()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        return None

    def flush(self) -> tuple[str, str] | None:
        """The event pending, if it has data (an event without data is a keep-alive)."""
        event, data = self._event or "message", self._data
        self._event, self._data = "", []
        return (event, "\n".join(data)) if data else None


_DONE: Final = "[DONE]"


def _stream_error(data: str, response: httpx.Response) -> RunFailedError:
    """The error an ``event: error`` of a stream reports."""
    try:
        body: object = json.loads(data)
    except ValueError:
        body = {"error": data}
    code, message, _ = _first_error(body if isinstance(body, dict) else {"error": data})
    return RunFailedError(
        message or data or "the run failed while streaming",
        status_code=response.status_code,
        code=code,
        request_id=response.headers.get(REQUEST_ID_HEADER),
        response=response,
    )


def _parse_chunk(data: str, chunk_type: type[_ChunkT], response: httpx.Response) -> _ChunkT:
    try:
        return chunk_type.model_validate_json(data)
    except pydantic.ValidationError as exc:
        raise APIResponseValidationError(
            f"a streamed event is not a {chunk_type.__name__}: {data[:200]!r}",
            status_code=response.status_code,
            request_id=response.headers.get(REQUEST_ID_HEADER),
            response=response,
        ) from exc


def _is_event_stream(response: httpx.Response) -> bool:
    content_type: str = response.headers.get("content-type", "")
    return content_type.startswith("text/event-stream")


def _single_chunk(response: httpx.Response, chunk_type: type[_ChunkT]) -> _ChunkT:
    """The one chunk of a model that answered at once, in JSON, instead of streaming."""
    if "json" not in response.headers.get("content-type", ""):
        raise APIResponseValidationError(
            "asked for a stream, the answer is "
            f"{response.headers.get('content-type', 'untyped')!r}, not server-sent events",
            status_code=response.status_code,
            request_id=response.headers.get(REQUEST_ID_HEADER),
            response=response,
        )
    return _parse_chunk(json.dumps(_result(response)), chunk_type, response)


def _cut_short(response: httpx.Response) -> APIConnectionError:
    return APIConnectionError(
        "the stream ended before its final 'data: [DONE]'", request=response.request
    )


class Stream(Generic[_ChunkT]):
    """The chunks of a streamed run, in order: iterate it (once), then it is closed.

    The request was sent and answered with a success status when this is returned; the events
    are read as you iterate. It ends at ``data: [DONE]``. ``event: error`` raises
    :class:`RunFailedError`; an answer cut before ``[DONE]`` raises :class:`APIConnectionError`
    (nothing is retried once the stream has begun). Use it as a context manager, or call
    :meth:`close`, to release the connection when you stop early.
    """

    def __init__(self, response: httpx.Response, chunk_type: type[_ChunkT]) -> None:
        self.response = response
        self._chunk_type = chunk_type
        self._chunks = self._read()

    @property
    def request_id(self) -> str | None:
        """The ``cf-ai-req-id`` of the answer."""
        request_id: str | None = self.response.headers.get(REQUEST_ID_HEADER)
        return request_id

    def __iter__(self) -> Iterator[_ChunkT]:
        return self

    def __next__(self) -> _ChunkT:
        return next(self._chunks)

    def _read(self) -> Generator[_ChunkT, None, None]:
        import httpx

        response = self.response
        try:
            if not _is_event_stream(response):
                response.read()
                yield _single_chunk(response, self._chunk_type)
                return
            decoder = _SSEDecoder()
            for line in response.iter_lines():
                event = decoder.decode(line)
                if event is None:
                    continue
                name, data = event
                if name == "error":
                    raise _stream_error(data, response)
                if data == _DONE:
                    return
                yield _parse_chunk(data, self._chunk_type, response)
            if decoder.flush() != ("message", _DONE):  # [DONE] without its final blank line
                raise _cut_short(response)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(request=response.request) from exc
        except httpx.TransportError as exc:
            raise _cut_short(response) from exc
        finally:
            response.close()

    def close(self) -> None:
        """Stop reading and release the connection."""
        self._chunks.close()
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(Generic[_ChunkT]):
    """The async twin of :class:`Stream`: ``async for chunk in stream``, ``async with stream``."""

    def __init__(self, response: httpx.Response, chunk_type: type[_ChunkT]) -> None:
        self.response = response
        self._chunk_type = chunk_type
        self._chunks = self._read()

    @property
    def request_id(self) -> str | None:
        """The ``cf-ai-req-id`` of the answer."""
        request_id: str | None = self.response.headers.get(REQUEST_ID_HEADER)
        return request_id

    def __aiter__(self) -> AsyncIterator[_ChunkT]:
        return self

    async def __anext__(self) -> _ChunkT:
        return await anext(self._chunks)

    async def _read(self) -> AsyncGenerator[_ChunkT, None]:
        import httpx

        response = self.response
        try:
            if not _is_event_stream(response):
                await response.aread()
                yield _single_chunk(response, self._chunk_type)
                return
            decoder = _SSEDecoder()
            async for line in response.aiter_lines():
                event = decoder.decode(line)
                if event is None:
                    continue
                name, data = event
                if name == "error":
                    raise _stream_error(data, response)
                if data == _DONE:
                    return
                yield _parse_chunk(data, self._chunk_type, response)
            if decoder.flush() != ("message", _DONE):
                raise _cut_short(response)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(request=response.request) from exc
        except httpx.TransportError as exc:
            raise _cut_short(response) from exc
        finally:
            await response.aclose()

    async def close(self) -> None:
        """Stop reading and release the connection."""
        await self._chunks.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()


class BaseClient:
    """What the sync and async clients share: settings, routes and response handling."""

    def __init__(
        self,
        *,
        account_id: str | None,
        api_token: str | None,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout | NotGiven | None,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        import httpx

        account_id = account_id if account_id is not None else os.environ.get(ENV_ACCOUNT_ID)
        api_token = api_token if api_token is not None else os.environ.get(ENV_API_TOKEN)
        if not api_token:
            raise CloudflareAIError(
                f"no API token: pass api_token=... or set the {ENV_API_TOKEN} environment variable"
            )
        if not all("!" <= char <= "~" for char in api_token):
            # httpx would refuse it later in an error that quotes the whole header, token included
            raise CloudflareAIError(
                "the API token holds a space, a line break or a non-ASCII character: check"
                f" api_token or the {ENV_API_TOKEN} environment variable (the token is not shown)"
            )
        if not account_id:
            raise CloudflareAIError(
                f"no account id: pass account_id=... or set the {ENV_ACCOUNT_ID} environment"
                " variable"
            )
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if base_url is None:
            base_url = os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
        self.account_id = account_id
        self.base_url = httpx.URL(str(base_url).rstrip("/"))
        if isinstance(timeout, NotGiven):
            self.timeout = _default_timeout()
        elif isinstance(timeout, httpx.Timeout):
            self.timeout = timeout
        else:
            self.timeout = httpx.Timeout(timeout)
        self.max_retries = max_retries
        self._api_token = api_token
        self._default_headers = dict(default_headers or {})

    def __repr__(self) -> str:
        # Never the token.
        return (
            f"{type(self).__name__}(account_id={self.account_id!r}, "
            f"base_url={str(self.base_url)!r}, max_retries={self.max_retries})"
        )

    def _options(self) -> dict[str, Any]:
        return {
            "account_id": self.account_id,
            "api_token": self._api_token,
            "base_url": self.base_url,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "default_headers": self._default_headers,
        }

    def _route(self, model_id: str, payload: object) -> tuple[str, object]:
        """URL and JSON body: ``@cf/...``/``@hf/...`` models have their own route."""
        account = quote(self.account_id, safe="")
        url = f"{self.base_url}/accounts/{account}/ai/run"
        if model_id.startswith("@"):
            return f"{url}/{model_id}", payload
        return url, {"model": model_id, "input": payload}

    def _headers(self, stream: bool) -> dict[str, str]:
        return {
            **self._default_headers,
            "Authorization": f"Bearer {self._api_token}",
            "Accept": "text/event-stream" if stream else "application/json",
        }


class SyncAPIClient(BaseClient):
    """The sync transport: one ``httpx.Client``, retries with backoff."""

    def __init__(
        self,
        *,
        account_id: str | None = None,
        api_token: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Connect to Cloudflare's AI API.

        ``account_id``, ``api_token`` and ``base_url`` default to the environment variables
        ``CLOUDFLARE_ACCOUNT_ID``, ``CLOUDFLARE_API_TOKEN`` and ``CLOUDFLARE_BASE_URL``.
        ``timeout`` defaults to ``DEFAULT_TIMEOUT`` (60 s to read an answer, 5 s to connect);
        ``None`` waits as long as it takes. An ``http_client`` passed in is used as is and not
        closed by :meth:`close`.
        """
        super().__init__(
            account_id=account_id,
            api_token=api_token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        if http_client is None:
            import httpx

            http_client = httpx.Client()
        self._http = http_client

    def with_options(
        self,
        *,
        account_id: str | None = None,
        api_token: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> Self:
        """A copy of this client with some options changed; it shares the connection pool."""
        options = self._options()
        for key, value in (
            ("account_id", account_id),
            ("api_token", api_token),
            ("base_url", base_url),
            ("max_retries", max_retries),
            ("default_headers", default_headers),
        ):
            if value is not None:
                options[key] = value
        if not isinstance(timeout, NotGiven):
            options["timeout"] = timeout
        return type(self)(**options, http_client=http_client or self._http)

    def close(self) -> None:
        """Close the connection pool, unless it was passed in as ``http_client``."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _post(self, model_id: str, payload: object, *, stream: bool = False) -> httpx.Response:
        """POST the run, retrying until a success status: with ``stream``, the body is not read."""
        import httpx

        url, body = self._route(model_id, payload)
        attempt = 0
        while True:
            request = self._http.build_request(
                "POST", url, json=body, headers=self._headers(stream), timeout=self.timeout
            )
            retries_left = self.max_retries - attempt
            try:
                response = self._http.send(request, stream=stream)
                if stream and not response.is_success:  # an error answer is read whole
                    try:
                        response.read()
                    finally:
                        response.close()
            except httpx.TimeoutException as exc:
                if retries_left <= 0:
                    raise APITimeoutError(request=request) from exc
                failed: httpx.Response | None = None
                reason = "timed out"
            except httpx.TransportError as exc:
                if retries_left <= 0:
                    raise APIConnectionError(request=request) from exc
                failed = None
                reason = type(exc).__name__
            else:
                if response.is_success:
                    return response
                if retries_left <= 0 or not _should_retry(response):
                    raise _status_error(response)
                failed = response
                reason = f"HTTP {response.status_code}"
            delay = _retry_delay(attempt, failed)
            logger.info(
                "POST %s: %s, retrying in %.2f s (%d left)", model_id, reason, delay, retries_left
            )
            time.sleep(delay)
            attempt += 1

    def _run_model(
        self,
        model_id: str,
        input_type: type[pydantic.BaseModel],
        output_type: type[_ModelT],
        given: object,
        *,
        stream: bool | NotGiven = NOT_GIVEN,
        streams_by_default: bool = False,
    ) -> _ModelT:
        payload = _whole_answer(_payload(input_type, given, stream), streams_by_default)
        if _asks_for_stream(payload):
            raise ValueError("the input sets stream=true: pass stream=True to get a stream")
        return _parse_output(self._post(model_id, payload), output_type)

    def _run_stream(
        self,
        model_id: str,
        input_type: type[pydantic.BaseModel],
        given: object,
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> Stream[StreamChunk]:
        payload = _payload(input_type, given, stream)
        if not _asks_for_stream(payload):
            raise ValueError("a stream needs stream=True in the input")
        return Stream(self._post(model_id, payload, stream=True), StreamChunk)

    def _run_bytes(
        self, model_id: str, input_type: type[pydantic.BaseModel], given: object
    ) -> bytes:
        payload = _payload(input_type, given)
        return _parse_bytes(self._post(model_id, payload))


class AsyncAPIClient(BaseClient):
    """The async transport: one ``httpx.AsyncClient``, retries with backoff."""

    def __init__(
        self,
        *,
        account_id: str | None = None,
        api_token: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Connect to Cloudflare's AI API; the options are the same as the sync client's."""
        super().__init__(
            account_id=account_id,
            api_token=api_token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        if http_client is None:
            import httpx

            http_client = httpx.AsyncClient()
        self._http = http_client

    def with_options(
        self,
        *,
        account_id: str | None = None,
        api_token: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> Self:
        """A copy of this client with some options changed; it shares the connection pool."""
        options = self._options()
        for key, value in (
            ("account_id", account_id),
            ("api_token", api_token),
            ("base_url", base_url),
            ("max_retries", max_retries),
            ("default_headers", default_headers),
        ):
            if value is not None:
                options[key] = value
        if not isinstance(timeout, NotGiven):
            options["timeout"] = timeout
        return type(self)(**options, http_client=http_client or self._http)

    async def aclose(self) -> None:
        """Close the connection pool, unless it was passed in as ``http_client``."""
        if self._owns_http:
            await self._http.aclose()

    async def close(self) -> None:
        """Same as :meth:`aclose`."""
        await self.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _post(
        self, model_id: str, payload: object, *, stream: bool = False
    ) -> httpx.Response:
        """POST the run, retrying until a success status: with ``stream``, the body is not read."""
        import httpx

        url, body = self._route(model_id, payload)
        attempt = 0
        while True:
            request = self._http.build_request(
                "POST", url, json=body, headers=self._headers(stream), timeout=self.timeout
            )
            retries_left = self.max_retries - attempt
            try:
                response = await self._http.send(request, stream=stream)
                if stream and not response.is_success:  # an error answer is read whole
                    try:
                        await response.aread()
                    finally:
                        await response.aclose()
            except httpx.TimeoutException as exc:
                if retries_left <= 0:
                    raise APITimeoutError(request=request) from exc
                failed: httpx.Response | None = None
                reason = "timed out"
            except httpx.TransportError as exc:
                if retries_left <= 0:
                    raise APIConnectionError(request=request) from exc
                failed = None
                reason = type(exc).__name__
            else:
                if response.is_success:
                    return response
                if retries_left <= 0 or not _should_retry(response):
                    raise _status_error(response)
                failed = response
                reason = f"HTTP {response.status_code}"
            delay = _retry_delay(attempt, failed)
            logger.info(
                "POST %s: %s, retrying in %.2f s (%d left)", model_id, reason, delay, retries_left
            )
            import asyncio  # here: `import cfai` need not load asyncio (~20 ms) for sync users

            await asyncio.sleep(delay)
            attempt += 1

    async def _run_model(
        self,
        model_id: str,
        input_type: type[pydantic.BaseModel],
        output_type: type[_ModelT],
        given: object,
        *,
        stream: bool | NotGiven = NOT_GIVEN,
        streams_by_default: bool = False,
    ) -> _ModelT:
        payload = _whole_answer(_payload(input_type, given, stream), streams_by_default)
        if _asks_for_stream(payload):
            raise ValueError("the input sets stream=true: pass stream=True to get a stream")
        return _parse_output(await self._post(model_id, payload), output_type)

    async def _run_stream(
        self,
        model_id: str,
        input_type: type[pydantic.BaseModel],
        given: object,
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[StreamChunk]:
        payload = _payload(input_type, given, stream)
        if not _asks_for_stream(payload):
            raise ValueError("a stream needs stream=True in the input")
        return AsyncStream(await self._post(model_id, payload, stream=True), StreamChunk)

    async def _run_bytes(
        self, model_id: str, input_type: type[pydantic.BaseModel], given: object
    ) -> bytes:
        payload = _payload(input_type, given)
        return _parse_bytes(await self._post(model_id, payload))
