"""Input and output models of the ``cf.openai`` models, one module each:
``gpt_oss_120b``, ``whisper``, ``whisper_tiny_en``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.openai import gpt_oss_120b``.
"""
