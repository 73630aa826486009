"""Input and output models, one module per model (``cfai.models.<vendor>.<model>``).

Nothing is imported here, so importing ``cfai`` never loads a model module.
"""
