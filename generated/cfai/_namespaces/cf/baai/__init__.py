"""The ``cf.baai`` namespace of the client: 5 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from ....models.cf.baai import (
        bge_base_en_v1_5 as _model_bge_base_en_v1_5,
    )
    from ....models.cf.baai import (
        bge_large_en_v1_5 as _model_bge_large_en_v1_5,
    )
    from ....models.cf.baai import (
        bge_reranker_base as _model_bge_reranker_base,
    )
    from ....models.cf.baai import (
        bge_small_en_v1_5 as _model_bge_small_en_v1_5,
    )
    from ....models.cf.baai import (
        omni_bge_base_en_v1_5 as _model_omni_bge_base_en_v1_5,
    )

__all__ = ["AsyncCfBaaiNamespace", "CfBaaiNamespace"]


class CfBaaiNamespace:
    """Models below ``client.cf.baai``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def bge_base_en_v1_5(
        self,
        input: _model_bge_base_en_v1_5.BgeBaseEnV15Input | Mapping[str, Any],
    ) -> _model_bge_base_en_v1_5.BgeBaseEnV15Output:
        """Run ``@cf/baai/bge-base-en-v1.5``.

        Args:
            input: a ``BgeBaseEnV15Input``, or a dict validated into one.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/requests/items: object keywords without `type: object`
              accept any non-object value there; the model accepts only objects
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``BgeBaseEnV15Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.baai import (
            bge_base_en_v1_5 as _model_bge_base_en_v1_5,
        )

        given: object = input
        return self._client._run_model(
            "@cf/baai/bge-base-en-v1.5",
            _model_bge_base_en_v1_5.BgeBaseEnV15Input,
            _model_bge_base_en_v1_5.BgeBaseEnV15Output,
            given,
        )

    def bge_large_en_v1_5(
        self,
        input: _model_bge_large_en_v1_5.BgeLargeEnV15Input | Mapping[str, Any],
    ) -> _model_bge_large_en_v1_5.BgeLargeEnV15Output:
        """Run ``@cf/baai/bge-large-en-v1.5``.

        Args:
            input: a ``BgeLargeEnV15Input``, or a dict validated into one.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/requests/items: object keywords without `type: object`
              accept any non-object value there; the model accepts only objects
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``BgeLargeEnV15Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.baai import (
            bge_large_en_v1_5 as _model_bge_large_en_v1_5,
        )

        given: object = input
        return self._client._run_model(
            "@cf/baai/bge-large-en-v1.5",
            _model_bge_large_en_v1_5.BgeLargeEnV15Input,
            _model_bge_large_en_v1_5.BgeLargeEnV15Output,
            given,
        )

    def bge_reranker_base(
        self,
        *,
        query: str,
        contexts: list[_model_bge_reranker_base.Context],
        top_k: int | NotGiven = NOT_GIVEN,
    ) -> _model_bge_reranker_base.BgeRerankerBaseOutput:
        """Run ``@cf/baai/bge-reranker-base``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            query: A query you wish to perform against the provided contexts.
            contexts: List of provided contexts. Note that the index in this array is important, as
                the response will refer to it.
            top_k: Number of returned results starting with the best score.

        Returns:
            The parsed ``BgeRerankerBaseOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.baai import (
            bge_reranker_base as _model_bge_reranker_base,
        )

        given: dict[str, object] = {
            "query": query,
            "contexts": contexts,
            "top_k": top_k,
        }
        return self._client._run_model(
            "@cf/baai/bge-reranker-base",
            _model_bge_reranker_base.BgeRerankerBaseInput,
            _model_bge_reranker_base.BgeRerankerBaseOutput,
            given,
        )

    def bge_small_en_v1_5(
        self,
        input: _model_bge_small_en_v1_5.BgeSmallEnV15Input | Mapping[str, Any],
    ) -> _model_bge_small_en_v1_5.BgeSmallEnV15Output:
        """Run ``@cf/baai/bge-small-en-v1.5``.

        Args:
            input: a ``BgeSmallEnV15Input``, or a dict validated into one.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/requests/items: object keywords without `type: object`
              accept any non-object value there; the model accepts only objects
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``BgeSmallEnV15Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.baai import (
            bge_small_en_v1_5 as _model_bge_small_en_v1_5,
        )

        given: object = input
        return self._client._run_model(
            "@cf/baai/bge-small-en-v1.5",
            _model_bge_small_en_v1_5.BgeSmallEnV15Input,
            _model_bge_small_en_v1_5.BgeSmallEnV15Output,
            given,
        )

    def omni_bge_base_en_v1_5(
        self,
        input: _model_omni_bge_base_en_v1_5.OmniBgeBaseEnV15Input | Mapping[str, Any],
    ) -> _model_omni_bge_base_en_v1_5.OmniBgeBaseEnV15Output:
        """Run ``@cf/baai/omni-bge-base-en-v1.5``.

        Args:
            input: a ``OmniBgeBaseEnV15Input``, or a dict validated into one.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/requests/items: object keywords without `type: object`
              accept any non-object value there; the model accepts only objects
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``OmniBgeBaseEnV15Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.baai import (
            omni_bge_base_en_v1_5 as _model_omni_bge_base_en_v1_5,
        )

        given: object = input
        return self._client._run_model(
            "@cf/baai/omni-bge-base-en-v1.5",
            _model_omni_bge_base_en_v1_5.OmniBgeBaseEnV15Input,
            _model_omni_bge_base_en_v1_5.OmniBgeBaseEnV15Output,
            given,
        )


class AsyncCfBaaiNamespace:
    """Models below ``client.cf.baai``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def bge_base_en_v1_5(
        self,
        input: _model_bge_base_en_v1_5.BgeBaseEnV15Input | Mapping[str, Any],
    ) -> _model_bge_base_en_v1_5.BgeBaseEnV15Output:
        """Run ``@cf/baai/bge-base-en-v1.5``.

        Args:
            input: a ``BgeBaseEnV15Input``, or a dict validated into one.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/requests/items: object keywords without `type: object`
              accept any non-object value there; the model accepts only objects
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``BgeBaseEnV15Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.baai import (
            bge_base_en_v1_5 as _model_bge_base_en_v1_5,
        )

        given: object = input
        return await self._client._run_model(
            "@cf/baai/bge-base-en-v1.5",
            _model_bge_base_en_v1_5.BgeBaseEnV15Input,
            _model_bge_base_en_v1_5.BgeBaseEnV15Output,
            given,
        )

    async def bge_large_en_v1_5(
        self,
        input: _model_bge_large_en_v1_5.BgeLargeEnV15Input | Mapping[str, Any],
    ) -> _model_bge_large_en_v1_5.BgeLargeEnV15Output:
        """Run ``@cf/baai/bge-large-en-v1.5``.

        Args:
            input: a ``BgeLargeEnV15Input``, or a dict validated into one.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/requests/items: object keywords without `type: object`
              accept any non-object value there; the model accepts only objects
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``BgeLargeEnV15Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.baai import (
            bge_large_en_v1_5 as _model_bge_large_en_v1_5,
        )

        given: object = input
        return await self._client._run_model(
            "@cf/baai/bge-large-en-v1.5",
            _model_bge_large_en_v1_5.BgeLargeEnV15Input,
            _model_bge_large_en_v1_5.BgeLargeEnV15Output,
            given,
        )

    async def bge_reranker_base(
        self,
        *,
        query: str,
        contexts: list[_model_bge_reranker_base.Context],
        top_k: int | NotGiven = NOT_GIVEN,
    ) -> _model_bge_reranker_base.BgeRerankerBaseOutput:
        """Run ``@cf/baai/bge-reranker-base``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            query: A query you wish to perform against the provided contexts.
            contexts: List of provided contexts. Note that the index in this array is important, as
                the response will refer to it.
            top_k: Number of returned results starting with the best score.

        Returns:
            The parsed ``BgeRerankerBaseOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.baai import (
            bge_reranker_base as _model_bge_reranker_base,
        )

        given: dict[str, object] = {
            "query": query,
            "contexts": contexts,
            "top_k": top_k,
        }
        return await self._client._run_model(
            "@cf/baai/bge-reranker-base",
            _model_bge_reranker_base.BgeRerankerBaseInput,
            _model_bge_reranker_base.BgeRerankerBaseOutput,
            given,
        )

    async def bge_small_en_v1_5(
        self,
        input: _model_bge_small_en_v1_5.BgeSmallEnV15Input | Mapping[str, Any],
    ) -> _model_bge_small_en_v1_5.BgeSmallEnV15Output:
        """Run ``@cf/baai/bge-small-en-v1.5``.

        Args:
            input: a ``BgeSmallEnV15Input``, or a dict validated into one.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/requests/items: object keywords without `type: object`
              accept any non-object value there; the model accepts only objects
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``BgeSmallEnV15Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.baai import (
            bge_small_en_v1_5 as _model_bge_small_en_v1_5,
        )

        given: object = input
        return await self._client._run_model(
            "@cf/baai/bge-small-en-v1.5",
            _model_bge_small_en_v1_5.BgeSmallEnV15Input,
            _model_bge_small_en_v1_5.BgeSmallEnV15Output,
            given,
        )

    async def omni_bge_base_en_v1_5(
        self,
        input: _model_omni_bge_base_en_v1_5.OmniBgeBaseEnV15Input | Mapping[str, Any],
    ) -> _model_omni_bge_base_en_v1_5.OmniBgeBaseEnV15Output:
        """Run ``@cf/baai/omni-bge-base-en-v1.5``.

        Args:
            input: a ``OmniBgeBaseEnV15Input``, or a dict validated into one.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/requests/items: object keywords without `type: object`
              accept any non-object value there; the model accepts only objects
            - output #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted

        Returns:
            The parsed ``OmniBgeBaseEnV15Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.baai import (
            omni_bge_base_en_v1_5 as _model_omni_bge_base_en_v1_5,
        )

        given: object = input
        return await self._client._run_model(
            "@cf/baai/omni-bge-base-en-v1.5",
            _model_omni_bge_base_en_v1_5.OmniBgeBaseEnV15Input,
            _model_omni_bge_base_en_v1_5.OmniBgeBaseEnV15Output,
            given,
        )
