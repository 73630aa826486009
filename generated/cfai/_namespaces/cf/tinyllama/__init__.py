"""The ``cf.tinyllama`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

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

    from ....models.cf.tinyllama import (
        tinyllama_1_1b_chat_v1_0 as _model_tinyllama_1_1b_chat_v1_0,
    )

__all__ = ["AsyncCfTinyllamaNamespace", "CfTinyllamaNamespace"]


class CfTinyllamaNamespace:
    """Models below ``client.cf.tinyllama``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def tinyllama_1_1b_chat_v1_0(
        self,
        input: _model_tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def tinyllama_1_1b_chat_v1_0(
        self,
        input: _model_tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Output: ...

    def tinyllama_1_1b_chat_v1_0(
        self,
        input: _model_tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Output | Stream[StreamChunk]:
        """Run ``@cf/tinyllama/tinyllama-1.1b-chat-v1.0``.

        Args:
            input: a ``Tinyllama11bChatV10Input``, or a dict validated into one.
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
            The parsed ``Tinyllama11bChatV10Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.tinyllama import (
            tinyllama_1_1b_chat_v1_0 as _model_tinyllama_1_1b_chat_v1_0,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/tinyllama/tinyllama-1.1b-chat-v1.0",
                _model_tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Input,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/tinyllama/tinyllama-1.1b-chat-v1.0",
            _model_tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Input,
            _model_tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Output,
            given,
            stream=stream,
        )


class AsyncCfTinyllamaNamespace:
    """Models below ``client.cf.tinyllama``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def tinyllama_1_1b_chat_v1_0(
        self,
        input: _model_tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def tinyllama_1_1b_chat_v1_0(
        self,
        input: _model_tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Output: ...

    async def tinyllama_1_1b_chat_v1_0(
        self,
        input: _model_tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Output | AsyncStream[StreamChunk]:
        """Run ``@cf/tinyllama/tinyllama-1.1b-chat-v1.0``.

        Args:
            input: a ``Tinyllama11bChatV10Input``, or a dict validated into one.
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
            The parsed ``Tinyllama11bChatV10Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.tinyllama import (
            tinyllama_1_1b_chat_v1_0 as _model_tinyllama_1_1b_chat_v1_0,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/tinyllama/tinyllama-1.1b-chat-v1.0",
                _model_tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Input,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/tinyllama/tinyllama-1.1b-chat-v1.0",
            _model_tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Input,
            _model_tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Output,
            given,
            stream=stream,
        )
