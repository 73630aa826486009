"""The clients, :class:`Client` and :class:`AsyncClient`.

Every model is a method of a namespace (``client.vendor.model(...)``), and :meth:`Client.run`
takes a model id. Namespaces and model modules are imported on first use, so
``import cfai`` stays fast however many models the package holds.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

import pydantic

from ._base import (
    NOT_GIVEN,
    AsyncAPIClient,
    AsyncStream,
    NotGiven,
    Stream,
    StreamChunk,
    SyncAPIClient,
)

if TYPE_CHECKING:
    from ._namespaces.alibaba import (
        AlibabaNamespace,
        AsyncAlibabaNamespace,
    )
    from ._namespaces.anthropic import (
        AnthropicNamespace,
        AsyncAnthropicNamespace,
    )
    from ._namespaces.assemblyai import (
        AssemblyaiNamespace,
        AsyncAssemblyaiNamespace,
    )
    from ._namespaces.black_forest_labs import (
        AsyncBlackForestLabsNamespace,
        BlackForestLabsNamespace,
    )
    from ._namespaces.bria import (
        AsyncBriaNamespace,
        BriaNamespace,
    )
    from ._namespaces.bytedance import (
        AsyncBytedanceNamespace,
        BytedanceNamespace,
    )
    from ._namespaces.cf import (
        AsyncCfNamespace,
        CfNamespace,
    )
    from ._namespaces.cloudflare import (
        AsyncCloudflareNamespace,
        CloudflareNamespace,
    )
    from ._namespaces.deepseek import (
        AsyncDeepseekNamespace,
        DeepseekNamespace,
    )
    from ._namespaces.elevenlabs import (
        AsyncElevenlabsNamespace,
        ElevenlabsNamespace,
    )
    from ._namespaces.google import (
        AsyncGoogleNamespace,
        GoogleNamespace,
    )
    from ._namespaces.hf import (
        AsyncHfNamespace,
        HfNamespace,
    )
    from ._namespaces.inworld import (
        AsyncInworldNamespace,
        InworldNamespace,
    )
    from ._namespaces.klingai import (
        AsyncKlingaiNamespace,
        KlingaiNamespace,
    )
    from ._namespaces.krea import (
        AsyncKreaNamespace,
        KreaNamespace,
    )
    from ._namespaces.lightricks import (
        AsyncLightricksNamespace,
        LightricksNamespace,
    )
    from ._namespaces.minimax import (
        AsyncMinimaxNamespace,
        MinimaxNamespace,
    )
    from ._namespaces.moonshotai import (
        AsyncMoonshotaiNamespace,
        MoonshotaiNamespace,
    )
    from ._namespaces.openai import (
        AsyncOpenaiNamespace,
        OpenaiNamespace,
    )
    from ._namespaces.pixverse import (
        AsyncPixverseNamespace,
        PixverseNamespace,
    )
    from ._namespaces.runwayml import (
        AsyncRunwaymlNamespace,
        RunwaymlNamespace,
    )
    from ._namespaces.xai import (
        AsyncXaiNamespace,
        XaiNamespace,
    )
    from .models.alibaba import (
        hh1_1_i2v as _model_alibaba__hh1_1_i2v,
    )
    from .models.alibaba import (
        hh1_1_r2v as _model_alibaba__hh1_1_r2v,
    )
    from .models.alibaba import (
        hh1_1_t2v as _model_alibaba__hh1_1_t2v,
    )
    from .models.alibaba import (
        hh1_t2v as _model_alibaba__hh1_t2v,
    )
    from .models.alibaba import (
        qwen3_5_397b_a17b as _model_alibaba__qwen3_5_397b_a17b,
    )
    from .models.alibaba import (
        qwen3_7_max as _model_alibaba__qwen3_7_max,
    )
    from .models.alibaba import (
        qwen3_7_plus as _model_alibaba__qwen3_7_plus,
    )
    from .models.alibaba import (
        qwen3_8_max as _model_alibaba__qwen3_8_max,
    )
    from .models.alibaba import (
        qwen3_max as _model_alibaba__qwen3_max,
    )
    from .models.alibaba import (
        wan_2_6_image as _model_alibaba__wan_2_6_image,
    )
    from .models.alibaba import (
        wan_2_7_i2v as _model_alibaba__wan_2_7_i2v,
    )
    from .models.alibaba import (
        wan_3_0 as _model_alibaba__wan_3_0,
    )
    from .models.alibaba import (
        wan_3_0_prime as _model_alibaba__wan_3_0_prime,
    )
    from .models.anthropic import (
        claude_fable_5 as _model_anthropic__claude_fable_5,
    )
    from .models.anthropic import (
        claude_fable_5_1 as _model_anthropic__claude_fable_5_1,
    )
    from .models.anthropic import (
        claude_haiku_4_5 as _model_anthropic__claude_haiku_4_5,
    )
    from .models.anthropic import (
        claude_opus_4_5 as _model_anthropic__claude_opus_4_5,
    )
    from .models.anthropic import (
        claude_opus_4_6 as _model_anthropic__claude_opus_4_6,
    )
    from .models.anthropic import (
        claude_opus_4_7 as _model_anthropic__claude_opus_4_7,
    )
    from .models.anthropic import (
        claude_opus_4_8 as _model_anthropic__claude_opus_4_8,
    )
    from .models.anthropic import (
        claude_opus_5 as _model_anthropic__claude_opus_5,
    )
    from .models.anthropic import (
        claude_opus_5_5 as _model_anthropic__claude_opus_5_5,
    )
    from .models.anthropic import (
        claude_sonnet_4 as _model_anthropic__claude_sonnet_4,
    )
    from .models.anthropic import (
        claude_sonnet_4_5 as _model_anthropic__claude_sonnet_4_5,
    )
    from .models.anthropic import (
        claude_sonnet_4_6 as _model_anthropic__claude_sonnet_4_6,
    )
    from .models.anthropic import (
        claude_sonnet_5 as _model_anthropic__claude_sonnet_5,
    )
    from .models.anthropic import (
        claude_sonnet_5_5 as _model_anthropic__claude_sonnet_5_5,
    )
    from .models.assemblyai import (
        universal_3_5_pro as _model_assemblyai__universal_3_5_pro,
    )
    from .models.assemblyai import (
        universal_3_pro as _model_assemblyai__universal_3_pro,
    )
    from .models.black_forest_labs import (
        flux_1_kontext_max as _model_black_forest_labs__flux_1_kontext_max,
    )
    from .models.black_forest_labs import (
        flux_1_kontext_pro as _model_black_forest_labs__flux_1_kontext_pro,
    )
    from .models.black_forest_labs import (
        flux_2_klein_9b as _model_black_forest_labs__flux_2_klein_9b,
    )
    from .models.black_forest_labs import (
        flux_2_max as _model_black_forest_labs__flux_2_max,
    )
    from .models.black_forest_labs import (
        flux_3_video as _model_black_forest_labs__flux_3_video,
    )
    from .models.bria import (
        fibo_edit_1_5 as _model_bria__fibo_edit_1_5,
    )
    from .models.bria import (
        fibo_generate_1_5 as _model_bria__fibo_generate_1_5,
    )
    from .models.bria import (
        remove_background as _model_bria__remove_background,
    )
    from .models.bria import (
        v_rmbg_3_0 as _model_bria__v_rmbg_3_0,
    )
    from .models.bytedance import (
        seedance_2_0 as _model_bytedance__seedance_2_0,
    )
    from .models.bytedance import (
        seedance_2_0_fast as _model_bytedance__seedance_2_0_fast,
    )
    from .models.bytedance import (
        seedance_2_0_mini as _model_bytedance__seedance_2_0_mini,
    )
    from .models.bytedance import (
        seedance_2_5 as _model_bytedance__seedance_2_5,
    )
    from .models.bytedance import (
        seedream_4_5 as _model_bytedance__seedream_4_5,
    )
    from .models.bytedance import (
        seedream_5_lite as _model_bytedance__seedream_5_lite,
    )
    from .models.bytedance import (
        seedream_5_pro as _model_bytedance__seedream_5_pro,
    )
    from .models.cf.ai4bharat import (
        indictrans2_en_indic_1b as _model_cf__ai4bharat__indictrans2_en_indic_1b,
    )
    from .models.cf.aisingapore import (
        gemma_sea_lion_v4_27b_it as _model_cf__aisingapore__gemma_sea_lion_v4_27b_it,
    )
    from .models.cf.baai import (
        bge_base_en_v1_5 as _model_cf__baai__bge_base_en_v1_5,
    )
    from .models.cf.baai import (
        bge_large_en_v1_5 as _model_cf__baai__bge_large_en_v1_5,
    )
    from .models.cf.baai import (
        bge_reranker_base as _model_cf__baai__bge_reranker_base,
    )
    from .models.cf.baai import (
        bge_small_en_v1_5 as _model_cf__baai__bge_small_en_v1_5,
    )
    from .models.cf.baai import (
        omni_bge_base_en_v1_5 as _model_cf__baai__omni_bge_base_en_v1_5,
    )
    from .models.cf.black_forest_labs import (
        flux_1_schnell as _model_cf__black_forest_labs__flux_1_schnell,
    )
    from .models.cf.black_forest_labs import (
        flux_2_klein_4b as _model_cf__black_forest_labs__flux_2_klein_4b,
    )
    from .models.cf.bytedance import (
        stable_diffusion_xl_lightning as _model_cf__bytedance__stable_diffusion_xl_lightning,
    )
    from .models.cf.cloudflare import (
        clef as _model_cf__cloudflare__clef,
    )
    from .models.cf.cloudflare import (
        clef_flash as _model_cf__cloudflare__clef_flash,
    )
    from .models.cf.deepgram import (
        aura_1 as _model_cf__deepgram__aura_1,
    )
    from .models.cf.deepgram import (
        aura_2_en as _model_cf__deepgram__aura_2_en,
    )
    from .models.cf.deepgram import (
        flux as _model_cf__deepgram__flux,
    )
    from .models.cf.deepseek_ai import (
        deepseek_math_7b_instruct as _model_cf__deepseek_ai__deepseek_math_7b_instruct,
    )
    from .models.cf.deepseek_ai import (
        deepseek_r1_distill_qwen_32b as _model_cf__deepseek_ai__deepseek_r1_distill_qwen_32b,
    )
    from .models.cf.defog import (
        sqlcoder_7b_2 as _model_cf__defog__sqlcoder_7b_2,
    )
    from .models.cf.facebook import (
        bart_large_cnn as _model_cf__facebook__bart_large_cnn,
    )
    from .models.cf.fblgit import (
        una_cybertron_7b_v2_bf16 as _model_cf__fblgit__una_cybertron_7b_v2_bf16,
    )
    from .models.cf.google import (
        embeddinggemma_300m as _model_cf__google__embeddinggemma_300m,
    )
    from .models.cf.google import (
        gemma_2b_it_lora as _model_cf__google__gemma_2b_it_lora,
    )
    from .models.cf.google import (
        gemma_3_12b_it as _model_cf__google__gemma_3_12b_it,
    )
    from .models.cf.google import (
        gemma_7b_it_lora as _model_cf__google__gemma_7b_it_lora,
    )
    from .models.cf.huggingface import (
        distilbert_sst_2_int8 as _model_cf__huggingface__distilbert_sst_2_int8,
    )
    from .models.cf.leonardo import (
        lucid_origin as _model_cf__leonardo__lucid_origin,
    )
    from .models.cf.lykon import (
        dreamshaper_8_lcm as _model_cf__lykon__dreamshaper_8_lcm,
    )
    from .models.cf.meta import (
        llama_2_7b_chat_fp16 as _model_cf__meta__llama_2_7b_chat_fp16,
    )
    from .models.cf.meta import (
        llama_2_7b_chat_int8 as _model_cf__meta__llama_2_7b_chat_int8,
    )
    from .models.cf.meta import (
        llama_3_1_8b_instruct as _model_cf__meta__llama_3_1_8b_instruct,
    )
    from .models.cf.meta import (
        llama_3_1_8b_instruct_awq as _model_cf__meta__llama_3_1_8b_instruct_awq,
    )
    from .models.cf.meta import (
        llama_3_1_8b_instruct_fast as _model_cf__meta__llama_3_1_8b_instruct_fast,
    )
    from .models.cf.meta import (
        llama_3_1_8b_instruct_fp8 as _model_cf__meta__llama_3_1_8b_instruct_fp8,
    )
    from .models.cf.meta import (
        llama_3_1_70b_instruct as _model_cf__meta__llama_3_1_70b_instruct,
    )
    from .models.cf.meta import (
        llama_3_2_1b_instruct as _model_cf__meta__llama_3_2_1b_instruct,
    )
    from .models.cf.meta import (
        llama_3_2_3b_instruct as _model_cf__meta__llama_3_2_3b_instruct,
    )
    from .models.cf.meta import (
        llama_3_2_11b_vision_instruct as _model_cf__meta__llama_3_2_11b_vision_instruct,
    )
    from .models.cf.meta import (
        llama_3_3_70b_instruct_fp8_fast as _model_cf__meta__llama_3_3_70b_instruct_fp8_fast,
    )
    from .models.cf.meta import (
        llama_3_8b_instruct as _model_cf__meta__llama_3_8b_instruct,
    )
    from .models.cf.meta import (
        llama_3_8b_instruct_awq as _model_cf__meta__llama_3_8b_instruct_awq,
    )
    from .models.cf.meta import (
        llama_guard_3_8b as _model_cf__meta__llama_guard_3_8b,
    )
    from .models.cf.meta_llama import (
        llama_2_7b_chat_hf_lora as _model_cf__meta_llama__llama_2_7b_chat_hf_lora,
    )
    from .models.cf.microsoft import (
        phi_2 as _model_cf__microsoft__phi_2,
    )
    from .models.cf.microsoft import (
        resnet_50 as _model_cf__microsoft__resnet_50,
    )
    from .models.cf.mistral import (
        mistral_7b_instruct_v0_1 as _model_cf__mistral__mistral_7b_instruct_v0_1,
    )
    from .models.cf.mistral import (
        mistral_7b_instruct_v0_2_lora as _model_cf__mistral__mistral_7b_instruct_v0_2_lora,
    )
    from .models.cf.mistralai import (
        mistral_small_3_1_24b_instruct as _model_cf__mistralai__mistral_small_3_1_24b_instruct,
    )
    from .models.cf.moondream import (
        moondream3_1_9b_a2b as _model_cf__moondream__moondream3_1_9b_a2b,
    )
    from .models.cf.myshell_ai import (
        melotts as _model_cf__myshell_ai__melotts,
    )
    from .models.cf.openai import (
        gpt_oss_120b as _model_cf__openai__gpt_oss_120b,
    )
    from .models.cf.openai import (
        whisper as _model_cf__openai__whisper,
    )
    from .models.cf.openai import (
        whisper_tiny_en as _model_cf__openai__whisper_tiny_en,
    )
    from .models.cf.openchat import (
        openchat_3_5_0106 as _model_cf__openchat__openchat_3_5_0106,
    )
    from .models.cf.pfnet import (
        plamo_embedding_1b as _model_cf__pfnet__plamo_embedding_1b,
    )
    from .models.cf.qwen import (
        qwen1_5_0_5b_chat as _model_cf__qwen__qwen1_5_0_5b_chat,
    )
    from .models.cf.qwen import (
        qwen1_5_1_8b_chat as _model_cf__qwen__qwen1_5_1_8b_chat,
    )
    from .models.cf.qwen import (
        qwen1_5_7b_chat_awq as _model_cf__qwen__qwen1_5_7b_chat_awq,
    )
    from .models.cf.qwen import (
        qwen1_5_14b_chat_awq as _model_cf__qwen__qwen1_5_14b_chat_awq,
    )
    from .models.cf.qwen import (
        qwen2_5_coder_32b_instruct as _model_cf__qwen__qwen2_5_coder_32b_instruct,
    )
    from .models.cf.qwen import (
        qwen3_30b_a3b_fp8 as _model_cf__qwen__qwen3_30b_a3b_fp8,
    )
    from .models.cf.runwayml import (
        stable_diffusion_v1_5_img2img as _model_cf__runwayml__stable_diffusion_v1_5_img2img,
    )
    from .models.cf.runwayml import (
        stable_diffusion_v1_5_inpainting as _model_cf__runwayml__stable_diffusion_v1_5_inpainting,
    )
    from .models.cf.stabilityai import (
        stable_diffusion_xl_base_1_0 as _model_cf__stabilityai__stable_diffusion_xl_base_1_0,
    )
    from .models.cf.thebloke import (
        discolm_german_7b_v1_awq as _model_cf__thebloke__discolm_german_7b_v1_awq,
    )
    from .models.cf.tiiuae import (
        falcon_7b_instruct as _model_cf__tiiuae__falcon_7b_instruct,
    )
    from .models.cf.tinyllama import (
        tinyllama_1_1b_chat_v1_0 as _model_cf__tinyllama__tinyllama_1_1b_chat_v1_0,
    )
    from .models.cf.unum import (
        uform_gen2_qwen_500m as _model_cf__unum__uform_gen2_qwen_500m,
    )
    from .models.cloudflare import (
        i2v as _model_cloudflare__i2v,
    )
    from .models.cloudflare import (
        image as _model_cloudflare__image,
    )
    from .models.cloudflare import (
        image_edit as _model_cloudflare__image_edit,
    )
    from .models.cloudflare import (
        music as _model_cloudflare__music,
    )
    from .models.cloudflare import (
        stt as _model_cloudflare__stt,
    )
    from .models.cloudflare import (
        tts as _model_cloudflare__tts,
    )
    from .models.cloudflare import (
        video as _model_cloudflare__video,
    )
    from .models.deepseek import (
        deepseek_v4_pro as _model_deepseek__deepseek_v4_pro,
    )
    from .models.elevenlabs import (
        eleven_flash_v2_5 as _model_elevenlabs__eleven_flash_v2_5,
    )
    from .models.elevenlabs import (
        eleven_multilingual_v2 as _model_elevenlabs__eleven_multilingual_v2,
    )
    from .models.elevenlabs import (
        eleven_turbo_v2_5 as _model_elevenlabs__eleven_turbo_v2_5,
    )
    from .models.elevenlabs import (
        eleven_v3 as _model_elevenlabs__eleven_v3,
    )
    from .models.elevenlabs import (
        music_v2 as _model_elevenlabs__music_v2,
    )
    from .models.google import (
        gemini_2_5_flash as _model_google__gemini_2_5_flash,
    )
    from .models.google import (
        gemini_2_5_flash_lite as _model_google__gemini_2_5_flash_lite,
    )
    from .models.google import (
        gemini_2_5_pro as _model_google__gemini_2_5_pro,
    )
    from .models.google import (
        gemini_3_1_flash_lite as _model_google__gemini_3_1_flash_lite,
    )
    from .models.google import (
        gemini_3_1_flash_tts as _model_google__gemini_3_1_flash_tts,
    )
    from .models.google import (
        gemini_3_1_pro as _model_google__gemini_3_1_pro,
    )
    from .models.google import (
        gemini_3_5_flash as _model_google__gemini_3_5_flash,
    )
    from .models.google import (
        gemini_3_5_flash_lite as _model_google__gemini_3_5_flash_lite,
    )
    from .models.google import (
        gemini_3_6_flash as _model_google__gemini_3_6_flash,
    )
    from .models.google import (
        gemini_3_7_flash as _model_google__gemini_3_7_flash,
    )
    from .models.google import (
        gemini_3_8_flash as _model_google__gemini_3_8_flash,
    )
    from .models.google import (
        gemini_3_8_flash_lite_tts as _model_google__gemini_3_8_flash_lite_tts,
    )
    from .models.google import (
        gemini_3_8_flash_tts as _model_google__gemini_3_8_flash_tts,
    )
    from .models.google import (
        gemini_3_flash as _model_google__gemini_3_flash,
    )
    from .models.google import (
        gemini_omni_1_1_flash as _model_google__gemini_omni_1_1_flash,
    )
    from .models.google import (
        gemini_omni_flash as _model_google__gemini_omni_flash,
    )
    from .models.google import (
        imagen_4 as _model_google__imagen_4,
    )
    from .models.google import (
        nano_banana as _model_google__nano_banana,
    )
    from .models.google import (
        nano_banana_2 as _model_google__nano_banana_2,
    )
    from .models.google import (
        veo_3 as _model_google__veo_3,
    )
    from .models.google import (
        veo_3_1 as _model_google__veo_3_1,
    )
    from .models.google import (
        veo_3_fast as _model_google__veo_3_fast,
    )
    from .models.hf.google import (
        gemma_7b_it as _model_hf__google__gemma_7b_it,
    )
    from .models.hf.meta_llama import (
        meta_llama_3_8b_instruct as _model_hf__meta_llama__meta_llama_3_8b_instruct,
    )
    from .models.hf.mistral import (
        mistral_7b_instruct_v0_2 as _model_hf__mistral__mistral_7b_instruct_v0_2,
    )
    from .models.hf.nexusflow import (
        starling_lm_7b_beta as _model_hf__nexusflow__starling_lm_7b_beta,
    )
    from .models.hf.nousresearch import (
        hermes_2_pro_mistral_7b as _model_hf__nousresearch__hermes_2_pro_mistral_7b,
    )
    from .models.hf.thebloke import (
        deepseek_coder_6_7b_base_awq as _model_hf__thebloke__deepseek_coder_6_7b_base_awq,
    )
    from .models.hf.thebloke import (
        deepseek_coder_6_7b_instruct_awq as _model_hf__thebloke__deepseek_coder_6_7b_instruct_awq,
    )
    from .models.hf.thebloke import (
        llama_2_13b_chat_awq as _model_hf__thebloke__llama_2_13b_chat_awq,
    )
    from .models.hf.thebloke import (
        llamaguard_7b_awq as _model_hf__thebloke__llamaguard_7b_awq,
    )
    from .models.hf.thebloke import (
        mistral_7b_instruct_v0_1_awq as _model_hf__thebloke__mistral_7b_instruct_v0_1_awq,
    )
    from .models.hf.thebloke import (
        neural_chat_7b_v3_1_awq as _model_hf__thebloke__neural_chat_7b_v3_1_awq,
    )
    from .models.hf.thebloke import (
        openhermes_2_5_mistral_7b_awq as _model_hf__thebloke__openhermes_2_5_mistral_7b_awq,
    )
    from .models.hf.thebloke import (
        zephyr_7b_beta_awq as _model_hf__thebloke__zephyr_7b_beta_awq,
    )
    from .models.inworld import (
        tts_1_5_mini as _model_inworld__tts_1_5_mini,
    )
    from .models.inworld import (
        tts_2 as _model_inworld__tts_2,
    )
    from .models.klingai import (
        kling_v3 as _model_klingai__kling_v3,
    )
    from .models.klingai import (
        kling_v3_image as _model_klingai__kling_v3_image,
    )
    from .models.klingai import (
        kling_v3_omni as _model_klingai__kling_v3_omni,
    )
    from .models.krea import (
        krea_2_large as _model_krea__krea_2_large,
    )
    from .models.krea import (
        krea_2_medium as _model_krea__krea_2_medium,
    )
    from .models.krea import (
        krea_2_medium_turbo as _model_krea__krea_2_medium_turbo,
    )
    from .models.lightricks import (
        ltx_2_5_fast as _model_lightricks__ltx_2_5_fast,
    )
    from .models.minimax import (
        hailuo_2_3 as _model_minimax__hailuo_2_3,
    )
    from .models.minimax import (
        music_2_6 as _model_minimax__music_2_6,
    )
    from .models.minimax import (
        speech_2_8_hd as _model_minimax__speech_2_8_hd,
    )
    from .models.moonshotai import (
        kimi_k2_5 as _model_moonshotai__kimi_k2_5,
    )
    from .models.openai import (
        gpt_image_1_5 as _model_openai__gpt_image_1_5,
    )
    from .models.openai import (
        tts_1 as _model_openai__tts_1,
    )
    from .models.openai import (
        tts_1_hd as _model_openai__tts_1_hd,
    )
    from .models.pixverse import (
        v5_6 as _model_pixverse__v5_6,
    )
    from .models.runwayml import (
        gen_4_5 as _model_runwayml__gen_4_5,
    )
    from .models.xai import (
        grok_imagine_image as _model_xai__grok_imagine_image,
    )
    from .models.xai import (
        grok_imagine_image_2_0 as _model_xai__grok_imagine_image_2_0,
    )
    from .models.xai import (
        grok_imagine_video as _model_xai__grok_imagine_video,
    )

__all__ = ["MODEL_IDS", "AsyncClient", "Client"]

# model id -> (module below ``models``, input class, output class, output kind)
_MODELS: dict[str, tuple[str, str, str, str]] = {
    "@cf/ai4bharat/indictrans2-en-indic-1B": (
        "cf.ai4bharat.indictrans2_en_indic_1b",
        "Indictrans2EnIndic1bInput",
        "Indictrans2EnIndic1bOutput",
        "model",
    ),
    "@cf/aisingapore/gemma-sea-lion-v4-27b-it": (
        "cf.aisingapore.gemma_sea_lion_v4_27b_it",
        "GemmaSeaLionV427bItInput",
        "GemmaSeaLionV427bItOutput",
        "model",
    ),
    "@cf/baai/bge-base-en-v1.5": (
        "cf.baai.bge_base_en_v1_5",
        "BgeBaseEnV15Input",
        "BgeBaseEnV15Output",
        "model",
    ),
    "@cf/baai/bge-large-en-v1.5": (
        "cf.baai.bge_large_en_v1_5",
        "BgeLargeEnV15Input",
        "BgeLargeEnV15Output",
        "model",
    ),
    "@cf/baai/bge-reranker-base": (
        "cf.baai.bge_reranker_base",
        "BgeRerankerBaseInput",
        "BgeRerankerBaseOutput",
        "model",
    ),
    "@cf/baai/bge-small-en-v1.5": (
        "cf.baai.bge_small_en_v1_5",
        "BgeSmallEnV15Input",
        "BgeSmallEnV15Output",
        "model",
    ),
    "@cf/baai/omni-bge-base-en-v1.5": (
        "cf.baai.omni_bge_base_en_v1_5",
        "OmniBgeBaseEnV15Input",
        "OmniBgeBaseEnV15Output",
        "model",
    ),
    "@cf/black-forest-labs/flux-1-schnell": (
        "cf.black_forest_labs.flux_1_schnell",
        "Flux1SchnellInput",
        "Flux1SchnellOutput",
        "model",
    ),
    "@cf/black-forest-labs/flux-2-klein-4b": (
        "cf.black_forest_labs.flux_2_klein_4b",
        "Flux2Klein4bInput",
        "Flux2Klein4bOutput",
        "model",
    ),
    "@cf/bytedance/stable-diffusion-xl-lightning": (
        "cf.bytedance.stable_diffusion_xl_lightning",
        "StableDiffusionXlLightningInput",
        "StableDiffusionXlLightningOutput",
        "bytes",
    ),
    "@cf/cloudflare/clef": (
        "cf.cloudflare.clef",
        "ClefInput",
        "ClefOutput",
        "model",
    ),
    "@cf/cloudflare/clef-flash": (
        "cf.cloudflare.clef_flash",
        "ClefFlashInput",
        "ClefFlashOutput",
        "model",
    ),
    "@cf/deepgram/aura-1": (
        "cf.deepgram.aura_1",
        "Aura1Input",
        "Aura1Output",
        "bytes",
    ),
    "@cf/deepgram/aura-2-en": (
        "cf.deepgram.aura_2_en",
        "Aura2EnInput",
        "Aura2EnOutput",
        "bytes",
    ),
    "@cf/deepgram/flux": (
        "cf.deepgram.flux",
        "FluxInput",
        "FluxOutput",
        "model",
    ),
    "@cf/deepseek-ai/deepseek-math-7b-instruct": (
        "cf.deepseek_ai.deepseek_math_7b_instruct",
        "DeepseekMath7bInstructInput",
        "DeepseekMath7bInstructOutput",
        "model",
    ),
    "@cf/deepseek-ai/deepseek-r1-distill-qwen-32b": (
        "cf.deepseek_ai.deepseek_r1_distill_qwen_32b",
        "DeepseekR1DistillQwen32bInput",
        "DeepseekR1DistillQwen32bOutput",
        "model",
    ),
    "@cf/defog/sqlcoder-7b-2": (
        "cf.defog.sqlcoder_7b_2",
        "Sqlcoder7b2Input",
        "Sqlcoder7b2Output",
        "model",
    ),
    "@cf/facebook/bart-large-cnn": (
        "cf.facebook.bart_large_cnn",
        "BartLargeCnnInput",
        "BartLargeCnnOutput",
        "model",
    ),
    "@cf/fblgit/una-cybertron-7b-v2-bf16": (
        "cf.fblgit.una_cybertron_7b_v2_bf16",
        "UnaCybertron7bV2Bf16Input",
        "UnaCybertron7bV2Bf16Output",
        "model",
    ),
    "@cf/google/embeddinggemma-300m": (
        "cf.google.embeddinggemma_300m",
        "Embeddinggemma300mInput",
        "Embeddinggemma300mOutput",
        "model",
    ),
    "@cf/google/gemma-2b-it-lora": (
        "cf.google.gemma_2b_it_lora",
        "Gemma2bItLoraInput",
        "Gemma2bItLoraOutput",
        "model",
    ),
    "@cf/google/gemma-3-12b-it": (
        "cf.google.gemma_3_12b_it",
        "Gemma312bItInput",
        "Gemma312bItOutput",
        "model",
    ),
    "@cf/google/gemma-7b-it-lora": (
        "cf.google.gemma_7b_it_lora",
        "Gemma7bItLoraInput",
        "Gemma7bItLoraOutput",
        "model",
    ),
    "@cf/huggingface/distilbert-sst-2-int8": (
        "cf.huggingface.distilbert_sst_2_int8",
        "DistilbertSst2Int8Input",
        "DistilbertSst2Int8Output",
        "model",
    ),
    "@cf/leonardo/lucid-origin": (
        "cf.leonardo.lucid_origin",
        "LucidOriginInput",
        "LucidOriginOutput",
        "model",
    ),
    "@cf/lykon/dreamshaper-8-lcm": (
        "cf.lykon.dreamshaper_8_lcm",
        "Dreamshaper8LcmInput",
        "Dreamshaper8LcmOutput",
        "bytes",
    ),
    "@cf/meta-llama/llama-2-7b-chat-hf-lora": (
        "cf.meta_llama.llama_2_7b_chat_hf_lora",
        "Llama27bChatHfLoraInput",
        "Llama27bChatHfLoraOutput",
        "model",
    ),
    "@cf/meta/llama-2-7b-chat-fp16": (
        "cf.meta.llama_2_7b_chat_fp16",
        "Llama27bChatFp16Input",
        "Llama27bChatFp16Output",
        "model",
    ),
    "@cf/meta/llama-2-7b-chat-int8": (
        "cf.meta.llama_2_7b_chat_int8",
        "Llama27bChatInt8Input",
        "Llama27bChatInt8Output",
        "model",
    ),
    "@cf/meta/llama-3-8b-instruct": (
        "cf.meta.llama_3_8b_instruct",
        "Llama38bInstructInput",
        "Llama38bInstructOutput",
        "model",
    ),
    "@cf/meta/llama-3-8b-instruct-awq": (
        "cf.meta.llama_3_8b_instruct_awq",
        "Llama38bInstructAwqInput",
        "Llama38bInstructAwqOutput",
        "model",
    ),
    "@cf/meta/llama-3.1-70b-instruct": (
        "cf.meta.llama_3_1_70b_instruct",
        "Llama3170bInstructInput",
        "Llama3170bInstructOutput",
        "model",
    ),
    "@cf/meta/llama-3.1-8b-instruct": (
        "cf.meta.llama_3_1_8b_instruct",
        "Llama318bInstructInput",
        "Llama318bInstructOutput",
        "model",
    ),
    "@cf/meta/llama-3.1-8b-instruct-awq": (
        "cf.meta.llama_3_1_8b_instruct_awq",
        "Llama318bInstructAwqInput",
        "Llama318bInstructAwqOutput",
        "model",
    ),
    "@cf/meta/llama-3.1-8b-instruct-fast": (
        "cf.meta.llama_3_1_8b_instruct_fast",
        "Llama318bInstructFastInput",
        "Llama318bInstructFastOutput",
        "model",
    ),
    "@cf/meta/llama-3.1-8b-instruct-fp8": (
        "cf.meta.llama_3_1_8b_instruct_fp8",
        "Llama318bInstructFp8Input",
        "Llama318bInstructFp8Output",
        "model",
    ),
    "@cf/meta/llama-3.2-11b-vision-instruct": (
        "cf.meta.llama_3_2_11b_vision_instruct",
        "Llama3211bVisionInstructInput",
        "Llama3211bVisionInstructOutput",
        "model",
    ),
    "@cf/meta/llama-3.2-1b-instruct": (
        "cf.meta.llama_3_2_1b_instruct",
        "Llama321bInstructInput",
        "Llama321bInstructOutput",
        "model",
    ),
    "@cf/meta/llama-3.2-3b-instruct": (
        "cf.meta.llama_3_2_3b_instruct",
        "Llama323bInstructInput",
        "Llama323bInstructOutput",
        "model",
    ),
    "@cf/meta/llama-3.3-70b-instruct-fp8-fast": (
        "cf.meta.llama_3_3_70b_instruct_fp8_fast",
        "Llama3370bInstructFp8FastInput",
        "Llama3370bInstructFp8FastOutput",
        "model",
    ),
    "@cf/meta/llama-guard-3-8b": (
        "cf.meta.llama_guard_3_8b",
        "LlamaGuard38bInput",
        "LlamaGuard38bOutput",
        "model",
    ),
    "@cf/microsoft/phi-2": (
        "cf.microsoft.phi_2",
        "Phi2Input",
        "Phi2Output",
        "model",
    ),
    "@cf/microsoft/resnet-50": (
        "cf.microsoft.resnet_50",
        "Resnet50Input",
        "Resnet50Output",
        "model",
    ),
    "@cf/mistral/mistral-7b-instruct-v0.1": (
        "cf.mistral.mistral_7b_instruct_v0_1",
        "Mistral7bInstructV01Input",
        "Mistral7bInstructV01Output",
        "model",
    ),
    "@cf/mistral/mistral-7b-instruct-v0.2-lora": (
        "cf.mistral.mistral_7b_instruct_v0_2_lora",
        "Mistral7bInstructV02LoraInput",
        "Mistral7bInstructV02LoraOutput",
        "model",
    ),
    "@cf/mistralai/mistral-small-3.1-24b-instruct": (
        "cf.mistralai.mistral_small_3_1_24b_instruct",
        "MistralSmall3124bInstructInput",
        "MistralSmall3124bInstructOutput",
        "model",
    ),
    "@cf/moondream/moondream3.1-9B-A2B": (
        "cf.moondream.moondream3_1_9b_a2b",
        "Moondream319bA2bInput",
        "Moondream319bA2bOutput",
        "model",
    ),
    "@cf/myshell-ai/melotts": (
        "cf.myshell_ai.melotts",
        "MelottsInput",
        "MelottsOutput",
        "model",
    ),
    "@cf/openai/gpt-oss-120b": (
        "cf.openai.gpt_oss_120b",
        "GptOss120bInput",
        "GptOss120bOutput",
        "model",
    ),
    "@cf/openai/whisper": (
        "cf.openai.whisper",
        "WhisperInput",
        "WhisperOutput",
        "model",
    ),
    "@cf/openai/whisper-tiny-en": (
        "cf.openai.whisper_tiny_en",
        "WhisperTinyEnInput",
        "WhisperTinyEnOutput",
        "model",
    ),
    "@cf/openchat/openchat-3.5-0106": (
        "cf.openchat.openchat_3_5_0106",
        "Openchat350106Input",
        "Openchat350106Output",
        "model",
    ),
    "@cf/pfnet/plamo-embedding-1b": (
        "cf.pfnet.plamo_embedding_1b",
        "PlamoEmbedding1bInput",
        "PlamoEmbedding1bOutput",
        "model",
    ),
    "@cf/qwen/qwen1.5-0.5b-chat": (
        "cf.qwen.qwen1_5_0_5b_chat",
        "Qwen1505bChatInput",
        "Qwen1505bChatOutput",
        "model",
    ),
    "@cf/qwen/qwen1.5-1.8b-chat": (
        "cf.qwen.qwen1_5_1_8b_chat",
        "Qwen1518bChatInput",
        "Qwen1518bChatOutput",
        "model",
    ),
    "@cf/qwen/qwen1.5-14b-chat-awq": (
        "cf.qwen.qwen1_5_14b_chat_awq",
        "Qwen1514bChatAwqInput",
        "Qwen1514bChatAwqOutput",
        "model",
    ),
    "@cf/qwen/qwen1.5-7b-chat-awq": (
        "cf.qwen.qwen1_5_7b_chat_awq",
        "Qwen157bChatAwqInput",
        "Qwen157bChatAwqOutput",
        "model",
    ),
    "@cf/qwen/qwen2.5-coder-32b-instruct": (
        "cf.qwen.qwen2_5_coder_32b_instruct",
        "Qwen25Coder32bInstructInput",
        "Qwen25Coder32bInstructOutput",
        "model",
    ),
    "@cf/qwen/qwen3-30b-a3b-fp8": (
        "cf.qwen.qwen3_30b_a3b_fp8",
        "Qwen330bA3bFp8Input",
        "Qwen330bA3bFp8Output",
        "model",
    ),
    "@cf/runwayml/stable-diffusion-v1-5-img2img": (
        "cf.runwayml.stable_diffusion_v1_5_img2img",
        "StableDiffusionV15Img2imgInput",
        "StableDiffusionV15Img2imgOutput",
        "bytes",
    ),
    "@cf/runwayml/stable-diffusion-v1-5-inpainting": (
        "cf.runwayml.stable_diffusion_v1_5_inpainting",
        "StableDiffusionV15InpaintingInput",
        "StableDiffusionV15InpaintingOutput",
        "bytes",
    ),
    "@cf/stabilityai/stable-diffusion-xl-base-1.0": (
        "cf.stabilityai.stable_diffusion_xl_base_1_0",
        "StableDiffusionXlBase10Input",
        "StableDiffusionXlBase10Output",
        "bytes",
    ),
    "@cf/thebloke/discolm-german-7b-v1-awq": (
        "cf.thebloke.discolm_german_7b_v1_awq",
        "DiscolmGerman7bV1AwqInput",
        "DiscolmGerman7bV1AwqOutput",
        "model",
    ),
    "@cf/tiiuae/falcon-7b-instruct": (
        "cf.tiiuae.falcon_7b_instruct",
        "Falcon7bInstructInput",
        "Falcon7bInstructOutput",
        "model",
    ),
    "@cf/tinyllama/tinyllama-1.1b-chat-v1.0": (
        "cf.tinyllama.tinyllama_1_1b_chat_v1_0",
        "Tinyllama11bChatV10Input",
        "Tinyllama11bChatV10Output",
        "model",
    ),
    "@cf/unum/uform-gen2-qwen-500m": (
        "cf.unum.uform_gen2_qwen_500m",
        "UformGen2Qwen500mInput",
        "UformGen2Qwen500mOutput",
        "model",
    ),
    "@hf/google/gemma-7b-it": (
        "hf.google.gemma_7b_it",
        "Gemma7bItInput",
        "Gemma7bItOutput",
        "model",
    ),
    "@hf/meta-llama/meta-llama-3-8b-instruct": (
        "hf.meta_llama.meta_llama_3_8b_instruct",
        "MetaLlama38bInstructInput",
        "MetaLlama38bInstructOutput",
        "model",
    ),
    "@hf/mistral/mistral-7b-instruct-v0.2": (
        "hf.mistral.mistral_7b_instruct_v0_2",
        "Mistral7bInstructV02Input",
        "Mistral7bInstructV02Output",
        "model",
    ),
    "@hf/nexusflow/starling-lm-7b-beta": (
        "hf.nexusflow.starling_lm_7b_beta",
        "StarlingLm7bBetaInput",
        "StarlingLm7bBetaOutput",
        "model",
    ),
    "@hf/nousresearch/hermes-2-pro-mistral-7b": (
        "hf.nousresearch.hermes_2_pro_mistral_7b",
        "Hermes2ProMistral7bInput",
        "Hermes2ProMistral7bOutput",
        "model",
    ),
    "@hf/thebloke/deepseek-coder-6.7b-base-awq": (
        "hf.thebloke.deepseek_coder_6_7b_base_awq",
        "DeepseekCoder67bBaseAwqInput",
        "DeepseekCoder67bBaseAwqOutput",
        "model",
    ),
    "@hf/thebloke/deepseek-coder-6.7b-instruct-awq": (
        "hf.thebloke.deepseek_coder_6_7b_instruct_awq",
        "DeepseekCoder67bInstructAwqInput",
        "DeepseekCoder67bInstructAwqOutput",
        "model",
    ),
    "@hf/thebloke/llama-2-13b-chat-awq": (
        "hf.thebloke.llama_2_13b_chat_awq",
        "Llama213bChatAwqInput",
        "Llama213bChatAwqOutput",
        "model",
    ),
    "@hf/thebloke/llamaguard-7b-awq": (
        "hf.thebloke.llamaguard_7b_awq",
        "Llamaguard7bAwqInput",
        "Llamaguard7bAwqOutput",
        "model",
    ),
    "@hf/thebloke/mistral-7b-instruct-v0.1-awq": (
        "hf.thebloke.mistral_7b_instruct_v0_1_awq",
        "Mistral7bInstructV01AwqInput",
        "Mistral7bInstructV01AwqOutput",
        "model",
    ),
    "@hf/thebloke/neural-chat-7b-v3-1-awq": (
        "hf.thebloke.neural_chat_7b_v3_1_awq",
        "NeuralChat7bV31AwqInput",
        "NeuralChat7bV31AwqOutput",
        "model",
    ),
    "@hf/thebloke/openhermes-2.5-mistral-7b-awq": (
        "hf.thebloke.openhermes_2_5_mistral_7b_awq",
        "Openhermes25Mistral7bAwqInput",
        "Openhermes25Mistral7bAwqOutput",
        "model",
    ),
    "@hf/thebloke/zephyr-7b-beta-awq": (
        "hf.thebloke.zephyr_7b_beta_awq",
        "Zephyr7bBetaAwqInput",
        "Zephyr7bBetaAwqOutput",
        "model",
    ),
    "alibaba/hh1-t2v": (
        "alibaba.hh1_t2v",
        "Hh1T2vInput",
        "Hh1T2vOutput",
        "model",
    ),
    "alibaba/hh1.1-i2v": (
        "alibaba.hh1_1_i2v",
        "Hh11I2vInput",
        "Hh11I2vOutput",
        "model",
    ),
    "alibaba/hh1.1-r2v": (
        "alibaba.hh1_1_r2v",
        "Hh11R2vInput",
        "Hh11R2vOutput",
        "model",
    ),
    "alibaba/hh1.1-t2v": (
        "alibaba.hh1_1_t2v",
        "Hh11T2vInput",
        "Hh11T2vOutput",
        "model",
    ),
    "alibaba/qwen3-max": (
        "alibaba.qwen3_max",
        "Qwen3MaxInput",
        "Qwen3MaxOutput",
        "model",
    ),
    "alibaba/qwen3.5-397b-a17b": (
        "alibaba.qwen3_5_397b_a17b",
        "Qwen35397bA17bInput",
        "Qwen35397bA17bOutput",
        "model",
    ),
    "alibaba/qwen3.7-max": (
        "alibaba.qwen3_7_max",
        "Qwen37MaxInput",
        "Qwen37MaxOutput",
        "model",
    ),
    "alibaba/qwen3.7-plus": (
        "alibaba.qwen3_7_plus",
        "Qwen37PlusInput",
        "Qwen37PlusOutput",
        "model",
    ),
    "alibaba/qwen3.8-max": (
        "alibaba.qwen3_8_max",
        "Qwen38MaxInput",
        "Qwen38MaxOutput",
        "model",
    ),
    "alibaba/wan-2.6-image": (
        "alibaba.wan_2_6_image",
        "Wan26ImageInput",
        "Wan26ImageOutput",
        "model",
    ),
    "alibaba/wan-2.7-i2v": (
        "alibaba.wan_2_7_i2v",
        "Wan27I2vInput",
        "Wan27I2vOutput",
        "model",
    ),
    "alibaba/wan-3.0": (
        "alibaba.wan_3_0",
        "Wan30Input",
        "Wan30Output",
        "model",
    ),
    "alibaba/wan-3.0-prime": (
        "alibaba.wan_3_0_prime",
        "Wan30PrimeInput",
        "Wan30PrimeOutput",
        "model",
    ),
    "anthropic/claude-fable-5": (
        "anthropic.claude_fable_5",
        "ClaudeFable5Input",
        "ClaudeFable5Output",
        "model",
    ),
    "anthropic/claude-fable-5.1": (
        "anthropic.claude_fable_5_1",
        "ClaudeFable51Input",
        "ClaudeFable51Output",
        "model",
    ),
    "anthropic/claude-haiku-4.5": (
        "anthropic.claude_haiku_4_5",
        "ClaudeHaiku45Input",
        "ClaudeHaiku45Output",
        "model",
    ),
    "anthropic/claude-opus-4.5": (
        "anthropic.claude_opus_4_5",
        "ClaudeOpus45Input",
        "ClaudeOpus45Output",
        "model",
    ),
    "anthropic/claude-opus-4.6": (
        "anthropic.claude_opus_4_6",
        "ClaudeOpus46Input",
        "ClaudeOpus46Output",
        "model",
    ),
    "anthropic/claude-opus-4.7": (
        "anthropic.claude_opus_4_7",
        "ClaudeOpus47Input",
        "ClaudeOpus47Output",
        "model",
    ),
    "anthropic/claude-opus-4.8": (
        "anthropic.claude_opus_4_8",
        "ClaudeOpus48Input",
        "ClaudeOpus48Output",
        "model",
    ),
    "anthropic/claude-opus-5": (
        "anthropic.claude_opus_5",
        "ClaudeOpus5Input",
        "ClaudeOpus5Output",
        "model",
    ),
    "anthropic/claude-opus-5.5": (
        "anthropic.claude_opus_5_5",
        "ClaudeOpus55Input",
        "ClaudeOpus55Output",
        "model",
    ),
    "anthropic/claude-sonnet-4": (
        "anthropic.claude_sonnet_4",
        "ClaudeSonnet4Input",
        "ClaudeSonnet4Output",
        "model",
    ),
    "anthropic/claude-sonnet-4.5": (
        "anthropic.claude_sonnet_4_5",
        "ClaudeSonnet45Input",
        "ClaudeSonnet45Output",
        "model",
    ),
    "anthropic/claude-sonnet-4.6": (
        "anthropic.claude_sonnet_4_6",
        "ClaudeSonnet46Input",
        "ClaudeSonnet46Output",
        "model",
    ),
    "anthropic/claude-sonnet-5": (
        "anthropic.claude_sonnet_5",
        "ClaudeSonnet5Input",
        "ClaudeSonnet5Output",
        "model",
    ),
    "anthropic/claude-sonnet-5.5": (
        "anthropic.claude_sonnet_5_5",
        "ClaudeSonnet55Input",
        "ClaudeSonnet55Output",
        "model",
    ),
    "assemblyai/universal-3-pro": (
        "assemblyai.universal_3_pro",
        "Universal3ProInput",
        "Universal3ProOutput",
        "model",
    ),
    "assemblyai/universal-3.5-pro": (
        "assemblyai.universal_3_5_pro",
        "Universal35ProInput",
        "Universal35ProOutput",
        "model",
    ),
    "black-forest-labs/flux-1-kontext-max": (
        "black_forest_labs.flux_1_kontext_max",
        "Flux1KontextMaxInput",
        "Flux1KontextMaxOutput",
        "model",
    ),
    "black-forest-labs/flux-1-kontext-pro": (
        "black_forest_labs.flux_1_kontext_pro",
        "Flux1KontextProInput",
        "Flux1KontextProOutput",
        "model",
    ),
    "black-forest-labs/flux-2-klein-9b": (
        "black_forest_labs.flux_2_klein_9b",
        "Flux2Klein9bInput",
        "Flux2Klein9bOutput",
        "model",
    ),
    "black-forest-labs/flux-2-max": (
        "black_forest_labs.flux_2_max",
        "Flux2MaxInput",
        "Flux2MaxOutput",
        "model",
    ),
    "black-forest-labs/flux-3-video": (
        "black_forest_labs.flux_3_video",
        "Flux3VideoInput",
        "Flux3VideoOutput",
        "model",
    ),
    "bria/fibo-edit-1.5": (
        "bria.fibo_edit_1_5",
        "FiboEdit15Input",
        "FiboEdit15Output",
        "model",
    ),
    "bria/fibo-generate-1.5": (
        "bria.fibo_generate_1_5",
        "FiboGenerate15Input",
        "FiboGenerate15Output",
        "model",
    ),
    "bria/remove-background": (
        "bria.remove_background",
        "RemoveBackgroundInput",
        "RemoveBackgroundOutput",
        "model",
    ),
    "bria/v-rmbg-3.0": (
        "bria.v_rmbg_3_0",
        "VRmbg30Input",
        "VRmbg30Output",
        "model",
    ),
    "bytedance/seedance-2.0": (
        "bytedance.seedance_2_0",
        "Seedance20Input",
        "Seedance20Output",
        "model",
    ),
    "bytedance/seedance-2.0-fast": (
        "bytedance.seedance_2_0_fast",
        "Seedance20FastInput",
        "Seedance20FastOutput",
        "model",
    ),
    "bytedance/seedance-2.0-mini": (
        "bytedance.seedance_2_0_mini",
        "Seedance20MiniInput",
        "Seedance20MiniOutput",
        "model",
    ),
    "bytedance/seedance-2.5": (
        "bytedance.seedance_2_5",
        "Seedance25Input",
        "Seedance25Output",
        "model",
    ),
    "bytedance/seedream-4.5": (
        "bytedance.seedream_4_5",
        "Seedream45Input",
        "Seedream45Output",
        "model",
    ),
    "bytedance/seedream-5-lite": (
        "bytedance.seedream_5_lite",
        "Seedream5LiteInput",
        "Seedream5LiteOutput",
        "model",
    ),
    "bytedance/seedream-5-pro": (
        "bytedance.seedream_5_pro",
        "Seedream5ProInput",
        "Seedream5ProOutput",
        "model",
    ),
    "cloudflare/i2v": (
        "cloudflare.i2v",
        "I2vInput",
        "I2vOutput",
        "model",
    ),
    "cloudflare/image": (
        "cloudflare.image",
        "ImageInput",
        "ImageOutput",
        "model",
    ),
    "cloudflare/image-edit": (
        "cloudflare.image_edit",
        "ImageEditInput",
        "ImageEditOutput",
        "model",
    ),
    "cloudflare/music": (
        "cloudflare.music",
        "MusicInput",
        "MusicOutput",
        "model",
    ),
    "cloudflare/stt": (
        "cloudflare.stt",
        "SttInput",
        "SttOutput",
        "model",
    ),
    "cloudflare/tts": (
        "cloudflare.tts",
        "TtsInput",
        "TtsOutput",
        "model",
    ),
    "cloudflare/video": (
        "cloudflare.video",
        "VideoInput",
        "VideoOutput",
        "model",
    ),
    "deepseek/deepseek-v4-pro": (
        "deepseek.deepseek_v4_pro",
        "DeepseekV4ProInput",
        "DeepseekV4ProOutput",
        "model",
    ),
    "elevenlabs/eleven-flash-v2-5": (
        "elevenlabs.eleven_flash_v2_5",
        "ElevenFlashV25Input",
        "ElevenFlashV25Output",
        "model",
    ),
    "elevenlabs/eleven-multilingual-v2": (
        "elevenlabs.eleven_multilingual_v2",
        "ElevenMultilingualV2Input",
        "ElevenMultilingualV2Output",
        "model",
    ),
    "elevenlabs/eleven-turbo-v2-5": (
        "elevenlabs.eleven_turbo_v2_5",
        "ElevenTurboV25Input",
        "ElevenTurboV25Output",
        "model",
    ),
    "elevenlabs/eleven-v3": (
        "elevenlabs.eleven_v3",
        "ElevenV3Input",
        "ElevenV3Output",
        "model",
    ),
    "elevenlabs/music-v2": (
        "elevenlabs.music_v2",
        "MusicV2Input",
        "MusicV2Output",
        "model",
    ),
    "google/gemini-2.5-flash": (
        "google.gemini_2_5_flash",
        "Gemini25FlashInput",
        "Gemini25FlashOutput",
        "model",
    ),
    "google/gemini-2.5-flash-lite": (
        "google.gemini_2_5_flash_lite",
        "Gemini25FlashLiteInput",
        "Gemini25FlashLiteOutput",
        "model",
    ),
    "google/gemini-2.5-pro": (
        "google.gemini_2_5_pro",
        "Gemini25ProInput",
        "Gemini25ProOutput",
        "model",
    ),
    "google/gemini-3-flash": (
        "google.gemini_3_flash",
        "Gemini3FlashInput",
        "Gemini3FlashOutput",
        "model",
    ),
    "google/gemini-3.1-flash-lite": (
        "google.gemini_3_1_flash_lite",
        "Gemini31FlashLiteInput",
        "Gemini31FlashLiteOutput",
        "model",
    ),
    "google/gemini-3.1-flash-tts": (
        "google.gemini_3_1_flash_tts",
        "Gemini31FlashTtsInput",
        "Gemini31FlashTtsOutput",
        "model",
    ),
    "google/gemini-3.1-pro": (
        "google.gemini_3_1_pro",
        "Gemini31ProInput",
        "Gemini31ProOutput",
        "model",
    ),
    "google/gemini-3.5-flash": (
        "google.gemini_3_5_flash",
        "Gemini35FlashInput",
        "Gemini35FlashOutput",
        "model",
    ),
    "google/gemini-3.5-flash-lite": (
        "google.gemini_3_5_flash_lite",
        "Gemini35FlashLiteInput",
        "Gemini35FlashLiteOutput",
        "model",
    ),
    "google/gemini-3.6-flash": (
        "google.gemini_3_6_flash",
        "Gemini36FlashInput",
        "Gemini36FlashOutput",
        "model",
    ),
    "google/gemini-3.7-flash": (
        "google.gemini_3_7_flash",
        "Gemini37FlashInput",
        "Gemini37FlashOutput",
        "model",
    ),
    "google/gemini-3.8-flash": (
        "google.gemini_3_8_flash",
        "Gemini38FlashInput",
        "Gemini38FlashOutput",
        "model",
    ),
    "google/gemini-3.8-flash-lite-tts": (
        "google.gemini_3_8_flash_lite_tts",
        "Gemini38FlashLiteTtsInput",
        "Gemini38FlashLiteTtsOutput",
        "model",
    ),
    "google/gemini-3.8-flash-tts": (
        "google.gemini_3_8_flash_tts",
        "Gemini38FlashTtsInput",
        "Gemini38FlashTtsOutput",
        "model",
    ),
    "google/gemini-omni-1.1-flash": (
        "google.gemini_omni_1_1_flash",
        "GeminiOmni11FlashInput",
        "GeminiOmni11FlashOutput",
        "model",
    ),
    "google/gemini-omni-flash": (
        "google.gemini_omni_flash",
        "GeminiOmniFlashInput",
        "GeminiOmniFlashOutput",
        "model",
    ),
    "google/imagen-4": (
        "google.imagen_4",
        "Imagen4Input",
        "Imagen4Output",
        "model",
    ),
    "google/nano-banana": (
        "google.nano_banana",
        "NanoBananaInput",
        "NanoBananaOutput",
        "model",
    ),
    "google/nano-banana-2": (
        "google.nano_banana_2",
        "NanoBanana2Input",
        "NanoBanana2Output",
        "model",
    ),
    "google/veo-3": (
        "google.veo_3",
        "Veo3Input",
        "Veo3Output",
        "model",
    ),
    "google/veo-3-fast": (
        "google.veo_3_fast",
        "Veo3FastInput",
        "Veo3FastOutput",
        "model",
    ),
    "google/veo-3.1": (
        "google.veo_3_1",
        "Veo31Input",
        "Veo31Output",
        "model",
    ),
    "inworld/tts-1.5-mini": (
        "inworld.tts_1_5_mini",
        "Tts15MiniInput",
        "Tts15MiniOutput",
        "model",
    ),
    "inworld/tts-2": (
        "inworld.tts_2",
        "Tts2Input",
        "Tts2Output",
        "model",
    ),
    "klingai/kling-v3": (
        "klingai.kling_v3",
        "KlingV3Input",
        "KlingV3Output",
        "model",
    ),
    "klingai/kling-v3-image": (
        "klingai.kling_v3_image",
        "KlingV3ImageInput",
        "KlingV3ImageOutput",
        "model",
    ),
    "klingai/kling-v3-omni": (
        "klingai.kling_v3_omni",
        "KlingV3OmniInput",
        "KlingV3OmniOutput",
        "model",
    ),
    "krea/krea-2-large": (
        "krea.krea_2_large",
        "Krea2LargeInput",
        "Krea2LargeOutput",
        "model",
    ),
    "krea/krea-2-medium": (
        "krea.krea_2_medium",
        "Krea2MediumInput",
        "Krea2MediumOutput",
        "model",
    ),
    "krea/krea-2-medium-turbo": (
        "krea.krea_2_medium_turbo",
        "Krea2MediumTurboInput",
        "Krea2MediumTurboOutput",
        "model",
    ),
    "lightricks/ltx-2-5-fast": (
        "lightricks.ltx_2_5_fast",
        "Ltx25FastInput",
        "Ltx25FastOutput",
        "model",
    ),
    "minimax/hailuo-2.3": (
        "minimax.hailuo_2_3",
        "Hailuo23Input",
        "Hailuo23Output",
        "model",
    ),
    "minimax/music-2.6": (
        "minimax.music_2_6",
        "Music26Input",
        "Music26Output",
        "model",
    ),
    "minimax/speech-2.8-hd": (
        "minimax.speech_2_8_hd",
        "Speech28HdInput",
        "Speech28HdOutput",
        "model",
    ),
    "moonshotai/kimi-k2.5": (
        "moonshotai.kimi_k2_5",
        "KimiK25Input",
        "KimiK25Output",
        "model",
    ),
    "openai/gpt-image-1.5": (
        "openai.gpt_image_1_5",
        "GptImage15Input",
        "GptImage15Output",
        "model",
    ),
    "openai/tts-1": (
        "openai.tts_1",
        "Tts1Input",
        "Tts1Output",
        "model",
    ),
    "openai/tts-1-hd": (
        "openai.tts_1_hd",
        "Tts1HdInput",
        "Tts1HdOutput",
        "model",
    ),
    "pixverse/v5.6": (
        "pixverse.v5_6",
        "V56Input",
        "V56Output",
        "model",
    ),
    "runwayml/gen-4.5": (
        "runwayml.gen_4_5",
        "Gen45Input",
        "Gen45Output",
        "model",
    ),
    "xai/grok-imagine-image": (
        "xai.grok_imagine_image",
        "GrokImagineImageInput",
        "GrokImagineImageOutput",
        "model",
    ),
    "xai/grok-imagine-image-2.0": (
        "xai.grok_imagine_image_2_0",
        "GrokImagineImage20Input",
        "GrokImagineImage20Output",
        "model",
    ),
    "xai/grok-imagine-video": (
        "xai.grok_imagine_video",
        "GrokImagineVideoInput",
        "GrokImagineVideoOutput",
        "model",
    ),
}
#: Every model id this package knows, sorted.
MODEL_IDS: tuple[str, ...] = tuple(_MODELS)
#: Models whose input takes ``stream``: with ``stream=True``, ``run`` returns a stream of chunks.
_STREAMING: frozenset[str] = frozenset(
    {
        "@cf/aisingapore/gemma-sea-lion-v4-27b-it",
        "@cf/deepseek-ai/deepseek-math-7b-instruct",
        "@cf/deepseek-ai/deepseek-r1-distill-qwen-32b",
        "@cf/defog/sqlcoder-7b-2",
        "@cf/fblgit/una-cybertron-7b-v2-bf16",
        "@cf/google/gemma-2b-it-lora",
        "@cf/google/gemma-3-12b-it",
        "@cf/google/gemma-7b-it-lora",
        "@cf/meta-llama/llama-2-7b-chat-hf-lora",
        "@cf/meta/llama-2-7b-chat-fp16",
        "@cf/meta/llama-2-7b-chat-int8",
        "@cf/meta/llama-3-8b-instruct",
        "@cf/meta/llama-3-8b-instruct-awq",
        "@cf/meta/llama-3.1-70b-instruct",
        "@cf/meta/llama-3.1-8b-instruct",
        "@cf/meta/llama-3.1-8b-instruct-awq",
        "@cf/meta/llama-3.1-8b-instruct-fast",
        "@cf/meta/llama-3.1-8b-instruct-fp8",
        "@cf/meta/llama-3.2-11b-vision-instruct",
        "@cf/meta/llama-3.2-1b-instruct",
        "@cf/meta/llama-3.2-3b-instruct",
        "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
        "@cf/microsoft/phi-2",
        "@cf/mistral/mistral-7b-instruct-v0.1",
        "@cf/mistral/mistral-7b-instruct-v0.2-lora",
        "@cf/mistralai/mistral-small-3.1-24b-instruct",
        "@cf/moondream/moondream3.1-9B-A2B",
        "@cf/openai/gpt-oss-120b",
        "@cf/openchat/openchat-3.5-0106",
        "@cf/qwen/qwen1.5-0.5b-chat",
        "@cf/qwen/qwen1.5-1.8b-chat",
        "@cf/qwen/qwen1.5-14b-chat-awq",
        "@cf/qwen/qwen1.5-7b-chat-awq",
        "@cf/qwen/qwen2.5-coder-32b-instruct",
        "@cf/qwen/qwen3-30b-a3b-fp8",
        "@cf/thebloke/discolm-german-7b-v1-awq",
        "@cf/tiiuae/falcon-7b-instruct",
        "@cf/tinyllama/tinyllama-1.1b-chat-v1.0",
        "@hf/google/gemma-7b-it",
        "@hf/meta-llama/meta-llama-3-8b-instruct",
        "@hf/mistral/mistral-7b-instruct-v0.2",
        "@hf/nexusflow/starling-lm-7b-beta",
        "@hf/nousresearch/hermes-2-pro-mistral-7b",
        "@hf/thebloke/deepseek-coder-6.7b-base-awq",
        "@hf/thebloke/deepseek-coder-6.7b-instruct-awq",
        "@hf/thebloke/llama-2-13b-chat-awq",
        "@hf/thebloke/llamaguard-7b-awq",
        "@hf/thebloke/mistral-7b-instruct-v0.1-awq",
        "@hf/thebloke/neural-chat-7b-v3-1-awq",
        "@hf/thebloke/openhermes-2.5-mistral-7b-awq",
        "@hf/thebloke/zephyr-7b-beta-awq",
        "alibaba/qwen3-max",
        "alibaba/qwen3.5-397b-a17b",
        "alibaba/qwen3.7-max",
        "alibaba/qwen3.7-plus",
        "alibaba/qwen3.8-max",
        "anthropic/claude-fable-5",
        "anthropic/claude-fable-5.1",
        "anthropic/claude-haiku-4.5",
        "anthropic/claude-opus-4.5",
        "anthropic/claude-opus-4.6",
        "anthropic/claude-opus-4.7",
        "anthropic/claude-opus-4.8",
        "anthropic/claude-opus-5",
        "anthropic/claude-opus-5.5",
        "anthropic/claude-sonnet-4",
        "anthropic/claude-sonnet-4.5",
        "anthropic/claude-sonnet-4.6",
        "anthropic/claude-sonnet-5",
        "anthropic/claude-sonnet-5.5",
        "deepseek/deepseek-v4-pro",
        "google/gemini-2.5-flash",
        "google/gemini-2.5-pro",
        "google/gemini-3-flash",
        "google/gemini-3.1-flash-lite",
        "google/gemini-3.1-pro",
        "google/gemini-3.5-flash",
        "google/gemini-3.5-flash-lite",
        "google/gemini-3.6-flash",
        "google/gemini-3.7-flash",
        "google/gemini-3.8-flash",
        "moonshotai/kimi-k2.5",
    }
)


def _model_classes(
    model_id: str,
) -> tuple[type[pydantic.BaseModel], type[pydantic.BaseModel], str]:
    try:
        module_name, input_name, output_name, kind = _MODELS[model_id]
    except KeyError:
        raise ValueError(
            f"unknown model id {model_id!r}: this package knows {', '.join(MODEL_IDS)}"
        ) from None
    module = importlib.import_module(f".models.{module_name}", __name__.rpartition(".")[0])
    input_type: type[pydantic.BaseModel] = getattr(module, input_name)
    output_type: type[pydantic.BaseModel] = getattr(module, output_name)
    return input_type, output_type, kind


class Client(SyncAPIClient):
    """Client of Cloudflare's AI models.

    ``Client(account_id=None, api_token=None, base_url=None, timeout=..., max_retries=2,
    default_headers=None, http_client=None)``: the account, token and base URL default to
    ``CLOUDFLARE_ACCOUNT_ID``, ``CLOUDFLARE_API_TOKEN`` and ``CLOUDFLARE_BASE_URL``. Use it as a
    context manager (``with Client() as client``) to close its connections.
    """

    @cached_property
    def alibaba(self) -> AlibabaNamespace:
        """Models below ``client.alibaba``."""
        from ._namespaces.alibaba import AlibabaNamespace

        return AlibabaNamespace(self)

    @cached_property
    def anthropic(self) -> AnthropicNamespace:
        """Models below ``client.anthropic``."""
        from ._namespaces.anthropic import AnthropicNamespace

        return AnthropicNamespace(self)

    @cached_property
    def assemblyai(self) -> AssemblyaiNamespace:
        """Models below ``client.assemblyai``."""
        from ._namespaces.assemblyai import AssemblyaiNamespace

        return AssemblyaiNamespace(self)

    @cached_property
    def black_forest_labs(self) -> BlackForestLabsNamespace:
        """Models below ``client.black_forest_labs``."""
        from ._namespaces.black_forest_labs import BlackForestLabsNamespace

        return BlackForestLabsNamespace(self)

    @cached_property
    def bria(self) -> BriaNamespace:
        """Models below ``client.bria``."""
        from ._namespaces.bria import BriaNamespace

        return BriaNamespace(self)

    @cached_property
    def bytedance(self) -> BytedanceNamespace:
        """Models below ``client.bytedance``."""
        from ._namespaces.bytedance import BytedanceNamespace

        return BytedanceNamespace(self)

    @cached_property
    def cf(self) -> CfNamespace:
        """Models below ``client.cf``."""
        from ._namespaces.cf import CfNamespace

        return CfNamespace(self)

    @cached_property
    def cloudflare(self) -> CloudflareNamespace:
        """Models below ``client.cloudflare``."""
        from ._namespaces.cloudflare import CloudflareNamespace

        return CloudflareNamespace(self)

    @cached_property
    def deepseek(self) -> DeepseekNamespace:
        """Models below ``client.deepseek``."""
        from ._namespaces.deepseek import DeepseekNamespace

        return DeepseekNamespace(self)

    @cached_property
    def elevenlabs(self) -> ElevenlabsNamespace:
        """Models below ``client.elevenlabs``."""
        from ._namespaces.elevenlabs import ElevenlabsNamespace

        return ElevenlabsNamespace(self)

    @cached_property
    def google(self) -> GoogleNamespace:
        """Models below ``client.google``."""
        from ._namespaces.google import GoogleNamespace

        return GoogleNamespace(self)

    @cached_property
    def hf(self) -> HfNamespace:
        """Models below ``client.hf``."""
        from ._namespaces.hf import HfNamespace

        return HfNamespace(self)

    @cached_property
    def inworld(self) -> InworldNamespace:
        """Models below ``client.inworld``."""
        from ._namespaces.inworld import InworldNamespace

        return InworldNamespace(self)

    @cached_property
    def klingai(self) -> KlingaiNamespace:
        """Models below ``client.klingai``."""
        from ._namespaces.klingai import KlingaiNamespace

        return KlingaiNamespace(self)

    @cached_property
    def krea(self) -> KreaNamespace:
        """Models below ``client.krea``."""
        from ._namespaces.krea import KreaNamespace

        return KreaNamespace(self)

    @cached_property
    def lightricks(self) -> LightricksNamespace:
        """Models below ``client.lightricks``."""
        from ._namespaces.lightricks import LightricksNamespace

        return LightricksNamespace(self)

    @cached_property
    def minimax(self) -> MinimaxNamespace:
        """Models below ``client.minimax``."""
        from ._namespaces.minimax import MinimaxNamespace

        return MinimaxNamespace(self)

    @cached_property
    def moonshotai(self) -> MoonshotaiNamespace:
        """Models below ``client.moonshotai``."""
        from ._namespaces.moonshotai import MoonshotaiNamespace

        return MoonshotaiNamespace(self)

    @cached_property
    def openai(self) -> OpenaiNamespace:
        """Models below ``client.openai``."""
        from ._namespaces.openai import OpenaiNamespace

        return OpenaiNamespace(self)

    @cached_property
    def pixverse(self) -> PixverseNamespace:
        """Models below ``client.pixverse``."""
        from ._namespaces.pixverse import PixverseNamespace

        return PixverseNamespace(self)

    @cached_property
    def runwayml(self) -> RunwaymlNamespace:
        """Models below ``client.runwayml``."""
        from ._namespaces.runwayml import RunwaymlNamespace

        return RunwaymlNamespace(self)

    @cached_property
    def xai(self) -> XaiNamespace:
        """Models below ``client.xai``."""
        from ._namespaces.xai import XaiNamespace

        return XaiNamespace(self)

    @overload
    def run(
        self,
        model: Literal["@cf/ai4bharat/indictrans2-en-indic-1B"],
        input: _model_cf__ai4bharat__indictrans2_en_indic_1b.Indictrans2EnIndic1bInput | Mapping[str, Any],
    ) -> _model_cf__ai4bharat__indictrans2_en_indic_1b.Indictrans2EnIndic1bOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/aisingapore/gemma-sea-lion-v4-27b-it"],
        input: _model_cf__aisingapore__gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/aisingapore/gemma-sea-lion-v4-27b-it"],
        input: _model_cf__aisingapore__gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__aisingapore__gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/baai/bge-base-en-v1.5"],
        input: _model_cf__baai__bge_base_en_v1_5.BgeBaseEnV15Input | Mapping[str, Any],
    ) -> _model_cf__baai__bge_base_en_v1_5.BgeBaseEnV15Output: ...

    @overload
    def run(
        self,
        model: Literal["@cf/baai/bge-large-en-v1.5"],
        input: _model_cf__baai__bge_large_en_v1_5.BgeLargeEnV15Input | Mapping[str, Any],
    ) -> _model_cf__baai__bge_large_en_v1_5.BgeLargeEnV15Output: ...

    @overload
    def run(
        self,
        model: Literal["@cf/baai/bge-reranker-base"],
        input: _model_cf__baai__bge_reranker_base.BgeRerankerBaseInput | Mapping[str, Any],
    ) -> _model_cf__baai__bge_reranker_base.BgeRerankerBaseOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/baai/bge-small-en-v1.5"],
        input: _model_cf__baai__bge_small_en_v1_5.BgeSmallEnV15Input | Mapping[str, Any],
    ) -> _model_cf__baai__bge_small_en_v1_5.BgeSmallEnV15Output: ...

    @overload
    def run(
        self,
        model: Literal["@cf/baai/omni-bge-base-en-v1.5"],
        input: _model_cf__baai__omni_bge_base_en_v1_5.OmniBgeBaseEnV15Input | Mapping[str, Any],
    ) -> _model_cf__baai__omni_bge_base_en_v1_5.OmniBgeBaseEnV15Output: ...

    @overload
    def run(
        self,
        model: Literal["@cf/black-forest-labs/flux-1-schnell"],
        input: _model_cf__black_forest_labs__flux_1_schnell.Flux1SchnellInput | Mapping[str, Any],
    ) -> _model_cf__black_forest_labs__flux_1_schnell.Flux1SchnellOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/black-forest-labs/flux-2-klein-4b"],
        input: _model_cf__black_forest_labs__flux_2_klein_4b.Flux2Klein4bInput | Mapping[str, Any],
    ) -> _model_cf__black_forest_labs__flux_2_klein_4b.Flux2Klein4bOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/bytedance/stable-diffusion-xl-lightning"],
        input: _model_cf__bytedance__stable_diffusion_xl_lightning.StableDiffusionXlLightningInput | Mapping[str, Any],
    ) -> bytes: ...

    @overload
    def run(
        self,
        model: Literal["@cf/cloudflare/clef"],
        input: _model_cf__cloudflare__clef.ClefInput | Mapping[str, Any],
    ) -> _model_cf__cloudflare__clef.ClefOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/cloudflare/clef-flash"],
        input: _model_cf__cloudflare__clef_flash.ClefFlashInput | Mapping[str, Any],
    ) -> _model_cf__cloudflare__clef_flash.ClefFlashOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/deepgram/aura-1"],
        input: _model_cf__deepgram__aura_1.Aura1Input | Mapping[str, Any],
    ) -> bytes: ...

    @overload
    def run(
        self,
        model: Literal["@cf/deepgram/aura-2-en"],
        input: _model_cf__deepgram__aura_2_en.Aura2EnInput | Mapping[str, Any],
    ) -> bytes: ...

    @overload
    def run(
        self,
        model: Literal["@cf/deepgram/flux"],
        input: _model_cf__deepgram__flux.FluxInput | Mapping[str, Any],
    ) -> _model_cf__deepgram__flux.FluxOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/deepseek-ai/deepseek-math-7b-instruct"],
        input: _model_cf__deepseek_ai__deepseek_math_7b_instruct.DeepseekMath7bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/deepseek-ai/deepseek-math-7b-instruct"],
        input: _model_cf__deepseek_ai__deepseek_math_7b_instruct.DeepseekMath7bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__deepseek_ai__deepseek_math_7b_instruct.DeepseekMath7bInstructOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/deepseek-ai/deepseek-r1-distill-qwen-32b"],
        input: _model_cf__deepseek_ai__deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/deepseek-ai/deepseek-r1-distill-qwen-32b"],
        input: _model_cf__deepseek_ai__deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__deepseek_ai__deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/defog/sqlcoder-7b-2"],
        input: _model_cf__defog__sqlcoder_7b_2.Sqlcoder7b2Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/defog/sqlcoder-7b-2"],
        input: _model_cf__defog__sqlcoder_7b_2.Sqlcoder7b2Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__defog__sqlcoder_7b_2.Sqlcoder7b2Output: ...

    @overload
    def run(
        self,
        model: Literal["@cf/facebook/bart-large-cnn"],
        input: _model_cf__facebook__bart_large_cnn.BartLargeCnnInput | Mapping[str, Any],
    ) -> _model_cf__facebook__bart_large_cnn.BartLargeCnnOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/fblgit/una-cybertron-7b-v2-bf16"],
        input: _model_cf__fblgit__una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/fblgit/una-cybertron-7b-v2-bf16"],
        input: _model_cf__fblgit__una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__fblgit__una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Output: ...

    @overload
    def run(
        self,
        model: Literal["@cf/google/embeddinggemma-300m"],
        input: _model_cf__google__embeddinggemma_300m.Embeddinggemma300mInput | Mapping[str, Any],
    ) -> _model_cf__google__embeddinggemma_300m.Embeddinggemma300mOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/google/gemma-2b-it-lora"],
        input: _model_cf__google__gemma_2b_it_lora.Gemma2bItLoraInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/google/gemma-2b-it-lora"],
        input: _model_cf__google__gemma_2b_it_lora.Gemma2bItLoraInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__google__gemma_2b_it_lora.Gemma2bItLoraOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/google/gemma-3-12b-it"],
        input: _model_cf__google__gemma_3_12b_it.Gemma312bItInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/google/gemma-3-12b-it"],
        input: _model_cf__google__gemma_3_12b_it.Gemma312bItInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__google__gemma_3_12b_it.Gemma312bItOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/google/gemma-7b-it-lora"],
        input: _model_cf__google__gemma_7b_it_lora.Gemma7bItLoraInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/google/gemma-7b-it-lora"],
        input: _model_cf__google__gemma_7b_it_lora.Gemma7bItLoraInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__google__gemma_7b_it_lora.Gemma7bItLoraOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/huggingface/distilbert-sst-2-int8"],
        input: _model_cf__huggingface__distilbert_sst_2_int8.DistilbertSst2Int8Input | Mapping[str, Any],
    ) -> _model_cf__huggingface__distilbert_sst_2_int8.DistilbertSst2Int8Output: ...

    @overload
    def run(
        self,
        model: Literal["@cf/leonardo/lucid-origin"],
        input: _model_cf__leonardo__lucid_origin.LucidOriginInput | Mapping[str, Any],
    ) -> _model_cf__leonardo__lucid_origin.LucidOriginOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/lykon/dreamshaper-8-lcm"],
        input: _model_cf__lykon__dreamshaper_8_lcm.Dreamshaper8LcmInput | Mapping[str, Any],
    ) -> bytes: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta-llama/llama-2-7b-chat-hf-lora"],
        input: _model_cf__meta_llama__llama_2_7b_chat_hf_lora.Llama27bChatHfLoraInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta-llama/llama-2-7b-chat-hf-lora"],
        input: _model_cf__meta_llama__llama_2_7b_chat_hf_lora.Llama27bChatHfLoraInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta_llama__llama_2_7b_chat_hf_lora.Llama27bChatHfLoraOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-2-7b-chat-fp16"],
        input: _model_cf__meta__llama_2_7b_chat_fp16.Llama27bChatFp16Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-2-7b-chat-fp16"],
        input: _model_cf__meta__llama_2_7b_chat_fp16.Llama27bChatFp16Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_2_7b_chat_fp16.Llama27bChatFp16Output: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-2-7b-chat-int8"],
        input: _model_cf__meta__llama_2_7b_chat_int8.Llama27bChatInt8Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-2-7b-chat-int8"],
        input: _model_cf__meta__llama_2_7b_chat_int8.Llama27bChatInt8Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_2_7b_chat_int8.Llama27bChatInt8Output: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3-8b-instruct"],
        input: _model_cf__meta__llama_3_8b_instruct.Llama38bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3-8b-instruct"],
        input: _model_cf__meta__llama_3_8b_instruct.Llama38bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_8b_instruct.Llama38bInstructOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3-8b-instruct-awq"],
        input: _model_cf__meta__llama_3_8b_instruct_awq.Llama38bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3-8b-instruct-awq"],
        input: _model_cf__meta__llama_3_8b_instruct_awq.Llama38bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_8b_instruct_awq.Llama38bInstructAwqOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3.1-70b-instruct"],
        input: _model_cf__meta__llama_3_1_70b_instruct.Llama3170bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3.1-70b-instruct"],
        input: _model_cf__meta__llama_3_1_70b_instruct.Llama3170bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_1_70b_instruct.Llama3170bInstructOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3.1-8b-instruct"],
        input: _model_cf__meta__llama_3_1_8b_instruct.Llama318bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3.1-8b-instruct"],
        input: _model_cf__meta__llama_3_1_8b_instruct.Llama318bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_1_8b_instruct.Llama318bInstructOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3.1-8b-instruct-awq"],
        input: _model_cf__meta__llama_3_1_8b_instruct_awq.Llama318bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3.1-8b-instruct-awq"],
        input: _model_cf__meta__llama_3_1_8b_instruct_awq.Llama318bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_1_8b_instruct_awq.Llama318bInstructAwqOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3.1-8b-instruct-fast"],
        input: _model_cf__meta__llama_3_1_8b_instruct_fast.Llama318bInstructFastInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3.1-8b-instruct-fast"],
        input: _model_cf__meta__llama_3_1_8b_instruct_fast.Llama318bInstructFastInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_1_8b_instruct_fast.Llama318bInstructFastOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3.1-8b-instruct-fp8"],
        input: _model_cf__meta__llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3.1-8b-instruct-fp8"],
        input: _model_cf__meta__llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Output: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3.2-11b-vision-instruct"],
        input: _model_cf__meta__llama_3_2_11b_vision_instruct.Llama3211bVisionInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3.2-11b-vision-instruct"],
        input: _model_cf__meta__llama_3_2_11b_vision_instruct.Llama3211bVisionInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_2_11b_vision_instruct.Llama3211bVisionInstructOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3.2-1b-instruct"],
        input: _model_cf__meta__llama_3_2_1b_instruct.Llama321bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3.2-1b-instruct"],
        input: _model_cf__meta__llama_3_2_1b_instruct.Llama321bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_2_1b_instruct.Llama321bInstructOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3.2-3b-instruct"],
        input: _model_cf__meta__llama_3_2_3b_instruct.Llama323bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3.2-3b-instruct"],
        input: _model_cf__meta__llama_3_2_3b_instruct.Llama323bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_2_3b_instruct.Llama323bInstructOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3.3-70b-instruct-fp8-fast"],
        input: _model_cf__meta__llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-3.3-70b-instruct-fp8-fast"],
        input: _model_cf__meta__llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/meta/llama-guard-3-8b"],
        input: _model_cf__meta__llama_guard_3_8b.LlamaGuard38bInput | Mapping[str, Any],
    ) -> _model_cf__meta__llama_guard_3_8b.LlamaGuard38bOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/microsoft/phi-2"],
        input: _model_cf__microsoft__phi_2.Phi2Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/microsoft/phi-2"],
        input: _model_cf__microsoft__phi_2.Phi2Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__microsoft__phi_2.Phi2Output: ...

    @overload
    def run(
        self,
        model: Literal["@cf/microsoft/resnet-50"],
        input: _model_cf__microsoft__resnet_50.Resnet50Input | Mapping[str, Any],
    ) -> _model_cf__microsoft__resnet_50.Resnet50Output: ...

    @overload
    def run(
        self,
        model: Literal["@cf/mistral/mistral-7b-instruct-v0.1"],
        input: _model_cf__mistral__mistral_7b_instruct_v0_1.Mistral7bInstructV01Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/mistral/mistral-7b-instruct-v0.1"],
        input: _model_cf__mistral__mistral_7b_instruct_v0_1.Mistral7bInstructV01Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__mistral__mistral_7b_instruct_v0_1.Mistral7bInstructV01Output: ...

    @overload
    def run(
        self,
        model: Literal["@cf/mistral/mistral-7b-instruct-v0.2-lora"],
        input: _model_cf__mistral__mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/mistral/mistral-7b-instruct-v0.2-lora"],
        input: _model_cf__mistral__mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__mistral__mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/mistralai/mistral-small-3.1-24b-instruct"],
        input: _model_cf__mistralai__mistral_small_3_1_24b_instruct.MistralSmall3124bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/mistralai/mistral-small-3.1-24b-instruct"],
        input: _model_cf__mistralai__mistral_small_3_1_24b_instruct.MistralSmall3124bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__mistralai__mistral_small_3_1_24b_instruct.MistralSmall3124bInstructOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/moondream/moondream3.1-9B-A2B"],
        input: _model_cf__moondream__moondream3_1_9b_a2b.Moondream319bA2bInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/moondream/moondream3.1-9B-A2B"],
        input: _model_cf__moondream__moondream3_1_9b_a2b.Moondream319bA2bInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__moondream__moondream3_1_9b_a2b.Moondream319bA2bOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/myshell-ai/melotts"],
        input: _model_cf__myshell_ai__melotts.MelottsInput | Mapping[str, Any],
    ) -> _model_cf__myshell_ai__melotts.MelottsOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/openai/gpt-oss-120b"],
        input: _model_cf__openai__gpt_oss_120b.GptOss120bInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/openai/gpt-oss-120b"],
        input: _model_cf__openai__gpt_oss_120b.GptOss120bInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__openai__gpt_oss_120b.GptOss120bOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/openai/whisper"],
        input: _model_cf__openai__whisper.WhisperInput | Mapping[str, Any],
    ) -> _model_cf__openai__whisper.WhisperOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/openai/whisper-tiny-en"],
        input: _model_cf__openai__whisper_tiny_en.WhisperTinyEnInput | Mapping[str, Any],
    ) -> _model_cf__openai__whisper_tiny_en.WhisperTinyEnOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/openchat/openchat-3.5-0106"],
        input: _model_cf__openchat__openchat_3_5_0106.Openchat350106Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/openchat/openchat-3.5-0106"],
        input: _model_cf__openchat__openchat_3_5_0106.Openchat350106Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__openchat__openchat_3_5_0106.Openchat350106Output: ...

    @overload
    def run(
        self,
        model: Literal["@cf/pfnet/plamo-embedding-1b"],
        input: _model_cf__pfnet__plamo_embedding_1b.PlamoEmbedding1bInput | Mapping[str, Any],
    ) -> _model_cf__pfnet__plamo_embedding_1b.PlamoEmbedding1bOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/qwen/qwen1.5-0.5b-chat"],
        input: _model_cf__qwen__qwen1_5_0_5b_chat.Qwen1505bChatInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/qwen/qwen1.5-0.5b-chat"],
        input: _model_cf__qwen__qwen1_5_0_5b_chat.Qwen1505bChatInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__qwen__qwen1_5_0_5b_chat.Qwen1505bChatOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/qwen/qwen1.5-1.8b-chat"],
        input: _model_cf__qwen__qwen1_5_1_8b_chat.Qwen1518bChatInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/qwen/qwen1.5-1.8b-chat"],
        input: _model_cf__qwen__qwen1_5_1_8b_chat.Qwen1518bChatInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__qwen__qwen1_5_1_8b_chat.Qwen1518bChatOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/qwen/qwen1.5-14b-chat-awq"],
        input: _model_cf__qwen__qwen1_5_14b_chat_awq.Qwen1514bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/qwen/qwen1.5-14b-chat-awq"],
        input: _model_cf__qwen__qwen1_5_14b_chat_awq.Qwen1514bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__qwen__qwen1_5_14b_chat_awq.Qwen1514bChatAwqOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/qwen/qwen1.5-7b-chat-awq"],
        input: _model_cf__qwen__qwen1_5_7b_chat_awq.Qwen157bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/qwen/qwen1.5-7b-chat-awq"],
        input: _model_cf__qwen__qwen1_5_7b_chat_awq.Qwen157bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__qwen__qwen1_5_7b_chat_awq.Qwen157bChatAwqOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/qwen/qwen2.5-coder-32b-instruct"],
        input: _model_cf__qwen__qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/qwen/qwen2.5-coder-32b-instruct"],
        input: _model_cf__qwen__qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__qwen__qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/qwen/qwen3-30b-a3b-fp8"],
        input: _model_cf__qwen__qwen3_30b_a3b_fp8.Qwen330bA3bFp8Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/qwen/qwen3-30b-a3b-fp8"],
        input: _model_cf__qwen__qwen3_30b_a3b_fp8.Qwen330bA3bFp8Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__qwen__qwen3_30b_a3b_fp8.Qwen330bA3bFp8Output: ...

    @overload
    def run(
        self,
        model: Literal["@cf/runwayml/stable-diffusion-v1-5-img2img"],
        input: _model_cf__runwayml__stable_diffusion_v1_5_img2img.StableDiffusionV15Img2imgInput | Mapping[str, Any],
    ) -> bytes: ...

    @overload
    def run(
        self,
        model: Literal["@cf/runwayml/stable-diffusion-v1-5-inpainting"],
        input: _model_cf__runwayml__stable_diffusion_v1_5_inpainting.StableDiffusionV15InpaintingInput | Mapping[str, Any],
    ) -> bytes: ...

    @overload
    def run(
        self,
        model: Literal["@cf/stabilityai/stable-diffusion-xl-base-1.0"],
        input: _model_cf__stabilityai__stable_diffusion_xl_base_1_0.StableDiffusionXlBase10Input | Mapping[str, Any],
    ) -> bytes: ...

    @overload
    def run(
        self,
        model: Literal["@cf/thebloke/discolm-german-7b-v1-awq"],
        input: _model_cf__thebloke__discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/thebloke/discolm-german-7b-v1-awq"],
        input: _model_cf__thebloke__discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__thebloke__discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/tiiuae/falcon-7b-instruct"],
        input: _model_cf__tiiuae__falcon_7b_instruct.Falcon7bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/tiiuae/falcon-7b-instruct"],
        input: _model_cf__tiiuae__falcon_7b_instruct.Falcon7bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__tiiuae__falcon_7b_instruct.Falcon7bInstructOutput: ...

    @overload
    def run(
        self,
        model: Literal["@cf/tinyllama/tinyllama-1.1b-chat-v1.0"],
        input: _model_cf__tinyllama__tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@cf/tinyllama/tinyllama-1.1b-chat-v1.0"],
        input: _model_cf__tinyllama__tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__tinyllama__tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Output: ...

    @overload
    def run(
        self,
        model: Literal["@cf/unum/uform-gen2-qwen-500m"],
        input: _model_cf__unum__uform_gen2_qwen_500m.UformGen2Qwen500mInput | Mapping[str, Any],
    ) -> _model_cf__unum__uform_gen2_qwen_500m.UformGen2Qwen500mOutput: ...

    @overload
    def run(
        self,
        model: Literal["@hf/google/gemma-7b-it"],
        input: _model_hf__google__gemma_7b_it.Gemma7bItInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@hf/google/gemma-7b-it"],
        input: _model_hf__google__gemma_7b_it.Gemma7bItInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__google__gemma_7b_it.Gemma7bItOutput: ...

    @overload
    def run(
        self,
        model: Literal["@hf/meta-llama/meta-llama-3-8b-instruct"],
        input: _model_hf__meta_llama__meta_llama_3_8b_instruct.MetaLlama38bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@hf/meta-llama/meta-llama-3-8b-instruct"],
        input: _model_hf__meta_llama__meta_llama_3_8b_instruct.MetaLlama38bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__meta_llama__meta_llama_3_8b_instruct.MetaLlama38bInstructOutput: ...

    @overload
    def run(
        self,
        model: Literal["@hf/mistral/mistral-7b-instruct-v0.2"],
        input: _model_hf__mistral__mistral_7b_instruct_v0_2.Mistral7bInstructV02Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@hf/mistral/mistral-7b-instruct-v0.2"],
        input: _model_hf__mistral__mistral_7b_instruct_v0_2.Mistral7bInstructV02Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__mistral__mistral_7b_instruct_v0_2.Mistral7bInstructV02Output: ...

    @overload
    def run(
        self,
        model: Literal["@hf/nexusflow/starling-lm-7b-beta"],
        input: _model_hf__nexusflow__starling_lm_7b_beta.StarlingLm7bBetaInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@hf/nexusflow/starling-lm-7b-beta"],
        input: _model_hf__nexusflow__starling_lm_7b_beta.StarlingLm7bBetaInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__nexusflow__starling_lm_7b_beta.StarlingLm7bBetaOutput: ...

    @overload
    def run(
        self,
        model: Literal["@hf/nousresearch/hermes-2-pro-mistral-7b"],
        input: _model_hf__nousresearch__hermes_2_pro_mistral_7b.Hermes2ProMistral7bInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@hf/nousresearch/hermes-2-pro-mistral-7b"],
        input: _model_hf__nousresearch__hermes_2_pro_mistral_7b.Hermes2ProMistral7bInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__nousresearch__hermes_2_pro_mistral_7b.Hermes2ProMistral7bOutput: ...

    @overload
    def run(
        self,
        model: Literal["@hf/thebloke/deepseek-coder-6.7b-base-awq"],
        input: _model_hf__thebloke__deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@hf/thebloke/deepseek-coder-6.7b-base-awq"],
        input: _model_hf__thebloke__deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__thebloke__deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqOutput: ...

    @overload
    def run(
        self,
        model: Literal["@hf/thebloke/deepseek-coder-6.7b-instruct-awq"],
        input: _model_hf__thebloke__deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@hf/thebloke/deepseek-coder-6.7b-instruct-awq"],
        input: _model_hf__thebloke__deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__thebloke__deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqOutput: ...

    @overload
    def run(
        self,
        model: Literal["@hf/thebloke/llama-2-13b-chat-awq"],
        input: _model_hf__thebloke__llama_2_13b_chat_awq.Llama213bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@hf/thebloke/llama-2-13b-chat-awq"],
        input: _model_hf__thebloke__llama_2_13b_chat_awq.Llama213bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__thebloke__llama_2_13b_chat_awq.Llama213bChatAwqOutput: ...

    @overload
    def run(
        self,
        model: Literal["@hf/thebloke/llamaguard-7b-awq"],
        input: _model_hf__thebloke__llamaguard_7b_awq.Llamaguard7bAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@hf/thebloke/llamaguard-7b-awq"],
        input: _model_hf__thebloke__llamaguard_7b_awq.Llamaguard7bAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__thebloke__llamaguard_7b_awq.Llamaguard7bAwqOutput: ...

    @overload
    def run(
        self,
        model: Literal["@hf/thebloke/mistral-7b-instruct-v0.1-awq"],
        input: _model_hf__thebloke__mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@hf/thebloke/mistral-7b-instruct-v0.1-awq"],
        input: _model_hf__thebloke__mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__thebloke__mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqOutput: ...

    @overload
    def run(
        self,
        model: Literal["@hf/thebloke/neural-chat-7b-v3-1-awq"],
        input: _model_hf__thebloke__neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@hf/thebloke/neural-chat-7b-v3-1-awq"],
        input: _model_hf__thebloke__neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__thebloke__neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqOutput: ...

    @overload
    def run(
        self,
        model: Literal["@hf/thebloke/openhermes-2.5-mistral-7b-awq"],
        input: _model_hf__thebloke__openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@hf/thebloke/openhermes-2.5-mistral-7b-awq"],
        input: _model_hf__thebloke__openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__thebloke__openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqOutput: ...

    @overload
    def run(
        self,
        model: Literal["@hf/thebloke/zephyr-7b-beta-awq"],
        input: _model_hf__thebloke__zephyr_7b_beta_awq.Zephyr7bBetaAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["@hf/thebloke/zephyr-7b-beta-awq"],
        input: _model_hf__thebloke__zephyr_7b_beta_awq.Zephyr7bBetaAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__thebloke__zephyr_7b_beta_awq.Zephyr7bBetaAwqOutput: ...

    @overload
    def run(
        self,
        model: Literal["alibaba/hh1-t2v"],
        input: _model_alibaba__hh1_t2v.Hh1T2vInput | Mapping[str, Any],
    ) -> _model_alibaba__hh1_t2v.Hh1T2vOutput: ...

    @overload
    def run(
        self,
        model: Literal["alibaba/hh1.1-i2v"],
        input: _model_alibaba__hh1_1_i2v.Hh11I2vInput | Mapping[str, Any],
    ) -> _model_alibaba__hh1_1_i2v.Hh11I2vOutput: ...

    @overload
    def run(
        self,
        model: Literal["alibaba/hh1.1-r2v"],
        input: _model_alibaba__hh1_1_r2v.Hh11R2vInput | Mapping[str, Any],
    ) -> _model_alibaba__hh1_1_r2v.Hh11R2vOutput: ...

    @overload
    def run(
        self,
        model: Literal["alibaba/hh1.1-t2v"],
        input: _model_alibaba__hh1_1_t2v.Hh11T2vInput | Mapping[str, Any],
    ) -> _model_alibaba__hh1_1_t2v.Hh11T2vOutput: ...

    @overload
    def run(
        self,
        model: Literal["alibaba/qwen3-max"],
        input: _model_alibaba__qwen3_max.Qwen3MaxInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["alibaba/qwen3-max"],
        input: _model_alibaba__qwen3_max.Qwen3MaxInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_alibaba__qwen3_max.Qwen3MaxOutput: ...

    @overload
    def run(
        self,
        model: Literal["alibaba/qwen3.5-397b-a17b"],
        input: _model_alibaba__qwen3_5_397b_a17b.Qwen35397bA17bInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["alibaba/qwen3.5-397b-a17b"],
        input: _model_alibaba__qwen3_5_397b_a17b.Qwen35397bA17bInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_alibaba__qwen3_5_397b_a17b.Qwen35397bA17bOutput: ...

    @overload
    def run(
        self,
        model: Literal["alibaba/qwen3.7-max"],
        input: _model_alibaba__qwen3_7_max.Qwen37MaxInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["alibaba/qwen3.7-max"],
        input: _model_alibaba__qwen3_7_max.Qwen37MaxInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_alibaba__qwen3_7_max.Qwen37MaxOutput: ...

    @overload
    def run(
        self,
        model: Literal["alibaba/qwen3.7-plus"],
        input: _model_alibaba__qwen3_7_plus.Qwen37PlusInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["alibaba/qwen3.7-plus"],
        input: _model_alibaba__qwen3_7_plus.Qwen37PlusInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_alibaba__qwen3_7_plus.Qwen37PlusOutput: ...

    @overload
    def run(
        self,
        model: Literal["alibaba/qwen3.8-max"],
        input: _model_alibaba__qwen3_8_max.Qwen38MaxInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["alibaba/qwen3.8-max"],
        input: _model_alibaba__qwen3_8_max.Qwen38MaxInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_alibaba__qwen3_8_max.Qwen38MaxOutput: ...

    @overload
    def run(
        self,
        model: Literal["alibaba/wan-2.6-image"],
        input: _model_alibaba__wan_2_6_image.Wan26ImageInput | Mapping[str, Any],
    ) -> _model_alibaba__wan_2_6_image.Wan26ImageOutput: ...

    @overload
    def run(
        self,
        model: Literal["alibaba/wan-2.7-i2v"],
        input: _model_alibaba__wan_2_7_i2v.Wan27I2vInput | Mapping[str, Any],
    ) -> _model_alibaba__wan_2_7_i2v.Wan27I2vOutput: ...

    @overload
    def run(
        self,
        model: Literal["alibaba/wan-3.0"],
        input: _model_alibaba__wan_3_0.Wan30Input | Mapping[str, Any],
    ) -> _model_alibaba__wan_3_0.Wan30Output: ...

    @overload
    def run(
        self,
        model: Literal["alibaba/wan-3.0-prime"],
        input: _model_alibaba__wan_3_0_prime.Wan30PrimeInput | Mapping[str, Any],
    ) -> _model_alibaba__wan_3_0_prime.Wan30PrimeOutput: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-fable-5"],
        input: _model_anthropic__claude_fable_5.ClaudeFable5Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-fable-5"],
        input: _model_anthropic__claude_fable_5.ClaudeFable5Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_fable_5.ClaudeFable5Output: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-fable-5.1"],
        input: _model_anthropic__claude_fable_5_1.ClaudeFable51Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-fable-5.1"],
        input: _model_anthropic__claude_fable_5_1.ClaudeFable51Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_fable_5_1.ClaudeFable51Output: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-haiku-4.5"],
        input: _model_anthropic__claude_haiku_4_5.ClaudeHaiku45Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-haiku-4.5"],
        input: _model_anthropic__claude_haiku_4_5.ClaudeHaiku45Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_haiku_4_5.ClaudeHaiku45Output: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-opus-4.5"],
        input: _model_anthropic__claude_opus_4_5.ClaudeOpus45Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-opus-4.5"],
        input: _model_anthropic__claude_opus_4_5.ClaudeOpus45Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_opus_4_5.ClaudeOpus45Output: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-opus-4.6"],
        input: _model_anthropic__claude_opus_4_6.ClaudeOpus46Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-opus-4.6"],
        input: _model_anthropic__claude_opus_4_6.ClaudeOpus46Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_opus_4_6.ClaudeOpus46Output: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-opus-4.7"],
        input: _model_anthropic__claude_opus_4_7.ClaudeOpus47Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-opus-4.7"],
        input: _model_anthropic__claude_opus_4_7.ClaudeOpus47Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_opus_4_7.ClaudeOpus47Output: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-opus-4.8"],
        input: _model_anthropic__claude_opus_4_8.ClaudeOpus48Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-opus-4.8"],
        input: _model_anthropic__claude_opus_4_8.ClaudeOpus48Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_opus_4_8.ClaudeOpus48Output: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-opus-5"],
        input: _model_anthropic__claude_opus_5.ClaudeOpus5Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-opus-5"],
        input: _model_anthropic__claude_opus_5.ClaudeOpus5Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_opus_5.ClaudeOpus5Output: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-opus-5.5"],
        input: _model_anthropic__claude_opus_5_5.ClaudeOpus55Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-opus-5.5"],
        input: _model_anthropic__claude_opus_5_5.ClaudeOpus55Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_opus_5_5.ClaudeOpus55Output: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-sonnet-4"],
        input: _model_anthropic__claude_sonnet_4.ClaudeSonnet4Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-sonnet-4"],
        input: _model_anthropic__claude_sonnet_4.ClaudeSonnet4Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_sonnet_4.ClaudeSonnet4Output: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-sonnet-4.5"],
        input: _model_anthropic__claude_sonnet_4_5.ClaudeSonnet45Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-sonnet-4.5"],
        input: _model_anthropic__claude_sonnet_4_5.ClaudeSonnet45Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_sonnet_4_5.ClaudeSonnet45Output: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-sonnet-4.6"],
        input: _model_anthropic__claude_sonnet_4_6.ClaudeSonnet46Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-sonnet-4.6"],
        input: _model_anthropic__claude_sonnet_4_6.ClaudeSonnet46Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_sonnet_4_6.ClaudeSonnet46Output: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-sonnet-5"],
        input: _model_anthropic__claude_sonnet_5.ClaudeSonnet5Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-sonnet-5"],
        input: _model_anthropic__claude_sonnet_5.ClaudeSonnet5Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_sonnet_5.ClaudeSonnet5Output: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-sonnet-5.5"],
        input: _model_anthropic__claude_sonnet_5_5.ClaudeSonnet55Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["anthropic/claude-sonnet-5.5"],
        input: _model_anthropic__claude_sonnet_5_5.ClaudeSonnet55Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_sonnet_5_5.ClaudeSonnet55Output: ...

    @overload
    def run(
        self,
        model: Literal["assemblyai/universal-3-pro"],
        input: _model_assemblyai__universal_3_pro.Universal3ProInput | Mapping[str, Any],
    ) -> _model_assemblyai__universal_3_pro.Universal3ProOutput: ...

    @overload
    def run(
        self,
        model: Literal["assemblyai/universal-3.5-pro"],
        input: _model_assemblyai__universal_3_5_pro.Universal35ProInput | Mapping[str, Any],
    ) -> _model_assemblyai__universal_3_5_pro.Universal35ProOutput: ...

    @overload
    def run(
        self,
        model: Literal["black-forest-labs/flux-1-kontext-max"],
        input: _model_black_forest_labs__flux_1_kontext_max.Flux1KontextMaxInput | Mapping[str, Any],
    ) -> _model_black_forest_labs__flux_1_kontext_max.Flux1KontextMaxOutput: ...

    @overload
    def run(
        self,
        model: Literal["black-forest-labs/flux-1-kontext-pro"],
        input: _model_black_forest_labs__flux_1_kontext_pro.Flux1KontextProInput | Mapping[str, Any],
    ) -> _model_black_forest_labs__flux_1_kontext_pro.Flux1KontextProOutput: ...

    @overload
    def run(
        self,
        model: Literal["black-forest-labs/flux-2-klein-9b"],
        input: _model_black_forest_labs__flux_2_klein_9b.Flux2Klein9bInput | Mapping[str, Any],
    ) -> _model_black_forest_labs__flux_2_klein_9b.Flux2Klein9bOutput: ...

    @overload
    def run(
        self,
        model: Literal["black-forest-labs/flux-2-max"],
        input: _model_black_forest_labs__flux_2_max.Flux2MaxInput | Mapping[str, Any],
    ) -> _model_black_forest_labs__flux_2_max.Flux2MaxOutput: ...

    @overload
    def run(
        self,
        model: Literal["black-forest-labs/flux-3-video"],
        input: _model_black_forest_labs__flux_3_video.Flux3VideoInput | Mapping[str, Any],
    ) -> _model_black_forest_labs__flux_3_video.Flux3VideoOutput: ...

    @overload
    def run(
        self,
        model: Literal["bria/fibo-edit-1.5"],
        input: _model_bria__fibo_edit_1_5.FiboEdit15Input | Mapping[str, Any],
    ) -> _model_bria__fibo_edit_1_5.FiboEdit15Output: ...

    @overload
    def run(
        self,
        model: Literal["bria/fibo-generate-1.5"],
        input: _model_bria__fibo_generate_1_5.FiboGenerate15Input | Mapping[str, Any],
    ) -> _model_bria__fibo_generate_1_5.FiboGenerate15Output: ...

    @overload
    def run(
        self,
        model: Literal["bria/remove-background"],
        input: _model_bria__remove_background.RemoveBackgroundInput | Mapping[str, Any],
    ) -> _model_bria__remove_background.RemoveBackgroundOutput: ...

    @overload
    def run(
        self,
        model: Literal["bria/v-rmbg-3.0"],
        input: _model_bria__v_rmbg_3_0.VRmbg30Input | Mapping[str, Any],
    ) -> _model_bria__v_rmbg_3_0.VRmbg30Output: ...

    @overload
    def run(
        self,
        model: Literal["bytedance/seedance-2.0"],
        input: _model_bytedance__seedance_2_0.Seedance20Input | Mapping[str, Any],
    ) -> _model_bytedance__seedance_2_0.Seedance20Output: ...

    @overload
    def run(
        self,
        model: Literal["bytedance/seedance-2.0-fast"],
        input: _model_bytedance__seedance_2_0_fast.Seedance20FastInput | Mapping[str, Any],
    ) -> _model_bytedance__seedance_2_0_fast.Seedance20FastOutput: ...

    @overload
    def run(
        self,
        model: Literal["bytedance/seedance-2.0-mini"],
        input: _model_bytedance__seedance_2_0_mini.Seedance20MiniInput | Mapping[str, Any],
    ) -> _model_bytedance__seedance_2_0_mini.Seedance20MiniOutput: ...

    @overload
    def run(
        self,
        model: Literal["bytedance/seedance-2.5"],
        input: _model_bytedance__seedance_2_5.Seedance25Input | Mapping[str, Any],
    ) -> _model_bytedance__seedance_2_5.Seedance25Output: ...

    @overload
    def run(
        self,
        model: Literal["bytedance/seedream-4.5"],
        input: _model_bytedance__seedream_4_5.Seedream45Input | Mapping[str, Any],
    ) -> _model_bytedance__seedream_4_5.Seedream45Output: ...

    @overload
    def run(
        self,
        model: Literal["bytedance/seedream-5-lite"],
        input: _model_bytedance__seedream_5_lite.Seedream5LiteInput | Mapping[str, Any],
    ) -> _model_bytedance__seedream_5_lite.Seedream5LiteOutput: ...

    @overload
    def run(
        self,
        model: Literal["bytedance/seedream-5-pro"],
        input: _model_bytedance__seedream_5_pro.Seedream5ProInput | Mapping[str, Any],
    ) -> _model_bytedance__seedream_5_pro.Seedream5ProOutput: ...

    @overload
    def run(
        self,
        model: Literal["cloudflare/i2v"],
        input: _model_cloudflare__i2v.I2vInput | Mapping[str, Any],
    ) -> _model_cloudflare__i2v.I2vOutput: ...

    @overload
    def run(
        self,
        model: Literal["cloudflare/image"],
        input: _model_cloudflare__image.ImageInput | Mapping[str, Any],
    ) -> _model_cloudflare__image.ImageOutput: ...

    @overload
    def run(
        self,
        model: Literal["cloudflare/image-edit"],
        input: _model_cloudflare__image_edit.ImageEditInput | Mapping[str, Any],
    ) -> _model_cloudflare__image_edit.ImageEditOutput: ...

    @overload
    def run(
        self,
        model: Literal["cloudflare/music"],
        input: _model_cloudflare__music.MusicInput | Mapping[str, Any],
    ) -> _model_cloudflare__music.MusicOutput: ...

    @overload
    def run(
        self,
        model: Literal["cloudflare/stt"],
        input: _model_cloudflare__stt.SttInput | Mapping[str, Any],
    ) -> _model_cloudflare__stt.SttOutput: ...

    @overload
    def run(
        self,
        model: Literal["cloudflare/tts"],
        input: _model_cloudflare__tts.TtsInput | Mapping[str, Any],
    ) -> _model_cloudflare__tts.TtsOutput: ...

    @overload
    def run(
        self,
        model: Literal["cloudflare/video"],
        input: _model_cloudflare__video.VideoInput | Mapping[str, Any],
    ) -> _model_cloudflare__video.VideoOutput: ...

    @overload
    def run(
        self,
        model: Literal["deepseek/deepseek-v4-pro"],
        input: _model_deepseek__deepseek_v4_pro.DeepseekV4ProInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["deepseek/deepseek-v4-pro"],
        input: _model_deepseek__deepseek_v4_pro.DeepseekV4ProInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_deepseek__deepseek_v4_pro.DeepseekV4ProOutput: ...

    @overload
    def run(
        self,
        model: Literal["elevenlabs/eleven-flash-v2-5"],
        input: _model_elevenlabs__eleven_flash_v2_5.ElevenFlashV25Input | Mapping[str, Any],
    ) -> _model_elevenlabs__eleven_flash_v2_5.ElevenFlashV25Output: ...

    @overload
    def run(
        self,
        model: Literal["elevenlabs/eleven-multilingual-v2"],
        input: _model_elevenlabs__eleven_multilingual_v2.ElevenMultilingualV2Input | Mapping[str, Any],
    ) -> _model_elevenlabs__eleven_multilingual_v2.ElevenMultilingualV2Output: ...

    @overload
    def run(
        self,
        model: Literal["elevenlabs/eleven-turbo-v2-5"],
        input: _model_elevenlabs__eleven_turbo_v2_5.ElevenTurboV25Input | Mapping[str, Any],
    ) -> _model_elevenlabs__eleven_turbo_v2_5.ElevenTurboV25Output: ...

    @overload
    def run(
        self,
        model: Literal["elevenlabs/eleven-v3"],
        input: _model_elevenlabs__eleven_v3.ElevenV3Input | Mapping[str, Any],
    ) -> _model_elevenlabs__eleven_v3.ElevenV3Output: ...

    @overload
    def run(
        self,
        model: Literal["elevenlabs/music-v2"],
        input: _model_elevenlabs__music_v2.MusicV2Input | Mapping[str, Any],
    ) -> _model_elevenlabs__music_v2.MusicV2Output: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-2.5-flash"],
        input: _model_google__gemini_2_5_flash.Gemini25FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-2.5-flash"],
        input: _model_google__gemini_2_5_flash.Gemini25FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_2_5_flash.Gemini25FlashOutput: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-2.5-flash-lite"],
        input: _model_google__gemini_2_5_flash_lite.Gemini25FlashLiteInput | Mapping[str, Any],
    ) -> _model_google__gemini_2_5_flash_lite.Gemini25FlashLiteOutput: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-2.5-pro"],
        input: _model_google__gemini_2_5_pro.Gemini25ProInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-2.5-pro"],
        input: _model_google__gemini_2_5_pro.Gemini25ProInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_2_5_pro.Gemini25ProOutput: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3-flash"],
        input: _model_google__gemini_3_flash.Gemini3FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3-flash"],
        input: _model_google__gemini_3_flash.Gemini3FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_3_flash.Gemini3FlashOutput: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3.1-flash-lite"],
        input: _model_google__gemini_3_1_flash_lite.Gemini31FlashLiteInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3.1-flash-lite"],
        input: _model_google__gemini_3_1_flash_lite.Gemini31FlashLiteInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_3_1_flash_lite.Gemini31FlashLiteOutput: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3.1-flash-tts"],
        input: _model_google__gemini_3_1_flash_tts.Gemini31FlashTtsInput | Mapping[str, Any],
    ) -> _model_google__gemini_3_1_flash_tts.Gemini31FlashTtsOutput: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3.1-pro"],
        input: _model_google__gemini_3_1_pro.Gemini31ProInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3.1-pro"],
        input: _model_google__gemini_3_1_pro.Gemini31ProInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_3_1_pro.Gemini31ProOutput: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3.5-flash"],
        input: _model_google__gemini_3_5_flash.Gemini35FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3.5-flash"],
        input: _model_google__gemini_3_5_flash.Gemini35FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_3_5_flash.Gemini35FlashOutput: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3.5-flash-lite"],
        input: _model_google__gemini_3_5_flash_lite.Gemini35FlashLiteInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3.5-flash-lite"],
        input: _model_google__gemini_3_5_flash_lite.Gemini35FlashLiteInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_3_5_flash_lite.Gemini35FlashLiteOutput: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3.6-flash"],
        input: _model_google__gemini_3_6_flash.Gemini36FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3.6-flash"],
        input: _model_google__gemini_3_6_flash.Gemini36FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_3_6_flash.Gemini36FlashOutput: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3.7-flash"],
        input: _model_google__gemini_3_7_flash.Gemini37FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3.7-flash"],
        input: _model_google__gemini_3_7_flash.Gemini37FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_3_7_flash.Gemini37FlashOutput: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3.8-flash"],
        input: _model_google__gemini_3_8_flash.Gemini38FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3.8-flash"],
        input: _model_google__gemini_3_8_flash.Gemini38FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_3_8_flash.Gemini38FlashOutput: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3.8-flash-lite-tts"],
        input: _model_google__gemini_3_8_flash_lite_tts.Gemini38FlashLiteTtsInput | Mapping[str, Any],
    ) -> _model_google__gemini_3_8_flash_lite_tts.Gemini38FlashLiteTtsOutput: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-3.8-flash-tts"],
        input: _model_google__gemini_3_8_flash_tts.Gemini38FlashTtsInput | Mapping[str, Any],
    ) -> _model_google__gemini_3_8_flash_tts.Gemini38FlashTtsOutput: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-omni-1.1-flash"],
        input: _model_google__gemini_omni_1_1_flash.GeminiOmni11FlashInput | Mapping[str, Any],
    ) -> _model_google__gemini_omni_1_1_flash.GeminiOmni11FlashOutput: ...

    @overload
    def run(
        self,
        model: Literal["google/gemini-omni-flash"],
        input: _model_google__gemini_omni_flash.GeminiOmniFlashInput | Mapping[str, Any],
    ) -> _model_google__gemini_omni_flash.GeminiOmniFlashOutput: ...

    @overload
    def run(
        self,
        model: Literal["google/imagen-4"],
        input: _model_google__imagen_4.Imagen4Input | Mapping[str, Any],
    ) -> _model_google__imagen_4.Imagen4Output: ...

    @overload
    def run(
        self,
        model: Literal["google/nano-banana"],
        input: _model_google__nano_banana.NanoBananaInput | Mapping[str, Any],
    ) -> _model_google__nano_banana.NanoBananaOutput: ...

    @overload
    def run(
        self,
        model: Literal["google/nano-banana-2"],
        input: _model_google__nano_banana_2.NanoBanana2Input | Mapping[str, Any],
    ) -> _model_google__nano_banana_2.NanoBanana2Output: ...

    @overload
    def run(
        self,
        model: Literal["google/veo-3"],
        input: _model_google__veo_3.Veo3Input | Mapping[str, Any],
    ) -> _model_google__veo_3.Veo3Output: ...

    @overload
    def run(
        self,
        model: Literal["google/veo-3-fast"],
        input: _model_google__veo_3_fast.Veo3FastInput | Mapping[str, Any],
    ) -> _model_google__veo_3_fast.Veo3FastOutput: ...

    @overload
    def run(
        self,
        model: Literal["google/veo-3.1"],
        input: _model_google__veo_3_1.Veo31Input | Mapping[str, Any],
    ) -> _model_google__veo_3_1.Veo31Output: ...

    @overload
    def run(
        self,
        model: Literal["inworld/tts-1.5-mini"],
        input: _model_inworld__tts_1_5_mini.Tts15MiniInput | Mapping[str, Any],
    ) -> _model_inworld__tts_1_5_mini.Tts15MiniOutput: ...

    @overload
    def run(
        self,
        model: Literal["inworld/tts-2"],
        input: _model_inworld__tts_2.Tts2Input | Mapping[str, Any],
    ) -> _model_inworld__tts_2.Tts2Output: ...

    @overload
    def run(
        self,
        model: Literal["klingai/kling-v3"],
        input: _model_klingai__kling_v3.KlingV3Input | Mapping[str, Any],
    ) -> _model_klingai__kling_v3.KlingV3Output: ...

    @overload
    def run(
        self,
        model: Literal["klingai/kling-v3-image"],
        input: _model_klingai__kling_v3_image.KlingV3ImageInput | Mapping[str, Any],
    ) -> _model_klingai__kling_v3_image.KlingV3ImageOutput: ...

    @overload
    def run(
        self,
        model: Literal["klingai/kling-v3-omni"],
        input: _model_klingai__kling_v3_omni.KlingV3OmniInput | Mapping[str, Any],
    ) -> _model_klingai__kling_v3_omni.KlingV3OmniOutput: ...

    @overload
    def run(
        self,
        model: Literal["krea/krea-2-large"],
        input: _model_krea__krea_2_large.Krea2LargeInput | Mapping[str, Any],
    ) -> _model_krea__krea_2_large.Krea2LargeOutput: ...

    @overload
    def run(
        self,
        model: Literal["krea/krea-2-medium"],
        input: _model_krea__krea_2_medium.Krea2MediumInput | Mapping[str, Any],
    ) -> _model_krea__krea_2_medium.Krea2MediumOutput: ...

    @overload
    def run(
        self,
        model: Literal["krea/krea-2-medium-turbo"],
        input: _model_krea__krea_2_medium_turbo.Krea2MediumTurboInput | Mapping[str, Any],
    ) -> _model_krea__krea_2_medium_turbo.Krea2MediumTurboOutput: ...

    @overload
    def run(
        self,
        model: Literal["lightricks/ltx-2-5-fast"],
        input: _model_lightricks__ltx_2_5_fast.Ltx25FastInput | Mapping[str, Any],
    ) -> _model_lightricks__ltx_2_5_fast.Ltx25FastOutput: ...

    @overload
    def run(
        self,
        model: Literal["minimax/hailuo-2.3"],
        input: _model_minimax__hailuo_2_3.Hailuo23Input | Mapping[str, Any],
    ) -> _model_minimax__hailuo_2_3.Hailuo23Output: ...

    @overload
    def run(
        self,
        model: Literal["minimax/music-2.6"],
        input: _model_minimax__music_2_6.Music26Input | Mapping[str, Any],
    ) -> _model_minimax__music_2_6.Music26Output: ...

    @overload
    def run(
        self,
        model: Literal["minimax/speech-2.8-hd"],
        input: _model_minimax__speech_2_8_hd.Speech28HdInput | Mapping[str, Any],
    ) -> _model_minimax__speech_2_8_hd.Speech28HdOutput: ...

    @overload
    def run(
        self,
        model: Literal["moonshotai/kimi-k2.5"],
        input: _model_moonshotai__kimi_k2_5.KimiK25Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def run(
        self,
        model: Literal["moonshotai/kimi-k2.5"],
        input: _model_moonshotai__kimi_k2_5.KimiK25Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_moonshotai__kimi_k2_5.KimiK25Output: ...

    @overload
    def run(
        self,
        model: Literal["openai/gpt-image-1.5"],
        input: _model_openai__gpt_image_1_5.GptImage15Input | Mapping[str, Any],
    ) -> _model_openai__gpt_image_1_5.GptImage15Output: ...

    @overload
    def run(
        self,
        model: Literal["openai/tts-1"],
        input: _model_openai__tts_1.Tts1Input | Mapping[str, Any],
    ) -> _model_openai__tts_1.Tts1Output: ...

    @overload
    def run(
        self,
        model: Literal["openai/tts-1-hd"],
        input: _model_openai__tts_1_hd.Tts1HdInput | Mapping[str, Any],
    ) -> _model_openai__tts_1_hd.Tts1HdOutput: ...

    @overload
    def run(
        self,
        model: Literal["pixverse/v5.6"],
        input: _model_pixverse__v5_6.V56Input | Mapping[str, Any],
    ) -> _model_pixverse__v5_6.V56Output: ...

    @overload
    def run(
        self,
        model: Literal["runwayml/gen-4.5"],
        input: _model_runwayml__gen_4_5.Gen45Input | Mapping[str, Any],
    ) -> _model_runwayml__gen_4_5.Gen45Output: ...

    @overload
    def run(
        self,
        model: Literal["xai/grok-imagine-image"],
        input: _model_xai__grok_imagine_image.GrokImagineImageInput | Mapping[str, Any],
    ) -> _model_xai__grok_imagine_image.GrokImagineImageOutput: ...

    @overload
    def run(
        self,
        model: Literal["xai/grok-imagine-image-2.0"],
        input: _model_xai__grok_imagine_image_2_0.GrokImagineImage20Input | Mapping[str, Any],
    ) -> _model_xai__grok_imagine_image_2_0.GrokImagineImage20Output: ...

    @overload
    def run(
        self,
        model: Literal["xai/grok-imagine-video"],
        input: _model_xai__grok_imagine_video.GrokImagineVideoInput | Mapping[str, Any],
    ) -> _model_xai__grok_imagine_video.GrokImagineVideoOutput: ...

    def run(
        self,
        model: str,
        input: pydantic.BaseModel | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Run a model by its id; the return type follows the id.

        ``input`` is the model's input class, or a dict validated into it before anything is
        sent (``pydantic.ValidationError`` if it is not valid). Only the fields set are sent.
        ``stream=True`` (models whose input takes ``stream`` only) returns
        a ``Stream`` of ``StreamChunk`` instead of the output.
        Raises ValueError for an id this package does not know.
        """
        input_type, output_type, kind = _model_classes(model)
        if not isinstance(stream, NotGiven) and model not in _STREAMING:
            raise ValueError(f"{model} does not stream: leave stream out")
        if stream is True:
            return self._run_stream(model, input_type, input, stream=True)
        if kind == "bytes":
            return self._run_bytes(model, input_type, input)
        return self._run_model(model, input_type, output_type, input, stream=stream)


