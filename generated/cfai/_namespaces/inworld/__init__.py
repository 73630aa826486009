"""The ``inworld`` namespace of the client: 2 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ...models.inworld import (
        tts_1_5_mini as _model_tts_1_5_mini,
    )
    from ...models.inworld import (
        tts_2 as _model_tts_2,
    )

__all__ = ["AsyncInworldNamespace", "InworldNamespace"]


class InworldNamespace:
    """Models below ``client.inworld``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def tts_1_5_mini(
        self,
        *,
        text: str,
        voice_id: Literal["Loretta", "Darlene", "Marlene", "Hank", "Evelyn", "Celeste", "Pippa", "Tessa", "Liam", "Callum", "Hamish", "Abby", "Graham", "Rupert", "Mortimer", "Snik", "Anjali", "Saanvi", "Arjun", "Claire", "Oliver", "Simon", "Elliot", "James", "Serena", "Gareth", "Vinny", "Lauren", "Jessica", "Ethan", "Tyler", "Jason", "Chloe", "Veronica", "Victoria", "Miranda", "Sebastian", "Victor", "Malcolm", "Nate", "Brian", "Amina", "Kelsey", "Derek", "Evan", "Kayla", "Jake", "Grant", "Tristan", "Nadia", "Selene", "Marcus", "Riley", "Damon", "Cedric", "Mia", "Naomi", "Jonah", "Levi", "Avery", "Brandon", "Conrad", "Bianca", "Lucian", "Trevor", "Alex", "Ashley", "Craig", "Deborah", "Dennis", "Edward", "Elizabeth", "Hades", "Julia", "Pixie", "Mark", "Olivia", "Priya", "Ronald", "Sarah", "Shaun", "Theodore", "Timothy", "Wendy", "Dominus", "Hana", "Clive", "Carter", "Blake", "Luna", "Reed", "Duncan", "Felix", "Eleanor", "Sophie"],
        output_format: Literal["mp3", "opus", "wav", "flac"],
        temperature: float,
        timestamp_type: Literal["none", "word", "character"],
        bit_rate: int | NotGiven = NOT_GIVEN,
        sample_rate: int | NotGiven = NOT_GIVEN,
        speaking_rate: float | NotGiven = NOT_GIVEN,
        apply_text_normalization: bool | NotGiven = NOT_GIVEN,
    ) -> _model_tts_1_5_mini.Tts15MiniOutput:
        """Run ``inworld/tts-1.5-mini``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to be synthesized into speech. Maximum input of 2,000 characters.
            voice_id: The ID of the voice to use for synthesizing speech. Defaults to Dennis.
            output_format: The output format for the audio. Supported formats are mp3, opus, wav,
                and flac. Defaults to mp3.
            temperature: Determines the degree of randomness when sampling audio tokens. Defaults to
                1.0. Accepts values between 0 (exclusive) and 2 (inclusive). Higher values = more
                expressive, lower values = more deterministic.
            timestamp_type: Controls timestamp metadata returned with the audio. "word" returns
                word-level timing, "character" returns character-level timing. Note: adds latency.
                Defaults to none.
            bit_rate: Bits per second of the audio. Only for compressed audio formats (mp3, opus).
                The default is 128,000.
            sample_rate: The synthesis sample rate in hertz. Accepts: 8000, 16000, 22050, 24000,
                32000, 44100, 48000. The default is 48,000.
            speaking_rate: Speaking rate/speed, in the range [0.5, 1.5]. The default is 1.0. We
                recommend using values above 0.8 to ensure high quality.
            apply_text_normalization: When enabled, text normalization expands numbers, dates,
                times, and abbreviations before converting to speech. Turning this off may reduce
                latency.

        Returns:
            The parsed ``Tts15MiniOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.inworld import (
            tts_1_5_mini as _model_tts_1_5_mini,
        )

        given: dict[str, object] = {
            "text": text,
            "voice_id": voice_id,
            "output_format": output_format,
            "temperature": temperature,
            "timestamp_type": timestamp_type,
            "bit_rate": bit_rate,
            "sample_rate": sample_rate,
            "speaking_rate": speaking_rate,
            "apply_text_normalization": apply_text_normalization,
        }
        return self._client._run_model(
            "inworld/tts-1.5-mini",
            _model_tts_1_5_mini.Tts15MiniInput,
            _model_tts_1_5_mini.Tts15MiniOutput,
            given,
        )

    def tts_2(
        self,
        *,
        text: str,
        voice_id: Literal["Loretta", "Darlene", "Marlene", "Hank", "Evelyn", "Celeste", "Pippa", "Tessa", "Liam", "Callum", "Hamish", "Abby", "Graham", "Rupert", "Mortimer", "Snik", "Anjali", "Saanvi", "Arjun", "Claire", "Oliver", "Simon", "Elliot", "James", "Serena", "Gareth", "Vinny", "Lauren", "Jessica", "Ethan", "Tyler", "Jason", "Chloe", "Veronica", "Victoria", "Miranda", "Sebastian", "Victor", "Malcolm", "Nate", "Brian", "Amina", "Kelsey", "Derek", "Evan", "Kayla", "Jake", "Grant", "Tristan", "Nadia", "Selene", "Marcus", "Riley", "Damon", "Cedric", "Mia", "Naomi", "Jonah", "Levi", "Avery", "Brandon", "Conrad", "Bianca", "Lucian", "Trevor", "Alex", "Ashley", "Craig", "Deborah", "Dennis", "Edward", "Elizabeth", "Hades", "Julia", "Pixie", "Mark", "Olivia", "Priya", "Ronald", "Sarah", "Shaun", "Theodore", "Timothy", "Wendy", "Dominus", "Hana", "Clive", "Carter", "Blake", "Luna", "Reed", "Duncan", "Felix", "Eleanor", "Sophie"],
        output_format: Literal["mp3", "opus", "wav", "flac"],
        temperature: float,
        timestamp_type: Literal["none", "word", "character"],
        bit_rate: int | NotGiven = NOT_GIVEN,
        sample_rate: int | NotGiven = NOT_GIVEN,
        speaking_rate: float | NotGiven = NOT_GIVEN,
        apply_text_normalization: bool | NotGiven = NOT_GIVEN,
    ) -> _model_tts_2.Tts2Output:
        """Run ``inworld/tts-2``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to be synthesized into speech. Maximum input of 2,000 characters.
            voice_id: The ID of the voice to use for synthesizing speech. Defaults to Dennis.
            output_format: The output format for the audio. Supported formats are mp3, opus, wav,
                and flac. Defaults to mp3.
            temperature: Determines the degree of randomness when sampling audio tokens. Defaults to
                1.0. Accepts values between 0 (exclusive) and 2 (inclusive). Higher values = more
                expressive, lower values = more deterministic.
            timestamp_type: Controls timestamp metadata returned with the audio. "word" returns
                word-level timing, "character" returns character-level timing. Note: adds latency.
                Defaults to none.
            bit_rate: Bits per second of the audio. Only for compressed audio formats (mp3, opus).
                The default is 128,000.
            sample_rate: The synthesis sample rate in hertz. Accepts: 8000, 16000, 22050, 24000,
                32000, 44100, 48000. The default is 48,000.
            speaking_rate: Speaking rate/speed, in the range [0.5, 1.5]. The default is 1.0. We
                recommend using values above 0.8 to ensure high quality.
            apply_text_normalization: When enabled, text normalization expands numbers, dates,
                times, and abbreviations before converting to speech. Turning this off may reduce
                latency.

        Returns:
            The parsed ``Tts2Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.inworld import (
            tts_2 as _model_tts_2,
        )

        given: dict[str, object] = {
            "text": text,
            "voice_id": voice_id,
            "output_format": output_format,
            "temperature": temperature,
            "timestamp_type": timestamp_type,
            "bit_rate": bit_rate,
            "sample_rate": sample_rate,
            "speaking_rate": speaking_rate,
            "apply_text_normalization": apply_text_normalization,
        }
        return self._client._run_model(
            "inworld/tts-2",
            _model_tts_2.Tts2Input,
            _model_tts_2.Tts2Output,
            given,
        )


