"""The generated package as a user vendors it: installed alone in a fresh virtualenv (pydantic and
httpx only, no generator), calling the mock over real HTTP, and type-checked by mypy --strict."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.mock import MockServer

from .conftest import CANARY_TOKEN, KREA, REFERENCE, REPO

GENERATED = REPO / "generated"


@pytest.fixture(scope="module")
def user_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv with only ``pip install ./generated`` in it."""
    root = tmp_path_factory.mktemp("user-venv")
    venv.EnvBuilder(with_pip=True, clear=True).create(root)
    python = root / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(GENERATED)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    return python


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer(schemas_dir=REFERENCE) as mock:
        yield mock


def run_user_script(python: Path, server: MockServer, script: str) -> dict[str, object]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "CLOUDFLARE_API_TOKEN": CANARY_TOKEN,
        "CLOUDFLARE_ACCOUNT_ID": "acc123",
        "CLOUDFLARE_BASE_URL": server.api_url,
    }
    result = subprocess.run(
        [str(python), "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=python.parent,  # not the repository: nothing of it may be importable
    )
    assert result.returncode == 0, result.stderr
    assert CANARY_TOKEN not in result.stdout + result.stderr
    answer: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer


def test_generator_is_not_installed_there(user_python: Path) -> None:
    probe = "import importlib.util as u, json; print(json.dumps([bool(u.find_spec(m)) for m in ('generator', 'datamodel_code_generator', 'jinja2', 'click', 'cfai')]))"
    result = subprocess.run(
        [str(user_python), "-c", probe], capture_output=True, text=True, check=True, cwd=user_python.parent
    )
    assert json.loads(result.stdout) == [False, False, False, False, True]


def test_sync_and_async_clients_return_typed_output(user_python: Path, server: MockServer) -> None:
    answer = run_user_script(
        user_python,
        server,
        """
        import asyncio, json
        from cfai import AsyncClient, Client
        from cfai.models.krea.krea_2_medium_turbo import Krea2MediumTurboInput, Krea2MediumTurboOutput

        with Client(max_retries=0) as client:
            out = client.krea.krea_2_medium_turbo(prompt="a fox", aspect_ratio="1:1", resolution="1K", seed=None, intensity=5)
            via_run = client.run("krea/krea-2-medium-turbo", Krea2MediumTurboInput(prompt="x", aspect_ratio="9:16", resolution="1K"))

        async def main():
            async with AsyncClient(max_retries=0) as client:
                return await client.krea.krea_2_medium_turbo(prompt="a fox", aspect_ratio="16:9", resolution="1K")

        async_out = asyncio.run(main())
        print(json.dumps({
            "types": [type(o).__name__ for o in (out, via_run, async_out)],
            "image": out.image,
            "repr": repr(Client()),
        }))
        """,
    )
    assert answer["types"] == ["Krea2MediumTurboOutput"] * 3
    assert isinstance(answer["image"], str) and answer["image"].startswith("https://")
    assert "acc123" in str(answer["repr"])
    bodies = [r.json() for r in server.requests]
    assert [r.path for r in server.requests] == ["/client/v4/accounts/acc123/ai/run"] * 3
    # only what the caller set is sent: no schema defaults filled in, null kept as given
    assert bodies[0] == {
        "model": KREA,
        "input": {"prompt": "a fox", "aspect_ratio": "1:1", "resolution": "1K", "seed": None, "intensity": 5},
    }
    assert bodies[2]["input"] == {"prompt": "a fox", "aspect_ratio": "16:9", "resolution": "1K"}
    assert all(r.headers["Authorization"] == f"Bearer {CANARY_TOKEN}" for r in server.requests)


INVALID_CALLS = [
    'aspect_ratio="5:4"',
    'aspect_ratio="1:1", intensity=101',
    'aspect_ratio="1:1", surprise=True',
    'aspect_ratio="1:1", image_style_references=[{"url": "https://a.b", "strength": None}]',
    'aspect_ratio="1:1", seed=True',
]


@pytest.mark.parametrize(
    "arguments", INVALID_CALLS, ids=["enum", "maximum", "unknown", "null-strength", "bool-seed"]
)
def test_invalid_input_raises_before_any_request(
    user_python: Path, server: MockServer, arguments: str
) -> None:
    answer = run_user_script(
        user_python,
        server,
        f"""
        import json
        from cfai import Client, ValidationError
        try:
            Client().krea.krea_2_medium_turbo(prompt="p", resolution="1K", {arguments})
            print(json.dumps({{"raised": None}}))
        except (ValidationError, TypeError) as exc:
            print(json.dumps({{"raised": type(exc).__name__}}))
        """,
    )
    assert answer["raised"] in {"ValidationError", "TypeError"}  # TypeError: unknown keyword
    assert server.requests == []


ERROR_SCRIPT = """
import json
from cfai import Client, CloudflareAIError
try:
    out = Client(max_retries={retries}).krea.krea_2_medium_turbo(prompt="p", aspect_ratio="1:1", resolution="1K")
    print(json.dumps({{"ok": out.image}}))
except CloudflareAIError as exc:
    print(json.dumps({{"error": type(exc).__name__, "status": exc.status_code, "code": exc.code, "message": exc.message, "text": str(exc)}}))
"""


@pytest.mark.parametrize(
    ("fault", "error", "status"),
    [
        ({"status": 400}, "BadRequestError", 400),
        ({"status": 401}, "AuthenticationError", 401),
        ({"status": 404}, "NotFoundError", 404),
        ({"status": 500, "count": 5}, "InternalServerError", 500),
        ({"kind": "run_failed", "status": 3030}, "RunFailedError", 200),
    ],
    ids=["400", "401", "404", "500", "state-failed"],
)
def test_errors_map_to_classes_with_cloudflare_message(
    user_python: Path, server: MockServer, fault: dict[str, object], error: str, status: int | None
) -> None:
    server.inject(**fault)  # type: ignore[arg-type]
    answer = run_user_script(user_python, server, ERROR_SCRIPT.format(retries=1))
    assert answer["error"] == error
    assert answer["status"] == status
    if fault.get("kind") == "run_failed":
        assert answer["code"] == 3030 and answer["message"] == "injected run failure"
    else:
        assert answer["code"] == fault["status"] and "injected fault" in str(answer["message"])


def test_429_with_retry_after_is_retried(user_python: Path, server: MockServer) -> None:
    server.inject(status=429, retry_after=1, count=1)
    answer = run_user_script(user_python, server, ERROR_SCRIPT.format(retries=2))
    assert "ok" in answer
    assert len(server.requests) == 2


USER_SCRIPT = """
from cfai import Client
from cfai.models.krea.krea_2_medium_turbo import Krea2MediumTurboOutput

def make(client: Client) -> Krea2MediumTurboOutput:
    return client.krea.krea_2_medium_turbo(prompt="p", aspect_ratio={ratio}, resolution="1K")

def via_run(client: Client) -> str:
    return client.run("krea/krea-2-medium-turbo", {{"prompt": "p", "aspect_ratio": "1:1", "resolution": "1K"}}).image
"""


def _mypy(tmp_path: Path, ratio: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "user_script.py"
    script.write_text(USER_SCRIPT.format(ratio=ratio))
    env = {**os.environ, "MYPYPATH": str(GENERATED)}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )


def test_user_script_type_checks_and_a_wrong_literal_does_not(tmp_path: Path) -> None:
    good = _mypy(tmp_path, '"1:1"')
    assert good.returncode == 0, good.stdout
    bad = _mypy(tmp_path, '"5:4"')
    assert bad.returncode == 1
    assert 'Argument "aspect_ratio" to "krea_2_medium_turbo"' in bad.stdout
    assert "user_script.py:6: error" in bad.stdout  # the call with "5:4", nothing else
