"""The ``cf.meta`` namespace of the client: 14 model(s), 0 sub-namespace(s)."""

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

    from ....models.cf.meta import (
        llama_2_7b_chat_fp16 as _model_llama_2_7b_chat_fp16,
    )
    from ....models.cf.meta import (
        llama_2_7b_chat_int8 as _model_llama_2_7b_chat_int8,
    )
    from ....models.cf.meta import (
        llama_3_1_8b_instruct as _model_llama_3_1_8b_instruct,
    )
    from ....models.cf.meta import (
        llama_3_1_8b_instruct_awq as _model_llama_3_1_8b_instruct_awq,
    )
    from ....models.cf.meta import (
        llama_3_1_8b_instruct_fast as _model_llama_3_1_8b_instruct_fast,
    )
    from ....models.cf.meta import (
        llama_3_1_8b_instruct_fp8 as _model_llama_3_1_8b_instruct_fp8,
    )
    from ....models.cf.meta import (
        llama_3_1_70b_instruct as _model_llama_3_1_70b_instruct,
    )
    from ....models.cf.meta import (
        llama_3_2_1b_instruct as _model_llama_3_2_1b_instruct,
    )
    from ....models.cf.meta import (
        llama_3_2_3b_instruct as _model_llama_3_2_3b_instruct,
    )
    from ....models.cf.meta import (
        llama_3_2_11b_vision_instruct as _model_llama_3_2_11b_vision_instruct,
    )
    from ....models.cf.meta import (
        llama_3_3_70b_instruct_fp8_fast as _model_llama_3_3_70b_instruct_fp8_fast,
    )
    from ....models.cf.meta import (
        llama_3_8b_instruct as _model_llama_3_8b_instruct,
    )
    from ....models.cf.meta import (
        llama_3_8b_instruct_awq as _model_llama_3_8b_instruct_awq,
    )
    from ....models.cf.meta import (
        llama_guard_3_8b as _model_llama_guard_3_8b,
    )

__all__ = ["AsyncCfMetaNamespace", "CfMetaNamespace"]


