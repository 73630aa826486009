"""Input and output models of the ``assemblyai`` models, one module each:
``universal_3_pro``, ``universal_3_5_pro``.

Import a model's module to use its classes, e.g.
``from cfai.models.assemblyai import universal_3_pro``.
"""
