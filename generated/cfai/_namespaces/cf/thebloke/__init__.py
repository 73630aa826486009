"""The ``cf.thebloke`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

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

    from ....models.cf.thebloke import (
        discolm_german_7b_v1_awq as _model_discolm_german_7b_v1_awq,
    )

__all__ = ["AsyncCfTheblokeNamespace", "CfTheblokeNamespace"]


class CfTheblokeNamespace:
    """Models below ``client.cf.thebloke``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def discolm_german_7b_v1_awq(
        self,
        input: _model_discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def discolm_german_7b_v1_awq(
        self,
        input: _model_discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqOutput: ...

    def discolm_german_7b_v1_awq(
        self,
        input: _model_discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqOutput | Stream[StreamChunk]:
        """Run ``@cf/thebloke/discolm-german-7b-v1-awq``.

        Args:
            input: a ``DiscolmGerman7bV1AwqInput``, or a dict validated into one.
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
            The parsed ``DiscolmGerman7bV1AwqOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.thebloke import (
            discolm_german_7b_v1_awq as _model_discolm_german_7b_v1_awq,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/thebloke/discolm-german-7b-v1-awq",
                _model_discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/thebloke/discolm-german-7b-v1-awq",
            _model_discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqInput,
            _model_discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqOutput,
            given,
            stream=stream,
        )


class AsyncCfTheblokeNamespace:
    """Models below ``client.cf.thebloke``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def discolm_german_7b_v1_awq(
        self,
        input: _model_discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def discolm_german_7b_v1_awq(
        self,
        input: _model_discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqOutput: ...

    async def discolm_german_7b_v1_awq(
        self,
        input: _model_discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/thebloke/discolm-german-7b-v1-awq``.

        Args:
            input: a ``DiscolmGerman7bV1AwqInput``, or a dict validated into one.
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
            The parsed ``DiscolmGerman7bV1AwqOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.thebloke import (
            discolm_german_7b_v1_awq as _model_discolm_german_7b_v1_awq,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/thebloke/discolm-german-7b-v1-awq",
                _model_discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/thebloke/discolm-german-7b-v1-awq",
            _model_discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqInput,
            _model_discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqOutput,
            given,
            stream=stream,
        )
