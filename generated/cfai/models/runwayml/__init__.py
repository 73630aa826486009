"""Input and output models of the ``runwayml`` models, one module each:
``gen_4_5``.

Import a model's module to use its classes, e.g.
``from cfai.models.runwayml import gen_4_5``.
"""
