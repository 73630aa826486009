"""Input and output models of the ``bria`` models, one module each:
``fibo_edit_1_5``, ``fibo_generate_1_5``, ``remove_background``, ``v_rmbg_3_0``.

Import a model's module to use its classes, e.g.
``from cfai.models.bria import fibo_edit_1_5``.
"""
