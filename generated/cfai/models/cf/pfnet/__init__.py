"""Input and output models of the ``cf.pfnet`` models, one module each:
``plamo_embedding_1b``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.pfnet import plamo_embedding_1b``.
"""
