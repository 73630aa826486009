"""The ``hf.nexusflow`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

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

    from ....models.hf.nexusflow import (
        starling_lm_7b_beta as _model_starling_lm_7b_beta,
    )

__all__ = ["AsyncHfNexusflowNamespace", "HfNexusflowNamespace"]


class HfNexusflowNamespace:
    """Models below ``client.hf.nexusflow``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def starling_lm_7b_beta(
        self,
        input: _model_starling_lm_7b_beta.StarlingLm7bBetaInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def starling_lm_7b_beta(
        self,
        input: _model_starling_lm_7b_beta.StarlingLm7bBetaInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_starling_lm_7b_beta.StarlingLm7bBetaOutput: ...

    def starling_lm_7b_beta(
        self,
        input: _model_starling_lm_7b_beta.StarlingLm7bBetaInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_starling_lm_7b_beta.StarlingLm7bBetaOutput | Stream[StreamChunk]:
        """Run ``@hf/nexusflow/starling-lm-7b-beta``.

        Args:
            input: a ``StarlingLm7bBetaInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``StarlingLm7bBetaOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.nexusflow import (
            starling_lm_7b_beta as _model_starling_lm_7b_beta,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@hf/nexusflow/starling-lm-7b-beta",
                _model_starling_lm_7b_beta.StarlingLm7bBetaInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@hf/nexusflow/starling-lm-7b-beta",
            _model_starling_lm_7b_beta.StarlingLm7bBetaInput,
            _model_starling_lm_7b_beta.StarlingLm7bBetaOutput,
            given,
            stream=stream,
        )


class AsyncHfNexusflowNamespace:
    """Models below ``client.hf.nexusflow``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def starling_lm_7b_beta(
        self,
        input: _model_starling_lm_7b_beta.StarlingLm7bBetaInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def starling_lm_7b_beta(
        self,
        input: _model_starling_lm_7b_beta.StarlingLm7bBetaInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_starling_lm_7b_beta.StarlingLm7bBetaOutput: ...

    async def starling_lm_7b_beta(
        self,
        input: _model_starling_lm_7b_beta.StarlingLm7bBetaInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_starling_lm_7b_beta.StarlingLm7bBetaOutput | AsyncStream[StreamChunk]:
        """Run ``@hf/nexusflow/starling-lm-7b-beta``.

        Args:
            input: a ``StarlingLm7bBetaInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``StarlingLm7bBetaOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.nexusflow import (
            starling_lm_7b_beta as _model_starling_lm_7b_beta,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@hf/nexusflow/starling-lm-7b-beta",
                _model_starling_lm_7b_beta.StarlingLm7bBetaInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@hf/nexusflow/starling-lm-7b-beta",
            _model_starling_lm_7b_beta.StarlingLm7bBetaInput,
            _model_starling_lm_7b_beta.StarlingLm7bBetaOutput,
            given,
            stream=stream,
        )
