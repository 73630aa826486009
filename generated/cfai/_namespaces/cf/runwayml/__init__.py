"""The ``cf.runwayml`` namespace of the client: 2 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from ...._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

__all__ = ["AsyncCfRunwaymlNamespace", "CfRunwaymlNamespace"]


class CfRunwaymlNamespace:
    """Models below ``client.cf.runwayml``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def stable_diffusion_v1_5_img2img(
        self,
        *,
        prompt: str,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        image: list[float] | NotGiven = NOT_GIVEN,
        image_b64: str | NotGiven = NOT_GIVEN,
        mask: list[float] | NotGiven = NOT_GIVEN,
        num_steps: int | NotGiven = NOT_GIVEN,
        strength: float | NotGiven = NOT_GIVEN,
        guidance: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Run ``@cf/runwayml/stable-diffusion-v1-5-img2img``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: A text description of the image you want to generate
            negative_prompt: Text describing elements to avoid in the generated image
            height: The height of the generated image in pixels
            width: The width of the generated image in pixels
            image: For use with img2img tasks. An array of integers that represent the image data
                constrained to 8-bit unsigned integer values
            image_b64: For use with img2img tasks. A base64-encoded string of the input image
            mask: An array representing An array of integers that represent mask image data for
                inpainting constrained to 8-bit unsigned integer values
            num_steps: The number of diffusion steps; higher values can improve quality but take
                longer
                Cloudflare's default: ``20``.
            strength: A value between 0 and 1 indicating how strongly to apply the transformation
                during img2img tasks; lower values make the output closer to the input image
                Cloudflare's default: ``1``.
            guidance: Controls how closely the generated image should adhere to the prompt; higher
                values make the image more aligned with the prompt
                Cloudflare's default: ``7.5``.
            seed: Random seed for reproducibility of the image generation

        Returns:
            The raw bytes of the answer.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.runwayml import (
            stable_diffusion_v1_5_img2img as _model_stable_diffusion_v1_5_img2img,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "negative_prompt": negative_prompt,
            "height": height,
            "width": width,
            "image": image,
            "image_b64": image_b64,
            "mask": mask,
            "num_steps": num_steps,
            "strength": strength,
            "guidance": guidance,
            "seed": seed,
        }
        return self._client._run_bytes(
            "@cf/runwayml/stable-diffusion-v1-5-img2img", _model_stable_diffusion_v1_5_img2img.StableDiffusionV15Img2imgInput, given
        )

    def stable_diffusion_v1_5_inpainting(
        self,
        *,
        prompt: str,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        image: list[float] | NotGiven = NOT_GIVEN,
        image_b64: str | NotGiven = NOT_GIVEN,
        mask: list[float] | NotGiven = NOT_GIVEN,
        num_steps: int | NotGiven = NOT_GIVEN,
        strength: float | NotGiven = NOT_GIVEN,
        guidance: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Run ``@cf/runwayml/stable-diffusion-v1-5-inpainting``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: A text description of the image you want to generate
            negative_prompt: Text describing elements to avoid in the generated image
            height: The height of the generated image in pixels
            width: The width of the generated image in pixels
            image: For use with img2img tasks. An array of integers that represent the image data
                constrained to 8-bit unsigned integer values
            image_b64: For use with img2img tasks. A base64-encoded string of the input image
            mask: An array representing An array of integers that represent mask image data for
                inpainting constrained to 8-bit unsigned integer values
            num_steps: The number of diffusion steps; higher values can improve quality but take
                longer
                Cloudflare's default: ``20``.
            strength: A value between 0 and 1 indicating how strongly to apply the transformation
                during img2img tasks; lower values make the output closer to the input image
                Cloudflare's default: ``1``.
            guidance: Controls how closely the generated image should adhere to the prompt; higher
                values make the image more aligned with the prompt
                Cloudflare's default: ``7.5``.
            seed: Random seed for reproducibility of the image generation

        Returns:
            The raw bytes of the answer.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.runwayml import (
            stable_diffusion_v1_5_inpainting as _model_stable_diffusion_v1_5_inpainting,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "negative_prompt": negative_prompt,
            "height": height,
            "width": width,
            "image": image,
            "image_b64": image_b64,
            "mask": mask,
            "num_steps": num_steps,
            "strength": strength,
            "guidance": guidance,
            "seed": seed,
        }
        return self._client._run_bytes(
            "@cf/runwayml/stable-diffusion-v1-5-inpainting", _model_stable_diffusion_v1_5_inpainting.StableDiffusionV15InpaintingInput, given
        )


class AsyncCfRunwaymlNamespace:
    """Models below ``client.cf.runwayml``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def stable_diffusion_v1_5_img2img(
        self,
        *,
        prompt: str,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        image: list[float] | NotGiven = NOT_GIVEN,
        image_b64: str | NotGiven = NOT_GIVEN,
        mask: list[float] | NotGiven = NOT_GIVEN,
        num_steps: int | NotGiven = NOT_GIVEN,
        strength: float | NotGiven = NOT_GIVEN,
        guidance: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Run ``@cf/runwayml/stable-diffusion-v1-5-img2img``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: A text description of the image you want to generate
            negative_prompt: Text describing elements to avoid in the generated image
            height: The height of the generated image in pixels
            width: The width of the generated image in pixels
            image: For use with img2img tasks. An array of integers that represent the image data
                constrained to 8-bit unsigned integer values
            image_b64: For use with img2img tasks. A base64-encoded string of the input image
            mask: An array representing An array of integers that represent mask image data for
                inpainting constrained to 8-bit unsigned integer values
            num_steps: The number of diffusion steps; higher values can improve quality but take
                longer
                Cloudflare's default: ``20``.
            strength: A value between 0 and 1 indicating how strongly to apply the transformation
                during img2img tasks; lower values make the output closer to the input image
                Cloudflare's default: ``1``.
            guidance: Controls how closely the generated image should adhere to the prompt; higher
                values make the image more aligned with the prompt
                Cloudflare's default: ``7.5``.
            seed: Random seed for reproducibility of the image generation

        Returns:
            The raw bytes of the answer.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.runwayml import (
            stable_diffusion_v1_5_img2img as _model_stable_diffusion_v1_5_img2img,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "negative_prompt": negative_prompt,
            "height": height,
            "width": width,
            "image": image,
            "image_b64": image_b64,
            "mask": mask,
            "num_steps": num_steps,
            "strength": strength,
            "guidance": guidance,
            "seed": seed,
        }
        return await self._client._run_bytes(
            "@cf/runwayml/stable-diffusion-v1-5-img2img", _model_stable_diffusion_v1_5_img2img.StableDiffusionV15Img2imgInput, given
        )

    async def stable_diffusion_v1_5_inpainting(
        self,
        *,
        prompt: str,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        image: list[float] | NotGiven = NOT_GIVEN,
        image_b64: str | NotGiven = NOT_GIVEN,
        mask: list[float] | NotGiven = NOT_GIVEN,
        num_steps: int | NotGiven = NOT_GIVEN,
        strength: float | NotGiven = NOT_GIVEN,
        guidance: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Run ``@cf/runwayml/stable-diffusion-v1-5-inpainting``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: A text description of the image you want to generate
            negative_prompt: Text describing elements to avoid in the generated image
            height: The height of the generated image in pixels
            width: The width of the generated image in pixels
            image: For use with img2img tasks. An array of integers that represent the image data
                constrained to 8-bit unsigned integer values
            image_b64: For use with img2img tasks. A base64-encoded string of the input image
            mask: An array representing An array of integers that represent mask image data for
                inpainting constrained to 8-bit unsigned integer values
            num_steps: The number of diffusion steps; higher values can improve quality but take
                longer
                Cloudflare's default: ``20``.
            strength: A value between 0 and 1 indicating how strongly to apply the transformation
                during img2img tasks; lower values make the output closer to the input image
                Cloudflare's default: ``1``.
            guidance: Controls how closely the generated image should adhere to the prompt; higher
                values make the image more aligned with the prompt
                Cloudflare's default: ``7.5``.
            seed: Random seed for reproducibility of the image generation

        Returns:
            The raw bytes of the answer.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.runwayml import (
            stable_diffusion_v1_5_inpainting as _model_stable_diffusion_v1_5_inpainting,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "negative_prompt": negative_prompt,
            "height": height,
            "width": width,
            "image": image,
            "image_b64": image_b64,
            "mask": mask,
            "num_steps": num_steps,
            "strength": strength,
            "guidance": guidance,
            "seed": seed,
        }
        return await self._client._run_bytes(
            "@cf/runwayml/stable-diffusion-v1-5-inpainting", _model_stable_diffusion_v1_5_inpainting.StableDiffusionV15InpaintingInput, given
        )
