"""The ``bytedance`` namespace of the client: 7 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ...models.bytedance import (
        seedance_2_0 as _model_seedance_2_0,
    )
    from ...models.bytedance import (
        seedance_2_0_fast as _model_seedance_2_0_fast,
    )
    from ...models.bytedance import (
        seedance_2_0_mini as _model_seedance_2_0_mini,
    )
    from ...models.bytedance import (
        seedance_2_5 as _model_seedance_2_5,
    )
    from ...models.bytedance import (
        seedream_4_5 as _model_seedream_4_5,
    )
    from ...models.bytedance import (
        seedream_5_lite as _model_seedream_5_lite,
    )
    from ...models.bytedance import (
        seedream_5_pro as _model_seedream_5_pro,
    )

__all__ = ["AsyncBytedanceNamespace", "BytedanceNamespace"]


class BytedanceNamespace:
    """Models below ``client.bytedance``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def seedance_2_0(
        self,
        *,
        prompt: str,
        duration: int,
        resolution: Literal["480p", "720p", "1080p", "4k"],
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "9:21"],
        fps: Literal[24],
        camera_fixed: bool,
        watermark: bool,
        use_virtual_avatar: bool,
        image: str | NotGiven = NOT_GIVEN,
        reference_video: str | NotGiven = NOT_GIVEN,
        last_frame_image: str | NotGiven = NOT_GIVEN,
        reference_images: list[str] | NotGiven = NOT_GIVEN,
        generate_audio: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
    ) -> _model_seedance_2_0.Seedance20Output:
        """Run ``bytedance/seedance-2.0``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the video to generate
            duration: Video duration in seconds
            resolution: Video resolution
            aspect_ratio: Video aspect ratio. Ignored if an image is used.
            fps: Frame rate (frames per second)
            camera_fixed: Whether to fix camera position
            watermark: Whether to add a watermark to the output video
            use_virtual_avatar: Route image reference inputs (image, reference_images,
                last_frame_image) through ByteDance's trusted virtual avatar asset library before
                generation. Intended for AI-generated/virtual character avatars that would otherwise
                be blocked by face or deepfake detection
            image: Reference image (HTTP(S) URL or base64 data URI) for image-to-video
            reference_video: Reference video (HTTP(S) URL or base64 data URI) for style/motion
                guidance
            last_frame_image: Reference image (HTTP(S) URL or base64 data URI) for last-frame
                guidance. Only works if an image start frame is also given.
            reference_images: Reference images (1-4, HTTP(S) URLs or base64 data URIs) to guide
                video generation for characters, avatars, clothing, or environments. Cannot be used
                with 1080p resolution or first/last frame images.
            generate_audio: Whether to generate audio with the video
            seed: Random seed for reproducible generation

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Seedance20Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bytedance import (
            seedance_2_0 as _model_seedance_2_0,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "duration": duration,
            "resolution": resolution,
            "aspect_ratio": aspect_ratio,
            "fps": fps,
            "camera_fixed": camera_fixed,
            "watermark": watermark,
            "use_virtual_avatar": use_virtual_avatar,
            "image": image,
            "reference_video": reference_video,
            "last_frame_image": last_frame_image,
            "reference_images": reference_images,
            "generate_audio": generate_audio,
            "seed": seed,
        }
        return self._client._run_model(
            "bytedance/seedance-2.0",
            _model_seedance_2_0.Seedance20Input,
            _model_seedance_2_0.Seedance20Output,
            given,
        )

    def seedance_2_0_fast(
        self,
        *,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "9:21"],
        camera_fixed: bool,
        duration: int,
        fps: Literal[24],
        prompt: str,
        resolution: Literal["480p", "720p"],
        watermark: bool,
        generate_audio: bool | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        last_frame_image: str | NotGiven = NOT_GIVEN,
        reference_images: list[str] | NotGiven = NOT_GIVEN,
        reference_video: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
    ) -> _model_seedance_2_0_fast.Seedance20FastOutput:
        """Run ``bytedance/seedance-2.0-fast``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            aspect_ratio: Video aspect ratio. Ignored if an image is used.
            camera_fixed: Whether to fix camera position
            duration: Video duration in seconds
            fps: Frame rate (frames per second)
            prompt: Text prompt describing the video to generate
            resolution: Video resolution
            watermark: Whether to add a watermark to the output video
            generate_audio: Whether to generate audio with the video
            image: Reference image (HTTP(S) URL or base64 data URI) for image-to-video
            last_frame_image: Reference image (HTTP(S) URL or base64 data URI) for last-frame
                guidance. Only works if an image start frame is also given.
            reference_images: Reference images (1-4, HTTP(S) URLs or base64 data URIs) to guide
                video generation for characters, avatars, clothing, or environments. Cannot be used
                with 1080p resolution or first/last frame images.
            reference_video: Reference video (HTTP(S) URL or base64 data URI) for style/motion
                guidance
            seed: Random seed for reproducible generation

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Seedance20FastOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bytedance import (
            seedance_2_0_fast as _model_seedance_2_0_fast,
        )

        given: dict[str, object] = {
            "aspect_ratio": aspect_ratio,
            "camera_fixed": camera_fixed,
            "duration": duration,
            "fps": fps,
            "prompt": prompt,
            "resolution": resolution,
            "watermark": watermark,
            "generate_audio": generate_audio,
            "image": image,
            "last_frame_image": last_frame_image,
            "reference_images": reference_images,
            "reference_video": reference_video,
            "seed": seed,
        }
        return self._client._run_model(
            "bytedance/seedance-2.0-fast",
            _model_seedance_2_0_fast.Seedance20FastInput,
            _model_seedance_2_0_fast.Seedance20FastOutput,
            given,
        )

    def seedance_2_0_mini(
        self,
        *,
        prompt: str,
        duration: int,
        resolution: Literal["480p", "720p"],
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "9:21"],
        fps: Literal[24],
        camera_fixed: bool,
        watermark: bool,
        image: str | NotGiven = NOT_GIVEN,
        reference_video: str | NotGiven = NOT_GIVEN,
        last_frame_image: str | NotGiven = NOT_GIVEN,
        reference_images: list[str] | NotGiven = NOT_GIVEN,
        generate_audio: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        reference_audio: str | NotGiven = NOT_GIVEN,
    ) -> _model_seedance_2_0_mini.Seedance20MiniOutput:
        """Run ``bytedance/seedance-2.0-mini``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the video to generate
            duration: Video duration in seconds
            resolution: Video resolution
            aspect_ratio: Video aspect ratio. Ignored if an image is used.
            fps: Frame rate (frames per second)
            camera_fixed: Whether to fix camera position
            watermark: Whether to add a watermark to the output video
            image: Reference image (HTTP(S) URL or base64 data URI) for image-to-video
            reference_video: Reference video (HTTP(S) URL or base64 data URI) for style/motion
                guidance
            last_frame_image: Reference image (HTTP(S) URL or base64 data URI) for last-frame
                guidance. Only works if an image start frame is also given.
            reference_images: Reference images (1-4, HTTP(S) URLs or base64 data URIs) to guide
                video generation for characters, avatars, clothing, or environments. Cannot be used
                with first/last frame images.
            generate_audio: Whether to generate audio with the video
            seed: Random seed for reproducible generation
            reference_audio: Reference audio (HTTP(S) URL or base64 data:audio/... URI) to use as
                background music. Must be accompanied by a reference image or video.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Seedance20MiniOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bytedance import (
            seedance_2_0_mini as _model_seedance_2_0_mini,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "duration": duration,
            "resolution": resolution,
            "aspect_ratio": aspect_ratio,
            "fps": fps,
            "camera_fixed": camera_fixed,
            "watermark": watermark,
            "image": image,
            "reference_video": reference_video,
            "last_frame_image": last_frame_image,
            "reference_images": reference_images,
            "generate_audio": generate_audio,
            "seed": seed,
            "reference_audio": reference_audio,
        }
        return self._client._run_model(
            "bytedance/seedance-2.0-mini",
            _model_seedance_2_0_mini.Seedance20MiniInput,
            _model_seedance_2_0_mini.Seedance20MiniOutput,
            given,
        )

    def seedance_2_5(
        self,
        *,
        duration: Literal[-1] | _model_seedance_2_5.Duration,
        resolution: Literal["480p", "720p"],
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive"],
        fps: Literal[24],
        camera_fixed: bool,
        watermark: bool,
        output_format: Literal["mp4", "mov"],
        use_virtual_avatar: bool,
        prompt: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        last_frame_image: str | NotGiven = NOT_GIVEN,
        reference_images: list[str] | NotGiven = NOT_GIVEN,
        reference_videos: list[str] | NotGiven = NOT_GIVEN,
        reference_audios: list[str] | NotGiven = NOT_GIVEN,
        generate_audio: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
    ) -> _model_seedance_2_5.Seedance25Output:
        """Run ``bytedance/seedance-2.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            duration: Generated video duration in seconds. Supported range: 4-30, or -1 for
                automatic selection. For multimodal reference-to-video requests that edit an input
                reference video, only -1 is supported and the output duration is kept close to the
                input.
            resolution: Video resolution
            aspect_ratio: Video aspect ratio. "adaptive" automatically matches the aspect ratio of
                the provided reference image or video when applicable. First/last-frame generation
                always uses "adaptive"; any supplied value is overridden.
            fps: Frame rate (frames per second)
            camera_fixed: Whether to fix camera position. Not currently supported by the provider;
                has no effect.
            watermark: Whether to add a watermark to the output video
            output_format: Output video container format. "mp4" offers the best compatibility and
                smaller file size; "mov" preserves higher color fidelity for professional
                post-production workflows at the cost of a larger file.
            use_virtual_avatar: Route image reference inputs (image, reference_images,
                last_frame_image) through ByteDance's trusted virtual avatar asset library before
                generation. Intended for AI-generated/virtual character avatars that would otherwise
                be blocked by face or deepfake detection
            prompt: Text prompt describing the video to generate. Optional when at least one
                reference image, video, or audio clip is provided (Seedance 2.5 supports audio-only
                input).
            image: First-frame reference image (HTTP(S) URL or base64 data URI) for image-to-video
            last_frame_image: Last-frame reference image (HTTP(S) URL or base64 data URI). Requires
                a first-frame image to also be given.
            reference_images: Reference images (0-30, HTTP(S) URLs or base64 data URIs) to guide
                multimodal video generation, editing, or extension.
            reference_videos: Reference videos (0-10, HTTP(S) URLs or base64 data URIs) for
                style/motion guidance, video editing, or video extension. Total duration of all
                reference videos must not exceed 30 seconds.
            reference_audios: Reference audio clips (0-10, HTTP(S) URLs or base64 data:audio/...
                URIs). Supports audio-only input (no image or video required). Total duration of all
                audio clips must not exceed 30 seconds.
            generate_audio: Whether to generate audio with the video
            seed: Random seed. Passing this does not error, but reproducibility is not guaranteed
                and is not documented by the provider.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Seedance25Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bytedance import (
            seedance_2_5 as _model_seedance_2_5,
        )

        given: dict[str, object] = {
            "duration": duration,
            "resolution": resolution,
            "aspect_ratio": aspect_ratio,
            "fps": fps,
            "camera_fixed": camera_fixed,
            "watermark": watermark,
            "output_format": output_format,
            "use_virtual_avatar": use_virtual_avatar,
            "prompt": prompt,
            "image": image,
            "last_frame_image": last_frame_image,
            "reference_images": reference_images,
            "reference_videos": reference_videos,
            "reference_audios": reference_audios,
            "generate_audio": generate_audio,
            "seed": seed,
        }
        return self._client._run_model(
            "bytedance/seedance-2.5",
            _model_seedance_2_5.Seedance25Input,
            _model_seedance_2_5.Seedance25Output,
            given,
        )

    def seedream_4_5(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["match_input_image", "1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "21:9"] | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        image_input: list[str] | NotGiven = NOT_GIVEN,
        max_images: int | NotGiven = NOT_GIVEN,
        sequential_image_generation: Literal["disabled", "auto"] | NotGiven = NOT_GIVEN,
        size: Literal["2K", "4K"] | NotGiven = NOT_GIVEN,
    ) -> _model_seedream_4_5.Seedream45Output:
        """Run ``bytedance/seedream-4.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            aspect_ratio: (not described)
            disable_safety_checker: (not described)
            image_input: (not described)
            max_images: (not described)
            sequential_image_generation: (not described)
            size: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at #/properties/image_input/items)
            - output format 'uri' is not checked (at #/properties/images/items)

        Returns:
            The parsed ``Seedream45Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bytedance import (
            seedream_4_5 as _model_seedream_4_5,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "disable_safety_checker": disable_safety_checker,
            "image_input": image_input,
            "max_images": max_images,
            "sequential_image_generation": sequential_image_generation,
            "size": size,
        }
        return self._client._run_model(
            "bytedance/seedream-4.5",
            _model_seedream_4_5.Seedream45Input,
            _model_seedream_4_5.Seedream45Output,
            given,
        )

    def seedream_5_lite(
        self,
        *,
        prompt: str,
        image_input: list[str] | NotGiven = NOT_GIVEN,
        size: Literal["2K", "3K"] | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["match_input_image", "1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "21:9"] | NotGiven = NOT_GIVEN,
        sequential_image_generation: Literal["disabled", "auto"] | NotGiven = NOT_GIVEN,
        max_images: int | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg"] | NotGiven = NOT_GIVEN,
    ) -> _model_seedream_5_lite.Seedream5LiteOutput:
        """Run ``bytedance/seedream-5-lite``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            image_input: (not described)
            size: (not described)
            aspect_ratio: (not described)
            sequential_image_generation: (not described)
            max_images: (not described)
            output_format: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at #/properties/image_input/items)
            - output format 'uri' is not checked (at #/properties/images/items)

        Returns:
            The parsed ``Seedream5LiteOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bytedance import (
            seedream_5_lite as _model_seedream_5_lite,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "image_input": image_input,
            "size": size,
            "aspect_ratio": aspect_ratio,
            "sequential_image_generation": sequential_image_generation,
            "max_images": max_images,
            "output_format": output_format,
        }
        return self._client._run_model(
            "bytedance/seedream-5-lite",
            _model_seedream_5_lite.Seedream5LiteInput,
            _model_seedream_5_lite.Seedream5LiteOutput,
            given,
        )

    def seedream_5_pro(
        self,
        *,
        prompt: str,
        image: str | _model_seedream_5_pro.Image | NotGiven = NOT_GIVEN,
        size: str | NotGiven = NOT_GIVEN,
    ) -> _model_seedream_5_pro.Seedream5ProOutput:
        """Run ``bytedance/seedream-5-pro``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            image: (not described)
            size: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/images/items)

        Returns:
            The parsed ``Seedream5ProOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bytedance import (
            seedream_5_pro as _model_seedream_5_pro,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "image": image,
            "size": size,
        }
        return self._client._run_model(
            "bytedance/seedream-5-pro",
            _model_seedream_5_pro.Seedream5ProInput,
            _model_seedream_5_pro.Seedream5ProOutput,
            given,
        )


class AsyncBytedanceNamespace:
    """Models below ``client.bytedance``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def seedance_2_0(
        self,
        *,
        prompt: str,
        duration: int,
        resolution: Literal["480p", "720p", "1080p", "4k"],
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "9:21"],
        fps: Literal[24],
        camera_fixed: bool,
        watermark: bool,
        use_virtual_avatar: bool,
        image: str | NotGiven = NOT_GIVEN,
        reference_video: str | NotGiven = NOT_GIVEN,
        last_frame_image: str | NotGiven = NOT_GIVEN,
        reference_images: list[str] | NotGiven = NOT_GIVEN,
        generate_audio: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
    ) -> _model_seedance_2_0.Seedance20Output:
        """Run ``bytedance/seedance-2.0``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the video to generate
            duration: Video duration in seconds
            resolution: Video resolution
            aspect_ratio: Video aspect ratio. Ignored if an image is used.
            fps: Frame rate (frames per second)
            camera_fixed: Whether to fix camera position
            watermark: Whether to add a watermark to the output video
            use_virtual_avatar: Route image reference inputs (image, reference_images,
                last_frame_image) through ByteDance's trusted virtual avatar asset library before
                generation. Intended for AI-generated/virtual character avatars that would otherwise
                be blocked by face or deepfake detection
            image: Reference image (HTTP(S) URL or base64 data URI) for image-to-video
            reference_video: Reference video (HTTP(S) URL or base64 data URI) for style/motion
                guidance
            last_frame_image: Reference image (HTTP(S) URL or base64 data URI) for last-frame
                guidance. Only works if an image start frame is also given.
            reference_images: Reference images (1-4, HTTP(S) URLs or base64 data URIs) to guide
                video generation for characters, avatars, clothing, or environments. Cannot be used
                with 1080p resolution or first/last frame images.
            generate_audio: Whether to generate audio with the video
            seed: Random seed for reproducible generation

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Seedance20Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bytedance import (
            seedance_2_0 as _model_seedance_2_0,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "duration": duration,
            "resolution": resolution,
            "aspect_ratio": aspect_ratio,
            "fps": fps,
            "camera_fixed": camera_fixed,
            "watermark": watermark,
            "use_virtual_avatar": use_virtual_avatar,
            "image": image,
            "reference_video": reference_video,
            "last_frame_image": last_frame_image,
            "reference_images": reference_images,
            "generate_audio": generate_audio,
            "seed": seed,
        }
        return await self._client._run_model(
            "bytedance/seedance-2.0",
            _model_seedance_2_0.Seedance20Input,
            _model_seedance_2_0.Seedance20Output,
            given,
        )

    async def seedance_2_0_fast(
        self,
        *,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "9:21"],
        camera_fixed: bool,
        duration: int,
        fps: Literal[24],
        prompt: str,
        resolution: Literal["480p", "720p"],
        watermark: bool,
        generate_audio: bool | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        last_frame_image: str | NotGiven = NOT_GIVEN,
        reference_images: list[str] | NotGiven = NOT_GIVEN,
        reference_video: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
    ) -> _model_seedance_2_0_fast.Seedance20FastOutput:
        """Run ``bytedance/seedance-2.0-fast``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            aspect_ratio: Video aspect ratio. Ignored if an image is used.
            camera_fixed: Whether to fix camera position
            duration: Video duration in seconds
            fps: Frame rate (frames per second)
            prompt: Text prompt describing the video to generate
            resolution: Video resolution
            watermark: Whether to add a watermark to the output video
            generate_audio: Whether to generate audio with the video
            image: Reference image (HTTP(S) URL or base64 data URI) for image-to-video
            last_frame_image: Reference image (HTTP(S) URL or base64 data URI) for last-frame
                guidance. Only works if an image start frame is also given.
            reference_images: Reference images (1-4, HTTP(S) URLs or base64 data URIs) to guide
                video generation for characters, avatars, clothing, or environments. Cannot be used
                with 1080p resolution or first/last frame images.
            reference_video: Reference video (HTTP(S) URL or base64 data URI) for style/motion
                guidance
            seed: Random seed for reproducible generation

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Seedance20FastOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bytedance import (
            seedance_2_0_fast as _model_seedance_2_0_fast,
        )

        given: dict[str, object] = {
            "aspect_ratio": aspect_ratio,
            "camera_fixed": camera_fixed,
            "duration": duration,
            "fps": fps,
            "prompt": prompt,
            "resolution": resolution,
            "watermark": watermark,
            "generate_audio": generate_audio,
            "image": image,
            "last_frame_image": last_frame_image,
            "reference_images": reference_images,
            "reference_video": reference_video,
            "seed": seed,
        }
        return await self._client._run_model(
            "bytedance/seedance-2.0-fast",
            _model_seedance_2_0_fast.Seedance20FastInput,
            _model_seedance_2_0_fast.Seedance20FastOutput,
            given,
        )

    async def seedance_2_0_mini(
        self,
        *,
        prompt: str,
        duration: int,
        resolution: Literal["480p", "720p"],
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "9:21"],
        fps: Literal[24],
        camera_fixed: bool,
        watermark: bool,
        image: str | NotGiven = NOT_GIVEN,
        reference_video: str | NotGiven = NOT_GIVEN,
        last_frame_image: str | NotGiven = NOT_GIVEN,
        reference_images: list[str] | NotGiven = NOT_GIVEN,
        generate_audio: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        reference_audio: str | NotGiven = NOT_GIVEN,
    ) -> _model_seedance_2_0_mini.Seedance20MiniOutput:
        """Run ``bytedance/seedance-2.0-mini``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt describing the video to generate
            duration: Video duration in seconds
            resolution: Video resolution
            aspect_ratio: Video aspect ratio. Ignored if an image is used.
            fps: Frame rate (frames per second)
            camera_fixed: Whether to fix camera position
            watermark: Whether to add a watermark to the output video
            image: Reference image (HTTP(S) URL or base64 data URI) for image-to-video
            reference_video: Reference video (HTTP(S) URL or base64 data URI) for style/motion
                guidance
            last_frame_image: Reference image (HTTP(S) URL or base64 data URI) for last-frame
                guidance. Only works if an image start frame is also given.
            reference_images: Reference images (1-4, HTTP(S) URLs or base64 data URIs) to guide
                video generation for characters, avatars, clothing, or environments. Cannot be used
                with first/last frame images.
            generate_audio: Whether to generate audio with the video
            seed: Random seed for reproducible generation
            reference_audio: Reference audio (HTTP(S) URL or base64 data:audio/... URI) to use as
                background music. Must be accompanied by a reference image or video.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Seedance20MiniOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bytedance import (
            seedance_2_0_mini as _model_seedance_2_0_mini,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "duration": duration,
            "resolution": resolution,
            "aspect_ratio": aspect_ratio,
            "fps": fps,
            "camera_fixed": camera_fixed,
            "watermark": watermark,
            "image": image,
            "reference_video": reference_video,
            "last_frame_image": last_frame_image,
            "reference_images": reference_images,
            "generate_audio": generate_audio,
            "seed": seed,
            "reference_audio": reference_audio,
        }
        return await self._client._run_model(
            "bytedance/seedance-2.0-mini",
            _model_seedance_2_0_mini.Seedance20MiniInput,
            _model_seedance_2_0_mini.Seedance20MiniOutput,
            given,
        )

    async def seedance_2_5(
        self,
        *,
        duration: Literal[-1] | _model_seedance_2_5.Duration,
        resolution: Literal["480p", "720p"],
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive"],
        fps: Literal[24],
        camera_fixed: bool,
        watermark: bool,
        output_format: Literal["mp4", "mov"],
        use_virtual_avatar: bool,
        prompt: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        last_frame_image: str | NotGiven = NOT_GIVEN,
        reference_images: list[str] | NotGiven = NOT_GIVEN,
        reference_videos: list[str] | NotGiven = NOT_GIVEN,
        reference_audios: list[str] | NotGiven = NOT_GIVEN,
        generate_audio: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
    ) -> _model_seedance_2_5.Seedance25Output:
        """Run ``bytedance/seedance-2.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            duration: Generated video duration in seconds. Supported range: 4-30, or -1 for
                automatic selection. For multimodal reference-to-video requests that edit an input
                reference video, only -1 is supported and the output duration is kept close to the
                input.
            resolution: Video resolution
            aspect_ratio: Video aspect ratio. "adaptive" automatically matches the aspect ratio of
                the provided reference image or video when applicable. First/last-frame generation
                always uses "adaptive"; any supplied value is overridden.
            fps: Frame rate (frames per second)
            camera_fixed: Whether to fix camera position. Not currently supported by the provider;
                has no effect.
            watermark: Whether to add a watermark to the output video
            output_format: Output video container format. "mp4" offers the best compatibility and
                smaller file size; "mov" preserves higher color fidelity for professional
                post-production workflows at the cost of a larger file.
            use_virtual_avatar: Route image reference inputs (image, reference_images,
                last_frame_image) through ByteDance's trusted virtual avatar asset library before
                generation. Intended for AI-generated/virtual character avatars that would otherwise
                be blocked by face or deepfake detection
            prompt: Text prompt describing the video to generate. Optional when at least one
                reference image, video, or audio clip is provided (Seedance 2.5 supports audio-only
                input).
            image: First-frame reference image (HTTP(S) URL or base64 data URI) for image-to-video
            last_frame_image: Last-frame reference image (HTTP(S) URL or base64 data URI). Requires
                a first-frame image to also be given.
            reference_images: Reference images (0-30, HTTP(S) URLs or base64 data URIs) to guide
                multimodal video generation, editing, or extension.
            reference_videos: Reference videos (0-10, HTTP(S) URLs or base64 data URIs) for
                style/motion guidance, video editing, or video extension. Total duration of all
                reference videos must not exceed 30 seconds.
            reference_audios: Reference audio clips (0-10, HTTP(S) URLs or base64 data:audio/...
                URIs). Supports audio-only input (no image or video required). Total duration of all
                audio clips must not exceed 30 seconds.
            generate_audio: Whether to generate audio with the video
            seed: Random seed. Passing this does not error, but reproducibility is not guaranteed
                and is not documented by the provider.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``Seedance25Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bytedance import (
            seedance_2_5 as _model_seedance_2_5,
        )

        given: dict[str, object] = {
            "duration": duration,
            "resolution": resolution,
            "aspect_ratio": aspect_ratio,
            "fps": fps,
            "camera_fixed": camera_fixed,
            "watermark": watermark,
            "output_format": output_format,
            "use_virtual_avatar": use_virtual_avatar,
            "prompt": prompt,
            "image": image,
            "last_frame_image": last_frame_image,
            "reference_images": reference_images,
            "reference_videos": reference_videos,
            "reference_audios": reference_audios,
            "generate_audio": generate_audio,
            "seed": seed,
        }
        return await self._client._run_model(
            "bytedance/seedance-2.5",
            _model_seedance_2_5.Seedance25Input,
            _model_seedance_2_5.Seedance25Output,
            given,
        )

    async def seedream_4_5(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["match_input_image", "1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "21:9"] | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        image_input: list[str] | NotGiven = NOT_GIVEN,
        max_images: int | NotGiven = NOT_GIVEN,
        sequential_image_generation: Literal["disabled", "auto"] | NotGiven = NOT_GIVEN,
        size: Literal["2K", "4K"] | NotGiven = NOT_GIVEN,
    ) -> _model_seedream_4_5.Seedream45Output:
        """Run ``bytedance/seedream-4.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            aspect_ratio: (not described)
            disable_safety_checker: (not described)
            image_input: (not described)
            max_images: (not described)
            sequential_image_generation: (not described)
            size: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at #/properties/image_input/items)
            - output format 'uri' is not checked (at #/properties/images/items)

        Returns:
            The parsed ``Seedream45Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bytedance import (
            seedream_4_5 as _model_seedream_4_5,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "disable_safety_checker": disable_safety_checker,
            "image_input": image_input,
            "max_images": max_images,
            "sequential_image_generation": sequential_image_generation,
            "size": size,
        }
        return await self._client._run_model(
            "bytedance/seedream-4.5",
            _model_seedream_4_5.Seedream45Input,
            _model_seedream_4_5.Seedream45Output,
            given,
        )

    async def seedream_5_lite(
        self,
        *,
        prompt: str,
        image_input: list[str] | NotGiven = NOT_GIVEN,
        size: Literal["2K", "3K"] | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["match_input_image", "1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "21:9"] | NotGiven = NOT_GIVEN,
        sequential_image_generation: Literal["disabled", "auto"] | NotGiven = NOT_GIVEN,
        max_images: int | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg"] | NotGiven = NOT_GIVEN,
    ) -> _model_seedream_5_lite.Seedream5LiteOutput:
        """Run ``bytedance/seedream-5-lite``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            image_input: (not described)
            size: (not described)
            aspect_ratio: (not described)
            sequential_image_generation: (not described)
            max_images: (not described)
            output_format: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at #/properties/image_input/items)
            - output format 'uri' is not checked (at #/properties/images/items)

        Returns:
            The parsed ``Seedream5LiteOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bytedance import (
            seedream_5_lite as _model_seedream_5_lite,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "image_input": image_input,
            "size": size,
            "aspect_ratio": aspect_ratio,
            "sequential_image_generation": sequential_image_generation,
            "max_images": max_images,
            "output_format": output_format,
        }
        return await self._client._run_model(
            "bytedance/seedream-5-lite",
            _model_seedream_5_lite.Seedream5LiteInput,
            _model_seedream_5_lite.Seedream5LiteOutput,
            given,
        )

    async def seedream_5_pro(
        self,
        *,
        prompt: str,
        image: str | _model_seedream_5_pro.Image | NotGiven = NOT_GIVEN,
        size: str | NotGiven = NOT_GIVEN,
    ) -> _model_seedream_5_pro.Seedream5ProOutput:
        """Run ``bytedance/seedream-5-pro``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: (not described)
            image: (not described)
            size: (not described)

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/images/items)

        Returns:
            The parsed ``Seedream5ProOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bytedance import (
            seedream_5_pro as _model_seedream_5_pro,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "image": image,
            "size": size,
        }
        return await self._client._run_model(
            "bytedance/seedream-5-pro",
            _model_seedream_5_pro.Seedream5ProInput,
            _model_seedream_5_pro.Seedream5ProOutput,
            given,
        )
