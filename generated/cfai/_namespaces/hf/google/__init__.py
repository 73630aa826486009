"""The ``hf.google`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, overload

from ...._base import (
    NOT_GIVEN,
    AsyncAPIClient,
    AsyncStream,
    NotGiven,
    Stream,
    StreamChunk,
    SyncAPIClient,
)

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ....models.hf.google import (
        gemma_7b_it as _model_gemma_7b_it,
    )

__all__ = ["AsyncHfGoogleNamespace", "HfGoogleNamespace"]


class HfGoogleNamespace:
    """Models below ``client.hf.google``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def gemma_7b_it(
        self,
        input: _model_gemma_7b_it.Gemma7bItInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def gemma_7b_it(
        self,
        input: _model_gemma_7b_it.Gemma7bItInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_7b_it.Gemma7bItOutput: ...

    def gemma_7b_it(
        self,
        input: _model_gemma_7b_it.Gemma7bItInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_7b_it.Gemma7bItOutput | Stream[StreamChunk]:
        """Run ``@hf/google/gemma-7b-it``.

        Args:
            input: a ``Gemma7bItInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted
            - output: the text/event-stream answer to stream=True is read by the client as a stream
              of chunks, not by this model

        Returns:
            The parsed ``Gemma7bItOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.google import (
            gemma_7b_it as _model_gemma_7b_it,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@hf/google/gemma-7b-it",
                _model_gemma_7b_it.Gemma7bItInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@hf/google/gemma-7b-it",
            _model_gemma_7b_it.Gemma7bItInput,
            _model_gemma_7b_it.Gemma7bItOutput,
            given,
            stream=stream,
        )


class AsyncHfGoogleNamespace:
    """Models below ``client.hf.google``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def gemma_7b_it(
        self,
        input: _model_gemma_7b_it.Gemma7bItInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def gemma_7b_it(
        self,
        input: _model_gemma_7b_it.Gemma7bItInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_7b_it.Gemma7bItOutput: ...

    async def gemma_7b_it(
        self,
        input: _model_gemma_7b_it.Gemma7bItInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_7b_it.Gemma7bItOutput | AsyncStream[StreamChunk]:
        """Run ``@hf/google/gemma-7b-it``.

        Args:
            input: a ``Gemma7bItInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted
            - output: the text/event-stream answer to stream=True is read by the client as a stream
              of chunks, not by this model

        Returns:
            The parsed ``Gemma7bItOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.google import (
            gemma_7b_it as _model_gemma_7b_it,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@hf/google/gemma-7b-it",
                _model_gemma_7b_it.Gemma7bItInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@hf/google/gemma-7b-it",
            _model_gemma_7b_it.Gemma7bItInput,
            _model_gemma_7b_it.Gemma7bItOutput,
            given,
            stream=stream,
        )
