"""Input and output models of the ``cf.moondream`` models, one module each:
``moondream3_1_9b_a2b``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.moondream import moondream3_1_9b_a2b``.
"""
