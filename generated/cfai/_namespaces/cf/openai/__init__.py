"""The ``cf.openai`` namespace of the client: 3 model(s), 0 sub-namespace(s)."""

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

    from ....models.cf.openai import (
        gpt_oss_120b as _model_gpt_oss_120b,
    )
    from ....models.cf.openai import (
        whisper as _model_whisper,
    )
    from ....models.cf.openai import (
        whisper_tiny_en as _model_whisper_tiny_en,
    )

__all__ = ["AsyncCfOpenaiNamespace", "CfOpenaiNamespace"]


class CfOpenaiNamespace:
    """Models below ``client.cf.openai``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def gpt_oss_120b(
        self,
        input: _model_gpt_oss_120b.GptOss120bInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def gpt_oss_120b(
        self,
        input: _model_gpt_oss_120b.GptOss120bInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gpt_oss_120b.GptOss120bOutput: ...

    def gpt_oss_120b(
        self,
        input: _model_gpt_oss_120b.GptOss120bInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gpt_oss_120b.GptOss120bOutput | Stream[StreamChunk]:
        """Run ``@cf/openai/gpt-oss-120b``.

        Args:
            input: a ``GptOss120bInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/0/oneOf is checked as anyOf: a value that matches more than one branch
              is accepted
            - input #/oneOf/0/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that
              matches more than one branch is accepted
            - output: the text/event-stream answer to stream=True is read by the client as a stream
              of chunks, not by this model

        Returns:
            The parsed ``GptOss120bOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.openai import (
            gpt_oss_120b as _model_gpt_oss_120b,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/openai/gpt-oss-120b",
                _model_gpt_oss_120b.GptOss120bInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/openai/gpt-oss-120b",
            _model_gpt_oss_120b.GptOss120bInput,
            _model_gpt_oss_120b.GptOss120bOutput,
            given,
            stream=stream,
        )

    def whisper(
        self,
        input: _model_whisper.WhisperInput | Mapping[str, Any],
    ) -> _model_whisper.WhisperOutput:
        """Run ``@cf/openai/whisper``.

        Args:
            input: a ``WhisperInput``, or a dict validated into one.

        Returns:
            The parsed ``WhisperOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.openai import (
            whisper as _model_whisper,
        )

        given: object = input
        return self._client._run_model(
            "@cf/openai/whisper",
            _model_whisper.WhisperInput,
            _model_whisper.WhisperOutput,
            given,
        )

    def whisper_tiny_en(
        self,
        input: _model_whisper_tiny_en.WhisperTinyEnInput | Mapping[str, Any],
    ) -> _model_whisper_tiny_en.WhisperTinyEnOutput:
        """Run ``@cf/openai/whisper-tiny-en``.

        Args:
            input: a ``WhisperTinyEnInput``, or a dict validated into one.

        Returns:
            The parsed ``WhisperTinyEnOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.openai import (
            whisper_tiny_en as _model_whisper_tiny_en,
        )

        given: object = input
        return self._client._run_model(
            "@cf/openai/whisper-tiny-en",
            _model_whisper_tiny_en.WhisperTinyEnInput,
            _model_whisper_tiny_en.WhisperTinyEnOutput,
            given,
        )


class AsyncCfOpenaiNamespace:
    """Models below ``client.cf.openai``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def gpt_oss_120b(
        self,
        input: _model_gpt_oss_120b.GptOss120bInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def gpt_oss_120b(
        self,
        input: _model_gpt_oss_120b.GptOss120bInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gpt_oss_120b.GptOss120bOutput: ...

    async def gpt_oss_120b(
        self,
        input: _model_gpt_oss_120b.GptOss120bInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gpt_oss_120b.GptOss120bOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/openai/gpt-oss-120b``.

        Args:
            input: a ``GptOss120bInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/0/oneOf is checked as anyOf: a value that matches more than one branch
              is accepted
            - input #/oneOf/0/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that
              matches more than one branch is accepted
            - output: the text/event-stream answer to stream=True is read by the client as a stream
              of chunks, not by this model

        Returns:
            The parsed ``GptOss120bOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.openai import (
            gpt_oss_120b as _model_gpt_oss_120b,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/openai/gpt-oss-120b",
                _model_gpt_oss_120b.GptOss120bInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/openai/gpt-oss-120b",
            _model_gpt_oss_120b.GptOss120bInput,
            _model_gpt_oss_120b.GptOss120bOutput,
            given,
            stream=stream,
        )

    async def whisper(
        self,
        input: _model_whisper.WhisperInput | Mapping[str, Any],
    ) -> _model_whisper.WhisperOutput:
        """Run ``@cf/openai/whisper``.

        Args:
            input: a ``WhisperInput``, or a dict validated into one.

        Returns:
            The parsed ``WhisperOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.openai import (
            whisper as _model_whisper,
        )

        given: object = input
        return await self._client._run_model(
            "@cf/openai/whisper",
            _model_whisper.WhisperInput,
            _model_whisper.WhisperOutput,
            given,
        )

    async def whisper_tiny_en(
        self,
        input: _model_whisper_tiny_en.WhisperTinyEnInput | Mapping[str, Any],
    ) -> _model_whisper_tiny_en.WhisperTinyEnOutput:
        """Run ``@cf/openai/whisper-tiny-en``.

        Args:
            input: a ``WhisperTinyEnInput``, or a dict validated into one.

        Returns:
            The parsed ``WhisperTinyEnOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.openai import (
            whisper_tiny_en as _model_whisper_tiny_en,
        )

        given: object = input
        return await self._client._run_model(
            "@cf/openai/whisper-tiny-en",
            _model_whisper_tiny_en.WhisperTinyEnInput,
            _model_whisper_tiny_en.WhisperTinyEnOutput,
            given,
        )
