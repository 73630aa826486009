"""The ``cf.black_forest_labs`` namespace of the client: 2 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from ....models.cf.black_forest_labs import (
        flux_1_schnell as _model_flux_1_schnell,
    )
    from ....models.cf.black_forest_labs import (
        flux_2_klein_4b as _model_flux_2_klein_4b,
    )

__all__ = ["AsyncCfBlackForestLabsNamespace", "CfBlackForestLabsNamespace"]


class CfBlackForestLabsNamespace:
    """Models below ``client.cf.black_forest_labs``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def flux_1_schnell(
        self,
        *,
        prompt: str,
        steps: int | NotGiven = NOT_GIVEN,
    ) -> _model_flux_1_schnell.Flux1SchnellOutput:
        """Run ``@cf/black-forest-labs/flux-1-schnell``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: A text description of the image you want to generate.
            steps: The number of diffusion steps; higher values can improve quality but take longer.
                Default is 4

        Returns:
            The parsed ``Flux1SchnellOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.black_forest_labs import (
            flux_1_schnell as _model_flux_1_schnell,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "steps": steps,
        }
        return self._client._run_model(
            "@cf/black-forest-labs/flux-1-schnell",
            _model_flux_1_schnell.Flux1SchnellInput,
            _model_flux_1_schnell.Flux1SchnellOutput,
            given,
        )

    def flux_2_klein_4b(
        self,
        *,
        multipart: _model_flux_2_klein_4b.Multipart,
    ) -> _model_flux_2_klein_4b.Flux2Klein4bOutput:
        """Run ``@cf/black-forest-labs/flux-2-klein-4b``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            multipart: (not described)

        Returns:
            The parsed ``Flux2Klein4bOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.black_forest_labs import (
            flux_2_klein_4b as _model_flux_2_klein_4b,
        )

        given: dict[str, object] = {
            "multipart": multipart,
        }
        return self._client._run_model(
            "@cf/black-forest-labs/flux-2-klein-4b",
            _model_flux_2_klein_4b.Flux2Klein4bInput,
            _model_flux_2_klein_4b.Flux2Klein4bOutput,
            given,
        )


class AsyncCfBlackForestLabsNamespace:
    """Models below ``client.cf.black_forest_labs``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def flux_1_schnell(
        self,
        *,
        prompt: str,
        steps: int | NotGiven = NOT_GIVEN,
    ) -> _model_flux_1_schnell.Flux1SchnellOutput:
        """Run ``@cf/black-forest-labs/flux-1-schnell``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: A text description of the image you want to generate.
            steps: The number of diffusion steps; higher values can improve quality but take longer.
                Default is 4

        Returns:
            The parsed ``Flux1SchnellOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.black_forest_labs import (
            flux_1_schnell as _model_flux_1_schnell,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "steps": steps,
        }
        return await self._client._run_model(
            "@cf/black-forest-labs/flux-1-schnell",
            _model_flux_1_schnell.Flux1SchnellInput,
            _model_flux_1_schnell.Flux1SchnellOutput,
            given,
        )

    async def flux_2_klein_4b(
        self,
        *,
        multipart: _model_flux_2_klein_4b.Multipart,
    ) -> _model_flux_2_klein_4b.Flux2Klein4bOutput:
        """Run ``@cf/black-forest-labs/flux-2-klein-4b``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            multipart: (not described)

        Returns:
            The parsed ``Flux2Klein4bOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.black_forest_labs import (
            flux_2_klein_4b as _model_flux_2_klein_4b,
        )

        given: dict[str, object] = {
            "multipart": multipart,
        }
        return await self._client._run_model(
            "@cf/black-forest-labs/flux-2-klein-4b",
            _model_flux_2_klein_4b.Flux2Klein4bInput,
            _model_flux_2_klein_4b.Flux2Klein4bOutput,
            given,
        )
