"""Input and output models of the ``cf.stabilityai`` models, one module each:
``stable_diffusion_xl_base_1_0``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.stabilityai import stable_diffusion_xl_base_1_0``.
"""
