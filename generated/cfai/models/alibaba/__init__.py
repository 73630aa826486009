"""Input and output models of the ``alibaba`` models, one module each:
``hh1_t2v``, ``hh1_1_i2v``, ``hh1_1_r2v``, ``hh1_1_t2v``, ``qwen3_max``, ``qwen3_5_397b_a17b``,
``qwen3_7_max``, ``qwen3_7_plus``, ``qwen3_8_max``, ``wan_2_6_image``, ``wan_2_7_i2v``, ``wan_3_0``,
``wan_3_0_prime``.

Import a model's module to use its classes, e.g.
``from cfai.models.alibaba import hh1_t2v``.
"""
