"""Input and output models of the ``deepseek`` models, one module each:
``deepseek_v4_pro``.

Import a model's module to use its classes, e.g.
``from cfai.models.deepseek import deepseek_v4_pro``.
"""
