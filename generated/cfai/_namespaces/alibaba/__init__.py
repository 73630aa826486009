"""The ``alibaba`` namespace of the client: 13 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, overload

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

    from ...models.alibaba import (
        hh1_1_i2v as _model_hh1_1_i2v,
    )
    from ...models.alibaba import (
        hh1_1_r2v as _model_hh1_1_r2v,
    )
    from ...models.alibaba import (
        hh1_1_t2v as _model_hh1_1_t2v,
    )
    from ...models.alibaba import (
        hh1_t2v as _model_hh1_t2v,
    )
    from ...models.alibaba import (
        qwen3_5_397b_a17b as _model_qwen3_5_397b_a17b,
    )
    from ...models.alibaba import (
        qwen3_7_max as _model_qwen3_7_max,
    )
    from ...models.alibaba import (
        qwen3_7_plus as _model_qwen3_7_plus,
    )
    from ...models.alibaba import (
        qwen3_8_max as _model_qwen3_8_max,
    )
    from ...models.alibaba import (
        qwen3_max as _model_qwen3_max,
    )
    from ...models.alibaba import (
        wan_2_6_image as _model_wan_2_6_image,
    )
    from ...models.alibaba import (
        wan_2_7_i2v as _model_wan_2_7_i2v,
    )
    from ...models.alibaba import (
        wan_3_0 as _model_wan_3_0,
    )
    from ...models.alibaba import (
        wan_3_0_prime as _model_wan_3_0_prime,
    )

__all__ = ["AlibabaNamespace", "AsyncAlibabaNamespace"]


class AlibabaNamespace:
    """Models below ``client.alibaba``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def hh1_t2v(
        self,
        *,
        prompt: str,
        resolution: Literal["720P", "1080P"] | NotGiven = NOT_GIVEN,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        watermark: bool | NotGiven = NOT_GIVEN,
    ) -> _model_hh1_t2v.Hh1T2vOutput:
        """Run ``alibaba/hh1-t2v``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            resolution: (not described)
            ratio: (not described)
            duration: (not described)
            seed: (not described)
            watermark: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Hh1T2vOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            hh1_t2v as _model_hh1_t2v,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "resolution": resolution,
            "ratio": ratio,
            "duration": duration,
            "seed": seed,
            "watermark": watermark,
        }
        return self._client._run_model(
            "alibaba/hh1-t2v",
            _model_hh1_t2v.Hh1T2vInput,
            _model_hh1_t2v.Hh1T2vOutput,
            given,
        )

    def hh1_1_i2v(
        self,
        *,
        image: str,
        prompt: str | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        resolution: Literal["720P", "1080P"] | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        watermark: bool | NotGiven = NOT_GIVEN,
    ) -> _model_hh1_1_i2v.Hh11I2vOutput:
        """Run ``alibaba/hh1.1-i2v``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            image: (not described)
            prompt: (not described)
            negative_prompt: (not described)
            resolution: (not described)
            duration: (not described)
            seed: (not described)
            watermark: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at #/properties/image)
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Hh11I2vOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            hh1_1_i2v as _model_hh1_1_i2v,
        )

        given: dict[str, object] = {
            "image": image,
            "prompt": prompt,
            "negative_prompt": negative_prompt,
            "resolution": resolution,
            "duration": duration,
            "seed": seed,
            "watermark": watermark,
        }
        return self._client._run_model(
            "alibaba/hh1.1-i2v",
            _model_hh1_1_i2v.Hh11I2vInput,
            _model_hh1_1_i2v.Hh11I2vOutput,
            given,
        )

    def hh1_1_r2v(
        self,
        *,
        prompt: str,
        images: list[str],
        resolution: Literal["720P", "1080P"] | NotGiven = NOT_GIVEN,
        ratio: Literal["16:9", "9:16", "3:4", "4:3", "1:1", "21:9", "9:21", "5:4", "4:5"] | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        watermark: bool | NotGiven = NOT_GIVEN,
    ) -> _model_hh1_1_r2v.Hh11R2vOutput:
        """Run ``alibaba/hh1.1-r2v``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            images: (not described)
            resolution: (not described)
            ratio: (not described)
            duration: (not described)
            seed: (not described)
            watermark: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at #/properties/images/items)
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Hh11R2vOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            hh1_1_r2v as _model_hh1_1_r2v,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "images": images,
            "resolution": resolution,
            "ratio": ratio,
            "duration": duration,
            "seed": seed,
            "watermark": watermark,
        }
        return self._client._run_model(
            "alibaba/hh1.1-r2v",
            _model_hh1_1_r2v.Hh11R2vInput,
            _model_hh1_1_r2v.Hh11R2vOutput,
            given,
        )

    def hh1_1_t2v(
        self,
        *,
        prompt: str,
        resolution: Literal["720P", "1080P"] | NotGiven = NOT_GIVEN,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        watermark: bool | NotGiven = NOT_GIVEN,
    ) -> _model_hh1_1_t2v.Hh11T2vOutput:
        """Run ``alibaba/hh1.1-t2v``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            resolution: (not described)
            ratio: (not described)
            duration: (not described)
            seed: (not described)
            watermark: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Hh11T2vOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            hh1_1_t2v as _model_hh1_1_t2v,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "resolution": resolution,
            "ratio": ratio,
            "duration": duration,
            "seed": seed,
            "watermark": watermark,
        }
        return self._client._run_model(
            "alibaba/hh1.1-t2v",
            _model_hh1_1_t2v.Hh11T2vInput,
            _model_hh1_1_t2v.Hh11T2vOutput,
            given,
        )

    @overload
    def qwen3_max(
        self,
        *,
        messages: list[_model_qwen3_max.Message],
        temperature: float | NotGiven = NOT_GIVEN,
        max_tokens: float | NotGiven = NOT_GIVEN,
        max_completion_tokens: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stream_options: _model_qwen3_max.StreamOptions | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
        tool_choice: Any | NotGiven = NOT_GIVEN,
        response_format: Any | NotGiven = NOT_GIVEN,
    ) -> Stream[StreamChunk]: ...

    @overload
    def qwen3_max(
        self,
        *,
        messages: list[_model_qwen3_max.Message],
        temperature: float | NotGiven = NOT_GIVEN,
        max_tokens: float | NotGiven = NOT_GIVEN,
        max_completion_tokens: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        stream_options: _model_qwen3_max.StreamOptions | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
        tool_choice: Any | NotGiven = NOT_GIVEN,
        response_format: Any | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_max.Qwen3MaxOutput: ...

    def qwen3_max(
        self,
        *,
        messages: list[_model_qwen3_max.Message],
        temperature: float | NotGiven = NOT_GIVEN,
        max_tokens: float | NotGiven = NOT_GIVEN,
        max_completion_tokens: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        stream_options: _model_qwen3_max.StreamOptions | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
        tool_choice: Any | NotGiven = NOT_GIVEN,
        response_format: Any | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_max.Qwen3MaxOutput | Stream[StreamChunk]:
        """Run ``alibaba/qwen3-max``.

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
            The parsed ``Qwen3MaxOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            qwen3_max as _model_qwen3_max,
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
                "alibaba/qwen3-max",
                _model_qwen3_max.Qwen3MaxInput,
                given,
            )
        return self._client._run_model(
            "alibaba/qwen3-max",
            _model_qwen3_max.Qwen3MaxInput,
            _model_qwen3_max.Qwen3MaxOutput,
            given,
        )

    @overload
    def qwen3_5_397b_a17b(
        self,
        input: _model_qwen3_5_397b_a17b.Qwen35397bA17bInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def qwen3_5_397b_a17b(
        self,
        input: _model_qwen3_5_397b_a17b.Qwen35397bA17bInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_5_397b_a17b.Qwen35397bA17bOutput: ...

    def qwen3_5_397b_a17b(
        self,
        input: _model_qwen3_5_397b_a17b.Qwen35397bA17bInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_5_397b_a17b.Qwen35397bA17bOutput | Stream[StreamChunk]:
        """Run ``alibaba/qwen3.5-397b-a17b``.

        Args:
            input: a ``Qwen35397bA17bInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Qwen35397bA17bOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            qwen3_5_397b_a17b as _model_qwen3_5_397b_a17b,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "alibaba/qwen3.5-397b-a17b",
                _model_qwen3_5_397b_a17b.Qwen35397bA17bInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "alibaba/qwen3.5-397b-a17b",
            _model_qwen3_5_397b_a17b.Qwen35397bA17bInput,
            _model_qwen3_5_397b_a17b.Qwen35397bA17bOutput,
            given,
            stream=stream,
        )

    @overload
    def qwen3_7_max(
        self,
        input: _model_qwen3_7_max.Qwen37MaxInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def qwen3_7_max(
        self,
        input: _model_qwen3_7_max.Qwen37MaxInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_7_max.Qwen37MaxOutput: ...

    def qwen3_7_max(
        self,
        input: _model_qwen3_7_max.Qwen37MaxInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_7_max.Qwen37MaxOutput | Stream[StreamChunk]:
        """Run ``alibaba/qwen3.7-max``.

        Args:
            input: a ``Qwen37MaxInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Qwen37MaxOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            qwen3_7_max as _model_qwen3_7_max,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "alibaba/qwen3.7-max",
                _model_qwen3_7_max.Qwen37MaxInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "alibaba/qwen3.7-max",
            _model_qwen3_7_max.Qwen37MaxInput,
            _model_qwen3_7_max.Qwen37MaxOutput,
            given,
            stream=stream,
        )

    @overload
    def qwen3_7_plus(
        self,
        input: _model_qwen3_7_plus.Qwen37PlusInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def qwen3_7_plus(
        self,
        input: _model_qwen3_7_plus.Qwen37PlusInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_7_plus.Qwen37PlusOutput: ...

    def qwen3_7_plus(
        self,
        input: _model_qwen3_7_plus.Qwen37PlusInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_7_plus.Qwen37PlusOutput | Stream[StreamChunk]:
        """Run ``alibaba/qwen3.7-plus``.

        Args:
            input: a ``Qwen37PlusInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Qwen37PlusOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            qwen3_7_plus as _model_qwen3_7_plus,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "alibaba/qwen3.7-plus",
                _model_qwen3_7_plus.Qwen37PlusInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "alibaba/qwen3.7-plus",
            _model_qwen3_7_plus.Qwen37PlusInput,
            _model_qwen3_7_plus.Qwen37PlusOutput,
            given,
            stream=stream,
        )

    @overload
    def qwen3_8_max(
        self,
        input: _model_qwen3_8_max.Qwen38MaxInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def qwen3_8_max(
        self,
        input: _model_qwen3_8_max.Qwen38MaxInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_8_max.Qwen38MaxOutput: ...

    def qwen3_8_max(
        self,
        input: _model_qwen3_8_max.Qwen38MaxInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_8_max.Qwen38MaxOutput | Stream[StreamChunk]:
        """Run ``alibaba/qwen3.8-max``.

        Args:
            input: a ``Qwen38MaxInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Qwen38MaxOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            qwen3_8_max as _model_qwen3_8_max,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "alibaba/qwen3.8-max",
                _model_qwen3_8_max.Qwen38MaxInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "alibaba/qwen3.8-max",
            _model_qwen3_8_max.Qwen38MaxInput,
            _model_qwen3_8_max.Qwen38MaxOutput,
            given,
            stream=stream,
        )

    def wan_2_6_image(
        self,
        *,
        prompt: str,
        size: str | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        n: Literal[1] | NotGiven = NOT_GIVEN,
    ) -> _model_wan_2_6_image.Wan26ImageOutput:
        """Run ``alibaba/wan-2.6-image``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            size: (not described)
            negative_prompt: (not described)
            n: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``Wan26ImageOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            wan_2_6_image as _model_wan_2_6_image,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "size": size,
            "negative_prompt": negative_prompt,
            "n": n,
        }
        return self._client._run_model(
            "alibaba/wan-2.6-image",
            _model_wan_2_6_image.Wan26ImageInput,
            _model_wan_2_6_image.Wan26ImageOutput,
            given,
        )

    def wan_2_7_i2v(
        self,
        *,
        image: str,
        prompt: str | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        resolution: Literal["720P", "1080P"] | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        watermark: bool | NotGiven = NOT_GIVEN,
    ) -> _model_wan_2_7_i2v.Wan27I2vOutput:
        """Run ``alibaba/wan-2.7-i2v``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            image: (not described)
            prompt: (not described)
            negative_prompt: (not described)
            resolution: (not described)
            duration: (not described)
            seed: (not described)
            watermark: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at #/properties/image)
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Wan27I2vOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            wan_2_7_i2v as _model_wan_2_7_i2v,
        )

        given: dict[str, object] = {
            "image": image,
            "prompt": prompt,
            "negative_prompt": negative_prompt,
            "resolution": resolution,
            "duration": duration,
            "seed": seed,
            "watermark": watermark,
        }
        return self._client._run_model(
            "alibaba/wan-2.7-i2v",
            _model_wan_2_7_i2v.Wan27I2vInput,
            _model_wan_2_7_i2v.Wan27I2vOutput,
            given,
        )

    def wan_3_0(
        self,
        *,
        prompt: str,
        resolution: Literal["480P", "720P", "1080P"] | NotGiven = NOT_GIVEN,
        ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
    ) -> _model_wan_3_0.Wan30Output:
        """Run ``alibaba/wan-3.0``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            resolution: (not described)
            ratio: (not described)
            duration: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Wan30Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            wan_3_0 as _model_wan_3_0,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "resolution": resolution,
            "ratio": ratio,
            "duration": duration,
        }
        return self._client._run_model(
            "alibaba/wan-3.0",
            _model_wan_3_0.Wan30Input,
            _model_wan_3_0.Wan30Output,
            given,
        )

    def wan_3_0_prime(
        self,
        *,
        prompt: str,
        resolution: Literal["480P", "720P", "1080P"] | NotGiven = NOT_GIVEN,
        ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
    ) -> _model_wan_3_0_prime.Wan30PrimeOutput:
        """Run ``alibaba/wan-3.0-prime``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            resolution: (not described)
            ratio: (not described)
            duration: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Wan30PrimeOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            wan_3_0_prime as _model_wan_3_0_prime,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "resolution": resolution,
            "ratio": ratio,
            "duration": duration,
        }
        return self._client._run_model(
            "alibaba/wan-3.0-prime",
            _model_wan_3_0_prime.Wan30PrimeInput,
            _model_wan_3_0_prime.Wan30PrimeOutput,
            given,
        )


class AsyncAlibabaNamespace:
    """Models below ``client.alibaba``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def hh1_t2v(
        self,
        *,
        prompt: str,
        resolution: Literal["720P", "1080P"] | NotGiven = NOT_GIVEN,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        watermark: bool | NotGiven = NOT_GIVEN,
    ) -> _model_hh1_t2v.Hh1T2vOutput:
        """Run ``alibaba/hh1-t2v``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            resolution: (not described)
            ratio: (not described)
            duration: (not described)
            seed: (not described)
            watermark: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Hh1T2vOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            hh1_t2v as _model_hh1_t2v,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "resolution": resolution,
            "ratio": ratio,
            "duration": duration,
            "seed": seed,
            "watermark": watermark,
        }
        return await self._client._run_model(
            "alibaba/hh1-t2v",
            _model_hh1_t2v.Hh1T2vInput,
            _model_hh1_t2v.Hh1T2vOutput,
            given,
        )

    async def hh1_1_i2v(
        self,
        *,
        image: str,
        prompt: str | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        resolution: Literal["720P", "1080P"] | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        watermark: bool | NotGiven = NOT_GIVEN,
    ) -> _model_hh1_1_i2v.Hh11I2vOutput:
        """Run ``alibaba/hh1.1-i2v``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            image: (not described)
            prompt: (not described)
            negative_prompt: (not described)
            resolution: (not described)
            duration: (not described)
            seed: (not described)
            watermark: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at #/properties/image)
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Hh11I2vOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            hh1_1_i2v as _model_hh1_1_i2v,
        )

        given: dict[str, object] = {
            "image": image,
            "prompt": prompt,
            "negative_prompt": negative_prompt,
            "resolution": resolution,
            "duration": duration,
            "seed": seed,
            "watermark": watermark,
        }
        return await self._client._run_model(
            "alibaba/hh1.1-i2v",
            _model_hh1_1_i2v.Hh11I2vInput,
            _model_hh1_1_i2v.Hh11I2vOutput,
            given,
        )

    async def hh1_1_r2v(
        self,
        *,
        prompt: str,
        images: list[str],
        resolution: Literal["720P", "1080P"] | NotGiven = NOT_GIVEN,
        ratio: Literal["16:9", "9:16", "3:4", "4:3", "1:1", "21:9", "9:21", "5:4", "4:5"] | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        watermark: bool | NotGiven = NOT_GIVEN,
    ) -> _model_hh1_1_r2v.Hh11R2vOutput:
        """Run ``alibaba/hh1.1-r2v``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            images: (not described)
            resolution: (not described)
            ratio: (not described)
            duration: (not described)
            seed: (not described)
            watermark: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at #/properties/images/items)
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Hh11R2vOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            hh1_1_r2v as _model_hh1_1_r2v,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "images": images,
            "resolution": resolution,
            "ratio": ratio,
            "duration": duration,
            "seed": seed,
            "watermark": watermark,
        }
        return await self._client._run_model(
            "alibaba/hh1.1-r2v",
            _model_hh1_1_r2v.Hh11R2vInput,
            _model_hh1_1_r2v.Hh11R2vOutput,
            given,
        )

    async def hh1_1_t2v(
        self,
        *,
        prompt: str,
        resolution: Literal["720P", "1080P"] | NotGiven = NOT_GIVEN,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        watermark: bool | NotGiven = NOT_GIVEN,
    ) -> _model_hh1_1_t2v.Hh11T2vOutput:
        """Run ``alibaba/hh1.1-t2v``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            resolution: (not described)
            ratio: (not described)
            duration: (not described)
            seed: (not described)
            watermark: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Hh11T2vOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            hh1_1_t2v as _model_hh1_1_t2v,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "resolution": resolution,
            "ratio": ratio,
            "duration": duration,
            "seed": seed,
            "watermark": watermark,
        }
        return await self._client._run_model(
            "alibaba/hh1.1-t2v",
            _model_hh1_1_t2v.Hh11T2vInput,
            _model_hh1_1_t2v.Hh11T2vOutput,
            given,
        )

    @overload
    async def qwen3_max(
        self,
        *,
        messages: list[_model_qwen3_max.Message],
        temperature: float | NotGiven = NOT_GIVEN,
        max_tokens: float | NotGiven = NOT_GIVEN,
        max_completion_tokens: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stream_options: _model_qwen3_max.StreamOptions | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
        tool_choice: Any | NotGiven = NOT_GIVEN,
        response_format: Any | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def qwen3_max(
        self,
        *,
        messages: list[_model_qwen3_max.Message],
        temperature: float | NotGiven = NOT_GIVEN,
        max_tokens: float | NotGiven = NOT_GIVEN,
        max_completion_tokens: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        stream_options: _model_qwen3_max.StreamOptions | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
        tool_choice: Any | NotGiven = NOT_GIVEN,
        response_format: Any | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_max.Qwen3MaxOutput: ...

    async def qwen3_max(
        self,
        *,
        messages: list[_model_qwen3_max.Message],
        temperature: float | NotGiven = NOT_GIVEN,
        max_tokens: float | NotGiven = NOT_GIVEN,
        max_completion_tokens: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        stream_options: _model_qwen3_max.StreamOptions | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
        tool_choice: Any | NotGiven = NOT_GIVEN,
        response_format: Any | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_max.Qwen3MaxOutput | AsyncStream[StreamChunk]:
        """Run ``alibaba/qwen3-max``.

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
            The parsed ``Qwen3MaxOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            qwen3_max as _model_qwen3_max,
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
                "alibaba/qwen3-max",
                _model_qwen3_max.Qwen3MaxInput,
                given,
            )
        return await self._client._run_model(
            "alibaba/qwen3-max",
            _model_qwen3_max.Qwen3MaxInput,
            _model_qwen3_max.Qwen3MaxOutput,
            given,
        )

    @overload
    async def qwen3_5_397b_a17b(
        self,
        input: _model_qwen3_5_397b_a17b.Qwen35397bA17bInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def qwen3_5_397b_a17b(
        self,
        input: _model_qwen3_5_397b_a17b.Qwen35397bA17bInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_5_397b_a17b.Qwen35397bA17bOutput: ...

    async def qwen3_5_397b_a17b(
        self,
        input: _model_qwen3_5_397b_a17b.Qwen35397bA17bInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_5_397b_a17b.Qwen35397bA17bOutput | AsyncStream[StreamChunk]:
        """Run ``alibaba/qwen3.5-397b-a17b``.

        Args:
            input: a ``Qwen35397bA17bInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Qwen35397bA17bOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            qwen3_5_397b_a17b as _model_qwen3_5_397b_a17b,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "alibaba/qwen3.5-397b-a17b",
                _model_qwen3_5_397b_a17b.Qwen35397bA17bInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "alibaba/qwen3.5-397b-a17b",
            _model_qwen3_5_397b_a17b.Qwen35397bA17bInput,
            _model_qwen3_5_397b_a17b.Qwen35397bA17bOutput,
            given,
            stream=stream,
        )

    @overload
    async def qwen3_7_max(
        self,
        input: _model_qwen3_7_max.Qwen37MaxInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def qwen3_7_max(
        self,
        input: _model_qwen3_7_max.Qwen37MaxInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_7_max.Qwen37MaxOutput: ...

    async def qwen3_7_max(
        self,
        input: _model_qwen3_7_max.Qwen37MaxInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_7_max.Qwen37MaxOutput | AsyncStream[StreamChunk]:
        """Run ``alibaba/qwen3.7-max``.

        Args:
            input: a ``Qwen37MaxInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Qwen37MaxOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            qwen3_7_max as _model_qwen3_7_max,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "alibaba/qwen3.7-max",
                _model_qwen3_7_max.Qwen37MaxInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "alibaba/qwen3.7-max",
            _model_qwen3_7_max.Qwen37MaxInput,
            _model_qwen3_7_max.Qwen37MaxOutput,
            given,
            stream=stream,
        )

    @overload
    async def qwen3_7_plus(
        self,
        input: _model_qwen3_7_plus.Qwen37PlusInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def qwen3_7_plus(
        self,
        input: _model_qwen3_7_plus.Qwen37PlusInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_7_plus.Qwen37PlusOutput: ...

    async def qwen3_7_plus(
        self,
        input: _model_qwen3_7_plus.Qwen37PlusInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_7_plus.Qwen37PlusOutput | AsyncStream[StreamChunk]:
        """Run ``alibaba/qwen3.7-plus``.

        Args:
            input: a ``Qwen37PlusInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Qwen37PlusOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            qwen3_7_plus as _model_qwen3_7_plus,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "alibaba/qwen3.7-plus",
                _model_qwen3_7_plus.Qwen37PlusInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "alibaba/qwen3.7-plus",
            _model_qwen3_7_plus.Qwen37PlusInput,
            _model_qwen3_7_plus.Qwen37PlusOutput,
            given,
            stream=stream,
        )

    @overload
    async def qwen3_8_max(
        self,
        input: _model_qwen3_8_max.Qwen38MaxInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def qwen3_8_max(
        self,
        input: _model_qwen3_8_max.Qwen38MaxInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_8_max.Qwen38MaxOutput: ...

    async def qwen3_8_max(
        self,
        input: _model_qwen3_8_max.Qwen38MaxInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_qwen3_8_max.Qwen38MaxOutput | AsyncStream[StreamChunk]:
        """Run ``alibaba/qwen3.8-max``.

        Args:
            input: a ``Qwen38MaxInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Qwen38MaxOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            qwen3_8_max as _model_qwen3_8_max,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "alibaba/qwen3.8-max",
                _model_qwen3_8_max.Qwen38MaxInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "alibaba/qwen3.8-max",
            _model_qwen3_8_max.Qwen38MaxInput,
            _model_qwen3_8_max.Qwen38MaxOutput,
            given,
            stream=stream,
        )

    async def wan_2_6_image(
        self,
        *,
        prompt: str,
        size: str | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        n: Literal[1] | NotGiven = NOT_GIVEN,
    ) -> _model_wan_2_6_image.Wan26ImageOutput:
        """Run ``alibaba/wan-2.6-image``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            size: (not described)
            negative_prompt: (not described)
            n: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``Wan26ImageOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            wan_2_6_image as _model_wan_2_6_image,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "size": size,
            "negative_prompt": negative_prompt,
            "n": n,
        }
        return await self._client._run_model(
            "alibaba/wan-2.6-image",
            _model_wan_2_6_image.Wan26ImageInput,
            _model_wan_2_6_image.Wan26ImageOutput,
            given,
        )

    async def wan_2_7_i2v(
        self,
        *,
        image: str,
        prompt: str | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        resolution: Literal["720P", "1080P"] | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        watermark: bool | NotGiven = NOT_GIVEN,
    ) -> _model_wan_2_7_i2v.Wan27I2vOutput:
        """Run ``alibaba/wan-2.7-i2v``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            image: (not described)
            prompt: (not described)
            negative_prompt: (not described)
            resolution: (not described)
            duration: (not described)
            seed: (not described)
            watermark: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at #/properties/image)
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Wan27I2vOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            wan_2_7_i2v as _model_wan_2_7_i2v,
        )

        given: dict[str, object] = {
            "image": image,
            "prompt": prompt,
            "negative_prompt": negative_prompt,
            "resolution": resolution,
            "duration": duration,
            "seed": seed,
            "watermark": watermark,
        }
        return await self._client._run_model(
            "alibaba/wan-2.7-i2v",
            _model_wan_2_7_i2v.Wan27I2vInput,
            _model_wan_2_7_i2v.Wan27I2vOutput,
            given,
        )

    async def wan_3_0(
        self,
        *,
        prompt: str,
        resolution: Literal["480P", "720P", "1080P"] | NotGiven = NOT_GIVEN,
        ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
    ) -> _model_wan_3_0.Wan30Output:
        """Run ``alibaba/wan-3.0``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            resolution: (not described)
            ratio: (not described)
            duration: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Wan30Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            wan_3_0 as _model_wan_3_0,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "resolution": resolution,
            "ratio": ratio,
            "duration": duration,
        }
        return await self._client._run_model(
            "alibaba/wan-3.0",
            _model_wan_3_0.Wan30Input,
            _model_wan_3_0.Wan30Output,
            given,
        )

    async def wan_3_0_prime(
        self,
        *,
        prompt: str,
        resolution: Literal["480P", "720P", "1080P"] | NotGiven = NOT_GIVEN,
        ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
    ) -> _model_wan_3_0_prime.Wan30PrimeOutput:
        """Run ``alibaba/wan-3.0-prime``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            resolution: (not described)
            ratio: (not described)
            duration: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Wan30PrimeOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.alibaba import (
            wan_3_0_prime as _model_wan_3_0_prime,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "resolution": resolution,
            "ratio": ratio,
            "duration": duration,
        }
        return await self._client._run_model(
            "alibaba/wan-3.0-prime",
            _model_wan_3_0_prime.Wan30PrimeInput,
            _model_wan_3_0_prime.Wan30PrimeOutput,
            given,
        )
