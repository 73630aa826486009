"""Input and output models of the ``cf.tinyllama`` models, one module each:
``tinyllama_1_1b_chat_v1_0``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.tinyllama import tinyllama_1_1b_chat_v1_0``.
"""
