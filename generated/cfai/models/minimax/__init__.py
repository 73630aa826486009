"""Input and output models of the ``minimax`` models, one module each:
``hailuo_2_3``, ``music_2_6``, ``speech_2_8_hd``.

Import a model's module to use its classes, e.g.
``from cfai.models.minimax import hailuo_2_3``.
"""
