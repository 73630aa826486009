"""The ``cf.leonardo`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from ....models.cf.leonardo import (
        lucid_origin as _model_lucid_origin,
    )

__all__ = ["AsyncCfLeonardoNamespace", "CfLeonardoNamespace"]


class CfLeonardoNamespace:
    """Models below ``client.cf.leonardo``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def lucid_origin(
        self,
        *,
        prompt: str,
        guidance: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        num_steps: int | NotGiven = NOT_GIVEN,
        steps: int | NotGiven = NOT_GIVEN,
    ) -> _model_lucid_origin.LucidOriginOutput:
        """Run ``@cf/leonardo/lucid-origin``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: A text description of the image you want to generate.
            guidance: Controls how closely the generated image should adhere to the prompt; higher
                values make the image more aligned with the prompt
                Cloudflare's default: ``4.5``.
            seed: Random seed for reproducibility of the image generation
            height: The height of the generated image in pixels
                Cloudflare's default: ``1120``.
            width: The width of the generated image in pixels
                Cloudflare's default: ``1120``.
            num_steps: The number of diffusion steps; higher values can improve quality but take
                longer
            steps: The number of diffusion steps; higher values can improve quality but take longer

        Returns:
            The parsed ``LucidOriginOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.leonardo import (
            lucid_origin as _model_lucid_origin,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "guidance": guidance,
            "seed": seed,
            "height": height,
            "width": width,
            "num_steps": num_steps,
            "steps": steps,
        }
        return self._client._run_model(
            "@cf/leonardo/lucid-origin",
            _model_lucid_origin.LucidOriginInput,
            _model_lucid_origin.LucidOriginOutput,
            given,
        )


class AsyncCfLeonardoNamespace:
    """Models below ``client.cf.leonardo``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def lucid_origin(
        self,
        *,
        prompt: str,
        guidance: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        num_steps: int | NotGiven = NOT_GIVEN,
        steps: int | NotGiven = NOT_GIVEN,
    ) -> _model_lucid_origin.LucidOriginOutput:
        """Run ``@cf/leonardo/lucid-origin``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: A text description of the image you want to generate.
            guidance: Controls how closely the generated image should adhere to the prompt; higher
                values make the image more aligned with the prompt
                Cloudflare's default: ``4.5``.
            seed: Random seed for reproducibility of the image generation
            height: The height of the generated image in pixels
                Cloudflare's default: ``1120``.
            width: The width of the generated image in pixels
                Cloudflare's default: ``1120``.
            num_steps: The number of diffusion steps; higher values can improve quality but take
                longer
            steps: The number of diffusion steps; higher values can improve quality but take longer

        Returns:
            The parsed ``LucidOriginOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.leonardo import (
            lucid_origin as _model_lucid_origin,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "guidance": guidance,
            "seed": seed,
            "height": height,
            "width": width,
            "num_steps": num_steps,
            "steps": steps,
        }
        return await self._client._run_model(
            "@cf/leonardo/lucid-origin",
            _model_lucid_origin.LucidOriginInput,
            _model_lucid_origin.LucidOriginOutput,
            given,
        )
