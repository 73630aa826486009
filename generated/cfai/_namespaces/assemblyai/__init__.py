"""The ``assemblyai`` namespace of the client: 2 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ...models.assemblyai import (
        universal_3_5_pro as _model_universal_3_5_pro,
    )
    from ...models.assemblyai import (
        universal_3_pro as _model_universal_3_pro,
    )

__all__ = ["AssemblyaiNamespace", "AsyncAssemblyaiNamespace"]


class AssemblyaiNamespace:
    """Models below ``client.assemblyai``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def universal_3_pro(
        self,
        *,
        audio_url: str,
        language_code: str | NotGiven = NOT_GIVEN,
        language_detection: bool | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        keyterms_prompt: list[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        speaker_labels: bool | NotGiven = NOT_GIVEN,
        speakers_expected: int | NotGiven = NOT_GIVEN,
        auto_chapters: bool | NotGiven = NOT_GIVEN,
        entity_detection: bool | NotGiven = NOT_GIVEN,
        sentiment_analysis: bool | NotGiven = NOT_GIVEN,
        auto_highlights: bool | NotGiven = NOT_GIVEN,
        content_safety: bool | NotGiven = NOT_GIVEN,
        iab_categories: bool | NotGiven = NOT_GIVEN,
        custom_spelling: list[_model_universal_3_pro.CustomSpellingItem] | NotGiven = NOT_GIVEN,
        disfluencies: bool | NotGiven = NOT_GIVEN,
        multichannel: bool | NotGiven = NOT_GIVEN,
        dual_channel: bool | NotGiven = NOT_GIVEN,
        webhook_url: str | NotGiven = NOT_GIVEN,
        audio_start_from: int | NotGiven = NOT_GIVEN,
        audio_end_at: int | NotGiven = NOT_GIVEN,
        word_boost: list[str] | NotGiven = NOT_GIVEN,
        boost_param: Literal["low", "default", "high"] | NotGiven = NOT_GIVEN,
        filter_profanity: bool | NotGiven = NOT_GIVEN,
        redact_pii: bool | NotGiven = NOT_GIVEN,
        redact_pii_audio: bool | NotGiven = NOT_GIVEN,
        redact_pii_policies: list[str] | NotGiven = NOT_GIVEN,
        redact_pii_sub: Literal["entity_name", "hash"] | NotGiven = NOT_GIVEN,
        speech_threshold: float | NotGiven = NOT_GIVEN,
    ) -> _model_universal_3_pro.Universal3ProOutput:
        """Run ``assemblyai/universal-3-pro``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            audio_url: The URL of the audio file to transcribe. Can be a publicly accessible URL or
                a data URI (data:audio/...;base64,...). For data URIs, the audio will be uploaded to
                AssemblyAI automatically.
            language_code: The language code for the audio file (e.g., "en", "es", "fr"). Defaults
                to automatic language detection.
            language_detection: Enable automatic language detection. When enabled with
                speech_models, the system will automatically select the best model for the detected
                language.
            prompt: A custom prompt to guide transcription style, formatting, and output
                characteristics. Maximum 1,500 words.
            keyterms_prompt: An array of up to 1,000 words or phrases (max 6 words per phrase) to
                improve transcription accuracy. Cannot be used with the prompt parameter.
            temperature: Controls randomness in model output (0.0-1.0). Lower values make output
                more deterministic. Default is 0.0.
            speaker_labels: Enable speaker diarization to identify different speakers in the audio.
            speakers_expected: Expected number of speakers for speaker diarization.
            auto_chapters: Enable automatic chapter detection.
            entity_detection: Enable detection of entities like names, organizations, and locations.
            sentiment_analysis: Enable sentiment analysis for each sentence.
            auto_highlights: Enable automatic extraction of key phrases and highlights.
            content_safety: Enable content safety detection for sensitive content.
            iab_categories: Enable IAB (Interactive Advertising Bureau) content taxonomy
                classification.
            custom_spelling: Custom spelling rules to replace specific words or phrases in the
                transcription output.
            disfluencies: Include filler words like "um", "uh", etc. in the transcript.
            multichannel: Process each audio channel separately for multi-channel audio files.
            dual_channel: Process audio as dual-channel (stereo) for better accuracy.
            webhook_url: URL to receive webhook notifications when transcription is complete.
            audio_start_from: Timestamp (in milliseconds) to start transcription from.
            audio_end_at: Timestamp (in milliseconds) to end transcription at.
            word_boost: Array of words to boost recognition accuracy (legacy - use keyterms_prompt
                instead).
            boost_param: How much to boost the words in word_boost.
            filter_profanity: Filter profanity from the transcription.
            redact_pii: Redact personally identifiable information.
            redact_pii_audio: Generate a redacted audio file with PII removed.
            redact_pii_policies: Specific PII policies to apply for redaction.
            redact_pii_sub: Strategy for substituting redacted PII.
            speech_threshold: Confidence threshold for speech detection.

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at #/properties/webhook_url)

        Returns:
            The parsed ``Universal3ProOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.assemblyai import (
            universal_3_pro as _model_universal_3_pro,
        )

        given: dict[str, object] = {
            "audio_url": audio_url,
            "language_code": language_code,
            "language_detection": language_detection,
            "prompt": prompt,
            "keyterms_prompt": keyterms_prompt,
            "temperature": temperature,
            "speaker_labels": speaker_labels,
            "speakers_expected": speakers_expected,
            "auto_chapters": auto_chapters,
            "entity_detection": entity_detection,
            "sentiment_analysis": sentiment_analysis,
            "auto_highlights": auto_highlights,
            "content_safety": content_safety,
            "iab_categories": iab_categories,
            "custom_spelling": custom_spelling,
            "disfluencies": disfluencies,
            "multichannel": multichannel,
            "dual_channel": dual_channel,
            "webhook_url": webhook_url,
            "audio_start_from": audio_start_from,
            "audio_end_at": audio_end_at,
            "word_boost": word_boost,
            "boost_param": boost_param,
            "filter_profanity": filter_profanity,
            "redact_pii": redact_pii,
            "redact_pii_audio": redact_pii_audio,
            "redact_pii_policies": redact_pii_policies,
            "redact_pii_sub": redact_pii_sub,
            "speech_threshold": speech_threshold,
        }
        return self._client._run_model(
            "assemblyai/universal-3-pro",
            _model_universal_3_pro.Universal3ProInput,
            _model_universal_3_pro.Universal3ProOutput,
            given,
        )

    def universal_3_5_pro(
        self,
        *,
        audio_url: str,
        audio_start_from: int | NotGiven = NOT_GIVEN,
        audio_end_at: int | NotGiven = NOT_GIVEN,
        language_code: str | NotGiven = NOT_GIVEN,
        language_detection: bool | NotGiven = NOT_GIVEN,
        language_detection_options: _model_universal_3_5_pro.LanguageDetectionOptions | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        keyterms_prompt: list[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        punctuate: bool | NotGiven = NOT_GIVEN,
        format_text: bool | NotGiven = NOT_GIVEN,
        disfluencies: bool | NotGiven = NOT_GIVEN,
        filter_profanity: bool | NotGiven = NOT_GIVEN,
        speaker_labels: bool | NotGiven = NOT_GIVEN,
        speakers_expected: int | NotGiven = NOT_GIVEN,
        speaker_options: _model_universal_3_5_pro.SpeakerOptions | NotGiven = NOT_GIVEN,
        multichannel: bool | NotGiven = NOT_GIVEN,
        custom_spelling: list[_model_universal_3_5_pro.CustomSpellingItem] | NotGiven = NOT_GIVEN,
        auto_highlights: bool | NotGiven = NOT_GIVEN,
        content_safety: bool | NotGiven = NOT_GIVEN,
        content_safety_confidence: int | NotGiven = NOT_GIVEN,
        iab_categories: bool | NotGiven = NOT_GIVEN,
        entity_detection: bool | NotGiven = NOT_GIVEN,
        sentiment_analysis: bool | NotGiven = NOT_GIVEN,
        domain: Literal["medical-v1"] | NotGiven = NOT_GIVEN,
        speech_threshold: float | NotGiven = NOT_GIVEN,
        redact_pii: bool | NotGiven = NOT_GIVEN,
        redact_pii_audio: bool | NotGiven = NOT_GIVEN,
        redact_pii_audio_quality: Literal["mp3", "wav"] | NotGiven = NOT_GIVEN,
        redact_pii_audio_options: _model_universal_3_5_pro.RedactPiiAudioOptions | NotGiven = NOT_GIVEN,
        redact_pii_policies: list[str] | NotGiven = NOT_GIVEN,
        redact_pii_sub: Literal["entity_name", "hash"] | NotGiven = NOT_GIVEN,
        redact_pii_return_unredacted: bool | NotGiven = NOT_GIVEN,
        redact_static_entities: dict[str, list[str]] | NotGiven = NOT_GIVEN,
    ) -> _model_universal_3_5_pro.Universal35ProOutput:
        """Run ``assemblyai/universal-3.5-pro``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            audio_url: The URL of the audio or video file to transcribe, or a data URI.
            audio_start_from: Timestamp in milliseconds at which to begin transcription.
            audio_end_at: Timestamp in milliseconds at which to stop transcription.
            language_code: Language code of the audio.
            language_detection: Whether to automatically detect the language.
            language_detection_options: (not described)
            prompt: Natural-language instructions for transcription style.
            keyterms_prompt: Words or phrases to prioritize during transcription.
            temperature: Controls transcription randomness from 0 to 1.
            punctuate: Whether to add punctuation.
            format_text: Whether to apply text formatting.
            disfluencies: Whether to include filler words such as um and uh.
            filter_profanity: Whether to filter profanity.
            speaker_labels: Whether to identify speakers in the transcript.
            speakers_expected: Expected number of speakers.
            speaker_options: (not described)
            multichannel: Whether to transcribe each audio channel separately.
            custom_spelling: (not described)
            auto_highlights: Whether to extract key phrases.
            content_safety: Whether to detect sensitive content.
            content_safety_confidence: Content safety confidence threshold from 25 to 100.
            iab_categories: Whether to classify topics using IAB categories.
            entity_detection: Whether to detect named entities.
            sentiment_analysis: Whether to analyze sentence sentiment.
            domain: Domain-specific model for medical terminology.
            speech_threshold: Minimum fraction of speech required for transcription.
            redact_pii: Whether to redact personally identifiable information.
            redact_pii_audio: Whether to generate an audio file with spoken PII redacted.
            redact_pii_audio_quality: Format of the redacted audio file.
            redact_pii_audio_options: (not described)
            redact_pii_policies: PII categories to redact.
            redact_pii_sub: Replacement strategy for redacted PII.
            redact_pii_return_unredacted: Whether to include unredacted fields alongside the
                redacted transcript.
            redact_static_entities: User-defined terms to redact, grouped by label.

        Returns:
            The parsed ``Universal35ProOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.assemblyai import (
            universal_3_5_pro as _model_universal_3_5_pro,
        )

        given: dict[str, object] = {
            "audio_url": audio_url,
            "audio_start_from": audio_start_from,
            "audio_end_at": audio_end_at,
            "language_code": language_code,
            "language_detection": language_detection,
            "language_detection_options": language_detection_options,
            "prompt": prompt,
            "keyterms_prompt": keyterms_prompt,
            "temperature": temperature,
            "punctuate": punctuate,
            "format_text": format_text,
            "disfluencies": disfluencies,
            "filter_profanity": filter_profanity,
            "speaker_labels": speaker_labels,
            "speakers_expected": speakers_expected,
            "speaker_options": speaker_options,
            "multichannel": multichannel,
            "custom_spelling": custom_spelling,
            "auto_highlights": auto_highlights,
            "content_safety": content_safety,
            "content_safety_confidence": content_safety_confidence,
            "iab_categories": iab_categories,
            "entity_detection": entity_detection,
            "sentiment_analysis": sentiment_analysis,
            "domain": domain,
            "speech_threshold": speech_threshold,
            "redact_pii": redact_pii,
            "redact_pii_audio": redact_pii_audio,
            "redact_pii_audio_quality": redact_pii_audio_quality,
            "redact_pii_audio_options": redact_pii_audio_options,
            "redact_pii_policies": redact_pii_policies,
            "redact_pii_sub": redact_pii_sub,
            "redact_pii_return_unredacted": redact_pii_return_unredacted,
            "redact_static_entities": redact_static_entities,
        }
        return self._client._run_model(
            "assemblyai/universal-3.5-pro",
            _model_universal_3_5_pro.Universal35ProInput,
            _model_universal_3_5_pro.Universal35ProOutput,
            given,
        )


class AsyncAssemblyaiNamespace:
    """Models below ``client.assemblyai``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def universal_3_pro(
        self,
        *,
        audio_url: str,
        language_code: str | NotGiven = NOT_GIVEN,
        language_detection: bool | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        keyterms_prompt: list[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        speaker_labels: bool | NotGiven = NOT_GIVEN,
        speakers_expected: int | NotGiven = NOT_GIVEN,
        auto_chapters: bool | NotGiven = NOT_GIVEN,
        entity_detection: bool | NotGiven = NOT_GIVEN,
        sentiment_analysis: bool | NotGiven = NOT_GIVEN,
        auto_highlights: bool | NotGiven = NOT_GIVEN,
        content_safety: bool | NotGiven = NOT_GIVEN,
        iab_categories: bool | NotGiven = NOT_GIVEN,
        custom_spelling: list[_model_universal_3_pro.CustomSpellingItem] | NotGiven = NOT_GIVEN,
        disfluencies: bool | NotGiven = NOT_GIVEN,
        multichannel: bool | NotGiven = NOT_GIVEN,
        dual_channel: bool | NotGiven = NOT_GIVEN,
        webhook_url: str | NotGiven = NOT_GIVEN,
        audio_start_from: int | NotGiven = NOT_GIVEN,
        audio_end_at: int | NotGiven = NOT_GIVEN,
        word_boost: list[str] | NotGiven = NOT_GIVEN,
        boost_param: Literal["low", "default", "high"] | NotGiven = NOT_GIVEN,
        filter_profanity: bool | NotGiven = NOT_GIVEN,
        redact_pii: bool | NotGiven = NOT_GIVEN,
        redact_pii_audio: bool | NotGiven = NOT_GIVEN,
        redact_pii_policies: list[str] | NotGiven = NOT_GIVEN,
        redact_pii_sub: Literal["entity_name", "hash"] | NotGiven = NOT_GIVEN,
        speech_threshold: float | NotGiven = NOT_GIVEN,
    ) -> _model_universal_3_pro.Universal3ProOutput:
        """Run ``assemblyai/universal-3-pro``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            audio_url: The URL of the audio file to transcribe. Can be a publicly accessible URL or
                a data URI (data:audio/...;base64,...). For data URIs, the audio will be uploaded to
                AssemblyAI automatically.
            language_code: The language code for the audio file (e.g., "en", "es", "fr"). Defaults
                to automatic language detection.
            language_detection: Enable automatic language detection. When enabled with
                speech_models, the system will automatically select the best model for the detected
                language.
            prompt: A custom prompt to guide transcription style, formatting, and output
                characteristics. Maximum 1,500 words.
            keyterms_prompt: An array of up to 1,000 words or phrases (max 6 words per phrase) to
                improve transcription accuracy. Cannot be used with the prompt parameter.
            temperature: Controls randomness in model output (0.0-1.0). Lower values make output
                more deterministic. Default is 0.0.
            speaker_labels: Enable speaker diarization to identify different speakers in the audio.
            speakers_expected: Expected number of speakers for speaker diarization.
            auto_chapters: Enable automatic chapter detection.
            entity_detection: Enable detection of entities like names, organizations, and locations.
            sentiment_analysis: Enable sentiment analysis for each sentence.
            auto_highlights: Enable automatic extraction of key phrases and highlights.
            content_safety: Enable content safety detection for sensitive content.
            iab_categories: Enable IAB (Interactive Advertising Bureau) content taxonomy
                classification.
            custom_spelling: Custom spelling rules to replace specific words or phrases in the
                transcription output.
            disfluencies: Include filler words like "um", "uh", etc. in the transcript.
            multichannel: Process each audio channel separately for multi-channel audio files.
            dual_channel: Process audio as dual-channel (stereo) for better accuracy.
            webhook_url: URL to receive webhook notifications when transcription is complete.
            audio_start_from: Timestamp (in milliseconds) to start transcription from.
            audio_end_at: Timestamp (in milliseconds) to end transcription at.
            word_boost: Array of words to boost recognition accuracy (legacy - use keyterms_prompt
                instead).
            boost_param: How much to boost the words in word_boost.
            filter_profanity: Filter profanity from the transcription.
            redact_pii: Redact personally identifiable information.
            redact_pii_audio: Generate a redacted audio file with PII removed.
            redact_pii_policies: Specific PII policies to apply for redaction.
            redact_pii_sub: Strategy for substituting redacted PII.
            speech_threshold: Confidence threshold for speech detection.

        Not checked by the client (the schema says more than pydantic can):
            - input format 'uri' is not checked (at #/properties/webhook_url)

        Returns:
            The parsed ``Universal3ProOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.assemblyai import (
            universal_3_pro as _model_universal_3_pro,
        )

        given: dict[str, object] = {
            "audio_url": audio_url,
            "language_code": language_code,
            "language_detection": language_detection,
            "prompt": prompt,
            "keyterms_prompt": keyterms_prompt,
            "temperature": temperature,
            "speaker_labels": speaker_labels,
            "speakers_expected": speakers_expected,
            "auto_chapters": auto_chapters,
            "entity_detection": entity_detection,
            "sentiment_analysis": sentiment_analysis,
            "auto_highlights": auto_highlights,
            "content_safety": content_safety,
            "iab_categories": iab_categories,
            "custom_spelling": custom_spelling,
            "disfluencies": disfluencies,
            "multichannel": multichannel,
            "dual_channel": dual_channel,
            "webhook_url": webhook_url,
            "audio_start_from": audio_start_from,
            "audio_end_at": audio_end_at,
            "word_boost": word_boost,
            "boost_param": boost_param,
            "filter_profanity": filter_profanity,
            "redact_pii": redact_pii,
            "redact_pii_audio": redact_pii_audio,
            "redact_pii_policies": redact_pii_policies,
            "redact_pii_sub": redact_pii_sub,
            "speech_threshold": speech_threshold,
        }
        return await self._client._run_model(
            "assemblyai/universal-3-pro",
            _model_universal_3_pro.Universal3ProInput,
            _model_universal_3_pro.Universal3ProOutput,
            given,
        )

    async def universal_3_5_pro(
        self,
        *,
        audio_url: str,
        audio_start_from: int | NotGiven = NOT_GIVEN,
        audio_end_at: int | NotGiven = NOT_GIVEN,
        language_code: str | NotGiven = NOT_GIVEN,
        language_detection: bool | NotGiven = NOT_GIVEN,
        language_detection_options: _model_universal_3_5_pro.LanguageDetectionOptions | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        keyterms_prompt: list[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        punctuate: bool | NotGiven = NOT_GIVEN,
        format_text: bool | NotGiven = NOT_GIVEN,
        disfluencies: bool | NotGiven = NOT_GIVEN,
        filter_profanity: bool | NotGiven = NOT_GIVEN,
        speaker_labels: bool | NotGiven = NOT_GIVEN,
        speakers_expected: int | NotGiven = NOT_GIVEN,
        speaker_options: _model_universal_3_5_pro.SpeakerOptions | NotGiven = NOT_GIVEN,
        multichannel: bool | NotGiven = NOT_GIVEN,
        custom_spelling: list[_model_universal_3_5_pro.CustomSpellingItem] | NotGiven = NOT_GIVEN,
        auto_highlights: bool | NotGiven = NOT_GIVEN,
        content_safety: bool | NotGiven = NOT_GIVEN,
        content_safety_confidence: int | NotGiven = NOT_GIVEN,
        iab_categories: bool | NotGiven = NOT_GIVEN,
        entity_detection: bool | NotGiven = NOT_GIVEN,
        sentiment_analysis: bool | NotGiven = NOT_GIVEN,
        domain: Literal["medical-v1"] | NotGiven = NOT_GIVEN,
        speech_threshold: float | NotGiven = NOT_GIVEN,
        redact_pii: bool | NotGiven = NOT_GIVEN,
        redact_pii_audio: bool | NotGiven = NOT_GIVEN,
        redact_pii_audio_quality: Literal["mp3", "wav"] | NotGiven = NOT_GIVEN,
        redact_pii_audio_options: _model_universal_3_5_pro.RedactPiiAudioOptions | NotGiven = NOT_GIVEN,
        redact_pii_policies: list[str] | NotGiven = NOT_GIVEN,
        redact_pii_sub: Literal["entity_name", "hash"] | NotGiven = NOT_GIVEN,
        redact_pii_return_unredacted: bool | NotGiven = NOT_GIVEN,
        redact_static_entities: dict[str, list[str]] | NotGiven = NOT_GIVEN,
    ) -> _model_universal_3_5_pro.Universal35ProOutput:
        """Run ``assemblyai/universal-3.5-pro``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            audio_url: The URL of the audio or video file to transcribe, or a data URI.
            audio_start_from: Timestamp in milliseconds at which to begin transcription.
            audio_end_at: Timestamp in milliseconds at which to stop transcription.
            language_code: Language code of the audio.
            language_detection: Whether to automatically detect the language.
            language_detection_options: (not described)
            prompt: Natural-language instructions for transcription style.
            keyterms_prompt: Words or phrases to prioritize during transcription.
            temperature: Controls transcription randomness from 0 to 1.
            punctuate: Whether to add punctuation.
            format_text: Whether to apply text formatting.
            disfluencies: Whether to include filler words such as um and uh.
            filter_profanity: Whether to filter profanity.
            speaker_labels: Whether to identify speakers in the transcript.
            speakers_expected: Expected number of speakers.
            speaker_options: (not described)
            multichannel: Whether to transcribe each audio channel separately.
            custom_spelling: (not described)
            auto_highlights: Whether to extract key phrases.
            content_safety: Whether to detect sensitive content.
            content_safety_confidence: Content safety confidence threshold from 25 to 100.
            iab_categories: Whether to classify topics using IAB categories.
            entity_detection: Whether to detect named entities.
            sentiment_analysis: Whether to analyze sentence sentiment.
            domain: Domain-specific model for medical terminology.
            speech_threshold: Minimum fraction of speech required for transcription.
            redact_pii: Whether to redact personally identifiable information.
            redact_pii_audio: Whether to generate an audio file with spoken PII redacted.
            redact_pii_audio_quality: Format of the redacted audio file.
            redact_pii_audio_options: (not described)
            redact_pii_policies: PII categories to redact.
            redact_pii_sub: Replacement strategy for redacted PII.
            redact_pii_return_unredacted: Whether to include unredacted fields alongside the
                redacted transcript.
            redact_static_entities: User-defined terms to redact, grouped by label.

        Returns:
            The parsed ``Universal35ProOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.assemblyai import (
            universal_3_5_pro as _model_universal_3_5_pro,
        )

        given: dict[str, object] = {
            "audio_url": audio_url,
            "audio_start_from": audio_start_from,
            "audio_end_at": audio_end_at,
            "language_code": language_code,
            "language_detection": language_detection,
            "language_detection_options": language_detection_options,
            "prompt": prompt,
            "keyterms_prompt": keyterms_prompt,
            "temperature": temperature,
            "punctuate": punctuate,
            "format_text": format_text,
            "disfluencies": disfluencies,
            "filter_profanity": filter_profanity,
            "speaker_labels": speaker_labels,
            "speakers_expected": speakers_expected,
            "speaker_options": speaker_options,
            "multichannel": multichannel,
            "custom_spelling": custom_spelling,
            "auto_highlights": auto_highlights,
            "content_safety": content_safety,
            "content_safety_confidence": content_safety_confidence,
            "iab_categories": iab_categories,
            "entity_detection": entity_detection,
            "sentiment_analysis": sentiment_analysis,
            "domain": domain,
            "speech_threshold": speech_threshold,
            "redact_pii": redact_pii,
            "redact_pii_audio": redact_pii_audio,
            "redact_pii_audio_quality": redact_pii_audio_quality,
            "redact_pii_audio_options": redact_pii_audio_options,
            "redact_pii_policies": redact_pii_policies,
            "redact_pii_sub": redact_pii_sub,
            "redact_pii_return_unredacted": redact_pii_return_unredacted,
            "redact_static_entities": redact_static_entities,
        }
        return await self._client._run_model(
            "assemblyai/universal-3.5-pro",
            _model_universal_3_5_pro.Universal35ProInput,
            _model_universal_3_5_pro.Universal35ProOutput,
            given,
        )
