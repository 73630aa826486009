"""The ``cf.aisingapore`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

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

    from ....models.cf.aisingapore import (
        gemma_sea_lion_v4_27b_it as _model_gemma_sea_lion_v4_27b_it,
    )

__all__ = ["AsyncCfAisingaporeNamespace", "CfAisingaporeNamespace"]


class CfAisingaporeNamespace:
    """Models below ``client.cf.aisingapore``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def gemma_sea_lion_v4_27b_it(
        self,
        input: _model_gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def gemma_sea_lion_v4_27b_it(
        self,
        input: _model_gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItOutput: ...

    def gemma_sea_lion_v4_27b_it(
        self,
        input: _model_gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItOutput | Stream[StreamChunk]:
        """Run ``@cf/aisingapore/gemma-sea-lion-v4-27b-it``.

        Args:
            input: a ``GemmaSeaLionV427bItInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted
            - input #/oneOf/2/properties/requests/items/oneOf is checked as anyOf: a value that
              matches more than one branch is accepted
            - input #/oneOf/2/properties/requests/items/oneOf/1/properties/tools/items/oneOf is
              checked as anyOf: a value that matches more than one branch is accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output: the text/event-stream answer to stream=True is read by the client as a stream
              of chunks, not by this model

        Returns:
            The parsed ``GemmaSeaLionV427bItOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.aisingapore import (
            gemma_sea_lion_v4_27b_it as _model_gemma_sea_lion_v4_27b_it,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/aisingapore/gemma-sea-lion-v4-27b-it",
                _model_gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/aisingapore/gemma-sea-lion-v4-27b-it",
            _model_gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItInput,
            _model_gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItOutput,
            given,
            stream=stream,
        )


class AsyncCfAisingaporeNamespace:
    """Models below ``client.cf.aisingapore``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def gemma_sea_lion_v4_27b_it(
        self,
        input: _model_gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def gemma_sea_lion_v4_27b_it(
        self,
        input: _model_gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItOutput: ...

    async def gemma_sea_lion_v4_27b_it(
        self,
        input: _model_gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/aisingapore/gemma-sea-lion-v4-27b-it``.

        Args:
            input: a ``GemmaSeaLionV427bItInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted
            - input #/oneOf/2/properties/requests/items/oneOf is checked as anyOf: a value that
              matches more than one branch is accepted
            - input #/oneOf/2/properties/requests/items/oneOf/1/properties/tools/items/oneOf is
              checked as anyOf: a value that matches more than one branch is accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output: the text/event-stream answer to stream=True is read by the client as a stream
              of chunks, not by this model

        Returns:
            The parsed ``GemmaSeaLionV427bItOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.aisingapore import (
            gemma_sea_lion_v4_27b_it as _model_gemma_sea_lion_v4_27b_it,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/aisingapore/gemma-sea-lion-v4-27b-it",
                _model_gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/aisingapore/gemma-sea-lion-v4-27b-it",
            _model_gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItInput,
            _model_gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItOutput,
            given,
            stream=stream,
        )