class AsyncInworldNamespace:
    """Models below ``client.inworld``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def tts_1_5_mini(
        self,
        *,
        text: str,
        voice_id: Literal["Loretta", "Darlene", "Marlene", "Hank", "Evelyn", "Celeste", "Pippa", "Tessa", "Liam", "Callum", "Hamish", "Abby", "Graham", "Rupert", "Mortimer", "Snik", "Anjali", "Saanvi", "Arjun", "Claire", "Oliver", "Simon", "Elliot", "James", "Serena", "Gareth", "Vinny", "Lauren", "Jessica", "Ethan", "Tyler", "Jason", "Chloe", "Veronica", "Victoria", "Miranda", "Sebastian", "Victor", "Malcolm", "Nate", "Brian", "Amina", "Kelsey", "Derek", "Evan", "Kayla", "Jake", "Grant", "Tristan", "Nadia", "Selene", "Marcus", "Riley", "Damon", "Cedric", "Mia", "Naomi", "Jonah", "Levi", "Avery", "Brandon", "Conrad", "Bianca", "Lucian", "Trevor", "Alex", "Ashley", "Craig", "Deborah", "Dennis", "Edward", "Elizabeth", "Hades", "Julia", "Pixie", "Mark", "Olivia", "Priya", "Ronald", "Sarah", "Shaun", "Theodore", "Timothy", "Wendy", "Dominus", "Hana", "Clive", "Carter", "Blake", "Luna", "Reed", "Duncan", "Felix", "Eleanor", "Sophie"],
        output_format: Literal["mp3", "opus", "wav", "flac"],
        temperature: float,
        timestamp_type: Literal["none", "word", "character"],
        bit_rate: int | NotGiven = NOT_GIVEN,
        sample_rate: int | NotGiven = NOT_GIVEN,
        speaking_rate: float | NotGiven = NOT_GIVEN,
        apply_text_normalization: bool | NotGiven = NOT_GIVEN,
    ) -> _model_tts_1_5_mini.Tts15MiniOutput:
        """Run ``inworld/tts-1.5-mini``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to be synthesized into speech. Maximum input of 2,000 characters.
            voice_id: The ID of the voice to use for synthesizing speech. Defaults to Dennis.
            output_format: The output format for the audio. Supported formats are mp3, opus, wav,
                and flac. Defaults to mp3.
            temperature: Determines the degree of randomness when sampling audio tokens. Defaults to
                1.0. Accepts values between 0 (exclusive) and 2 (inclusive). Higher values = more
                expressive, lower values = more deterministic.
            timestamp_type: Controls timestamp metadata returned with the audio. "word" returns
                word-level timing, "character" returns character-level timing. Note: adds latency.
                Defaults to none.
            bit_rate: Bits per second of the audio. Only for compressed audio formats (mp3, opus).
                The default is 128,000.
            sample_rate: The synthesis sample rate in hertz. Accepts: 8000, 16000, 22050, 24000,
                32000, 44100, 48000. The default is 48,000.
            speaking_rate: Speaking rate/speed, in the range [0.5, 1.5]. The default is 1.0. We
                recommend using values above 0.8 to ensure high quality.
            apply_text_normalization: When enabled, text normalization expands numbers, dates,
                times, and abbreviations before converting to speech. Turning this off may reduce
                latency.

        Returns:
            The parsed ``Tts15MiniOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.inworld import (
            tts_1_5_mini as _model_tts_1_5_mini,
        )

        given: dict[str, object] = {
            "text": text,
            "voice_id": voice_id,
            "output_format": output_format,
            "temperature": temperature,
            "timestamp_type": timestamp_type,
            "bit_rate": bit_rate,
            "sample_rate": sample_rate,
            "speaking_rate": speaking_rate,
            "apply_text_normalization": apply_text_normalization,
        }
        return await self._client._run_model(
            "inworld/tts-1.5-mini",
            _model_tts_1_5_mini.Tts15MiniInput,
            _model_tts_1_5_mini.Tts15MiniOutput,
            given,
        )

    async def tts_2(
        self,
        *,
        text: str,
        voice_id: Literal["Loretta", "Darlene", "Marlene", "Hank", "Evelyn", "Celeste", "Pippa", "Tessa", "Liam", "Callum", "Hamish", "Abby", "Graham", "Rupert", "Mortimer", "Snik", "Anjali", "Saanvi", "Arjun", "Claire", "Oliver", "Simon", "Elliot", "James", "Serena", "Gareth", "Vinny", "Lauren", "Jessica", "Ethan", "Tyler", "Jason", "Chloe", "Veronica", "Victoria", "Miranda", "Sebastian", "Victor", "Malcolm", "Nate", "Brian", "Amina", "Kelsey", "Derek", "Evan", "Kayla", "Jake", "Grant", "Tristan", "Nadia", "Selene", "Marcus", "Riley", "Damon", "Cedric", "Mia", "Naomi", "Jonah", "Levi", "Avery", "Brandon", "Conrad", "Bianca", "Lucian", "Trevor", "Alex", "Ashley", "Craig", "Deborah", "Dennis", "Edward", "Elizabeth", "Hades", "Julia", "Pixie", "Mark", "Olivia", "Priya", "Ronald", "Sarah", "Shaun", "Theodore", "Timothy", "Wendy", "Dominus", "Hana", "Clive", "Carter", "Blake", "Luna", "Reed", "Duncan", "Felix", "Eleanor", "Sophie"],
        output_format: Literal["mp3", "opus", "wav", "flac"],
        temperature: float,
        timestamp_type: Literal["none", "word", "character"],
        bit_rate: int | NotGiven = NOT_GIVEN,
        sample_rate: int | NotGiven = NOT_GIVEN,
        speaking_rate: float | NotGiven = NOT_GIVEN,
        apply_text_normalization: bool | NotGiven = NOT_GIVEN,
    ) -> _model_tts_2.Tts2Output:
        """Run ``inworld/tts-2``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text to be synthesized into speech. Maximum input of 2,000 characters.
            voice_id: The ID of the voice to use for synthesizing speech. Defaults to Dennis.
            output_format: The output format for the audio. Supported formats are mp3, opus, wav,
                and flac. Defaults to mp3.
            temperature: Determines the degree of randomness when sampling audio tokens. Defaults to
                1.0. Accepts values between 0 (exclusive) and 2 (inclusive). Higher values = more
                expressive, lower values = more deterministic.
            timestamp_type: Controls timestamp metadata returned with the audio. "word" returns
                word-level timing, "character" returns character-level timing. Note: adds latency.
                Defaults to none.
            bit_rate: Bits per second of the audio. Only for compressed audio formats (mp3, opus).
                The default is 128,000.
            sample_rate: The synthesis sample rate in hertz. Accepts: 8000, 16000, 22050, 24000,
                32000, 44100, 48000. The default is 48,000.
            speaking_rate: Speaking rate/speed, in the range [0.5, 1.5]. The default is 1.0. We
                recommend using values above 0.8 to ensure high quality.
            apply_text_normalization: When enabled, text normalization expands numbers, dates,
                times, and abbreviations before converting to speech. Turning this off may reduce
                latency.

        Returns:
            The parsed ``Tts2Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ...models.inworld import (
            tts_2 as _model_tts_2,
        )

        given: dict[str, object] = {
            "text": text,
            "voice_id": voice_id,
            "output_format": output_format,
            "temperature": temperature,
            "timestamp_type": timestamp_type,
            "bit_rate": bit_rate,
            "sample_rate": sample_rate,
            "speaking_rate": speaking_rate,
            "apply_text_normalization": apply_text_normalization,
        }
        return await self._client._run_model(
            "inworld/tts-2",
            _model_tts_2.Tts2Input,
            _model_tts_2.Tts2Output,
            given,
        )
