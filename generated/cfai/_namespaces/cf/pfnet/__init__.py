"""The ``cf.pfnet`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...._base import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from ....models.cf.pfnet import (
        plamo_embedding_1b as _model_plamo_embedding_1b,
    )

__all__ = ["AsyncCfPfnetNamespace", "CfPfnetNamespace"]


class CfPfnetNamespace:
    """Models below ``client.cf.pfnet``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def plamo_embedding_1b(
        self,
        *,
        text: str | list[str],
    ) -> _model_plamo_embedding_1b.PlamoEmbedding1bOutput:
        """Run ``@cf/pfnet/plamo-embedding-1b``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: Input text to embed. Can be a single string or a list of strings.

        Returns:
            The parsed ``PlamoEmbedding1bOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.pfnet import (
            plamo_embedding_1b as _model_plamo_embedding_1b,
        )

        given: dict[str, object] = {
            "text": text,
        }
        return self._client._run_model(
            "@cf/pfnet/plamo-embedding-1b",
            _model_plamo_embedding_1b.PlamoEmbedding1bInput,
            _model_plamo_embedding_1b.PlamoEmbedding1bOutput,
            given,
        )


class AsyncCfPfnetNamespace:
    """Models below ``client.cf.pfnet``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def plamo_embedding_1b(
        self,
        *,
        text: str | list[str],
    ) -> _model_plamo_embedding_1b.PlamoEmbedding1bOutput:
        """Run ``@cf/pfnet/plamo-embedding-1b``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: Input text to embed. Can be a single string or a list of strings.

        Returns:
            The parsed ``PlamoEmbedding1bOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.pfnet import (
            plamo_embedding_1b as _model_plamo_embedding_1b,
        )

        given: dict[str, object] = {
            "text": text,
        }
        return await self._client._run_model(
            "@cf/pfnet/plamo-embedding-1b",
            _model_plamo_embedding_1b.PlamoEmbedding1bInput,
            _model_plamo_embedding_1b.PlamoEmbedding1bOutput,
            given,
        )
