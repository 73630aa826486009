"""The ``bria`` namespace of the client: 4 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ...models.bria import (
        fibo_edit_1_5 as _model_fibo_edit_1_5,
    )
    from ...models.bria import (
        fibo_generate_1_5 as _model_fibo_generate_1_5,
    )
    from ...models.bria import (
        remove_background as _model_remove_background,
    )
    from ...models.bria import (
        v_rmbg_3_0 as _model_v_rmbg_3_0,
    )

__all__ = ["AsyncBriaNamespace", "BriaNamespace"]


class BriaNamespace:
    """Models below ``client.bria``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def fibo_edit_1_5(
        self,
        *,
        images: list[_model_fibo_edit_1_5.Image],
        instruction: str | NotGiven = NOT_GIVEN,
        structured_instruction: str | NotGiven = NOT_GIVEN,
        mask: str | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"] | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        output_type: Literal["png", "jpeg"] | NotGiven = NOT_GIVEN,
        ip_signal: bool | NotGiven = NOT_GIVEN,
        prompt_content_moderation: bool | NotGiven = NOT_GIVEN,
        visual_input_content_moderation: bool | NotGiven = NOT_GIVEN,
        visual_output_content_moderation: bool | NotGiven = NOT_GIVEN,
    ) -> _model_fibo_edit_1_5.FiboEdit15Output:
        """Run ``bria/fibo-edit-1.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            images: One to four input images, each a public URL or base64-encoded image data (a
                `data:` URI prefix is accepted). Refer to them in the instruction as "image 1",
                "image 2", and so on.
            instruction: Edit instruction in natural language. Provide this or
                `structured_instruction`.
            structured_instruction: Structured (VGL) edit instruction as a JSON string, as returned
                by a previous result. Provide this or `instruction`.
            mask: Black-and-white mask the same size as the input image, a public URL or
                base64-encoded image data (a `data:` URI prefix is accepted). White areas are edited
                and black areas are kept. Only allowed with a single input image.
            aspect_ratio: Output aspect ratio. Defaults to the aspect ratio of the first input
                image.
            seed: Seed for reproducible results.
            output_type: Output image format. Default png.
            ip_signal: When true, the result carries a `warning` if the text input may reference
                IP-protected content. Default false.
            prompt_content_moderation: Reject the request if the instruction fails content
                moderation. Default true.
            visual_input_content_moderation: Reject the request if an input image or the mask fails
                content moderation. Default true.
            visual_output_content_moderation: Fail the request if the edited image fails content
                moderation. Default true.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``FiboEdit15Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bria import (
            fibo_edit_1_5 as _model_fibo_edit_1_5,
        )

        given: dict[str, object] = {
            "images": images,
            "instruction": instruction,
            "structured_instruction": structured_instruction,
            "mask": mask,
            "aspect_ratio": aspect_ratio,
            "seed": seed,
            "output_type": output_type,
            "ip_signal": ip_signal,
            "prompt_content_moderation": prompt_content_moderation,
            "visual_input_content_moderation": visual_input_content_moderation,
            "visual_output_content_moderation": visual_output_content_moderation,
        }
        return self._client._run_model(
            "bria/fibo-edit-1.5",
            _model_fibo_edit_1_5.FiboEdit15Input,
            _model_fibo_edit_1_5.FiboEdit15Output,
            given,
        )

    def fibo_generate_1_5(
        self,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        images: list[_model_fibo_generate_1_5.Image] | NotGiven = NOT_GIVEN,
        structured_prompt: str | NotGiven = NOT_GIVEN,
        resolution: Literal["1MP", "4MP"] | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"] | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        output_type: Literal["png", "jpeg"] | NotGiven = NOT_GIVEN,
        ip_signal: bool | NotGiven = NOT_GIVEN,
        prompt_content_moderation: bool | NotGiven = NOT_GIVEN,
        visual_input_content_moderation: bool | NotGiven = NOT_GIVEN,
        visual_output_content_moderation: bool | NotGiven = NOT_GIVEN,
    ) -> _model_fibo_generate_1_5.FiboGenerate15Output:
        """Run ``bria/fibo-generate-1.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt. Use alone, with `images` as a reference, or with
                `structured_prompt` to refine a previous result.
            images: One reference image: a public URL or base64-encoded image data (a `data:` URI
                prefix is accepted).
            structured_prompt: Structured (VGL) prompt as a JSON string, as returned by a previous
                result. Recreates that image with the same `seed`; add `prompt` to refine it. Cannot
                be combined with `images`.
            resolution: Output resolution. 4MP adds about 30 seconds of latency. Default 1MP.
            aspect_ratio: Output aspect ratio. Default 1:1.
            seed: Seed for reproducible results. Pass the seed of a previous result with its
                `structured_prompt` to recreate or refine it.
            output_type: Output image format. Default png.
            ip_signal: When true, the result carries a `warning` if the text input may reference
                IP-protected content. Default false.
            prompt_content_moderation: Reject the request if the prompt fails content moderation.
                Default true.
            visual_input_content_moderation: Reject the request if the reference image fails content
                moderation. Default true.
            visual_output_content_moderation: Fail the request if the generated image fails content
                moderation. Default true.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``FiboGenerate15Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bria import (
            fibo_generate_1_5 as _model_fibo_generate_1_5,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "images": images,
            "structured_prompt": structured_prompt,
            "resolution": resolution,
            "aspect_ratio": aspect_ratio,
            "seed": seed,
            "output_type": output_type,
            "ip_signal": ip_signal,
            "prompt_content_moderation": prompt_content_moderation,
            "visual_input_content_moderation": visual_input_content_moderation,
            "visual_output_content_moderation": visual_output_content_moderation,
        }
        return self._client._run_model(
            "bria/fibo-generate-1.5",
            _model_fibo_generate_1_5.FiboGenerate15Input,
            _model_fibo_generate_1_5.FiboGenerate15Output,
            given,
        )

    def remove_background(
        self,
        *,
        image: str,
        preserve_alpha: bool | NotGiven = NOT_GIVEN,
        visual_input_content_moderation: bool | NotGiven = NOT_GIVEN,
        visual_output_content_moderation: bool | NotGiven = NOT_GIVEN,
    ) -> _model_remove_background.RemoveBackgroundOutput:
        """Run ``bria/remove-background``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            image: JPEG or PNG image (RGB, RGBA, or CMYK), a public URL or base64-encoded image data
                (a `data:` URI prefix is accepted).
            preserve_alpha: Keep partial transparency from the input alpha channel. When false,
                every foreground pixel is fully opaque. Default true.
            visual_input_content_moderation: Reject the request if the input image fails content
                moderation. Default false.
            visual_output_content_moderation: Fail the request if the result fails content
                moderation. Default false.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``RemoveBackgroundOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bria import (
            remove_background as _model_remove_background,
        )

        given: dict[str, object] = {
            "image": image,
            "preserve_alpha": preserve_alpha,
            "visual_input_content_moderation": visual_input_content_moderation,
            "visual_output_content_moderation": visual_output_content_moderation,
        }
        return self._client._run_model(
            "bria/remove-background",
            _model_remove_background.RemoveBackgroundInput,
            _model_remove_background.RemoveBackgroundOutput,
            given,
        )

    def v_rmbg_3_0(
        self,
        *,
        video: str,
        background_color: Literal["Transparent", "Black", "White", "Gray", "Red", "Green", "Blue", "Yellow", "Cyan", "Magenta", "Orange"] | NotGiven = NOT_GIVEN,
        output_container_and_codec: Literal["mp4_h264", "mp4_h265", "mov_h265", "mov_proresks"] | NotGiven = NOT_GIVEN,
        auto_zoom: bool | NotGiven = NOT_GIVEN,
        preserve_audio: bool | NotGiven = NOT_GIVEN,
        spill_suppression: float | NotGiven = NOT_GIVEN,
    ) -> _model_v_rmbg_3_0.VRmbg30Output:
        """Run ``bria/v-rmbg-3.0``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            video: Public URL of the input video: MP4, MOV, WEBM, AVI, or GIF, up to 60 seconds and
                16000x16000.
            background_color: Color that replaces the removed background; set it explicitly.
                Transparent needs the mov_proresks preset: with any other preset Bria uses Black and
                returns a `warning`.
            output_container_and_codec: Output container and codec. Default mp4_h264. mov_proresks
                (ProRes) is the preset that keeps transparency.
            auto_zoom: Crop once to the subject for the whole video. Output resolution and aspect
                ratio may change, and processing is slower. Default false.
            preserve_audio: Keep the input audio track. Default true.
            spill_suppression: Strength of green-fringe removal for green-screen footage, from 0
                (off) to 1. Default 0.

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at #/properties/video)
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``VRmbg30Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bria import (
            v_rmbg_3_0 as _model_v_rmbg_3_0,
        )

        given: dict[str, object] = {
            "video": video,
            "background_color": background_color,
            "output_container_and_codec": output_container_and_codec,
            "auto_zoom": auto_zoom,
            "preserve_audio": preserve_audio,
            "spill_suppression": spill_suppression,
        }
        return self._client._run_model(
            "bria/v-rmbg-3.0",
            _model_v_rmbg_3_0.VRmbg30Input,
            _model_v_rmbg_3_0.VRmbg30Output,
            given,
        )


