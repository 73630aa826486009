"""Input and output models of the ``cf.mistralai`` models, one module each:
``mistral_small_3_1_24b_instruct``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.mistralai import mistral_small_3_1_24b_instruct``.
"""
