"""The ``elevenlabs`` namespace of the client: 5 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ...models.elevenlabs import (
        eleven_flash_v2_5 as _model_eleven_flash_v2_5,
    )
    from ...models.elevenlabs import (
        eleven_multilingual_v2 as _model_eleven_multilingual_v2,
    )
    from ...models.elevenlabs import (
        eleven_turbo_v2_5 as _model_eleven_turbo_v2_5,
    )
    from ...models.elevenlabs import (
        eleven_v3 as _model_eleven_v3,
    )
    from ...models.elevenlabs import (
        music_v2 as _model_music_v2,
    )

__all__ = ["AsyncElevenlabsNamespace", "ElevenlabsNamespace"]


class ElevenlabsNamespace:
    """Models below ``client.elevenlabs``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def eleven_flash_v2_5(
        self,
        *,
        text: str,
        voice_id: str,
        output_format: Literal["mp3_22050_32", "mp3_24000_48", "mp3_44100_128", "mp3_44100_192", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96", "opus_48000_128", "opus_48000_192", "opus_48000_32", "opus_48000_64", "opus_48000_96"] | NotGiven = NOT_GIVEN,
        language_code: str | NotGiven = NOT_GIVEN,
        voice_settings: _model_eleven_flash_v2_5.VoiceSettings | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        previous_text: str | NotGiven = NOT_GIVEN,
        next_text: str | NotGiven = NOT_GIVEN,
        apply_text_normalization: Literal["auto", "on", "off"] | NotGiven = NOT_GIVEN,
    ) -> _model_eleven_flash_v2_5.ElevenFlashV25Output:
        """Run ``elevenlabs/eleven-flash-v2-5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to convert into speech.
            voice_id: The ElevenLabs voice ID to use for generation.
            output_format: (not described)
            language_code: ISO 639-1 language code to enforce.
            voice_settings: (not described)
            seed: (not described)
            previous_text: (not described)
            next_text: (not described)
            apply_text_normalization: (not described)

        Returns:
            The parsed ``ElevenFlashV25Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.elevenlabs import (
            eleven_flash_v2_5 as _model_eleven_flash_v2_5,
        )

        given: dict[str, object] = {
            "text": text,
            "voice_id": voice_id,
            "output_format": output_format,
            "language_code": language_code,
            "voice_settings": voice_settings,
            "seed": seed,
            "previous_text": previous_text,
            "next_text": next_text,
            "apply_text_normalization": apply_text_normalization,
        }
        return self._client._run_model(
            "elevenlabs/eleven-flash-v2-5",
            _model_eleven_flash_v2_5.ElevenFlashV25Input,
            _model_eleven_flash_v2_5.ElevenFlashV25Output,
            given,
        )

    def eleven_multilingual_v2(
        self,
        *,
        text: str,
        voice_id: str,
        output_format: Literal["mp3_22050_32", "mp3_24000_48", "mp3_44100_128", "mp3_44100_192", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96", "opus_48000_128", "opus_48000_192", "opus_48000_32", "opus_48000_64", "opus_48000_96"] | NotGiven = NOT_GIVEN,
        language_code: str | NotGiven = NOT_GIVEN,
        voice_settings: _model_eleven_multilingual_v2.VoiceSettings | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        previous_text: str | NotGiven = NOT_GIVEN,
        next_text: str | NotGiven = NOT_GIVEN,
        apply_text_normalization: Literal["auto", "on", "off"] | NotGiven = NOT_GIVEN,
    ) -> _model_eleven_multilingual_v2.ElevenMultilingualV2Output:
        """Run ``elevenlabs/eleven-multilingual-v2``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to convert into speech.
            voice_id: The ElevenLabs voice ID to use for generation.
            output_format: (not described)
            language_code: ISO 639-1 language code to enforce.
            voice_settings: (not described)
            seed: (not described)
            previous_text: (not described)
            next_text: (not described)
            apply_text_normalization: (not described)

        Returns:
            The parsed ``ElevenMultilingualV2Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.elevenlabs import (
            eleven_multilingual_v2 as _model_eleven_multilingual_v2,
        )

        given: dict[str, object] = {
            "text": text,
            "voice_id": voice_id,
            "output_format": output_format,
            "language_code": language_code,
            "voice_settings": voice_settings,
            "seed": seed,
            "previous_text": previous_text,
            "next_text": next_text,
            "apply_text_normalization": apply_text_normalization,
        }
        return self._client._run_model(
            "elevenlabs/eleven-multilingual-v2",
            _model_eleven_multilingual_v2.ElevenMultilingualV2Input,
            _model_eleven_multilingual_v2.ElevenMultilingualV2Output,
            given,
        )

    def eleven_turbo_v2_5(
        self,
        *,
        text: str,
        voice_id: str,
        output_format: Literal["mp3_22050_32", "mp3_24000_48", "mp3_44100_128", "mp3_44100_192", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96", "opus_48000_128", "opus_48000_192", "opus_48000_32", "opus_48000_64", "opus_48000_96"] | NotGiven = NOT_GIVEN,
        language_code: str | NotGiven = NOT_GIVEN,
        voice_settings: _model_eleven_turbo_v2_5.VoiceSettings | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        previous_text: str | NotGiven = NOT_GIVEN,
        next_text: str | NotGiven = NOT_GIVEN,
        apply_text_normalization: Literal["auto", "on", "off"] | NotGiven = NOT_GIVEN,
    ) -> _model_eleven_turbo_v2_5.ElevenTurboV25Output:
        """Run ``elevenlabs/eleven-turbo-v2-5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to convert into speech.
            voice_id: The ElevenLabs voice ID to use for generation.
            output_format: (not described)
            language_code: ISO 639-1 language code to enforce.
            voice_settings: (not described)
            seed: (not described)
            previous_text: (not described)
            next_text: (not described)
            apply_text_normalization: (not described)

        Returns:
            The parsed ``ElevenTurboV25Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.elevenlabs import (
            eleven_turbo_v2_5 as _model_eleven_turbo_v2_5,
        )

        given: dict[str, object] = {
            "text": text,
            "voice_id": voice_id,
            "output_format": output_format,
            "language_code": language_code,
            "voice_settings": voice_settings,
            "seed": seed,
            "previous_text": previous_text,
            "next_text": next_text,
            "apply_text_normalization": apply_text_normalization,
        }
        return self._client._run_model(
            "elevenlabs/eleven-turbo-v2-5",
            _model_eleven_turbo_v2_5.ElevenTurboV25Input,
            _model_eleven_turbo_v2_5.ElevenTurboV25Output,
            given,
        )

    def eleven_v3(
        self,
        *,
        text: str,
        voice_id: str,
        output_format: Literal["mp3_22050_32", "mp3_24000_48", "mp3_44100_128", "mp3_44100_192", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96", "opus_48000_128", "opus_48000_192", "opus_48000_32", "opus_48000_64", "opus_48000_96"] | NotGiven = NOT_GIVEN,
        language_code: str | NotGiven = NOT_GIVEN,
        voice_settings: _model_eleven_v3.VoiceSettings | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        previous_text: str | NotGiven = NOT_GIVEN,
        next_text: str | NotGiven = NOT_GIVEN,
        apply_text_normalization: Literal["auto", "on", "off"] | NotGiven = NOT_GIVEN,
    ) -> _model_eleven_v3.ElevenV3Output:
        """Run ``elevenlabs/eleven-v3``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to convert into speech.
            voice_id: The ElevenLabs voice ID to use for generation.
            output_format: (not described)
            language_code: ISO 639-1 language code to enforce.
            voice_settings: (not described)
            seed: (not described)
            previous_text: (not described)
            next_text: (not described)
            apply_text_normalization: (not described)

        Returns:
            The parsed ``ElevenV3Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.elevenlabs import (
            eleven_v3 as _model_eleven_v3,
        )

        given: dict[str, object] = {
            "text": text,
            "voice_id": voice_id,
            "output_format": output_format,
            "language_code": language_code,
            "voice_settings": voice_settings,
            "seed": seed,
            "previous_text": previous_text,
            "next_text": next_text,
            "apply_text_normalization": apply_text_normalization,
        }
        return self._client._run_model(
            "elevenlabs/eleven-v3",
            _model_eleven_v3.ElevenV3Input,
            _model_eleven_v3.ElevenV3Output,
            given,
        )

    def music_v2(
        self,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        composition_plan: _model_music_v2.CompositionPlan | NotGiven = NOT_GIVEN,
        music_length_ms: int | NotGiven = NOT_GIVEN,
        output_format: Literal["auto", "mp3_48000_128", "mp3_48000_192", "mp3_48000_240", "mp3_48000_320", "mp3_22050_32", "mp3_24000_48", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96", "mp3_44100_128", "mp3_44100_192", "opus_48000_32", "opus_48000_64", "opus_48000_96", "opus_48000_128", "opus_48000_192"] | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        force_instrumental: bool | NotGiven = NOT_GIVEN,
        store_for_inpainting: bool | NotGiven = NOT_GIVEN,
        sign_with_c2pa: bool | NotGiven = NOT_GIVEN,
    ) -> _model_music_v2.MusicV2Output:
        """Run ``elevenlabs/music-v2``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            composition_plan: (not described)
            music_length_ms: (not described)
            output_format: (not described)
            seed: (not described)
            force_instrumental: (not described)
            store_for_inpainting: (not described)
            sign_with_c2pa: (not described)

        Returns:
            The parsed ``MusicV2Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.elevenlabs import (
            music_v2 as _model_music_v2,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "composition_plan": composition_plan,
            "music_length_ms": music_length_ms,
            "output_format": output_format,
            "seed": seed,
            "force_instrumental": force_instrumental,
            "store_for_inpainting": store_for_inpainting,
            "sign_with_c2pa": sign_with_c2pa,
        }
        return self._client._run_model(
            "elevenlabs/music-v2",
            _model_music_v2.MusicV2Input,
            _model_music_v2.MusicV2Output,
            given,
        )


class AsyncElevenlabsNamespace:
    """Models below ``client.elevenlabs``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def eleven_flash_v2_5(
        self,
        *,
        text: str,
        voice_id: str,
        output_format: Literal["mp3_22050_32", "mp3_24000_48", "mp3_44100_128", "mp3_44100_192", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96", "opus_48000_128", "opus_48000_192", "opus_48000_32", "opus_48000_64", "opus_48000_96"] | NotGiven = NOT_GIVEN,
        language_code: str | NotGiven = NOT_GIVEN,
        voice_settings: _model_eleven_flash_v2_5.VoiceSettings | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        previous_text: str | NotGiven = NOT_GIVEN,
        next_text: str | NotGiven = NOT_GIVEN,
        apply_text_normalization: Literal["auto", "on", "off"] | NotGiven = NOT_GIVEN,
    ) -> _model_eleven_flash_v2_5.ElevenFlashV25Output:
        """Run ``elevenlabs/eleven-flash-v2-5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to convert into speech.
            voice_id: The ElevenLabs voice ID to use for generation.
            output_format: (not described)
            language_code: ISO 639-1 language code to enforce.
            voice_settings: (not described)
            seed: (not described)
            previous_text: (not described)
            next_text: (not described)
            apply_text_normalization: (not described)

        Returns:
            The parsed ``ElevenFlashV25Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.elevenlabs import (
            eleven_flash_v2_5 as _model_eleven_flash_v2_5,
        )

        given: dict[str, object] = {
            "text": text,
            "voice_id": voice_id,
            "output_format": output_format,
            "language_code": language_code,
            "voice_settings": voice_settings,
            "seed": seed,
            "previous_text": previous_text,
            "next_text": next_text,
            "apply_text_normalization": apply_text_normalization,
        }
        return await self._client._run_model(
            "elevenlabs/eleven-flash-v2-5",
            _model_eleven_flash_v2_5.ElevenFlashV25Input,
            _model_eleven_flash_v2_5.ElevenFlashV25Output,
            given,
        )

    async def eleven_multilingual_v2(
        self,
        *,
        text: str,
        voice_id: str,
        output_format: Literal["mp3_22050_32", "mp3_24000_48", "mp3_44100_128", "mp3_44100_192", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96", "opus_48000_128", "opus_48000_192", "opus_48000_32", "opus_48000_64", "opus_48000_96"] | NotGiven = NOT_GIVEN,
        language_code: str | NotGiven = NOT_GIVEN,
        voice_settings: _model_eleven_multilingual_v2.VoiceSettings | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        previous_text: str | NotGiven = NOT_GIVEN,
        next_text: str | NotGiven = NOT_GIVEN,
        apply_text_normalization: Literal["auto", "on", "off"] | NotGiven = NOT_GIVEN,
    ) -> _model_eleven_multilingual_v2.ElevenMultilingualV2Output:
        """Run ``elevenlabs/eleven-multilingual-v2``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to convert into speech.
            voice_id: The ElevenLabs voice ID to use for generation.
            output_format: (not described)
            language_code: ISO 639-1 language code to enforce.
            voice_settings: (not described)
            seed: (not described)
            previous_text: (not described)
            next_text: (not described)
            apply_text_normalization: (not described)

        Returns:
            The parsed ``ElevenMultilingualV2Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.elevenlabs import (
            eleven_multilingual_v2 as _model_eleven_multilingual_v2,
        )

        given: dict[str, object] = {
            "text": text,
            "voice_id": voice_id,
            "output_format": output_format,
            "language_code": language_code,
            "voice_settings": voice_settings,
            "seed": seed,
            "previous_text": previous_text,
            "next_text": next_text,
            "apply_text_normalization": apply_text_normalization,
        }
        return await self._client._run_model(
            "elevenlabs/eleven-multilingual-v2",
            _model_eleven_multilingual_v2.ElevenMultilingualV2Input,
            _model_eleven_multilingual_v2.ElevenMultilingualV2Output,
            given,
        )

    async def eleven_turbo_v2_5(
        self,
        *,
        text: str,
        voice_id: str,
        output_format: Literal["mp3_22050_32", "mp3_24000_48", "mp3_44100_128", "mp3_44100_192", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96", "opus_48000_128", "opus_48000_192", "opus_48000_32", "opus_48000_64", "opus_48000_96"] | NotGiven = NOT_GIVEN,
        language_code: str | NotGiven = NOT_GIVEN,
        voice_settings: _model_eleven_turbo_v2_5.VoiceSettings | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        previous_text: str | NotGiven = NOT_GIVEN,
        next_text: str | NotGiven = NOT_GIVEN,
        apply_text_normalization: Literal["auto", "on", "off"] | NotGiven = NOT_GIVEN,
    ) -> _model_eleven_turbo_v2_5.ElevenTurboV25Output:
        """Run ``elevenlabs/eleven-turbo-v2-5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to convert into speech.
            voice_id: The ElevenLabs voice ID to use for generation.
            output_format: (not described)
            language_code: ISO 639-1 language code to enforce.
            voice_settings: (not described)
            seed: (not described)
            previous_text: (not described)
            next_text: (not described)
            apply_text_normalization: (not described)

        Returns:
            The parsed ``ElevenTurboV25Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.elevenlabs import (
            eleven_turbo_v2_5 as _model_eleven_turbo_v2_5,
        )

        given: dict[str, object] = {
            "text": text,
            "voice_id": voice_id,
            "output_format": output_format,
            "language_code": language_code,
            "voice_settings": voice_settings,
            "seed": seed,
            "previous_text": previous_text,
            "next_text": next_text,
            "apply_text_normalization": apply_text_normalization,
        }
        return await self._client._run_model(
            "elevenlabs/eleven-turbo-v2-5",
            _model_eleven_turbo_v2_5.ElevenTurboV25Input,
            _model_eleven_turbo_v2_5.ElevenTurboV25Output,
            given,
        )

    async def eleven_v3(
        self,
        *,
        text: str,
        voice_id: str,
        output_format: Literal["mp3_22050_32", "mp3_24000_48", "mp3_44100_128", "mp3_44100_192", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96", "opus_48000_128", "opus_48000_192", "opus_48000_32", "opus_48000_64", "opus_48000_96"] | NotGiven = NOT_GIVEN,
        language_code: str | NotGiven = NOT_GIVEN,
        voice_settings: _model_eleven_v3.VoiceSettings | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        previous_text: str | NotGiven = NOT_GIVEN,
        next_text: str | NotGiven = NOT_GIVEN,
        apply_text_normalization: Literal["auto", "on", "off"] | NotGiven = NOT_GIVEN,
    ) -> _model_eleven_v3.ElevenV3Output:
        """Run ``elevenlabs/eleven-v3``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to convert into speech.
            voice_id: The ElevenLabs voice ID to use for generation.
            output_format: (not described)
            language_code: ISO 639-1 language code to enforce.
            voice_settings: (not described)
            seed: (not described)
            previous_text: (not described)
            next_text: (not described)
            apply_text_normalization: (not described)

        Returns:
            The parsed ``ElevenV3Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.elevenlabs import (
            eleven_v3 as _model_eleven_v3,
        )

        given: dict[str, object] = {
            "text": text,
            "voice_id": voice_id,
            "output_format": output_format,
            "language_code": language_code,
            "voice_settings": voice_settings,
            "seed": seed,
            "previous_text": previous_text,
            "next_text": next_text,
            "apply_text_normalization": apply_text_normalization,
        }
        return await self._client._run_model(
            "elevenlabs/eleven-v3",
            _model_eleven_v3.ElevenV3Input,
            _model_eleven_v3.ElevenV3Output,
            given,
        )

    async def music_v2(
        self,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        composition_plan: _model_music_v2.CompositionPlan | NotGiven = NOT_GIVEN,
        music_length_ms: int | NotGiven = NOT_GIVEN,
        output_format: Literal["auto", "mp3_48000_128", "mp3_48000_192", "mp3_48000_240", "mp3_48000_320", "mp3_22050_32", "mp3_24000_48", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96", "mp3_44100_128", "mp3_44100_192", "opus_48000_32", "opus_48000_64", "opus_48000_96", "opus_48000_128", "opus_48000_192"] | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        force_instrumental: bool | NotGiven = NOT_GIVEN,
        store_for_inpainting: bool | NotGiven = NOT_GIVEN,
        sign_with_c2pa: bool | NotGiven = NOT_GIVEN,
    ) -> _model_music_v2.MusicV2Output:
        """Run ``elevenlabs/music-v2``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            composition_plan: (not described)
            music_length_ms: (not described)
            output_format: (not described)
            seed: (not described)
            force_instrumental: (not described)
            store_for_inpainting: (not described)
            sign_with_c2pa: (not described)

        Returns:
            The parsed ``MusicV2Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.elevenlabs import (
            music_v2 as _model_music_v2,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "composition_plan": composition_plan,
            "music_length_ms": music_length_ms,
            "output_format": output_format,
            "seed": seed,
            "force_instrumental": force_instrumental,
            "store_for_inpainting": store_for_inpainting,
            "sign_with_c2pa": sign_with_c2pa,
        }
        return await self._client._run_model(
            "elevenlabs/music-v2",
            _model_music_v2.MusicV2Input,
            _model_music_v2.MusicV2Output,
            given,
        )
