"""The ``anthropic`` namespace of the client: 14 model(s), 0 sub-namespace(s)."""

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

    from ...models.anthropic import (
        claude_fable_5 as _model_claude_fable_5,
    )
    from ...models.anthropic import (
        claude_fable_5_1 as _model_claude_fable_5_1,
    )
    from ...models.anthropic import (
        claude_haiku_4_5 as _model_claude_haiku_4_5,
    )
    from ...models.anthropic import (
        claude_opus_4_5 as _model_claude_opus_4_5,
    )
    from ...models.anthropic import (
        claude_opus_4_6 as _model_claude_opus_4_6,
    )
    from ...models.anthropic import (
        claude_opus_4_7 as _model_claude_opus_4_7,
    )
    from ...models.anthropic import (
        claude_opus_4_8 as _model_claude_opus_4_8,
    )
    from ...models.anthropic import (
        claude_opus_5 as _model_claude_opus_5,
    )
    from ...models.anthropic import (
        claude_opus_5_5 as _model_claude_opus_5_5,
    )
    from ...models.anthropic import (
        claude_sonnet_4 as _model_claude_sonnet_4,
    )
    from ...models.anthropic import (
        claude_sonnet_4_5 as _model_claude_sonnet_4_5,
    )
    from ...models.anthropic import (
        claude_sonnet_4_6 as _model_claude_sonnet_4_6,
    )
    from ...models.anthropic import (
        claude_sonnet_5 as _model_claude_sonnet_5,
    )
    from ...models.anthropic import (
        claude_sonnet_5_5 as _model_claude_sonnet_5_5,
    )

__all__ = ["AnthropicNamespace", "AsyncAnthropicNamespace"]


