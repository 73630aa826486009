"""Input and output models of the ``cf.baai`` models, one module each:
``bge_base_en_v1_5``, ``bge_large_en_v1_5``, ``bge_reranker_base``, ``bge_small_en_v1_5``,
``omni_bge_base_en_v1_5``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.baai import bge_base_en_v1_5``.
"""
