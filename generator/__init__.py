"""cfgen: typed Python bindings for Cloudflare AI models, generated from their published JSON Schemas."""

__version__ = "0.1.0"
