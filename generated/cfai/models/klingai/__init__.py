"""Input and output models of the ``klingai`` models, one module each:
``kling_v3``, ``kling_v3_image``, ``kling_v3_omni``.

Import a model's module to use its classes, e.g.
``from cfai.models.klingai import kling_v3``.
"""
