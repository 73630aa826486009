"""Input and output models of the ``cf.leonardo`` models, one module each:
``lucid_origin``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.leonardo import lucid_origin``.
"""
