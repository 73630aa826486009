"""Input and output models of the ``cf.huggingface`` models, one module each:
``distilbert_sst_2_int8``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.huggingface import distilbert_sst_2_int8``.
"""
