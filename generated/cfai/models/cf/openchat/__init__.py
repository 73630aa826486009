"""Input and output models of the ``cf.openchat`` models, one module each:
``openchat_3_5_0106``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.openchat import openchat_3_5_0106``.
"""
