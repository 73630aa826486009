"""Input and output models of the ``cf.mistral`` models, one module each:
``mistral_7b_instruct_v0_1``, ``mistral_7b_instruct_v0_2_lora``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.mistral import mistral_7b_instruct_v0_1``.
"""
