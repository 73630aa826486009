"""The ``hf.meta_llama`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

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

    from ....models.hf.meta_llama import (
        meta_llama_3_8b_instruct as _model_meta_llama_3_8b_instruct,
    )

__all__ = ["AsyncHfMetaLlamaNamespace", "HfMetaLlamaNamespace"]


class HfMetaLlamaNamespace:
    """Models below ``client.hf.meta_llama``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def meta_llama_3_8b_instruct(
        self,
        input: _model_meta_llama_3_8b_instruct.MetaLlama38bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def meta_llama_3_8b_instruct(
        self,
        input: _model_meta_llama_3_8b_instruct.MetaLlama38bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_meta_llama_3_8b_instruct.MetaLlama38bInstructOutput: ...

    def meta_llama_3_8b_instruct(
        self,
        input: _model_meta_llama_3_8b_instruct.MetaLlama38bInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_meta_llama_3_8b_instruct.MetaLlama38bInstructOutput | Stream[StreamChunk]:
        """Run ``@hf/meta-llama/meta-llama-3-8b-instruct``.

        Args:
            input: a ``MetaLlama38bInstructInput``, or a dict validated into one.
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
            The parsed ``MetaLlama38bInstructOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.meta_llama import (
            meta_llama_3_8b_instruct as _model_meta_llama_3_8b_instruct,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@hf/meta-llama/meta-llama-3-8b-instruct",
                _model_meta_llama_3_8b_instruct.MetaLlama38bInstructInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@hf/meta-llama/meta-llama-3-8b-instruct",
            _model_meta_llama_3_8b_instruct.MetaLlama38bInstructInput,
            _model_meta_llama_3_8b_instruct.MetaLlama38bInstructOutput,
            given,
            stream=stream,
        )


class AsyncHfMetaLlamaNamespace:
    """Models below ``client.hf.meta_llama``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def meta_llama_3_8b_instruct(
        self,
        input: _model_meta_llama_3_8b_instruct.MetaLlama38bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def meta_llama_3_8b_instruct(
        self,
        input: _model_meta_llama_3_8b_instruct.MetaLlama38bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_meta_llama_3_8b_instruct.MetaLlama38bInstructOutput: ...

    async def meta_llama_3_8b_instruct(
        self,
        input: _model_meta_llama_3_8b_instruct.MetaLlama38bInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_meta_llama_3_8b_instruct.MetaLlama38bInstructOutput | AsyncStream[StreamChunk]:
        """Run ``@hf/meta-llama/meta-llama-3-8b-instruct``.

        Args:
            input: a ``MetaLlama38bInstructInput``, or a dict validated into one.
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
            The parsed ``MetaLlama38bInstructOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.meta_llama import (
            meta_llama_3_8b_instruct as _model_meta_llama_3_8b_instruct,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@hf/meta-llama/meta-llama-3-8b-instruct",
                _model_meta_llama_3_8b_instruct.MetaLlama38bInstructInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@hf/meta-llama/meta-llama-3-8b-instruct",
            _model_meta_llama_3_8b_instruct.MetaLlama38bInstructInput,
            _model_meta_llama_3_8b_instruct.MetaLlama38bInstructOutput,
            given,
            stream=stream,
        )
