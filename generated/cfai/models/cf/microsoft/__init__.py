"""Input and output models of the ``cf.microsoft`` models, one module each:
``phi_2``, ``resnet_50``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.microsoft import phi_2``.
"""
