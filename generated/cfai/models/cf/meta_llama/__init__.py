"""Input and output models of the ``cf.meta_llama`` models, one module each:
``llama_2_7b_chat_hf_lora``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.meta_llama import llama_2_7b_chat_hf_lora``.
"""
