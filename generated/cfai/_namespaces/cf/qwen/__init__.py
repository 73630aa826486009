"""The ``cf.qwen`` namespace of the client: 6 model(s), 0 sub-namespace(s)."""

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

    from ....models.cf.qwen import (
        qwen1_5_0_5b_chat as _model_qwen1_5_0_5b_chat,
    )
    from ....models.cf.qwen import (
        qwen1_5_1_8b_chat as _model_qwen1_5_1_8b_chat,
    )
    from ....models.cf.qwen import (
        qwen1_5_7b_chat_awq as _model_qwen1_5_7b_chat_awq,
    )
    from ....models.cf.qwen import (
        qwen1_5_14b_chat_awq as _model_qwen1_5_14b_chat_awq,
    )
    from ....models.cf.qwen import (
        qwen2_5_coder_32b_instruct as _model_qwen2_5_coder_32b_instruct,
    )
    from ....models.cf.qwen import (
        qwen3_30b_a3b_fp8 as _model_qwen3_30b_a3b_fp8,
    )

__all__ = ["AsyncCfQwenNamespace", "CfQwenNamespace"]


class CfQwenNamespace:
    """Models below ``client.cf.qwen``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def qwen1_5_0_5b_chat(
        self,
        input: _model_qwen1_5_0_5b_chat.Qwen1505bChatInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def qwen1_5_0_5b_chat(
        self,
        input: _model_qwen1_5_0_5b_chat.Qwen1505bChatInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen1_5_0_5b_chat.Qwen1505bChatOutput: ...

    def qwen1_5_0_5b_chat(
        self,
        input: _model_qwen1_5_0_5b_chat.Qwen1505bChatInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen1_5_0_5b_chat.Qwen1505bChatOutput | Stream[StreamChunk]:
        """Run ``@cf/qwen/qwen1.5-0.5b-chat``.

        Args:
            input: a ``Qwen1505bChatInput``, or a dict validated into one.
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
            The parsed ``Qwen1505bChatOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.qwen import (
            qwen1_5_0_5b_chat as _model_qwen1_5_0_5b_chat,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/qwen/qwen1.5-0.5b-chat",
                _model_qwen1_5_0_5b_chat.Qwen1505bChatInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/qwen/qwen1.5-0.5b-chat",
            _model_qwen1_5_0_5b_chat.Qwen1505bChatInput,
            _model_qwen1_5_0_5b_chat.Qwen1505bChatOutput,
            given,
            stream=stream,
        )

    @overload
    def qwen1_5_1_8b_chat(
        self,
        input: _model_qwen1_5_1_8b_chat.Qwen1518bChatInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def qwen1_5_1_8b_chat(
        self,
        input: _model_qwen1_5_1_8b_chat.Qwen1518bChatInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen1_5_1_8b_chat.Qwen1518bChatOutput: ...

    def qwen1_5_1_8b_chat(
        self,
        input: _model_qwen1_5_1_8b_chat.Qwen1518bChatInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen1_5_1_8b_chat.Qwen1518bChatOutput | Stream[StreamChunk]:
        """Run ``@cf/qwen/qwen1.5-1.8b-chat``.

        Args:
            input: a ``Qwen1518bChatInput``, or a dict validated into one.
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
            The parsed ``Qwen1518bChatOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.qwen import (
            qwen1_5_1_8b_chat as _model_qwen1_5_1_8b_chat,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/qwen/qwen1.5-1.8b-chat",
                _model_qwen1_5_1_8b_chat.Qwen1518bChatInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/qwen/qwen1.5-1.8b-chat",
            _model_qwen1_5_1_8b_chat.Qwen1518bChatInput,
            _model_qwen1_5_1_8b_chat.Qwen1518bChatOutput,
            given,
            stream=stream,
        )

    @overload
    def qwen1_5_14b_chat_awq(
        self,
        input: _model_qwen1_5_14b_chat_awq.Qwen1514bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def qwen1_5_14b_chat_awq(
        self,
        input: _model_qwen1_5_14b_chat_awq.Qwen1514bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen1_5_14b_chat_awq.Qwen1514bChatAwqOutput: ...

    def qwen1_5_14b_chat_awq(
        self,
        input: _model_qwen1_5_14b_chat_awq.Qwen1514bChatAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen1_5_14b_chat_awq.Qwen1514bChatAwqOutput | Stream[StreamChunk]:
        """Run ``@cf/qwen/qwen1.5-14b-chat-awq``.

        Args:
            input: a ``Qwen1514bChatAwqInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``Qwen1514bChatAwqOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.qwen import (
            qwen1_5_14b_chat_awq as _model_qwen1_5_14b_chat_awq,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/qwen/qwen1.5-14b-chat-awq",
                _model_qwen1_5_14b_chat_awq.Qwen1514bChatAwqInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/qwen/qwen1.5-14b-chat-awq",
            _model_qwen1_5_14b_chat_awq.Qwen1514bChatAwqInput,
            _model_qwen1_5_14b_chat_awq.Qwen1514bChatAwqOutput,
            given,
            stream=stream,
        )

    @overload
    def qwen1_5_7b_chat_awq(
        self,
        input: _model_qwen1_5_7b_chat_awq.Qwen157bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def qwen1_5_7b_chat_awq(
        self,
        input: _model_qwen1_5_7b_chat_awq.Qwen157bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen1_5_7b_chat_awq.Qwen157bChatAwqOutput: ...

    def qwen1_5_7b_chat_awq(
        self,
        input: _model_qwen1_5_7b_chat_awq.Qwen157bChatAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen1_5_7b_chat_awq.Qwen157bChatAwqOutput | Stream[StreamChunk]:
        """Run ``@cf/qwen/qwen1.5-7b-chat-awq``.

        Args:
            input: a ``Qwen157bChatAwqInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``Qwen157bChatAwqOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.qwen import (
            qwen1_5_7b_chat_awq as _model_qwen1_5_7b_chat_awq,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/qwen/qwen1.5-7b-chat-awq",
                _model_qwen1_5_7b_chat_awq.Qwen157bChatAwqInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/qwen/qwen1.5-7b-chat-awq",
            _model_qwen1_5_7b_chat_awq.Qwen157bChatAwqInput,
            _model_qwen1_5_7b_chat_awq.Qwen157bChatAwqOutput,
            given,
            stream=stream,
        )

    @overload
    def qwen2_5_coder_32b_instruct(
        self,
        input: _model_qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def qwen2_5_coder_32b_instruct(
        self,
        input: _model_qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructOutput: ...

    def qwen2_5_coder_32b_instruct(
        self,
        input: _model_qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructOutput | Stream[StreamChunk]:
        """Run ``@cf/qwen/qwen2.5-coder-32b-instruct``.

        Args:
            input: a ``Qwen25Coder32bInstructInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``Qwen25Coder32bInstructOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.qwen import (
            qwen2_5_coder_32b_instruct as _model_qwen2_5_coder_32b_instruct,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/qwen/qwen2.5-coder-32b-instruct",
                _model_qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/qwen/qwen2.5-coder-32b-instruct",
            _model_qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructInput,
            _model_qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructOutput,
            given,
            stream=stream,
        )

    @overload
    def qwen3_30b_a3b_fp8(
        self,
        input: _model_qwen3_30b_a3b_fp8.Qwen330bA3bFp8Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def qwen3_30b_a3b_fp8(
        self,
        input: _model_qwen3_30b_a3b_fp8.Qwen330bA3bFp8Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_30b_a3b_fp8.Qwen330bA3bFp8Output: ...

    def qwen3_30b_a3b_fp8(
        self,
        input: _model_qwen3_30b_a3b_fp8.Qwen330bA3bFp8Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_30b_a3b_fp8.Qwen330bA3bFp8Output | Stream[StreamChunk]:
        """Run ``@cf/qwen/qwen3-30b-a3b-fp8``.

        Args:
            input: a ``Qwen330bA3bFp8Input``, or a dict validated into one.
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
            The parsed ``Qwen330bA3bFp8Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.qwen import (
            qwen3_30b_a3b_fp8 as _model_qwen3_30b_a3b_fp8,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/qwen/qwen3-30b-a3b-fp8",
                _model_qwen3_30b_a3b_fp8.Qwen330bA3bFp8Input,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/qwen/qwen3-30b-a3b-fp8",
            _model_qwen3_30b_a3b_fp8.Qwen330bA3bFp8Input,
            _model_qwen3_30b_a3b_fp8.Qwen330bA3bFp8Output,
            given,
            stream=stream,
        )


class AsyncCfQwenNamespace:
    """Models below ``client.cf.qwen``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def qwen1_5_0_5b_chat(
        self,
        input: _model_qwen1_5_0_5b_chat.Qwen1505bChatInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def qwen1_5_0_5b_chat(
        self,
        input: _model_qwen1_5_0_5b_chat.Qwen1505bChatInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen1_5_0_5b_chat.Qwen1505bChatOutput: ...

    async def qwen1_5_0_5b_chat(
        self,
        input: _model_qwen1_5_0_5b_chat.Qwen1505bChatInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen1_5_0_5b_chat.Qwen1505bChatOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/qwen/qwen1.5-0.5b-chat``.

        Args:
            input: a ``Qwen1505bChatInput``, or a dict validated into one.
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
            The parsed ``Qwen1505bChatOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.qwen import (
            qwen1_5_0_5b_chat as _model_qwen1_5_0_5b_chat,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/qwen/qwen1.5-0.5b-chat",
                _model_qwen1_5_0_5b_chat.Qwen1505bChatInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/qwen/qwen1.5-0.5b-chat",
            _model_qwen1_5_0_5b_chat.Qwen1505bChatInput,
            _model_qwen1_5_0_5b_chat.Qwen1505bChatOutput,
            given,
            stream=stream,
        )

    @overload
    async def qwen1_5_1_8b_chat(
        self,
        input: _model_qwen1_5_1_8b_chat.Qwen1518bChatInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def qwen1_5_1_8b_chat(
        self,
        input: _model_qwen1_5_1_8b_chat.Qwen1518bChatInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen1_5_1_8b_chat.Qwen1518bChatOutput: ...

    async def qwen1_5_1_8b_chat(
        self,
        input: _model_qwen1_5_1_8b_chat.Qwen1518bChatInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen1_5_1_8b_chat.Qwen1518bChatOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/qwen/qwen1.5-1.8b-chat``.

        Args:
            input: a ``Qwen1518bChatInput``, or a dict validated into one.
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
            The parsed ``Qwen1518bChatOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.qwen import (
            qwen1_5_1_8b_chat as _model_qwen1_5_1_8b_chat,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/qwen/qwen1.5-1.8b-chat",
                _model_qwen1_5_1_8b_chat.Qwen1518bChatInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/qwen/qwen1.5-1.8b-chat",
            _model_qwen1_5_1_8b_chat.Qwen1518bChatInput,
            _model_qwen1_5_1_8b_chat.Qwen1518bChatOutput,
            given,
            stream=stream,
        )

    @overload
    async def qwen1_5_14b_chat_awq(
        self,
        input: _model_qwen1_5_14b_chat_awq.Qwen1514bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def qwen1_5_14b_chat_awq(
        self,
        input: _model_qwen1_5_14b_chat_awq.Qwen1514bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen1_5_14b_chat_awq.Qwen1514bChatAwqOutput: ...

    async def qwen1_5_14b_chat_awq(
        self,
        input: _model_qwen1_5_14b_chat_awq.Qwen1514bChatAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen1_5_14b_chat_awq.Qwen1514bChatAwqOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/qwen/qwen1.5-14b-chat-awq``.

        Args:
            input: a ``Qwen1514bChatAwqInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``Qwen1514bChatAwqOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.qwen import (
            qwen1_5_14b_chat_awq as _model_qwen1_5_14b_chat_awq,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/qwen/qwen1.5-14b-chat-awq",
                _model_qwen1_5_14b_chat_awq.Qwen1514bChatAwqInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/qwen/qwen1.5-14b-chat-awq",
            _model_qwen1_5_14b_chat_awq.Qwen1514bChatAwqInput,
            _model_qwen1_5_14b_chat_awq.Qwen1514bChatAwqOutput,
            given,
            stream=stream,
        )

    @overload
    async def qwen1_5_7b_chat_awq(
        self,
        input: _model_qwen1_5_7b_chat_awq.Qwen157bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def qwen1_5_7b_chat_awq(
        self,
        input: _model_qwen1_5_7b_chat_awq.Qwen157bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen1_5_7b_chat_awq.Qwen157bChatAwqOutput: ...

    async def qwen1_5_7b_chat_awq(
        self,
        input: _model_qwen1_5_7b_chat_awq.Qwen157bChatAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen1_5_7b_chat_awq.Qwen157bChatAwqOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/qwen/qwen1.5-7b-chat-awq``.

        Args:
            input: a ``Qwen157bChatAwqInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``Qwen157bChatAwqOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.qwen import (
            qwen1_5_7b_chat_awq as _model_qwen1_5_7b_chat_awq,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/qwen/qwen1.5-7b-chat-awq",
                _model_qwen1_5_7b_chat_awq.Qwen157bChatAwqInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/qwen/qwen1.5-7b-chat-awq",
            _model_qwen1_5_7b_chat_awq.Qwen157bChatAwqInput,
            _model_qwen1_5_7b_chat_awq.Qwen157bChatAwqOutput,
            given,
            stream=stream,
        )

    @overload
    async def qwen2_5_coder_32b_instruct(
        self,
        input: _model_qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def qwen2_5_coder_32b_instruct(
        self,
        input: _model_qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructOutput: ...

    async def qwen2_5_coder_32b_instruct(
        self,
        input: _model_qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/qwen/qwen2.5-coder-32b-instruct``.

        Args:
            input: a ``Qwen25Coder32bInstructInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``Qwen25Coder32bInstructOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.qwen import (
            qwen2_5_coder_32b_instruct as _model_qwen2_5_coder_32b_instruct,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/qwen/qwen2.5-coder-32b-instruct",
                _model_qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/qwen/qwen2.5-coder-32b-instruct",
            _model_qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructInput,
            _model_qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructOutput,
            given,
            stream=stream,
        )

    @overload
    async def qwen3_30b_a3b_fp8(
        self,
        input: _model_qwen3_30b_a3b_fp8.Qwen330bA3bFp8Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def qwen3_30b_a3b_fp8(
        self,
        input: _model_qwen3_30b_a3b_fp8.Qwen330bA3bFp8Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_30b_a3b_fp8.Qwen330bA3bFp8Output: ...

    async def qwen3_30b_a3b_fp8(
        self,
        input: _model_qwen3_30b_a3b_fp8.Qwen330bA3bFp8Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_30b_a3b_fp8.Qwen330bA3bFp8Output | AsyncStream[StreamChunk]:
        """Run ``@cf/qwen/qwen3-30b-a3b-fp8``.

        Args:
            input: a ``Qwen330bA3bFp8Input``, or a dict validated into one.
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
            The parsed ``Qwen330bA3bFp8Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.qwen import (
            qwen3_30b_a3b_fp8 as _model_qwen3_30b_a3b_fp8,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/qwen/qwen3-30b-a3b-fp8",
                _model_qwen3_30b_a3b_fp8.Qwen330bA3bFp8Input,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/qwen/qwen3-30b-a3b-fp8",
            _model_qwen3_30b_a3b_fp8.Qwen330bA3bFp8Input,
            _model_qwen3_30b_a3b_fp8.Qwen330bA3bFp8Output,
            given,
            stream=stream,
        )
