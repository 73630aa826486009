"""The ``cf`` namespace of the client: 0 model(s), 32 sub-namespace(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._base import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .ai4bharat import (
        AsyncCfAi4bharatNamespace,
        CfAi4bharatNamespace,
    )
    from .aisingapore import (
        AsyncCfAisingaporeNamespace,
        CfAisingaporeNamespace,
    )
    from .baai import (
        AsyncCfBaaiNamespace,
        CfBaaiNamespace,
    )
    from .black_forest_labs import (
        AsyncCfBlackForestLabsNamespace,
        CfBlackForestLabsNamespace,
    )
    from .bytedance import (
        AsyncCfBytedanceNamespace,
        CfBytedanceNamespace,
    )
    from .cloudflare import (
        AsyncCfCloudflareNamespace,
        CfCloudflareNamespace,
    )
    from .deepgram import (
        AsyncCfDeepgramNamespace,
        CfDeepgramNamespace,
    )
    from .deepseek_ai import (
        AsyncCfDeepseekAiNamespace,
        CfDeepseekAiNamespace,
    )
    from .defog import (
        AsyncCfDefogNamespace,
        CfDefogNamespace,
    )
    from .facebook import (
        AsyncCfFacebookNamespace,
        CfFacebookNamespace,
    )
    from .fblgit import (
        AsyncCfFblgitNamespace,
        CfFblgitNamespace,
    )
    from .google import (
        AsyncCfGoogleNamespace,
        CfGoogleNamespace,
    )
    from .huggingface import (
        AsyncCfHuggingfaceNamespace,
        CfHuggingfaceNamespace,
    )
    from .leonardo import (
        AsyncCfLeonardoNamespace,
        CfLeonardoNamespace,
    )
    from .lykon import (
        AsyncCfLykonNamespace,
        CfLykonNamespace,
    )
    from .meta import (
        AsyncCfMetaNamespace,
        CfMetaNamespace,
    )
    from .meta_llama import (
        AsyncCfMetaLlamaNamespace,
        CfMetaLlamaNamespace,
    )
    from .microsoft import (
        AsyncCfMicrosoftNamespace,
        CfMicrosoftNamespace,
    )
    from .mistral import (
        AsyncCfMistralNamespace,
        CfMistralNamespace,
    )
    from .mistralai import (
        AsyncCfMistralaiNamespace,
        CfMistralaiNamespace,
    )
    from .moondream import (
        AsyncCfMoondreamNamespace,
        CfMoondreamNamespace,
    )
    from .myshell_ai import (
        AsyncCfMyshellAiNamespace,
        CfMyshellAiNamespace,
    )
    from .openai import (
        AsyncCfOpenaiNamespace,
        CfOpenaiNamespace,
    )
    from .openchat import (
        AsyncCfOpenchatNamespace,
        CfOpenchatNamespace,
    )
    from .pfnet import (
        AsyncCfPfnetNamespace,
        CfPfnetNamespace,
    )
    from .qwen import (
        AsyncCfQwenNamespace,
        CfQwenNamespace,
    )
    from .runwayml import (
        AsyncCfRunwaymlNamespace,
        CfRunwaymlNamespace,
    )
    from .stabilityai import (
        AsyncCfStabilityaiNamespace,
        CfStabilityaiNamespace,
    )
    from .thebloke import (
        AsyncCfTheblokeNamespace,
        CfTheblokeNamespace,
    )
    from .tiiuae import (
        AsyncCfTiiuaeNamespace,
        CfTiiuaeNamespace,
    )
    from .tinyllama import (
        AsyncCfTinyllamaNamespace,
        CfTinyllamaNamespace,
    )
    from .unum import (
        AsyncCfUnumNamespace,
        CfUnumNamespace,
    )

__all__ = ["AsyncCfNamespace", "CfNamespace"]


class CfNamespace:
    """Models below ``client.cf``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def ai4bharat(self) -> CfAi4bharatNamespace:
        """Models below ``client.cf.ai4bharat``."""
        from .ai4bharat import CfAi4bharatNamespace

        return CfAi4bharatNamespace(self._client)

    @cached_property
    def aisingapore(self) -> CfAisingaporeNamespace:
        """Models below ``client.cf.aisingapore``."""
        from .aisingapore import CfAisingaporeNamespace

        return CfAisingaporeNamespace(self._client)

    @cached_property
    def baai(self) -> CfBaaiNamespace:
        """Models below ``client.cf.baai``."""
        from .baai import CfBaaiNamespace

        return CfBaaiNamespace(self._client)

    @cached_property
    def black_forest_labs(self) -> CfBlackForestLabsNamespace:
        """Models below ``client.cf.black_forest_labs``."""
        from .black_forest_labs import CfBlackForestLabsNamespace

        return CfBlackForestLabsNamespace(self._client)

    @cached_property
    def bytedance(self) -> CfBytedanceNamespace:
        """Models below ``client.cf.bytedance``."""
        from .bytedance import CfBytedanceNamespace

        return CfBytedanceNamespace(self._client)

    @cached_property
    def cloudflare(self) -> CfCloudflareNamespace:
        """Models below ``client.cf.cloudflare``."""
        from .cloudflare import CfCloudflareNamespace

        return CfCloudflareNamespace(self._client)

    @cached_property
    def deepgram(self) -> CfDeepgramNamespace:
        """Models below ``client.cf.deepgram``."""
        from .deepgram import CfDeepgramNamespace

        return CfDeepgramNamespace(self._client)

    @cached_property
    def deepseek_ai(self) -> CfDeepseekAiNamespace:
        """Models below ``client.cf.deepseek_ai``."""
        from .deepseek_ai import CfDeepseekAiNamespace

        return CfDeepseekAiNamespace(self._client)

    @cached_property
    def defog(self) -> CfDefogNamespace:
        """Models below ``client.cf.defog``."""
        from .defog import CfDefogNamespace

        return CfDefogNamespace(self._client)

    @cached_property
    def facebook(self) -> CfFacebookNamespace:
        """Models below ``client.cf.facebook``."""
        from .facebook import CfFacebookNamespace

        return CfFacebookNamespace(self._client)

    @cached_property
    def fblgit(self) -> CfFblgitNamespace:
        """Models below ``client.cf.fblgit``."""
        from .fblgit import CfFblgitNamespace

        return CfFblgitNamespace(self._client)

    @cached_property
    def google(self) -> CfGoogleNamespace:
        """Models below ``client.cf.google``."""
        from .google import CfGoogleNamespace

        return CfGoogleNamespace(self._client)

    @cached_property
    def huggingface(self) -> CfHuggingfaceNamespace:
        """Models below ``client.cf.huggingface``."""
        from .huggingface import CfHuggingfaceNamespace

        return CfHuggingfaceNamespace(self._client)

    @cached_property
    def leonardo(self) -> CfLeonardoNamespace:
        """Models below ``client.cf.leonardo``."""
        from .leonardo import CfLeonardoNamespace

        return CfLeonardoNamespace(self._client)

    @cached_property
    def lykon(self) -> CfLykonNamespace:
        """Models below ``client.cf.lykon``."""
        from .lykon import CfLykonNamespace

        return CfLykonNamespace(self._client)

    @cached_property
    def meta(self) -> CfMetaNamespace:
        """Models below ``client.cf.meta``."""
        from .meta import CfMetaNamespace

        return CfMetaNamespace(self._client)

    @cached_property
    def meta_llama(self) -> CfMetaLlamaNamespace:
        """Models below ``client.cf.meta_llama``."""
        from .meta_llama import CfMetaLlamaNamespace

        return CfMetaLlamaNamespace(self._client)

    @cached_property
    def microsoft(self) -> CfMicrosoftNamespace:
        """Models below ``client.cf.microsoft``."""
        from .microsoft import CfMicrosoftNamespace

        return CfMicrosoftNamespace(self._client)

    @cached_property
    def mistral(self) -> CfMistralNamespace:
        """Models below ``client.cf.mistral``."""
        from .mistral import CfMistralNamespace

        return CfMistralNamespace(self._client)

    @cached_property
    def mistralai(self) -> CfMistralaiNamespace:
        """Models below ``client.cf.mistralai``."""
        from .mistralai import CfMistralaiNamespace

        return CfMistralaiNamespace(self._client)

    @cached_property
    def moondream(self) -> CfMoondreamNamespace:
        """Models below ``client.cf.moondream``."""
        from .moondream import CfMoondreamNamespace

        return CfMoondreamNamespace(self._client)

    @cached_property
    def myshell_ai(self) -> CfMyshellAiNamespace:
        """Models below ``client.cf.myshell_ai``."""
        from .myshell_ai import CfMyshellAiNamespace

        return CfMyshellAiNamespace(self._client)

    @cached_property
    def openai(self) -> CfOpenaiNamespace:
        """Models below ``client.cf.openai``."""
        from .openai import CfOpenaiNamespace

        return CfOpenaiNamespace(self._client)

    @cached_property
    def openchat(self) -> CfOpenchatNamespace:
        """Models below ``client.cf.openchat``."""
        from .openchat import CfOpenchatNamespace

        return CfOpenchatNamespace(self._client)

    @cached_property
    def pfnet(self) -> CfPfnetNamespace:
        """Models below ``client.cf.pfnet``."""
        from .pfnet import CfPfnetNamespace

        return CfPfnetNamespace(self._client)

    @cached_property
    def qwen(self) -> CfQwenNamespace:
        """Models below ``client.cf.qwen``."""
        from .qwen import CfQwenNamespace

        return CfQwenNamespace(self._client)

    @cached_property
    def runwayml(self) -> CfRunwaymlNamespace:
        """Models below ``client.cf.runwayml``."""
        from .runwayml import CfRunwaymlNamespace

        return CfRunwaymlNamespace(self._client)

    @cached_property
    def stabilityai(self) -> CfStabilityaiNamespace:
        """Models below ``client.cf.stabilityai``."""
        from .stabilityai import CfStabilityaiNamespace

        return CfStabilityaiNamespace(self._client)

    @cached_property
    def thebloke(self) -> CfTheblokeNamespace:
        """Models below ``client.cf.thebloke``."""
        from .thebloke import CfTheblokeNamespace

        return CfTheblokeNamespace(self._client)

    @cached_property
    def tiiuae(self) -> CfTiiuaeNamespace:
        """Models below ``client.cf.tiiuae``."""
        from .tiiuae import CfTiiuaeNamespace

        return CfTiiuaeNamespace(self._client)

    @cached_property
    def tinyllama(self) -> CfTinyllamaNamespace:
        """Models below ``client.cf.tinyllama``."""
        from .tinyllama import CfTinyllamaNamespace

        return CfTinyllamaNamespace(self._client)

    @cached_property
    def unum(self) -> CfUnumNamespace:
        """Models below ``client.cf.unum``."""
        from .unum import CfUnumNamespace

        return CfUnumNamespace(self._client)


