"""The ``krea`` namespace of the client: 3 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ...models.krea import (
        krea_2_large as _model_krea_2_large,
    )
    from ...models.krea import (
        krea_2_medium as _model_krea_2_medium,
    )
    from ...models.krea import (
        krea_2_medium_turbo as _model_krea_2_medium_turbo,
    )

__all__ = ["AsyncKreaNamespace", "KreaNamespace"]


class KreaNamespace:
    """Models below ``client.krea``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def krea_2_large(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:2", "16:9", "2.35:1", "4:5", "2:3", "9:16"],
        resolution: Literal["1K"],
        seed: float | NotGiven | None = NOT_GIVEN,
        styles: list[_model_krea_2_large.Style] | NotGiven = NOT_GIVEN,
        image_style_references: list[_model_krea_2_large.ImageStyleReference] | NotGiven = NOT_GIVEN,
        creativity: Literal["raw", "low", "medium", "high"] | NotGiven = NOT_GIVEN,
        intensity: int | NotGiven = NOT_GIVEN,
        complexity: int | NotGiven = NOT_GIVEN,
        movement: int | NotGiven = NOT_GIVEN,
        moodboards: list[_model_krea_2_large.Moodboard] | NotGiven = NOT_GIVEN,
    ) -> _model_krea_2_large.Krea2LargeOutput:
        """Run ``krea/krea-2-large``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the image to generate.
            aspect_ratio: Aspect ratio of the generated image.
            resolution: Resolution scale.
            seed: Random seed for reproducible generations. Pass null or omit for a random seed.
            styles: Styles (typically LoRAs) to apply to the generation.
            image_style_references: Reference images to drive the visual style (up to 10).
            creativity: Prompt expansion mode. `raw` disables expansion; `low`, `medium`, `high`
                control strength. Does not affect the K2 Intensity, Complexity, or Movement slider
                LoRAs.
                Cloudflare's default: ``"low"``.
            intensity: K2 Intensity slider (-100 to 100). 0 disables the slider LoRA.
                Cloudflare's default: ``0``.
            complexity: K2 Complexity slider (-100 to 100). 0 disables the slider LoRA.
                Cloudflare's default: ``0``.
            movement: K2 Movement slider (-100 to 100). 0 disables the slider LoRA.
                Cloudflare's default: ``0``.
            moodboards: Moodboard references (currently limited to one).

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at
              #/properties/image_style_references/items/properties/url)
            - input format 'uuid' is not checked (at #/properties/moodboards/items/properties/id)
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``Krea2LargeOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.krea import (
            krea_2_large as _model_krea_2_large,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "resolution": resolution,
            "seed": seed,
            "styles": styles,
            "image_style_references": image_style_references,
            "creativity": creativity,
            "intensity": intensity,
            "complexity": complexity,
            "movement": movement,
            "moodboards": moodboards,
        }
        return self._client._run_model(
            "krea/krea-2-large",
            _model_krea_2_large.Krea2LargeInput,
            _model_krea_2_large.Krea2LargeOutput,
            given,
        )

    def krea_2_medium(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:2", "16:9", "2.35:1", "4:5", "2:3", "9:16"],
        resolution: Literal["1K"],
        seed: float | NotGiven | None = NOT_GIVEN,
        styles: list[_model_krea_2_medium.Style] | NotGiven = NOT_GIVEN,
        image_style_references: list[_model_krea_2_medium.ImageStyleReference] | NotGiven = NOT_GIVEN,
        creativity: Literal["raw", "low", "medium", "high"] | NotGiven = NOT_GIVEN,
        intensity: int | NotGiven = NOT_GIVEN,
        complexity: int | NotGiven = NOT_GIVEN,
        movement: int | NotGiven = NOT_GIVEN,
        moodboards: list[_model_krea_2_medium.Moodboard] | NotGiven = NOT_GIVEN,
    ) -> _model_krea_2_medium.Krea2MediumOutput:
        """Run ``krea/krea-2-medium``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the image to generate.
            aspect_ratio: Aspect ratio of the generated image.
            resolution: Resolution scale.
            seed: Random seed for reproducible generations. Pass null or omit for a random seed.
            styles: Styles (typically LoRAs) to apply to the generation.
            image_style_references: Reference images to drive the visual style (up to 10).
            creativity: Prompt expansion mode. `raw` disables expansion; `low`, `medium`, `high`
                control strength. Does not affect the K2 Intensity, Complexity, or Movement slider
                LoRAs.
                Cloudflare's default: ``"low"``.
            intensity: K2 Intensity slider (-100 to 100). 0 disables the slider LoRA.
                Cloudflare's default: ``0``.
            complexity: K2 Complexity slider (-100 to 100). 0 disables the slider LoRA.
                Cloudflare's default: ``0``.
            movement: K2 Movement slider (-100 to 100). 0 disables the slider LoRA.
                Cloudflare's default: ``0``.
            moodboards: Moodboard references (currently limited to one).

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at
              #/properties/image_style_references/items/properties/url)
            - input format 'uuid' is not checked (at #/properties/moodboards/items/properties/id)
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``Krea2MediumOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.krea import (
            krea_2_medium as _model_krea_2_medium,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "resolution": resolution,
            "seed": seed,
            "styles": styles,
            "image_style_references": image_style_references,
            "creativity": creativity,
            "intensity": intensity,
            "complexity": complexity,
            "movement": movement,
            "moodboards": moodboards,
        }
        return self._client._run_model(
            "krea/krea-2-medium",
            _model_krea_2_medium.Krea2MediumInput,
            _model_krea_2_medium.Krea2MediumOutput,
            given,
        )

    def krea_2_medium_turbo(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:2", "16:9", "2.35:1", "4:5", "2:3", "9:16"],
        resolution: Literal["1K"],
        seed: float | NotGiven | None = NOT_GIVEN,
        styles: list[_model_krea_2_medium_turbo.Style] | NotGiven = NOT_GIVEN,
        image_style_references: list[_model_krea_2_medium_turbo.ImageStyleReference] | NotGiven = NOT_GIVEN,
        creativity: Literal["raw", "low", "medium", "high"] | NotGiven = NOT_GIVEN,
        intensity: int | NotGiven = NOT_GIVEN,
        complexity: int | NotGiven = NOT_GIVEN,
        movement: int | NotGiven = NOT_GIVEN,
        moodboards: list[_model_krea_2_medium_turbo.Moodboard] | NotGiven = NOT_GIVEN,
    ) -> _model_krea_2_medium_turbo.Krea2MediumTurboOutput:
        """Run ``krea/krea-2-medium-turbo``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the image to generate.
            aspect_ratio: Aspect ratio of the generated image.
            resolution: Resolution scale.
            seed: Random seed for reproducible generations. Pass null or omit for a random seed.
            styles: Styles (typically LoRAs) to apply to the generation.
            image_style_references: Reference images to drive the visual style (up to 10).
            creativity: Prompt expansion mode. `raw` disables expansion; `low`, `medium`, `high`
                control strength. Does not affect the K2 Intensity, Complexity, or Movement slider
                LoRAs.
                Cloudflare's default: ``"low"``.
            intensity: K2 Intensity slider (-100 to 100). 0 disables the slider LoRA.
                Cloudflare's default: ``0``.
            complexity: K2 Complexity slider (-100 to 100). 0 disables the slider LoRA.
                Cloudflare's default: ``0``.
            movement: K2 Movement slider (-100 to 100). 0 disables the slider LoRA.
                Cloudflare's default: ``0``.
            moodboards: Moodboard references (currently limited to one).

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at
              #/properties/image_style_references/items/properties/url)
            - input format 'uuid' is not checked (at #/properties/moodboards/items/properties/id)
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``Krea2MediumTurboOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.krea import (
            krea_2_medium_turbo as _model_krea_2_medium_turbo,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "resolution": resolution,
            "seed": seed,
            "styles": styles,
            "image_style_references": image_style_references,
            "creativity": creativity,
            "intensity": intensity,
            "complexity": complexity,
            "movement": movement,
            "moodboards": moodboards,
        }
        return self._client._run_model(
            "krea/krea-2-medium-turbo",
            _model_krea_2_medium_turbo.Krea2MediumTurboInput,
            _model_krea_2_medium_turbo.Krea2MediumTurboOutput,
            given,
        )


class AsyncKreaNamespace:
    """Models below ``client.krea``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def krea_2_large(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:2", "16:9", "2.35:1", "4:5", "2:3", "9:16"],
        resolution: Literal["1K"],
        seed: float | NotGiven | None = NOT_GIVEN,
        styles: list[_model_krea_2_large.Style] | NotGiven = NOT_GIVEN,
        image_style_references: list[_model_krea_2_large.ImageStyleReference] | NotGiven = NOT_GIVEN,
        creativity: Literal["raw", "low", "medium", "high"] | NotGiven = NOT_GIVEN,
        intensity: int | NotGiven = NOT_GIVEN,
        complexity: int | NotGiven = NOT_GIVEN,
        movement: int | NotGiven = NOT_GIVEN,
        moodboards: list[_model_krea_2_large.Moodboard] | NotGiven = NOT_GIVEN,
    ) -> _model_krea_2_large.Krea2LargeOutput:
        """Run ``krea/krea-2-large``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the image to generate.
            aspect_ratio: Aspect ratio of the generated image.
            resolution: Resolution scale.
            seed: Random seed for reproducible generations. Pass null or omit for a random seed.
            styles: Styles (typically LoRAs) to apply to the generation.
            image_style_references: Reference images to drive the visual style (up to 10).
            creativity: Prompt expansion mode. `raw` disables expansion; `low`, `medium`, `high`
                control strength. Does not affect the K2 Intensity, Complexity, or Movement slider
                LoRAs.
                Cloudflare's default: ``"low"``.
            intensity: K2 Intensity slider (-100 to 100). 0 disables the slider LoRA.
                Cloudflare's default: ``0``.
            complexity: K2 Complexity slider (-100 to 100). 0 disables the slider LoRA.
                Cloudflare's default: ``0``.
            movement: K2 Movement slider (-100 to 100). 0 disables the slider LoRA.
                Cloudflare's default: ``0``.
            moodboards: Moodboard references (currently limited to one).

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at
              #/properties/image_style_references/items/properties/url)
            - input format 'uuid' is not checked (at #/properties/moodboards/items/properties/id)
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``Krea2LargeOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.krea import (
            krea_2_large as _model_krea_2_large,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "resolution": resolution,
            "seed": seed,
            "styles": styles,
            "image_style_references": image_style_references,
            "creativity": creativity,
            "intensity": intensity,
            "complexity": complexity,
            "movement": movement,
            "moodboards": moodboards,
        }
        return await self._client._run_model(
            "krea/krea-2-large",
            _model_krea_2_large.Krea2LargeInput,
            _model_krea_2_large.Krea2LargeOutput,
            given,
        )

    async def krea_2_medium(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:2", "16:9", "2.35:1", "4:5", "2:3", "9:16"],
        resolution: Literal["1K"],
        seed: float | NotGiven | None = NOT_GIVEN,
        styles: list[_model_krea_2_medium.Style] | NotGiven = NOT_GIVEN,
        image_style_references: list[_model_krea_2_medium.ImageStyleReference] | NotGiven = NOT_GIVEN,
        creativity: Literal["raw", "low", "medium", "high"] | NotGiven = NOT_GIVEN,
        intensity: int | NotGiven = NOT_GIVEN,
        complexity: int | NotGiven = NOT_GIVEN,
        movement: int | NotGiven = NOT_GIVEN,
        moodboards: list[_model_krea_2_medium.Moodboard] | NotGiven = NOT_GIVEN,
    ) -> _model_krea_2_medium.Krea2MediumOutput:
        """Run ``krea/krea-2-medium``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the image to generate.
            aspect_ratio: Aspect ratio of the generated image.
            resolution: Resolution scale.
            seed: Random seed for reproducible generations. Pass null or omit for a random seed.
            styles: Styles (typically LoRAs) to apply to the generation.
            image_style_references: Reference images to drive the visual style (up to 10).
            creativity: Prompt expansion mode. `raw` disables expansion; `low`, `medium`, `high`
                control strength. Does not affect the K2 Intensity, Complexity, or Movement slider
                LoRAs.
                Cloudflare's default: ``"low"``.
            intensity: K2 Intensity slider (-100 to 100). 0 disables the slider LoRA.
                Cloudflare's default: ``0``.
            complexity: K2 Complexity slider (-100 to 100). 0 disables the slider LoRA.
                Cloudflare's default: ``0``.
            movement: K2 Movement slider (-100 to 100). 0 disables the slider LoRA.
                Cloudflare's default: ``0``.
            moodboards: Moodboard references (currently limited to one).

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at
              #/properties/image_style_references/items/properties/url)
            - input format 'uuid' is not checked (at #/properties/moodboards/items/properties/id)
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``Krea2MediumOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.krea import (
            krea_2_medium as _model_krea_2_medium,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "resolution": resolution,
            "seed": seed,
            "styles": styles,
            "image_style_references": image_style_references,
            "creativity": creativity,
            "intensity": intensity,
            "complexity": complexity,
            "movement": movement,
            "moodboards": moodboards,
        }
        return await self._client._run_model(
            "krea/krea-2-medium",
            _model_krea_2_medium.Krea2MediumInput,
            _model_krea_2_medium.Krea2MediumOutput,
            given,
        )

    async def krea_2_medium_turbo(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:2", "16:9", "2.35:1", "4:5", "2:3", "9:16"],
        resolution: Literal["1K"],
        seed: float | NotGiven | None = NOT_GIVEN,
        styles: list[_model_krea_2_medium_turbo.Style] | NotGiven = NOT_GIVEN,
        image_style_references: list[_model_krea_2_medium_turbo.ImageStyleReference] | NotGiven = NOT_GIVEN,
        creativity: Literal["raw", "low", "medium", "high"] | NotGiven = NOT_GIVEN,
        intensity: int | NotGiven = NOT_GIVEN,
        complexity: int | NotGiven = NOT_GIVEN,
        movement: int | NotGiven = NOT_GIVEN,
        moodboards: list[_model_krea_2_medium_turbo.Moodboard] | NotGiven = NOT_GIVEN,
    ) -> _model_krea_2_medium_turbo.Krea2MediumTurboOutput:
        """Run ``krea/krea-2-medium-turbo``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the image to generate.
            aspect_ratio: Aspect ratio of the generated image.
            resolution: Resolution scale.
            seed: Random seed for reproducible generations. Pass null or omit for a random seed.
            styles: Styles (typically LoRAs) to apply to the generation.
            image_style_references: Reference images to drive the visual style (up to 10).
            creativity: Prompt expansion mode. `raw` disables expansion; `low`, `medium`, `high`
                control strength. Does not affect the K2 Intensity, Complexity, or Movement slider
                LoRAs.
                Cloudflare's default: ``"low"``.
            intensity: K2 Intensity slider (-100 to 100). 0 disables the slider LoRA.
                Cloudflare's default: ``0``.
            complexity: K2 Complexity slider (-100 to 100). 0 disables the slider LoRA.
                Cloudflare's default: ``0``.
            movement: K2 Movement slider (-100 to 100). 0 disables the slider LoRA.
                Cloudflare's default: ``0``.
            moodboards: Moodboard references (currently limited to one).

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at
              #/properties/image_style_references/items/properties/url)
            - input format 'uuid' is not checked (at #/properties/moodboards/items/properties/id)
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``Krea2MediumTurboOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.krea import (
            krea_2_medium_turbo as _model_krea_2_medium_turbo,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "resolution": resolution,
            "seed": seed,
            "styles": styles,
            "image_style_references": image_style_references,
            "creativity": creativity,
            "intensity": intensity,
            "complexity": complexity,
            "movement": movement,
            "moodboards": moodboards,
        }
        return await self._client._run_model(
            "krea/krea-2-medium-turbo",
            _model_krea_2_medium_turbo.Krea2MediumTurboInput,
            _model_krea_2_medium_turbo.Krea2MediumTurboOutput,
            given,
        )
