"""The ``pixverse`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ...models.pixverse import (
        v5_6 as _model_v5_6,
    )

__all__ = ["AsyncPixverseNamespace", "PixverseNamespace"]


class PixverseNamespace:
    """Models below ``client.pixverse``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def v5_6(
        self,
        *,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"],
        duration: Literal[5, 8, 10],
        generate_audio: bool,
        prompt: str,
        quality: Literal["360p", "540p", "720p", "1080p"],
        image_input: str | NotGiven = NOT_GIVEN,
        motion_mode: Literal["normal", "fast"] | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
    ) -> _model_v5_6.V56Output:
        """Run ``pixverse/v5.6``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            aspect_ratio: Video aspect ratio
            duration: Video duration in seconds
            generate_audio: Whether to generate audio with the video
            prompt: Text prompt describing the video to generate
            quality: Video quality
            image_input: Base64-encoded reference image for image-to-video generation
                (data:image/...;base64,...). The image will be uploaded to Pixverse automatically.
            motion_mode: Motion mode (fast only available when duration=5; 1080p does not support
                fast)
            negative_prompt: Negative text prompt
            seed: Random seed for reproducibility

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``V56Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.pixverse import (
            v5_6 as _model_v5_6,
        )

        given: dict[str, object] = {
            "aspect_ratio": aspect_ratio,
            "duration": duration,
            "generate_audio": generate_audio,
            "prompt": prompt,
            "quality": quality,
            "image_input": image_input,
            "motion_mode": motion_mode,
            "negative_prompt": negative_prompt,
            "seed": seed,
        }
        return self._client._run_model(
            "pixverse/v5.6",
            _model_v5_6.V56Input,
            _model_v5_6.V56Output,
            given,
        )


class AsyncPixverseNamespace:
    """Models below ``client.pixverse``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def v5_6(
        self,
        *,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"],
        duration: Literal[5, 8, 10],
        generate_audio: bool,
        prompt: str,
        quality: Literal["360p", "540p", "720p", "1080p"],
        image_input: str | NotGiven = NOT_GIVEN,
        motion_mode: Literal["normal", "fast"] | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
    ) -> _model_v5_6.V56Output:
        """Run ``pixverse/v5.6``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            aspect_ratio: Video aspect ratio
            duration: Video duration in seconds
            generate_audio: Whether to generate audio with the video
            prompt: Text prompt describing the video to generate
            quality: Video quality
            image_input: Base64-encoded reference image for image-to-video generation
                (data:image/...;base64,...). The image will be uploaded to Pixverse automatically.
            motion_mode: Motion mode (fast only available when duration=5; 1080p does not support
                fast)
            negative_prompt: Negative text prompt
            seed: Random seed for reproducibility

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``V56Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.pixverse import (
            v5_6 as _model_v5_6,
        )

        given: dict[str, object] = {
            "aspect_ratio": aspect_ratio,
            "duration": duration,
            "generate_audio": generate_audio,
            "prompt": prompt,
            "quality": quality,
            "image_input": image_input,
            "motion_mode": motion_mode,
            "negative_prompt": negative_prompt,
            "seed": seed,
        }
        return await self._client._run_model(
            "pixverse/v5.6",
            _model_v5_6.V56Input,
            _model_v5_6.V56Output,
            given,
        )
