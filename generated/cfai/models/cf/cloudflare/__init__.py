"""Input and output models of the ``cf.cloudflare`` models, one module each:
``clef``, ``clef_flash``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.cloudflare import clef``.
"""
