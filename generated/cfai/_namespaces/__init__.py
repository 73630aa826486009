"""The client's namespaces, one module each, imported on first use by ``Client``."""
