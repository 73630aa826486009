"""The one exception hierarchy of cfgen.

Every error carries a message a user can act on (what is wrong, and what to do). ``cli`` maps each
class to an exit code through ``exit_code``: 2 usage/config, 3 network or upstream, 4 invalid schema.
Exit code 1 (drift found, check failed) is not an error and is decided by the commands themselves.
"""

from __future__ import annotations

import unicodedata

# Cc control, Cf format (bidi overrides, zero-width), Cs lone surrogates, Co private use, Zl/Zp line
# and paragraph separators: invisible, line-breaking or unencodable on a terminal.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})


def one_line(text: str) -> str:
    """``text`` on one line: whitespace runs collapsed, unsafe characters shown as ``\\uXXXX``."""
    text = " ".join(text.split())
    return "".join(
        f"\\u{ord(c):04x}" if unicodedata.category(c) in _UNSAFE_CATEGORIES else c for c in text
    )


class CfgenError(Exception):
    """Base of every error cfgen raises on purpose.

    Its message is one line whatever went into it (upstream text, schema names, paths): runs of
    whitespace are collapsed and control, bidi and unencodable characters are escaped.
    """

    exit_code = 2

    def __init__(self, message: str) -> None:
        message = one_line(message)
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConfigError(CfgenError):
    """``[tool.cfgen]`` or a command-line option is missing or wrong."""

    exit_code = 2


class InvalidModelIdError(ConfigError):
    """A model id that is not safe to turn into paths and Python names."""


class UpstreamError(CfgenError):
    """The network or the server failed: unreachable, timed out, 5xx, unexpected answer."""

    exit_code = 3

    def __init__(self, message: str, *, model_id: str | None = None, url: str | None = None) -> None:
        super().__init__(message)
        self.model_id = model_id
        self.url = url


class ModelNotFoundError(UpstreamError):
    """The catalog does not know the model (HTTP 404)."""


class AuthenticationError(UpstreamError):
    """The API token is missing, wrong or lacks permission (HTTP 401/403)."""


class SchemaError(CfgenError):
    """A schema is not valid JSON, not a valid JSON Schema, too large, or cannot be generated."""

    exit_code = 4

    def __init__(
        self,
        message: str,
        *,
        model_id: str | None = None,
        url: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.model_id = model_id
        self.url = url
        self.path = path


class SnapshotError(CfgenError):
    """``schemas/`` or its lock file is missing, unreadable or inconsistent."""

    exit_code = 2


class BusyError(CfgenError):
    """Another cfgen run holds the lock on the tree this run wants to write."""

    exit_code = 2