class AsyncCfNamespace:
    """Models below ``client.cf``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def ai4bharat(self) -> AsyncCfAi4bharatNamespace:
        """Models below ``client.cf.ai4bharat``."""
        from .ai4bharat import AsyncCfAi4bharatNamespace

        return AsyncCfAi4bharatNamespace(self._client)

    @cached_property
    def aisingapore(self) -> AsyncCfAisingaporeNamespace:
        """Models below ``client.cf.aisingapore``."""
        from .aisingapore import AsyncCfAisingaporeNamespace

        return AsyncCfAisingaporeNamespace(self._client)

    @cached_property
    def baai(self) -> AsyncCfBaaiNamespace:
        """Models below ``client.cf.baai``."""
        from .baai import AsyncCfBaaiNamespace

        return AsyncCfBaaiNamespace(self._client)

    @cached_property
    def black_forest_labs(self) -> AsyncCfBlackForestLabsNamespace:
        """Models below ``client.cf.black_forest_labs``."""
        from .black_forest_labs import AsyncCfBlackForestLabsNamespace

        return AsyncCfBlackForestLabsNamespace(self._client)

    @cached_property
    def bytedance(self) -> AsyncCfBytedanceNamespace:
        """Models below ``client.cf.bytedance``."""
        from .bytedance import AsyncCfBytedanceNamespace

        return AsyncCfBytedanceNamespace(self._client)

    @cached_property
    def cloudflare(self) -> AsyncCfCloudflareNamespace:
        """Models below ``client.cf.cloudflare``."""
        from .cloudflare import AsyncCfCloudflareNamespace

        return AsyncCfCloudflareNamespace(self._client)

    @cached_property
    def deepgram(self) -> AsyncCfDeepgramNamespace:
        """Models below ``client.cf.deepgram``."""
        from .deepgram import AsyncCfDeepgramNamespace

        return AsyncCfDeepgramNamespace(self._client)

    @cached_property
    def deepseek_ai(self) -> AsyncCfDeepseekAiNamespace:
        """Models below ``client.cf.deepseek_ai``."""
        from .deepseek_ai import AsyncCfDeepseekAiNamespace

        return AsyncCfDeepseekAiNamespace(self._client)

    @cached_property
    def defog(self) -> AsyncCfDefogNamespace:
        """Models below ``client.cf.defog``."""
        from .defog import AsyncCfDefogNamespace

        return AsyncCfDefogNamespace(self._client)

    @cached_property
    def facebook(self) -> AsyncCfFacebookNamespace:
        """Models below ``client.cf.facebook``."""
        from .facebook import AsyncCfFacebookNamespace

        return AsyncCfFacebookNamespace(self._client)

    @cached_property
    def fblgit(self) -> AsyncCfFblgitNamespace:
        """Models below ``client.cf.fblgit``."""
        from .fblgit import AsyncCfFblgitNamespace

        return AsyncCfFblgitNamespace(self._client)

    @cached_property
    def google(self) -> AsyncCfGoogleNamespace:
        """Models below ``client.cf.google``."""
        from .google import AsyncCfGoogleNamespace

        return AsyncCfGoogleNamespace(self._client)

    @cached_property
    def huggingface(self) -> AsyncCfHuggingfaceNamespace:
        """Models below ``client.cf.huggingface``."""
        from .huggingface import AsyncCfHuggingfaceNamespace

        return AsyncCfHuggingfaceNamespace(self._client)

    @cached_property
    def leonardo(self) -> AsyncCfLeonardoNamespace:
        """Models below ``client.cf.leonardo``."""
        from .leonardo import AsyncCfLeonardoNamespace

        return AsyncCfLeonardoNamespace(self._client)

    @cached_property
    def lykon(self) -> AsyncCfLykonNamespace:
        """Models below ``client.cf.lykon``."""
        from .lykon import AsyncCfLykonNamespace

        return AsyncCfLykonNamespace(self._client)

    @cached_property
    def meta(self) -> AsyncCfMetaNamespace:
        """Models below ``client.cf.meta``."""
        from .meta import AsyncCfMetaNamespace

        return AsyncCfMetaNamespace(self._client)

    @cached_property
    def meta_llama(self) -> AsyncCfMetaLlamaNamespace:
        """Models below ``client.cf.meta_llama``."""
        from .meta_llama import AsyncCfMetaLlamaNamespace

        return AsyncCfMetaLlamaNamespace(self._client)

    @cached_property
    def microsoft(self) -> AsyncCfMicrosoftNamespace:
        """Models below ``client.cf.microsoft``."""
        from .microsoft import AsyncCfMicrosoftNamespace

        return AsyncCfMicrosoftNamespace(self._client)

    @cached_property
    def mistral(self) -> AsyncCfMistralNamespace:
        """Models below ``client.cf.mistral``."""
        from .mistral import AsyncCfMistralNamespace

        return AsyncCfMistralNamespace(self._client)

    @cached_property
    def mistralai(self) -> AsyncCfMistralaiNamespace:
        """Models below ``client.cf.mistralai``."""
        from .mistralai import AsyncCfMistralaiNamespace

        return AsyncCfMistralaiNamespace(self._client)

    @cached_property
    def moondream(self) -> AsyncCfMoondreamNamespace:
        """Models below ``client.cf.moondream``."""
        from .moondream import AsyncCfMoondreamNamespace

        return AsyncCfMoondreamNamespace(self._client)

    @cached_property
    def myshell_ai(self) -> AsyncCfMyshellAiNamespace:
        """Models below ``client.cf.myshell_ai``."""
        from .myshell_ai import AsyncCfMyshellAiNamespace

        return AsyncCfMyshellAiNamespace(self._client)

    @cached_property
    def openai(self) -> AsyncCfOpenaiNamespace:
        """Models below ``client.cf.openai``."""
        from .openai import AsyncCfOpenaiNamespace

        return AsyncCfOpenaiNamespace(self._client)

    @cached_property
    def openchat(self) -> AsyncCfOpenchatNamespace:
        """Models below ``client.cf.openchat``."""
        from .openchat import AsyncCfOpenchatNamespace

        return AsyncCfOpenchatNamespace(self._client)

    @cached_property
    def pfnet(self) -> AsyncCfPfnetNamespace:
        """Models below ``client.cf.pfnet``."""
        from .pfnet import AsyncCfPfnetNamespace

        return AsyncCfPfnetNamespace(self._client)

    @cached_property
    def qwen(self) -> AsyncCfQwenNamespace:
        """Models below ``client.cf.qwen``."""
        from .qwen import AsyncCfQwenNamespace

        return AsyncCfQwenNamespace(self._client)

    @cached_property
    def runwayml(self) -> AsyncCfRunwaymlNamespace:
        """Models below ``client.cf.runwayml``."""
        from .runwayml import AsyncCfRunwaymlNamespace

        return AsyncCfRunwaymlNamespace(self._client)

    @cached_property
    def stabilityai(self) -> AsyncCfStabilityaiNamespace:
        """Models below ``client.cf.stabilityai``."""
        from .stabilityai import AsyncCfStabilityaiNamespace

        return AsyncCfStabilityaiNamespace(self._client)

    @cached_property
    def thebloke(self) -> AsyncCfTheblokeNamespace:
        """Models below ``client.cf.thebloke``."""
        from .thebloke import AsyncCfTheblokeNamespace

        return AsyncCfTheblokeNamespace(self._client)

    @cached_property
    def tiiuae(self) -> AsyncCfTiiuaeNamespace:
        """Models below ``client.cf.tiiuae``."""
        from .tiiuae import AsyncCfTiiuaeNamespace

        return AsyncCfTiiuaeNamespace(self._client)

    @cached_property
    def tinyllama(self) -> AsyncCfTinyllamaNamespace:
        """Models below ``client.cf.tinyllama``."""
        from .tinyllama import AsyncCfTinyllamaNamespace

        return AsyncCfTinyllamaNamespace(self._client)

    @cached_property
    def unum(self) -> AsyncCfUnumNamespace:
        """Models below ``client.cf.unum``."""
        from .unum import AsyncCfUnumNamespace

        return AsyncCfUnumNamespace(self._client)
