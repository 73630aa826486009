"""Input and output models of the ``krea`` models, one module each:
``krea_2_large``, ``krea_2_medium``, ``krea_2_medium_turbo``.

Import a model's module to use its classes, e.g.
``from cfai.models.krea import krea_2_large``.
"""
