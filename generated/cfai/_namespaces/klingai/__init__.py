"""The ``klingai`` namespace of the client: 3 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ...models.klingai import (
        kling_v3 as _model_kling_v3,
    )
    from ...models.klingai import (
        kling_v3_image as _model_kling_v3_image,
    )
    from ...models.klingai import (
        kling_v3_omni as _model_kling_v3_omni,
    )

__all__ = ["AsyncKlingaiNamespace", "KlingaiNamespace"]


class KlingaiNamespace:
    """Models below ``client.klingai``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def kling_v3(
        self,
        *,
        prompt: str,
        duration: int,
        aspect_ratio: Literal["16:9", "9:16", "1:1"],
        sound: Literal["on", "off"],
        negative_prompt: str | NotGiven = NOT_GIVEN,
        image_input: str | NotGiven = NOT_GIVEN,
    ) -> _model_kling_v3.KlingV3Output:
        """Run ``klingai/kling-v3``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the video to generate
            duration: Video duration in seconds
            aspect_ratio: Video aspect ratio
            sound: Whether to generate sound with the video
            negative_prompt: Negative text prompt
            image_input: Base64-encoded reference image for i2v

        Returns:
            The parsed ``KlingV3Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.klingai import (
            kling_v3 as _model_kling_v3,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "duration": duration,
            "aspect_ratio": aspect_ratio,
            "sound": sound,
            "negative_prompt": negative_prompt,
            "image_input": image_input,
        }
        return self._client._run_model(
            "klingai/kling-v3",
            _model_kling_v3.KlingV3Input,
            _model_kling_v3.KlingV3Output,
            given,
        )

    def kling_v3_image(
        self,
        *,
        prompt: str,
        resolution: Literal["1k", "2k"],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"],
        negative_prompt: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
    ) -> _model_kling_v3_image.KlingV3ImageOutput:
        """Run ``klingai/kling-v3-image``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the image to generate
            resolution: Image generation resolution (1k: standard, 2k: high-res)
            aspect_ratio: Aspect ratio of generated images
            negative_prompt: Negative text prompt
            image: Reference image (Base64 encoding or URL) for image-to-image

        Returns:
            The parsed ``KlingV3ImageOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.klingai import (
            kling_v3_image as _model_kling_v3_image,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "resolution": resolution,
            "aspect_ratio": aspect_ratio,
            "negative_prompt": negative_prompt,
            "image": image,
        }
        return self._client._run_model(
            "klingai/kling-v3-image",
            _model_kling_v3_image.KlingV3ImageInput,
            _model_kling_v3_image.KlingV3ImageOutput,
            given,
        )

    def kling_v3_omni(
        self,
        *,
        prompt: str,
        duration: int,
        aspect_ratio: Literal["16:9", "9:16", "1:1"],
        sound: Literal["on", "off"],
        negative_prompt: str | NotGiven = NOT_GIVEN,
        image_input: str | NotGiven = NOT_GIVEN,
    ) -> _model_kling_v3_omni.KlingV3OmniOutput:
        """Run ``klingai/kling-v3-omni``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the video to generate
            duration: Video duration in seconds
            aspect_ratio: Video aspect ratio
            sound: Whether to generate sound with the video
            negative_prompt: Negative text prompt
            image_input: Base64-encoded reference image for i2v

        Returns:
            The parsed ``KlingV3OmniOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.klingai import (
            kling_v3_omni as _model_kling_v3_omni,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "duration": duration,
            "aspect_ratio": aspect_ratio,
            "sound": sound,
            "negative_prompt": negative_prompt,
            "image_input": image_input,
        }
        return self._client._run_model(
            "klingai/kling-v3-omni",
            _model_kling_v3_omni.KlingV3OmniInput,
            _model_kling_v3_omni.KlingV3OmniOutput,
            given,
        )


class AsyncKlingaiNamespace:
    """Models below ``client.klingai``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def kling_v3(
        self,
        *,
        prompt: str,
        duration: int,
        aspect_ratio: Literal["16:9", "9:16", "1:1"],
        sound: Literal["on", "off"],
        negative_prompt: str | NotGiven = NOT_GIVEN,
        image_input: str | NotGiven = NOT_GIVEN,
    ) -> _model_kling_v3.KlingV3Output:
        """Run ``klingai/kling-v3``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the video to generate
            duration: Video duration in seconds
            aspect_ratio: Video aspect ratio
            sound: Whether to generate sound with the video
            negative_prompt: Negative text prompt
            image_input: Base64-encoded reference image for i2v

        Returns:
            The parsed ``KlingV3Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.klingai import (
            kling_v3 as _model_kling_v3,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "duration": duration,
            "aspect_ratio": aspect_ratio,
            "sound": sound,
            "negative_prompt": negative_prompt,
            "image_input": image_input,
        }
        return await self._client._run_model(
            "klingai/kling-v3",
            _model_kling_v3.KlingV3Input,
            _model_kling_v3.KlingV3Output,
            given,
        )

    async def kling_v3_image(
        self,
        *,
        prompt: str,
        resolution: Literal["1k", "2k"],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"],
        negative_prompt: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
    ) -> _model_kling_v3_image.KlingV3ImageOutput:
        """Run ``klingai/kling-v3-image``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the image to generate
            resolution: Image generation resolution (1k: standard, 2k: high-res)
            aspect_ratio: Aspect ratio of generated images
            negative_prompt: Negative text prompt
            image: Reference image (Base64 encoding or URL) for image-to-image

        Returns:
            The parsed ``KlingV3ImageOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.klingai import (
            kling_v3_image as _model_kling_v3_image,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "resolution": resolution,
            "aspect_ratio": aspect_ratio,
            "negative_prompt": negative_prompt,
            "image": image,
        }
        return await self._client._run_model(
            "klingai/kling-v3-image",
            _model_kling_v3_image.KlingV3ImageInput,
            _model_kling_v3_image.KlingV3ImageOutput,
            given,
        )

    async def kling_v3_omni(
        self,
        *,
        prompt: str,
        duration: int,
        aspect_ratio: Literal["16:9", "9:16", "1:1"],
        sound: Literal["on", "off"],
        negative_prompt: str | NotGiven = NOT_GIVEN,
        image_input: str | NotGiven = NOT_GIVEN,
    ) -> _model_kling_v3_omni.KlingV3OmniOutput:
        """Run ``klingai/kling-v3-omni``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the video to generate
            duration: Video duration in seconds
            aspect_ratio: Video aspect ratio
            sound: Whether to generate sound with the video
            negative_prompt: Negative text prompt
            image_input: Base64-encoded reference image for i2v

        Returns:
            The parsed ``KlingV3OmniOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.klingai import (
            kling_v3_omni as _model_kling_v3_omni,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "duration": duration,
            "aspect_ratio": aspect_ratio,
            "sound": sound,
            "negative_prompt": negative_prompt,
            "image_input": image_input,
        }
        return await self._client._run_model(
            "klingai/kling-v3-omni",
            _model_kling_v3_omni.KlingV3OmniInput,
            _model_kling_v3_omni.KlingV3OmniOutput,
            given,
        )
