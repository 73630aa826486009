"""Input and output models of the ``hf.google`` models, one module each:
``gemma_7b_it``.

Import a model's module to use its classes, e.g.
``from cfai.models.hf.google import gemma_7b_it``.
"""
