"""Input and output models of the ``hf.thebloke`` models, one module each:
``deepseek_coder_6_7b_base_awq``, ``deepseek_coder_6_7b_instruct_awq``, ``llama_2_13b_chat_awq``,
``llamaguard_7b_awq``, ``mistral_7b_instruct_v0_1_awq``, ``neural_chat_7b_v3_1_awq``,
``openhermes_2_5_mistral_7b_awq``, ``zephyr_7b_beta_awq``.

Import a model's module to use its classes, e.g.
``from cfai.models.hf.thebloke import deepseek_coder_6_7b_base_awq``.
"""
