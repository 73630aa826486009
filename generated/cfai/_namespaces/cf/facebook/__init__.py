"""The ``cf.facebook`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from ....models.cf.facebook import (
        bart_large_cnn as _model_bart_large_cnn,
    )

__all__ = ["AsyncCfFacebookNamespace", "CfFacebookNamespace"]


class CfFacebookNamespace:
    """Models below ``client.cf.facebook``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def bart_large_cnn(
        self,
        *,
        input_text: str,
        max_length: int | NotGiven = NOT_GIVEN,
    ) -> _model_bart_large_cnn.BartLargeCnnOutput:
        """Run ``@cf/facebook/bart-large-cnn``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            input_text: The text that you want the model to summarize
            max_length: The maximum length of the generated summary in tokens
                Cloudflare's default: ``1024``.

        Returns:
            The parsed ``BartLargeCnnOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.facebook import (
            bart_large_cnn as _model_bart_large_cnn,
        )

        given: dict[str, object] = {
            "input_text": input_text,
            "max_length": max_length,
        }
        return self._client._run_model(
            "@cf/facebook/bart-large-cnn",
            _model_bart_large_cnn.BartLargeCnnInput,
            _model_bart_large_cnn.BartLargeCnnOutput,
            given,
        )


class AsyncCfFacebookNamespace:
    """Models below ``client.cf.facebook``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def bart_large_cnn(
        self,
        *,
        input_text: str,
        max_length: int | NotGiven = NOT_GIVEN,
    ) -> _model_bart_large_cnn.BartLargeCnnOutput:
        """Run ``@cf/facebook/bart-large-cnn``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            input_text: The text that you want the model to summarize
            max_length: The maximum length of the generated summary in tokens
                Cloudflare's default: ``1024``.

        Returns:
            The parsed ``BartLargeCnnOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.facebook import (
            bart_large_cnn as _model_bart_large_cnn,
        )

        given: dict[str, object] = {
            "input_text": input_text,
            "max_length": max_length,
        }
        return await self._client._run_model(
            "@cf/facebook/bart-large-cnn",
            _model_bart_large_cnn.BartLargeCnnInput,
            _model_bart_large_cnn.BartLargeCnnOutput,
            given,
        )
