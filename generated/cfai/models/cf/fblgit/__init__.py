"""Input and output models of the ``cf.fblgit`` models, one module each:
``una_cybertron_7b_v2_bf16``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.fblgit import una_cybertron_7b_v2_bf16``.
"""
