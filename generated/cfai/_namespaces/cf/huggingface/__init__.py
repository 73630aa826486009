"""The ``cf.huggingface`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...._base import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from ....models.cf.huggingface import (
        distilbert_sst_2_int8 as _model_distilbert_sst_2_int8,
    )

__all__ = ["AsyncCfHuggingfaceNamespace", "CfHuggingfaceNamespace"]


class CfHuggingfaceNamespace:
    """Models below ``client.cf.huggingface``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def distilbert_sst_2_int8(
        self,
        *,
        text: str,
    ) -> _model_distilbert_sst_2_int8.DistilbertSst2Int8Output:
        """Run ``@cf/huggingface/distilbert-sst-2-int8``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text that you want to classify

        Returns:
            The parsed ``DistilbertSst2Int8Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.huggingface import (
            distilbert_sst_2_int8 as _model_distilbert_sst_2_int8,
        )

        given: dict[str, object] = {
            "text": text,
        }
        return self._client._run_model(
            "@cf/huggingface/distilbert-sst-2-int8",
            _model_distilbert_sst_2_int8.DistilbertSst2Int8Input,
            _model_distilbert_sst_2_int8.DistilbertSst2Int8Output,
            given,
        )


class AsyncCfHuggingfaceNamespace:
    """Models below ``client.cf.huggingface``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def distilbert_sst_2_int8(
        self,
        *,
        text: str,
    ) -> _model_distilbert_sst_2_int8.DistilbertSst2Int8Output:
        """Run ``@cf/huggingface/distilbert-sst-2-int8``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: The text that you want to classify

        Returns:
            The parsed ``DistilbertSst2Int8Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.huggingface import (
            distilbert_sst_2_int8 as _model_distilbert_sst_2_int8,
        )

        given: dict[str, object] = {
            "text": text,
        }
        return await self._client._run_model(
            "@cf/huggingface/distilbert-sst-2-int8",
            _model_distilbert_sst_2_int8.DistilbertSst2Int8Input,
            _model_distilbert_sst_2_int8.DistilbertSst2Int8Output,
            given,
        )
