"""Input and output models of the ``pixverse`` models, one module each:
``v5_6``.

Import a model's module to use its classes, e.g.
``from cfai.models.pixverse import v5_6``.
"""
