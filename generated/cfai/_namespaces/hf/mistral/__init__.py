"""The ``hf.mistral`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

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

    from ....models.hf.mistral import (
        mistral_7b_instruct_v0_2 as _model_mistral_7b_instruct_v0_2,
    )

__all__ = ["AsyncHfMistralNamespace", "HfMistralNamespace"]


class HfMistralNamespace:
    """Models below ``client.hf.mistral``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def mistral_7b_instruct_v0_2(
        self,
        input: _model_mistral_7b_instruct_v0_2.Mistral7bInstructV02Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def mistral_7b_instruct_v0_2(
        self,
        input: _model_mistral_7b_instruct_v0_2.Mistral7bInstructV02Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_mistral_7b_instruct_v0_2.Mistral7bInstructV02Output: ...

    def mistral_7b_instruct_v0_2(
        self,
        input: _model_mistral_7b_instruct_v0_2.Mistral7bInstructV02Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_mistral_7b_instruct_v0_2.Mistral7bInstructV02Output | Stream[StreamChunk]:
        """Run ``@hf/mistral/mistral-7b-instruct-v0.2``.

        Args:
            input: a ``Mistral7bInstructV02Input``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``Mistral7bInstructV02Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.mistral import (
            mistral_7b_instruct_v0_2 as _model_mistral_7b_instruct_v0_2,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@hf/mistral/mistral-7b-instruct-v0.2",
                _model_mistral_7b_instruct_v0_2.Mistral7bInstructV02Input,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@hf/mistral/mistral-7b-instruct-v0.2",
            _model_mistral_7b_instruct_v0_2.Mistral7bInstructV02Input,
            _model_mistral_7b_instruct_v0_2.Mistral7bInstructV02Output,
            given,
            stream=stream,
        )


class AsyncHfMistralNamespace:
    """Models below ``client.hf.mistral``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def mistral_7b_instruct_v0_2(
        self,
        input: _model_mistral_7b_instruct_v0_2.Mistral7bInstructV02Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def mistral_7b_instruct_v0_2(
        self,
        input: _model_mistral_7b_instruct_v0_2.Mistral7bInstructV02Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_mistral_7b_instruct_v0_2.Mistral7bInstructV02Output: ...

    async def mistral_7b_instruct_v0_2(
        self,
        input: _model_mistral_7b_instruct_v0_2.Mistral7bInstructV02Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_mistral_7b_instruct_v0_2.Mistral7bInstructV02Output | AsyncStream[StreamChunk]:
        """Run ``@hf/mistral/mistral-7b-instruct-v0.2``.

        Args:
            input: a ``Mistral7bInstructV02Input``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``Mistral7bInstructV02Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.mistral import (
            mistral_7b_instruct_v0_2 as _model_mistral_7b_instruct_v0_2,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@hf/mistral/mistral-7b-instruct-v0.2",
                _model_mistral_7b_instruct_v0_2.Mistral7bInstructV02Input,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@hf/mistral/mistral-7b-instruct-v0.2",
            _model_mistral_7b_instruct_v0_2.Mistral7bInstructV02Input,
            _model_mistral_7b_instruct_v0_2.Mistral7bInstructV02Output,
            given,
            stream=stream,
        )
