"""The ``black_forest_labs`` namespace of the client: 5 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ...models.black_forest_labs import (
        flux_1_kontext_max as _model_flux_1_kontext_max,
    )
    from ...models.black_forest_labs import (
        flux_1_kontext_pro as _model_flux_1_kontext_pro,
    )
    from ...models.black_forest_labs import (
        flux_2_klein_9b as _model_flux_2_klein_9b,
    )
    from ...models.black_forest_labs import (
        flux_2_max as _model_flux_2_max,
    )
    from ...models.black_forest_labs import (
        flux_3_video as _model_flux_3_video,
    )

__all__ = ["AsyncBlackForestLabsNamespace", "BlackForestLabsNamespace"]


class BlackForestLabsNamespace:
    """Models below ``client.black_forest_labs``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def flux_1_kontext_max(
        self,
        *,
        prompt: str,
        input_image: str | NotGiven | None = NOT_GIVEN,
        aspect_ratio: str | NotGiven | None = NOT_GIVEN,
        seed: _model_flux_1_kontext_max.Seed | NotGiven | None = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        safety_tolerance: int | NotGiven = NOT_GIVEN,
        output_format: Literal["jpeg", "png"] | NotGiven = NOT_GIVEN,
    ) -> _model_flux_1_kontext_max.Flux1KontextMaxOutput:
        """Run ``black-forest-labs/flux-1-kontext-max``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt for image generation or editing.
            input_image: Optional base64 encoded image or URL to edit.
            aspect_ratio: Output aspect ratio, from 3:7 to 7:3. Defaults to 1:1.
            seed: Optional seed for reproducible generation.
            prompt_upsampling: Whether to upsample the prompt. Defaults to false.
            safety_tolerance: Moderation tolerance. 0 is strictest and 6 is most permissive.
            output_format: Output image format. Defaults to jpeg.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``Flux1KontextMaxOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.black_forest_labs import (
            flux_1_kontext_max as _model_flux_1_kontext_max,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "input_image": input_image,
            "aspect_ratio": aspect_ratio,
            "seed": seed,
            "prompt_upsampling": prompt_upsampling,
            "safety_tolerance": safety_tolerance,
            "output_format": output_format,
        }
        return self._client._run_model(
            "black-forest-labs/flux-1-kontext-max",
            _model_flux_1_kontext_max.Flux1KontextMaxInput,
            _model_flux_1_kontext_max.Flux1KontextMaxOutput,
            given,
        )

    def flux_1_kontext_pro(
        self,
        *,
        prompt: str,
        input_image: str | NotGiven | None = NOT_GIVEN,
        aspect_ratio: str | NotGiven | None = NOT_GIVEN,
        seed: _model_flux_1_kontext_pro.Seed | NotGiven | None = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        safety_tolerance: int | NotGiven = NOT_GIVEN,
        output_format: Literal["jpeg", "png"] | NotGiven = NOT_GIVEN,
    ) -> _model_flux_1_kontext_pro.Flux1KontextProOutput:
        """Run ``black-forest-labs/flux-1-kontext-pro``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt for image generation or editing.
            input_image: Optional base64 encoded image or URL to edit.
            aspect_ratio: Output aspect ratio, from 3:7 to 7:3. Defaults to 1:1.
            seed: Optional seed for reproducible generation.
            prompt_upsampling: Whether to upsample the prompt. Defaults to false.
            safety_tolerance: Moderation tolerance. 0 is strictest and 6 is most permissive.
            output_format: Output image format. Defaults to jpeg.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``Flux1KontextProOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.black_forest_labs import (
            flux_1_kontext_pro as _model_flux_1_kontext_pro,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "input_image": input_image,
            "aspect_ratio": aspect_ratio,
            "seed": seed,
            "prompt_upsampling": prompt_upsampling,
            "safety_tolerance": safety_tolerance,
            "output_format": output_format,
        }
        return self._client._run_model(
            "black-forest-labs/flux-1-kontext-pro",
            _model_flux_1_kontext_pro.Flux1KontextProInput,
            _model_flux_1_kontext_pro.Flux1KontextProOutput,
            given,
        )

    def flux_2_klein_9b(
        self,
        *,
        prompt: str,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        num_steps: float | NotGiven = NOT_GIVEN,
        guidance: float | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
    ) -> _model_flux_2_klein_9b.Flux2Klein9bOutput:
        """Run ``black-forest-labs/flux-2-klein-9b``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            width: (not described)
            height: (not described)
            num_steps: (not described)
            guidance: (not described)
            seed: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``Flux2Klein9bOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.black_forest_labs import (
            flux_2_klein_9b as _model_flux_2_klein_9b,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "width": width,
            "height": height,
            "num_steps": num_steps,
            "guidance": guidance,
            "seed": seed,
        }
        return self._client._run_model(
            "black-forest-labs/flux-2-klein-9b",
            _model_flux_2_klein_9b.Flux2Klein9bInput,
            _model_flux_2_klein_9b.Flux2Klein9bOutput,
            given,
        )

    def flux_2_max(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        safety_tolerance: int | NotGiven = NOT_GIVEN,
        output_format: Literal["jpeg", "png", "webp"] | NotGiven = NOT_GIVEN,
        input_images: list[str] | NotGiven = NOT_GIVEN,
    ) -> _model_flux_2_max.Flux2MaxOutput:
        """Run ``black-forest-labs/flux-2-max``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt for image generation or editing.
            seed: Optional seed for reproducible generation.
            width: Width of the generated image in pixels (minimum 64). Omit to let BFL pick.
            height: Height of the generated image in pixels (minimum 64). Omit to let BFL pick.
            safety_tolerance: Tolerance for input/output moderation. 0 is the strictest, 5 the most
                permissive. Defaults to 2.
            output_format: Output image format. Defaults to jpeg.
            input_images: Up to 8 reference images for editing or multi-image composition. Each
                entry is an HTTPS URL or a data:image/...;base64,... URI.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``Flux2MaxOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.black_forest_labs import (
            flux_2_max as _model_flux_2_max,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "seed": seed,
            "width": width,
            "height": height,
            "safety_tolerance": safety_tolerance,
            "output_format": output_format,
            "input_images": input_images,
        }
        return self._client._run_model(
            "black-forest-labs/flux-2-max",
            _model_flux_2_max.Flux2MaxInput,
            _model_flux_2_max.Flux2MaxOutput,
            given,
        )

    def flux_3_video(
        self,
        input: _model_flux_3_video.Flux3VideoInput | Mapping[str, Any],
    ) -> _model_flux_3_video.Flux3VideoOutput:
        """Run ``black-forest-labs/flux-3-video``.

        Args:
            input: a ``Flux3VideoInput``, or a dict validated into one.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Flux3VideoOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.black_forest_labs import (
            flux_3_video as _model_flux_3_video,
        )

        given: object = input
        return self._client._run_model(
            "black-forest-labs/flux-3-video",
            _model_flux_3_video.Flux3VideoInput,
            _model_flux_3_video.Flux3VideoOutput,
            given,
        )


class AsyncBlackForestLabsNamespace:
    """Models below ``client.black_forest_labs``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def flux_1_kontext_max(
        self,
        *,
        prompt: str,
        input_image: str | NotGiven | None = NOT_GIVEN,
        aspect_ratio: str | NotGiven | None = NOT_GIVEN,
        seed: _model_flux_1_kontext_max.Seed | NotGiven | None = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        safety_tolerance: int | NotGiven = NOT_GIVEN,
        output_format: Literal["jpeg", "png"] | NotGiven = NOT_GIVEN,
    ) -> _model_flux_1_kontext_max.Flux1KontextMaxOutput:
        """Run ``black-forest-labs/flux-1-kontext-max``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt for image generation or editing.
            input_image: Optional base64 encoded image or URL to edit.
            aspect_ratio: Output aspect ratio, from 3:7 to 7:3. Defaults to 1:1.
            seed: Optional seed for reproducible generation.
            prompt_upsampling: Whether to upsample the prompt. Defaults to false.
            safety_tolerance: Moderation tolerance. 0 is strictest and 6 is most permissive.
            output_format: Output image format. Defaults to jpeg.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``Flux1KontextMaxOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.black_forest_labs import (
            flux_1_kontext_max as _model_flux_1_kontext_max,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "input_image": input_image,
            "aspect_ratio": aspect_ratio,
            "seed": seed,
            "prompt_upsampling": prompt_upsampling,
            "safety_tolerance": safety_tolerance,
            "output_format": output_format,
        }
        return await self._client._run_model(
            "black-forest-labs/flux-1-kontext-max",
            _model_flux_1_kontext_max.Flux1KontextMaxInput,
            _model_flux_1_kontext_max.Flux1KontextMaxOutput,
            given,
        )

    async def flux_1_kontext_pro(
        self,
        *,
        prompt: str,
        input_image: str | NotGiven | None = NOT_GIVEN,
        aspect_ratio: str | NotGiven | None = NOT_GIVEN,
        seed: _model_flux_1_kontext_pro.Seed | NotGiven | None = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        safety_tolerance: int | NotGiven = NOT_GIVEN,
        output_format: Literal["jpeg", "png"] | NotGiven = NOT_GIVEN,
    ) -> _model_flux_1_kontext_pro.Flux1KontextProOutput:
        """Run ``black-forest-labs/flux-1-kontext-pro``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt for image generation or editing.
            input_image: Optional base64 encoded image or URL to edit.
            aspect_ratio: Output aspect ratio, from 3:7 to 7:3. Defaults to 1:1.
            seed: Optional seed for reproducible generation.
            prompt_upsampling: Whether to upsample the prompt. Defaults to false.
            safety_tolerance: Moderation tolerance. 0 is strictest and 6 is most permissive.
            output_format: Output image format. Defaults to jpeg.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``Flux1KontextProOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.black_forest_labs import (
            flux_1_kontext_pro as _model_flux_1_kontext_pro,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "input_image": input_image,
            "aspect_ratio": aspect_ratio,
            "seed": seed,
            "prompt_upsampling": prompt_upsampling,
            "safety_tolerance": safety_tolerance,
            "output_format": output_format,
        }
        return await self._client._run_model(
            "black-forest-labs/flux-1-kontext-pro",
            _model_flux_1_kontext_pro.Flux1KontextProInput,
            _model_flux_1_kontext_pro.Flux1KontextProOutput,
            given,
        )

    async def flux_2_klein_9b(
        self,
        *,
        prompt: str,
        width: float | NotGiven = NOT_GIVEN,
        height: float | NotGiven = NOT_GIVEN,
        num_steps: float | NotGiven = NOT_GIVEN,
        guidance: float | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
    ) -> _model_flux_2_klein_9b.Flux2Klein9bOutput:
        """Run ``black-forest-labs/flux-2-klein-9b``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            width: (not described)
            height: (not described)
            num_steps: (not described)
            guidance: (not described)
            seed: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``Flux2Klein9bOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.black_forest_labs import (
            flux_2_klein_9b as _model_flux_2_klein_9b,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "width": width,
            "height": height,
            "num_steps": num_steps,
            "guidance": guidance,
            "seed": seed,
        }
        return await self._client._run_model(
            "black-forest-labs/flux-2-klein-9b",
            _model_flux_2_klein_9b.Flux2Klein9bInput,
            _model_flux_2_klein_9b.Flux2Klein9bOutput,
            given,
        )

    async def flux_2_max(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        safety_tolerance: int | NotGiven = NOT_GIVEN,
        output_format: Literal["jpeg", "png", "webp"] | NotGiven = NOT_GIVEN,
        input_images: list[str] | NotGiven = NOT_GIVEN,
    ) -> _model_flux_2_max.Flux2MaxOutput:
        """Run ``black-forest-labs/flux-2-max``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt for image generation or editing.
            seed: Optional seed for reproducible generation.
            width: Width of the generated image in pixels (minimum 64). Omit to let BFL pick.
            height: Height of the generated image in pixels (minimum 64). Omit to let BFL pick.
            safety_tolerance: Tolerance for input/output moderation. 0 is the strictest, 5 the most
                permissive. Defaults to 2.
            output_format: Output image format. Defaults to jpeg.
            input_images: Up to 8 reference images for editing or multi-image composition. Each
                entry is an HTTPS URL or a data:image/...;base64,... URI.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``Flux2MaxOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.black_forest_labs import (
            flux_2_max as _model_flux_2_max,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "seed": seed,
            "width": width,
            "height": height,
            "safety_tolerance": safety_tolerance,
            "output_format": output_format,
            "input_images": input_images,
        }
        return await self._client._run_model(
            "black-forest-labs/flux-2-max",
            _model_flux_2_max.Flux2MaxInput,
            _model_flux_2_max.Flux2MaxOutput,
            given,
        )

    async def flux_3_video(
        self,
        input: _model_flux_3_video.Flux3VideoInput | Mapping[str, Any],
    ) -> _model_flux_3_video.Flux3VideoOutput:
        """Run ``black-forest-labs/flux-3-video``.

        Args:
            input: a ``Flux3VideoInput``, or a dict validated into one.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Flux3VideoOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.black_forest_labs import (
            flux_3_video as _model_flux_3_video,
        )

        given: object = input
        return await self._client._run_model(
            "black-forest-labs/flux-3-video",
            _model_flux_3_video.Flux3VideoInput,
            _model_flux_3_video.Flux3VideoOutput,
            given,
        )
