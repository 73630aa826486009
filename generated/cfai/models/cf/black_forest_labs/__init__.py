"""Input and output models of the ``cf.black_forest_labs`` models, one module each:
``flux_1_schnell``, ``flux_2_klein_4b``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.black_forest_labs import flux_1_schnell``.
"""
