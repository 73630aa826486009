"""Read and validate ``[tool.cfgen]`` from ``pyproject.toml``, filling defaults.

Precedence for every setting: command-line option > environment variable > ``[tool.cfgen]`` >
default. This module only reads values; it knows nothing of HTTP or of schema files.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from .errors import ConfigError
from .naming import validate_model_id

Source = Literal["docs", "api"]
SOURCES: tuple[Source, ...] = ("docs", "api")
DEFAULT_DOCS_URL = "https://developers.cloudflare.com"
DEFAULT_API_URL = "https://api.cloudflare.com/client/v4"

_KNOWN_KEYS = {
    "models",
    "catalog",
    "schemas_dir",
    "output_dir",
    "package",
    "source",
    "docs_url",
    "api_url",
    "templates",
    "concurrency",
    "timeout",
    "retries",
    "max_schema_bytes",
}


#: cfgen's caches, beside ``pyproject.toml``: they only ever save work, delete them freely
CACHE_DIR = ".cfgen-cache"


@dataclass(frozen=True)
class Config:
    """The effective configuration of one cfgen run. Paths are absolute."""

    root: Path
    #: model ids and glob patterns (``krea/*``); ``("*",)`` for ``models = "all"``
    models: tuple[str, ...] = ()
    #: a folder of corpus-shaped catalog files listing the models on offer
    catalog: Path | None = None
    schemas_dir: Path = Path("schemas")
    output_dir: Path = Path("generated")
    package: str = "cfai"
    source: Source = "docs"
    docs_url: str = DEFAULT_DOCS_URL
    api_url: str = DEFAULT_API_URL
    templates: Path | None = None
    concurrency: int = 8
    timeout: float = 30.0
    retries: int = 3
    max_schema_bytes: int = 5 * 1024 * 1024
    env: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def cache_dir(self) -> Path:
        return self.root / CACHE_DIR

    def with_overrides(self, **changes: Any) -> Config:
        """A copy with the given settings replaced; ``None`` values are ignored."""
        given = {k: v for k, v in changes.items() if v is not None}
        if "source" in given:
            given["source"] = _check_source(given["source"], "--source")
        for key in ("docs_url", "api_url"):
            if key in given:
                given[key] = _check_url(given[key], f"--{key.replace('_', '-')}")
        return replace(self, **given)


_PATTERN = re.compile(r"^[@A-Za-z0-9._\-/*?\[\]!]{1,200}$")


def is_pattern(entry: str) -> bool:
    """Whether a ``models`` entry is a glob pattern rather than one model id."""
    return any(char in entry for char in "*?[")


def find_project_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` holding a ``pyproject.toml``."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / "pyproject.toml").is_file():
            return folder
    raise ConfigError(
        f"no pyproject.toml found in {start} or above: run cfgen in your project, or pass --project"
    )


def _check_source(value: object, key: str) -> Source:
    if value not in SOURCES:
        raise ConfigError(f"{key} must be one of {', '.join(SOURCES)}, got {value!r}")
    return value


def _check_url(value: object, key: str) -> str:
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        raise ConfigError(f"{key} must be an http(s) URL, got {value!r}")
    return value.rstrip("/")


def _check_relative_dir(root: Path, value: object, key: str) -> Path:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"[tool.cfgen] {key} must be a non-empty path string, got {value!r}")
    return (root / value).resolve()


def _check_int(value: object, key: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ConfigError(f"[tool.cfgen] {key} must be an integer from {low} to {high}, got {value!r}")
    return value


def load_config(root: Path, env: Mapping[str, str] | None = None) -> Config:
    """Read ``root/pyproject.toml``'s ``[tool.cfgen]`` and the environment into a Config.

    Raises ConfigError naming the key for a missing table, an unknown key or a wrong value.
    """
    env = dict(os.environ if env is None else env)
    pyproject = root / "pyproject.toml"
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{pyproject} not found: run cfgen in your project, or pass --project") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read {pyproject}: {exc}") from None
    table = data.get("tool", {}).get("cfgen")
    if not isinstance(table, dict):
        raise ConfigError(
            f"{pyproject} has no [tool.cfgen] table: add one with at least"
            ' models = ["krea/krea-2-medium-turbo"]'
        )
    unknown = sorted(set(table) - _KNOWN_KEYS)
    if unknown:
        raise ConfigError(
            f"[tool.cfgen] has unknown key {unknown[0]!r}: known keys are {', '.join(sorted(_KNOWN_KEYS))}"
        )
    if "models" not in table:
        raise ConfigError(
            '[tool.cfgen] models is missing: list model ids, e.g. models = ["krea/krea-2-medium-turbo"]'
        )
    models = table["models"]
    if models == "all":
        models = ["*"]
    if not isinstance(models, list) or not all(isinstance(m, str) for m in models):
        raise ConfigError(
            f'[tool.cfgen] models must be "all" or a list of model ids and patterns, got {models!r}'
        )
    for model_id in models:
        if is_pattern(model_id):
            if not _PATTERN.match(model_id):
                raise ConfigError(f"[tool.cfgen] models: {model_id!r} is not a usable pattern like 'krea/*'")
            continue
        try:
            validate_model_id(model_id)
        except ConfigError as exc:
            raise ConfigError(f"[tool.cfgen] models: {exc}") from None

    config = Config(root=root, env=env, models=tuple(dict.fromkeys(models)))
    changes: dict[str, Any] = {
        "schemas_dir": _check_relative_dir(root, table.get("schemas_dir", "schemas"), "schemas_dir"),
        "output_dir": _check_relative_dir(root, table.get("output_dir", "generated"), "output_dir"),
    }
    package = table.get("package", "cfai")
    if not isinstance(package, str) or not package.isidentifier() or package.startswith("_"):
        raise ConfigError(f"[tool.cfgen] package must be a Python package name like 'cfai', got {package!r}")
    changes["package"] = package
    changes["source"] = _check_source(table.get("source", "docs"), "[tool.cfgen] source")
    changes["docs_url"] = _check_url(
        env.get("CFGEN_DOCS_URL") or table.get("docs_url", DEFAULT_DOCS_URL),
        "CFGEN_DOCS_URL" if env.get("CFGEN_DOCS_URL") else "[tool.cfgen] docs_url",
    )
    changes["api_url"] = _check_url(
        env.get("CFGEN_API_URL") or table.get("api_url", DEFAULT_API_URL),
        "CFGEN_API_URL" if env.get("CFGEN_API_URL") else "[tool.cfgen] api_url",
    )
    if "catalog" in table:
        changes["catalog"] = _check_relative_dir(root, table["catalog"], "catalog")
    if "templates" in table:
        changes["templates"] = _check_relative_dir(root, table["templates"], "templates")
    if "concurrency" in table:
        changes["concurrency"] = _check_int(table["concurrency"], "concurrency", 1, 64)
    if "retries" in table:
        changes["retries"] = _check_int(table["retries"], "retries", 0, 10)
    if "max_schema_bytes" in table:
        changes["max_schema_bytes"] = _check_int(table["max_schema_bytes"], "max_schema_bytes", 1024, 1 << 30)
    if "timeout" in table:
        timeout = table["timeout"]
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout <= 600:
            raise ConfigError(f"[tool.cfgen] timeout must be seconds between 0 and 600, got {timeout!r}")
        changes["timeout"] = float(timeout)
    return replace(config, **changes)
