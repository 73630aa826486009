"""The ``cf.ai4bharat`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...._base import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ....models.cf.ai4bharat import (
        indictrans2_en_indic_1b as _model_indictrans2_en_indic_1b,
    )

__all__ = ["AsyncCfAi4bharatNamespace", "CfAi4bharatNamespace"]


class CfAi4bharatNamespace:
    """Models below ``client.cf.ai4bharat``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def indictrans2_en_indic_1b(
        self,
        *,
        text: str | list[str],
        target_language: Literal["asm_Beng", "awa_Deva", "ben_Beng", "bho_Deva", "brx_Deva", "doi_Deva", "eng_Latn", "gom_Deva", "gon_Deva", "guj_Gujr", "hin_Deva", "hne_Deva", "kan_Knda", "kas_Arab", "kas_Deva", "kha_Latn", "lus_Latn", "mag_Deva", "mai_Deva", "mal_Mlym", "mar_Deva", "mni_Beng", "mni_Mtei", "npi_Deva", "ory_Orya", "pan_Guru", "san_Deva", "sat_Olck", "snd_Arab", "snd_Deva", "tam_Taml", "tel_Telu", "urd_Arab", "unr_Deva"],
    ) -> _model_indictrans2_en_indic_1b.Indictrans2EnIndic1bOutput:
        """Run ``@cf/ai4bharat/indictrans2-en-indic-1B``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: Input text to translate. Can be a single string or a list of strings.
            target_language: Target langauge to translate to

        Returns:
            The parsed ``Indictrans2EnIndic1bOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.ai4bharat import (
            indictrans2_en_indic_1b as _model_indictrans2_en_indic_1b,
        )

        given: dict[str, object] = {
            "text": text,
            "target_language": target_language,
        }
        return self._client._run_model(
            "@cf/ai4bharat/indictrans2-en-indic-1B",
            _model_indictrans2_en_indic_1b.Indictrans2EnIndic1bInput,
            _model_indictrans2_en_indic_1b.Indictrans2EnIndic1bOutput,
            given,
        )


class AsyncCfAi4bharatNamespace:
    """Models below ``client.cf.ai4bharat``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def indictrans2_en_indic_1b(
        self,
        *,
        text: str | list[str],
        target_language: Literal["asm_Beng", "awa_Deva", "ben_Beng", "bho_Deva", "brx_Deva", "doi_Deva", "eng_Latn", "gom_Deva", "gon_Deva", "guj_Gujr", "hin_Deva", "hne_Deva", "kan_Knda", "kas_Arab", "kas_Deva", "kha_Latn", "lus_Latn", "mag_Deva", "mai_Deva", "mal_Mlym", "mar_Deva", "mni_Beng", "mni_Mtei", "npi_Deva", "ory_Orya", "pan_Guru", "san_Deva", "sat_Olck", "snd_Arab", "snd_Deva", "tam_Taml", "tel_Telu", "urd_Arab", "unr_Deva"],
    ) -> _model_indictrans2_en_indic_1b.Indictrans2EnIndic1bOutput:
        """Run ``@cf/ai4bharat/indictrans2-en-indic-1B``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: Input text to translate. Can be a single string or a list of strings.
            target_language: Target langauge to translate to

        Returns:
            The parsed ``Indictrans2EnIndic1bOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.ai4bharat import (
            indictrans2_en_indic_1b as _model_indictrans2_en_indic_1b,
        )

        given: dict[str, object] = {
            "text": text,
            "target_language": target_language,
        }
        return await self._client._run_model(
            "@cf/ai4bharat/indictrans2-en-indic-1B",
            _model_indictrans2_en_indic_1b.Indictrans2EnIndic1bInput,
            _model_indictrans2_en_indic_1b.Indictrans2EnIndic1bOutput,
            given,
        )
