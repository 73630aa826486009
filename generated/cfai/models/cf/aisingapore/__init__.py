"""Input and output models of the ``cf.aisingapore`` models, one module each:
``gemma_sea_lion_v4_27b_it``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.aisingapore import gemma_sea_lion_v4_27b_it``.
"""
