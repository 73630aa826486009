"""Input and output models of the ``moonshotai`` models, one module each:
``kimi_k2_5``.

Import a model's module to use its classes, e.g.
``from cfai.models.moonshotai import kimi_k2_5``.
"""
