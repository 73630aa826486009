"""Input and output models of the ``cf.qwen`` models, one module each:
``qwen1_5_0_5b_chat``, ``qwen1_5_1_8b_chat``, ``qwen1_5_14b_chat_awq``, ``qwen1_5_7b_chat_awq``,
``qwen2_5_coder_32b_instruct``, ``qwen3_30b_a3b_fp8``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.qwen import qwen1_5_0_5b_chat``.
"""
