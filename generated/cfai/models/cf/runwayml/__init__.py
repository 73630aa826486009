"""Input and output models of the ``cf.runwayml`` models, one module each:
``stable_diffusion_v1_5_img2img``, ``stable_diffusion_v1_5_inpainting``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.runwayml import stable_diffusion_v1_5_img2img``.
"""
