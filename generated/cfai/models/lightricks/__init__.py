"""Input and output models of the ``lightricks`` models, one module each:
``ltx_2_5_fast``.

Import a model's module to use its classes, e.g.
``from cfai.models.lightricks import ltx_2_5_fast``.
"""
