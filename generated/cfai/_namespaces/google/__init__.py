"""The ``google`` namespace of the client: 22 model(s), 0 sub-namespace(s)."""

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

    from ...models.google import (
        gemini_2_5_flash as _model_gemini_2_5_flash,
    )
    from ...models.google import (
        gemini_2_5_flash_lite as _model_gemini_2_5_flash_lite,
    )
    from ...models.google import (
        gemini_2_5_pro as _model_gemini_2_5_pro,
    )
    from ...models.google import (
        gemini_3_1_flash_lite as _model_gemini_3_1_flash_lite,
    )
    from ...models.google import (
        gemini_3_1_flash_tts as _model_gemini_3_1_flash_tts,
    )
    from ...models.google import (
        gemini_3_1_pro as _model_gemini_3_1_pro,
    )
    from ...models.google import (
        gemini_3_5_flash as _model_gemini_3_5_flash,
    )
    from ...models.google import (
        gemini_3_5_flash_lite as _model_gemini_3_5_flash_lite,
    )
    from ...models.google import (
        gemini_3_6_flash as _model_gemini_3_6_flash,
    )
    from ...models.google import (
        gemini_3_7_flash as _model_gemini_3_7_flash,
    )
    from ...models.google import (
        gemini_3_8_flash as _model_gemini_3_8_flash,
    )
    from ...models.google import (
        gemini_3_8_flash_lite_tts as _model_gemini_3_8_flash_lite_tts,
    )
    from ...models.google import (
        gemini_3_8_flash_tts as _model_gemini_3_8_flash_tts,
    )
    from ...models.google import (
        gemini_3_flash as _model_gemini_3_flash,
    )
    from ...models.google import (
        gemini_omni_1_1_flash as _model_gemini_omni_1_1_flash,
    )
    from ...models.google import (
        gemini_omni_flash as _model_gemini_omni_flash,
    )
    from ...models.google import (
        imagen_4 as _model_imagen_4,
    )
    from ...models.google import (
        nano_banana as _model_nano_banana,
    )
    from ...models.google import (
        nano_banana_2 as _model_nano_banana_2,
    )
    from ...models.google import (
        veo_3 as _model_veo_3,
    )
    from ...models.google import (
        veo_3_1 as _model_veo_3_1,
    )
    from ...models.google import (
        veo_3_fast as _model_veo_3_fast,
    )

__all__ = ["AsyncGoogleNamespace", "GoogleNamespace"]


