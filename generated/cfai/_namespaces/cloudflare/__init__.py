"""The ``cloudflare`` namespace of the client: 7 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ...models.cloudflare import (
        i2v as _model_i2v,
    )
    from ...models.cloudflare import (
        image as _model_image,
    )
    from ...models.cloudflare import (
        image_edit as _model_image_edit,
    )
    from ...models.cloudflare import (
        music as _model_music,
    )
    from ...models.cloudflare import (
        stt as _model_stt,
    )
    from ...models.cloudflare import (
        tts as _model_tts,
    )
    from ...models.cloudflare import (
        video as _model_video,
    )

__all__ = ["AsyncCloudflareNamespace", "CloudflareNamespace"]


class CloudflareNamespace:
    """Models below ``client.cloudflare``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def i2v(
        self,
        *,
        prompt: str,
        image: str,
    ) -> _model_i2v.I2vOutput:
        """Run ``cloudflare/i2v``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the video to generate
            image: Base64-encoded reference image for image-to-video generation

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``I2vOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.cloudflare import (
            i2v as _model_i2v,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "image": image,
        }
        return self._client._run_model(
            "cloudflare/i2v",
            _model_i2v.I2vInput,
            _model_i2v.I2vOutput,
            given,
        )

    def image(
        self,
        *,
        prompt: str,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        quality: Literal["draft", "standard", "high"] | NotGiven = NOT_GIVEN,
    ) -> _model_image.ImageOutput:
        """Run ``cloudflare/image``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            width: (not described)
            height: (not described)
            quality: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``ImageOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.cloudflare import (
            image as _model_image,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "width": width,
            "height": height,
            "quality": quality,
        }
        return self._client._run_model(
            "cloudflare/image",
            _model_image.ImageInput,
            _model_image.ImageOutput,
            given,
        )

    def image_edit(
        self,
        *,
        prompt: str,
        image: str,
    ) -> _model_image_edit.ImageEditOutput:
        """Run ``cloudflare/image-edit``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the desired image edits
            image: Data URI or URL of the input image to edit

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``ImageEditOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.cloudflare import (
            image_edit as _model_image_edit,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "image": image,
        }
        return self._client._run_model(
            "cloudflare/image-edit",
            _model_image_edit.ImageEditInput,
            _model_image_edit.ImageEditOutput,
            given,
        )

    def music(
        self,
        *,
        prompt: str,
        lyrics: str | NotGiven = NOT_GIVEN,
        instrumental: bool | NotGiven = NOT_GIVEN,
    ) -> _model_music.MusicOutput:
        """Run ``cloudflare/music``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Description of the music style, mood, and scenario
            lyrics: Song lyrics
            instrumental: Generate instrumental music (no vocals)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/audio)

        Returns:
            The parsed ``MusicOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.cloudflare import (
            music as _model_music,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "lyrics": lyrics,
            "instrumental": instrumental,
        }
        return self._client._run_model(
            "cloudflare/music",
            _model_music.MusicInput,
            _model_music.MusicOutput,
            given,
        )

    def stt(
        self,
        *,
        audio: str,
    ) -> _model_stt.SttOutput:
        """Run ``cloudflare/stt``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            audio: Data URI of the audio file to transcribe.

        Returns:
            The parsed ``SttOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.cloudflare import (
            stt as _model_stt,
        )

        given: dict[str, object] = {
            "audio": audio,
        }
        return self._client._run_model(
            "cloudflare/stt",
            _model_stt.SttInput,
            _model_stt.SttOutput,
            given,
        )

    def tts(
        self,
        *,
        text: str,
    ) -> _model_tts.TtsOutput:
        """Run ``cloudflare/tts``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to generate audio for.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/audio)

        Returns:
            The parsed ``TtsOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.cloudflare import (
            tts as _model_tts,
        )

        given: dict[str, object] = {
            "text": text,
        }
        return self._client._run_model(
            "cloudflare/tts",
            _model_tts.TtsInput,
            _model_tts.TtsOutput,
            given,
        )

    def video(
        self,
        *,
        prompt: str,
    ) -> _model_video.VideoOutput:
        """Run ``cloudflare/video``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the video to generate

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``VideoOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.cloudflare import (
            video as _model_video,
        )

        given: dict[str, object] = {
            "prompt": prompt,
        }
        return self._client._run_model(
            "cloudflare/video",
            _model_video.VideoInput,
            _model_video.VideoOutput,
            given,
        )


class AsyncCloudflareNamespace:
    """Models below ``client.cloudflare``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def i2v(
        self,
        *,
        prompt: str,
        image: str,
    ) -> _model_i2v.I2vOutput:
        """Run ``cloudflare/i2v``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the video to generate
            image: Base64-encoded reference image for image-to-video generation

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``I2vOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.cloudflare import (
            i2v as _model_i2v,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "image": image,
        }
        return await self._client._run_model(
            "cloudflare/i2v",
            _model_i2v.I2vInput,
            _model_i2v.I2vOutput,
            given,
        )

    async def image(
        self,
        *,
        prompt: str,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        quality: Literal["draft", "standard", "high"] | NotGiven = NOT_GIVEN,
    ) -> _model_image.ImageOutput:
        """Run ``cloudflare/image``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            width: (not described)
            height: (not described)
            quality: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``ImageOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.cloudflare import (
            image as _model_image,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "width": width,
            "height": height,
            "quality": quality,
        }
        return await self._client._run_model(
            "cloudflare/image",
            _model_image.ImageInput,
            _model_image.ImageOutput,
            given,
        )

    async def image_edit(
        self,
        *,
        prompt: str,
        image: str,
    ) -> _model_image_edit.ImageEditOutput:
        """Run ``cloudflare/image-edit``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the desired image edits
            image: Data URI or URL of the input image to edit

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``ImageEditOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.cloudflare import (
            image_edit as _model_image_edit,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "image": image,
        }
        return await self._client._run_model(
            "cloudflare/image-edit",
            _model_image_edit.ImageEditInput,
            _model_image_edit.ImageEditOutput,
            given,
        )

    async def music(
        self,
        *,
        prompt: str,
        lyrics: str | NotGiven = NOT_GIVEN,
        instrumental: bool | NotGiven = NOT_GIVEN,
    ) -> _model_music.MusicOutput:
        """Run ``cloudflare/music``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Description of the music style, mood, and scenario
            lyrics: Song lyrics
            instrumental: Generate instrumental music (no vocals)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/audio)

        Returns:
            The parsed ``MusicOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.cloudflare import (
            music as _model_music,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "lyrics": lyrics,
            "instrumental": instrumental,
        }
        return await self._client._run_model(
            "cloudflare/music",
            _model_music.MusicInput,
            _model_music.MusicOutput,
            given,
        )

    async def stt(
        self,
        *,
        audio: str,
    ) -> _model_stt.SttOutput:
        """Run ``cloudflare/stt``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            audio: Data URI of the audio file to transcribe.

        Returns:
            The parsed ``SttOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.cloudflare import (
            stt as _model_stt,
        )

        given: dict[str, object] = {
            "audio": audio,
        }
        return await self._client._run_model(
            "cloudflare/stt",
            _model_stt.SttInput,
            _model_stt.SttOutput,
            given,
        )

    async def tts(
        self,
        *,
        text: str,
    ) -> _model_tts.TtsOutput:
        """Run ``cloudflare/tts``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to generate audio for.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/audio)

        Returns:
            The parsed ``TtsOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.cloudflare import (
            tts as _model_tts,
        )

        given: dict[str, object] = {
            "text": text,
        }
        return await self._client._run_model(
            "cloudflare/tts",
            _model_tts.TtsInput,
            _model_tts.TtsOutput,
            given,
        )

    async def video(
        self,
        *,
        prompt: str,
    ) -> _model_video.VideoOutput:
        """Run ``cloudflare/video``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the video to generate

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``VideoOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.cloudflare import (
            video as _model_video,
        )

        given: dict[str, object] = {
            "prompt": prompt,
        }
        return await self._client._run_model(
            "cloudflare/video",
            _model_video.VideoInput,
            _model_video.VideoOutput,
            given,
        )
