"""The ``cf.meta_llama`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

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

    from ....models.cf.meta_llama import (
        llama_2_7b_chat_hf_lora as _model_llama_2_7b_chat_hf_lora,
    )

__all__ = ["AsyncCfMetaLlamaNamespace", "CfMetaLlamaNamespace"]


class CfMetaLlamaNamespace:
    """Models below ``client.cf.meta_llama``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def llama_2_7b_chat_hf_lora(
        self,
        input: _model_llama_2_7b_chat_hf_lora.Llama27bChatHfLoraInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def llama_2_7b_chat_hf_lora(
        self,
        input: _model_llama_2_7b_chat_hf_lora.Llama27bChatHfLoraInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_2_7b_chat_hf_lora.Llama27bChatHfLoraOutput: ...

    def llama_2_7b_chat_hf_lora(
        self,
        input: _model_llama_2_7b_chat_hf_lora.Llama27bChatHfLoraInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_2_7b_chat_hf_lora.Llama27bChatHfLoraOutput | Stream[StreamChunk]:
        """Run ``@cf/meta-llama/llama-2-7b-chat-hf-lora``.

        Args:
            input: a ``Llama27bChatHfLoraInput``, or a dict validated into one.
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
            The parsed ``Llama27bChatHfLoraOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta_llama import (
            llama_2_7b_chat_hf_lora as _model_llama_2_7b_chat_hf_lora,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/meta-llama/llama-2-7b-chat-hf-lora",
                _model_llama_2_7b_chat_hf_lora.Llama27bChatHfLoraInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/meta-llama/llama-2-7b-chat-hf-lora",
            _model_llama_2_7b_chat_hf_lora.Llama27bChatHfLoraInput,
            _model_llama_2_7b_chat_hf_lora.Llama27bChatHfLoraOutput,
            given,
            stream=stream,
        )


class AsyncCfMetaLlamaNamespace:
    """Models below ``client.cf.meta_llama``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def llama_2_7b_chat_hf_lora(
        self,
        input: _model_llama_2_7b_chat_hf_lora.Llama27bChatHfLoraInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def llama_2_7b_chat_hf_lora(
        self,
        input: _model_llama_2_7b_chat_hf_lora.Llama27bChatHfLoraInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_2_7b_chat_hf_lora.Llama27bChatHfLoraOutput: ...

    async def llama_2_7b_chat_hf_lora(
        self,
        input: _model_llama_2_7b_chat_hf_lora.Llama27bChatHfLoraInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_2_7b_chat_hf_lora.Llama27bChatHfLoraOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/meta-llama/llama-2-7b-chat-hf-lora``.

        Args:
            input: a ``Llama27bChatHfLoraInput``, or a dict validated into one.
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
            The parsed ``Llama27bChatHfLoraOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.meta_llama import (
            llama_2_7b_chat_hf_lora as _model_llama_2_7b_chat_hf_lora,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/meta-llama/llama-2-7b-chat-hf-lora",
                _model_llama_2_7b_chat_hf_lora.Llama27bChatHfLoraInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/meta-llama/llama-2-7b-chat-hf-lora",
            _model_llama_2_7b_chat_hf_lora.Llama27bChatHfLoraInput,
            _model_llama_2_7b_chat_hf_lora.Llama27bChatHfLoraOutput,
            given,
            stream=stream,
        )
