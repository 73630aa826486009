"""cfgen: typed Python bindings for Cloudflare AI models, generated from their published JSON Schemas."""

from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"


def templates_root() -> Path:
    """Our templates: ``generator/_templates`` in an installed wheel, else the repository's ``templates/``."""
    installed = Path(__file__).parent / "_templates"
    return installed if installed.is_dir() else Path(__file__).parent.parent / "templates"


def installed_version(distribution: str) -> str:
    """The installed version of ``distribution`` ("?" when it is not installed), for cache keys."""
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"
