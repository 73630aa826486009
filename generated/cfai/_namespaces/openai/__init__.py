"""The ``openai`` namespace of the client: 3 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ...models.openai import (
        gpt_image_1_5 as _model_gpt_image_1_5,
    )
    from ...models.openai import (
        tts_1 as _model_tts_1,
    )
    from ...models.openai import (
        tts_1_hd as _model_tts_1_hd,
    )

__all__ = ["AsyncOpenaiNamespace", "OpenaiNamespace"]


class OpenaiNamespace:
    """Models below ``client.openai``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def gpt_image_1_5(
        self,
        *,
        prompt: str,
        images: list[str] | NotGiven = NOT_GIVEN,
        quality: Literal["low", "medium", "high", "auto"] | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024", "1792x1024", "1024x1792"] | NotGiven = NOT_GIVEN,
        style: Literal["vivid", "natural"] | NotGiven = NOT_GIVEN,
    ) -> _model_gpt_image_1_5.GptImage15Output:
        """Run ``openai/gpt-image-1.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the image to generate or edit
            images: Input images for image editing, 1-16 entries. Each entry is base64-encoded (raw
                string or data:image/{png|jpeg|webp};base64,... URI).
            quality: Quality of the generated image
            size: Size of the generated image
            style: Style of the generated image

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``GptImage15Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.openai import (
            gpt_image_1_5 as _model_gpt_image_1_5,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "images": images,
            "quality": quality,
            "size": size,
            "style": style,
        }
        return self._client._run_model(
            "openai/gpt-image-1.5",
            _model_gpt_image_1_5.GptImage15Input,
            _model_gpt_image_1_5.GptImage15Output,
            given,
        )

    def tts_1(
        self,
        *,
        text: str,
        voice: Literal["alloy", "echo", "fable", "onyx", "nova", "shimmer"],
        response_format: Literal["mp3", "opus", "wav", "aac", "flac"],
        speed: float,
    ) -> _model_tts_1.Tts1Output:
        """Run ``openai/tts-1``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to generate audio for. Maximum length is 4096 characters.
            voice: The voice to use when generating the audio. Defaults to alloy.
            response_format: The output format for the audio. Supported formats are mp3, opus, wav,
                aac and flac.
            speed: The speed of the generated audio. Select a value from 0.25 to 4.0. 1.0 is the
                default.

        Returns:
            The parsed ``Tts1Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.openai import (
            tts_1 as _model_tts_1,
        )

        given: dict[str, object] = {
            "text": text,
            "voice": voice,
            "response_format": response_format,
            "speed": speed,
        }
        return self._client._run_model(
            "openai/tts-1",
            _model_tts_1.Tts1Input,
            _model_tts_1.Tts1Output,
            given,
        )

    def tts_1_hd(
        self,
        *,
        text: str,
        voice: Literal["alloy", "echo", "fable", "onyx", "nova", "shimmer"],
        response_format: Literal["mp3", "opus", "wav", "aac", "flac"],
        speed: float,
    ) -> _model_tts_1_hd.Tts1HdOutput:
        """Run ``openai/tts-1-hd``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to generate audio for. Maximum length is 4096 characters.
            voice: The voice to use when generating the audio. Defaults to alloy.
            response_format: The output format for the audio. Supported formats are mp3, opus, wav,
                aac and flac.
            speed: The speed of the generated audio. Select a value from 0.25 to 4.0. 1.0 is the
                default.

        Returns:
            The parsed ``Tts1HdOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.openai import (
            tts_1_hd as _model_tts_1_hd,
        )

        given: dict[str, object] = {
            "text": text,
            "voice": voice,
            "response_format": response_format,
            "speed": speed,
        }
        return self._client._run_model(
            "openai/tts-1-hd",
            _model_tts_1_hd.Tts1HdInput,
            _model_tts_1_hd.Tts1HdOutput,
            given,
        )


class AsyncOpenaiNamespace:
    """Models below ``client.openai``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def gpt_image_1_5(
        self,
        *,
        prompt: str,
        images: list[str] | NotGiven = NOT_GIVEN,
        quality: Literal["low", "medium", "high", "auto"] | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024", "1792x1024", "1024x1792"] | NotGiven = NOT_GIVEN,
        style: Literal["vivid", "natural"] | NotGiven = NOT_GIVEN,
    ) -> _model_gpt_image_1_5.GptImage15Output:
        """Run ``openai/gpt-image-1.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the image to generate or edit
            images: Input images for image editing, 1-16 entries. Each entry is base64-encoded (raw
                string or data:image/{png|jpeg|webp};base64,... URI).
            quality: Quality of the generated image
            size: Size of the generated image
            style: Style of the generated image

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``GptImage15Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.openai import (
            gpt_image_1_5 as _model_gpt_image_1_5,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "images": images,
            "quality": quality,
            "size": size,
            "style": style,
        }
        return await self._client._run_model(
            "openai/gpt-image-1.5",
            _model_gpt_image_1_5.GptImage15Input,
            _model_gpt_image_1_5.GptImage15Output,
            given,
        )

    async def tts_1(
        self,
        *,
        text: str,
        voice: Literal["alloy", "echo", "fable", "onyx", "nova", "shimmer"],
        response_format: Literal["mp3", "opus", "wav", "aac", "flac"],
        speed: float,
    ) -> _model_tts_1.Tts1Output:
        """Run ``openai/tts-1``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to generate audio for. Maximum length is 4096 characters.
            voice: The voice to use when generating the audio. Defaults to alloy.
            response_format: The output format for the audio. Supported formats are mp3, opus, wav,
                aac and flac.
            speed: The speed of the generated audio. Select a value from 0.25 to 4.0. 1.0 is the
                default.

        Returns:
            The parsed ``Tts1Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.openai import (
            tts_1 as _model_tts_1,
        )

        given: dict[str, object] = {
            "text": text,
            "voice": voice,
            "response_format": response_format,
            "speed": speed,
        }
        return await self._client._run_model(
            "openai/tts-1",
            _model_tts_1.Tts1Input,
            _model_tts_1.Tts1Output,
            given,
        )

    async def tts_1_hd(
        self,
        *,
        text: str,
        voice: Literal["alloy", "echo", "fable", "onyx", "nova", "shimmer"],
        response_format: Literal["mp3", "opus", "wav", "aac", "flac"],
        speed: float,
    ) -> _model_tts_1_hd.Tts1HdOutput:
        """Run ``openai/tts-1-hd``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to generate audio for. Maximum length is 4096 characters.
            voice: The voice to use when generating the audio. Defaults to alloy.
            response_format: The output format for the audio. Supported formats are mp3, opus, wav,
                aac and flac.
            speed: The speed of the generated audio. Select a value from 0.25 to 4.0. 1.0 is the
                default.

        Returns:
            The parsed ``Tts1HdOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.openai import (
            tts_1_hd as _model_tts_1_hd,
        )

        given: dict[str, object] = {
            "text": text,
            "voice": voice,
            "response_format": response_format,
            "speed": speed,
        }
        return await self._client._run_model(
            "openai/tts-1-hd",
            _model_tts_1_hd.Tts1HdInput,
            _model_tts_1_hd.Tts1HdOutput,
            given,
        )
