"""Input and output models of the ``cf.myshell_ai`` models, one module each:
``melotts``.

Import a model's module to use its classes, e.g.
``from cfai.models.cf.myshell_ai import melotts``.
"""
