"""Input and output models of the ``cf.deepseek_ai`` models, one module each:
``deepseek_math_7b_instruct``, ``deepseek_r1_distill_qwen_32b``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.deepseek_ai import deepseek_math_7b_instruct``.
"""
