"""Input and output models of the ``cf.meta`` models, one module each:
``llama_2_7b_chat_fp16``, ``llama_2_7b_chat_int8``, ``llama_3_8b_instruct``,
``llama_3_8b_instruct_awq``, ``llama_3_1_70b_instruct``, ``llama_3_1_8b_instruct``,
``llama_3_1_8b_instruct_awq``, ``llama_3_1_8b_instruct_fast``, ``llama_3_1_8b_instruct_fp8``,
``llama_3_2_11b_vision_instruct``, ``llama_3_2_1b_instruct``, ``llama_3_2_3b_instruct``,
``llama_3_3_70b_instruct_fp8_fast``, ``llama_guard_3_8b``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.meta import llama_2_7b_chat_fp16``.
"""
