"""The ``runwayml`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ...models.runwayml import (
        gen_4_5 as _model_gen_4_5,
    )

__all__ = ["AsyncRunwaymlNamespace", "RunwaymlNamespace"]


class RunwaymlNamespace:
    """Models below ``client.runwayml``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def gen_4_5(
        self,
        *,
        prompt: str,
        ratio: Literal["1280:720", "720:1280", "1104:832", "960:960", "832:1104", "1584:672"],
        duration: int,
        image_input: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        content_moderation: _model_gen_4_5.ContentModeration | NotGiven = NOT_GIVEN,
    ) -> _model_gen_4_5.Gen45Output:
        """Run ``runwayml/gen-4.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing what should appear in the video
            ratio: Resolution/aspect ratio of the output video
            duration: Video duration in seconds
            image_input: HTTPS URL, Runway URI, or data URI containing an image for image-to-video
            seed: Random seed for reproducible results
            content_moderation: Content moderation settings

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Gen45Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.runwayml import (
            gen_4_5 as _model_gen_4_5,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "ratio": ratio,
            "duration": duration,
            "image_input": image_input,
            "seed": seed,
            "content_moderation": content_moderation,
        }
        return self._client._run_model(
            "runwayml/gen-4.5",
            _model_gen_4_5.Gen45Input,
            _model_gen_4_5.Gen45Output,
            given,
        )


class AsyncRunwaymlNamespace:
    """Models below ``client.runwayml``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def gen_4_5(
        self,
        *,
        prompt: str,
        ratio: Literal["1280:720", "720:1280", "1104:832", "960:960", "832:1104", "1584:672"],
        duration: int,
        image_input: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        content_moderation: _model_gen_4_5.ContentModeration | NotGiven = NOT_GIVEN,
    ) -> _model_gen_4_5.Gen45Output:
        """Run ``runwayml/gen-4.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing what should appear in the video
            ratio: Resolution/aspect ratio of the output video
            duration: Video duration in seconds
            image_input: HTTPS URL, Runway URI, or data URI containing an image for image-to-video
            seed: Random seed for reproducible results
            content_moderation: Content moderation settings

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Gen45Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.runwayml import (
            gen_4_5 as _model_gen_4_5,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "ratio": ratio,
            "duration": duration,
            "image_input": image_input,
            "seed": seed,
            "content_moderation": content_moderation,
        }
        return await self._client._run_model(
            "runwayml/gen-4.5",
            _model_gen_4_5.Gen45Input,
            _model_gen_4_5.Gen45Output,
            given,
        )
