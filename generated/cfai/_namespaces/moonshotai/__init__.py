"""The ``moonshotai`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from ..._base import (
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
        Any,
        Literal,
    )

    from ...models.moonshotai import (
        kimi_k2_5 as _model_kimi_k2_5,
    )

__all__ = ["AsyncMoonshotaiNamespace", "MoonshotaiNamespace"]


class MoonshotaiNamespace:
    """Models below ``client.moonshotai``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def kimi_k2_5(
        self,
        *,
        messages: list[_model_kimi_k2_5.Message],
        temperature: float | NotGiven = NOT_GIVEN,
        max_tokens: float | NotGiven = NOT_GIVEN,
        max_completion_tokens: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stream_options: _model_kimi_k2_5.StreamOptions | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
        tool_choice: Any | NotGiven = NOT_GIVEN,
        response_format: Any | NotGiven = NOT_GIVEN,
    ) -> Stream[StreamChunk]: ...

    @overload
    def kimi_k2_5(
        self,
        *,
        messages: list[_model_kimi_k2_5.Message],
        temperature: float | NotGiven = NOT_GIVEN,
        max_tokens: float | NotGiven = NOT_GIVEN,
        max_completion_tokens: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        stream_options: _model_kimi_k2_5.StreamOptions | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
        tool_choice: Any | NotGiven = NOT_GIVEN,
        response_format: Any | NotGiven = NOT_GIVEN,
    ) -> _model_kimi_k2_5.KimiK25Output: ...

    def kimi_k2_5(
        self,
        *,
        messages: list[_model_kimi_k2_5.Message],
        temperature: float | NotGiven = NOT_GIVEN,
        max_tokens: float | NotGiven = NOT_GIVEN,
        max_completion_tokens: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        stream_options: _model_kimi_k2_5.StreamOptions | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
        tool_choice: Any | NotGiven = NOT_GIVEN,
        response_format: Any | NotGiven = NOT_GIVEN,
    ) -> _model_kimi_k2_5.KimiK25Output | Stream[StreamChunk]:
        """Run ``moonshotai/kimi-k2.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            temperature: (not described)
            max_tokens: (not described)
            max_completion_tokens: (not described)
            top_p: (not described)
            frequency_penalty: (not described)
            presence_penalty: (not described)
            stream: (not described)
            stream_options: (not described)
            tools: (not described)
            tool_choice: (not described)
            response_format: (not described)

        Returns:
            The parsed ``KimiK25Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.moonshotai import (
            kimi_k2_5 as _model_kimi_k2_5,
        )

        given: dict[str, object] = {
            "messages": messages,
            "temperature": temperature,
            "max_tokens": max_tokens,
            "max_completion_tokens": max_completion_tokens,
            "top_p": top_p,
            "frequency_penalty": frequency_penalty,
            "presence_penalty": presence_penalty,
            "stream": stream,
            "stream_options": stream_options,
            "tools": tools,
            "tool_choice": tool_choice,
            "response_format": response_format,
        }
        if stream is True:
            return self._client._run_stream(
                "moonshotai/kimi-k2.5",
                _model_kimi_k2_5.KimiK25Input,
                given,
            )
        return self._client._run_model(
            "moonshotai/kimi-k2.5",
            _model_kimi_k2_5.KimiK25Input,
            _model_kimi_k2_5.KimiK25Output,
            given,
        )


class AsyncMoonshotaiNamespace:
    """Models below ``client.moonshotai``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def kimi_k2_5(
        self,
        *,
        messages: list[_model_kimi_k2_5.Message],
        temperature: float | NotGiven = NOT_GIVEN,
        max_tokens: float | NotGiven = NOT_GIVEN,
        max_completion_tokens: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stream_options: _model_kimi_k2_5.StreamOptions | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
        tool_choice: Any | NotGiven = NOT_GIVEN,
        response_format: Any | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def kimi_k2_5(
        self,
        *,
        messages: list[_model_kimi_k2_5.Message],
        temperature: float | NotGiven = NOT_GIVEN,
        max_tokens: float | NotGiven = NOT_GIVEN,
        max_completion_tokens: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        stream_options: _model_kimi_k2_5.StreamOptions | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
        tool_choice: Any | NotGiven = NOT_GIVEN,
        response_format: Any | NotGiven = NOT_GIVEN,
    ) -> _model_kimi_k2_5.KimiK25Output: ...

    async def kimi_k2_5(
        self,
        *,
        messages: list[_model_kimi_k2_5.Message],
        temperature: float | NotGiven = NOT_GIVEN,
        max_tokens: float | NotGiven = NOT_GIVEN,
        max_completion_tokens: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        stream_options: _model_kimi_k2_5.StreamOptions | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
        tool_choice: Any | NotGiven = NOT_GIVEN,
        response_format: Any | NotGiven = NOT_GIVEN,
    ) -> _model_kimi_k2_5.KimiK25Output | AsyncStream[StreamChunk]:
        """Run ``moonshotai/kimi-k2.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            temperature: (not described)
            max_tokens: (not described)
            max_completion_tokens: (not described)
            top_p: (not described)
            frequency_penalty: (not described)
            presence_penalty: (not described)
            stream: (not described)
            stream_options: (not described)
            tools: (not described)
            tool_choice: (not described)
            response_format: (not described)

        Returns:
            The parsed ``KimiK25Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.moonshotai import (
            kimi_k2_5 as _model_kimi_k2_5,
        )

        given: dict[str, object] = {
            "messages": messages,
            "temperature": temperature,
            "max_tokens": max_tokens,
            "max_completion_tokens": max_completion_tokens,
            "top_p": top_p,
            "frequency_penalty": frequency_penalty,
            "presence_penalty": presence_penalty,
            "stream": stream,
            "stream_options": stream_options,
            "tools": tools,
            "tool_choice": tool_choice,
            "response_format": response_format,
        }
        if stream is True:
            return await self._client._run_stream(
                "moonshotai/kimi-k2.5",
                _model_kimi_k2_5.KimiK25Input,
                given,
            )
        return await self._client._run_model(
            "moonshotai/kimi-k2.5",
            _model_kimi_k2_5.KimiK25Input,
            _model_kimi_k2_5.KimiK25Output,
            given,
        )
