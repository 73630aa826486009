"""Input and output models of the ``cf.bytedance`` models, one module each:
``stable_diffusion_xl_lightning``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.bytedance import stable_diffusion_xl_lightning``.
"""
