"""Input and output models of the ``openai`` models, one module each:
``gpt_image_1_5``, ``tts_1``, ``tts_1_hd``.

Import a model's module to use its classes, e.g.
``from cfai.models.openai import gpt_image_1_5``.
"""
