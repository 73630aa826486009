"""Input and output models of the ``hf.meta_llama`` models, one module each:
``meta_llama_3_8b_instruct``.

Import a model's module to use its classes, e.g.
``from cfai.models.hf.meta_llama import meta_llama_3_8b_instruct``.
"""
