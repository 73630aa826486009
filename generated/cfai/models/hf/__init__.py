"""Input and output models of the ``hf`` models, one module each.

Import a model's module to use its classes, e.g.
``from cfai.models.hf import ...``.
"""
