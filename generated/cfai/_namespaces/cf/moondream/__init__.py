"""The ``cf.moondream`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

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

    from ....models.cf.moondream import (
        moondream3_1_9b_a2b as _model_moondream3_1_9b_a2b,
    )

__all__ = ["AsyncCfMoondreamNamespace", "CfMoondreamNamespace"]


class CfMoondreamNamespace:
    """Models below ``client.cf.moondream``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def moondream3_1_9b_a2b(
        self,
        *,
        task: Literal["query", "caption", "point", "detect"] | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        question: str | NotGiven = NOT_GIVEN,
        caption_length: Literal["short", "normal", "long"] | NotGiven = NOT_GIVEN,
        target: str | NotGiven = NOT_GIVEN,
        reasoning: bool | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        max_objects: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def moondream3_1_9b_a2b(
        self,
        *,
        task: Literal["query", "caption", "point", "detect"] | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        question: str | NotGiven = NOT_GIVEN,
        caption_length: Literal["short", "normal", "long"] | NotGiven = NOT_GIVEN,
        target: str | NotGiven = NOT_GIVEN,
        reasoning: bool | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        max_objects: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_moondream3_1_9b_a2b.Moondream319bA2bOutput: ...

    def moondream3_1_9b_a2b(
        self,
        *,
        task: Literal["query", "caption", "point", "detect"] | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        question: str | NotGiven = NOT_GIVEN,
        caption_length: Literal["short", "normal", "long"] | NotGiven = NOT_GIVEN,
        target: str | NotGiven = NOT_GIVEN,
        reasoning: bool | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        max_objects: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_moondream3_1_9b_a2b.Moondream319bA2bOutput | Stream[StreamChunk]:
        """Run ``@cf/moondream/moondream3.1-9B-A2B``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            task: Which Moondream skill to run.
                Cloudflare's default: ``"query"``.
            image: Input image as a public HTTPS URL or base64 data URI. Optional for `query`;
                required for `caption`, `point`, and `detect`.
            question: Question for the `query` task.
                Cloudflare's default: ``"What's in this image?"``.
            caption_length: Caption length for the `caption` task.
                Cloudflare's default: ``"normal"``.
            target: Object phrase to locate for `point` and `detect` tasks (e.g. 'person wearing a
                red shirt').
                Cloudflare's default: ``"person"``.
            reasoning: Enable reasoning trace for the `query` task.
                Cloudflare's default: ``True``.
            temperature: Sampling temperature.
                Cloudflare's default: ``0.5``.
            top_p: Top-p (nucleus) sampling.
                Cloudflare's default: ``0.9``.
            max_tokens: Max tokens to generate for `query` and `caption`.
                Cloudflare's default: ``768``.
            max_objects: Max objects to return for `point` and `detect`.
                Cloudflare's default: ``150``.
            stream: Return incremental tokens for `query` and `caption`. `point` and `detect` do not
                support streaming.
                Cloudflare's default: ``True``.

        Returns:
            The parsed ``Moondream319bA2bOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.moondream import (
            moondream3_1_9b_a2b as _model_moondream3_1_9b_a2b,
        )

        given: dict[str, object] = {
            "task": task,
            "image": image,
            "question": question,
            "caption_length": caption_length,
            "target": target,
            "reasoning": reasoning,
            "temperature": temperature,
            "top_p": top_p,
            "max_tokens": max_tokens,
            "max_objects": max_objects,
            "stream": stream,
        }
        if stream is True:
            return self._client._run_stream(
                "@cf/moondream/moondream3.1-9B-A2B",
                _model_moondream3_1_9b_a2b.Moondream319bA2bInput,
                given,
            )
        return self._client._run_model(
            "@cf/moondream/moondream3.1-9B-A2B",
            _model_moondream3_1_9b_a2b.Moondream319bA2bInput,
            _model_moondream3_1_9b_a2b.Moondream319bA2bOutput,
            given,
            streams_by_default=True,
        )


class AsyncCfMoondreamNamespace:
    """Models below ``client.cf.moondream``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def moondream3_1_9b_a2b(
        self,
        *,
        task: Literal["query", "caption", "point", "detect"] | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        question: str | NotGiven = NOT_GIVEN,
        caption_length: Literal["short", "normal", "long"] | NotGiven = NOT_GIVEN,
        target: str | NotGiven = NOT_GIVEN,
        reasoning: bool | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        max_objects: int | NotGiven = NOT_GIVEN,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def moondream3_1_9b_a2b(
        self,
        *,
        task: Literal["query", "caption", "point", "detect"] | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        question: str | NotGiven = NOT_GIVEN,
        caption_length: Literal["short", "normal", "long"] | NotGiven = NOT_GIVEN,
        target: str | NotGiven = NOT_GIVEN,
        reasoning: bool | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        max_objects: int | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_moondream3_1_9b_a2b.Moondream319bA2bOutput: ...

    async def moondream3_1_9b_a2b(
        self,
        *,
        task: Literal["query", "caption", "point", "detect"] | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        question: str | NotGiven = NOT_GIVEN,
        caption_length: Literal["short", "normal", "long"] | NotGiven = NOT_GIVEN,
        target: str | NotGiven = NOT_GIVEN,
        reasoning: bool | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        max_objects: int | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_moondream3_1_9b_a2b.Moondream319bA2bOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/moondream/moondream3.1-9B-A2B``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            task: Which Moondream skill to run.
                Cloudflare's default: ``"query"``.
            image: Input image as a public HTTPS URL or base64 data URI. Optional for `query`;
                required for `caption`, `point`, and `detect`.
            question: Question for the `query` task.
                Cloudflare's default: ``"What's in this image?"``.
            caption_length: Caption length for the `caption` task.
                Cloudflare's default: ``"normal"``.
            target: Object phrase to locate for `point` and `detect` tasks (e.g. 'person wearing a
                red shirt').
                Cloudflare's default: ``"person"``.
            reasoning: Enable reasoning trace for the `query` task.
                Cloudflare's default: ``True``.
            temperature: Sampling temperature.
                Cloudflare's default: ``0.5``.
            top_p: Top-p (nucleus) sampling.
                Cloudflare's default: ``0.9``.
            max_tokens: Max tokens to generate for `query` and `caption`.
                Cloudflare's default: ``768``.
            max_objects: Max objects to return for `point` and `detect`.
                Cloudflare's default: ``150``.
            stream: Return incremental tokens for `query` and `caption`. `point` and `detect` do not
                support streaming.
                Cloudflare's default: ``True``.

        Returns:
            The parsed ``Moondream319bA2bOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.moondream import (
            moondream3_1_9b_a2b as _model_moondream3_1_9b_a2b,
        )

        given: dict[str, object] = {
            "task": task,
            "image": image,
            "question": question,
            "caption_length": caption_length,
            "target": target,
            "reasoning": reasoning,
            "temperature": temperature,
            "top_p": top_p,
            "max_tokens": max_tokens,
            "max_objects": max_objects,
            "stream": stream,
        }
        if stream is True:
            return await self._client._run_stream(
                "@cf/moondream/moondream3.1-9B-A2B",
                _model_moondream3_1_9b_a2b.Moondream319bA2bInput,
                given,
            )
        return await self._client._run_model(
            "@cf/moondream/moondream3.1-9B-A2B",
            _model_moondream3_1_9b_a2b.Moondream319bA2bInput,
            _model_moondream3_1_9b_a2b.Moondream319bA2bOutput,
            given,
            streams_by_default=True,
        )