class CfMetaNamespace:
    """Models below ``client.cf.meta``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def llama_2_7b_chat_fp16(
        self,
        input: _model_llama_2_7b_chat_fp16.Llama27bChatFp16Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def llama_2_7b_chat_fp16(
        self,
        input: _model_llama_2_7b_chat_fp16.Llama27bChatFp16Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_2_7b_chat_fp16.Llama27bChatFp16Output: ...

    def llama_2_7b_chat_fp16(
        self,
        input: _model_llama_2_7b_chat_fp16.Llama27bChatFp16Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_2_7b_chat_fp16.Llama27bChatFp16Output | Stream[StreamChunk]:
        """Run ``@cf/meta/llama-2-7b-chat-fp16``.

        Args:
            input: a ``Llama27bChatFp16Input``, or a dict validated into one.
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
            The parsed ``Llama27bChatFp16Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_2_7b_chat_fp16 as _model_llama_2_7b_chat_fp16,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/meta/llama-2-7b-chat-fp16",
                _model_llama_2_7b_chat_fp16.Llama27bChatFp16Input,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/meta/llama-2-7b-chat-fp16",
            _model_llama_2_7b_chat_fp16.Llama27bChatFp16Input,
            _model_llama_2_7b_chat_fp16.Llama27bChatFp16Output,
            given,
            stream=stream,
        )

    @overload
    def llama_2_7b_chat_int8(
        self,
        input: _model_llama_2_7b_chat_int8.Llama27bChatInt8Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def llama_2_7b_chat_int8(
        self,
        input: _model_llama_2_7b_chat_int8.Llama27bChatInt8Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_2_7b_chat_int8.Llama27bChatInt8Output: ...

    def llama_2_7b_chat_int8(
        self,
        input: _model_llama_2_7b_chat_int8.Llama27bChatInt8Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_2_7b_chat_int8.Llama27bChatInt8Output | Stream[StreamChunk]:
        """Run ``@cf/meta/llama-2-7b-chat-int8``.

        Args:
            input: a ``Llama27bChatInt8Input``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``Llama27bChatInt8Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_2_7b_chat_int8 as _model_llama_2_7b_chat_int8,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/meta/llama-2-7b-chat-int8",
                _model_llama_2_7b_chat_int8.Llama27bChatInt8Input,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/meta/llama-2-7b-chat-int8",
            _model_llama_2_7b_chat_int8.Llama27bChatInt8Input,
            _model_llama_2_7b_chat_int8.Llama27bChatInt8Output,
            given,
            stream=stream,
        )

    @overload
    def llama_3_8b_instruct(
        self,
        input: _model_llama_3_8b_instruct.Llama38bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def llama_3_8b_instruct(
        self,
        input: _model_llama_3_8b_instruct.Llama38bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_8b_instruct.Llama38bInstructOutput: ...

    def llama_3_8b_instruct(
        self,
        input: _model_llama_3_8b_instruct.Llama38bInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_8b_instruct.Llama38bInstructOutput | Stream[StreamChunk]:
        """Run ``@cf/meta/llama-3-8b-instruct``.

        Args:
            input: a ``Llama38bInstructInput``, or a dict validated into one.
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
            The parsed ``Llama38bInstructOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_8b_instruct as _model_llama_3_8b_instruct,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/meta/llama-3-8b-instruct",
                _model_llama_3_8b_instruct.Llama38bInstructInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/meta/llama-3-8b-instruct",
            _model_llama_3_8b_instruct.Llama38bInstructInput,
            _model_llama_3_8b_instruct.Llama38bInstructOutput,
            given,
            stream=stream,
        )

    @overload
    def llama_3_8b_instruct_awq(
        self,
        input: _model_llama_3_8b_instruct_awq.Llama38bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def llama_3_8b_instruct_awq(
        self,
        input: _model_llama_3_8b_instruct_awq.Llama38bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_8b_instruct_awq.Llama38bInstructAwqOutput: ...

    def llama_3_8b_instruct_awq(
        self,
        input: _model_llama_3_8b_instruct_awq.Llama38bInstructAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_8b_instruct_awq.Llama38bInstructAwqOutput | Stream[StreamChunk]:
        """Run ``@cf/meta/llama-3-8b-instruct-awq``.

        Args:
            input: a ``Llama38bInstructAwqInput``, or a dict validated into one.
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
            The parsed ``Llama38bInstructAwqOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_8b_instruct_awq as _model_llama_3_8b_instruct_awq,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/meta/llama-3-8b-instruct-awq",
                _model_llama_3_8b_instruct_awq.Llama38bInstructAwqInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/meta/llama-3-8b-instruct-awq",
            _model_llama_3_8b_instruct_awq.Llama38bInstructAwqInput,
            _model_llama_3_8b_instruct_awq.Llama38bInstructAwqOutput,
            given,
            stream=stream,
        )

    @overload
    def llama_3_1_70b_instruct(
        self,
        input: _model_llama_3_1_70b_instruct.Llama3170bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def llama_3_1_70b_instruct(
        self,
        input: _model_llama_3_1_70b_instruct.Llama3170bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_70b_instruct.Llama3170bInstructOutput: ...

    def llama_3_1_70b_instruct(
        self,
        input: _model_llama_3_1_70b_instruct.Llama3170bInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_70b_instruct.Llama3170bInstructOutput | Stream[StreamChunk]:
        """Run ``@cf/meta/llama-3.1-70b-instruct``.

        Args:
            input: a ``Llama3170bInstructInput``, or a dict validated into one.
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
            The parsed ``Llama3170bInstructOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_1_70b_instruct as _model_llama_3_1_70b_instruct,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/meta/llama-3.1-70b-instruct",
                _model_llama_3_1_70b_instruct.Llama3170bInstructInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/meta/llama-3.1-70b-instruct",
            _model_llama_3_1_70b_instruct.Llama3170bInstructInput,
            _model_llama_3_1_70b_instruct.Llama3170bInstructOutput,
            given,
            stream=stream,
        )

    @overload
    def llama_3_1_8b_instruct(
        self,
        input: _model_llama_3_1_8b_instruct.Llama318bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def llama_3_1_8b_instruct(
        self,
        input: _model_llama_3_1_8b_instruct.Llama318bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_8b_instruct.Llama318bInstructOutput: ...

    def llama_3_1_8b_instruct(
        self,
        input: _model_llama_3_1_8b_instruct.Llama318bInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_8b_instruct.Llama318bInstructOutput | Stream[StreamChunk]:
        """Run ``@cf/meta/llama-3.1-8b-instruct``.

        Args:
            input: a ``Llama318bInstructInput``, or a dict validated into one.
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
            The parsed ``Llama318bInstructOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_1_8b_instruct as _model_llama_3_1_8b_instruct,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/meta/llama-3.1-8b-instruct",
                _model_llama_3_1_8b_instruct.Llama318bInstructInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/meta/llama-3.1-8b-instruct",
            _model_llama_3_1_8b_instruct.Llama318bInstructInput,
            _model_llama_3_1_8b_instruct.Llama318bInstructOutput,
            given,
            stream=stream,
        )

    @overload
    def llama_3_1_8b_instruct_awq(
        self,
        input: _model_llama_3_1_8b_instruct_awq.Llama318bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def llama_3_1_8b_instruct_awq(
        self,
        input: _model_llama_3_1_8b_instruct_awq.Llama318bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_8b_instruct_awq.Llama318bInstructAwqOutput: ...

    def llama_3_1_8b_instruct_awq(
        self,
        input: _model_llama_3_1_8b_instruct_awq.Llama318bInstructAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_8b_instruct_awq.Llama318bInstructAwqOutput | Stream[StreamChunk]:
        """Run ``@cf/meta/llama-3.1-8b-instruct-awq``.

        Args:
            input: a ``Llama318bInstructAwqInput``, or a dict validated into one.
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
            The parsed ``Llama318bInstructAwqOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_1_8b_instruct_awq as _model_llama_3_1_8b_instruct_awq,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/meta/llama-3.1-8b-instruct-awq",
                _model_llama_3_1_8b_instruct_awq.Llama318bInstructAwqInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/meta/llama-3.1-8b-instruct-awq",
            _model_llama_3_1_8b_instruct_awq.Llama318bInstructAwqInput,
            _model_llama_3_1_8b_instruct_awq.Llama318bInstructAwqOutput,
            given,
            stream=stream,
        )

    @overload
    def llama_3_1_8b_instruct_fast(
        self,
        input: _model_llama_3_1_8b_instruct_fast.Llama318bInstructFastInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def llama_3_1_8b_instruct_fast(
        self,
        input: _model_llama_3_1_8b_instruct_fast.Llama318bInstructFastInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_8b_instruct_fast.Llama318bInstructFastOutput: ...

    def llama_3_1_8b_instruct_fast(
        self,
        input: _model_llama_3_1_8b_instruct_fast.Llama318bInstructFastInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_8b_instruct_fast.Llama318bInstructFastOutput | Stream[StreamChunk]:
        """Run ``@cf/meta/llama-3.1-8b-instruct-fast``.

        Args:
            input: a ``Llama318bInstructFastInput``, or a dict validated into one.
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
            The parsed ``Llama318bInstructFastOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_1_8b_instruct_fast as _model_llama_3_1_8b_instruct_fast,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/meta/llama-3.1-8b-instruct-fast",
                _model_llama_3_1_8b_instruct_fast.Llama318bInstructFastInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/meta/llama-3.1-8b-instruct-fast",
            _model_llama_3_1_8b_instruct_fast.Llama318bInstructFastInput,
            _model_llama_3_1_8b_instruct_fast.Llama318bInstructFastOutput,
            given,
            stream=stream,
        )

    @overload
    def llama_3_1_8b_instruct_fp8(
        self,
        input: _model_llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def llama_3_1_8b_instruct_fp8(
        self,
        input: _model_llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Output: ...

    def llama_3_1_8b_instruct_fp8(
        self,
        input: _model_llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Output | Stream[StreamChunk]:
        """Run ``@cf/meta/llama-3.1-8b-instruct-fp8``.

        Args:
            input: a ``Llama318bInstructFp8Input``, or a dict validated into one.
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
            The parsed ``Llama318bInstructFp8Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_1_8b_instruct_fp8 as _model_llama_3_1_8b_instruct_fp8,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/meta/llama-3.1-8b-instruct-fp8",
                _model_llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Input,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/meta/llama-3.1-8b-instruct-fp8",
            _model_llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Input,
            _model_llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Output,
            given,
            stream=stream,
        )

    @overload
    def llama_3_2_11b_vision_instruct(
        self,
        input: _model_llama_3_2_11b_vision_instruct.Llama3211bVisionInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def llama_3_2_11b_vision_instruct(
        self,
        input: _model_llama_3_2_11b_vision_instruct.Llama3211bVisionInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_2_11b_vision_instruct.Llama3211bVisionInstructOutput: ...

    def llama_3_2_11b_vision_instruct(
        self,
        input: _model_llama_3_2_11b_vision_instruct.Llama3211bVisionInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_2_11b_vision_instruct.Llama3211bVisionInstructOutput | Stream[StreamChunk]:
        """Run ``@cf/meta/llama-3.2-11b-vision-instruct``.

        Args:
            input: a ``Llama3211bVisionInstructInput``, or a dict validated into one.
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
            The parsed ``Llama3211bVisionInstructOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_2_11b_vision_instruct as _model_llama_3_2_11b_vision_instruct,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/meta/llama-3.2-11b-vision-instruct",
                _model_llama_3_2_11b_vision_instruct.Llama3211bVisionInstructInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/meta/llama-3.2-11b-vision-instruct",
            _model_llama_3_2_11b_vision_instruct.Llama3211bVisionInstructInput,
            _model_llama_3_2_11b_vision_instruct.Llama3211bVisionInstructOutput,
            given,
            stream=stream,
        )

    @overload
    def llama_3_2_1b_instruct(
        self,
        input: _model_llama_3_2_1b_instruct.Llama321bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def llama_3_2_1b_instruct(
        self,
        input: _model_llama_3_2_1b_instruct.Llama321bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_2_1b_instruct.Llama321bInstructOutput: ...

    def llama_3_2_1b_instruct(
        self,
        input: _model_llama_3_2_1b_instruct.Llama321bInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_2_1b_instruct.Llama321bInstructOutput | Stream[StreamChunk]:
        """Run ``@cf/meta/llama-3.2-1b-instruct``.

        Args:
            input: a ``Llama321bInstructInput``, or a dict validated into one.
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
            The parsed ``Llama321bInstructOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_2_1b_instruct as _model_llama_3_2_1b_instruct,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/meta/llama-3.2-1b-instruct",
                _model_llama_3_2_1b_instruct.Llama321bInstructInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/meta/llama-3.2-1b-instruct",
            _model_llama_3_2_1b_instruct.Llama321bInstructInput,
            _model_llama_3_2_1b_instruct.Llama321bInstructOutput,
            given,
            stream=stream,
        )

    @overload
    def llama_3_2_3b_instruct(
        self,
        input: _model_llama_3_2_3b_instruct.Llama323bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def llama_3_2_3b_instruct(
        self,
        input: _model_llama_3_2_3b_instruct.Llama323bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_2_3b_instruct.Llama323bInstructOutput: ...

    def llama_3_2_3b_instruct(
        self,
        input: _model_llama_3_2_3b_instruct.Llama323bInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_2_3b_instruct.Llama323bInstructOutput | Stream[StreamChunk]:
        """Run ``@cf/meta/llama-3.2-3b-instruct``.

        Args:
            input: a ``Llama323bInstructInput``, or a dict validated into one.
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
            The parsed ``Llama323bInstructOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_2_3b_instruct as _model_llama_3_2_3b_instruct,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/meta/llama-3.2-3b-instruct",
                _model_llama_3_2_3b_instruct.Llama323bInstructInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/meta/llama-3.2-3b-instruct",
            _model_llama_3_2_3b_instruct.Llama323bInstructInput,
            _model_llama_3_2_3b_instruct.Llama323bInstructOutput,
            given,
            stream=stream,
        )

    @overload
    def llama_3_3_70b_instruct_fp8_fast(
        self,
        input: _model_llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def llama_3_3_70b_instruct_fp8_fast(
        self,
        input: _model_llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastOutput: ...

    def llama_3_3_70b_instruct_fp8_fast(
        self,
        input: _model_llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastOutput | Stream[StreamChunk]:
        """Run ``@cf/meta/llama-3.3-70b-instruct-fp8-fast``.

        Args:
            input: a ``Llama3370bInstructFp8FastInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output: the text/event-stream answer to stream=True is read by the client as a stream
              of chunks, not by this model

        Returns:
            The parsed ``Llama3370bInstructFp8FastOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_3_70b_instruct_fp8_fast as _model_llama_3_3_70b_instruct_fp8_fast,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
                _model_llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
            _model_llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastInput,
            _model_llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastOutput,
            given,
            stream=stream,
        )

    def llama_guard_3_8b(
        self,
        *,
        messages: list[_model_llama_guard_3_8b.Message],
        max_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        response_format: _model_llama_guard_3_8b.ResponseFormat | NotGiven = NOT_GIVEN,
    ) -> _model_llama_guard_3_8b.LlamaGuard38bOutput:
        """Run ``@cf/meta/llama-guard-3-8b``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: An array of message objects representing the conversation history.
            max_tokens: The maximum number of tokens to generate in the response.
                Cloudflare's default: ``256``.
            temperature: Controls the randomness of the output; higher values produce more random
                results.
                Cloudflare's default: ``0.6``.
            response_format: Dictate the output format of the generated response.

        Returns:
            The parsed ``LlamaGuard38bOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_guard_3_8b as _model_llama_guard_3_8b,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": temperature,
            "response_format": response_format,
        }
        return self._client._run_model(
            "@cf/meta/llama-guard-3-8b",
            _model_llama_guard_3_8b.LlamaGuard38bInput,
            _model_llama_guard_3_8b.LlamaGuard38bOutput,
            given,
        )


class AsyncCfMetaNamespace:
    """Models below ``client.cf.meta``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def llama_2_7b_chat_fp16(
        self,
        input: _model_llama_2_7b_chat_fp16.Llama27bChatFp16Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def llama_2_7b_chat_fp16(
        self,
        input: _model_llama_2_7b_chat_fp16.Llama27bChatFp16Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_2_7b_chat_fp16.Llama27bChatFp16Output: ...

    async def llama_2_7b_chat_fp16(
        self,
        input: _model_llama_2_7b_chat_fp16.Llama27bChatFp16Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_2_7b_chat_fp16.Llama27bChatFp16Output | AsyncStream[StreamChunk]:
        """Run ``@cf/meta/llama-2-7b-chat-fp16``.

        Args:
            input: a ``Llama27bChatFp16Input``, or a dict validated into one.
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
            The parsed ``Llama27bChatFp16Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_2_7b_chat_fp16 as _model_llama_2_7b_chat_fp16,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/meta/llama-2-7b-chat-fp16",
                _model_llama_2_7b_chat_fp16.Llama27bChatFp16Input,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/meta/llama-2-7b-chat-fp16",
            _model_llama_2_7b_chat_fp16.Llama27bChatFp16Input,
            _model_llama_2_7b_chat_fp16.Llama27bChatFp16Output,
            given,
            stream=stream,
        )

    @overload
    async def llama_2_7b_chat_int8(
        self,
        input: _model_llama_2_7b_chat_int8.Llama27bChatInt8Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def llama_2_7b_chat_int8(
        self,
        input: _model_llama_2_7b_chat_int8.Llama27bChatInt8Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_2_7b_chat_int8.Llama27bChatInt8Output: ...

    async def llama_2_7b_chat_int8(
        self,
        input: _model_llama_2_7b_chat_int8.Llama27bChatInt8Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_2_7b_chat_int8.Llama27bChatInt8Output | AsyncStream[StreamChunk]:
        """Run ``@cf/meta/llama-2-7b-chat-int8``.

        Args:
            input: a ``Llama27bChatInt8Input``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``Llama27bChatInt8Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_2_7b_chat_int8 as _model_llama_2_7b_chat_int8,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/meta/llama-2-7b-chat-int8",
                _model_llama_2_7b_chat_int8.Llama27bChatInt8Input,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/meta/llama-2-7b-chat-int8",
            _model_llama_2_7b_chat_int8.Llama27bChatInt8Input,
            _model_llama_2_7b_chat_int8.Llama27bChatInt8Output,
            given,
            stream=stream,
        )

    @overload
    async def llama_3_8b_instruct(
        self,
        input: _model_llama_3_8b_instruct.Llama38bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def llama_3_8b_instruct(
        self,
        input: _model_llama_3_8b_instruct.Llama38bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_8b_instruct.Llama38bInstructOutput: ...

    async def llama_3_8b_instruct(
        self,
        input: _model_llama_3_8b_instruct.Llama38bInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_8b_instruct.Llama38bInstructOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/meta/llama-3-8b-instruct``.

        Args:
            input: a ``Llama38bInstructInput``, or a dict validated into one.
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
            The parsed ``Llama38bInstructOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_8b_instruct as _model_llama_3_8b_instruct,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/meta/llama-3-8b-instruct",
                _model_llama_3_8b_instruct.Llama38bInstructInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/meta/llama-3-8b-instruct",
            _model_llama_3_8b_instruct.Llama38bInstructInput,
            _model_llama_3_8b_instruct.Llama38bInstructOutput,
            given,
            stream=stream,
        )

    @overload
    async def llama_3_8b_instruct_awq(
        self,
        input: _model_llama_3_8b_instruct_awq.Llama38bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def llama_3_8b_instruct_awq(
        self,
        input: _model_llama_3_8b_instruct_awq.Llama38bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_8b_instruct_awq.Llama38bInstructAwqOutput: ...

    async def llama_3_8b_instruct_awq(
        self,
        input: _model_llama_3_8b_instruct_awq.Llama38bInstructAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_8b_instruct_awq.Llama38bInstructAwqOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/meta/llama-3-8b-instruct-awq``.

        Args:
            input: a ``Llama38bInstructAwqInput``, or a dict validated into one.
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
            The parsed ``Llama38bInstructAwqOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_8b_instruct_awq as _model_llama_3_8b_instruct_awq,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/meta/llama-3-8b-instruct-awq",
                _model_llama_3_8b_instruct_awq.Llama38bInstructAwqInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/meta/llama-3-8b-instruct-awq",
            _model_llama_3_8b_instruct_awq.Llama38bInstructAwqInput,
            _model_llama_3_8b_instruct_awq.Llama38bInstructAwqOutput,
            given,
            stream=stream,
        )

    @overload
    async def llama_3_1_70b_instruct(
        self,
        input: _model_llama_3_1_70b_instruct.Llama3170bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def llama_3_1_70b_instruct(
        self,
        input: _model_llama_3_1_70b_instruct.Llama3170bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_70b_instruct.Llama3170bInstructOutput: ...

    async def llama_3_1_70b_instruct(
        self,
        input: _model_llama_3_1_70b_instruct.Llama3170bInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_70b_instruct.Llama3170bInstructOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/meta/llama-3.1-70b-instruct``.

        Args:
            input: a ``Llama3170bInstructInput``, or a dict validated into one.
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
            The parsed ``Llama3170bInstructOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_1_70b_instruct as _model_llama_3_1_70b_instruct,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/meta/llama-3.1-70b-instruct",
                _model_llama_3_1_70b_instruct.Llama3170bInstructInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/meta/llama-3.1-70b-instruct",
            _model_llama_3_1_70b_instruct.Llama3170bInstructInput,
            _model_llama_3_1_70b_instruct.Llama3170bInstructOutput,
            given,
            stream=stream,
        )

    @overload
    async def llama_3_1_8b_instruct(
        self,
        input: _model_llama_3_1_8b_instruct.Llama318bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def llama_3_1_8b_instruct(
        self,
        input: _model_llama_3_1_8b_instruct.Llama318bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_8b_instruct.Llama318bInstructOutput: ...

    async def llama_3_1_8b_instruct(
        self,
        input: _model_llama_3_1_8b_instruct.Llama318bInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_8b_instruct.Llama318bInstructOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/meta/llama-3.1-8b-instruct``.

        Args:
            input: a ``Llama318bInstructInput``, or a dict validated into one.
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
            The parsed ``Llama318bInstructOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_1_8b_instruct as _model_llama_3_1_8b_instruct,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/meta/llama-3.1-8b-instruct",
                _model_llama_3_1_8b_instruct.Llama318bInstructInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/meta/llama-3.1-8b-instruct",
            _model_llama_3_1_8b_instruct.Llama318bInstructInput,
            _model_llama_3_1_8b_instruct.Llama318bInstructOutput,
            given,
            stream=stream,
        )

    @overload
    async def llama_3_1_8b_instruct_awq(
        self,
        input: _model_llama_3_1_8b_instruct_awq.Llama318bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def llama_3_1_8b_instruct_awq(
        self,
        input: _model_llama_3_1_8b_instruct_awq.Llama318bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_8b_instruct_awq.Llama318bInstructAwqOutput: ...

    async def llama_3_1_8b_instruct_awq(
        self,
        input: _model_llama_3_1_8b_instruct_awq.Llama318bInstructAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_8b_instruct_awq.Llama318bInstructAwqOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/meta/llama-3.1-8b-instruct-awq``.

        Args:
            input: a ``Llama318bInstructAwqInput``, or a dict validated into one.
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
            The parsed ``Llama318bInstructAwqOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_1_8b_instruct_awq as _model_llama_3_1_8b_instruct_awq,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/meta/llama-3.1-8b-instruct-awq",
                _model_llama_3_1_8b_instruct_awq.Llama318bInstructAwqInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/meta/llama-3.1-8b-instruct-awq",
            _model_llama_3_1_8b_instruct_awq.Llama318bInstructAwqInput,
            _model_llama_3_1_8b_instruct_awq.Llama318bInstructAwqOutput,
            given,
            stream=stream,
        )

    @overload
    async def llama_3_1_8b_instruct_fast(
        self,
        input: _model_llama_3_1_8b_instruct_fast.Llama318bInstructFastInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def llama_3_1_8b_instruct_fast(
        self,
        input: _model_llama_3_1_8b_instruct_fast.Llama318bInstructFastInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_8b_instruct_fast.Llama318bInstructFastOutput: ...

    async def llama_3_1_8b_instruct_fast(
        self,
        input: _model_llama_3_1_8b_instruct_fast.Llama318bInstructFastInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_8b_instruct_fast.Llama318bInstructFastOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/meta/llama-3.1-8b-instruct-fast``.

        Args:
            input: a ``Llama318bInstructFastInput``, or a dict validated into one.
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
            The parsed ``Llama318bInstructFastOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_1_8b_instruct_fast as _model_llama_3_1_8b_instruct_fast,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/meta/llama-3.1-8b-instruct-fast",
                _model_llama_3_1_8b_instruct_fast.Llama318bInstructFastInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/meta/llama-3.1-8b-instruct-fast",
            _model_llama_3_1_8b_instruct_fast.Llama318bInstructFastInput,
            _model_llama_3_1_8b_instruct_fast.Llama318bInstructFastOutput,
            given,
            stream=stream,
        )

    @overload
    async def llama_3_1_8b_instruct_fp8(
        self,
        input: _model_llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def llama_3_1_8b_instruct_fp8(
        self,
        input: _model_llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Output: ...

    async def llama_3_1_8b_instruct_fp8(
        self,
        input: _model_llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Output | AsyncStream[StreamChunk]:
        """Run ``@cf/meta/llama-3.1-8b-instruct-fp8``.

        Args:
            input: a ``Llama318bInstructFp8Input``, or a dict validated into one.
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
            The parsed ``Llama318bInstructFp8Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_1_8b_instruct_fp8 as _model_llama_3_1_8b_instruct_fp8,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/meta/llama-3.1-8b-instruct-fp8",
                _model_llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Input,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/meta/llama-3.1-8b-instruct-fp8",
            _model_llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Input,
            _model_llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Output,
            given,
            stream=stream,
        )

    @overload
    async def llama_3_2_11b_vision_instruct(
        self,
        input: _model_llama_3_2_11b_vision_instruct.Llama3211bVisionInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def llama_3_2_11b_vision_instruct(
        self,
        input: _model_llama_3_2_11b_vision_instruct.Llama3211bVisionInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_2_11b_vision_instruct.Llama3211bVisionInstructOutput: ...

    async def llama_3_2_11b_vision_instruct(
        self,
        input: _model_llama_3_2_11b_vision_instruct.Llama3211bVisionInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_2_11b_vision_instruct.Llama3211bVisionInstructOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/meta/llama-3.2-11b-vision-instruct``.

        Args:
            input: a ``Llama3211bVisionInstructInput``, or a dict validated into one.
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
            The parsed ``Llama3211bVisionInstructOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_2_11b_vision_instruct as _model_llama_3_2_11b_vision_instruct,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/meta/llama-3.2-11b-vision-instruct",
                _model_llama_3_2_11b_vision_instruct.Llama3211bVisionInstructInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/meta/llama-3.2-11b-vision-instruct",
            _model_llama_3_2_11b_vision_instruct.Llama3211bVisionInstructInput,
            _model_llama_3_2_11b_vision_instruct.Llama3211bVisionInstructOutput,
            given,
            stream=stream,
        )

    @overload
    async def llama_3_2_1b_instruct(
        self,
        input: _model_llama_3_2_1b_instruct.Llama321bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def llama_3_2_1b_instruct(
        self,
        input: _model_llama_3_2_1b_instruct.Llama321bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_2_1b_instruct.Llama321bInstructOutput: ...

    async def llama_3_2_1b_instruct(
        self,
        input: _model_llama_3_2_1b_instruct.Llama321bInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_2_1b_instruct.Llama321bInstructOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/meta/llama-3.2-1b-instruct``.

        Args:
            input: a ``Llama321bInstructInput``, or a dict validated into one.
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
            The parsed ``Llama321bInstructOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_2_1b_instruct as _model_llama_3_2_1b_instruct,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/meta/llama-3.2-1b-instruct",
                _model_llama_3_2_1b_instruct.Llama321bInstructInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/meta/llama-3.2-1b-instruct",
            _model_llama_3_2_1b_instruct.Llama321bInstructInput,
            _model_llama_3_2_1b_instruct.Llama321bInstructOutput,
            given,
            stream=stream,
        )

    @overload
    async def llama_3_2_3b_instruct(
        self,
        input: _model_llama_3_2_3b_instruct.Llama323bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def llama_3_2_3b_instruct(
        self,
        input: _model_llama_3_2_3b_instruct.Llama323bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_2_3b_instruct.Llama323bInstructOutput: ...

    async def llama_3_2_3b_instruct(
        self,
        input: _model_llama_3_2_3b_instruct.Llama323bInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_2_3b_instruct.Llama323bInstructOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/meta/llama-3.2-3b-instruct``.

        Args:
            input: a ``Llama323bInstructInput``, or a dict validated into one.
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
            The parsed ``Llama323bInstructOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_2_3b_instruct as _model_llama_3_2_3b_instruct,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/meta/llama-3.2-3b-instruct",
                _model_llama_3_2_3b_instruct.Llama323bInstructInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/meta/llama-3.2-3b-instruct",
            _model_llama_3_2_3b_instruct.Llama323bInstructInput,
            _model_llama_3_2_3b_instruct.Llama323bInstructOutput,
            given,
            stream=stream,
        )

    @overload
    async def llama_3_3_70b_instruct_fp8_fast(
        self,
        input: _model_llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def llama_3_3_70b_instruct_fp8_fast(
        self,
        input: _model_llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastOutput: ...

    async def llama_3_3_70b_instruct_fp8_fast(
        self,
        input: _model_llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/meta/llama-3.3-70b-instruct-fp8-fast``.

        Args:
            input: a ``Llama3370bInstructFp8FastInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output: the text/event-stream answer to stream=True is read by the client as a stream
              of chunks, not by this model

        Returns:
            The parsed ``Llama3370bInstructFp8FastOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_3_3_70b_instruct_fp8_fast as _model_llama_3_3_70b_instruct_fp8_fast,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
                _model_llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
            _model_llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastInput,
            _model_llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastOutput,
            given,
            stream=stream,
        )

    async def llama_guard_3_8b(
        self,
        *,
        messages: list[_model_llama_guard_3_8b.Message],
        max_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        response_format: _model_llama_guard_3_8b.ResponseFormat | NotGiven = NOT_GIVEN,
    ) -> _model_llama_guard_3_8b.LlamaGuard38bOutput:
        """Run ``@cf/meta/llama-guard-3-8b``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: An array of message objects representing the conversation history.
            max_tokens: The maximum number of tokens to generate in the response.
                Cloudflare's default: ``256``.
            temperature: Controls the randomness of the output; higher values produce more random
                results.
                Cloudflare's default: ``0.6``.
            response_format: Dictate the output format of the generated response.

        Returns:
            The parsed ``LlamaGuard38bOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta import (
            llama_guard_3_8b as _model_llama_guard_3_8b,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": temperature,
            "response_format": response_format,
        }
        return await self._client._run_model(
            "@cf/meta/llama-guard-3-8b",
            _model_llama_guard_3_8b.LlamaGuard38bInput,
            _model_llama_guard_3_8b.LlamaGuard38bOutput,
            given,
        )
