"""The ``cf.deepgram`` namespace of the client: 3 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ....models.cf.deepgram import (
        flux as _model_flux,
    )

__all__ = ["AsyncCfDeepgramNamespace", "CfDeepgramNamespace"]


class CfDeepgramNamespace:
    """Models below ``client.cf.deepgram``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def aura_1(
        self,
        *,
        text: str,
        speaker: Literal["angus", "asteria", "arcas", "orion", "orpheus", "athena", "luna", "zeus", "perseus", "helios", "hera", "stella"] | NotGiven = NOT_GIVEN,
        encoding: Literal["linear16", "flac", "mulaw", "alaw", "mp3", "opus", "aac"] | NotGiven = NOT_GIVEN,
        container: Literal["none", "wav", "ogg"] | NotGiven = NOT_GIVEN,
        sample_rate: float | NotGiven = NOT_GIVEN,
        bit_rate: float | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Run ``@cf/deepgram/aura-1``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text content to be converted to speech
            speaker: Speaker used to produce the audio.
                Cloudflare's default: ``"angus"``.
            encoding: Encoding of the output audio.
            container: Container specifies the file format wrapper for the output audio. The
                available options depend on the encoding type..
            sample_rate: Sample Rate specifies the sample rate for the output audio. Based on the
                encoding, different sample rates are supported. For some encodings, the sample rate
                is not configurable
            bit_rate: The bitrate of the audio in bits per second. Choose from predefined ranges or
                specific values based on the encoding type.

        Returns:
            The raw bytes of the answer.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.deepgram import (
            aura_1 as _model_aura_1,
        )

        given: dict[str, object] = {
            "text": text,
            "speaker": speaker,
            "encoding": encoding,
            "container": container,
            "sample_rate": sample_rate,
            "bit_rate": bit_rate,
        }
        return self._client._run_bytes(
            "@cf/deepgram/aura-1", _model_aura_1.Aura1Input, given
        )

    def aura_2_en(
        self,
        *,
        speaker: Literal["amalthea", "andromeda", "apollo", "arcas", "aries", "asteria", "athena", "atlas", "aurora", "callista", "cora", "cordelia", "delia", "draco", "electra", "harmonia", "helena", "hera", "hermes", "hyperion", "iris", "janus", "juno", "jupiter", "luna", "mars", "minerva", "neptune", "odysseus", "ophelia", "orion", "orpheus", "pandora", "phoebe", "pluto", "saturn", "thalia", "theia", "vesta", "zeus"] | NotGiven = NOT_GIVEN,
        encoding: Literal["linear16", "flac", "mulaw", "alaw", "mp3", "opus", "aac"] | NotGiven = NOT_GIVEN,
        container: Literal["none", "wav", "ogg"] | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        sample_rate: float | NotGiven = NOT_GIVEN,
        bit_rate: float | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Run ``@cf/deepgram/aura-2-en``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            speaker: Speaker used to produce the audio.
                Cloudflare's default: ``"luna"``.
            encoding: Encoding of the output audio.
            container: Container specifies the file format wrapper for the output audio. The
                available options depend on the encoding type..
            text: The text content to be converted to speech
            sample_rate: Sample Rate specifies the sample rate for the output audio. Based on the
                encoding, different sample rates are supported. For some encodings, the sample rate
                is not configurable
            bit_rate: The bitrate of the audio in bits per second. Choose from predefined ranges or
                specific values based on the encoding type.

        Returns:
            The raw bytes of the answer.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.deepgram import (
            aura_2_en as _model_aura_2_en,
        )

        given: dict[str, object] = {
            "speaker": speaker,
            "encoding": encoding,
            "container": container,
            "text": text,
            "sample_rate": sample_rate,
            "bit_rate": bit_rate,
        }
        return self._client._run_bytes(
            "@cf/deepgram/aura-2-en", _model_aura_2_en.Aura2EnInput, given
        )

    def flux(
        self,
        *,
        encoding: Literal["linear16"],
        sample_rate: str,
        eager_eot_threshold: str | NotGiven = NOT_GIVEN,
        eot_threshold: str | NotGiven = NOT_GIVEN,
        eot_timeout_ms: str | NotGiven = NOT_GIVEN,
        keyterm: str | NotGiven = NOT_GIVEN,
        mip_opt_out: Literal["true", "false"] | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
    ) -> _model_flux.FluxOutput:
        """Run ``@cf/deepgram/flux``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            encoding: Encoding of the audio stream. Currently only supports raw signed little-endian
                16-bit PCM.
            sample_rate: Sample rate of the audio stream in Hz.
            eager_eot_threshold: End-of-turn confidence required to fire an eager end-of-turn event.
                When set, enables EagerEndOfTurn and TurnResumed events. Valid Values 0.3 - 0.9.
            eot_threshold: End-of-turn confidence required to finish a turn. Valid Values 0.5 - 0.9.
                Cloudflare's default: ``"0.7"``.
            eot_timeout_ms: A turn will be finished when this much time has passed after speech,
                regardless of EOT confidence.
                Cloudflare's default: ``"5000"``.
            keyterm: Keyterm prompting can improve recognition of specialized terminology. Pass
                multiple keyterm query parameters to boost multiple keyterms.
            mip_opt_out: Opts out requests from the Deepgram Model Improvement Program. Refer to
                Deepgram Docs for pricing impacts before setting this to true.
                https://dpgr.am/deepgram-mip
                Cloudflare's default: ``"false"``.
            tag: Label your requests for the purpose of identification during usage reporting

        Returns:
            The parsed ``FluxOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.deepgram import (
            flux as _model_flux,
        )

        given: dict[str, object] = {
            "encoding": encoding,
            "sample_rate": sample_rate,
            "eager_eot_threshold": eager_eot_threshold,
            "eot_threshold": eot_threshold,
            "eot_timeout_ms": eot_timeout_ms,
            "keyterm": keyterm,
            "mip_opt_out": mip_opt_out,
            "tag": tag,
        }
        return self._client._run_model(
            "@cf/deepgram/flux",
            _model_flux.FluxInput,
            _model_flux.FluxOutput,
            given,
        )


class AsyncCfDeepgramNamespace:
    """Models below ``client.cf.deepgram``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def aura_1(
        self,
        *,
        text: str,
        speaker: Literal["angus", "asteria", "arcas", "orion", "orpheus", "athena", "luna", "zeus", "perseus", "helios", "hera", "stella"] | NotGiven = NOT_GIVEN,
        encoding: Literal["linear16", "flac", "mulaw", "alaw", "mp3", "opus", "aac"] | NotGiven = NOT_GIVEN,
        container: Literal["none", "wav", "ogg"] | NotGiven = NOT_GIVEN,
        sample_rate: float | NotGiven = NOT_GIVEN,
        bit_rate: float | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Run ``@cf/deepgram/aura-1``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text content to be converted to speech
            speaker: Speaker used to produce the audio.
                Cloudflare's default: ``"angus"``.
            encoding: Encoding of the output audio.
            container: Container specifies the file format wrapper for the output audio. The
                available options depend on the encoding type..
            sample_rate: Sample Rate specifies the sample rate for the output audio. Based on the
                encoding, different sample rates are supported. For some encodings, the sample rate
                is not configurable
            bit_rate: The bitrate of the audio in bits per second. Choose from predefined ranges or
                specific values based on the encoding type.

        Returns:
            The raw bytes of the answer.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.deepgram import (
            aura_1 as _model_aura_1,
        )

        given: dict[str, object] = {
            "text": text,
            "speaker": speaker,
            "encoding": encoding,
            "container": container,
            "sample_rate": sample_rate,
            "bit_rate": bit_rate,
        }
        return await self._client._run_bytes(
            "@cf/deepgram/aura-1", _model_aura_1.Aura1Input, given
        )

    async def aura_2_en(
        self,
        *,
        speaker: Literal["amalthea", "andromeda", "apollo", "arcas", "aries", "asteria", "athena", "atlas", "aurora", "callista", "cora", "cordelia", "delia", "draco", "electra", "harmonia", "helena", "hera", "hermes", "hyperion", "iris", "janus", "juno", "jupiter", "luna", "mars", "minerva", "neptune", "odysseus", "ophelia", "orion", "orpheus", "pandora", "phoebe", "pluto", "saturn", "thalia", "theia", "vesta", "zeus"] | NotGiven = NOT_GIVEN,
        encoding: Literal["linear16", "flac", "mulaw", "alaw", "mp3", "opus", "aac"] | NotGiven = NOT_GIVEN,
        container: Literal["none", "wav", "ogg"] | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        sample_rate: float | NotGiven = NOT_GIVEN,
        bit_rate: float | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Run ``@cf/deepgram/aura-2-en``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            speaker: Speaker used to produce the audio.
                Cloudflare's default: ``"luna"``.
            encoding: Encoding of the output audio.
            container: Container specifies the file format wrapper for the output audio. The
                available options depend on the encoding type..
            text: The text content to be converted to speech
            sample_rate: Sample Rate specifies the sample rate for the output audio. Based on the
                encoding, different sample rates are supported. For some encodings, the sample rate
                is not configurable
            bit_rate: The bitrate of the audio in bits per second. Choose from predefined ranges or
                specific values based on the encoding type.

        Returns:
            The raw bytes of the answer.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.deepgram import (
            aura_2_en as _model_aura_2_en,
        )

        given: dict[str, object] = {
            "speaker": speaker,
            "encoding": encoding,
            "container": container,
            "text": text,
            "sample_rate": sample_rate,
            "bit_rate": bit_rate,
        }
        return await self._client._run_bytes(
            "@cf/deepgram/aura-2-en", _model_aura_2_en.Aura2EnInput, given
        )

    async def flux(
        self,
        *,
        encoding: Literal["linear16"],
        sample_rate: str,
        eager_eot_threshold: str | NotGiven = NOT_GIVEN,
        eot_threshold: str | NotGiven = NOT_GIVEN,
        eot_timeout_ms: str | NotGiven = NOT_GIVEN,
        keyterm: str | NotGiven = NOT_GIVEN,
        mip_opt_out: Literal["true", "false"] | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
    ) -> _model_flux.FluxOutput:
        """Run ``@cf/deepgram/flux``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            encoding: Encoding of the audio stream. Currently only supports raw signed little-endian
                16-bit PCM.
            sample_rate: Sample rate of the audio stream in Hz.
            eager_eot_threshold: End-of-turn confidence required to fire an eager end-of-turn event.
                When set, enables EagerEndOfTurn and TurnResumed events. Valid Values 0.3 - 0.9.
            eot_threshold: End-of-turn confidence required to finish a turn. Valid Values 0.5 - 0.9.
                Cloudflare's default: ``"0.7"``.
            eot_timeout_ms: A turn will be finished when this much time has passed after speech,
                regardless of EOT confidence.
                Cloudflare's default: ``"5000"``.
            keyterm: Keyterm prompting can improve recognition of specialized terminology. Pass
                multiple keyterm query parameters to boost multiple keyterms.
            mip_opt_out: Opts out requests from the Deepgram Model Improvement Program. Refer to
                Deepgram Docs for pricing impacts before setting this to true.
                https://dpgr.am/deepgram-mip
                Cloudflare's default: ``"false"``.
            tag: Label your requests for the purpose of identification during usage reporting

        Returns:
            The parsed ``FluxOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.deepgram import (
            flux as _model_flux,
        )

        given: dict[str, object] = {
            "encoding": encoding,
            "sample_rate": sample_rate,
            "eager_eot_threshold": eager_eot_threshold,
            "eot_threshold": eot_threshold,
            "eot_timeout_ms": eot_timeout_ms,
            "keyterm": keyterm,
            "mip_opt_out": mip_opt_out,
            "tag": tag,
        }
        return await self._client._run_model(
            "@cf/deepgram/flux",
            _model_flux.FluxInput,
            _model_flux.FluxOutput,
            given,
        )
