"""The ``cf.tiiuae`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

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

    from ....models.cf.tiiuae import (
        falcon_7b_instruct as _model_falcon_7b_instruct,
    )

__all__ = ["AsyncCfTiiuaeNamespace", "CfTiiuaeNamespace"]


class CfTiiuaeNamespace:
    """Models below ``client.cf.tiiuae``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def falcon_7b_instruct(
        self,
        input: _model_falcon_7b_instruct.Falcon7bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def falcon_7b_instruct(
        self,
        input: _model_falcon_7b_instruct.Falcon7bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_falcon_7b_instruct.Falcon7bInstructOutput: ...

    def falcon_7b_instruct(
        self,
        input: _model_falcon_7b_instruct.Falcon7bInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_falcon_7b_instruct.Falcon7bInstructOutput | Stream[StreamChunk]:
        """Run ``@cf/tiiuae/falcon-7b-instruct``.

        Args:
            input: a ``Falcon7bInstructInput``, or a dict validated into one.
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
            The parsed ``Falcon7bInstructOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.tiiuae import (
            falcon_7b_instruct as _model_falcon_7b_instruct,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/tiiuae/falcon-7b-instruct",
                _model_falcon_7b_instruct.Falcon7bInstructInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/tiiuae/falcon-7b-instruct",
            _model_falcon_7b_instruct.Falcon7bInstructInput,
            _model_falcon_7b_instruct.Falcon7bInstructOutput,
            given,
            stream=stream,
        )


class AsyncCfTiiuaeNamespace:
    """Models below ``client.cf.tiiuae``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def falcon_7b_instruct(
        self,
        input: _model_falcon_7b_instruct.Falcon7bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def falcon_7b_instruct(
        self,
        input: _model_falcon_7b_instruct.Falcon7bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_falcon_7b_instruct.Falcon7bInstructOutput: ...

    async def falcon_7b_instruct(
        self,
        input: _model_falcon_7b_instruct.Falcon7bInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_falcon_7b_instruct.Falcon7bInstructOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/tiiuae/falcon-7b-instruct``.

        Args:
            input: a ``Falcon7bInstructInput``, or a dict validated into one.
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
            The parsed ``Falcon7bInstructOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.tiiuae import (
            falcon_7b_instruct as _model_falcon_7b_instruct,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/tiiuae/falcon-7b-instruct",
                _model_falcon_7b_instruct.Falcon7bInstructInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/tiiuae/falcon-7b-instruct",
            _model_falcon_7b_instruct.Falcon7bInstructInput,
            _model_falcon_7b_instruct.Falcon7bInstructOutput,
            given,
            stream=stream,
        )
