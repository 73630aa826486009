"""The ``minimax`` namespace of the client: 3 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ...models.minimax import (
        hailuo_2_3 as _model_hailuo_2_3,
    )
    from ...models.minimax import (
        music_2_6 as _model_music_2_6,
    )
    from ...models.minimax import (
        speech_2_8_hd as _model_speech_2_8_hd,
    )

__all__ = ["AsyncMinimaxNamespace", "MinimaxNamespace"]


class MinimaxNamespace:
    """Models below ``client.minimax``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def hailuo_2_3(
        self,
        *,
        prompt_optimizer: bool,
        fast_pretreatment: bool,
        duration: Literal[6, 10],
        resolution: Literal["768P", "1080P"],
        prompt: str | NotGiven = NOT_GIVEN,
        first_frame_image: str | NotGiven = NOT_GIVEN,
    ) -> _model_hailuo_2_3.Hailuo23Output:
        """Run ``minimax/hailuo-2.3``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt_optimizer: (not described)
            fast_pretreatment: (not described)
            duration: (not described)
            resolution: (not described)
            prompt: (not described)
            first_frame_image: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Hailuo23Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.minimax import (
            hailuo_2_3 as _model_hailuo_2_3,
        )

        given: dict[str, object] = {
            "prompt_optimizer": prompt_optimizer,
            "fast_pretreatment": fast_pretreatment,
            "duration": duration,
            "resolution": resolution,
            "prompt": prompt,
            "first_frame_image": first_frame_image,
        }
        return self._client._run_model(
            "minimax/hailuo-2.3",
            _model_hailuo_2_3.Hailuo23Input,
            _model_hailuo_2_3.Hailuo23Output,
            given,
        )

    def music_2_6(
        self,
        *,
        is_instrumental: bool,
        lyrics_optimizer: bool,
        prompt: str,
        bitrate: Literal[32000, 64000, 128000, 256000] | NotGiven = NOT_GIVEN,
        format: Literal["mp3", "wav"] | NotGiven = NOT_GIVEN,
        lyrics: str | NotGiven = NOT_GIVEN,
        sample_rate: Literal[16000, 24000, 32000, 44100] | NotGiven = NOT_GIVEN,
    ) -> _model_music_2_6.Music26Output:
        """Run ``minimax/music-2.6``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            is_instrumental: Generate instrumental music (no vocals)
            lyrics_optimizer: Automatically generate lyrics based on the prompt description
            prompt: Description of the music style, mood, and scenario
            bitrate: Audio bitrate
            format: Audio format
            lyrics: Song lyrics, using \\n to separate lines
            sample_rate: Audio sample rate

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/audio)

        Returns:
            The parsed ``Music26Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.minimax import (
            music_2_6 as _model_music_2_6,
        )

        given: dict[str, object] = {
            "is_instrumental": is_instrumental,
            "lyrics_optimizer": lyrics_optimizer,
            "prompt": prompt,
            "bitrate": bitrate,
            "format": format,
            "lyrics": lyrics,
            "sample_rate": sample_rate,
        }
        return self._client._run_model(
            "minimax/music-2.6",
            _model_music_2_6.Music26Input,
            _model_music_2_6.Music26Output,
            given,
        )

    def speech_2_8_hd(
        self,
        *,
        text: str,
        voice_id: str,
        speed: float,
        volume: float,
        pitch: int,
        format: Literal["mp3", "flac", "wav"],
        emotion: Literal["happy", "sad", "angry", "fearful", "disgusted", "surprised", "calm", "fluent"] | NotGiven = NOT_GIVEN,
        sample_rate: Literal[8000, 16000, 22050, 24000, 32000, 44100] | NotGiven = NOT_GIVEN,
    ) -> _model_speech_2_8_hd.Speech28HdOutput:
        """Run ``minimax/speech-2.8-hd``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to convert to speech. Maximum 10,000 characters.
            voice_id: The voice ID to use for synthesis
            speed: Speech speed (0.5 to 2)
            volume: Speech volume (0 to 10)
            pitch: Pitch adjustment (-12 to 12)
            format: Output audio format
            emotion: Emotion control for synthesized speech
            sample_rate: Audio sample rate

        Returns:
            The parsed ``Speech28HdOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.minimax import (
            speech_2_8_hd as _model_speech_2_8_hd,
        )

        given: dict[str, object] = {
            "text": text,
            "voice_id": voice_id,
            "speed": speed,
            "volume": volume,
            "pitch": pitch,
            "format": format,
            "emotion": emotion,
            "sample_rate": sample_rate,
        }
        return self._client._run_model(
            "minimax/speech-2.8-hd",
            _model_speech_2_8_hd.Speech28HdInput,
            _model_speech_2_8_hd.Speech28HdOutput,
            given,
        )


class AsyncMinimaxNamespace:
    """Models below ``client.minimax``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def hailuo_2_3(
        self,
        *,
        prompt_optimizer: bool,
        fast_pretreatment: bool,
        duration: Literal[6, 10],
        resolution: Literal["768P", "1080P"],
        prompt: str | NotGiven = NOT_GIVEN,
        first_frame_image: str | NotGiven = NOT_GIVEN,
    ) -> _model_hailuo_2_3.Hailuo23Output:
        """Run ``minimax/hailuo-2.3``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt_optimizer: (not described)
            fast_pretreatment: (not described)
            duration: (not described)
            resolution: (not described)
            prompt: (not described)
            first_frame_image: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Hailuo23Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.minimax import (
            hailuo_2_3 as _model_hailuo_2_3,
        )

        given: dict[str, object] = {
            "prompt_optimizer": prompt_optimizer,
            "fast_pretreatment": fast_pretreatment,
            "duration": duration,
            "resolution": resolution,
            "prompt": prompt,
            "first_frame_image": first_frame_image,
        }
        return await self._client._run_model(
            "minimax/hailuo-2.3",
            _model_hailuo_2_3.Hailuo23Input,
            _model_hailuo_2_3.Hailuo23Output,
            given,
        )

    async def music_2_6(
        self,
        *,
        is_instrumental: bool,
        lyrics_optimizer: bool,
        prompt: str,
        bitrate: Literal[32000, 64000, 128000, 256000] | NotGiven = NOT_GIVEN,
        format: Literal["mp3", "wav"] | NotGiven = NOT_GIVEN,
        lyrics: str | NotGiven = NOT_GIVEN,
        sample_rate: Literal[16000, 24000, 32000, 44100] | NotGiven = NOT_GIVEN,
    ) -> _model_music_2_6.Music26Output:
        """Run ``minimax/music-2.6``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            is_instrumental: Generate instrumental music (no vocals)
            lyrics_optimizer: Automatically generate lyrics based on the prompt description
            prompt: Description of the music style, mood, and scenario
            bitrate: Audio bitrate
            format: Audio format
            lyrics: Song lyrics, using \\n to separate lines
            sample_rate: Audio sample rate

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/audio)

        Returns:
            The parsed ``Music26Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.minimax import (
            music_2_6 as _model_music_2_6,
        )

        given: dict[str, object] = {
            "is_instrumental": is_instrumental,
            "lyrics_optimizer": lyrics_optimizer,
            "prompt": prompt,
            "bitrate": bitrate,
            "format": format,
            "lyrics": lyrics,
            "sample_rate": sample_rate,
        }
        return await self._client._run_model(
            "minimax/music-2.6",
            _model_music_2_6.Music26Input,
            _model_music_2_6.Music26Output,
            given,
        )

    async def speech_2_8_hd(
        self,
        *,
        text: str,
        voice_id: str,
        speed: float,
        volume: float,
        pitch: int,
        format: Literal["mp3", "flac", "wav"],
        emotion: Literal["happy", "sad", "angry", "fearful", "disgusted", "surprised", "calm", "fluent"] | NotGiven = NOT_GIVEN,
        sample_rate: Literal[8000, 16000, 22050, 24000, 32000, 44100] | NotGiven = NOT_GIVEN,
    ) -> _model_speech_2_8_hd.Speech28HdOutput:
        """Run ``minimax/speech-2.8-hd``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to convert to speech. Maximum 10,000 characters.
            voice_id: The voice ID to use for synthesis
            speed: Speech speed (0.5 to 2)
            volume: Speech volume (0 to 10)
            pitch: Pitch adjustment (-12 to 12)
            format: Output audio format
            emotion: Emotion control for synthesized speech
            sample_rate: Audio sample rate

        Returns:
            The parsed ``Speech28HdOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.minimax import (
            speech_2_8_hd as _model_speech_2_8_hd,
        )

        given: dict[str, object] = {
            "text": text,
            "voice_id": voice_id,
            "speed": speed,
            "volume": volume,
            "pitch": pitch,
            "format": format,
            "emotion": emotion,
            "sample_rate": sample_rate,
        }
        return await self._client._run_model(
            "minimax/speech-2.8-hd",
            _model_speech_2_8_hd.Speech28HdInput,
            _model_speech_2_8_hd.Speech28HdOutput,
            given,
        )
