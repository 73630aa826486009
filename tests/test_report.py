"""Every report format, rendered from a drift report built by hand."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from generator.diff import RULES, DriftReport, ModelDrift, SchemaChange
from generator.report import FORMATS, render, snapshot_file

KREA = "krea/krea-2-medium-turbo"


def change(rule: str, side: str | None, path: str, old: object = None, new: object = None,
           message: str = "") -> SchemaChange:
    return SchemaChange(rule, RULES[rule], side, path, old, new,  # type: ignore[arg-type]
                        message or f"{rule} happened")


REPORT = DriftReport(
    models=(
        ModelDrift(
            KREA,
            (
                change("request-enum-value-removed", "input", "/properties/aspect_ratio/enum",
                       "2.35:1", None, 'enum value "2.35:1" removed: callers sending it are rejected'),
                change("request-property-became-required", "input", "/properties/seed", False, True),
                change("request-default-changed", "input", "/properties/creativity/default", "low",
                       "medium"),
                change("response-property-became-optional", "output", "/properties/image", True,
                       False),
                change("schema-description-changed", "output", "/properties/image/description",
                       "a", "b", "description changed to b|c, with: commas % and\nnewline <b>"),
            ),
            "changed",
        ),
        ModelDrift("@cf/meta/llama-3.1-8b-instruct", (), "unchanged"),
        ModelDrift("google/veo-3", (change("model-removed", None, ""),), "removed"),
        ModelDrift("bytedance/seedream-5", (change("model-added", None, ""),), "added"),
    ),
)
BREAKING = 4  # enum value removed, became required, became optional (output), model removed
WARNINGS = 2  # default changed, model added
INFOS = 1
CLEAN = DriftReport(models=(ModelDrift(KREA),))
STALE = DriftReport(models=(ModelDrift(KREA),), stale_generated=("generated/cfai/models/krea/x.py",))


def test_snapshot_file_points_into_schemas() -> None:
    assert snapshot_file(KREA, REPORT.models[0].changes[0]) == f"schemas/{KREA}/schema-input.json"
    assert snapshot_file(KREA, REPORT.models[0].changes[3], "snap") == f"snap/{KREA}/schema-output.json"


def test_counts() -> None:
    assert (REPORT.count("breaking"), REPORT.count("warning"), REPORT.count("info")) == (
        BREAKING, WARNINGS, INFOS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_deterministic_and_ends_with_newline(fmt: str) -> None:
    for report in (REPORT, CLEAN, STALE):
        first = render(report, fmt)  # type: ignore[arg-type]
        assert first == render(report, fmt)  # type: ignore[arg-type]
        assert first.endswith("\n")


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown report format"):
        render(REPORT, "yaml")  # type: ignore[arg-type]


def test_json_has_the_documented_fields() -> None:
    data = json.loads(render(REPORT, "json"))
    assert data["format_version"] == 1
    assert data["summary"] == {"models": 4, "changed": 3, "breaking": BREAKING, "warning": WARNINGS,
                               "info": INFOS, "stale_generated": 0}
    assert [m["model_id"] for m in data["models"]] == [m.model_id for m in REPORT.models]
    assert [m["status"] for m in data["models"]] == ["changed", "unchanged", "removed", "added"]
    first = data["models"][0]["changes"][0]
    assert first == {
        "rule": "request-enum-value-removed",
        "level": "breaking",
        "side": "input",
        "path": "/properties/aspect_ratio/enum",
        "old": "2.35:1",
        "new": None,
        "message": 'enum value "2.35:1" removed: callers sending it are rejected',
        "file": f"schemas/{KREA}/schema-input.json",
    }
    assert data["models"][0]["changes"][3]["file"] == f"schemas/{KREA}/schema-output.json"
    assert data["models"][3]["changes"][0]["file"] is None  # not in the snapshot yet
    assert data["stale_generated"] == []
    assert json.loads(render(STALE, "json"))["stale_generated"] == ["generated/cfai/models/krea/x.py"]


def test_github_has_one_error_per_breaking_change_on_the_snapshot_file() -> None:
    lines = render(REPORT, "github").splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    warnings = [line for line in lines if line.startswith("::warning ")]
    notices = [line for line in lines if line.startswith("::notice ")]
    assert len(errors) == BREAKING
    assert len(warnings) == WARNINGS
    assert len(notices) == INFOS
    assert errors[0].startswith(f"::error file=schemas/{KREA}/schema-input.json,title=")
    assert "request-enum-value-removed" in errors[0]
    assert errors[2].startswith(f"::error file=schemas/{KREA}/schema-output.json,")
    assert errors[3].startswith("::error file=schemas/google/veo-3/schema-input.json,")
    added = [w for w in warnings if "model-added" in w]
    assert added and "file=" not in added[0]
    # workflow-command escaping: one physical line per annotation, no stray separators
    (notice,) = notices
    assert "%0A" in notice and "%25" in notice and "\n" not in notice
    message = notice.split("::", 2)[2]
    assert "newline" in message


def test_github_flags_stale_generated_files() -> None:
    lines = render(STALE, "github").splitlines()
    assert lines[0].startswith("::error file=generated/cfai/models/krea/x.py,")
    assert not [line for line in render(CLEAN, "github").splitlines() if line.startswith("::")]


def test_junit_is_xml_with_one_case_per_model_and_a_failure_per_breaking_change() -> None:
    root = ET.fromstring(render(REPORT, "junit"))
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [m.model_id for m in REPORT.models]
    assert [len(c.findall("failure")) for c in cases] == [3, 0, 1, 0]
    assert suite.get("tests") == "4"
    assert suite.get("failures") == "2"
    failure = cases[0].findall("failure")[0]
    assert failure.get("type") == "request-enum-value-removed"
    assert "/properties/aspect_ratio/enum" in (failure.get("message") or "")
    out = cases[0].find("system-out")
    assert out is not None and "request-default-changed" in (out.text or "")
    stale = ET.fromstring(render(STALE, "junit")).find("testsuite")
    assert stale is not None
    assert [c.get("name") for c in stale.findall("testcase")] == [KREA, "generated/"]
    assert stale.get("failures") == "1"


def test_junit_survives_control_characters() -> None:
    weird = DriftReport((ModelDrift(KREA, (change("request-property-removed", "input", "/p",
                                                  message="bad \x00\x1b byte"),), "changed"),))
    ET.fromstring(render(weird, "junit"))


def test_markdown_has_summary_and_escaped_tables() -> None:
    text = render(REPORT, "markdown")
    assert text.startswith("## Cloudflare schema drift")
    assert "| `krea/krea-2-medium-turbo` | changed | 3 | 1 | 1 |" in text
    assert "### `google/veo-3`" in text
    table_rows = [line for line in text.splitlines() if line.startswith("| **")]
    assert len(table_rows) == len(list(REPORT.changes()))
    # a pipe in a message must not open a new column; every row has the header's 5 cells
    for row in table_rows:
        assert len(row.replace("\\|", "").split("|")) == 7
    assert "\\<b\\>" in text
    assert "No schema drift in 1 model(s)." in render(CLEAN, "markdown")
    assert "`generated/cfai/models/krea/x.py`" in render(STALE, "markdown")


def test_text_groups_by_model_then_level_and_colours_only_when_asked() -> None:
    plain = render(REPORT, "text")
    assert "\x1b[" not in plain
    lines = plain.splitlines()
    assert lines[0].startswith(f"{KREA}: changed (3 breaking, 1 warning, 1 info)")
    assert lines[1].strip() == "breaking"
    block = lines[: lines.index("")]
    levels = [line.strip() for line in block if line.strip() in ("breaking", "warning", "info")]
    assert levels == ["breaking", "warning", "info"]
    assert "@cf/meta" not in plain  # unchanged models are only counted
    assert plain.rstrip().endswith("4 breaking, 2 warning(s), 1 info.")
    coloured = render(REPORT, "text", color=True)
    assert "\x1b[31mbreaking\x1b[0m" in coloured
    assert render(CLEAN, "text") == "No schema drift in 1 model(s).\n"
    assert "generated/ is out of date" in render(STALE, "text")
