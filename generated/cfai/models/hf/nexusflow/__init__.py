"""Input and output models of the ``hf.nexusflow`` models, one module each:
``starling_lm_7b_beta``.

Import a model's module to use its classes, e.g.
``from cfai.models.hf.nexusflow import starling_lm_7b_beta``.
"""
