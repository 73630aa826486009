"""Input and output models of the ``inworld`` models, one module each:
``tts_1_5_mini``, ``tts_2``.

Import a model's module to use its classes, e.g.
``from cfai.models.inworld import tts_1_5_mini``.
"""