class AsyncClient(AsyncAPIClient):
    """Async client of Cloudflare's AI models.

    ``AsyncClient(account_id=None, api_token=None, base_url=None, timeout=..., max_retries=2,
    default_headers=None, http_client=None)``: the account, token and base URL default to
    ``CLOUDFLARE_ACCOUNT_ID``, ``CLOUDFLARE_API_TOKEN`` and ``CLOUDFLARE_BASE_URL``. Use it as a
    context manager (``async with AsyncClient() as client``) to close its connections.
    """

    @cached_property
    def alibaba(self) -> AsyncAlibabaNamespace:
        """Models below ``client.alibaba``."""
        from ._namespaces.alibaba import AsyncAlibabaNamespace

        return AsyncAlibabaNamespace(self)

    @cached_property
    def anthropic(self) -> AsyncAnthropicNamespace:
        """Models below ``client.anthropic``."""
        from ._namespaces.anthropic import AsyncAnthropicNamespace

        return AsyncAnthropicNamespace(self)

    @cached_property
    def assemblyai(self) -> AsyncAssemblyaiNamespace:
        """Models below ``client.assemblyai``."""
        from ._namespaces.assemblyai import AsyncAssemblyaiNamespace

        return AsyncAssemblyaiNamespace(self)

    @cached_property
    def black_forest_labs(self) -> AsyncBlackForestLabsNamespace:
        """Models below ``client.black_forest_labs``."""
        from ._namespaces.black_forest_labs import AsyncBlackForestLabsNamespace

        return AsyncBlackForestLabsNamespace(self)

    @cached_property
    def bria(self) -> AsyncBriaNamespace:
        """Models below ``client.bria``."""
        from ._namespaces.bria import AsyncBriaNamespace

        return AsyncBriaNamespace(self)

    @cached_property
    def bytedance(self) -> AsyncBytedanceNamespace:
        """Models below ``client.bytedance``."""
        from ._namespaces.bytedance import AsyncBytedanceNamespace

        return AsyncBytedanceNamespace(self)

    @cached_property
    def cf(self) -> AsyncCfNamespace:
        """Models below ``client.cf``."""
        from ._namespaces.cf import AsyncCfNamespace

        return AsyncCfNamespace(self)

    @cached_property
    def cloudflare(self) -> AsyncCloudflareNamespace:
        """Models below ``client.cloudflare``."""
        from ._namespaces.cloudflare import AsyncCloudflareNamespace

        return AsyncCloudflareNamespace(self)

    @cached_property
    def deepseek(self) -> AsyncDeepseekNamespace:
        """Models below ``client.deepseek``."""
        from ._namespaces.deepseek import AsyncDeepseekNamespace

        return AsyncDeepseekNamespace(self)

    @cached_property
    def elevenlabs(self) -> AsyncElevenlabsNamespace:
        """Models below ``client.elevenlabs``."""
        from ._namespaces.elevenlabs import AsyncElevenlabsNamespace

        return AsyncElevenlabsNamespace(self)

    @cached_property
    def google(self) -> AsyncGoogleNamespace:
        """Models below ``client.google``."""
        from ._namespaces.google import AsyncGoogleNamespace

        return AsyncGoogleNamespace(self)

    @cached_property
    def hf(self) -> AsyncHfNamespace:
        """Models below ``client.hf``."""
        from ._namespaces.hf import AsyncHfNamespace

        return AsyncHfNamespace(self)

    @cached_property
    def inworld(self) -> AsyncInworldNamespace:
        """Models below ``client.inworld``."""
        from ._namespaces.inworld import AsyncInworldNamespace

        return AsyncInworldNamespace(self)

    @cached_property
    def klingai(self) -> AsyncKlingaiNamespace:
        """Models below ``client.klingai``."""
        from ._namespaces.klingai import AsyncKlingaiNamespace

        return AsyncKlingaiNamespace(self)

    @cached_property
    def krea(self) -> AsyncKreaNamespace:
        """Models below ``client.krea``."""
        from ._namespaces.krea import AsyncKreaNamespace

        return AsyncKreaNamespace(self)

    @cached_property
    def lightricks(self) -> AsyncLightricksNamespace:
        """Models below ``client.lightricks``."""
        from ._namespaces.lightricks import AsyncLightricksNamespace

        return AsyncLightricksNamespace(self)

    @cached_property
    def minimax(self) -> AsyncMinimaxNamespace:
        """Models below ``client.minimax``."""
        from ._namespaces.minimax import AsyncMinimaxNamespace

        return AsyncMinimaxNamespace(self)

    @cached_property
    def moonshotai(self) -> AsyncMoonshotaiNamespace:
        """Models below ``client.moonshotai``."""
        from ._namespaces.moonshotai import AsyncMoonshotaiNamespace

        return AsyncMoonshotaiNamespace(self)

    @cached_property
    def openai(self) -> AsyncOpenaiNamespace:
        """Models below ``client.openai``."""
        from ._namespaces.openai import AsyncOpenaiNamespace

        return AsyncOpenaiNamespace(self)

    @cached_property
    def pixverse(self) -> AsyncPixverseNamespace:
        """Models below ``client.pixverse``."""
        from ._namespaces.pixverse import AsyncPixverseNamespace

        return AsyncPixverseNamespace(self)

    @cached_property
    def runwayml(self) -> AsyncRunwaymlNamespace:
        """Models below ``client.runwayml``."""
        from ._namespaces.runwayml import AsyncRunwaymlNamespace

        return AsyncRunwaymlNamespace(self)

    @cached_property
    def xai(self) -> AsyncXaiNamespace:
        """Models below ``client.xai``."""
        from ._namespaces.xai import AsyncXaiNamespace

        return AsyncXaiNamespace(self)

    @overload
    async def run(
        self,
        model: Literal["@cf/ai4bharat/indictrans2-en-indic-1B"],
        input: _model_cf__ai4bharat__indictrans2_en_indic_1b.Indictrans2EnIndic1bInput | Mapping[str, Any],
    ) -> _model_cf__ai4bharat__indictrans2_en_indic_1b.Indictrans2EnIndic1bOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/aisingapore/gemma-sea-lion-v4-27b-it"],
        input: _model_cf__aisingapore__gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/aisingapore/gemma-sea-lion-v4-27b-it"],
        input: _model_cf__aisingapore__gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__aisingapore__gemma_sea_lion_v4_27b_it.GemmaSeaLionV427bItOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/baai/bge-base-en-v1.5"],
        input: _model_cf__baai__bge_base_en_v1_5.BgeBaseEnV15Input | Mapping[str, Any],
    ) -> _model_cf__baai__bge_base_en_v1_5.BgeBaseEnV15Output: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/baai/bge-large-en-v1.5"],
        input: _model_cf__baai__bge_large_en_v1_5.BgeLargeEnV15Input | Mapping[str, Any],
    ) -> _model_cf__baai__bge_large_en_v1_5.BgeLargeEnV15Output: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/baai/bge-reranker-base"],
        input: _model_cf__baai__bge_reranker_base.BgeRerankerBaseInput | Mapping[str, Any],
    ) -> _model_cf__baai__bge_reranker_base.BgeRerankerBaseOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/baai/bge-small-en-v1.5"],
        input: _model_cf__baai__bge_small_en_v1_5.BgeSmallEnV15Input | Mapping[str, Any],
    ) -> _model_cf__baai__bge_small_en_v1_5.BgeSmallEnV15Output: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/baai/omni-bge-base-en-v1.5"],
        input: _model_cf__baai__omni_bge_base_en_v1_5.OmniBgeBaseEnV15Input | Mapping[str, Any],
    ) -> _model_cf__baai__omni_bge_base_en_v1_5.OmniBgeBaseEnV15Output: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/black-forest-labs/flux-1-schnell"],
        input: _model_cf__black_forest_labs__flux_1_schnell.Flux1SchnellInput | Mapping[str, Any],
    ) -> _model_cf__black_forest_labs__flux_1_schnell.Flux1SchnellOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/black-forest-labs/flux-2-klein-4b"],
        input: _model_cf__black_forest_labs__flux_2_klein_4b.Flux2Klein4bInput | Mapping[str, Any],
    ) -> _model_cf__black_forest_labs__flux_2_klein_4b.Flux2Klein4bOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/bytedance/stable-diffusion-xl-lightning"],
        input: _model_cf__bytedance__stable_diffusion_xl_lightning.StableDiffusionXlLightningInput | Mapping[str, Any],
    ) -> bytes: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/cloudflare/clef"],
        input: _model_cf__cloudflare__clef.ClefInput | Mapping[str, Any],
    ) -> _model_cf__cloudflare__clef.ClefOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/cloudflare/clef-flash"],
        input: _model_cf__cloudflare__clef_flash.ClefFlashInput | Mapping[str, Any],
    ) -> _model_cf__cloudflare__clef_flash.ClefFlashOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/deepgram/aura-1"],
        input: _model_cf__deepgram__aura_1.Aura1Input | Mapping[str, Any],
    ) -> bytes: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/deepgram/aura-2-en"],
        input: _model_cf__deepgram__aura_2_en.Aura2EnInput | Mapping[str, Any],
    ) -> bytes: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/deepgram/flux"],
        input: _model_cf__deepgram__flux.FluxInput | Mapping[str, Any],
    ) -> _model_cf__deepgram__flux.FluxOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/deepseek-ai/deepseek-math-7b-instruct"],
        input: _model_cf__deepseek_ai__deepseek_math_7b_instruct.DeepseekMath7bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/deepseek-ai/deepseek-math-7b-instruct"],
        input: _model_cf__deepseek_ai__deepseek_math_7b_instruct.DeepseekMath7bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__deepseek_ai__deepseek_math_7b_instruct.DeepseekMath7bInstructOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/deepseek-ai/deepseek-r1-distill-qwen-32b"],
        input: _model_cf__deepseek_ai__deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/deepseek-ai/deepseek-r1-distill-qwen-32b"],
        input: _model_cf__deepseek_ai__deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__deepseek_ai__deepseek_r1_distill_qwen_32b.DeepseekR1DistillQwen32bOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/defog/sqlcoder-7b-2"],
        input: _model_cf__defog__sqlcoder_7b_2.Sqlcoder7b2Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/defog/sqlcoder-7b-2"],
        input: _model_cf__defog__sqlcoder_7b_2.Sqlcoder7b2Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__defog__sqlcoder_7b_2.Sqlcoder7b2Output: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/facebook/bart-large-cnn"],
        input: _model_cf__facebook__bart_large_cnn.BartLargeCnnInput | Mapping[str, Any],
    ) -> _model_cf__facebook__bart_large_cnn.BartLargeCnnOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/fblgit/una-cybertron-7b-v2-bf16"],
        input: _model_cf__fblgit__una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/fblgit/una-cybertron-7b-v2-bf16"],
        input: _model_cf__fblgit__una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__fblgit__una_cybertron_7b_v2_bf16.UnaCybertron7bV2Bf16Output: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/google/embeddinggemma-300m"],
        input: _model_cf__google__embeddinggemma_300m.Embeddinggemma300mInput | Mapping[str, Any],
    ) -> _model_cf__google__embeddinggemma_300m.Embeddinggemma300mOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/google/gemma-2b-it-lora"],
        input: _model_cf__google__gemma_2b_it_lora.Gemma2bItLoraInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/google/gemma-2b-it-lora"],
        input: _model_cf__google__gemma_2b_it_lora.Gemma2bItLoraInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__google__gemma_2b_it_lora.Gemma2bItLoraOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/google/gemma-3-12b-it"],
        input: _model_cf__google__gemma_3_12b_it.Gemma312bItInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/google/gemma-3-12b-it"],
        input: _model_cf__google__gemma_3_12b_it.Gemma312bItInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__google__gemma_3_12b_it.Gemma312bItOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/google/gemma-7b-it-lora"],
        input: _model_cf__google__gemma_7b_it_lora.Gemma7bItLoraInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/google/gemma-7b-it-lora"],
        input: _model_cf__google__gemma_7b_it_lora.Gemma7bItLoraInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__google__gemma_7b_it_lora.Gemma7bItLoraOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/huggingface/distilbert-sst-2-int8"],
        input: _model_cf__huggingface__distilbert_sst_2_int8.DistilbertSst2Int8Input | Mapping[str, Any],
    ) -> _model_cf__huggingface__distilbert_sst_2_int8.DistilbertSst2Int8Output: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/leonardo/lucid-origin"],
        input: _model_cf__leonardo__lucid_origin.LucidOriginInput | Mapping[str, Any],
    ) -> _model_cf__leonardo__lucid_origin.LucidOriginOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/lykon/dreamshaper-8-lcm"],
        input: _model_cf__lykon__dreamshaper_8_lcm.Dreamshaper8LcmInput | Mapping[str, Any],
    ) -> bytes: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta-llama/llama-2-7b-chat-hf-lora"],
        input: _model_cf__meta_llama__llama_2_7b_chat_hf_lora.Llama27bChatHfLoraInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta-llama/llama-2-7b-chat-hf-lora"],
        input: _model_cf__meta_llama__llama_2_7b_chat_hf_lora.Llama27bChatHfLoraInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta_llama__llama_2_7b_chat_hf_lora.Llama27bChatHfLoraOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-2-7b-chat-fp16"],
        input: _model_cf__meta__llama_2_7b_chat_fp16.Llama27bChatFp16Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-2-7b-chat-fp16"],
        input: _model_cf__meta__llama_2_7b_chat_fp16.Llama27bChatFp16Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_2_7b_chat_fp16.Llama27bChatFp16Output: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-2-7b-chat-int8"],
        input: _model_cf__meta__llama_2_7b_chat_int8.Llama27bChatInt8Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-2-7b-chat-int8"],
        input: _model_cf__meta__llama_2_7b_chat_int8.Llama27bChatInt8Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_2_7b_chat_int8.Llama27bChatInt8Output: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3-8b-instruct"],
        input: _model_cf__meta__llama_3_8b_instruct.Llama38bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3-8b-instruct"],
        input: _model_cf__meta__llama_3_8b_instruct.Llama38bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_8b_instruct.Llama38bInstructOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3-8b-instruct-awq"],
        input: _model_cf__meta__llama_3_8b_instruct_awq.Llama38bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3-8b-instruct-awq"],
        input: _model_cf__meta__llama_3_8b_instruct_awq.Llama38bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_8b_instruct_awq.Llama38bInstructAwqOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3.1-70b-instruct"],
        input: _model_cf__meta__llama_3_1_70b_instruct.Llama3170bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3.1-70b-instruct"],
        input: _model_cf__meta__llama_3_1_70b_instruct.Llama3170bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_1_70b_instruct.Llama3170bInstructOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3.1-8b-instruct"],
        input: _model_cf__meta__llama_3_1_8b_instruct.Llama318bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3.1-8b-instruct"],
        input: _model_cf__meta__llama_3_1_8b_instruct.Llama318bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_1_8b_instruct.Llama318bInstructOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3.1-8b-instruct-awq"],
        input: _model_cf__meta__llama_3_1_8b_instruct_awq.Llama318bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3.1-8b-instruct-awq"],
        input: _model_cf__meta__llama_3_1_8b_instruct_awq.Llama318bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_1_8b_instruct_awq.Llama318bInstructAwqOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3.1-8b-instruct-fast"],
        input: _model_cf__meta__llama_3_1_8b_instruct_fast.Llama318bInstructFastInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3.1-8b-instruct-fast"],
        input: _model_cf__meta__llama_3_1_8b_instruct_fast.Llama318bInstructFastInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_1_8b_instruct_fast.Llama318bInstructFastOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3.1-8b-instruct-fp8"],
        input: _model_cf__meta__llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3.1-8b-instruct-fp8"],
        input: _model_cf__meta__llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_1_8b_instruct_fp8.Llama318bInstructFp8Output: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3.2-11b-vision-instruct"],
        input: _model_cf__meta__llama_3_2_11b_vision_instruct.Llama3211bVisionInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3.2-11b-vision-instruct"],
        input: _model_cf__meta__llama_3_2_11b_vision_instruct.Llama3211bVisionInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_2_11b_vision_instruct.Llama3211bVisionInstructOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3.2-1b-instruct"],
        input: _model_cf__meta__llama_3_2_1b_instruct.Llama321bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3.2-1b-instruct"],
        input: _model_cf__meta__llama_3_2_1b_instruct.Llama321bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_2_1b_instruct.Llama321bInstructOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3.2-3b-instruct"],
        input: _model_cf__meta__llama_3_2_3b_instruct.Llama323bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3.2-3b-instruct"],
        input: _model_cf__meta__llama_3_2_3b_instruct.Llama323bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_2_3b_instruct.Llama323bInstructOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3.3-70b-instruct-fp8-fast"],
        input: _model_cf__meta__llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-3.3-70b-instruct-fp8-fast"],
        input: _model_cf__meta__llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__meta__llama_3_3_70b_instruct_fp8_fast.Llama3370bInstructFp8FastOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/meta/llama-guard-3-8b"],
        input: _model_cf__meta__llama_guard_3_8b.LlamaGuard38bInput | Mapping[str, Any],
    ) -> _model_cf__meta__llama_guard_3_8b.LlamaGuard38bOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/microsoft/phi-2"],
        input: _model_cf__microsoft__phi_2.Phi2Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/microsoft/phi-2"],
        input: _model_cf__microsoft__phi_2.Phi2Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__microsoft__phi_2.Phi2Output: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/microsoft/resnet-50"],
        input: _model_cf__microsoft__resnet_50.Resnet50Input | Mapping[str, Any],
    ) -> _model_cf__microsoft__resnet_50.Resnet50Output: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/mistral/mistral-7b-instruct-v0.1"],
        input: _model_cf__mistral__mistral_7b_instruct_v0_1.Mistral7bInstructV01Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/mistral/mistral-7b-instruct-v0.1"],
        input: _model_cf__mistral__mistral_7b_instruct_v0_1.Mistral7bInstructV01Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__mistral__mistral_7b_instruct_v0_1.Mistral7bInstructV01Output: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/mistral/mistral-7b-instruct-v0.2-lora"],
        input: _model_cf__mistral__mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/mistral/mistral-7b-instruct-v0.2-lora"],
        input: _model_cf__mistral__mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__mistral__mistral_7b_instruct_v0_2_lora.Mistral7bInstructV02LoraOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/mistralai/mistral-small-3.1-24b-instruct"],
        input: _model_cf__mistralai__mistral_small_3_1_24b_instruct.MistralSmall3124bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/mistralai/mistral-small-3.1-24b-instruct"],
        input: _model_cf__mistralai__mistral_small_3_1_24b_instruct.MistralSmall3124bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__mistralai__mistral_small_3_1_24b_instruct.MistralSmall3124bInstructOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/moondream/moondream3.1-9B-A2B"],
        input: _model_cf__moondream__moondream3_1_9b_a2b.Moondream319bA2bInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/moondream/moondream3.1-9B-A2B"],
        input: _model_cf__moondream__moondream3_1_9b_a2b.Moondream319bA2bInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__moondream__moondream3_1_9b_a2b.Moondream319bA2bOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/myshell-ai/melotts"],
        input: _model_cf__myshell_ai__melotts.MelottsInput | Mapping[str, Any],
    ) -> _model_cf__myshell_ai__melotts.MelottsOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/openai/gpt-oss-120b"],
        input: _model_cf__openai__gpt_oss_120b.GptOss120bInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/openai/gpt-oss-120b"],
        input: _model_cf__openai__gpt_oss_120b.GptOss120bInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__openai__gpt_oss_120b.GptOss120bOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/openai/whisper"],
        input: _model_cf__openai__whisper.WhisperInput | Mapping[str, Any],
    ) -> _model_cf__openai__whisper.WhisperOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/openai/whisper-tiny-en"],
        input: _model_cf__openai__whisper_tiny_en.WhisperTinyEnInput | Mapping[str, Any],
    ) -> _model_cf__openai__whisper_tiny_en.WhisperTinyEnOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/openchat/openchat-3.5-0106"],
        input: _model_cf__openchat__openchat_3_5_0106.Openchat350106Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/openchat/openchat-3.5-0106"],
        input: _model_cf__openchat__openchat_3_5_0106.Openchat350106Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__openchat__openchat_3_5_0106.Openchat350106Output: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/pfnet/plamo-embedding-1b"],
        input: _model_cf__pfnet__plamo_embedding_1b.PlamoEmbedding1bInput | Mapping[str, Any],
    ) -> _model_cf__pfnet__plamo_embedding_1b.PlamoEmbedding1bOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/qwen/qwen1.5-0.5b-chat"],
        input: _model_cf__qwen__qwen1_5_0_5b_chat.Qwen1505bChatInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/qwen/qwen1.5-0.5b-chat"],
        input: _model_cf__qwen__qwen1_5_0_5b_chat.Qwen1505bChatInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__qwen__qwen1_5_0_5b_chat.Qwen1505bChatOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/qwen/qwen1.5-1.8b-chat"],
        input: _model_cf__qwen__qwen1_5_1_8b_chat.Qwen1518bChatInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/qwen/qwen1.5-1.8b-chat"],
        input: _model_cf__qwen__qwen1_5_1_8b_chat.Qwen1518bChatInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__qwen__qwen1_5_1_8b_chat.Qwen1518bChatOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/qwen/qwen1.5-14b-chat-awq"],
        input: _model_cf__qwen__qwen1_5_14b_chat_awq.Qwen1514bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/qwen/qwen1.5-14b-chat-awq"],
        input: _model_cf__qwen__qwen1_5_14b_chat_awq.Qwen1514bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__qwen__qwen1_5_14b_chat_awq.Qwen1514bChatAwqOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/qwen/qwen1.5-7b-chat-awq"],
        input: _model_cf__qwen__qwen1_5_7b_chat_awq.Qwen157bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/qwen/qwen1.5-7b-chat-awq"],
        input: _model_cf__qwen__qwen1_5_7b_chat_awq.Qwen157bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__qwen__qwen1_5_7b_chat_awq.Qwen157bChatAwqOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/qwen/qwen2.5-coder-32b-instruct"],
        input: _model_cf__qwen__qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/qwen/qwen2.5-coder-32b-instruct"],
        input: _model_cf__qwen__qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__qwen__qwen2_5_coder_32b_instruct.Qwen25Coder32bInstructOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/qwen/qwen3-30b-a3b-fp8"],
        input: _model_cf__qwen__qwen3_30b_a3b_fp8.Qwen330bA3bFp8Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/qwen/qwen3-30b-a3b-fp8"],
        input: _model_cf__qwen__qwen3_30b_a3b_fp8.Qwen330bA3bFp8Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__qwen__qwen3_30b_a3b_fp8.Qwen330bA3bFp8Output: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/runwayml/stable-diffusion-v1-5-img2img"],
        input: _model_cf__runwayml__stable_diffusion_v1_5_img2img.StableDiffusionV15Img2imgInput | Mapping[str, Any],
    ) -> bytes: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/runwayml/stable-diffusion-v1-5-inpainting"],
        input: _model_cf__runwayml__stable_diffusion_v1_5_inpainting.StableDiffusionV15InpaintingInput | Mapping[str, Any],
    ) -> bytes: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/stabilityai/stable-diffusion-xl-base-1.0"],
        input: _model_cf__stabilityai__stable_diffusion_xl_base_1_0.StableDiffusionXlBase10Input | Mapping[str, Any],
    ) -> bytes: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/thebloke/discolm-german-7b-v1-awq"],
        input: _model_cf__thebloke__discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/thebloke/discolm-german-7b-v1-awq"],
        input: _model_cf__thebloke__discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__thebloke__discolm_german_7b_v1_awq.DiscolmGerman7bV1AwqOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/tiiuae/falcon-7b-instruct"],
        input: _model_cf__tiiuae__falcon_7b_instruct.Falcon7bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/tiiuae/falcon-7b-instruct"],
        input: _model_cf__tiiuae__falcon_7b_instruct.Falcon7bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__tiiuae__falcon_7b_instruct.Falcon7bInstructOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/tinyllama/tinyllama-1.1b-chat-v1.0"],
        input: _model_cf__tinyllama__tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/tinyllama/tinyllama-1.1b-chat-v1.0"],
        input: _model_cf__tinyllama__tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_cf__tinyllama__tinyllama_1_1b_chat_v1_0.Tinyllama11bChatV10Output: ...

    @overload
    async def run(
        self,
        model: Literal["@cf/unum/uform-gen2-qwen-500m"],
        input: _model_cf__unum__uform_gen2_qwen_500m.UformGen2Qwen500mInput | Mapping[str, Any],
    ) -> _model_cf__unum__uform_gen2_qwen_500m.UformGen2Qwen500mOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/google/gemma-7b-it"],
        input: _model_hf__google__gemma_7b_it.Gemma7bItInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/google/gemma-7b-it"],
        input: _model_hf__google__gemma_7b_it.Gemma7bItInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__google__gemma_7b_it.Gemma7bItOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/meta-llama/meta-llama-3-8b-instruct"],
        input: _model_hf__meta_llama__meta_llama_3_8b_instruct.MetaLlama38bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/meta-llama/meta-llama-3-8b-instruct"],
        input: _model_hf__meta_llama__meta_llama_3_8b_instruct.MetaLlama38bInstructInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__meta_llama__meta_llama_3_8b_instruct.MetaLlama38bInstructOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/mistral/mistral-7b-instruct-v0.2"],
        input: _model_hf__mistral__mistral_7b_instruct_v0_2.Mistral7bInstructV02Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/mistral/mistral-7b-instruct-v0.2"],
        input: _model_hf__mistral__mistral_7b_instruct_v0_2.Mistral7bInstructV02Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__mistral__mistral_7b_instruct_v0_2.Mistral7bInstructV02Output: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/nexusflow/starling-lm-7b-beta"],
        input: _model_hf__nexusflow__starling_lm_7b_beta.StarlingLm7bBetaInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/nexusflow/starling-lm-7b-beta"],
        input: _model_hf__nexusflow__starling_lm_7b_beta.StarlingLm7bBetaInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__nexusflow__starling_lm_7b_beta.StarlingLm7bBetaOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/nousresearch/hermes-2-pro-mistral-7b"],
        input: _model_hf__nousresearch__hermes_2_pro_mistral_7b.Hermes2ProMistral7bInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/nousresearch/hermes-2-pro-mistral-7b"],
        input: _model_hf__nousresearch__hermes_2_pro_mistral_7b.Hermes2ProMistral7bInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__nousresearch__hermes_2_pro_mistral_7b.Hermes2ProMistral7bOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/thebloke/deepseek-coder-6.7b-base-awq"],
        input: _model_hf__thebloke__deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/thebloke/deepseek-coder-6.7b-base-awq"],
        input: _model_hf__thebloke__deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__thebloke__deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/thebloke/deepseek-coder-6.7b-instruct-awq"],
        input: _model_hf__thebloke__deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/thebloke/deepseek-coder-6.7b-instruct-awq"],
        input: _model_hf__thebloke__deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__thebloke__deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/thebloke/llama-2-13b-chat-awq"],
        input: _model_hf__thebloke__llama_2_13b_chat_awq.Llama213bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/thebloke/llama-2-13b-chat-awq"],
        input: _model_hf__thebloke__llama_2_13b_chat_awq.Llama213bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__thebloke__llama_2_13b_chat_awq.Llama213bChatAwqOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/thebloke/llamaguard-7b-awq"],
        input: _model_hf__thebloke__llamaguard_7b_awq.Llamaguard7bAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/thebloke/llamaguard-7b-awq"],
        input: _model_hf__thebloke__llamaguard_7b_awq.Llamaguard7bAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__thebloke__llamaguard_7b_awq.Llamaguard7bAwqOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/thebloke/mistral-7b-instruct-v0.1-awq"],
        input: _model_hf__thebloke__mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/thebloke/mistral-7b-instruct-v0.1-awq"],
        input: _model_hf__thebloke__mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__thebloke__mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/thebloke/neural-chat-7b-v3-1-awq"],
        input: _model_hf__thebloke__neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/thebloke/neural-chat-7b-v3-1-awq"],
        input: _model_hf__thebloke__neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__thebloke__neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/thebloke/openhermes-2.5-mistral-7b-awq"],
        input: _model_hf__thebloke__openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/thebloke/openhermes-2.5-mistral-7b-awq"],
        input: _model_hf__thebloke__openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__thebloke__openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqOutput: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/thebloke/zephyr-7b-beta-awq"],
        input: _model_hf__thebloke__zephyr_7b_beta_awq.Zephyr7bBetaAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["@hf/thebloke/zephyr-7b-beta-awq"],
        input: _model_hf__thebloke__zephyr_7b_beta_awq.Zephyr7bBetaAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_hf__thebloke__zephyr_7b_beta_awq.Zephyr7bBetaAwqOutput: ...

    @overload
    async def run(
        self,
        model: Literal["alibaba/hh1-t2v"],
        input: _model_alibaba__hh1_t2v.Hh1T2vInput | Mapping[str, Any],
    ) -> _model_alibaba__hh1_t2v.Hh1T2vOutput: ...

    @overload
    async def run(
        self,
        model: Literal["alibaba/hh1.1-i2v"],
        input: _model_alibaba__hh1_1_i2v.Hh11I2vInput | Mapping[str, Any],
    ) -> _model_alibaba__hh1_1_i2v.Hh11I2vOutput: ...

    @overload
    async def run(
        self,
        model: Literal["alibaba/hh1.1-r2v"],
        input: _model_alibaba__hh1_1_r2v.Hh11R2vInput | Mapping[str, Any],
    ) -> _model_alibaba__hh1_1_r2v.Hh11R2vOutput: ...

    @overload
    async def run(
        self,
        model: Literal["alibaba/hh1.1-t2v"],
        input: _model_alibaba__hh1_1_t2v.Hh11T2vInput | Mapping[str, Any],
    ) -> _model_alibaba__hh1_1_t2v.Hh11T2vOutput: ...

    @overload
    async def run(
        self,
        model: Literal["alibaba/qwen3-max"],
        input: _model_alibaba__qwen3_max.Qwen3MaxInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["alibaba/qwen3-max"],
        input: _model_alibaba__qwen3_max.Qwen3MaxInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_alibaba__qwen3_max.Qwen3MaxOutput: ...

    @overload
    async def run(
        self,
        model: Literal["alibaba/qwen3.5-397b-a17b"],
        input: _model_alibaba__qwen3_5_397b_a17b.Qwen35397bA17bInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["alibaba/qwen3.5-397b-a17b"],
        input: _model_alibaba__qwen3_5_397b_a17b.Qwen35397bA17bInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_alibaba__qwen3_5_397b_a17b.Qwen35397bA17bOutput: ...

    @overload
    async def run(
        self,
        model: Literal["alibaba/qwen3.7-max"],
        input: _model_alibaba__qwen3_7_max.Qwen37MaxInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["alibaba/qwen3.7-max"],
        input: _model_alibaba__qwen3_7_max.Qwen37MaxInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_alibaba__qwen3_7_max.Qwen37MaxOutput: ...

    @overload
    async def run(
        self,
        model: Literal["alibaba/qwen3.7-plus"],
        input: _model_alibaba__qwen3_7_plus.Qwen37PlusInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["alibaba/qwen3.7-plus"],
        input: _model_alibaba__qwen3_7_plus.Qwen37PlusInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_alibaba__qwen3_7_plus.Qwen37PlusOutput: ...

    @overload
    async def run(
        self,
        model: Literal["alibaba/qwen3.8-max"],
        input: _model_alibaba__qwen3_8_max.Qwen38MaxInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["alibaba/qwen3.8-max"],
        input: _model_alibaba__qwen3_8_max.Qwen38MaxInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_alibaba__qwen3_8_max.Qwen38MaxOutput: ...

    @overload
    async def run(
        self,
        model: Literal["alibaba/wan-2.6-image"],
        input: _model_alibaba__wan_2_6_image.Wan26ImageInput | Mapping[str, Any],
    ) -> _model_alibaba__wan_2_6_image.Wan26ImageOutput: ...

    @overload
    async def run(
        self,
        model: Literal["alibaba/wan-2.7-i2v"],
        input: _model_alibaba__wan_2_7_i2v.Wan27I2vInput | Mapping[str, Any],
    ) -> _model_alibaba__wan_2_7_i2v.Wan27I2vOutput: ...

    @overload
    async def run(
        self,
        model: Literal["alibaba/wan-3.0"],
        input: _model_alibaba__wan_3_0.Wan30Input | Mapping[str, Any],
    ) -> _model_alibaba__wan_3_0.Wan30Output: ...

    @overload
    async def run(
        self,
        model: Literal["alibaba/wan-3.0-prime"],
        input: _model_alibaba__wan_3_0_prime.Wan30PrimeInput | Mapping[str, Any],
    ) -> _model_alibaba__wan_3_0_prime.Wan30PrimeOutput: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-fable-5"],
        input: _model_anthropic__claude_fable_5.ClaudeFable5Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-fable-5"],
        input: _model_anthropic__claude_fable_5.ClaudeFable5Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_fable_5.ClaudeFable5Output: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-fable-5.1"],
        input: _model_anthropic__claude_fable_5_1.ClaudeFable51Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-fable-5.1"],
        input: _model_anthropic__claude_fable_5_1.ClaudeFable51Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_fable_5_1.ClaudeFable51Output: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-haiku-4.5"],
        input: _model_anthropic__claude_haiku_4_5.ClaudeHaiku45Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-haiku-4.5"],
        input: _model_anthropic__claude_haiku_4_5.ClaudeHaiku45Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_haiku_4_5.ClaudeHaiku45Output: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-opus-4.5"],
        input: _model_anthropic__claude_opus_4_5.ClaudeOpus45Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-opus-4.5"],
        input: _model_anthropic__claude_opus_4_5.ClaudeOpus45Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_opus_4_5.ClaudeOpus45Output: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-opus-4.6"],
        input: _model_anthropic__claude_opus_4_6.ClaudeOpus46Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-opus-4.6"],
        input: _model_anthropic__claude_opus_4_6.ClaudeOpus46Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_opus_4_6.ClaudeOpus46Output: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-opus-4.7"],
        input: _model_anthropic__claude_opus_4_7.ClaudeOpus47Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-opus-4.7"],
        input: _model_anthropic__claude_opus_4_7.ClaudeOpus47Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_opus_4_7.ClaudeOpus47Output: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-opus-4.8"],
        input: _model_anthropic__claude_opus_4_8.ClaudeOpus48Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-opus-4.8"],
        input: _model_anthropic__claude_opus_4_8.ClaudeOpus48Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_opus_4_8.ClaudeOpus48Output: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-opus-5"],
        input: _model_anthropic__claude_opus_5.ClaudeOpus5Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-opus-5"],
        input: _model_anthropic__claude_opus_5.ClaudeOpus5Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_opus_5.ClaudeOpus5Output: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-opus-5.5"],
        input: _model_anthropic__claude_opus_5_5.ClaudeOpus55Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-opus-5.5"],
        input: _model_anthropic__claude_opus_5_5.ClaudeOpus55Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_opus_5_5.ClaudeOpus55Output: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-sonnet-4"],
        input: _model_anthropic__claude_sonnet_4.ClaudeSonnet4Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-sonnet-4"],
        input: _model_anthropic__claude_sonnet_4.ClaudeSonnet4Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_sonnet_4.ClaudeSonnet4Output: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-sonnet-4.5"],
        input: _model_anthropic__claude_sonnet_4_5.ClaudeSonnet45Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-sonnet-4.5"],
        input: _model_anthropic__claude_sonnet_4_5.ClaudeSonnet45Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_sonnet_4_5.ClaudeSonnet45Output: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-sonnet-4.6"],
        input: _model_anthropic__claude_sonnet_4_6.ClaudeSonnet46Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-sonnet-4.6"],
        input: _model_anthropic__claude_sonnet_4_6.ClaudeSonnet46Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_sonnet_4_6.ClaudeSonnet46Output: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-sonnet-5"],
        input: _model_anthropic__claude_sonnet_5.ClaudeSonnet5Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-sonnet-5"],
        input: _model_anthropic__claude_sonnet_5.ClaudeSonnet5Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_sonnet_5.ClaudeSonnet5Output: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-sonnet-5.5"],
        input: _model_anthropic__claude_sonnet_5_5.ClaudeSonnet55Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["anthropic/claude-sonnet-5.5"],
        input: _model_anthropic__claude_sonnet_5_5.ClaudeSonnet55Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_anthropic__claude_sonnet_5_5.ClaudeSonnet55Output: ...

    @overload
    async def run(
        self,
        model: Literal["assemblyai/universal-3-pro"],
        input: _model_assemblyai__universal_3_pro.Universal3ProInput | Mapping[str, Any],
    ) -> _model_assemblyai__universal_3_pro.Universal3ProOutput: ...

    @overload
    async def run(
        self,
        model: Literal["assemblyai/universal-3.5-pro"],
        input: _model_assemblyai__universal_3_5_pro.Universal35ProInput | Mapping[str, Any],
    ) -> _model_assemblyai__universal_3_5_pro.Universal35ProOutput: ...

    @overload
    async def run(
        self,
        model: Literal["black-forest-labs/flux-1-kontext-max"],
        input: _model_black_forest_labs__flux_1_kontext_max.Flux1KontextMaxInput | Mapping[str, Any],
    ) -> _model_black_forest_labs__flux_1_kontext_max.Flux1KontextMaxOutput: ...

    @overload
    async def run(
        self,
        model: Literal["black-forest-labs/flux-1-kontext-pro"],
        input: _model_black_forest_labs__flux_1_kontext_pro.Flux1KontextProInput | Mapping[str, Any],
    ) -> _model_black_forest_labs__flux_1_kontext_pro.Flux1KontextProOutput: ...

    @overload
    async def run(
        self,
        model: Literal["black-forest-labs/flux-2-klein-9b"],
        input: _model_black_forest_labs__flux_2_klein_9b.Flux2Klein9bInput | Mapping[str, Any],
    ) -> _model_black_forest_labs__flux_2_klein_9b.Flux2Klein9bOutput: ...

    @overload
    async def run(
        self,
        model: Literal["black-forest-labs/flux-2-max"],
        input: _model_black_forest_labs__flux_2_max.Flux2MaxInput | Mapping[str, Any],
    ) -> _model_black_forest_labs__flux_2_max.Flux2MaxOutput: ...

    @overload
    async def run(
        self,
        model: Literal["black-forest-labs/flux-3-video"],
        input: _model_black_forest_labs__flux_3_video.Flux3VideoInput | Mapping[str, Any],
    ) -> _model_black_forest_labs__flux_3_video.Flux3VideoOutput: ...

    @overload
    async def run(
        self,
        model: Literal["bria/fibo-edit-1.5"],
        input: _model_bria__fibo_edit_1_5.FiboEdit15Input | Mapping[str, Any],
    ) -> _model_bria__fibo_edit_1_5.FiboEdit15Output: ...

    @overload
    async def run(
        self,
        model: Literal["bria/fibo-generate-1.5"],
        input: _model_bria__fibo_generate_1_5.FiboGenerate15Input | Mapping[str, Any],
    ) -> _model_bria__fibo_generate_1_5.FiboGenerate15Output: ...

    @overload
    async def run(
        self,
        model: Literal["bria/remove-background"],
        input: _model_bria__remove_background.RemoveBackgroundInput | Mapping[str, Any],
    ) -> _model_bria__remove_background.RemoveBackgroundOutput: ...

    @overload
    async def run(
        self,
        model: Literal["bria/v-rmbg-3.0"],
        input: _model_bria__v_rmbg_3_0.VRmbg30Input | Mapping[str, Any],
    ) -> _model_bria__v_rmbg_3_0.VRmbg30Output: ...

    @overload
    async def run(
        self,
        model: Literal["bytedance/seedance-2.0"],
        input: _model_bytedance__seedance_2_0.Seedance20Input | Mapping[str, Any],
    ) -> _model_bytedance__seedance_2_0.Seedance20Output: ...

    @overload
    async def run(
        self,
        model: Literal["bytedance/seedance-2.0-fast"],
        input: _model_bytedance__seedance_2_0_fast.Seedance20FastInput | Mapping[str, Any],
    ) -> _model_bytedance__seedance_2_0_fast.Seedance20FastOutput: ...

    @overload
    async def run(
        self,
        model: Literal["bytedance/seedance-2.0-mini"],
        input: _model_bytedance__seedance_2_0_mini.Seedance20MiniInput | Mapping[str, Any],
    ) -> _model_bytedance__seedance_2_0_mini.Seedance20MiniOutput: ...

    @overload
    async def run(
        self,
        model: Literal["bytedance/seedance-2.5"],
        input: _model_bytedance__seedance_2_5.Seedance25Input | Mapping[str, Any],
    ) -> _model_bytedance__seedance_2_5.Seedance25Output: ...

    @overload
    async def run(
        self,
        model: Literal["bytedance/seedream-4.5"],
        input: _model_bytedance__seedream_4_5.Seedream45Input | Mapping[str, Any],
    ) -> _model_bytedance__seedream_4_5.Seedream45Output: ...

    @overload
    async def run(
        self,
        model: Literal["bytedance/seedream-5-lite"],
        input: _model_bytedance__seedream_5_lite.Seedream5LiteInput | Mapping[str, Any],
    ) -> _model_bytedance__seedream_5_lite.Seedream5LiteOutput: ...

    @overload
    async def run(
        self,
        model: Literal["bytedance/seedream-5-pro"],
        input: _model_bytedance__seedream_5_pro.Seedream5ProInput | Mapping[str, Any],
    ) -> _model_bytedance__seedream_5_pro.Seedream5ProOutput: ...

    @overload
    async def run(
        self,
        model: Literal["cloudflare/i2v"],
        input: _model_cloudflare__i2v.I2vInput | Mapping[str, Any],
    ) -> _model_cloudflare__i2v.I2vOutput: ...

    @overload
    async def run(
        self,
        model: Literal["cloudflare/image"],
        input: _model_cloudflare__image.ImageInput | Mapping[str, Any],
    ) -> _model_cloudflare__image.ImageOutput: ...

    @overload
    async def run(
        self,
        model: Literal["cloudflare/image-edit"],
        input: _model_cloudflare__image_edit.ImageEditInput | Mapping[str, Any],
    ) -> _model_cloudflare__image_edit.ImageEditOutput: ...

    @overload
    async def run(
        self,
        model: Literal["cloudflare/music"],
        input: _model_cloudflare__music.MusicInput | Mapping[str, Any],
    ) -> _model_cloudflare__music.MusicOutput: ...

    @overload
    async def run(
        self,
        model: Literal["cloudflare/stt"],
        input: _model_cloudflare__stt.SttInput | Mapping[str, Any],
    ) -> _model_cloudflare__stt.SttOutput: ...

    @overload
    async def run(
        self,
        model: Literal["cloudflare/tts"],
        input: _model_cloudflare__tts.TtsInput | Mapping[str, Any],
    ) -> _model_cloudflare__tts.TtsOutput: ...

    @overload
    async def run(
        self,
        model: Literal["cloudflare/video"],
        input: _model_cloudflare__video.VideoInput | Mapping[str, Any],
    ) -> _model_cloudflare__video.VideoOutput: ...

    @overload
    async def run(
        self,
        model: Literal["deepseek/deepseek-v4-pro"],
        input: _model_deepseek__deepseek_v4_pro.DeepseekV4ProInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["deepseek/deepseek-v4-pro"],
        input: _model_deepseek__deepseek_v4_pro.DeepseekV4ProInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_deepseek__deepseek_v4_pro.DeepseekV4ProOutput: ...

    @overload
    async def run(
        self,
        model: Literal["elevenlabs/eleven-flash-v2-5"],
        input: _model_elevenlabs__eleven_flash_v2_5.ElevenFlashV25Input | Mapping[str, Any],
    ) -> _model_elevenlabs__eleven_flash_v2_5.ElevenFlashV25Output: ...

    @overload
    async def run(
        self,
        model: Literal["elevenlabs/eleven-multilingual-v2"],
        input: _model_elevenlabs__eleven_multilingual_v2.ElevenMultilingualV2Input | Mapping[str, Any],
    ) -> _model_elevenlabs__eleven_multilingual_v2.ElevenMultilingualV2Output: ...

    @overload
    async def run(
        self,
        model: Literal["elevenlabs/eleven-turbo-v2-5"],
        input: _model_elevenlabs__eleven_turbo_v2_5.ElevenTurboV25Input | Mapping[str, Any],
    ) -> _model_elevenlabs__eleven_turbo_v2_5.ElevenTurboV25Output: ...

    @overload
    async def run(
        self,
        model: Literal["elevenlabs/eleven-v3"],
        input: _model_elevenlabs__eleven_v3.ElevenV3Input | Mapping[str, Any],
    ) -> _model_elevenlabs__eleven_v3.ElevenV3Output: ...

    @overload
    async def run(
        self,
        model: Literal["elevenlabs/music-v2"],
        input: _model_elevenlabs__music_v2.MusicV2Input | Mapping[str, Any],
    ) -> _model_elevenlabs__music_v2.MusicV2Output: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-2.5-flash"],
        input: _model_google__gemini_2_5_flash.Gemini25FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-2.5-flash"],
        input: _model_google__gemini_2_5_flash.Gemini25FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_2_5_flash.Gemini25FlashOutput: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-2.5-flash-lite"],
        input: _model_google__gemini_2_5_flash_lite.Gemini25FlashLiteInput | Mapping[str, Any],
    ) -> _model_google__gemini_2_5_flash_lite.Gemini25FlashLiteOutput: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-2.5-pro"],
        input: _model_google__gemini_2_5_pro.Gemini25ProInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-2.5-pro"],
        input: _model_google__gemini_2_5_pro.Gemini25ProInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_2_5_pro.Gemini25ProOutput: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3-flash"],
        input: _model_google__gemini_3_flash.Gemini3FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3-flash"],
        input: _model_google__gemini_3_flash.Gemini3FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_3_flash.Gemini3FlashOutput: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3.1-flash-lite"],
        input: _model_google__gemini_3_1_flash_lite.Gemini31FlashLiteInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3.1-flash-lite"],
        input: _model_google__gemini_3_1_flash_lite.Gemini31FlashLiteInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_3_1_flash_lite.Gemini31FlashLiteOutput: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3.1-flash-tts"],
        input: _model_google__gemini_3_1_flash_tts.Gemini31FlashTtsInput | Mapping[str, Any],
    ) -> _model_google__gemini_3_1_flash_tts.Gemini31FlashTtsOutput: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3.1-pro"],
        input: _model_google__gemini_3_1_pro.Gemini31ProInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3.1-pro"],
        input: _model_google__gemini_3_1_pro.Gemini31ProInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_3_1_pro.Gemini31ProOutput: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3.5-flash"],
        input: _model_google__gemini_3_5_flash.Gemini35FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3.5-flash"],
        input: _model_google__gemini_3_5_flash.Gemini35FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_3_5_flash.Gemini35FlashOutput: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3.5-flash-lite"],
        input: _model_google__gemini_3_5_flash_lite.Gemini35FlashLiteInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3.5-flash-lite"],
        input: _model_google__gemini_3_5_flash_lite.Gemini35FlashLiteInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_3_5_flash_lite.Gemini35FlashLiteOutput: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3.6-flash"],
        input: _model_google__gemini_3_6_flash.Gemini36FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3.6-flash"],
        input: _model_google__gemini_3_6_flash.Gemini36FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_3_6_flash.Gemini36FlashOutput: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3.7-flash"],
        input: _model_google__gemini_3_7_flash.Gemini37FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3.7-flash"],
        input: _model_google__gemini_3_7_flash.Gemini37FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_3_7_flash.Gemini37FlashOutput: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3.8-flash"],
        input: _model_google__gemini_3_8_flash.Gemini38FlashInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3.8-flash"],
        input: _model_google__gemini_3_8_flash.Gemini38FlashInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_google__gemini_3_8_flash.Gemini38FlashOutput: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3.8-flash-lite-tts"],
        input: _model_google__gemini_3_8_flash_lite_tts.Gemini38FlashLiteTtsInput | Mapping[str, Any],
    ) -> _model_google__gemini_3_8_flash_lite_tts.Gemini38FlashLiteTtsOutput: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-3.8-flash-tts"],
        input: _model_google__gemini_3_8_flash_tts.Gemini38FlashTtsInput | Mapping[str, Any],
    ) -> _model_google__gemini_3_8_flash_tts.Gemini38FlashTtsOutput: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-omni-1.1-flash"],
        input: _model_google__gemini_omni_1_1_flash.GeminiOmni11FlashInput | Mapping[str, Any],
    ) -> _model_google__gemini_omni_1_1_flash.GeminiOmni11FlashOutput: ...

    @overload
    async def run(
        self,
        model: Literal["google/gemini-omni-flash"],
        input: _model_google__gemini_omni_flash.GeminiOmniFlashInput | Mapping[str, Any],
    ) -> _model_google__gemini_omni_flash.GeminiOmniFlashOutput: ...

    @overload
    async def run(
        self,
        model: Literal["google/imagen-4"],
        input: _model_google__imagen_4.Imagen4Input | Mapping[str, Any],
    ) -> _model_google__imagen_4.Imagen4Output: ...

    @overload
    async def run(
        self,
        model: Literal["google/nano-banana"],
        input: _model_google__nano_banana.NanoBananaInput | Mapping[str, Any],
    ) -> _model_google__nano_banana.NanoBananaOutput: ...

    @overload
    async def run(
        self,
        model: Literal["google/nano-banana-2"],
        input: _model_google__nano_banana_2.NanoBanana2Input | Mapping[str, Any],
    ) -> _model_google__nano_banana_2.NanoBanana2Output: ...

    @overload
    async def run(
        self,
        model: Literal["google/veo-3"],
        input: _model_google__veo_3.Veo3Input | Mapping[str, Any],
    ) -> _model_google__veo_3.Veo3Output: ...

    @overload
    async def run(
        self,
        model: Literal["google/veo-3-fast"],
        input: _model_google__veo_3_fast.Veo3FastInput | Mapping[str, Any],
    ) -> _model_google__veo_3_fast.Veo3FastOutput: ...

    @overload
    async def run(
        self,
        model: Literal["google/veo-3.1"],
        input: _model_google__veo_3_1.Veo31Input | Mapping[str, Any],
    ) -> _model_google__veo_3_1.Veo31Output: ...

    @overload
    async def run(
        self,
        model: Literal["inworld/tts-1.5-mini"],
        input: _model_inworld__tts_1_5_mini.Tts15MiniInput | Mapping[str, Any],
    ) -> _model_inworld__tts_1_5_mini.Tts15MiniOutput: ...

    @overload
    async def run(
        self,
        model: Literal["inworld/tts-2"],
        input: _model_inworld__tts_2.Tts2Input | Mapping[str, Any],
    ) -> _model_inworld__tts_2.Tts2Output: ...

    @overload
    async def run(
        self,
        model: Literal["klingai/kling-v3"],
        input: _model_klingai__kling_v3.KlingV3Input | Mapping[str, Any],
    ) -> _model_klingai__kling_v3.KlingV3Output: ...

    @overload
    async def run(
        self,
        model: Literal["klingai/kling-v3-image"],
        input: _model_klingai__kling_v3_image.KlingV3ImageInput | Mapping[str, Any],
    ) -> _model_klingai__kling_v3_image.KlingV3ImageOutput: ...

    @overload
    async def run(
        self,
        model: Literal["klingai/kling-v3-omni"],
        input: _model_klingai__kling_v3_omni.KlingV3OmniInput | Mapping[str, Any],
    ) -> _model_klingai__kling_v3_omni.KlingV3OmniOutput: ...

    @overload
    async def run(
        self,
        model: Literal["krea/krea-2-large"],
        input: _model_krea__krea_2_large.Krea2LargeInput | Mapping[str, Any],
    ) -> _model_krea__krea_2_large.Krea2LargeOutput: ...

    @overload
    async def run(
        self,
        model: Literal["krea/krea-2-medium"],
        input: _model_krea__krea_2_medium.Krea2MediumInput | Mapping[str, Any],
    ) -> _model_krea__krea_2_medium.Krea2MediumOutput: ...

    @overload
    async def run(
        self,
        model: Literal["krea/krea-2-medium-turbo"],
        input: _model_krea__krea_2_medium_turbo.Krea2MediumTurboInput | Mapping[str, Any],
    ) -> _model_krea__krea_2_medium_turbo.Krea2MediumTurboOutput: ...

    @overload
    async def run(
        self,
        model: Literal["lightricks/ltx-2-5-fast"],
        input: _model_lightricks__ltx_2_5_fast.Ltx25FastInput | Mapping[str, Any],
    ) -> _model_lightricks__ltx_2_5_fast.Ltx25FastOutput: ...

    @overload
    async def run(
        self,
        model: Literal["minimax/hailuo-2.3"],
        input: _model_minimax__hailuo_2_3.Hailuo23Input | Mapping[str, Any],
    ) -> _model_minimax__hailuo_2_3.Hailuo23Output: ...

    @overload
    async def run(
        self,
        model: Literal["minimax/music-2.6"],
        input: _model_minimax__music_2_6.Music26Input | Mapping[str, Any],
    ) -> _model_minimax__music_2_6.Music26Output: ...

    @overload
    async def run(
        self,
        model: Literal["minimax/speech-2.8-hd"],
        input: _model_minimax__speech_2_8_hd.Speech28HdInput | Mapping[str, Any],
    ) -> _model_minimax__speech_2_8_hd.Speech28HdOutput: ...

    @overload
    async def run(
        self,
        model: Literal["moonshotai/kimi-k2.5"],
        input: _model_moonshotai__kimi_k2_5.KimiK25Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def run(
        self,
        model: Literal["moonshotai/kimi-k2.5"],
        input: _model_moonshotai__kimi_k2_5.KimiK25Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_moonshotai__kimi_k2_5.KimiK25Output: ...

    @overload
    async def run(
        self,
        model: Literal["openai/gpt-image-1.5"],
        input: _model_openai__gpt_image_1_5.GptImage15Input | Mapping[str, Any],
    ) -> _model_openai__gpt_image_1_5.GptImage15Output: ...

    @overload
    async def run(
        self,
        model: Literal["openai/tts-1"],
        input: _model_openai__tts_1.Tts1Input | Mapping[str, Any],
    ) -> _model_openai__tts_1.Tts1Output: ...

    @overload
    async def run(
        self,
        model: Literal["openai/tts-1-hd"],
        input: _model_openai__tts_1_hd.Tts1HdInput | Mapping[str, Any],
    ) -> _model_openai__tts_1_hd.Tts1HdOutput: ...

    @overload
    async def run(
        self,
        model: Literal["pixverse/v5.6"],
        input: _model_pixverse__v5_6.V56Input | Mapping[str, Any],
    ) -> _model_pixverse__v5_6.V56Output: ...

    @overload
    async def run(
        self,
        model: Literal["runwayml/gen-4.5"],
        input: _model_runwayml__gen_4_5.Gen45Input | Mapping[str, Any],
    ) -> _model_runwayml__gen_4_5.Gen45Output: ...

    @overload
    async def run(
        self,
        model: Literal["xai/grok-imagine-image"],
        input: _model_xai__grok_imagine_image.GrokImagineImageInput | Mapping[str, Any],
    ) -> _model_xai__grok_imagine_image.GrokImagineImageOutput: ...

    @overload
    async def run(
        self,
        model: Literal["xai/grok-imagine-image-2.0"],
        input: _model_xai__grok_imagine_image_2_0.GrokImagineImage20Input | Mapping[str, Any],
    ) -> _model_xai__grok_imagine_image_2_0.GrokImagineImage20Output: ...

    @overload
    async def run(
        self,
        model: Literal["xai/grok-imagine-video"],
        input: _model_xai__grok_imagine_video.GrokImagineVideoInput | Mapping[str, Any],
    ) -> _model_xai__grok_imagine_video.GrokImagineVideoOutput: ...

    async def run(
        self,
        model: str,
        input: pydantic.BaseModel | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Run a model by its id; the return type follows the id.

        ``input`` is the model's input class, or a dict validated into it before anything is
        sent (``pydantic.ValidationError`` if it is not valid). Only the fields set are sent.
        ``stream=True`` (models whose input takes ``stream`` only) returns
        an ``AsyncStream`` of ``StreamChunk`` instead of the output.
        Raises ValueError for an id this package does not know.
        """
        input_type, output_type, kind = _model_classes(model)
        if not isinstance(stream, NotGiven) and model not in _STREAMING:
            raise ValueError(f"{model} does not stream: leave stream out")
        if stream is True:
            return await self._run_stream(model, input_type, input, stream=True)
        if kind == "bytes":
            return await self._run_bytes(model, input_type, input)
        return await self._run_model(model, input_type, output_type, input, stream=stream)
