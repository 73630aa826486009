"""The build cache saves work and never changes the result: cold, cached and no-op builds agree."""

from __future__ import annotations

import json
from pathlib import Path

from generator.build import BuildCache, build_package, cached_tree_is_current
from generator.config import CACHE_DIR, load_config
from generator.snapshot import load_snapshot

from .conftest import KREA, Project, krea_schema, tree_digest


def _build(project: Project, cache: BuildCache | None) -> dict[str, bytes]:
    config = load_config(project.root)
    files, problems = build_package(config, load_snapshot(config.schemas_dir), cache=cache)
    assert problems == []
    return {str(p): data for p, data in files.items()}


def test_cached_build_is_byte_identical_to_a_cold_one(seeded_project: Project) -> None:
    cold = _build(seeded_project, None)
    cache = BuildCache(seeded_project.root)
    assert _build(seeded_project, cache) == cold  # fills the cache
    entries = list((seeded_project.root / CACHE_DIR / "models").glob("*.json"))
    assert len(entries) == 1
    assert _build(seeded_project, cache) == cold  # served from it
    entries[0].write_text("{not json")  # a damaged entry is ignored and rebuilt
    assert _build(seeded_project, cache) == cold


def test_noop_generate_uses_the_stamp_and_notices_any_change(seeded_project: Project) -> None:
    assert seeded_project.cfgen("generate").exit_code == 0
    config = load_config(seeded_project.root)
    cache = BuildCache(seeded_project.root)
    assert cached_tree_is_current(config, load_snapshot(config.schemas_dir), cache)[1]
    result = seeded_project.cfgen("generate")
    assert result.exit_code == 0 and "is up to date" in result.output

    # a hand edit in generated/ is not hidden by the stamp
    client = seeded_project.generated / "cfai" / "_client.py"
    client.write_text(client.read_text() + "# edited\n")
    assert seeded_project.cfgen("generate", "--check").exit_code == 1
    assert seeded_project.cfgen("generate").exit_code == 0
    assert "# edited" not in client.read_text()

    # nor is a new schema
    schema = krea_schema("output")
    schema["properties"]["seed"] = {"type": "integer"}  # type: ignore[index]
    seeded_project.server.set_schema(KREA, "output", schema)
    assert seeded_project.cfgen("fetch").exit_code == 0
    before = tree_digest(seeded_project.generated)
    assert seeded_project.cfgen("generate", "--check").exit_code == 1
    assert seeded_project.cfgen("generate").exit_code == 0
    assert tree_digest(seeded_project.generated) != before
    module = seeded_project.generated / "cfai/models/krea/krea_2_medium_turbo.py"
    assert "seed" in module.read_text().split("class Krea2MediumTurboOutput")[1]


def test_cache_lives_outside_the_outputs(seeded_project: Project) -> None:
    assert seeded_project.cfgen("generate").exit_code == 0
    stamp = json.loads((seeded_project.root / CACHE_DIR / "generate.json").read_text())
    assert set(stamp) == {"inputs", "tree"}
    assert not any(CACHE_DIR in str(p) for p in Path(seeded_project.generated).rglob("*"))
    assert not (seeded_project.schemas / CACHE_DIR).exists()


def test_noop_generate_clears_what_a_killed_run_left(seeded_project: Project) -> None:
    # a run killed after its swap and before its clean-up leaves the old tree in its staging
    # folder; generated/ is whole and the stamp matches it, so the next run is a no-op, which
    # still clears the leftover (the lock's holder does), and so does a --check
    assert seeded_project.cfgen("generate").exit_code == 0
    leftover = seeded_project.root / ".generated.cfgen-tmp-new"
    before = tree_digest(seeded_project.generated)
    for args in (["generate"], ["generate", "--check"]):
        (leftover / "cfai").mkdir(parents=True)
        (leftover / "cfai" / "__init__.py").write_text("# the tree before the last swap\n")
        result = seeded_project.cfgen(*args)
        assert result.exit_code == 0 and "is up to date" in result.output
        assert not leftover.exists(), args
        assert tree_digest(seeded_project.generated) == before
