"""The ``cf.deepseek_ai`` namespace of the client: 2 model(s), 0 sub-namespace(s)."""

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

    from ....models.cf.deepseek_ai import (
        deepseek_math_7b_instruct as _model_deepseek_math_7b_instruct,
    )
    from ....models.cf.deepseek_ai import (
        deepseek_r1_distill_qwen_32b as _model_deepseek_r1_distill_qwen_32b,
    )

__all__ = ["AsyncCfDeepseekAiNamespace", "CfDeepseekAiNamespace"]


class CfDeepseekAiNamespace:
    """Models below ``client.cf.deepseek_ai``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def deepseek_math_7b_instruct(
        self,
        input: _model_deepseek_math_7b_instruct.DeepseekMath7bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def deepseek_math_7b_instruct(
        self,
        input: _model_deepseek_math_7b_instruct.DeepseekMath7bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_deepseek_math_7b_instruct.DeepseekMath7bInstructOutput: ...

    def deepseek_math_7b_instruct(
        self,
        input: _model_deepseek_math_7b_instruct.DeepseekMath7bInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_deepseek_math_7b_instruct.DeepseekMath7bInstructOutput | Stream[StreamChunk]:
        """Run ``@cf/deepseek-ai/deepseek-math-7b-instruct``.

        Args:
            input: a ``DeepseekMath7bInstructInput``, or a dict validated into one.
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
            The parsed ``DeepseekMath7bInstructOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.deepseek_ai import (
            deepseek_math_7b_instruct as _model_deepseek_math_7b_instruct,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/deepseek-ai/deepseek-math-7b-instruct",
                _model_deepseek_math_7b_instruct.DeepseekMath7bInstructInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/deepseek-ai/deepseek-math-7b-instruct",
            _model_deepseek_math_7b_instruct.DeepseekMath7bInstructInput,
            _model_deepseek_math_7b_instruct.DeepseekMath7bInstructOutput,
            given,
            stream=stream,
        )

    @overload
    def deepseek_r1_distill_qwen_32b(
        self,
        input: _model_deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def deepseek_r1_distill_qwen_32b(
        self,
        input: _model_deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bOutput: ...

    def deepseek_r1_distill_qwen_32b(
        self,
        input: _model_deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bOutput | Stream[StreamChunk]:
        """Run ``@cf/deepseek-ai/deepseek-r1-distill-qwen-32b``.

        Args:
            input: a ``DeepseekR1DistillQwen32bInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``DeepseekR1DistillQwen32bOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.deepseek_ai import (
            deepseek_r1_distill_qwen_32b as _model_deepseek_r1_distill_qwen_32b,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/deepseek-ai/deepseek-r1-distill-qwen-32b",
                _model_deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/deepseek-ai/deepseek-r1-distill-qwen-32b",
            _model_deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bInput,
            _model_deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bOutput,
            given,
            stream=stream,
        )


class AsyncCfDeepseekAiNamespace:
    """Models below ``client.cf.deepseek_ai``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def deepseek_math_7b_instruct(
        self,
        input: _model_deepseek_math_7b_instruct.DeepseekMath7bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def deepseek_math_7b_instruct(
        self,
        input: _model_deepseek_math_7b_instruct.DeepseekMath7bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_deepseek_math_7b_instruct.DeepseekMath7bInstructOutput: ...

    async def deepseek_math_7b_instruct(
        self,
        input: _model_deepseek_math_7b_instruct.DeepseekMath7bInstructInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_deepseek_math_7b_instruct.DeepseekMath7bInstructOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/deepseek-ai/deepseek-math-7b-instruct``.

        Args:
            input: a ``DeepseekMath7bInstructInput``, or a dict validated into one.
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
            The parsed ``DeepseekMath7bInstructOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.deepseek_ai import (
            deepseek_math_7b_instruct as _model_deepseek_math_7b_instruct,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/deepseek-ai/deepseek-math-7b-instruct",
                _model_deepseek_math_7b_instruct.DeepseekMath7bInstructInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/deepseek-ai/deepseek-math-7b-instruct",
            _model_deepseek_math_7b_instruct.DeepseekMath7bInstructInput,
            _model_deepseek_math_7b_instruct.DeepseekMath7bInstructOutput,
            given,
            stream=stream,
        )

    @overload
    async def deepseek_r1_distill_qwen_32b(
        self,
        input: _model_deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def deepseek_r1_distill_qwen_32b(
        self,
        input: _model_deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bOutput: ...

    async def deepseek_r1_distill_qwen_32b(
        self,
        input: _model_deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/deepseek-ai/deepseek-r1-distill-qwen-32b``.

        Args:
            input: a ``DeepseekR1DistillQwen32bInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``DeepseekR1DistillQwen32bOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.deepseek_ai import (
            deepseek_r1_distill_qwen_32b as _model_deepseek_r1_distill_qwen_32b,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/deepseek-ai/deepseek-r1-distill-qwen-32b",
                _model_deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/deepseek-ai/deepseek-r1-distill-qwen-32b",
            _model_deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bInput,
            _model_deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bOutput,
            given,
            stream=stream,
        )
