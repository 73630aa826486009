"""Input and output models of the ``cf.facebook`` models, one module each:
``bart_large_cnn``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.facebook import bart_large_cnn``.
"""
