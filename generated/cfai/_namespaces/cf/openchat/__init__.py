"""The ``cf.openchat`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

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

    from ....models.cf.openchat import (
        openchat_3_5_0106 as _model_openchat_3_5_0106,
    )

__all__ = ["AsyncCfOpenchatNamespace", "CfOpenchatNamespace"]


class CfOpenchatNamespace:
    """Models below ``client.cf.openchat``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def openchat_3_5_0106(
        self,
        input: _model_openchat_3_5_0106.Openchat350106Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def openchat_3_5_0106(
        self,
        input: _model_openchat_3_5_0106.Openchat350106Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_openchat_3_5_0106.Openchat350106Output: ...

    def openchat_3_5_0106(
        self,
        input: _model_openchat_3_5_0106.Openchat350106Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_openchat_3_5_0106.Openchat350106Output | Stream[StreamChunk]:
        """Run ``@cf/openchat/openchat-3.5-0106``.

        Args:
            input: a ``Openchat350106Input``, or a dict validated into one.
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
            The parsed ``Openchat350106Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.openchat import (
            openchat_3_5_0106 as _model_openchat_3_5_0106,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/openchat/openchat-3.5-0106",
                _model_openchat_3_5_0106.Openchat350106Input,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/openchat/openchat-3.5-0106",
            _model_openchat_3_5_0106.Openchat350106Input,
            _model_openchat_3_5_0106.Openchat350106Output,
            given,
            stream=stream,
        )


class AsyncCfOpenchatNamespace:
    """Models below ``client.cf.openchat``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def openchat_3_5_0106(
        self,
        input: _model_openchat_3_5_0106.Openchat350106Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def openchat_3_5_0106(
        self,
        input: _model_openchat_3_5_0106.Openchat350106Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_openchat_3_5_0106.Openchat350106Output: ...

    async def openchat_3_5_0106(
        self,
        input: _model_openchat_3_5_0106.Openchat350106Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_openchat_3_5_0106.Openchat350106Output | AsyncStream[StreamChunk]:
        """Run ``@cf/openchat/openchat-3.5-0106``.

        Args:
            input: a ``Openchat350106Input``, or a dict validated into one.
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
            The parsed ``Openchat350106Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.openchat import (
            openchat_3_5_0106 as _model_openchat_3_5_0106,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/openchat/openchat-3.5-0106",
                _model_openchat_3_5_0106.Openchat350106Input,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/openchat/openchat-3.5-0106",
            _model_openchat_3_5_0106.Openchat350106Input,
            _model_openchat_3_5_0106.Openchat350106Output,
            given,
            stream=stream,
        )
