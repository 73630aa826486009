"""cfgen's speed and memory at catalog scale, measured side by side in one run.

    python bench/run.py [--corpus ../shared/corpus] [--codegen-sample 12] [--repeat 5]

Builds a throw-away project holding every corpus model (fetched through ``cfgen mock`` serving
the corpus on loopback), then measures and prints, ending with one ``key=value`` line:

- cold ``cfgen generate`` of the whole corpus vs. a loop calling the ``datamodel-codegen`` CLI once
  per schema (the way people script it today), timed on a sample of schemas and scaled to all of
  them (``--codegen-sample 0`` runs the whole loop); target ratio <= 0.05;
- no-op ``cfgen generate`` (nothing changed): target <= 0.3 s;
- ``cfgen drift`` over the whole corpus against the mock: target <= 1 s;
- start-up of the generated package (``from cfai import Client`` and one model module) vs.
  ``import pydantic, httpx`` (the floor), with one model and with the whole corpus: target ratio
  <= 1.2 and flat; beside it the official SDK's ``from cloudflare import Cloudflare`` when installed;
  the generated package loads httpx with its first client, so the import plus a first ``Client()``
  is measured too, against pydantic + ``httpx.Client()``;
- peak memory (max RSS) of the cold whole-corpus generate: target < 1 GiB.

Run it by hand on an otherwise idle machine; it is not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CFGEN = [sys.executable, "-m", "generator"]
IMPORT_CFAI = (
    "from cfai import Client; from cfai.models.krea.krea_2_medium_turbo import Krea2MediumTurboInput"
)
# httpx is loaded by the first client, not by the import: measured too, against the same floor
# plus an httpx client of its own (its TLS context is most of that cost)
CLIENT_CFAI = IMPORT_CFAI + "; Client(account_id='a', api_token='t')"
DRIFT_IMPORTS = (
    "import sys; from generator.cli import UNUSED_IMPORTS;"
    " [sys.modules.setdefault(name, None) for name in UNUSED_IMPORTS];"  # as cli.run() does
    " import generator.sources, generator.build, generator.diff, generator.report;"
    " import httpx._transports.default, httpcore"
)
CLIENT_FLOOR = "import httpx; from pydantic import BaseModel; httpx.Client()"


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None, check: bool = True) -> float:
    started = time.perf_counter()
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if check and result.returncode not in (0, 4):  # 4: some corpus models are skipped, as designed
        raise SystemExit(f"{' '.join(args)} failed ({result.returncode}): {result.stderr[-2000:]}")
    return elapsed


def best_of(repeat: int, args: list[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    return statistics.median(run(args, cwd, env) for _ in range(repeat))


def make_project(root: Path, corpus: Path, models: str | list[str]) -> Path:
    root.mkdir(parents=True)
    (root / "pyproject.toml").write_text(
        "[tool.cfgen]\n"
        f"models = {json.dumps(models)}\n"
        f"catalog = {json.dumps(str(corpus))}\n"
    )
    return root


def start_mock(corpus: Path) -> tuple[subprocess.Popen[str], str]:
    mock = subprocess.Popen(
        [*CFGEN, "mock", "--port", "0", "--catalog", str(corpus)], stdout=subprocess.PIPE, text=True, cwd=REPO
    )
    assert mock.stdout is not None
    line = mock.stdout.readline()
    match = re.search(r"on (http://\S+)", line)
    if not match:
        mock.kill()
        raise SystemExit(f"cfgen mock did not start: {line!r}")
    return mock, match.group(1)


def codegen_loop(schemas: list[Path], work: Path) -> float:
    """Seconds for one datamodel-codegen CLI run per schema file."""
    started = time.perf_counter()
    for index, schema in enumerate(schemas):
        subprocess.run(
            [
                "datamodel-codegen",
                "--input",
                str(schema),
                "--input-file-type",
                "jsonschema",
                "--output",
                str(work / f"m{index}.py"),
                "--output-model-type",
                "pydantic_v2.BaseModel",
            ],
            capture_output=True,
            check=False,
        )
    return time.perf_counter() - started


def startup(python: str, code: str, cwd: Path, repeat: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(cwd), "PYTHONDONTWRITEBYTECODE": ""}
    run([python, "-c", code], cwd, env)  # warm the OS cache and write .pyc files once
    return best_of(repeat, [python, "-c", code], cwd, env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--codegen-sample", type=int, default=12)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    figures: dict[str, str] = {}

    with tempfile.TemporaryDirectory(prefix="cfgen-bench-") as tmp:
        work = Path(tmp)
        project = make_project(work / "catalog", corpus, "all")
        single = make_project(work / "single", corpus, ["krea/krea-2-medium-turbo"])
        mock, url = start_mock(corpus)
        # cfgen runs as installed: with its modules' bytecode cached (pip compiles it at install
        # time), whatever this shell says (some sandboxes set PYTHONDONTWRITEBYTECODE)
        env = {**os.environ, "CFGEN_DOCS_URL": url, "PYTHONDONTWRITEBYTECODE": ""}
        try:
            run([*CFGEN, "fetch"], project, env)
            run([*CFGEN, "fetch"], single, env)
            schemas = sorted((project / "schemas").rglob("schema-*.json"))
            models = len(list((project / "schemas").rglob("schema-input.json")))
            print(f"corpus: {models} models, {len(schemas)} schema files")

            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            cold = run([*CFGEN, "generate"], project, env)
            peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            peak = max(peak_kib, before) / 1024
            run([*CFGEN, "generate"], single, env)
            print(f"cold generate, whole corpus:       {cold:7.2f} s   peak RSS {peak:.0f} MiB")

            sample = (
                schemas
                if args.codegen_sample <= 0
                else schemas[:: max(1, len(schemas) // args.codegen_sample)]
            )
            loop = codegen_loop(sample, work) * len(schemas) / len(sample)
            how = "measured" if len(sample) == len(schemas) else f"scaled from {len(sample)} runs"
            print(
                f"datamodel-codegen CLI loop:        {loop:7.2f} s"
                f"   ({how}; {loop / len(schemas):.2f} s a schema)"
            )
            print(f"  ratio cold/loop:                 {cold / loop:7.3f}   (target <= 0.05)")

            noop = best_of(args.repeat, [*CFGEN, "generate"], project, env)
            print(f"no-op generate:                    {noop:7.3f} s   (target <= 0.3 s)")

            drift = best_of(args.repeat, [*CFGEN, "drift", "--format", "json"], project, env)
            print(f"drift, whole corpus, vs mock:      {drift:7.3f} s   (target <= 1 s)")
            # the part no request can shorten: the interpreter and every module drift loads
            loading = best_of(args.repeat, [sys.executable, "-c", DRIFT_IMPORTS], project, env)
            print(f"  of which start-up and imports:   {loading:7.3f} s")
        finally:
            mock.terminate()
            mock.wait(10)

        floor = startup(sys.executable, "import pydantic, httpx", work, args.repeat)
        # `import pydantic` alone is lazy: any pydantic model also loads BaseModel's machinery
        models_floor = startup(
            sys.executable, "import httpx; from pydantic import BaseModel", work, args.repeat
        )
        one = startup(sys.executable, IMPORT_CFAI, single / "generated", args.repeat)
        full = startup(sys.executable, IMPORT_CFAI, project / "generated", args.repeat)
        print(f"start-up floor (pydantic, httpx):  {floor * 1000:7.1f} ms")
        print(
            f"start-up floor with BaseModel:     {models_floor * 1000:7.1f} ms"
            f"   ratio {models_floor / floor:.2f}"
        )
        print(f"start-up cfai, 1 model:            {one * 1000:7.1f} ms   ratio {one / floor:.2f}")
        print(
            f"start-up cfai, whole corpus:       {full * 1000:7.1f} ms   ratio {full / floor:.2f}"
            " (target <= 1.2, flat)"
        )
        client_floor = startup(sys.executable, CLIENT_FLOOR, work, args.repeat)
        client = startup(sys.executable, CLIENT_CFAI, project / "generated", args.repeat)
        print(f"start-up floor + httpx.Client():   {client_floor * 1000:7.1f} ms")
        print(
            f"start-up cfai + first Client():    {client * 1000:7.1f} ms   ratio"
            f" {client / client_floor:.2f} (httpx is loaded by the first client)"
        )
        sdk = float("nan")
        try:
            sdk = startup(sys.executable, "from cloudflare import Cloudflare", work, args.repeat)
            print(f"start-up official SDK (cloudflare):{sdk * 1000:7.1f} ms   ratio {sdk / floor:.2f}")
        except SystemExit:
            print("start-up official SDK: not installed (pip install cloudflare to compare)")
        shutil.rmtree(work / "catalog" / ".cfgen-cache", ignore_errors=True)

    figures.update(
        models=str(models),
        cold_generate_s=f"{cold:.2f}",
        codegen_loop_s=f"{loop:.2f}",
        generate_ratio=f"{cold / loop:.3f}",
        noop_generate_s=f"{noop:.3f}",
        drift_s=f"{drift:.3f}",
        drift_imports_s=f"{loading:.3f}",
        startup_floor_ms=f"{floor * 1000:.1f}",
        startup_basemodel_ratio=f"{models_floor / floor:.2f}",
        startup_ratio_1=f"{one / floor:.2f}",
        startup_ratio_all=f"{full / floor:.2f}",
        startup_client_ratio=f"{client / client_floor:.2f}",
        startup_sdk_ratio=f"{sdk / floor:.2f}",
        peak_rss_mib=f"{peak:.0f}",
    )
    print(" ".join(f"{key}={value}" for key, value in figures.items()))


if __name__ == "__main__":
    main()
