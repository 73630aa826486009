"""Input and output models of the ``elevenlabs`` models, one module each:
``eleven_flash_v2_5``, ``eleven_multilingual_v2``, ``eleven_turbo_v2_5``, ``eleven_v3``,
``music_v2``.

Import a model's module to use its classes, e.g.
``from cfai.models.elevenlabs import eleven_flash_v2_5``.
"""
