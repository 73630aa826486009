"""The ``xai`` namespace of the client: 3 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ...models.xai import (
        grok_imagine_image as _model_grok_imagine_image,
    )
    from ...models.xai import (
        grok_imagine_image_2_0 as _model_grok_imagine_image_2_0,
    )
    from ...models.xai import (
        grok_imagine_video as _model_grok_imagine_video,
    )

__all__ = ["AsyncXaiNamespace", "XaiNamespace"]


class XaiNamespace:
    """Models below ``client.xai``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def grok_imagine_image(
        self,
        *,
        prompt: str,
        n: int | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2", "9:19.5", "19.5:9", "9:20", "20:9", "1:2", "2:1", "auto"] | NotGiven = NOT_GIVEN,
        quality: Literal["low", "medium", "high"] | NotGiven = NOT_GIVEN,
        resolution: Literal["1k", "2k"] | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        image: _model_grok_imagine_image.Image | NotGiven = NOT_GIVEN,
        images: list[_model_grok_imagine_image.Image] | NotGiven = NOT_GIVEN,
        mask: _model_grok_imagine_image.Mask | NotGiven = NOT_GIVEN,
    ) -> _model_grok_imagine_image.GrokImagineImageOutput:
        """Run ``xai/grok-imagine-image``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            n: (not described)
            aspect_ratio: (not described)
            quality: (not described)
            resolution: (not described)
            response_format: (not described)
            user: (not described)
            image: (not described)
            images: (not described)
            mask: (not described)

        Returns:
            The parsed ``GrokImagineImageOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.xai import (
            grok_imagine_image as _model_grok_imagine_image,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "n": n,
            "aspect_ratio": aspect_ratio,
            "quality": quality,
            "resolution": resolution,
            "response_format": response_format,
            "user": user,
            "image": image,
            "images": images,
            "mask": mask,
        }
        return self._client._run_model(
            "xai/grok-imagine-image",
            _model_grok_imagine_image.GrokImagineImageInput,
            _model_grok_imagine_image.GrokImagineImageOutput,
            given,
        )

    def grok_imagine_image_2_0(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2", "9:19.5", "19.5:9", "9:20", "20:9", "1:2", "2:1", "auto"] | NotGiven = NOT_GIVEN,
        quality: Literal["low", "medium"] | NotGiven = NOT_GIVEN,
        resolution: Literal["1k", "2k"] | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        image: _model_grok_imagine_image_2_0.Image | NotGiven = NOT_GIVEN,
        images: list[_model_grok_imagine_image_2_0.Image] | NotGiven = NOT_GIVEN,
        mask: _model_grok_imagine_image_2_0.Mask | NotGiven = NOT_GIVEN,
    ) -> _model_grok_imagine_image_2_0.GrokImagineImage20Output:
        """Run ``xai/grok-imagine-image-2.0``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            aspect_ratio: (not described)
            quality: (not described)
            resolution: (not described)
            response_format: (not described)
            user: (not described)
            image: (not described)
            images: (not described)
            mask: (not described)

        Returns:
            The parsed ``GrokImagineImage20Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.xai import (
            grok_imagine_image_2_0 as _model_grok_imagine_image_2_0,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "quality": quality,
            "resolution": resolution,
            "response_format": response_format,
            "user": user,
            "image": image,
            "images": images,
            "mask": mask,
        }
        return self._client._run_model(
            "xai/grok-imagine-image-2.0",
            _model_grok_imagine_image_2_0.GrokImagineImage20Input,
            _model_grok_imagine_image_2_0.GrokImagineImage20Output,
            given,
        )

    def grok_imagine_video(
        self,
        *,
        field_operation: Literal["generate", "edit", "extend"] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | NotGiven = NOT_GIVEN,
        resolution: Literal["480p", "720p"] | NotGiven = NOT_GIVEN,
        size: Literal["848x480", "1696x960", "1280x720", "1920x1080"] | NotGiven = NOT_GIVEN,
        image: _model_grok_imagine_video.Image | NotGiven = NOT_GIVEN,
        video: _model_grok_imagine_video.Video | NotGiven = NOT_GIVEN,
        reference_images: list[_model_grok_imagine_video.ReferenceImage] | NotGiven = NOT_GIVEN,
        output: _model_grok_imagine_video.Output | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
    ) -> _model_grok_imagine_video.GrokImagineVideoOutput:
        """Run ``xai/grok-imagine-video``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            field_operation: (not described)
            prompt: (not described)
            duration: (not described)
            aspect_ratio: (not described)
            resolution: (not described)
            size: (not described)
            image: (not described)
            video: (not described)
            reference_images: (not described)
            output: (not described)
            user: (not described)

        Returns:
            The parsed ``GrokImagineVideoOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.xai import (
            grok_imagine_video as _model_grok_imagine_video,
        )

        given: dict[str, object] = {
            "_operation": field_operation,
            "prompt": prompt,
            "duration": duration,
            "aspect_ratio": aspect_ratio,
            "resolution": resolution,
            "size": size,
            "image": image,
            "video": video,
            "reference_images": reference_images,
            "output": output,
            "user": user,
        }
        return self._client._run_model(
            "xai/grok-imagine-video",
            _model_grok_imagine_video.GrokImagineVideoInput,
            _model_grok_imagine_video.GrokImagineVideoOutput,
            given,
        )


class AsyncXaiNamespace:
    """Models below ``client.xai``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def grok_imagine_image(
        self,
        *,
        prompt: str,
        n: int | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2", "9:19.5", "19.5:9", "9:20", "20:9", "1:2", "2:1", "auto"] | NotGiven = NOT_GIVEN,
        quality: Literal["low", "medium", "high"] | NotGiven = NOT_GIVEN,
        resolution: Literal["1k", "2k"] | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        image: _model_grok_imagine_image.Image | NotGiven = NOT_GIVEN,
        images: list[_model_grok_imagine_image.Image] | NotGiven = NOT_GIVEN,
        mask: _model_grok_imagine_image.Mask | NotGiven = NOT_GIVEN,
    ) -> _model_grok_imagine_image.GrokImagineImageOutput:
        """Run ``xai/grok-imagine-image``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            n: (not described)
            aspect_ratio: (not described)
            quality: (not described)
            resolution: (not described)
            response_format: (not described)
            user: (not described)
            image: (not described)
            images: (not described)
            mask: (not described)

        Returns:
            The parsed ``GrokImagineImageOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.xai import (
            grok_imagine_image as _model_grok_imagine_image,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "n": n,
            "aspect_ratio": aspect_ratio,
            "quality": quality,
            "resolution": resolution,
            "response_format": response_format,
            "user": user,
            "image": image,
            "images": images,
            "mask": mask,
        }
        return await self._client._run_model(
            "xai/grok-imagine-image",
            _model_grok_imagine_image.GrokImagineImageInput,
            _model_grok_imagine_image.GrokImagineImageOutput,
            given,
        )

    async def grok_imagine_image_2_0(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2", "9:19.5", "19.5:9", "9:20", "20:9", "1:2", "2:1", "auto"] | NotGiven = NOT_GIVEN,
        quality: Literal["low", "medium"] | NotGiven = NOT_GIVEN,
        resolution: Literal["1k", "2k"] | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        image: _model_grok_imagine_image_2_0.Image | NotGiven = NOT_GIVEN,
        images: list[_model_grok_imagine_image_2_0.Image] | NotGiven = NOT_GIVEN,
        mask: _model_grok_imagine_image_2_0.Mask | NotGiven = NOT_GIVEN,
    ) -> _model_grok_imagine_image_2_0.GrokImagineImage20Output:
        """Run ``xai/grok-imagine-image-2.0``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            aspect_ratio: (not described)
            quality: (not described)
            resolution: (not described)
            response_format: (not described)
            user: (not described)
            image: (not described)
            images: (not described)
            mask: (not described)

        Returns:
            The parsed ``GrokImagineImage20Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.xai import (
            grok_imagine_image_2_0 as _model_grok_imagine_image_2_0,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "quality": quality,
            "resolution": resolution,
            "response_format": response_format,
            "user": user,
            "image": image,
            "images": images,
            "mask": mask,
        }
        return await self._client._run_model(
            "xai/grok-imagine-image-2.0",
            _model_grok_imagine_image_2_0.GrokImagineImage20Input,
            _model_grok_imagine_image_2_0.GrokImagineImage20Output,
            given,
        )

    async def grok_imagine_video(
        self,
        *,
        field_operation: Literal["generate", "edit", "extend"] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | NotGiven = NOT_GIVEN,
        resolution: Literal["480p", "720p"] | NotGiven = NOT_GIVEN,
        size: Literal["848x480", "1696x960", "1280x720", "1920x1080"] | NotGiven = NOT_GIVEN,
        image: _model_grok_imagine_video.Image | NotGiven = NOT_GIVEN,
        video: _model_grok_imagine_video.Video | NotGiven = NOT_GIVEN,
        reference_images: list[_model_grok_imagine_video.ReferenceImage] | NotGiven = NOT_GIVEN,
        output: _model_grok_imagine_video.Output | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
    ) -> _model_grok_imagine_video.GrokImagineVideoOutput:
        """Run ``xai/grok-imagine-video``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            field_operation: (not described)
            prompt: (not described)
            duration: (not described)
            aspect_ratio: (not described)
            resolution: (not described)
            size: (not described)
            image: (not described)
            video: (not described)
            reference_images: (not described)
            output: (not described)
            user: (not described)

        Returns:
            The parsed ``GrokImagineVideoOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.xai import (
            grok_imagine_video as _model_grok_imagine_video,
        )

        given: dict[str, object] = {
            "_operation": field_operation,
            "prompt": prompt,
            "duration": duration,
            "aspect_ratio": aspect_ratio,
            "resolution": resolution,
            "size": size,
            "image": image,
            "video": video,
            "reference_images": reference_images,
            "output": output,
            "user": user,
        }
        return await self._client._run_model(
            "xai/grok-imagine-video",
            _model_grok_imagine_video.GrokImagineVideoInput,
            _model_grok_imagine_video.GrokImagineVideoOutput,
            given,
        )
