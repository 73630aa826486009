"""Input and output models of the ``hf.nousresearch`` models, one module each:
``hermes_2_pro_mistral_7b``.

Import a model's module to use its classes, e.g.
``from cfai.models.hf.nousresearch import hermes_2_pro_mistral_7b``.
"""
