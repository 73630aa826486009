"""Input and output models of the ``hf.mistral`` models, one module each:
``mistral_7b_instruct_v0_2``.

Import a model's module to use its classes, e.g.
``from cfai.models.hf.mistral import mistral_7b_instruct_v0_2``.
"""
