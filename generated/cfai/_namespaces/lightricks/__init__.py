"""The ``lightricks`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ...models.lightricks import (
        ltx_2_5_fast as _model_ltx_2_5_fast,
    )

__all__ = ["AsyncLightricksNamespace", "LightricksNamespace"]


class LightricksNamespace:
    """Models below ``client.lightricks``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def ltx_2_5_fast(
        self,
        *,
        prompt: str,
        duration: Literal[2, 3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20],
        resolution: Literal["1280x720", "720x1280", "1920x1080", "1080x1920", "2560x1440", "1440x2560", "3840x2160", "2160x3840"],
        fps: Literal[24, 25, 48, 50],
        generate_audio: bool,
        image_uri: str | NotGiven = NOT_GIVEN,
        last_frame_uri: str | NotGiven = NOT_GIVEN,
    ) -> _model_ltx_2_5_fast.Ltx25FastOutput:
        """Run ``lightricks/ltx-2-5-fast``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the video
            duration: Video duration in seconds
            resolution: (not described)
            fps: (not described)
            generate_audio: (not described)
            image_uri: HTTPS URI for the first frame
            last_frame_uri: HTTPS URI for the last frame

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at #/properties/image_uri,
              #/properties/last_frame_uri)
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Ltx25FastOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.lightricks import (
            ltx_2_5_fast as _model_ltx_2_5_fast,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "duration": duration,
            "resolution": resolution,
            "fps": fps,
            "generate_audio": generate_audio,
            "image_uri": image_uri,
            "last_frame_uri": last_frame_uri,
        }
        return self._client._run_model(
            "lightricks/ltx-2-5-fast",
            _model_ltx_2_5_fast.Ltx25FastInput,
            _model_ltx_2_5_fast.Ltx25FastOutput,
            given,
        )


class AsyncLightricksNamespace:
    """Models below ``client.lightricks``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def ltx_2_5_fast(
        self,
        *,
        prompt: str,
        duration: Literal[2, 3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20],
        resolution: Literal["1280x720", "720x1280", "1920x1080", "1080x1920", "2560x1440", "1440x2560", "3840x2160", "2160x3840"],
        fps: Literal[24, 25, 48, 50],
        generate_audio: bool,
        image_uri: str | NotGiven = NOT_GIVEN,
        last_frame_uri: str | NotGiven = NOT_GIVEN,
    ) -> _model_ltx_2_5_fast.Ltx25FastOutput:
        """Run ``lightricks/ltx-2-5-fast``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the video
            duration: Video duration in seconds
            resolution: (not described)
            fps: (not described)
            generate_audio: (not described)
            image_uri: HTTPS URI for the first frame
            last_frame_uri: HTTPS URI for the last frame

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at #/properties/image_uri,
              #/properties/last_frame_uri)
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Ltx25FastOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.lightricks import (
            ltx_2_5_fast as _model_ltx_2_5_fast,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "duration": duration,
            "resolution": resolution,
            "fps": fps,
            "generate_audio": generate_audio,
            "image_uri": image_uri,
            "last_frame_uri": last_frame_uri,
        }
        return await self._client._run_model(
            "lightricks/ltx-2-5-fast",
            _model_ltx_2_5_fast.Ltx25FastInput,
            _model_ltx_2_5_fast.Ltx25FastOutput,
            given,
        )
