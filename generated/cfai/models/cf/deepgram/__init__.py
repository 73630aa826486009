"""Input and output models of the ``cf.deepgram`` models, one module each:
``aura_1``, ``aura_2_en``, ``flux``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.deepgram import aura_1``.
"""
