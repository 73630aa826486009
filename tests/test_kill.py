"""SIGKILL at random instants of real ``cfgen fetch`` / ``cfgen generate`` runs: nothing is lost.

Each run is the real CLI in a subprocess (``python -m generator``) against the mock on 127.0.0.1,
killed at a random point of its run time, weighted towards the end where the write happens. After
every kill the tree (``schemas/`` or ``generated/``) is byte for byte one of the complete versions
it can hold, and ``schemas/`` agrees with its lock file; the next run recovers and completes.
Two ``cfgen generate`` at once do not interleave: the second waits for the first's lock.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from generator.mock import MockServer

from .conftest import KREA, REFERENCE, REPO, tree_digest

FETCH_KILLS = 12
GENERATE_KILLS = 12
# a run that finishes before its kill proves nothing: the loop goes on (up to MAX_RUNS) until at
# least this many runs were really killed, whatever the speed of the machine
KILLED_AT_LEAST = 3
MAX_RUNS = 40


def write_config(root: Path) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(
        f'[project]\nname = "p"\n\n[tool.cfgen]\nmodels = ["{KREA}"]\nretries = 0\ntimeout = 10\n'
    )


def start(root: Path, server: MockServer, command: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "CFGEN_DOCS_URL": server.url, "PYTHONPATH": str(REPO)}
    env.pop("CLOUDFLARE_API_TOKEN", None)
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "--project", str(root), command],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def run(root: Path, server: MockServer, command: str) -> float:
    began = time.monotonic()
    process = start(root, server, command)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, (out + err).decode()
    return time.monotonic() - began


def lock_consistent(schemas: Path) -> bool:
    lock = json.loads((schemas / "cfgen.lock").read_text())
    for model_id, entry in lock["models"].items():
        for side in ("input", "output"):
            data = (schemas / model_id / f"schema-{side}.json").read_bytes()
            if hashlib.sha256(data).hexdigest() != entry[side]["sha256"]:
                return False
    return True


def kill_at_random(process: subprocess.Popen[bytes], at: float) -> str:
    time.sleep(at)
    if process.poll() is not None:
        process.communicate()
        return "finished"
    process.send_signal(signal.SIGKILL)
    process.communicate()
    return "killed"


def instant(iteration: int, count: int, duration: float, rng: random.Random) -> float:
    """When to kill: spread over the whole run (start-up to write), each slot at a random point.

    Past ``count`` runs (too few kills landed), the slots start again from the beginning.
    """
    slot = duration / count
    return slot * (iteration % count) + rng.uniform(0, slot)


def enough(iteration: int, count: int, outcomes: Counter[str]) -> bool:
    killed = outcomes["killed-old"] + outcomes["killed-new"]
    return iteration >= MAX_RUNS or (iteration >= count and killed >= KILLED_AT_LEAST)


def output_variant(description: str) -> dict[str, object]:
    schema: dict[str, object] = json.loads((REFERENCE / KREA / "schema-output.json").read_text())
    return {**schema, "description": description}


@pytest.fixture
def server() -> MockServer:
    with MockServer(schemas_dir=REFERENCE) as mock:
        yield mock


def test_fetch_killed_at_random_points_loses_nothing(tmp_path: Path, server: MockServer) -> None:
    rng = random.Random(os.getpid())
    root = tmp_path / "proj"
    write_config(root)
    versions = {}
    durations = []
    for name in ("a", "b"):
        server.set_schema(KREA, "output", output_variant(f"version {name}"))
        durations.append(run(root, server, "fetch"))
        versions[name] = tree_digest(root / "schemas")
    assert versions["a"] != versions["b"]
    duration = min(durations)
    outcomes: Counter[str] = Counter()
    iteration = 0
    while not enough(iteration, FETCH_KILLS, outcomes):
        name = "ab"[iteration % 2]
        at = instant(iteration, FETCH_KILLS, duration, rng)
        iteration += 1
        server.set_schema(KREA, "output", output_variant(f"version {name}"))
        outcome = kill_at_random(start(root, server, "fetch"), at)
        digest = tree_digest(root / "schemas")
        assert digest in versions.values(), f"iteration {iteration}: a mixed or partial schemas/"
        assert lock_consistent(root / "schemas")
        outcomes[outcome + ("-new" if digest == versions[name] else "-old")] += 1
    run(root, server, "fetch")  # recovers whatever a kill left beside the tree
    assert not [p.name for p in root.iterdir() if "cfgen-tmp" in p.name]
    print(f"fetch kills: {dict(outcomes)}")
    assert outcomes["killed-old"] + outcomes["killed-new"] >= KILLED_AT_LEAST


def test_generate_killed_at_random_points_loses_nothing(tmp_path: Path, server: MockServer) -> None:
    rng = random.Random(os.getpid() + 1)
    root = tmp_path / "proj"
    write_config(root)
    snapshots: dict[str, Path] = {}
    generated: dict[str, dict[str, str]] = {}
    for name in ("a", "b"):
        server.set_schema(KREA, "output", output_variant(f"version {name}"))
        run(root, server, "fetch")
        run(root, server, "generate")
        snapshots[name] = tmp_path / f"schemas-{name}"
        shutil.copytree(root / "schemas", snapshots[name])
        generated[name] = tree_digest(root / "generated")
    assert generated["a"] != generated["b"]

    def use(name: str) -> None:
        shutil.rmtree(root / "schemas")
        shutil.copytree(snapshots[name], root / "schemas")

    # time the runs as the loop makes them: both versions are in the build cache by now, so a
    # switch is much faster than the cold runs above
    durations = []
    for name in ("a", "b"):
        use(name)
        durations.append(run(root, server, "generate"))
    duration = min(durations)
    outcomes: Counter[str] = Counter()
    iteration = 0
    while not enough(iteration, GENERATE_KILLS, outcomes):
        name = "ab"[iteration % 2]
        use(name)
        at = instant(iteration, GENERATE_KILLS, duration, rng)
        iteration += 1
        outcome = kill_at_random(start(root, server, "generate"), at)
        digest = tree_digest(root / "generated")
        assert digest in generated.values(), f"iteration {iteration}: a mixed or partial generated/"
        outcomes[outcome + ("-new" if digest == generated[name] else "-old")] += 1
    run(root, server, "generate")
    assert tree_digest(root / "generated") == generated[name]
    assert not [p.name for p in root.iterdir() if "cfgen-tmp" in p.name]
    print(f"generate kills: {dict(outcomes)}")
    assert outcomes["killed-old"] + outcomes["killed-new"] >= KILLED_AT_LEAST


def test_two_generates_at_once_do_not_interleave(tmp_path: Path, server: MockServer) -> None:
    from generator.writer import locked

    root = tmp_path / "proj"
    write_config(root)
    run(root, server, "fetch")
    run(root, server, "generate")
    expected = tree_digest(root / "generated")
    shutil.rmtree(root / "generated")

    # the lock held elsewhere: a generate waits, writing nothing, then completes
    with locked(root / "generated"):
        waiting = start(root, server, "generate")
        time.sleep(3)
        assert waiting.poll() is None, "generate did not wait for the lock"
        assert not (root / "generated").exists()
    out, err = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, (out + err).decode()
    assert tree_digest(root / "generated") == expected

    # two at once: both succeed, one after the other, and the tree is whole
    shutil.rmtree(root / "generated")
    first, second = start(root, server, "generate"), start(root, server, "generate")
    for process in (first, second):
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, (out + err).decode()
    assert tree_digest(root / "generated") == expected
