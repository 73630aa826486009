"""Input and output models of the ``black_forest_labs`` models, one module each:
``flux_1_kontext_max``, ``flux_1_kontext_pro``, ``flux_2_klein_9b``, ``flux_2_max``,
``flux_3_video``.

Import a model's module to use its classes, e.g.
``from cfai.models.black_forest_labs import flux_1_kontext_max``.
"""
