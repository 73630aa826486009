"""Input and output models of the ``cf.tiiuae`` models, one module each:
``falcon_7b_instruct``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.tiiuae import falcon_7b_instruct``.
"""
