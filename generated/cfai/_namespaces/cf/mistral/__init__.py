"""The ``cf.mistral`` namespace of the client: 2 model(s), 0 sub-namespace(s)."""

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

    from ....models.cf.mistral import (
        mistral_7b_instruct_v0_1 as _model_mistral_7b_instruct_v0_1,
    )
    from ....models.cf.mistral import (
        mistral_7b_instruct_v0_2_lora as _model_mistral_7b_instruct_v0_2_lora,
    )

__all__ = ["AsyncCfMistralNamespace", "CfMistralNamespace"]


class CfMistralNamespace:
    """Models below ``client.cf.mistral``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def mistral_7b_instruct_v0_1(
        self,
        input: _model_mistral_7b_instruct_v0_1.Mistral7bInstructV01Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def mistral_7b_instruct_v0_1(
        self,
        input: _model_mistral_7b_instruct_v0_1.Mistral7bInstructV01Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_mistral_7b_instruct_v0_1.Mistral7bInstructV01Output: ...

    def mistral_7b_instruct_v0_1(
        self,
        input: _model_mistral_7b_instruct_v0_1.Mistral7bInstructV01Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_mistral_7b_instruct_v0_1.Mistral7bInstructV01Output | Stream[StreamChunk]:
        """Run ``@cf/mistral/mistral-7b-instruct-v0.1``.

        Args:
            input: a ``Mistral7bInstructV01Input``, or a dict validated into one.
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
            The parsed ``Mistral7bInstructV01Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.mistral import (
            mistral_7b_instruct_v0_1 as _model_mistral_7b_instruct_v0_1,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/mistral/mistral-7b-instruct-v0.1",
                _model_mistral_7b_instruct_v0_1.Mistral7bInstructV01Input,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/mistral/mistral-7b-instruct-v0.1",
            _model_mistral_7b_instruct_v0_1.Mistral7bInstructV01Input,
            _model_mistral_7b_instruct_v0_1.Mistral7bInstructV01Output,
            given,
            stream=stream,
        )

    @overload
    def mistral_7b_instruct_v0_2_lora(
        self,
        input: _model_mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def mistral_7b_instruct_v0_2_lora(
        self,
        input: _model_mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraOutput: ...

    def mistral_7b_instruct_v0_2_lora(
        self,
        input: _model_mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraOutput | Stream[StreamChunk]:
        """Run ``@cf/mistral/mistral-7b-instruct-v0.2-lora``.

        Args:
            input: a ``Mistral7bInstructV02LoraInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``Mistral7bInstructV02LoraOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.mistral import (
            mistral_7b_instruct_v0_2_lora as _model_mistral_7b_instruct_v0_2_lora,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/mistral/mistral-7b-instruct-v0.2-lora",
                _model_mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/mistral/mistral-7b-instruct-v0.2-lora",
            _model_mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraInput,
            _model_mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraOutput,
            given,
            stream=stream,
        )


class AsyncCfMistralNamespace:
    """Models below ``client.cf.mistral``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def mistral_7b_instruct_v0_1(
        self,
        input: _model_mistral_7b_instruct_v0_1.Mistral7bInstructV01Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def mistral_7b_instruct_v0_1(
        self,
        input: _model_mistral_7b_instruct_v0_1.Mistral7bInstructV01Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_mistral_7b_instruct_v0_1.Mistral7bInstructV01Output: ...

    async def mistral_7b_instruct_v0_1(
        self,
        input: _model_mistral_7b_instruct_v0_1.Mistral7bInstructV01Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_mistral_7b_instruct_v0_1.Mistral7bInstructV01Output | AsyncStream[StreamChunk]:
        """Run ``@cf/mistral/mistral-7b-instruct-v0.1``.

        Args:
            input: a ``Mistral7bInstructV01Input``, or a dict validated into one.
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
            The parsed ``Mistral7bInstructV01Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.mistral import (
            mistral_7b_instruct_v0_1 as _model_mistral_7b_instruct_v0_1,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/mistral/mistral-7b-instruct-v0.1",
                _model_mistral_7b_instruct_v0_1.Mistral7bInstructV01Input,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/mistral/mistral-7b-instruct-v0.1",
            _model_mistral_7b_instruct_v0_1.Mistral7bInstructV01Input,
            _model_mistral_7b_instruct_v0_1.Mistral7bInstructV01Output,
            given,
            stream=stream,
        )

    @overload
    async def mistral_7b_instruct_v0_2_lora(
        self,
        input: _model_mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def mistral_7b_instruct_v0_2_lora(
        self,
        input: _model_mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraOutput: ...

    async def mistral_7b_instruct_v0_2_lora(
        self,
        input: _model_mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/mistral/mistral-7b-instruct-v0.2-lora``.

        Args:
            input: a ``Mistral7bInstructV02LoraInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``Mistral7bInstructV02LoraOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.mistral import (
            mistral_7b_instruct_v0_2_lora as _model_mistral_7b_instruct_v0_2_lora,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/mistral/mistral-7b-instruct-v0.2-lora",
                _model_mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/mistral/mistral-7b-instruct-v0.2-lora",
            _model_mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraInput,
            _model_mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraOutput,
            given,
            stream=stream,
        )
