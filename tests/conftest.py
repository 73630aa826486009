"""Shared fixtures: the stand-in Cloudflare API on loopback and throw-away cfgen projects."""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from generator.cli import main
from generator.mock import MockServer

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
REFERENCE = SHARED / "reference-schemas"
CORPUS = SHARED / "corpus"
KREA = "krea/krea-2-medium-turbo"
KREA_DIR = REFERENCE / KREA
CANARY_TOKEN = "cfgen-canary-7f3a9c1e5b2d4068a1b3c5d7e9f0a2b4"


def corpus_model_ids() -> set[str]:
    """Every model id the corpus files name (read as plain JSON, not through the code under test)."""
    ids = set()
    for path in CORPUS.glob("*/*.json"):
        model_id = (data := json.loads(path.read_text())).get("model_id") or data.get("name")
        if isinstance(model_id, str):
            ids.add(model_id)
    return ids


def krea_schema(side: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((KREA_DIR / f"schema-{side}.json").read_text())
    return data


@pytest.fixture
def mock_server() -> Iterator[MockServer]:
    """The mock serving the published Krea schemas, on a free port of 127.0.0.1."""
    with MockServer(schemas_dir=REFERENCE) as server:
        yield server


def tree_digest(root: Path) -> dict[str, str]:
    """Every file below ``root`` with its sha256: equal digests mean nothing changed."""
    if not root.exists():
        return {}
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@dataclass
class Project:
    """A throw-away cfgen project folder, driven through the real click CLI."""

    root: Path
    server: MockServer

    @property
    def schemas(self) -> Path:
        return self.root / "schemas"

    @property
    def generated(self) -> Path:
        return self.root / "generated"

    def write_config(self, models: list[str] | None = None, **extra: object) -> None:
        settings = {"models": models if models is not None else [KREA], "retries": 2, "timeout": 5, **extra}
        lines = ["[project]", 'name = "user-project"', "", "[tool.cfgen]"]
        lines += [f"{key} = {json.dumps(value)}" for key, value in settings.items()]
        (self.root / "pyproject.toml").write_text("\n".join(lines) + "\n")

    def cfgen(self, *args: str, env: dict[str, str] | None = None) -> Result:
        environment = {
            "CFGEN_DOCS_URL": self.server.url,
            "CFGEN_API_URL": self.server.api_url,
            "CLOUDFLARE_API_TOKEN": "",
            "CLOUDFLARE_ACCOUNT_ID": "",
            **(env or {}),
        }
        return CliRunner().invoke(
            main, ["--project", str(self.root), *args], env=environment, catch_exceptions=False
        )


@pytest.fixture
def project(tmp_path: Path, mock_server: MockServer) -> Project:
    """An empty project configured for Krea, pointed at the mock."""
    proj = Project(root=tmp_path / "proj", server=mock_server)
    proj.root.mkdir()
    proj.write_config()
    return proj


@pytest.fixture
def seeded_project(project: Project) -> Project:
    """A project whose snapshot already holds Krea, fetched through the mock."""
    result = project.cfgen("fetch")
    assert result.exit_code == 0, result.output
    return project


def copy_reference(dest: Path) -> Path:
    shutil.copytree(REFERENCE, dest)
    return dest


class CannedServer:
    """Answers every POST with the next canned (status, headers, body); records bodies."""

    def __init__(self, answers: list[tuple[int, dict[str, str], bytes]]) -> None:
        self.answers = answers
        self.bodies: list[bytes] = []
        canned = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                canned.bodies.append(self.rfile.read(int(self.headers["Content-Length"])))
                status, headers, body = canned.answers.pop(0)
                self.send_response(status)
                for key, value in {"Content-Length": str(len(body)), **headers}.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def __enter__(self) -> str:
        self.thread.start()
        return f"http://127.0.0.1:{self.server.server_address[1]}/client/v4"

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
