"""The project's own gates: lint and strict typing of the tool and of the committed generated package,
and the committed generated/ is exactly what the committed schemas/ produce."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import REPO

GENERATED = REPO / "generated"


def _run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MYPY_CACHE_DIR": str(REPO / ".mypy_cache")}
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, timeout=600)


def test_ruff_is_clean_on_the_tool_its_tests_and_benchmarks() -> None:
    result = _run(sys.executable, "-m", "ruff", "check", "generator", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean_on_the_generated_package() -> None:
    # run inside generated/ so the package is judged by its own settings, as a vendoring user would
    result = _run(sys.executable, "-m", "ruff", "check", ".", cwd=GENERATED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean_on_the_tool() -> None:
    result = _run(sys.executable, "-m", "mypy", "--strict", "generator")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean_on_the_generated_package() -> None:
    result = _run(sys.executable, "-m", "mypy", "--strict", "-p", "cfai", cwd=GENERATED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_committed_generated_package_is_up_to_date() -> None:
    result = _run(sys.executable, "-m", "generator", "generate", "--check")
    assert result.returncode == 0, result.stdout + result.stderr