class AnthropicNamespace:
    """Models below ``client.anthropic``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def claude_fable_5(
        self,
        *,
        max_tokens: float,
        messages: list[_model_claude_fable_5.Message],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        system: str | NotGiven = NOT_GIVEN,
    ) -> Stream[StreamChunk]: ...

    @overload
    def claude_fable_5(
        self,
        *,
        max_tokens: float,
        messages: list[_model_claude_fable_5.Message],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        system: str | NotGiven = NOT_GIVEN,
    ) -> _model_claude_fable_5.ClaudeFable5Output: ...

    def claude_fable_5(
        self,
        *,
        max_tokens: float,
        messages: list[_model_claude_fable_5.Message],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        system: str | NotGiven = NOT_GIVEN,
    ) -> _model_claude_fable_5.ClaudeFable5Output | Stream[StreamChunk]:
        """Run ``anthropic/claude-fable-5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            max_tokens: (not described)
            messages: (not described)
            metadata: (not described)
            stream: (not described)
            system: (not described)

        Returns:
            The parsed ``ClaudeFable5Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_fable_5 as _model_claude_fable_5,
        )

        given: dict[str, object] = {
            "max_tokens": max_tokens,
            "messages": messages,
            "metadata": metadata,
            "stream": stream,
            "system": system,
        }
        if stream is True:
            return self._client._run_stream(
                "anthropic/claude-fable-5",
                _model_claude_fable_5.ClaudeFable5Input,
                given,
            )
        return self._client._run_model(
            "anthropic/claude-fable-5",
            _model_claude_fable_5.ClaudeFable5Input,
            _model_claude_fable_5.ClaudeFable5Output,
            given,
        )

    @overload
    def claude_fable_5_1(
        self,
        *,
        messages: list[_model_claude_fable_5_1.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Stream[StreamChunk]: ...

    @overload
    def claude_fable_5_1(
        self,
        *,
        messages: list[_model_claude_fable_5_1.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_fable_5_1.ClaudeFable51Output: ...

    def claude_fable_5_1(
        self,
        *,
        messages: list[_model_claude_fable_5_1.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_fable_5_1.ClaudeFable51Output | Stream[StreamChunk]:
        """Run ``anthropic/claude-fable-5.1``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeFable51Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_fable_5_1 as _model_claude_fable_5_1,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return self._client._run_stream(
                "anthropic/claude-fable-5.1",
                _model_claude_fable_5_1.ClaudeFable51Input,
                given,
            )
        return self._client._run_model(
            "anthropic/claude-fable-5.1",
            _model_claude_fable_5_1.ClaudeFable51Input,
            _model_claude_fable_5_1.ClaudeFable51Output,
            given,
        )

    @overload
    def claude_haiku_4_5(
        self,
        *,
        messages: list[_model_claude_haiku_4_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Stream[StreamChunk]: ...

    @overload
    def claude_haiku_4_5(
        self,
        *,
        messages: list[_model_claude_haiku_4_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_haiku_4_5.ClaudeHaiku45Output: ...

    def claude_haiku_4_5(
        self,
        *,
        messages: list[_model_claude_haiku_4_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_haiku_4_5.ClaudeHaiku45Output | Stream[StreamChunk]:
        """Run ``anthropic/claude-haiku-4.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            temperature: (not described)
            top_p: (not described)
            top_k: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeHaiku45Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_haiku_4_5 as _model_claude_haiku_4_5,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "temperature": temperature,
            "top_p": top_p,
            "top_k": top_k,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return self._client._run_stream(
                "anthropic/claude-haiku-4.5",
                _model_claude_haiku_4_5.ClaudeHaiku45Input,
                given,
            )
        return self._client._run_model(
            "anthropic/claude-haiku-4.5",
            _model_claude_haiku_4_5.ClaudeHaiku45Input,
            _model_claude_haiku_4_5.ClaudeHaiku45Output,
            given,
        )

    @overload
    def claude_opus_4_5(
        self,
        *,
        messages: list[_model_claude_opus_4_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Stream[StreamChunk]: ...

    @overload
    def claude_opus_4_5(
        self,
        *,
        messages: list[_model_claude_opus_4_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_4_5.ClaudeOpus45Output: ...

    def claude_opus_4_5(
        self,
        *,
        messages: list[_model_claude_opus_4_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_4_5.ClaudeOpus45Output | Stream[StreamChunk]:
        """Run ``anthropic/claude-opus-4.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            temperature: (not described)
            top_p: (not described)
            top_k: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeOpus45Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_opus_4_5 as _model_claude_opus_4_5,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "temperature": temperature,
            "top_p": top_p,
            "top_k": top_k,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return self._client._run_stream(
                "anthropic/claude-opus-4.5",
                _model_claude_opus_4_5.ClaudeOpus45Input,
                given,
            )
        return self._client._run_model(
            "anthropic/claude-opus-4.5",
            _model_claude_opus_4_5.ClaudeOpus45Input,
            _model_claude_opus_4_5.ClaudeOpus45Output,
            given,
        )

    @overload
    def claude_opus_4_6(
        self,
        *,
        messages: list[_model_claude_opus_4_6.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Stream[StreamChunk]: ...

    @overload
    def claude_opus_4_6(
        self,
        *,
        messages: list[_model_claude_opus_4_6.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_4_6.ClaudeOpus46Output: ...

    def claude_opus_4_6(
        self,
        *,
        messages: list[_model_claude_opus_4_6.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_4_6.ClaudeOpus46Output | Stream[StreamChunk]:
        """Run ``anthropic/claude-opus-4.6``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            temperature: (not described)
            top_p: (not described)
            top_k: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeOpus46Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_opus_4_6 as _model_claude_opus_4_6,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "temperature": temperature,
            "top_p": top_p,
            "top_k": top_k,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return self._client._run_stream(
                "anthropic/claude-opus-4.6",
                _model_claude_opus_4_6.ClaudeOpus46Input,
                given,
            )
        return self._client._run_model(
            "anthropic/claude-opus-4.6",
            _model_claude_opus_4_6.ClaudeOpus46Input,
            _model_claude_opus_4_6.ClaudeOpus46Output,
            given,
        )

    @overload
    def claude_opus_4_7(
        self,
        *,
        messages: list[_model_claude_opus_4_7.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Stream[StreamChunk]: ...

    @overload
    def claude_opus_4_7(
        self,
        *,
        messages: list[_model_claude_opus_4_7.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_4_7.ClaudeOpus47Output: ...

    def claude_opus_4_7(
        self,
        *,
        messages: list[_model_claude_opus_4_7.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_4_7.ClaudeOpus47Output | Stream[StreamChunk]:
        """Run ``anthropic/claude-opus-4.7``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeOpus47Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_opus_4_7 as _model_claude_opus_4_7,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return self._client._run_stream(
                "anthropic/claude-opus-4.7",
                _model_claude_opus_4_7.ClaudeOpus47Input,
                given,
            )
        return self._client._run_model(
            "anthropic/claude-opus-4.7",
            _model_claude_opus_4_7.ClaudeOpus47Input,
            _model_claude_opus_4_7.ClaudeOpus47Output,
            given,
        )

    @overload
    def claude_opus_4_8(
        self,
        *,
        max_tokens: float,
        messages: list[_model_claude_opus_4_8.Message],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        system: str | NotGiven = NOT_GIVEN,
    ) -> Stream[StreamChunk]: ...

    @overload
    def claude_opus_4_8(
        self,
        *,
        max_tokens: float,
        messages: list[_model_claude_opus_4_8.Message],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        system: str | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_4_8.ClaudeOpus48Output: ...

    def claude_opus_4_8(
        self,
        *,
        max_tokens: float,
        messages: list[_model_claude_opus_4_8.Message],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        system: str | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_4_8.ClaudeOpus48Output | Stream[StreamChunk]:
        """Run ``anthropic/claude-opus-4.8``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            max_tokens: (not described)
            messages: (not described)
            metadata: (not described)
            stream: (not described)
            system: (not described)

        Returns:
            The parsed ``ClaudeOpus48Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_opus_4_8 as _model_claude_opus_4_8,
        )

        given: dict[str, object] = {
            "max_tokens": max_tokens,
            "messages": messages,
            "metadata": metadata,
            "stream": stream,
            "system": system,
        }
        if stream is True:
            return self._client._run_stream(
                "anthropic/claude-opus-4.8",
                _model_claude_opus_4_8.ClaudeOpus48Input,
                given,
            )
        return self._client._run_model(
            "anthropic/claude-opus-4.8",
            _model_claude_opus_4_8.ClaudeOpus48Input,
            _model_claude_opus_4_8.ClaudeOpus48Output,
            given,
        )

    @overload
    def claude_opus_5(
        self,
        *,
        messages: list[_model_claude_opus_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Stream[StreamChunk]: ...

    @overload
    def claude_opus_5(
        self,
        *,
        messages: list[_model_claude_opus_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_5.ClaudeOpus5Output: ...

    def claude_opus_5(
        self,
        *,
        messages: list[_model_claude_opus_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_5.ClaudeOpus5Output | Stream[StreamChunk]:
        """Run ``anthropic/claude-opus-5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeOpus5Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_opus_5 as _model_claude_opus_5,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return self._client._run_stream(
                "anthropic/claude-opus-5",
                _model_claude_opus_5.ClaudeOpus5Input,
                given,
            )
        return self._client._run_model(
            "anthropic/claude-opus-5",
            _model_claude_opus_5.ClaudeOpus5Input,
            _model_claude_opus_5.ClaudeOpus5Output,
            given,
        )

    @overload
    def claude_opus_5_5(
        self,
        *,
        messages: list[_model_claude_opus_5_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        thinking: _model_claude_opus_5_5.Thinking | NotGiven = NOT_GIVEN,
        output_config: _model_claude_opus_5_5.OutputConfig | NotGiven = NOT_GIVEN,
        tool_choice: _model_claude_opus_5_5.ToolChoice | _model_claude_opus_5_5.ToolChoice1 | NotGiven = NOT_GIVEN,
        tools: list[_model_claude_opus_5_5.Tool] | NotGiven = NOT_GIVEN,
    ) -> Stream[StreamChunk]: ...

    @overload
    def claude_opus_5_5(
        self,
        *,
        messages: list[_model_claude_opus_5_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        thinking: _model_claude_opus_5_5.Thinking | NotGiven = NOT_GIVEN,
        output_config: _model_claude_opus_5_5.OutputConfig | NotGiven = NOT_GIVEN,
        tool_choice: _model_claude_opus_5_5.ToolChoice | _model_claude_opus_5_5.ToolChoice1 | NotGiven = NOT_GIVEN,
        tools: list[_model_claude_opus_5_5.Tool] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_5_5.ClaudeOpus55Output: ...

    def claude_opus_5_5(
        self,
        *,
        messages: list[_model_claude_opus_5_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        thinking: _model_claude_opus_5_5.Thinking | NotGiven = NOT_GIVEN,
        output_config: _model_claude_opus_5_5.OutputConfig | NotGiven = NOT_GIVEN,
        tool_choice: _model_claude_opus_5_5.ToolChoice | _model_claude_opus_5_5.ToolChoice1 | NotGiven = NOT_GIVEN,
        tools: list[_model_claude_opus_5_5.Tool] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_5_5.ClaudeOpus55Output | Stream[StreamChunk]:
        """Run ``anthropic/claude-opus-5.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            stream: (not described)
            metadata: (not described)
            thinking: (not described)
            output_config: (not described)
            tool_choice: (not described)
            tools: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - input #/properties/tool_choice/oneOf is checked as anyOf: a value that matches more
              than one branch is accepted

        Returns:
            The parsed ``ClaudeOpus55Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_opus_5_5 as _model_claude_opus_5_5,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "stream": stream,
            "metadata": metadata,
            "thinking": thinking,
            "output_config": output_config,
            "tool_choice": tool_choice,
            "tools": tools,
        }
        if stream is True:
            return self._client._run_stream(
                "anthropic/claude-opus-5.5",
                _model_claude_opus_5_5.ClaudeOpus55Input,
                given,
            )
        return self._client._run_model(
            "anthropic/claude-opus-5.5",
            _model_claude_opus_5_5.ClaudeOpus55Input,
            _model_claude_opus_5_5.ClaudeOpus55Output,
            given,
        )

    @overload
    def claude_sonnet_4(
        self,
        *,
        messages: list[_model_claude_sonnet_4.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Stream[StreamChunk]: ...

    @overload
    def claude_sonnet_4(
        self,
        *,
        messages: list[_model_claude_sonnet_4.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_4.ClaudeSonnet4Output: ...

    def claude_sonnet_4(
        self,
        *,
        messages: list[_model_claude_sonnet_4.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_4.ClaudeSonnet4Output | Stream[StreamChunk]:
        """Run ``anthropic/claude-sonnet-4``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            temperature: (not described)
            top_p: (not described)
            top_k: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeSonnet4Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_sonnet_4 as _model_claude_sonnet_4,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "temperature": temperature,
            "top_p": top_p,
            "top_k": top_k,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return self._client._run_stream(
                "anthropic/claude-sonnet-4",
                _model_claude_sonnet_4.ClaudeSonnet4Input,
                given,
            )
        return self._client._run_model(
            "anthropic/claude-sonnet-4",
            _model_claude_sonnet_4.ClaudeSonnet4Input,
            _model_claude_sonnet_4.ClaudeSonnet4Output,
            given,
        )

    @overload
    def claude_sonnet_4_5(
        self,
        *,
        messages: list[_model_claude_sonnet_4_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Stream[StreamChunk]: ...

    @overload
    def claude_sonnet_4_5(
        self,
        *,
        messages: list[_model_claude_sonnet_4_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_4_5.ClaudeSonnet45Output: ...

    def claude_sonnet_4_5(
        self,
        *,
        messages: list[_model_claude_sonnet_4_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_4_5.ClaudeSonnet45Output | Stream[StreamChunk]:
        """Run ``anthropic/claude-sonnet-4.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            temperature: (not described)
            top_p: (not described)
            top_k: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeSonnet45Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_sonnet_4_5 as _model_claude_sonnet_4_5,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "temperature": temperature,
            "top_p": top_p,
            "top_k": top_k,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return self._client._run_stream(
                "anthropic/claude-sonnet-4.5",
                _model_claude_sonnet_4_5.ClaudeSonnet45Input,
                given,
            )
        return self._client._run_model(
            "anthropic/claude-sonnet-4.5",
            _model_claude_sonnet_4_5.ClaudeSonnet45Input,
            _model_claude_sonnet_4_5.ClaudeSonnet45Output,
            given,
        )

    @overload
    def claude_sonnet_4_6(
        self,
        *,
        messages: list[_model_claude_sonnet_4_6.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Stream[StreamChunk]: ...

    @overload
    def claude_sonnet_4_6(
        self,
        *,
        messages: list[_model_claude_sonnet_4_6.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_4_6.ClaudeSonnet46Output: ...

    def claude_sonnet_4_6(
        self,
        *,
        messages: list[_model_claude_sonnet_4_6.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_4_6.ClaudeSonnet46Output | Stream[StreamChunk]:
        """Run ``anthropic/claude-sonnet-4.6``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            temperature: (not described)
            top_p: (not described)
            top_k: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeSonnet46Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_sonnet_4_6 as _model_claude_sonnet_4_6,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "temperature": temperature,
            "top_p": top_p,
            "top_k": top_k,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return self._client._run_stream(
                "anthropic/claude-sonnet-4.6",
                _model_claude_sonnet_4_6.ClaudeSonnet46Input,
                given,
            )
        return self._client._run_model(
            "anthropic/claude-sonnet-4.6",
            _model_claude_sonnet_4_6.ClaudeSonnet46Input,
            _model_claude_sonnet_4_6.ClaudeSonnet46Output,
            given,
        )

    @overload
    def claude_sonnet_5(
        self,
        *,
        messages: list[_model_claude_sonnet_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Stream[StreamChunk]: ...

    @overload
    def claude_sonnet_5(
        self,
        *,
        messages: list[_model_claude_sonnet_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_5.ClaudeSonnet5Output: ...

    def claude_sonnet_5(
        self,
        *,
        messages: list[_model_claude_sonnet_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_5.ClaudeSonnet5Output | Stream[StreamChunk]:
        """Run ``anthropic/claude-sonnet-5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeSonnet5Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_sonnet_5 as _model_claude_sonnet_5,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return self._client._run_stream(
                "anthropic/claude-sonnet-5",
                _model_claude_sonnet_5.ClaudeSonnet5Input,
                given,
            )
        return self._client._run_model(
            "anthropic/claude-sonnet-5",
            _model_claude_sonnet_5.ClaudeSonnet5Input,
            _model_claude_sonnet_5.ClaudeSonnet5Output,
            given,
        )

    @overload
    def claude_sonnet_5_5(
        self,
        *,
        messages: list[_model_claude_sonnet_5_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> Stream[StreamChunk]: ...

    @overload
    def claude_sonnet_5_5(
        self,
        *,
        messages: list[_model_claude_sonnet_5_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_5_5.ClaudeSonnet55Output: ...

    def claude_sonnet_5_5(
        self,
        *,
        messages: list[_model_claude_sonnet_5_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_5_5.ClaudeSonnet55Output | Stream[StreamChunk]:
        """Run ``anthropic/claude-sonnet-5.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeSonnet55Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_sonnet_5_5 as _model_claude_sonnet_5_5,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return self._client._run_stream(
                "anthropic/claude-sonnet-5.5",
                _model_claude_sonnet_5_5.ClaudeSonnet55Input,
                given,
            )
        return self._client._run_model(
            "anthropic/claude-sonnet-5.5",
            _model_claude_sonnet_5_5.ClaudeSonnet55Input,
            _model_claude_sonnet_5_5.ClaudeSonnet55Output,
            given,
        )


class AsyncAnthropicNamespace:
    """Models below ``client.anthropic``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def claude_fable_5(
        self,
        *,
        max_tokens: float,
        messages: list[_model_claude_fable_5.Message],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        system: str | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def claude_fable_5(
        self,
        *,
        max_tokens: float,
        messages: list[_model_claude_fable_5.Message],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        system: str | NotGiven = NOT_GIVEN,
    ) -> _model_claude_fable_5.ClaudeFable5Output: ...

    async def claude_fable_5(
        self,
        *,
        max_tokens: float,
        messages: list[_model_claude_fable_5.Message],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        system: str | NotGiven = NOT_GIVEN,
    ) -> _model_claude_fable_5.ClaudeFable5Output | AsyncStream[StreamChunk]:
        """Run ``anthropic/claude-fable-5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            max_tokens: (not described)
            messages: (not described)
            metadata: (not described)
            stream: (not described)
            system: (not described)

        Returns:
            The parsed ``ClaudeFable5Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_fable_5 as _model_claude_fable_5,
        )

        given: dict[str, object] = {
            "max_tokens": max_tokens,
            "messages": messages,
            "metadata": metadata,
            "stream": stream,
            "system": system,
        }
        if stream is True:
            return await self._client._run_stream(
                "anthropic/claude-fable-5",
                _model_claude_fable_5.ClaudeFable5Input,
                given,
            )
        return await self._client._run_model(
            "anthropic/claude-fable-5",
            _model_claude_fable_5.ClaudeFable5Input,
            _model_claude_fable_5.ClaudeFable5Output,
            given,
        )

    @overload
    async def claude_fable_5_1(
        self,
        *,
        messages: list[_model_claude_fable_5_1.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def claude_fable_5_1(
        self,
        *,
        messages: list[_model_claude_fable_5_1.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_fable_5_1.ClaudeFable51Output: ...

    async def claude_fable_5_1(
        self,
        *,
        messages: list[_model_claude_fable_5_1.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_fable_5_1.ClaudeFable51Output | AsyncStream[StreamChunk]:
        """Run ``anthropic/claude-fable-5.1``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeFable51Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_fable_5_1 as _model_claude_fable_5_1,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return await self._client._run_stream(
                "anthropic/claude-fable-5.1",
                _model_claude_fable_5_1.ClaudeFable51Input,
                given,
            )
        return await self._client._run_model(
            "anthropic/claude-fable-5.1",
            _model_claude_fable_5_1.ClaudeFable51Input,
            _model_claude_fable_5_1.ClaudeFable51Output,
            given,
        )

    @overload
    async def claude_haiku_4_5(
        self,
        *,
        messages: list[_model_claude_haiku_4_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def claude_haiku_4_5(
        self,
        *,
        messages: list[_model_claude_haiku_4_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_haiku_4_5.ClaudeHaiku45Output: ...

    async def claude_haiku_4_5(
        self,
        *,
        messages: list[_model_claude_haiku_4_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_haiku_4_5.ClaudeHaiku45Output | AsyncStream[StreamChunk]:
        """Run ``anthropic/claude-haiku-4.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            temperature: (not described)
            top_p: (not described)
            top_k: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeHaiku45Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_haiku_4_5 as _model_claude_haiku_4_5,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "temperature": temperature,
            "top_p": top_p,
            "top_k": top_k,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return await self._client._run_stream(
                "anthropic/claude-haiku-4.5",
                _model_claude_haiku_4_5.ClaudeHaiku45Input,
                given,
            )
        return await self._client._run_model(
            "anthropic/claude-haiku-4.5",
            _model_claude_haiku_4_5.ClaudeHaiku45Input,
            _model_claude_haiku_4_5.ClaudeHaiku45Output,
            given,
        )

    @overload
    async def claude_opus_4_5(
        self,
        *,
        messages: list[_model_claude_opus_4_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def claude_opus_4_5(
        self,
        *,
        messages: list[_model_claude_opus_4_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_4_5.ClaudeOpus45Output: ...

    async def claude_opus_4_5(
        self,
        *,
        messages: list[_model_claude_opus_4_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_4_5.ClaudeOpus45Output | AsyncStream[StreamChunk]:
        """Run ``anthropic/claude-opus-4.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            temperature: (not described)
            top_p: (not described)
            top_k: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeOpus45Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_opus_4_5 as _model_claude_opus_4_5,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "temperature": temperature,
            "top_p": top_p,
            "top_k": top_k,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return await self._client._run_stream(
                "anthropic/claude-opus-4.5",
                _model_claude_opus_4_5.ClaudeOpus45Input,
                given,
            )
        return await self._client._run_model(
            "anthropic/claude-opus-4.5",
            _model_claude_opus_4_5.ClaudeOpus45Input,
            _model_claude_opus_4_5.ClaudeOpus45Output,
            given,
        )

    @overload
    async def claude_opus_4_6(
        self,
        *,
        messages: list[_model_claude_opus_4_6.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def claude_opus_4_6(
        self,
        *,
        messages: list[_model_claude_opus_4_6.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_4_6.ClaudeOpus46Output: ...

    async def claude_opus_4_6(
        self,
        *,
        messages: list[_model_claude_opus_4_6.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_4_6.ClaudeOpus46Output | AsyncStream[StreamChunk]:
        """Run ``anthropic/claude-opus-4.6``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            temperature: (not described)
            top_p: (not described)
            top_k: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeOpus46Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_opus_4_6 as _model_claude_opus_4_6,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "temperature": temperature,
            "top_p": top_p,
            "top_k": top_k,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return await self._client._run_stream(
                "anthropic/claude-opus-4.6",
                _model_claude_opus_4_6.ClaudeOpus46Input,
                given,
            )
        return await self._client._run_model(
            "anthropic/claude-opus-4.6",
            _model_claude_opus_4_6.ClaudeOpus46Input,
            _model_claude_opus_4_6.ClaudeOpus46Output,
            given,
        )

    @overload
    async def claude_opus_4_7(
        self,
        *,
        messages: list[_model_claude_opus_4_7.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def claude_opus_4_7(
        self,
        *,
        messages: list[_model_claude_opus_4_7.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_4_7.ClaudeOpus47Output: ...

    async def claude_opus_4_7(
        self,
        *,
        messages: list[_model_claude_opus_4_7.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_4_7.ClaudeOpus47Output | AsyncStream[StreamChunk]:
        """Run ``anthropic/claude-opus-4.7``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeOpus47Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_opus_4_7 as _model_claude_opus_4_7,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return await self._client._run_stream(
                "anthropic/claude-opus-4.7",
                _model_claude_opus_4_7.ClaudeOpus47Input,
                given,
            )
        return await self._client._run_model(
            "anthropic/claude-opus-4.7",
            _model_claude_opus_4_7.ClaudeOpus47Input,
            _model_claude_opus_4_7.ClaudeOpus47Output,
            given,
        )

    @overload
    async def claude_opus_4_8(
        self,
        *,
        max_tokens: float,
        messages: list[_model_claude_opus_4_8.Message],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        system: str | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def claude_opus_4_8(
        self,
        *,
        max_tokens: float,
        messages: list[_model_claude_opus_4_8.Message],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        system: str | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_4_8.ClaudeOpus48Output: ...

    async def claude_opus_4_8(
        self,
        *,
        max_tokens: float,
        messages: list[_model_claude_opus_4_8.Message],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        system: str | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_4_8.ClaudeOpus48Output | AsyncStream[StreamChunk]:
        """Run ``anthropic/claude-opus-4.8``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            max_tokens: (not described)
            messages: (not described)
            metadata: (not described)
            stream: (not described)
            system: (not described)

        Returns:
            The parsed ``ClaudeOpus48Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_opus_4_8 as _model_claude_opus_4_8,
        )

        given: dict[str, object] = {
            "max_tokens": max_tokens,
            "messages": messages,
            "metadata": metadata,
            "stream": stream,
            "system": system,
        }
        if stream is True:
            return await self._client._run_stream(
                "anthropic/claude-opus-4.8",
                _model_claude_opus_4_8.ClaudeOpus48Input,
                given,
            )
        return await self._client._run_model(
            "anthropic/claude-opus-4.8",
            _model_claude_opus_4_8.ClaudeOpus48Input,
            _model_claude_opus_4_8.ClaudeOpus48Output,
            given,
        )

    @overload
    async def claude_opus_5(
        self,
        *,
        messages: list[_model_claude_opus_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def claude_opus_5(
        self,
        *,
        messages: list[_model_claude_opus_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_5.ClaudeOpus5Output: ...

    async def claude_opus_5(
        self,
        *,
        messages: list[_model_claude_opus_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_5.ClaudeOpus5Output | AsyncStream[StreamChunk]:
        """Run ``anthropic/claude-opus-5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeOpus5Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_opus_5 as _model_claude_opus_5,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return await self._client._run_stream(
                "anthropic/claude-opus-5",
                _model_claude_opus_5.ClaudeOpus5Input,
                given,
            )
        return await self._client._run_model(
            "anthropic/claude-opus-5",
            _model_claude_opus_5.ClaudeOpus5Input,
            _model_claude_opus_5.ClaudeOpus5Output,
            given,
        )

    @overload
    async def claude_opus_5_5(
        self,
        *,
        messages: list[_model_claude_opus_5_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        thinking: _model_claude_opus_5_5.Thinking | NotGiven = NOT_GIVEN,
        output_config: _model_claude_opus_5_5.OutputConfig | NotGiven = NOT_GIVEN,
        tool_choice: _model_claude_opus_5_5.ToolChoice | _model_claude_opus_5_5.ToolChoice1 | NotGiven = NOT_GIVEN,
        tools: list[_model_claude_opus_5_5.Tool] | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def claude_opus_5_5(
        self,
        *,
        messages: list[_model_claude_opus_5_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        thinking: _model_claude_opus_5_5.Thinking | NotGiven = NOT_GIVEN,
        output_config: _model_claude_opus_5_5.OutputConfig | NotGiven = NOT_GIVEN,
        tool_choice: _model_claude_opus_5_5.ToolChoice | _model_claude_opus_5_5.ToolChoice1 | NotGiven = NOT_GIVEN,
        tools: list[_model_claude_opus_5_5.Tool] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_5_5.ClaudeOpus55Output: ...

    async def claude_opus_5_5(
        self,
        *,
        messages: list[_model_claude_opus_5_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        thinking: _model_claude_opus_5_5.Thinking | NotGiven = NOT_GIVEN,
        output_config: _model_claude_opus_5_5.OutputConfig | NotGiven = NOT_GIVEN,
        tool_choice: _model_claude_opus_5_5.ToolChoice | _model_claude_opus_5_5.ToolChoice1 | NotGiven = NOT_GIVEN,
        tools: list[_model_claude_opus_5_5.Tool] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_opus_5_5.ClaudeOpus55Output | AsyncStream[StreamChunk]:
        """Run ``anthropic/claude-opus-5.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            stream: (not described)
            metadata: (not described)
            thinking: (not described)
            output_config: (not described)
            tool_choice: (not described)
            tools: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - input #/properties/tool_choice/oneOf is checked as anyOf: a value that matches more
              than one branch is accepted

        Returns:
            The parsed ``ClaudeOpus55Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_opus_5_5 as _model_claude_opus_5_5,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "stream": stream,
            "metadata": metadata,
            "thinking": thinking,
            "output_config": output_config,
            "tool_choice": tool_choice,
            "tools": tools,
        }
        if stream is True:
            return await self._client._run_stream(
                "anthropic/claude-opus-5.5",
                _model_claude_opus_5_5.ClaudeOpus55Input,
                given,
            )
        return await self._client._run_model(
            "anthropic/claude-opus-5.5",
            _model_claude_opus_5_5.ClaudeOpus55Input,
            _model_claude_opus_5_5.ClaudeOpus55Output,
            given,
        )

    @overload
    async def claude_sonnet_4(
        self,
        *,
        messages: list[_model_claude_sonnet_4.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def claude_sonnet_4(
        self,
        *,
        messages: list[_model_claude_sonnet_4.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_4.ClaudeSonnet4Output: ...

    async def claude_sonnet_4(
        self,
        *,
        messages: list[_model_claude_sonnet_4.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_4.ClaudeSonnet4Output | AsyncStream[StreamChunk]:
        """Run ``anthropic/claude-sonnet-4``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            temperature: (not described)
            top_p: (not described)
            top_k: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeSonnet4Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_sonnet_4 as _model_claude_sonnet_4,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "temperature": temperature,
            "top_p": top_p,
            "top_k": top_k,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return await self._client._run_stream(
                "anthropic/claude-sonnet-4",
                _model_claude_sonnet_4.ClaudeSonnet4Input,
                given,
            )
        return await self._client._run_model(
            "anthropic/claude-sonnet-4",
            _model_claude_sonnet_4.ClaudeSonnet4Input,
            _model_claude_sonnet_4.ClaudeSonnet4Output,
            given,
        )

    @overload
    async def claude_sonnet_4_5(
        self,
        *,
        messages: list[_model_claude_sonnet_4_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def claude_sonnet_4_5(
        self,
        *,
        messages: list[_model_claude_sonnet_4_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_4_5.ClaudeSonnet45Output: ...

    async def claude_sonnet_4_5(
        self,
        *,
        messages: list[_model_claude_sonnet_4_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_4_5.ClaudeSonnet45Output | AsyncStream[StreamChunk]:
        """Run ``anthropic/claude-sonnet-4.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            temperature: (not described)
            top_p: (not described)
            top_k: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeSonnet45Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_sonnet_4_5 as _model_claude_sonnet_4_5,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "temperature": temperature,
            "top_p": top_p,
            "top_k": top_k,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return await self._client._run_stream(
                "anthropic/claude-sonnet-4.5",
                _model_claude_sonnet_4_5.ClaudeSonnet45Input,
                given,
            )
        return await self._client._run_model(
            "anthropic/claude-sonnet-4.5",
            _model_claude_sonnet_4_5.ClaudeSonnet45Input,
            _model_claude_sonnet_4_5.ClaudeSonnet45Output,
            given,
        )

    @overload
    async def claude_sonnet_4_6(
        self,
        *,
        messages: list[_model_claude_sonnet_4_6.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def claude_sonnet_4_6(
        self,
        *,
        messages: list[_model_claude_sonnet_4_6.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_4_6.ClaudeSonnet46Output: ...

    async def claude_sonnet_4_6(
        self,
        *,
        messages: list[_model_claude_sonnet_4_6.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_4_6.ClaudeSonnet46Output | AsyncStream[StreamChunk]:
        """Run ``anthropic/claude-sonnet-4.6``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            temperature: (not described)
            top_p: (not described)
            top_k: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeSonnet46Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_sonnet_4_6 as _model_claude_sonnet_4_6,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "temperature": temperature,
            "top_p": top_p,
            "top_k": top_k,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return await self._client._run_stream(
                "anthropic/claude-sonnet-4.6",
                _model_claude_sonnet_4_6.ClaudeSonnet46Input,
                given,
            )
        return await self._client._run_model(
            "anthropic/claude-sonnet-4.6",
            _model_claude_sonnet_4_6.ClaudeSonnet46Input,
            _model_claude_sonnet_4_6.ClaudeSonnet46Output,
            given,
        )

    @overload
    async def claude_sonnet_5(
        self,
        *,
        messages: list[_model_claude_sonnet_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def claude_sonnet_5(
        self,
        *,
        messages: list[_model_claude_sonnet_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_5.ClaudeSonnet5Output: ...

    async def claude_sonnet_5(
        self,
        *,
        messages: list[_model_claude_sonnet_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_5.ClaudeSonnet5Output | AsyncStream[StreamChunk]:
        """Run ``anthropic/claude-sonnet-5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeSonnet5Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_sonnet_5 as _model_claude_sonnet_5,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return await self._client._run_stream(
                "anthropic/claude-sonnet-5",
                _model_claude_sonnet_5.ClaudeSonnet5Input,
                given,
            )
        return await self._client._run_model(
            "anthropic/claude-sonnet-5",
            _model_claude_sonnet_5.ClaudeSonnet5Input,
            _model_claude_sonnet_5.ClaudeSonnet5Output,
            given,
        )

    @overload
    async def claude_sonnet_5_5(
        self,
        *,
        messages: list[_model_claude_sonnet_5_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def claude_sonnet_5_5(
        self,
        *,
        messages: list[_model_claude_sonnet_5_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_5_5.ClaudeSonnet55Output: ...

    async def claude_sonnet_5_5(
        self,
        *,
        messages: list[_model_claude_sonnet_5_5.Message],
        max_tokens: float,
        system: str | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> _model_claude_sonnet_5_5.ClaudeSonnet55Output | AsyncStream[StreamChunk]:
        """Run ``anthropic/claude-sonnet-5.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            messages: (not described)
            max_tokens: (not described)
            system: (not described)
            stream: (not described)
            metadata: (not described)

        Returns:
            The parsed ``ClaudeSonnet55Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.anthropic import (
            claude_sonnet_5_5 as _model_claude_sonnet_5_5,
        )

        given: dict[str, object] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "system": system,
            "stream": stream,
            "metadata": metadata,
        }
        if stream is True:
            return await self._client._run_stream(
                "anthropic/claude-sonnet-5.5",
                _model_claude_sonnet_5_5.ClaudeSonnet55Input,
                given,
            )
        return await self._client._run_model(
            "anthropic/claude-sonnet-5.5",
            _model_claude_sonnet_5_5.ClaudeSonnet55Input,
            _model_claude_sonnet_5_5.ClaudeSonnet55Output,
            given,
        )
