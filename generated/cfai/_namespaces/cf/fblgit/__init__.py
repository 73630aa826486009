"""The ``cf.fblgit`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

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

    from ....models.cf.fblgit import (
        una_cybertron_7b_v2_bf16 as _model_una_cybertron_7b_v2_bf16,
    )

__all__ = ["AsyncCfFblgitNamespace", "CfFblgitNamespace"]


class CfFblgitNamespace:
    """Models below ``client.cf.fblgit``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def una_cybertron_7b_v2_bf16(
        self,
        input: _model_una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def una_cybertron_7b_v2_bf16(
        self,
        input: _model_una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Output: ...

    def una_cybertron_7b_v2_bf16(
        self,
        input: _model_una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Output | Stream[StreamChunk]:
        """Run ``@cf/fblgit/una-cybertron-7b-v2-bf16``.

        Args:
            input: a ``UnaCybertron7bV2Bf16Input``, or a dict validated into one.
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
            The parsed ``UnaCybertron7bV2Bf16Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.fblgit import (
            una_cybertron_7b_v2_bf16 as _model_una_cybertron_7b_v2_bf16,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/fblgit/una-cybertron-7b-v2-bf16",
                _model_una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Input,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/fblgit/una-cybertron-7b-v2-bf16",
            _model_una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Input,
            _model_una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Output,
            given,
            stream=stream,
        )


class AsyncCfFblgitNamespace:
    """Models below ``client.cf.fblgit``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def una_cybertron_7b_v2_bf16(
        self,
        input: _model_una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def una_cybertron_7b_v2_bf16(
        self,
        input: _model_una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Output: ...

    async def una_cybertron_7b_v2_bf16(
        self,
        input: _model_una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Output | AsyncStream[StreamChunk]:
        """Run ``@cf/fblgit/una-cybertron-7b-v2-bf16``.

        Args:
            input: a ``UnaCybertron7bV2Bf16Input``, or a dict validated into one.
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
            The parsed ``UnaCybertron7bV2Bf16Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.fblgit import (
            una_cybertron_7b_v2_bf16 as _model_una_cybertron_7b_v2_bf16,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/fblgit/una-cybertron-7b-v2-bf16",
                _model_una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Input,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/fblgit/una-cybertron-7b-v2-bf16",
            _model_una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Input,
            _model_una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Output,
            given,
            stream=stream,
        )
