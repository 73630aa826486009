"""Input and output models of the ``cf.lykon`` models, one module each:
``dreamshaper_8_lcm``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.lykon import dreamshaper_8_lcm``.
"""
