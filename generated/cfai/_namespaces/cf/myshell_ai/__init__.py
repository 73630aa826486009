"""The ``cf.myshell_ai`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from ....models.cf.myshell_ai import (
        melotts as _model_melotts,
    )

__all__ = ["AsyncCfMyshellAiNamespace", "CfMyshellAiNamespace"]


class CfMyshellAiNamespace:
    """Models below ``client.cf.myshell_ai``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def melotts(
        self,
        *,
        prompt: str,
        lang: str | NotGiven = NOT_GIVEN,
    ) -> _model_melotts.MelottsOutput:
        """Run ``@cf/myshell-ai/melotts``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: A text description of the image you want to generate
            lang: The speech language (e.g., 'en' for English, 'fr' for French). Defaults to 'en' if
                not specified
                Cloudflare's default: ``"en"``.

        Returns:
            The parsed ``MelottsOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.myshell_ai import (
            melotts as _model_melotts,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "lang": lang,
        }
        return self._client._run_model(
            "@cf/myshell-ai/melotts",
            _model_melotts.MelottsInput,
            _model_melotts.MelottsOutput,
            given,
        )


class AsyncCfMyshellAiNamespace:
    """Models below ``client.cf.myshell_ai``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def melotts(
        self,
        *,
        prompt: str,
        lang: str | NotGiven = NOT_GIVEN,
    ) -> _model_melotts.MelottsOutput:
        """Run ``@cf/myshell-ai/melotts``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            prompt: A text description of the image you want to generate
            lang: The speech language (e.g., 'en' for English, 'fr' for French). Defaults to 'en' if
                not specified
                Cloudflare's default: ``"en"``.

        Returns:
            The parsed ``MelottsOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.myshell_ai import (
            melotts as _model_melotts,
        )

        given: dict[str, object] = {
            "prompt": prompt,
            "lang": lang,
        }
        return await self._client._run_model(
            "@cf/myshell-ai/melotts",
            _model_melotts.MelottsInput,
            _model_melotts.MelottsOutput,
            given,
        )
