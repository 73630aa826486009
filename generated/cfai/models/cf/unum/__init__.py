"""Input and output models of the ``cf.unum`` models, one module each:
``uform_gen2_qwen_500m``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.unum import uform_gen2_qwen_500m``.
"""
