"""The ``deepseek`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

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

    from ...models.deepseek import (
        deepseek_v4_pro as _model_deepseek_v4_pro,
    )

__all__ = ["AsyncDeepseekNamespace", "DeepseekNamespace"]


class DeepseekNamespace:
    """Models below ``client.deepseek``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def deepseek_v4_pro(
        self,
        *,
        messages: list[_model_deepseek_v4_pro.Message],
        temperature: float | NotGiven = NOT_GIVEN,
        max_tokens: float | NotGiven = NOT_GIVEN,
        max_completion_tokens: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stream_options: _model_deepseek_v4_pro.StreamOptions | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
        tool_choice: Any | NotGiven = NOT_GIVEN,
        response_format: Any | NotGiven = NOT_GIVEN,
        modalities: list[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        audio: _model_deepseek_v4_pro.Audio | NotGiven = NOT_GIVEN,
        reasoning_effort: str | NotGiven | None = NOT_GIVEN,
    ) -> Stream[StreamChunk]: ...

    @overload
    def deepseek_v4_pro(
        self,
        *,
        messages: list[_model_deepseek_v4_pro.Message],
        temperature: float | NotGiven = NOT_GIVEN,
        max_tokens: float | NotGiven = NOT_GIVEN,
        max_completion_tokens: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        stream_options: _model_deepseek_v4_pro.StreamOptions | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
        tool_choice: Any | NotGiven = NOT_GIVEN,
        response_format: Any | NotGiven = NOT_GIVEN,
        modalities: list[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        audio: _model_deepseek_v4_pro.Audio | NotGiven = NOT_GIVEN,
        reasoning_effort: str | NotGiven | None = NOT_GIVEN,
    ) -> _model_deepseek_v4_pro.DeepseekV4ProOutput: ...

    def deepseek_v4_pro(
        self,
        *,
        messages: list[_model_deepseek_v4_pro.Message],
        temperature: float | NotGiven = NOT_GIVEN,
        max_tokens: float | NotGiven = NOT_GIVEN,
        max_completion_tokens: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        stream_options: _model_deepseek_v4_pro.StreamOptions | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
        tool_choice: Any | NotGiven = NOT_GIVEN,
        response_format: Any | NotGiven = NOT_GIVEN,
        modalities: list[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        audio: _model_deepseek_v4_pro.Audio | NotGiven = NOT_GIVEN,
        reasoning_effort: str | NotGiven | None = NOT_GIVEN,
    ) -> _model_deepseek_v4_pro.DeepseekV4ProOutput | Stream[StreamChunk]:
        """Run ``deepseek/deepseek-v4-pro``.

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
            modalities: (not described)
            audio: (not described)
            reasoning_effort: Optional reasoning control; availability and accepted values are
                model-dependent.

        Returns:
            The parsed ``DeepseekV4ProOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.deepseek import (
            deepseek_v4_pro as _model_deepseek_v4_pro,
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
            "modalities": modalities,
            "audio": audio,
            "reasoning_effort": reasoning_effort,
        }
        if stream is True:
            return self._client._run_stream(
                "deepseek/deepseek-v4-pro",
                _model_deepseek_v4_pro.DeepseekV4ProInput,
                given,
            )
        return self._client._run_model(
            "deepseek/deepseek-v4-pro",
            _model_deepseek_v4_pro.DeepseekV4ProInput,
            _model_deepseek_v4_pro.DeepseekV4ProOutput,
            given,
        )


class AsyncDeepseekNamespace:
    """Models below ``client.deepseek``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def deepseek_v4_pro(
        self,
        *,
        messages: list[_model_deepseek_v4_pro.Message],
        temperature: float | NotGiven = NOT_GIVEN,
        max_tokens: float | NotGiven = NOT_GIVEN,
        max_completion_tokens: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stream_options: _model_deepseek_v4_pro.StreamOptions | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
        tool_choice: Any | NotGiven = NOT_GIVEN,
        response_format: Any | NotGiven = NOT_GIVEN,
        modalities: list[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        audio: _model_deepseek_v4_pro.Audio | NotGiven = NOT_GIVEN,
        reasoning_effort: str | NotGiven | None = NOT_GIVEN,
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def deepseek_v4_pro(
        self,
        *,
        messages: list[_model_deepseek_v4_pro.Message],
        temperature: float | NotGiven = NOT_GIVEN,
        max_tokens: float | NotGiven = NOT_GIVEN,
        max_completion_tokens: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        stream_options: _model_deepseek_v4_pro.StreamOptions | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
        tool_choice: Any | NotGiven = NOT_GIVEN,
        response_format: Any | NotGiven = NOT_GIVEN,
        modalities: list[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        audio: _model_deepseek_v4_pro.Audio | NotGiven = NOT_GIVEN,
        reasoning_effort: str | NotGiven | None = NOT_GIVEN,
    ) -> _model_deepseek_v4_pro.DeepseekV4ProOutput: ...

    async def deepseek_v4_pro(
        self,
        *,
        messages: list[_model_deepseek_v4_pro.Message],
        temperature: float | NotGiven = NOT_GIVEN,
        max_tokens: float | NotGiven = NOT_GIVEN,
        max_completion_tokens: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        stream_options: _model_deepseek_v4_pro.StreamOptions | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
        tool_choice: Any | NotGiven = NOT_GIVEN,
        response_format: Any | NotGiven = NOT_GIVEN,
        modalities: list[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        audio: _model_deepseek_v4_pro.Audio | NotGiven = NOT_GIVEN,
        reasoning_effort: str | NotGiven | None = NOT_GIVEN,
    ) -> _model_deepseek_v4_pro.DeepseekV4ProOutput | AsyncStream[StreamChunk]:
        """Run ``deepseek/deepseek-v4-pro``.

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
            modalities: (not described)
            audio: (not described)
            reasoning_effort: Optional reasoning control; availability and accepted values are
                model-dependent.

        Returns:
            The parsed ``DeepseekV4ProOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.deepseek import (
            deepseek_v4_pro as _model_deepseek_v4_pro,
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
            "modalities": modalities,
            "audio": audio,
            "reasoning_effort": reasoning_effort,
        }
        if stream is True:
            return await self._client._run_stream(
                "deepseek/deepseek-v4-pro",
                _model_deepseek_v4_pro.DeepseekV4ProInput,
                given,
            )
        return await self._client._run_model(
            "deepseek/deepseek-v4-pro",
            _model_deepseek_v4_pro.DeepseekV4ProInput,
            _model_deepseek_v4_pro.DeepseekV4ProOutput,
            given,
        )
