"""Input and output models of the ``cf.thebloke`` models, one module each:
``discolm_german_7b_v1_awq``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.thebloke import discolm_german_7b_v1_awq``.
"""
