"""Input and output models of the ``cf.defog`` models, one module each:
``sqlcoder_7b_2``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.defog import sqlcoder_7b_2``.
"""
