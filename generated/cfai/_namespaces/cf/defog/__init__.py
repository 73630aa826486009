"""The ``cf.defog`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

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

    from ....models.cf.defog import (
        sqlcoder_7b_2 as _model_sqlcoder_7b_2,
    )

__all__ = ["AsyncCfDefogNamespace", "CfDefogNamespace"]


class CfDefogNamespace:
    """Models below ``client.cf.defog``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def sqlcoder_7b_2(
        self,
        input: _model_sqlcoder_7b_2.Sqlcoder7b2Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def sqlcoder_7b_2(
        self,
        input: _model_sqlcoder_7b_2.Sqlcoder7b2Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_sqlcoder_7b_2.Sqlcoder7b2Output: ...

    def sqlcoder_7b_2(
        self,
        input: _model_sqlcoder_7b_2.Sqlcoder7b2Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_sqlcoder_7b_2.Sqlcoder7b2Output | Stream[StreamChunk]:
        """Run ``@cf/defog/sqlcoder-7b-2``.

        Args:
            input: a ``Sqlcoder7b2Input``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``Sqlcoder7b2Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.defog import (
            sqlcoder_7b_2 as _model_sqlcoder_7b_2,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/defog/sqlcoder-7b-2",
                _model_sqlcoder_7b_2.Sqlcoder7b2Input,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/defog/sqlcoder-7b-2",
            _model_sqlcoder_7b_2.Sqlcoder7b2Input,
            _model_sqlcoder_7b_2.Sqlcoder7b2Output,
            given,
            stream=stream,
        )


class AsyncCfDefogNamespace:
    """Models below ``client.cf.defog``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def sqlcoder_7b_2(
        self,
        input: _model_sqlcoder_7b_2.Sqlcoder7b2Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def sqlcoder_7b_2(
        self,
        input: _model_sqlcoder_7b_2.Sqlcoder7b2Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_sqlcoder_7b_2.Sqlcoder7b2Output: ...

    async def sqlcoder_7b_2(
        self,
        input: _model_sqlcoder_7b_2.Sqlcoder7b2Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_sqlcoder_7b_2.Sqlcoder7b2Output | AsyncStream[StreamChunk]:
        """Run ``@cf/defog/sqlcoder-7b-2``.

        Args:
            input: a ``Sqlcoder7b2Input``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``Sqlcoder7b2Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.defog import (
            sqlcoder_7b_2 as _model_sqlcoder_7b_2,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/defog/sqlcoder-7b-2",
                _model_sqlcoder_7b_2.Sqlcoder7b2Input,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/defog/sqlcoder-7b-2",
            _model_sqlcoder_7b_2.Sqlcoder7b2Input,
            _model_sqlcoder_7b_2.Sqlcoder7b2Output,
            given,
            stream=stream,
        )
