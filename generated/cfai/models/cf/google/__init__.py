"""Input and output models of the ``cf.google`` models, one module each:
``embeddinggemma_300m``, ``gemma_2b_it_lora``, ``gemma_3_12b_it``, ``gemma_7b_it_lora``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.google import embeddinggemma_300m``.
"""
