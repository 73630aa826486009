"""Input and output models of the ``cloudflare`` models, one module each:
``i2v``, ``image``, ``image_edit``, ``music``, ``stt``, ``tts``, ``video``.

Import a model's module to use its classes, e.g.
``from cfai.models.cloudflare import i2v``.
"""
