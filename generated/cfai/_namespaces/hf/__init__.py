"""The ``hf`` namespace of the client: 0 model(s), 6 sub-namespace(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._base import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .google import (
        AsyncHfGoogleNamespace,
        HfGoogleNamespace,
    )
    from .meta_llama import (
        AsyncHfMetaLlamaNamespace,
        HfMetaLlamaNamespace,
    )
    from .mistral import (
        AsyncHfMistralNamespace,
        HfMistralNamespace,
    )
    from .nexusflow import (
        AsyncHfNexusflowNamespace,
        HfNexusflowNamespace,
    )
    from .nousresearch import (
        AsyncHfNousresearchNamespace,
        HfNousresearchNamespace,
    )
    from .thebloke import (
        AsyncHfTheblokeNamespace,
        HfTheblokeNamespace,
    )

__all__ = ["AsyncHfNamespace", "HfNamespace"]


class HfNamespace:
    """Models below ``client.hf``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def google(self) -> HfGoogleNamespace:
        """Models below ``client.hf.google``."""
        from .google import HfGoogleNamespace

        return HfGoogleNamespace(self._client)

    @cached_property
    def meta_llama(self) -> HfMetaLlamaNamespace:
        """Models below ``client.hf.meta_llama``."""
        from .meta_llama import HfMetaLlamaNamespace

        return HfMetaLlamaNamespace(self._client)

    @cached_property
    def mistral(self) -> HfMistralNamespace:
        """Models below ``client.hf.mistral``."""
        from .mistral import HfMistralNamespace

        return HfMistralNamespace(self._client)

    @cached_property
    def nexusflow(self) -> HfNexusflowNamespace:
        """Models below ``client.hf.nexusflow``."""
        from .nexusflow import HfNexusflowNamespace

        return HfNexusflowNamespace(self._client)

    @cached_property
    def nousresearch(self) -> HfNousresearchNamespace:
        """Models below ``client.hf.nousresearch``."""
        from .nousresearch import HfNousresearchNamespace

        return HfNousresearchNamespace(self._client)

    @cached_property
    def thebloke(self) -> HfTheblokeNamespace:
        """Models below ``client.hf.thebloke``."""
        from .thebloke import HfTheblokeNamespace

        return HfTheblokeNamespace(self._client)


class AsyncHfNamespace:
    """Models below ``client.hf``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def google(self) -> AsyncHfGoogleNamespace:
        """Models below ``client.hf.google``."""
        from .google import AsyncHfGoogleNamespace

        return AsyncHfGoogleNamespace(self._client)

    @cached_property
    def meta_llama(self) -> AsyncHfMetaLlamaNamespace:
        """Models below ``client.hf.meta_llama``."""
        from .meta_llama import AsyncHfMetaLlamaNamespace

        return AsyncHfMetaLlamaNamespace(self._client)

    @cached_property
    def mistral(self) -> AsyncHfMistralNamespace:
        """Models below ``client.hf.mistral``."""
        from .mistral import AsyncHfMistralNamespace

        return AsyncHfMistralNamespace(self._client)

    @cached_property
    def nexusflow(self) -> AsyncHfNexusflowNamespace:
        """Models below ``client.hf.nexusflow``."""
        from .nexusflow import AsyncHfNexusflowNamespace

        return AsyncHfNexusflowNamespace(self._client)

    @cached_property
    def nousresearch(self) -> AsyncHfNousresearchNamespace:
        """Models below ``client.hf.nousresearch``."""
        from .nousresearch import AsyncHfNousresearchNamespace

        return AsyncHfNousresearchNamespace(self._client)

    @cached_property
    def thebloke(self) -> AsyncHfTheblokeNamespace:
        """Models below ``client.hf.thebloke``."""
        from .thebloke import AsyncHfTheblokeNamespace

        return AsyncHfTheblokeNamespace(self._client)
