"""The ``hf.nousresearch`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

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

    from ....models.hf.nousresearch import (
        hermes_2_pro_mistral_7b as _model_hermes_2_pro_mistral_7b,
    )

__all__ = ["AsyncHfNousresearchNamespace", "HfNousresearchNamespace"]


class HfNousresearchNamespace:
    """Models below ``client.hf.nousresearch``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def hermes_2_pro_mistral_7b(
        self,
        input: _model_hermes_2_pro_mistral_7b.Hermes2ProMistral7bInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def hermes_2_pro_mistral_7b(
        self,
        input: _model_hermes_2_pro_mistral_7b.Hermes2ProMistral7bInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hermes_2_pro_mistral_7b.Hermes2ProMistral7bOutput: ...

    def hermes_2_pro_mistral_7b(
        self,
        input: _model_hermes_2_pro_mistral_7b.Hermes2ProMistral7bInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_hermes_2_pro_mistral_7b.Hermes2ProMistral7bOutput | Stream[StreamChunk]:
        """Run ``@hf/nousresearch/hermes-2-pro-mistral-7b``.

        Args:
            input: a ``Hermes2ProMistral7bInput``, or a dict validated into one.
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
            The parsed ``Hermes2ProMistral7bOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.nousresearch import (
            hermes_2_pro_mistral_7b as _model_hermes_2_pro_mistral_7b,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@hf/nousresearch/hermes-2-pro-mistral-7b",
                _model_hermes_2_pro_mistral_7b.Hermes2ProMistral7bInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@hf/nousresearch/hermes-2-pro-mistral-7b",
            _model_hermes_2_pro_mistral_7b.Hermes2ProMistral7bInput,
            _model_hermes_2_pro_mistral_7b.Hermes2ProMistral7bOutput,
            given,
            stream=stream,
        )


class AsyncHfNousresearchNamespace:
    """Models below ``client.hf.nousresearch``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def hermes_2_pro_mistral_7b(
        self,
        input: _model_hermes_2_pro_mistral_7b.Hermes2ProMistral7bInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def hermes_2_pro_mistral_7b(
        self,
        input: _model_hermes_2_pro_mistral_7b.Hermes2ProMistral7bInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hermes_2_pro_mistral_7b.Hermes2ProMistral7bOutput: ...

    async def hermes_2_pro_mistral_7b(
        self,
        input: _model_hermes_2_pro_mistral_7b.Hermes2ProMistral7bInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_hermes_2_pro_mistral_7b.Hermes2ProMistral7bOutput | AsyncStream[StreamChunk]:
        """Run ``@hf/nousresearch/hermes-2-pro-mistral-7b``.

        Args:
            input: a ``Hermes2ProMistral7bInput``, or a dict validated into one.
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
            The parsed ``Hermes2ProMistral7bOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.nousresearch import (
            hermes_2_pro_mistral_7b as _model_hermes_2_pro_mistral_7b,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@hf/nousresearch/hermes-2-pro-mistral-7b",
                _model_hermes_2_pro_mistral_7b.Hermes2ProMistral7bInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@hf/nousresearch/hermes-2-pro-mistral-7b",
            _model_hermes_2_pro_mistral_7b.Hermes2ProMistral7bInput,
            _model_hermes_2_pro_mistral_7b.Hermes2ProMistral7bOutput,
            given,
            stream=stream,
        )