class GoogleNamespace:
    """Models below ``client.google``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def gemini_2_5_flash(
        self,
        input: _model_gemini_2_5_flash.Gemini25FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def gemini_2_5_flash(
        self,
        input: _model_gemini_2_5_flash.Gemini25FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_2_5_flash.Gemini25FlashOutput: ...

    def gemini_2_5_flash(
        self,
        input: _model_gemini_2_5_flash.Gemini25FlashInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_2_5_flash.Gemini25FlashOutput | Stream[StreamChunk]:
        """Run ``google/gemini-2.5-flash``.

        Args:
            input: a ``Gemini25FlashInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini25FlashOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_2_5_flash as _model_gemini_2_5_flash,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "google/gemini-2.5-flash",
                _model_gemini_2_5_flash.Gemini25FlashInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "google/gemini-2.5-flash",
            _model_gemini_2_5_flash.Gemini25FlashInput,
            _model_gemini_2_5_flash.Gemini25FlashOutput,
            given,
            stream=stream,
        )

    def gemini_2_5_flash_lite(
        self,
        *,
        contents: list[_model_gemini_2_5_flash_lite.Content],
        generationConfig: _model_gemini_2_5_flash_lite.GenerationConfig | NotGiven = NOT_GIVEN,
        safetySettings: list[_model_gemini_2_5_flash_lite.SafetySetting] | NotGiven = NOT_GIVEN,
        systemInstruction: _model_gemini_2_5_flash_lite.SystemInstruction | NotGiven = NOT_GIVEN,
        toolConfig: Any | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_2_5_flash_lite.Gemini25FlashLiteOutput:
        """Run ``google/gemini-2.5-flash-lite``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            contents: (not described)
            generationConfig: (not described)
            safetySettings: (not described)
            systemInstruction: (not described)
            toolConfig: (not described)
            tools: (not described)

        Returns:
            The parsed ``Gemini25FlashLiteOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_2_5_flash_lite as _model_gemini_2_5_flash_lite,
        )

        given: dict[str, object] = {
            "contents": contents,
            "generationConfig": generationConfig,
            "safetySettings": safetySettings,
            "systemInstruction": systemInstruction,
            "toolConfig": toolConfig,
            "tools": tools,
        }
        return self._client._run_model(
            "google/gemini-2.5-flash-lite",
            _model_gemini_2_5_flash_lite.Gemini25FlashLiteInput,
            _model_gemini_2_5_flash_lite.Gemini25FlashLiteOutput,
            given,
        )

    @overload
    def gemini_2_5_pro(
        self,
        input: _model_gemini_2_5_pro.Gemini25ProInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def gemini_2_5_pro(
        self,
        input: _model_gemini_2_5_pro.Gemini25ProInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_2_5_pro.Gemini25ProOutput: ...

    def gemini_2_5_pro(
        self,
        input: _model_gemini_2_5_pro.Gemini25ProInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_2_5_pro.Gemini25ProOutput | Stream[StreamChunk]:
        """Run ``google/gemini-2.5-pro``.

        Args:
            input: a ``Gemini25ProInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini25ProOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_2_5_pro as _model_gemini_2_5_pro,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "google/gemini-2.5-pro",
                _model_gemini_2_5_pro.Gemini25ProInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "google/gemini-2.5-pro",
            _model_gemini_2_5_pro.Gemini25ProInput,
            _model_gemini_2_5_pro.Gemini25ProOutput,
            given,
            stream=stream,
        )

    @overload
    def gemini_3_flash(
        self,
        input: _model_gemini_3_flash.Gemini3FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def gemini_3_flash(
        self,
        input: _model_gemini_3_flash.Gemini3FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_flash.Gemini3FlashOutput: ...

    def gemini_3_flash(
        self,
        input: _model_gemini_3_flash.Gemini3FlashInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_flash.Gemini3FlashOutput | Stream[StreamChunk]:
        """Run ``google/gemini-3-flash``.

        Args:
            input: a ``Gemini3FlashInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini3FlashOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_flash as _model_gemini_3_flash,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "google/gemini-3-flash",
                _model_gemini_3_flash.Gemini3FlashInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "google/gemini-3-flash",
            _model_gemini_3_flash.Gemini3FlashInput,
            _model_gemini_3_flash.Gemini3FlashOutput,
            given,
            stream=stream,
        )

    @overload
    def gemini_3_1_flash_lite(
        self,
        input: _model_gemini_3_1_flash_lite.Gemini31FlashLiteInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def gemini_3_1_flash_lite(
        self,
        input: _model_gemini_3_1_flash_lite.Gemini31FlashLiteInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_1_flash_lite.Gemini31FlashLiteOutput: ...

    def gemini_3_1_flash_lite(
        self,
        input: _model_gemini_3_1_flash_lite.Gemini31FlashLiteInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_1_flash_lite.Gemini31FlashLiteOutput | Stream[StreamChunk]:
        """Run ``google/gemini-3.1-flash-lite``.

        Args:
            input: a ``Gemini31FlashLiteInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini31FlashLiteOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_1_flash_lite as _model_gemini_3_1_flash_lite,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "google/gemini-3.1-flash-lite",
                _model_gemini_3_1_flash_lite.Gemini31FlashLiteInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "google/gemini-3.1-flash-lite",
            _model_gemini_3_1_flash_lite.Gemini31FlashLiteInput,
            _model_gemini_3_1_flash_lite.Gemini31FlashLiteOutput,
            given,
            stream=stream,
        )

    def gemini_3_1_flash_tts(
        self,
        *,
        text: str,
        voice: Literal["Zephyr", "Puck", "Charon", "Kore", "Fenrir", "Leda", "Orus", "Aoede", "Callirrhoe", "Autonoe", "Enceladus", "Iapetus", "Umbriel", "Algieba", "Despina", "Erinome", "Algenib", "Rasalgethi", "Laomedeia", "Achernar", "Alnilam", "Schedar", "Gacrux", "Pulcherrima", "Achird", "Zubenelgenubi", "Vindemiatrix", "Sadachbia", "Sadaltager", "Sulafat"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        topP: float | NotGiven = NOT_GIVEN,
        topK: int | NotGiven = NOT_GIVEN,
        maxOutputTokens: int | NotGiven = NOT_GIVEN,
        stopSequences: list[str] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_1_flash_tts.Gemini31FlashTtsOutput:
        """Run ``google/gemini-3.1-flash-tts``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to convert to speech. Maximum 10,000 characters.
            voice: The voice to use for speech synthesis
            temperature: Controls randomness in generation (0-2)
            topP: Nucleus sampling threshold (0-1). Tokens with cumulative probability up to topP
                are considered
            topK: Only sample from the top K tokens. Smaller K = more focused, larger K = more
                diverse
            maxOutputTokens: Maximum number of tokens to generate
            stopSequences: Sequences where the model will stop generating further tokens

        Returns:
            The parsed ``Gemini31FlashTtsOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_1_flash_tts as _model_gemini_3_1_flash_tts,
        )

        given: dict[str, object] = {
            "text": text,
            "voice": voice,
            "temperature": temperature,
            "topP": topP,
            "topK": topK,
            "maxOutputTokens": maxOutputTokens,
            "stopSequences": stopSequences,
        }
        return self._client._run_model(
            "google/gemini-3.1-flash-tts",
            _model_gemini_3_1_flash_tts.Gemini31FlashTtsInput,
            _model_gemini_3_1_flash_tts.Gemini31FlashTtsOutput,
            given,
        )

    @overload
    def gemini_3_1_pro(
        self,
        input: _model_gemini_3_1_pro.Gemini31ProInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def gemini_3_1_pro(
        self,
        input: _model_gemini_3_1_pro.Gemini31ProInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_1_pro.Gemini31ProOutput: ...

    def gemini_3_1_pro(
        self,
        input: _model_gemini_3_1_pro.Gemini31ProInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_1_pro.Gemini31ProOutput | Stream[StreamChunk]:
        """Run ``google/gemini-3.1-pro``.

        Args:
            input: a ``Gemini31ProInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini31ProOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_1_pro as _model_gemini_3_1_pro,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "google/gemini-3.1-pro",
                _model_gemini_3_1_pro.Gemini31ProInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "google/gemini-3.1-pro",
            _model_gemini_3_1_pro.Gemini31ProInput,
            _model_gemini_3_1_pro.Gemini31ProOutput,
            given,
            stream=stream,
        )

    @overload
    def gemini_3_5_flash(
        self,
        input: _model_gemini_3_5_flash.Gemini35FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def gemini_3_5_flash(
        self,
        input: _model_gemini_3_5_flash.Gemini35FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_5_flash.Gemini35FlashOutput: ...

    def gemini_3_5_flash(
        self,
        input: _model_gemini_3_5_flash.Gemini35FlashInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_5_flash.Gemini35FlashOutput | Stream[StreamChunk]:
        """Run ``google/gemini-3.5-flash``.

        Args:
            input: a ``Gemini35FlashInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini35FlashOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_5_flash as _model_gemini_3_5_flash,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "google/gemini-3.5-flash",
                _model_gemini_3_5_flash.Gemini35FlashInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "google/gemini-3.5-flash",
            _model_gemini_3_5_flash.Gemini35FlashInput,
            _model_gemini_3_5_flash.Gemini35FlashOutput,
            given,
            stream=stream,
        )

    @overload
    def gemini_3_5_flash_lite(
        self,
        input: _model_gemini_3_5_flash_lite.Gemini35FlashLiteInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def gemini_3_5_flash_lite(
        self,
        input: _model_gemini_3_5_flash_lite.Gemini35FlashLiteInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_5_flash_lite.Gemini35FlashLiteOutput: ...

    def gemini_3_5_flash_lite(
        self,
        input: _model_gemini_3_5_flash_lite.Gemini35FlashLiteInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_5_flash_lite.Gemini35FlashLiteOutput | Stream[StreamChunk]:
        """Run ``google/gemini-3.5-flash-lite``.

        Args:
            input: a ``Gemini35FlashLiteInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini35FlashLiteOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_5_flash_lite as _model_gemini_3_5_flash_lite,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "google/gemini-3.5-flash-lite",
                _model_gemini_3_5_flash_lite.Gemini35FlashLiteInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "google/gemini-3.5-flash-lite",
            _model_gemini_3_5_flash_lite.Gemini35FlashLiteInput,
            _model_gemini_3_5_flash_lite.Gemini35FlashLiteOutput,
            given,
            stream=stream,
        )

    @overload
    def gemini_3_6_flash(
        self,
        input: _model_gemini_3_6_flash.Gemini36FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def gemini_3_6_flash(
        self,
        input: _model_gemini_3_6_flash.Gemini36FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_6_flash.Gemini36FlashOutput: ...

    def gemini_3_6_flash(
        self,
        input: _model_gemini_3_6_flash.Gemini36FlashInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_6_flash.Gemini36FlashOutput | Stream[StreamChunk]:
        """Run ``google/gemini-3.6-flash``.

        Args:
            input: a ``Gemini36FlashInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini36FlashOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_6_flash as _model_gemini_3_6_flash,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "google/gemini-3.6-flash",
                _model_gemini_3_6_flash.Gemini36FlashInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "google/gemini-3.6-flash",
            _model_gemini_3_6_flash.Gemini36FlashInput,
            _model_gemini_3_6_flash.Gemini36FlashOutput,
            given,
            stream=stream,
        )

    @overload
    def gemini_3_7_flash(
        self,
        input: _model_gemini_3_7_flash.Gemini37FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def gemini_3_7_flash(
        self,
        input: _model_gemini_3_7_flash.Gemini37FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_7_flash.Gemini37FlashOutput: ...

    def gemini_3_7_flash(
        self,
        input: _model_gemini_3_7_flash.Gemini37FlashInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_7_flash.Gemini37FlashOutput | Stream[StreamChunk]:
        """Run ``google/gemini-3.7-flash``.

        Args:
            input: a ``Gemini37FlashInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini37FlashOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_7_flash as _model_gemini_3_7_flash,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "google/gemini-3.7-flash",
                _model_gemini_3_7_flash.Gemini37FlashInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "google/gemini-3.7-flash",
            _model_gemini_3_7_flash.Gemini37FlashInput,
            _model_gemini_3_7_flash.Gemini37FlashOutput,
            given,
            stream=stream,
        )

    @overload
    def gemini_3_8_flash(
        self,
        input: _model_gemini_3_8_flash.Gemini38FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def gemini_3_8_flash(
        self,
        input: _model_gemini_3_8_flash.Gemini38FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_8_flash.Gemini38FlashOutput: ...

    def gemini_3_8_flash(
        self,
        input: _model_gemini_3_8_flash.Gemini38FlashInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_8_flash.Gemini38FlashOutput | Stream[StreamChunk]:
        """Run ``google/gemini-3.8-flash``.

        Args:
            input: a ``Gemini38FlashInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini38FlashOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_8_flash as _model_gemini_3_8_flash,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "google/gemini-3.8-flash",
                _model_gemini_3_8_flash.Gemini38FlashInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "google/gemini-3.8-flash",
            _model_gemini_3_8_flash.Gemini38FlashInput,
            _model_gemini_3_8_flash.Gemini38FlashOutput,
            given,
            stream=stream,
        )

    def gemini_3_8_flash_lite_tts(
        self,
        *,
        text: str,
        voice: Literal["Zephyr", "Puck", "Charon", "Kore", "Fenrir", "Leda", "Orus", "Aoede", "Callirrhoe", "Autonoe", "Enceladus", "Iapetus", "Umbriel", "Algieba", "Despina", "Erinome", "Algenib", "Rasalgethi", "Laomedeia", "Achernar", "Alnilam", "Schedar", "Gacrux", "Pulcherrima", "Achird", "Zubenelgenubi", "Vindemiatrix", "Sadachbia", "Sadaltager", "Sulafat"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        topP: float | NotGiven = NOT_GIVEN,
        topK: int | NotGiven = NOT_GIVEN,
        maxOutputTokens: int | NotGiven = NOT_GIVEN,
        stopSequences: list[str] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_8_flash_lite_tts.Gemini38FlashLiteTtsOutput:
        """Run ``google/gemini-3.8-flash-lite-tts``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to convert to speech. Maximum 10,000 characters.
            voice: The voice to use for speech synthesis
            temperature: Controls randomness in generation (0-2)
            topP: Nucleus sampling threshold (0-1). Tokens with cumulative probability up to topP
                are considered
            topK: Only sample from the top K tokens. Smaller K = more focused, larger K = more
                diverse
            maxOutputTokens: Maximum number of tokens to generate
            stopSequences: Sequences where the model will stop generating further tokens

        Returns:
            The parsed ``Gemini38FlashLiteTtsOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_8_flash_lite_tts as _model_gemini_3_8_flash_lite_tts,
        )

        given: dict[str, object] = {
            "text": text,
            "voice": voice,
            "temperature": temperature,
            "topP": topP,
            "topK": topK,
            "maxOutputTokens": maxOutputTokens,
            "stopSequences": stopSequences,
        }
        return self._client._run_model(
            "google/gemini-3.8-flash-lite-tts",
            _model_gemini_3_8_flash_lite_tts.Gemini38FlashLiteTtsInput,
            _model_gemini_3_8_flash_lite_tts.Gemini38FlashLiteTtsOutput,
            given,
        )

    def gemini_3_8_flash_tts(
        self,
        *,
        text: str,
        voice: Literal["Zephyr", "Puck", "Charon", "Kore", "Fenrir", "Leda", "Orus", "Aoede", "Callirrhoe", "Autonoe", "Enceladus", "Iapetus", "Umbriel", "Algieba", "Despina", "Erinome", "Algenib", "Rasalgethi", "Laomedeia", "Achernar", "Alnilam", "Schedar", "Gacrux", "Pulcherrima", "Achird", "Zubenelgenubi", "Vindemiatrix", "Sadachbia", "Sadaltager", "Sulafat"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        topP: float | NotGiven = NOT_GIVEN,
        topK: int | NotGiven = NOT_GIVEN,
        maxOutputTokens: int | NotGiven = NOT_GIVEN,
        stopSequences: list[str] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_8_flash_tts.Gemini38FlashTtsOutput:
        """Run ``google/gemini-3.8-flash-tts``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to convert to speech. Maximum 10,000 characters.
            voice: The voice to use for speech synthesis
            temperature: Controls randomness in generation (0-2)
            topP: Nucleus sampling threshold (0-1). Tokens with cumulative probability up to topP
                are considered
            topK: Only sample from the top K tokens. Smaller K = more focused, larger K = more
                diverse
            maxOutputTokens: Maximum number of tokens to generate
            stopSequences: Sequences where the model will stop generating further tokens

        Returns:
            The parsed ``Gemini38FlashTtsOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_8_flash_tts as _model_gemini_3_8_flash_tts,
        )

        given: dict[str, object] = {
            "text": text,
            "voice": voice,
            "temperature": temperature,
            "topP": topP,
            "topK": topK,
            "maxOutputTokens": maxOutputTokens,
            "stopSequences": stopSequences,
        }
        return self._client._run_model(
            "google/gemini-3.8-flash-tts",
            _model_gemini_3_8_flash_tts.Gemini38FlashTtsInput,
            _model_gemini_3_8_flash_tts.Gemini38FlashTtsOutput,
            given,
        )

    def gemini_omni_1_1_flash(
        self,
        *,
        text: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        last_frame: str | NotGiven = NOT_GIVEN,
        reference_images: list[str] | NotGiven = NOT_GIVEN,
        video: str | NotGiven = NOT_GIVEN,
        audio: str | NotGiven = NOT_GIVEN,
        previous_interaction_id: str | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16"] | NotGiven = NOT_GIVEN,
        resolution: Literal["360p", "720p", "1080p", "4k"] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_omni_1_1_flash.GeminiOmni11FlashOutput:
        """Run ``google/gemini-omni-1.1-flash``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: Text prompt or editing instruction
            image: First-frame or primary reference image
            last_frame: Last-frame reference image
            reference_images: (not described)
            video: Reference video for editing or extension
            audio: Reference audio input
            previous_interaction_id: (not described)
            aspect_ratio: (not described)
            resolution: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video/anyOf/1)

        Returns:
            The parsed ``GeminiOmni11FlashOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_omni_1_1_flash as _model_gemini_omni_1_1_flash,
        )

        given: dict[str, object] = {
            "text": text,
            "image": image,
            "last_frame": last_frame,
            "reference_images": reference_images,
            "video": video,
            "audio": audio,
            "previous_interaction_id": previous_interaction_id,
            "aspect_ratio": aspect_ratio,
            "resolution": resolution,
        }
        return self._client._run_model(
            "google/gemini-omni-1.1-flash",
            _model_gemini_omni_1_1_flash.GeminiOmni11FlashInput,
            _model_gemini_omni_1_1_flash.GeminiOmni11FlashOutput,
            given,
        )

    def gemini_omni_flash(
        self,
        *,
        text: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        last_frame: str | NotGiven = NOT_GIVEN,
        reference_images: list[str] | NotGiven = NOT_GIVEN,
        video: str | NotGiven = NOT_GIVEN,
        audio: str | NotGiven = NOT_GIVEN,
        previous_interaction_id: str | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16"] | NotGiven = NOT_GIVEN,
        resolution: Literal["360p", "720p", "1080p", "4k"] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_omni_flash.GeminiOmniFlashOutput:
        """Run ``google/gemini-omni-flash``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: Text prompt or editing instruction
            image: First-frame or primary reference image
            last_frame: Last-frame reference image
            reference_images: (not described)
            video: Reference video for editing or extension
            audio: Reference audio input
            previous_interaction_id: (not described)
            aspect_ratio: (not described)
            resolution: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video/anyOf/1)

        Returns:
            The parsed ``GeminiOmniFlashOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_omni_flash as _model_gemini_omni_flash,
        )

        given: dict[str, object] = {
            "text": text,
            "image": image,
            "last_frame": last_frame,
            "reference_images": reference_images,
            "video": video,
            "audio": audio,
            "previous_interaction_id": previous_interaction_id,
            "aspect_ratio": aspect_ratio,
            "resolution": resolution,
        }
        return self._client._run_model(
            "google/gemini-omni-flash",
            _model_gemini_omni_flash.GeminiOmniFlashInput,
            _model_gemini_omni_flash.GeminiOmniFlashOutput,
            given,
        )

    def imagen_4(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "3:4", "4:3", "9:16", "16:9"] | NotGiven = NOT_GIVEN,
        person_generation: Literal["dont_allow", "allow_adult", "allow_all"] | NotGiven = NOT_GIVEN,
    ) -> _model_imagen_4.Imagen4Output:
        """Run ``google/imagen-4``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the image to generate
            aspect_ratio: Aspect ratio of the generated image
            person_generation: Allow the model to generate images of people. dont_allow: block
                people, allow_adult: adults only, allow_all: adults and children

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``Imagen4Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            imagen_4 as _model_imagen_4,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "person_generation": person_generation,
        }
        return self._client._run_model(
            "google/imagen-4",
            _model_imagen_4.Imagen4Input,
            _model_imagen_4.Imagen4Output,
            given,
        )

    def nano_banana(
        self,
        *,
        prompt: str,
        image_input: list[str] | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["1:1", "3:2", "2:3", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"] | NotGiven = NOT_GIVEN,
        output_format: Literal["jpg", "png", "webp"] | NotGiven = NOT_GIVEN,
        image_size: Literal["1K", "2K", "4K"] | NotGiven = NOT_GIVEN,
    ) -> _model_nano_banana.NanoBananaOutput:
        """Run ``google/nano-banana``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            image_input: (not described)
            aspect_ratio: (not described)
            output_format: (not described)
            image_size: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``NanoBananaOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            nano_banana as _model_nano_banana,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "image_input": image_input,
            "aspect_ratio": aspect_ratio,
            "output_format": output_format,
            "image_size": image_size,
        }
        return self._client._run_model(
            "google/nano-banana",
            _model_nano_banana.NanoBananaInput,
            _model_nano_banana.NanoBananaOutput,
            given,
        )

    def nano_banana_2(
        self,
        *,
        prompt: str,
        image_input: list[str] | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["match_input_image", "1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"] | NotGiven = NOT_GIVEN,
        output_format: Literal["jpg", "png"] | NotGiven = NOT_GIVEN,
        resolution: Literal["1K", "2K", "4K"] | NotGiven = NOT_GIVEN,
        google_search: bool | NotGiven = NOT_GIVEN,
        image_search: bool | NotGiven = NOT_GIVEN,
    ) -> _model_nano_banana_2.NanoBanana2Output:
        """Run ``google/nano-banana-2``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            image_input: (not described)
            aspect_ratio: (not described)
            output_format: (not described)
            resolution: (not described)
            google_search: (not described)
            image_search: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``NanoBanana2Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            nano_banana_2 as _model_nano_banana_2,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "image_input": image_input,
            "aspect_ratio": aspect_ratio,
            "output_format": output_format,
            "resolution": resolution,
            "google_search": google_search,
            "image_search": image_search,
        }
        return self._client._run_model(
            "google/nano-banana-2",
            _model_nano_banana_2.NanoBanana2Input,
            _model_nano_banana_2.NanoBanana2Output,
            given,
        )

    def veo_3(
        self,
        *,
        prompt: str,
        duration: Literal["4s", "6s", "8s"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"],
        resolution: Literal["720p", "1080p"],
        generate_audio: bool,
        image_input: str | NotGiven = NOT_GIVEN,
    ) -> _model_veo_3.Veo3Output:
        """Run ``google/veo-3``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the video to generate
            duration: Video duration
            aspect_ratio: Video aspect ratio
            resolution: Video resolution
            generate_audio: Whether to generate audio with the video
            image_input: Base64-encoded reference image for i2v

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Veo3Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            veo_3 as _model_veo_3,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "duration": duration,
            "aspect_ratio": aspect_ratio,
            "resolution": resolution,
            "generate_audio": generate_audio,
            "image_input": image_input,
        }
        return self._client._run_model(
            "google/veo-3",
            _model_veo_3.Veo3Input,
            _model_veo_3.Veo3Output,
            given,
        )

    def veo_3_fast(
        self,
        *,
        aspect_ratio: Literal["16:9", "9:16", "1:1"],
        duration: Literal["4s", "6s", "8s"],
        generate_audio: bool,
        prompt: str,
        resolution: Literal["720p", "1080p"],
        image_input: str | NotGiven = NOT_GIVEN,
    ) -> _model_veo_3_fast.Veo3FastOutput:
        """Run ``google/veo-3-fast``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            aspect_ratio: Video aspect ratio
            duration: Video duration
            generate_audio: Whether to generate audio with the video
            prompt: Text prompt describing the video to generate
            resolution: Video resolution
            image_input: Base64-encoded reference image for i2v

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Veo3FastOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            veo_3_fast as _model_veo_3_fast,
        )

        given: dict[str, object] = {
            "aspect_ratio": aspect_ratio,
            "duration": duration,
            "generate_audio": generate_audio,
            "prompt": prompt,
            "resolution": resolution,
            "image_input": image_input,
        }
        return self._client._run_model(
            "google/veo-3-fast",
            _model_veo_3_fast.Veo3FastInput,
            _model_veo_3_fast.Veo3FastOutput,
            given,
        )

    def veo_3_1(
        self,
        *,
        prompt: str,
        duration: Literal["4s", "6s", "8s"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"],
        resolution: Literal["720p", "1080p"],
        generate_audio: bool,
        image_input: str | NotGiven = NOT_GIVEN,
    ) -> _model_veo_3_1.Veo31Output:
        """Run ``google/veo-3.1``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the video to generate
            duration: Video duration
            aspect_ratio: Video aspect ratio
            resolution: Video resolution
            generate_audio: Whether to generate audio with the video
            image_input: Base64-encoded reference image for i2v

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Veo31Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            veo_3_1 as _model_veo_3_1,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "duration": duration,
            "aspect_ratio": aspect_ratio,
            "resolution": resolution,
            "generate_audio": generate_audio,
            "image_input": image_input,
        }
        return self._client._run_model(
            "google/veo-3.1",
            _model_veo_3_1.Veo31Input,
            _model_veo_3_1.Veo31Output,
            given,
        )


class AsyncGoogleNamespace:
    """Models below ``client.google``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def gemini_2_5_flash(
        self,
        input: _model_gemini_2_5_flash.Gemini25FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def gemini_2_5_flash(
        self,
        input: _model_gemini_2_5_flash.Gemini25FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_2_5_flash.Gemini25FlashOutput: ...

    async def gemini_2_5_flash(
        self,
        input: _model_gemini_2_5_flash.Gemini25FlashInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_2_5_flash.Gemini25FlashOutput | AsyncStream[StreamChunk]:
        """Run ``google/gemini-2.5-flash``.

        Args:
            input: a ``Gemini25FlashInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini25FlashOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_2_5_flash as _model_gemini_2_5_flash,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "google/gemini-2.5-flash",
                _model_gemini_2_5_flash.Gemini25FlashInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "google/gemini-2.5-flash",
            _model_gemini_2_5_flash.Gemini25FlashInput,
            _model_gemini_2_5_flash.Gemini25FlashOutput,
            given,
            stream=stream,
        )

    async def gemini_2_5_flash_lite(
        self,
        *,
        contents: list[_model_gemini_2_5_flash_lite.Content],
        generationConfig: _model_gemini_2_5_flash_lite.GenerationConfig | NotGiven = NOT_GIVEN,
        safetySettings: list[_model_gemini_2_5_flash_lite.SafetySetting] | NotGiven = NOT_GIVEN,
        systemInstruction: _model_gemini_2_5_flash_lite.SystemInstruction | NotGiven = NOT_GIVEN,
        toolConfig: Any | NotGiven = NOT_GIVEN,
        tools: list[Any] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_2_5_flash_lite.Gemini25FlashLiteOutput:
        """Run ``google/gemini-2.5-flash-lite``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            contents: (not described)
            generationConfig: (not described)
            safetySettings: (not described)
            systemInstruction: (not described)
            toolConfig: (not described)
            tools: (not described)

        Returns:
            The parsed ``Gemini25FlashLiteOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_2_5_flash_lite as _model_gemini_2_5_flash_lite,
        )

        given: dict[str, object] = {
            "contents": contents,
            "generationConfig": generationConfig,
            "safetySettings": safetySettings,
            "systemInstruction": systemInstruction,
            "toolConfig": toolConfig,
            "tools": tools,
        }
        return await self._client._run_model(
            "google/gemini-2.5-flash-lite",
            _model_gemini_2_5_flash_lite.Gemini25FlashLiteInput,
            _model_gemini_2_5_flash_lite.Gemini25FlashLiteOutput,
            given,
        )

    @overload
    async def gemini_2_5_pro(
        self,
        input: _model_gemini_2_5_pro.Gemini25ProInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def gemini_2_5_pro(
        self,
        input: _model_gemini_2_5_pro.Gemini25ProInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_2_5_pro.Gemini25ProOutput: ...

    async def gemini_2_5_pro(
        self,
        input: _model_gemini_2_5_pro.Gemini25ProInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_2_5_pro.Gemini25ProOutput | AsyncStream[StreamChunk]:
        """Run ``google/gemini-2.5-pro``.

        Args:
            input: a ``Gemini25ProInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini25ProOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_2_5_pro as _model_gemini_2_5_pro,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "google/gemini-2.5-pro",
                _model_gemini_2_5_pro.Gemini25ProInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "google/gemini-2.5-pro",
            _model_gemini_2_5_pro.Gemini25ProInput,
            _model_gemini_2_5_pro.Gemini25ProOutput,
            given,
            stream=stream,
        )

    @overload
    async def gemini_3_flash(
        self,
        input: _model_gemini_3_flash.Gemini3FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def gemini_3_flash(
        self,
        input: _model_gemini_3_flash.Gemini3FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_flash.Gemini3FlashOutput: ...

    async def gemini_3_flash(
        self,
        input: _model_gemini_3_flash.Gemini3FlashInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_flash.Gemini3FlashOutput | AsyncStream[StreamChunk]:
        """Run ``google/gemini-3-flash``.

        Args:
            input: a ``Gemini3FlashInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini3FlashOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_flash as _model_gemini_3_flash,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "google/gemini-3-flash",
                _model_gemini_3_flash.Gemini3FlashInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "google/gemini-3-flash",
            _model_gemini_3_flash.Gemini3FlashInput,
            _model_gemini_3_flash.Gemini3FlashOutput,
            given,
            stream=stream,
        )

    @overload
    async def gemini_3_1_flash_lite(
        self,
        input: _model_gemini_3_1_flash_lite.Gemini31FlashLiteInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def gemini_3_1_flash_lite(
        self,
        input: _model_gemini_3_1_flash_lite.Gemini31FlashLiteInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_1_flash_lite.Gemini31FlashLiteOutput: ...

    async def gemini_3_1_flash_lite(
        self,
        input: _model_gemini_3_1_flash_lite.Gemini31FlashLiteInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_1_flash_lite.Gemini31FlashLiteOutput | AsyncStream[StreamChunk]:
        """Run ``google/gemini-3.1-flash-lite``.

        Args:
            input: a ``Gemini31FlashLiteInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini31FlashLiteOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_1_flash_lite as _model_gemini_3_1_flash_lite,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "google/gemini-3.1-flash-lite",
                _model_gemini_3_1_flash_lite.Gemini31FlashLiteInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "google/gemini-3.1-flash-lite",
            _model_gemini_3_1_flash_lite.Gemini31FlashLiteInput,
            _model_gemini_3_1_flash_lite.Gemini31FlashLiteOutput,
            given,
            stream=stream,
        )

    async def gemini_3_1_flash_tts(
        self,
        *,
        text: str,
        voice: Literal["Zephyr", "Puck", "Charon", "Kore", "Fenrir", "Leda", "Orus", "Aoede", "Callirrhoe", "Autonoe", "Enceladus", "Iapetus", "Umbriel", "Algieba", "Despina", "Erinome", "Algenib", "Rasalgethi", "Laomedeia", "Achernar", "Alnilam", "Schedar", "Gacrux", "Pulcherrima", "Achird", "Zubenelgenubi", "Vindemiatrix", "Sadachbia", "Sadaltager", "Sulafat"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        topP: float | NotGiven = NOT_GIVEN,
        topK: int | NotGiven = NOT_GIVEN,
        maxOutputTokens: int | NotGiven = NOT_GIVEN,
        stopSequences: list[str] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_1_flash_tts.Gemini31FlashTtsOutput:
        """Run ``google/gemini-3.1-flash-tts``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to convert to speech. Maximum 10,000 characters.
            voice: The voice to use for speech synthesis
            temperature: Controls randomness in generation (0-2)
            topP: Nucleus sampling threshold (0-1). Tokens with cumulative probability up to topP
                are considered
            topK: Only sample from the top K tokens. Smaller K = more focused, larger K = more
                diverse
            maxOutputTokens: Maximum number of tokens to generate
            stopSequences: Sequences where the model will stop generating further tokens

        Returns:
            The parsed ``Gemini31FlashTtsOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_1_flash_tts as _model_gemini_3_1_flash_tts,
        )

        given: dict[str, object] = {
            "text": text,
            "voice": voice,
            "temperature": temperature,
            "topP": topP,
            "topK": topK,
            "maxOutputTokens": maxOutputTokens,
            "stopSequences": stopSequences,
        }
        return await self._client._run_model(
            "google/gemini-3.1-flash-tts",
            _model_gemini_3_1_flash_tts.Gemini31FlashTtsInput,
            _model_gemini_3_1_flash_tts.Gemini31FlashTtsOutput,
            given,
        )

    @overload
    async def gemini_3_1_pro(
        self,
        input: _model_gemini_3_1_pro.Gemini31ProInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def gemini_3_1_pro(
        self,
        input: _model_gemini_3_1_pro.Gemini31ProInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_1_pro.Gemini31ProOutput: ...

    async def gemini_3_1_pro(
        self,
        input: _model_gemini_3_1_pro.Gemini31ProInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_1_pro.Gemini31ProOutput | AsyncStream[StreamChunk]:
        """Run ``google/gemini-3.1-pro``.

        Args:
            input: a ``Gemini31ProInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini31ProOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_1_pro as _model_gemini_3_1_pro,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "google/gemini-3.1-pro",
                _model_gemini_3_1_pro.Gemini31ProInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "google/gemini-3.1-pro",
            _model_gemini_3_1_pro.Gemini31ProInput,
            _model_gemini_3_1_pro.Gemini31ProOutput,
            given,
            stream=stream,
        )

    @overload
    async def gemini_3_5_flash(
        self,
        input: _model_gemini_3_5_flash.Gemini35FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def gemini_3_5_flash(
        self,
        input: _model_gemini_3_5_flash.Gemini35FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_5_flash.Gemini35FlashOutput: ...

    async def gemini_3_5_flash(
        self,
        input: _model_gemini_3_5_flash.Gemini35FlashInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_5_flash.Gemini35FlashOutput | AsyncStream[StreamChunk]:
        """Run ``google/gemini-3.5-flash``.

        Args:
            input: a ``Gemini35FlashInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini35FlashOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_5_flash as _model_gemini_3_5_flash,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "google/gemini-3.5-flash",
                _model_gemini_3_5_flash.Gemini35FlashInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "google/gemini-3.5-flash",
            _model_gemini_3_5_flash.Gemini35FlashInput,
            _model_gemini_3_5_flash.Gemini35FlashOutput,
            given,
            stream=stream,
        )

    @overload
    async def gemini_3_5_flash_lite(
        self,
        input: _model_gemini_3_5_flash_lite.Gemini35FlashLiteInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def gemini_3_5_flash_lite(
        self,
        input: _model_gemini_3_5_flash_lite.Gemini35FlashLiteInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_5_flash_lite.Gemini35FlashLiteOutput: ...

    async def gemini_3_5_flash_lite(
        self,
        input: _model_gemini_3_5_flash_lite.Gemini35FlashLiteInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_5_flash_lite.Gemini35FlashLiteOutput | AsyncStream[StreamChunk]:
        """Run ``google/gemini-3.5-flash-lite``.

        Args:
            input: a ``Gemini35FlashLiteInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini35FlashLiteOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_5_flash_lite as _model_gemini_3_5_flash_lite,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "google/gemini-3.5-flash-lite",
                _model_gemini_3_5_flash_lite.Gemini35FlashLiteInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "google/gemini-3.5-flash-lite",
            _model_gemini_3_5_flash_lite.Gemini35FlashLiteInput,
            _model_gemini_3_5_flash_lite.Gemini35FlashLiteOutput,
            given,
            stream=stream,
        )

    @overload
    async def gemini_3_6_flash(
        self,
        input: _model_gemini_3_6_flash.Gemini36FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def gemini_3_6_flash(
        self,
        input: _model_gemini_3_6_flash.Gemini36FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_6_flash.Gemini36FlashOutput: ...

    async def gemini_3_6_flash(
        self,
        input: _model_gemini_3_6_flash.Gemini36FlashInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_6_flash.Gemini36FlashOutput | AsyncStream[StreamChunk]:
        """Run ``google/gemini-3.6-flash``.

        Args:
            input: a ``Gemini36FlashInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini36FlashOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_6_flash as _model_gemini_3_6_flash,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "google/gemini-3.6-flash",
                _model_gemini_3_6_flash.Gemini36FlashInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "google/gemini-3.6-flash",
            _model_gemini_3_6_flash.Gemini36FlashInput,
            _model_gemini_3_6_flash.Gemini36FlashOutput,
            given,
            stream=stream,
        )

    @overload
    async def gemini_3_7_flash(
        self,
        input: _model_gemini_3_7_flash.Gemini37FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def gemini_3_7_flash(
        self,
        input: _model_gemini_3_7_flash.Gemini37FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_7_flash.Gemini37FlashOutput: ...

    async def gemini_3_7_flash(
        self,
        input: _model_gemini_3_7_flash.Gemini37FlashInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_7_flash.Gemini37FlashOutput | AsyncStream[StreamChunk]:
        """Run ``google/gemini-3.7-flash``.

        Args:
            input: a ``Gemini37FlashInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini37FlashOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_7_flash as _model_gemini_3_7_flash,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "google/gemini-3.7-flash",
                _model_gemini_3_7_flash.Gemini37FlashInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "google/gemini-3.7-flash",
            _model_gemini_3_7_flash.Gemini37FlashInput,
            _model_gemini_3_7_flash.Gemini37FlashOutput,
            given,
            stream=stream,
        )

    @overload
    async def gemini_3_8_flash(
        self,
        input: _model_gemini_3_8_flash.Gemini38FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def gemini_3_8_flash(
        self,
        input: _model_gemini_3_8_flash.Gemini38FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_8_flash.Gemini38FlashOutput: ...

    async def gemini_3_8_flash(
        self,
        input: _model_gemini_3_8_flash.Gemini38FlashInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_8_flash.Gemini38FlashOutput | AsyncStream[StreamChunk]:
        """Run ``google/gemini-3.8-flash``.

        Args:
            input: a ``Gemini38FlashInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``Gemini38FlashOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_8_flash as _model_gemini_3_8_flash,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "google/gemini-3.8-flash",
                _model_gemini_3_8_flash.Gemini38FlashInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "google/gemini-3.8-flash",
            _model_gemini_3_8_flash.Gemini38FlashInput,
            _model_gemini_3_8_flash.Gemini38FlashOutput,
            given,
            stream=stream,
        )

    async def gemini_3_8_flash_lite_tts(
        self,
        *,
        text: str,
        voice: Literal["Zephyr", "Puck", "Charon", "Kore", "Fenrir", "Leda", "Orus", "Aoede", "Callirrhoe", "Autonoe", "Enceladus", "Iapetus", "Umbriel", "Algieba", "Despina", "Erinome", "Algenib", "Rasalgethi", "Laomedeia", "Achernar", "Alnilam", "Schedar", "Gacrux", "Pulcherrima", "Achird", "Zubenelgenubi", "Vindemiatrix", "Sadachbia", "Sadaltager", "Sulafat"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        topP: float | NotGiven = NOT_GIVEN,
        topK: int | NotGiven = NOT_GIVEN,
        maxOutputTokens: int | NotGiven = NOT_GIVEN,
        stopSequences: list[str] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_8_flash_lite_tts.Gemini38FlashLiteTtsOutput:
        """Run ``google/gemini-3.8-flash-lite-tts``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to convert to speech. Maximum 10,000 characters.
            voice: The voice to use for speech synthesis
            temperature: Controls randomness in generation (0-2)
            topP: Nucleus sampling threshold (0-1). Tokens with cumulative probability up to topP
                are considered
            topK: Only sample from the top K tokens. Smaller K = more focused, larger K = more
                diverse
            maxOutputTokens: Maximum number of tokens to generate
            stopSequences: Sequences where the model will stop generating further tokens

        Returns:
            The parsed ``Gemini38FlashLiteTtsOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_8_flash_lite_tts as _model_gemini_3_8_flash_lite_tts,
        )

        given: dict[str, object] = {
            "text": text,
            "voice": voice,
            "temperature": temperature,
            "topP": topP,
            "topK": topK,
            "maxOutputTokens": maxOutputTokens,
            "stopSequences": stopSequences,
        }
        return await self._client._run_model(
            "google/gemini-3.8-flash-lite-tts",
            _model_gemini_3_8_flash_lite_tts.Gemini38FlashLiteTtsInput,
            _model_gemini_3_8_flash_lite_tts.Gemini38FlashLiteTtsOutput,
            given,
        )

    async def gemini_3_8_flash_tts(
        self,
        *,
        text: str,
        voice: Literal["Zephyr", "Puck", "Charon", "Kore", "Fenrir", "Leda", "Orus", "Aoede", "Callirrhoe", "Autonoe", "Enceladus", "Iapetus", "Umbriel", "Algieba", "Despina", "Erinome", "Algenib", "Rasalgethi", "Laomedeia", "Achernar", "Alnilam", "Schedar", "Gacrux", "Pulcherrima", "Achird", "Zubenelgenubi", "Vindemiatrix", "Sadachbia", "Sadaltager", "Sulafat"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        topP: float | NotGiven = NOT_GIVEN,
        topK: int | NotGiven = NOT_GIVEN,
        maxOutputTokens: int | NotGiven = NOT_GIVEN,
        stopSequences: list[str] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_3_8_flash_tts.Gemini38FlashTtsOutput:
        """Run ``google/gemini-3.8-flash-tts``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to convert to speech. Maximum 10,000 characters.
            voice: The voice to use for speech synthesis
            temperature: Controls randomness in generation (0-2)
            topP: Nucleus sampling threshold (0-1). Tokens with cumulative probability up to topP
                are considered
            topK: Only sample from the top K tokens. Smaller K = more focused, larger K = more
                diverse
            maxOutputTokens: Maximum number of tokens to generate
            stopSequences: Sequences where the model will stop generating further tokens

        Returns:
            The parsed ``Gemini38FlashTtsOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_3_8_flash_tts as _model_gemini_3_8_flash_tts,
        )

        given: dict[str, object] = {
            "text": text,
            "voice": voice,
            "temperature": temperature,
            "topP": topP,
            "topK": topK,
            "maxOutputTokens": maxOutputTokens,
            "stopSequences": stopSequences,
        }
        return await self._client._run_model(
            "google/gemini-3.8-flash-tts",
            _model_gemini_3_8_flash_tts.Gemini38FlashTtsInput,
            _model_gemini_3_8_flash_tts.Gemini38FlashTtsOutput,
            given,
        )

    async def gemini_omni_1_1_flash(
        self,
        *,
        text: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        last_frame: str | NotGiven = NOT_GIVEN,
        reference_images: list[str] | NotGiven = NOT_GIVEN,
        video: str | NotGiven = NOT_GIVEN,
        audio: str | NotGiven = NOT_GIVEN,
        previous_interaction_id: str | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16"] | NotGiven = NOT_GIVEN,
        resolution: Literal["360p", "720p", "1080p", "4k"] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_omni_1_1_flash.GeminiOmni11FlashOutput:
        """Run ``google/gemini-omni-1.1-flash``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: Text prompt or editing instruction
            image: First-frame or primary reference image
            last_frame: Last-frame reference image
            reference_images: (not described)
            video: Reference video for editing or extension
            audio: Reference audio input
            previous_interaction_id: (not described)
            aspect_ratio: (not described)
            resolution: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video/anyOf/1)

        Returns:
            The parsed ``GeminiOmni11FlashOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_omni_1_1_flash as _model_gemini_omni_1_1_flash,
        )

        given: dict[str, object] = {
            "text": text,
            "image": image,
            "last_frame": last_frame,
            "reference_images": reference_images,
            "video": video,
            "audio": audio,
            "previous_interaction_id": previous_interaction_id,
            "aspect_ratio": aspect_ratio,
            "resolution": resolution,
        }
        return await self._client._run_model(
            "google/gemini-omni-1.1-flash",
            _model_gemini_omni_1_1_flash.GeminiOmni11FlashInput,
            _model_gemini_omni_1_1_flash.GeminiOmni11FlashOutput,
            given,
        )

    async def gemini_omni_flash(
        self,
        *,
        text: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        last_frame: str | NotGiven = NOT_GIVEN,
        reference_images: list[str] | NotGiven = NOT_GIVEN,
        video: str | NotGiven = NOT_GIVEN,
        audio: str | NotGiven = NOT_GIVEN,
        previous_interaction_id: str | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16"] | NotGiven = NOT_GIVEN,
        resolution: Literal["360p", "720p", "1080p", "4k"] | NotGiven = NOT_GIVEN,
    ) -> _model_gemini_omni_flash.GeminiOmniFlashOutput:
        """Run ``google/gemini-omni-flash``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: Text prompt or editing instruction
            image: First-frame or primary reference image
            last_frame: Last-frame reference image
            reference_images: (not described)
            video: Reference video for editing or extension
            audio: Reference audio input
            previous_interaction_id: (not described)
            aspect_ratio: (not described)
            resolution: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video/anyOf/1)

        Returns:
            The parsed ``GeminiOmniFlashOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            gemini_omni_flash as _model_gemini_omni_flash,
        )

        given: dict[str, object] = {
            "text": text,
            "image": image,
            "last_frame": last_frame,
            "reference_images": reference_images,
            "video": video,
            "audio": audio,
            "previous_interaction_id": previous_interaction_id,
            "aspect_ratio": aspect_ratio,
            "resolution": resolution,
        }
        return await self._client._run_model(
            "google/gemini-omni-flash",
            _model_gemini_omni_flash.GeminiOmniFlashInput,
            _model_gemini_omni_flash.GeminiOmniFlashOutput,
            given,
        )

    async def imagen_4(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "3:4", "4:3", "9:16", "16:9"] | NotGiven = NOT_GIVEN,
        person_generation: Literal["dont_allow", "allow_adult", "allow_all"] | NotGiven = NOT_GIVEN,
    ) -> _model_imagen_4.Imagen4Output:
        """Run ``google/imagen-4``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the image to generate
            aspect_ratio: Aspect ratio of the generated image
            person_generation: Allow the model to generate images of people. dont_allow: block
                people, allow_adult: adults only, allow_all: adults and children

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``Imagen4Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            imagen_4 as _model_imagen_4,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "person_generation": person_generation,
        }
        return await self._client._run_model(
            "google/imagen-4",
            _model_imagen_4.Imagen4Input,
            _model_imagen_4.Imagen4Output,
            given,
        )

    async def nano_banana(
        self,
        *,
        prompt: str,
        image_input: list[str] | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["1:1", "3:2", "2:3", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"] | NotGiven = NOT_GIVEN,
        output_format: Literal["jpg", "png", "webp"] | NotGiven = NOT_GIVEN,
        image_size: Literal["1K", "2K", "4K"] | NotGiven = NOT_GIVEN,
    ) -> _model_nano_banana.NanoBananaOutput:
        """Run ``google/nano-banana``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            image_input: (not described)
            aspect_ratio: (not described)
            output_format: (not described)
            image_size: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``NanoBananaOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            nano_banana as _model_nano_banana,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "image_input": image_input,
            "aspect_ratio": aspect_ratio,
            "output_format": output_format,
            "image_size": image_size,
        }
        return await self._client._run_model(
            "google/nano-banana",
            _model_nano_banana.NanoBananaInput,
            _model_nano_banana.NanoBananaOutput,
            given,
        )

    async def nano_banana_2(
        self,
        *,
        prompt: str,
        image_input: list[str] | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["match_input_image", "1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"] | NotGiven = NOT_GIVEN,
        output_format: Literal["jpg", "png"] | NotGiven = NOT_GIVEN,
        resolution: Literal["1K", "2K", "4K"] | NotGiven = NOT_GIVEN,
        google_search: bool | NotGiven = NOT_GIVEN,
        image_search: bool | NotGiven = NOT_GIVEN,
    ) -> _model_nano_banana_2.NanoBanana2Output:
        """Run ``google/nano-banana-2``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            image_input: (not described)
            aspect_ratio: (not described)
            output_format: (not described)
            resolution: (not described)
            google_search: (not described)
            image_search: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``NanoBanana2Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            nano_banana_2 as _model_nano_banana_2,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "image_input": image_input,
            "aspect_ratio": aspect_ratio,
            "output_format": output_format,
            "resolution": resolution,
            "google_search": google_search,
            "image_search": image_search,
        }
        return await self._client._run_model(
            "google/nano-banana-2",
            _model_nano_banana_2.NanoBanana2Input,
            _model_nano_banana_2.NanoBanana2Output,
            given,
        )

    async def veo_3(
        self,
        *,
        prompt: str,
        duration: Literal["4s", "6s", "8s"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"],
        resolution: Literal["720p", "1080p"],
        generate_audio: bool,
        image_input: str | NotGiven = NOT_GIVEN,
    ) -> _model_veo_3.Veo3Output:
        """Run ``google/veo-3``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the video to generate
            duration: Video duration
            aspect_ratio: Video aspect ratio
            resolution: Video resolution
            generate_audio: Whether to generate audio with the video
            image_input: Base64-encoded reference image for i2v

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Veo3Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            veo_3 as _model_veo_3,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "duration": duration,
            "aspect_ratio": aspect_ratio,
            "resolution": resolution,
            "generate_audio": generate_audio,
            "image_input": image_input,
        }
        return await self._client._run_model(
            "google/veo-3",
            _model_veo_3.Veo3Input,
            _model_veo_3.Veo3Output,
            given,
        )

    async def veo_3_fast(
        self,
        *,
        aspect_ratio: Literal["16:9", "9:16", "1:1"],
        duration: Literal["4s", "6s", "8s"],
        generate_audio: bool,
        prompt: str,
        resolution: Literal["720p", "1080p"],
        image_input: str | NotGiven = NOT_GIVEN,
    ) -> _model_veo_3_fast.Veo3FastOutput:
        """Run ``google/veo-3-fast``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            aspect_ratio: Video aspect ratio
            duration: Video duration
            generate_audio: Whether to generate audio with the video
            prompt: Text prompt describing the video to generate
            resolution: Video resolution
            image_input: Base64-encoded reference image for i2v

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Veo3FastOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            veo_3_fast as _model_veo_3_fast,
        )

        given: dict[str, object] = {
            "aspect_ratio": aspect_ratio,
            "duration": duration,
            "generate_audio": generate_audio,
            "prompt": prompt,
            "resolution": resolution,
            "image_input": image_input,
        }
        return await self._client._run_model(
            "google/veo-3-fast",
            _model_veo_3_fast.Veo3FastInput,
            _model_veo_3_fast.Veo3FastOutput,
            given,
        )

    async def veo_3_1(
        self,
        *,
        prompt: str,
        duration: Literal["4s", "6s", "8s"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"],
        resolution: Literal["720p", "1080p"],
        generate_audio: bool,
        image_input: str | NotGiven = NOT_GIVEN,
    ) -> _model_veo_3_1.Veo31Output:
        """Run ``google/veo-3.1``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the video to generate
            duration: Video duration
            aspect_ratio: Video aspect ratio
            resolution: Video resolution
            generate_audio: Whether to generate audio with the video
            image_input: Base64-encoded reference image for i2v

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Veo31Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.google import (
            veo_3_1 as _model_veo_3_1,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "duration": duration,
            "aspect_ratio": aspect_ratio,
            "resolution": resolution,
            "generate_audio": generate_audio,
            "image_input": image_input,
        }
        return await self._client._run_model(
            "google/veo-3.1",
            _model_veo_3_1.Veo31Input,
            _model_veo_3_1.Veo31Output,
            given,
        )
