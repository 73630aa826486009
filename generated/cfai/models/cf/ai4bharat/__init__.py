"""Input and output models of the ``cf.ai4bharat`` models, one module each:
``indictrans2_en_indic_1b``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.ai4bharat import indictrans2_en_indic_1b``.
"""
