"""Input and output models of the ``bytedance`` models, one module each:
``seedance_2_0``, ``seedance_2_0_fast``, ``seedance_2_0_mini``, ``seedance_2_5``, ``seedream_4_5``,
``seedream_5_lite``, ``seedream_5_pro``.

Import a model's module to use its classes, e.g.
``from cfai.models.bytedance import seedance_2_0``.
"""
