"""Input and output models of the ``anthropic`` models, one module each:
``claude_fable_5``, ``claude_fable_5_1``, ``claude_haiku_4_5``, ``claude_opus_4_5``,
``claude_opus_4_6``, ``claude_opus_4_7``, ``claude_opus_4_8``, ``claude_opus_5``,
``claude_opus_5_5``, ``claude_sonnet_4``, ``claude_sonnet_4_5``, ``claude_sonnet_4_6``,
``claude_sonnet_5``, ``claude_sonnet_5_5``.

Import a model's module to use its classes, e.g.
``from cfai.models.anthropic import claude_fable_5``.
"""