class AsyncBriaNamespace:
    """Models below ``client.bria``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def fibo_edit_1_5(
        self,
        *,
        images: list[_model_fibo_edit_1_5.Image],
        instruction: str | NotGiven = NOT_GIVEN,
        structured_instruction: str | NotGiven = NOT_GIVEN,
        mask: str | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"] | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        output_type: Literal["png", "jpeg"] | NotGiven = NOT_GIVEN,
        ip_signal: bool | NotGiven = NOT_GIVEN,
        prompt_content_moderation: bool | NotGiven = NOT_GIVEN,
        visual_input_content_moderation: bool | NotGiven = NOT_GIVEN,
        visual_output_content_moderation: bool | NotGiven = NOT_GIVEN,
    ) -> _model_fibo_edit_1_5.FiboEdit15Output:
        """Run ``bria/fibo-edit-1.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            images: One to four input images, each a public URL or base64-encoded image data (a
                `data:` URI prefix is accepted). Refer to them in the instruction as "image 1",
                "image 2", and so on.
            instruction: Edit instruction in natural language. Provide this or
                `structured_instruction`.
            structured_instruction: Structured (VGL) edit instruction as a JSON string, as returned
                by a previous result. Provide this or `instruction`.
            mask: Black-and-white mask the same size as the input image, a public URL or
                base64-encoded image data (a `data:` URI prefix is accepted). White areas are edited
                and black areas are kept. Only allowed with a single input image.
            aspect_ratio: Output aspect ratio. Defaults to the aspect ratio of the first input
                image.
            seed: Seed for reproducible results.
            output_type: Output image format. Default png.
            ip_signal: When true, the result carries a `warning` if the text input may reference
                IP-protected content. Default false.
            prompt_content_moderation: Reject the request if the instruction fails content
                moderation. Default true.
            visual_input_content_moderation: Reject the request if an input image or the mask fails
                content moderation. Default true.
            visual_output_content_moderation: Fail the request if the edited image fails content
                moderation. Default true.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``FiboEdit15Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bria import (
            fibo_edit_1_5 as _model_fibo_edit_1_5,
        )

        given: dict[str, object] = {
            "images": images,
            "instruction": instruction,
            "structured_instruction": structured_instruction,
            "mask": mask,
            "aspect_ratio": aspect_ratio,
            "seed": seed,
            "output_type": output_type,
            "ip_signal": ip_signal,
            "prompt_content_moderation": prompt_content_moderation,
            "visual_input_content_moderation": visual_input_content_moderation,
            "visual_output_content_moderation": visual_output_content_moderation,
        }
        return await self._client._run_model(
            "bria/fibo-edit-1.5",
            _model_fibo_edit_1_5.FiboEdit15Input,
            _model_fibo_edit_1_5.FiboEdit15Output,
            given,
        )

    async def fibo_generate_1_5(
        self,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        images: list[_model_fibo_generate_1_5.Image] | NotGiven = NOT_GIVEN,
        structured_prompt: str | NotGiven = NOT_GIVEN,
        resolution: Literal["1MP", "4MP"] | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"] | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        output_type: Literal["png", "jpeg"] | NotGiven = NOT_GIVEN,
        ip_signal: bool | NotGiven = NOT_GIVEN,
        prompt_content_moderation: bool | NotGiven = NOT_GIVEN,
        visual_input_content_moderation: bool | NotGiven = NOT_GIVEN,
        visual_output_content_moderation: bool | NotGiven = NOT_GIVEN,
    ) -> _model_fibo_generate_1_5.FiboGenerate15Output:
        """Run ``bria/fibo-generate-1.5``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: Text prompt. Use alone, with `images` as a reference, or with
                `structured_prompt` to refine a previous result.
            images: One reference image: a public URL or base64-encoded image data (a `data:` URI
                prefix is accepted).
            structured_prompt: Structured (VGL) prompt as a JSON string, as returned by a previous
                result. Recreates that image with the same `seed`; add `prompt` to refine it. Cannot
                be combined with `images`.
            resolution: Output resolution. 4MP adds about 30 seconds of latency. Default 1MP.
            aspect_ratio: Output aspect ratio. Default 1:1.
            seed: Seed for reproducible results. Pass the seed of a previous result with its
                `structured_prompt` to recreate or refine it.
            output_type: Output image format. Default png.
            ip_signal: When true, the result carries a `warning` if the text input may reference
                IP-protected content. Default false.
            prompt_content_moderation: Reject the request if the prompt fails content moderation.
                Default true.
            visual_input_content_moderation: Reject the request if the reference image fails content
                moderation. Default true.
            visual_output_content_moderation: Fail the request if the generated image fails content
                moderation. Default true.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``FiboGenerate15Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bria import (
            fibo_generate_1_5 as _model_fibo_generate_1_5,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "images": images,
            "structured_prompt": structured_prompt,
            "resolution": resolution,
            "aspect_ratio": aspect_ratio,
            "seed": seed,
            "output_type": output_type,
            "ip_signal": ip_signal,
            "prompt_content_moderation": prompt_content_moderation,
            "visual_input_content_moderation": visual_input_content_moderation,
            "visual_output_content_moderation": visual_output_content_moderation,
        }
        return await self._client._run_model(
            "bria/fibo-generate-1.5",
            _model_fibo_generate_1_5.FiboGenerate15Input,
            _model_fibo_generate_1_5.FiboGenerate15Output,
            given,
        )

    async def remove_background(
        self,
        *,
        image: str,
        preserve_alpha: bool | NotGiven = NOT_GIVEN,
        visual_input_content_moderation: bool | NotGiven = NOT_GIVEN,
        visual_output_content_moderation: bool | NotGiven = NOT_GIVEN,
    ) -> _model_remove_background.RemoveBackgroundOutput:
        """Run ``bria/remove-background``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            image: JPEG or PNG image (RGB, RGBA, or CMYK), a public URL or base64-encoded image data
                (a `data:` URI prefix is accepted).
            preserve_alpha: Keep partial transparency from the input alpha channel. When false,
                every foreground pixel is fully opaque. Default true.
            visual_input_content_moderation: Reject the request if the input image fails content
                moderation. Default false.
            visual_output_content_moderation: Fail the request if the result fails content
                moderation. Default false.

        Not checked by the client (the schema says more than pydantic can):
            - output format 'uri' is not checked (at #/properties/image)

        Returns:
            The parsed ``RemoveBackgroundOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bria import (
            remove_background as _model_remove_background,
        )

        given: dict[str, object] = {
            "image": image,
            "preserve_alpha": preserve_alpha,
            "visual_input_content_moderation": visual_input_content_moderation,
            "visual_output_content_moderation": visual_output_content_moderation,
        }
        return await self._client._run_model(
            "bria/remove-background",
            _model_remove_background.RemoveBackgroundInput,
            _model_remove_background.RemoveBackgroundOutput,
            given,
        )

    async def v_rmbg_3_0(
        self,
        *,
        video: str,
        background_color: Literal["Transparent", "Black", "White", "Gray", "Red", "Green", "Blue", "Yellow", "Cyan", "Magenta", "Orange"] | NotGiven = NOT_GIVEN,
        output_container_and_codec: Literal["mp4_h264", "mp4_h265", "mov_h265", "mov_proresks"] | NotGiven = NOT_GIVEN,
        auto_zoom: bool | NotGiven = NOT_GIVEN,
        preserve_audio: bool | NotGiven = NOT_GIVEN,
        spill_suppression: float | NotGiven = NOT_GIVEN,
    ) -> _model_v_rmbg_3_0.VRmbg30Output:
        """Run ``bria/v-rmbg-3.0``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            video: Public URL of the input video: MP4, MOV, WEBM, AVI, or GIF, up to 60 seconds and
                16000x16000.
            background_color: Color that replaces the removed background; set it explicitly.
                Transparent needs the mov_proresks preset: with any other preset Bria uses Black and
                returns a `warning`.
            output_container_and_codec: Output container and codec. Default mp4_h264. mov_proresks
                (ProRes) is the preset that keeps transparency.
            auto_zoom: Crop once to the subject for the whole video. Output resolution and aspect
                ratio may change, and processing is slower. Default false.
            preserve_audio: Keep the input audio track. Default true.
            spill_suppression: Strength of green-fringe removal for green-screen footage, from 0
                (off) to 1. Default 0.

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at #/properties/video)
            - output format 'uri' is not checked (at #/properties/video)

        Returns:
            The parsed ``VRmbg30Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.bria import (
            v_rmbg_3_0 as _model_v_rmbg_3_0,
        )

        given: dict[str, object] = {
            "video": video,
            "background_color": background_color,
            "output_container_and_codec": output_container_and_codec,
            "auto_zoom": auto_zoom,
            "preserve_audio": preserve_audio,
            "spill_suppression": spill_suppression,
        }
        return await self._client._run_model(
            "bria/v-rmbg-3.0",
            _model_v_rmbg_3_0.VRmbg30Input,
            _model_v_rmbg_3_0.VRmbg30Output,
            given,
        )
