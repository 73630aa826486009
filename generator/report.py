"""A :class:`~generator.diff.DriftReport` rendered for people and tools. Pure: returns strings.

``render(report, fmt, *, schemas_dir="schemas", color=False)`` with ``fmt`` one of:

``text``
    For a terminal: grouped by model, then level (breaking, warning, info), one line per change.
    ANSI colours only when ``color=True`` (the CLI passes ``sys.stdout.isatty()``).
``json``
    For tools; stable (sorted keys, ``format_version`` 1)::

        {"format_version": 1,
         "summary": {"models": 3, "changed": 1, "breaking": 2, "warning": 0, "info": 1,
                     "stale_generated": 0},
         "models": [{"model_id": "...", "status": "changed|unchanged|removed|added",
                     "changes": [{"rule", "level", "side", "path", "old", "new", "message",
                                  "file"}]}],
         "stale_generated": ["generated/..."]}

    ``file`` is the snapshot file the change is about (``schemas/<model_id>/schema-input.json``),
    or ``null`` for a model not in the snapshot.
``markdown``
    For a pull-request comment or ``$GITHUB_STEP_SUMMARY``: a summary table, then one table of
    changes per drifted model.
``github``
    GitHub Actions workflow commands: ``::error file=...,title=<rule>::...`` per breaking change,
    ``::warning`` per warning, ``::notice`` per info, each pointing at the snapshot file; and an
    ``::error`` per stale file of ``generated/``.
``junit``
    JUnit XML: one test case per model, one ``<failure>`` per breaking change (warnings and info
    in the case's ``system-out``), one more test case for ``generated/`` when files are stale.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import Any, Final, Literal

from .diff import LEVELS, DriftReport, ModelDrift, SchemaChange
from .snapshot import schema_path

Format = Literal["text", "json", "markdown", "github", "junit"]
FORMATS: Final[tuple[Format, ...]] = ("text", "json", "markdown", "github", "junit")
JSON_FORMAT_VERSION: Final = 1

def snapshot_file(model_id: str, change: SchemaChange | None, schemas_dir: str = "schemas") -> str:
    """The snapshot file a change is about: ``schemas/<model_id>/schema-<side>.json``.

    Catalog-level changes (no side) point at the input schema, the file that always exists.
    """
    side = change.side if change is not None and change.side is not None else "input"
    return str(PurePosixPath(schemas_dir) / schema_path(model_id, side))


def _file_of(model: ModelDrift, change: SchemaChange, schemas_dir: str) -> str | None:
    if model.status == "added":
        return None  # nothing in the snapshot to point at yet
    return snapshot_file(model.model_id, change, schemas_dir)


def _summary(report: DriftReport) -> dict[str, int]:
    return {
        "models": len(report.models),
        "changed": sum(1 for m in report.models if m.status != "unchanged"),
        **{level: report.count(level) for level in LEVELS},
        "stale_generated": len(report.stale_generated),
    }


def _headline(report: DriftReport) -> str:
    s = _summary(report)
    if not report.has_drift:
        return f"No schema drift in {s['models']} model(s)."
    parts = [f"{s['breaking']} breaking", f"{s['warning']} warning(s)", f"{s['info']} info"]
    text = f"Schema drift in {s['changed']} of {s['models']} model(s): {', '.join(parts)}."
    if report.stale_generated:
        text += f" generated/ is out of date ({s['stale_generated']} file(s))."
    return text


# ---- text -----------------------------------------------------------------------------------

_COLORS: Final = {"breaking": "31", "warning": "33", "info": "36", "bold": "1", "dim": "2"}


def _render_text(report: DriftReport, schemas_dir: str, color: bool) -> str:
    def paint(text: str, style: str) -> str:
        return f"\x1b[{_COLORS[style]}m{text}\x1b[0m" if color else text

    lines: list[str] = []
    for model in report.models:
        if model.status == "unchanged":
            continue
        counts = ", ".join(f"{model.count(level)} {level}" for level in LEVELS)
        lines.append(f"{paint(model.model_id, 'bold')}: {model.status} ({counts})")
        for level in LEVELS:
            changes = [c for c in model.changes if c.level == level]
            if not changes:
                continue
            lines.append(f"  {paint(level, level)}")
            for change in changes:
                where = f"{change.side or 'model'} {change.path or '/'}"
                lines.append(f"    {where}: {_one_line(change.message)}  {paint(change.rule, 'dim')}")
        lines.append("")
    if report.stale_generated:
        lines.append(paint("generated/ is out of date (run `cfgen generate`):", "breaking"))
        lines.extend(f"  {path}" for path in report.stale_generated)
        lines.append("")
    lines.append(_headline(report))
    return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


# ---- json -----------------------------------------------------------------------------------


def _render_json(report: DriftReport, schemas_dir: str) -> str:
    data: dict[str, Any] = {
        "format_version": JSON_FORMAT_VERSION,
        "summary": _summary(report),
        "models": [
            {
                "model_id": model.model_id,
                "status": model.status,
                "changes": [
                    {**change.to_dict(), "file": _file_of(model, change, schemas_dir)}
                    for change in model.changes
                ],
            }
            for model in report.models
        ],
        "stale_generated": list(report.stale_generated),
    }
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False, default=str) + "\n"


# ---- markdown -------------------------------------------------------------------------------


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    text = _one_line(text).replace("\\", "\\\\").replace("|", "\\|")
    return re.sub(r"([<>`*_\[\]])", r"\\\1", text)


def _code(text: str) -> str:
    text = _one_line(text).replace("|", "\\|")
    fence = "``" if "`" in text else "`"
    return f"{fence} {text} {fence}" if fence == "``" else f"`{text}`"


def _render_markdown(report: DriftReport, schemas_dir: str) -> str:
    out = ["## Cloudflare schema drift", "", _headline(report), ""]
    drifted = [m for m in report.models if m.status != "unchanged"]
    if drifted:
        out += ["| model | status | breaking | warning | info |", "| --- | --- | ---: | ---: | ---: |"]
        for model in drifted:
            out.append(
                f"| {_code(model.model_id)} | {model.status} | "
                + " | ".join(str(model.count(level)) for level in LEVELS)
                + " |"
            )
        out.append("")
    for model in drifted:
        out += [f"### {_code(model.model_id)}", ""]
        out += ["| level | side | path | change | rule |", "| --- | --- | --- | --- | --- |"]
        for level in LEVELS:
            for change in (c for c in model.changes if c.level == level):
                out.append(
                    f"| **{level}** | {change.side or 'model'} | {_code(change.path or '/')} | "
                    f"{_cell(change.message)} | {_code(change.rule)} |"
                )
        out.append("")
    if report.stale_generated:
        out += ["### `generated/` is out of date", "", "Run `cfgen generate` and commit the result:", ""]
        out += [f"- {_code(path)}" for path in report.stale_generated]
        out.append("")
    return "\n".join(out)


# ---- github ---------------------------------------------------------------------------------

_COMMANDS: Final = {"breaking": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _render_github(report: DriftReport, schemas_dir: str) -> str:
    lines: list[str] = []
    for model in report.models:
        for change in model.changes:
            props = []
            file = _file_of(model, change, schemas_dir)
            if file is not None:
                props.append(f"file={_escape_property(file)}")
            props.append(f"title={_escape_property(f'{model.model_id}: {change.rule}')}")
            side = f" {change.side}" if change.side else ""
            message = f"{model.model_id}{side} {change.path or '/'}: {change.message} [{change.rule}]"
            lines.append(f"::{_COMMANDS[change.level]} {','.join(props)}::{_escape_data(message)}")
    for path in report.stale_generated:
        lines.append(
            f"::error file={_escape_property(path)},title=generated code is stale::"
            + _escape_data(f"{path} is out of date: run `cfgen generate` and commit the result")
        )
    lines.append(_headline(report))
    return "\n".join(lines) + "\n"


# ---- junit ----------------------------------------------------------------------------------

_XML_INVALID: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return _XML_INVALID.sub("\ufffd", text)


def _render_junit(report: DriftReport, schemas_dir: str) -> str:
    suite = ET.Element("testsuite", name="cfgen drift")
    failed = 0
    cases = 0
    for model in report.models:
        cases += 1
        case = ET.SubElement(
            suite, "testcase", classname="cfgen.drift", name=_xml_text(model.model_id)
        )
        breaking = [c for c in model.changes if c.level == "breaking"]
        failed += bool(breaking)
        for change in breaking:
            where = f"{change.side or 'model'} {change.path or '/'}"
            failure = ET.SubElement(
                case,
                "failure",
                message=_xml_text(f"{where}: {_one_line(change.message)}"),
                type=change.rule,
            )
            file = _file_of(model, change, schemas_dir)
            failure.text = _xml_text(
                f"{change.rule} ({change.level}) in {file or model.model_id} at {where}\n"
                f"old: {json.dumps(change.old, ensure_ascii=False, default=str)[:2000]}\n"
                f"new: {json.dumps(change.new, ensure_ascii=False, default=str)[:2000]}"
            )
        others = [c for c in model.changes if c.level != "breaking"]
        if others:
            ET.SubElement(case, "system-out").text = _xml_text(
                "\n".join(
                    f"{c.level}: {c.side or 'model'} {c.path or '/'}: {_one_line(c.message)} [{c.rule}]"
                    for c in others
                )
            )
    if report.stale_generated:
        cases += 1
        failed += 1
        case = ET.SubElement(suite, "testcase", classname="cfgen.drift", name="generated/")
        for path in report.stale_generated:
            ET.SubElement(
                case, "failure", message=_xml_text(f"{path} is out of date"), type="generated-stale"
            ).text = _xml_text("run `cfgen generate` and commit the result")
    suite.set("tests", str(cases))
    suite.set("failures", str(failed))
    suite.set("errors", "0")
    suites = ET.Element("testsuites", name="cfgen", tests=str(cases), failures=str(failed))
    suites.append(suite)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


_RENDERERS: Final[dict[str, Callable[[DriftReport, str], str]]] = {
    "json": _render_json,
    "markdown": _render_markdown,
    "github": _render_github,
    "junit": _render_junit,
}


def render(
    report: DriftReport, fmt: Format, *, schemas_dir: str = "schemas", color: bool = False
) -> str:
    """``report`` as text in format ``fmt`` (see the module docstring), ending with a newline.

    ``schemas_dir`` is the snapshot folder as the user sees it (relative to the repository root
    for ``github``, so annotations land on the file). ``color`` only affects ``text``. Raises
    ValueError for an unknown format. Deterministic: the same report gives the same string.
    """
    if fmt == "text":
        return _render_text(report, schemas_dir, color)
    renderer = _RENDERERS.get(fmt)
    if renderer is None:
        raise ValueError(f"unknown report format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return renderer(report, schemas_dir)
