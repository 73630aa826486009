"""The ``cf.unum`` namespace of the client: 1 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...._base import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from ....models.cf.unum import (
        uform_gen2_qwen_500m as _model_uform_gen2_qwen_500m,
    )

__all__ = ["AsyncCfUnumNamespace", "CfUnumNamespace"]


class CfUnumNamespace:
    """Models below ``client.cf.unum``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def uform_gen2_qwen_500m(
        self,
        input: _model_uform_gen2_qwen_500m.UformGen2Qwen500mInput | Mapping[str, Any],
    ) -> _model_uform_gen2_qwen_500m.UformGen2Qwen500mOutput:
        """Run ``@cf/unum/uform-gen2-qwen-500m``.

        Args:
            input: a ``UformGen2Qwen500mInput``, or a dict validated into one.

        Returns:
            The parsed ``UformGen2Qwen500mOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.unum import (
            uform_gen2_qwen_500m as _model_uform_gen2_qwen_500m,
        )

        given: object = input
        return self._client._run_model(
            "@cf/unum/uform-gen2-qwen-500m",
            _model_uform_gen2_qwen_500m.UformGen2Qwen500mInput,
            _model_uform_gen2_qwen_500m.UformGen2Qwen500mOutput,
            given,
        )


class AsyncCfUnumNamespace:
    """Models below ``client.cf.unum``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def uform_gen2_qwen_500m(
        self,
        input: _model_uform_gen2_qwen_500m.UformGen2Qwen500mInput | Mapping[str, Any],
    ) -> _model_uform_gen2_qwen_500m.UformGen2Qwen500mOutput:
        """Run ``@cf/unum/uform-gen2-qwen-500m``.

        Args:
            input: a ``UformGen2Qwen500mInput``, or a dict validated into one.

        Returns:
            The parsed ``UformGen2Qwen500mOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.unum import (
            uform_gen2_qwen_500m as _model_uform_gen2_qwen_500m,
        )

        given: object = input
        return await self._client._run_model(
            "@cf/unum/uform-gen2-qwen-500m",
            _model_uform_gen2_qwen_500m.UformGen2Qwen500mInput,
            _model_uform_gen2_qwen_500m.UformGen2Qwen500mOutput,
            given,
        )
