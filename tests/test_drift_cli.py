"""`cfgen drift` end to end: the mock serves a changed schema, the CLI names the change and exits 1."""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from .conftest import KREA, Project, krea_schema, tree_digest
from .test_diff import CASES, EQUIVALENTS, Mutation, apply


def _serve(project: Project, side: str, schema: Any) -> None:
    project.server.set_schema(KREA, side, schema)


def _seed(project: Project, side: str, setup: Mutation) -> dict[str, Any]:
    """Snapshot the Krea schemas with ``setup`` applied to ``side``; return that old schema."""
    old = apply(krea_schema(side), setup)
    _serve(project, side, old)
    result = project.cfgen("fetch")
    assert result.exit_code == 0, result.output
    return old


def _drift_json(project: Project, *args: str) -> tuple[int, dict[str, Any]]:
    result = project.cfgen("drift", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


def _changes(report: dict[str, Any]) -> list[tuple[str, str, str | None, str]]:
    return sorted(
        (c["rule"], c["level"], c["side"], c["path"]) for model in report["models"] for c in model["changes"]
    )


@pytest.mark.parametrize(("label", "side", "setup", "mutation", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_upstream_change_is_named_over_http(
    project: Project, label: str, side: str, setup: Mutation, mutation: Mutation, expected: list[tuple[str, str, str]]
) -> None:
    old = _seed(project, side, setup)
    _serve(project, side, apply(old, mutation))
    code, report = _drift_json(project)
    assert code == 1
    assert _changes(report) == sorted((rule, level, side, path) for rule, level, path in expected)


# A draft-4 boolean exclusiveMaximum inside a 2020-12 document is not valid against its metaschema:
# the diff engine reads it as equivalent, but fetch (rightly) refuses the document first.
INVALID_UNDER_2020_12 = {"draft-4 exclusive flag false"}
EQUIVALENTS_OVER_HTTP = [e for e in EQUIVALENTS if e[0] not in INVALID_UNDER_2020_12]


@pytest.mark.parametrize(("label", "side", "rewrite"), EQUIVALENTS_OVER_HTTP, ids=[e[0] for e in EQUIVALENTS_OVER_HTTP])
def test_equivalent_rewrites_are_no_drift_over_http(project: Project, label: str, side: str, rewrite: Any) -> None:
    old = _seed(project, side, lambda d: None)
    _serve(project, side, rewrite(copy.deepcopy(old)))
    code, report = _drift_json(project)
    assert (code, _changes(report)) == (0, [])


def test_upstream_schema_invalid_against_its_metaschema_exits_4(project: Project) -> None:
    [(_, side, rewrite)] = [e for e in EQUIVALENTS if e[0] in INVALID_UNDER_2020_12]
    old = _seed(project, side, lambda d: None)
    _serve(project, side, rewrite(copy.deepcopy(old)))
    result = project.cfgen("drift")
    assert result.exit_code == 4
    assert "not a valid JSON Schema at /properties/styles/items/properties/strength/exclusiveMaximum" in result.stderr


def test_no_drift_exits_0(seeded_project: Project) -> None:
    result = seeded_project.cfgen("drift")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("fault", [{"status": 500, "count": 100}, {"status": 503, "count": 100}])
def test_failing_catalog_exits_3_not_0(seeded_project: Project, fault: dict[str, Any]) -> None:
    seeded_project.server.inject(**fault)
    result = seeded_project.cfgen("drift")
    assert result.exit_code == 3
    assert "cfgen: error:" in result.stderr


def test_unreachable_catalog_exits_3(seeded_project: Project) -> None:
    result = seeded_project.cfgen("drift", "--docs-url", "http://127.0.0.1:9")
    assert result.exit_code == 3
    assert "could not fetch" in result.stderr


def test_model_removed_from_catalog_is_breaking_drift(seeded_project: Project) -> None:
    seeded_project.server.remove_model(KREA)
    code, report = _drift_json(seeded_project)
    assert code == 1
    assert _changes(report) == [("model-removed", "breaking", None, "")]


def test_model_configured_but_not_in_snapshot_is_reported(seeded_project: Project) -> None:
    seeded_project.server.set_schema("acme/new", "input", {"type": "object"})
    seeded_project.server.set_schema("acme/new", "output", {"type": "object"})
    seeded_project.write_config(models=[KREA, "acme/new"])
    code, report = _drift_json(seeded_project)
    assert code == 1
    assert [(m["model_id"], m["status"]) for m in report["models"]] == [("acme/new", "added"), (KREA, "unchanged")]


def _break_and_warn(project: Project) -> None:
    schema = krea_schema("input")
    schema["properties"]["aspect_ratio"]["enum"].remove("2.35:1")  # breaking
    schema["properties"]["creativity"]["default"] = "medium"  # warning
    _serve(project, "input", schema)


def test_fail_on_levels(seeded_project: Project) -> None:
    schema = krea_schema("input")
    schema["properties"]["creativity"]["default"] = "medium"
    _serve(seeded_project, "input", schema)
    assert seeded_project.cfgen("drift", "--fail-on", "breaking").exit_code == 0
    assert seeded_project.cfgen("drift", "--fail-on", "warning").exit_code == 1
    assert seeded_project.cfgen("drift").exit_code == 1


def test_github_format_has_one_error_per_breaking_change(seeded_project: Project) -> None:
    _break_and_warn(seeded_project)
    result = seeded_project.cfgen("drift", "--format", "github")
    assert result.exit_code == 1
    errors = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    warnings = [line for line in result.stdout.splitlines() if line.startswith("::warning ")]
    assert len(errors) == 1 and len(warnings) == 1
    assert f"file=schemas/{KREA}/schema-input.json" in errors[0]


def test_junit_and_markdown_and_text(seeded_project: Project, tmp_path: Any) -> None:
    _break_and_warn(seeded_project)
    out = tmp_path / "drift.xml"
    assert seeded_project.cfgen("drift", "--format", "junit", "--output", str(out)).exit_code == 1
    suite = ET.parse(out).getroot()
    cases = suite.iter("testcase")
    assert [case.get("name") for case in cases] == [KREA]
    assert len(list(suite.iter("failure"))) == 1
    markdown = seeded_project.cfgen("drift", "--format", "markdown").stdout
    assert "request-enum-value-removed" in markdown and "|" in markdown
    text = seeded_project.cfgen("drift").stdout
    assert KREA in text and "breaking" in text and "\x1b[" not in text  # no colour when not a TTY


def test_update_refreshes_snapshot_and_regenerates(seeded_project: Project) -> None:
    assert seeded_project.cfgen("generate").exit_code == 0
    _break_and_warn(seeded_project)
    result = seeded_project.cfgen("drift", "--update")
    assert result.exit_code == 0, result.output
    assert "request-enum-value-removed" in result.stdout
    assert seeded_project.cfgen("drift").exit_code == 0
    assert seeded_project.cfgen("generate", "--check").exit_code == 0
    module = seeded_project.generated / "cfai/models/krea/krea_2_medium_turbo.py"
    assert "'2.35:1'" not in module.read_text()


def test_stale_generated_package_fails_drift(seeded_project: Project) -> None:
    assert seeded_project.cfgen("generate").exit_code == 0
    (seeded_project.generated / "cfai" / "_client.py").write_text("# edited by hand\n")
    code, report = _drift_json(seeded_project)
    assert code == 1
    assert report["stale_generated"] == ["cfai/_client.py"]


def test_drift_writes_nothing_without_update(seeded_project: Project) -> None:
    before = tree_digest(seeded_project.root)
    _break_and_warn(seeded_project)
    assert seeded_project.cfgen("drift").exit_code == 1
    assert tree_digest(seeded_project.root) == before


def test_summary_appends_the_markdown_report(seeded_project: Project, tmp_path: Any) -> None:
    _break_and_warn(seeded_project)
    summary = tmp_path / "step-summary.md"
    summary.write_text("earlier step\n")
    result = seeded_project.cfgen("drift", "--format", "github", "--summary", str(summary))
    assert result.exit_code == 1
    text = summary.read_text()
    assert text.startswith("earlier step\n")
    assert "request-enum-value-removed" in text and "|" in text
    assert result.stdout.count("::error ") == 1


def test_update_with_a_broken_template_changes_neither_tree(seeded_project: Project) -> None:
    """A user's template that fails to render is a clear config error, and nothing is written."""
    assert seeded_project.cfgen("generate").exit_code == 0
    templates = seeded_project.root / "my-templates"
    templates.mkdir()
    (templates / "README.md.jinja2").write_text("{{ no_such_value.at_all }}\n")  # a broken house style
    seeded_project.write_config(templates="my-templates")
    before = {**tree_digest(seeded_project.schemas), **tree_digest(seeded_project.generated)}
    _break_and_warn(seeded_project)
    result = seeded_project.cfgen("drift", "--update")
    assert result.exit_code == 2
    assert "template README.md.jinja2" in result.stderr and "failed" in result.stderr
    assert {**tree_digest(seeded_project.schemas), **tree_digest(seeded_project.generated)} == before
