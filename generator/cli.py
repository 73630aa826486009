"""The ``cfgen`` command line: wires config, sources, snapshot, emitters, writer, diff and report.

Exit codes (DESIGN.md): 0 ok, 1 drift found or check failed, 2 usage/config error, 3 network or
upstream error, 4 invalid schema. Every error is one line on stderr naming the problem and what to
do; the API token is scrubbed from anything cfgen prints.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from . import __version__
from .config import Config, find_project_root, load_config
from .errors import CfgenError, ConfigError
from .writer import locked

if TYPE_CHECKING:  # the heavy modules (httpx, jsonschema) load only in the commands that use them
    from .sources import FetchedModel

F = TypeVar("F", bound=Callable[..., Any])
INTERNAL_ERROR = 70


def redact(text: str) -> str:
    """``text`` with the API token (if set) replaced, so no output can leak it."""
    token = os.environ.get("CLOUDFLARE_API_TOKEN")
    if token and len(token) >= 4:
        text = text.replace(token, "***")
    return text


def say(message: str, *, err: bool = False) -> None:
    click.echo(redact(message), err=err)


def fail(error: CfgenError) -> NoReturn:
    say(f"cfgen: error: {error}", err=True)
    sys.exit(error.exit_code)


def handles_errors(command: F) -> F:
    """Turn CfgenError into its one-line message and exit code; anything else into exit 70."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except CfgenError as exc:
            fail(exc)
        except BrokenPipeError:  # `cfgen models | head`: the reader left, nothing to report
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except KeyboardInterrupt:
            say("cfgen: interrupted; nothing was half-written", err=True)
            sys.exit(130)
        except Exception as exc:
            if os.environ.get("CFGEN_DEBUG"):
                raise
            say(
                f"cfgen: internal error: {type(exc).__name__}: {exc}"
                " (a bug in cfgen: please report it; CFGEN_DEBUG=1 shows the traceback)",
                err=True,
            )
            sys.exit(INTERNAL_ERROR)

    return wrapper  # type: ignore[return-value]


def _config(ctx: click.Context, **overrides: Any) -> Config:
    project: Path | None = ctx.obj.get("project")
    root = find_project_root(project or Path.cwd())
    return load_config(root).with_overrides(**overrides)


def _model_ids(config: Config, named: Sequence[str]) -> tuple[list[str], set[str]]:
    """The model ids to work on, and which of them came from matching the catalog's listing."""
    from .config import is_pattern
    from .sources import list_models, resolve_models

    entries = list(named) or list(config.models)
    if not entries:
        raise ConfigError("no models to work on: name some, or list them in [tool.cfgen] models")
    listing = list_models(config) if any(is_pattern(e) for e in entries) else None
    ids = resolve_models(entries, listing)
    return ids, set(ids) - {e for e in entries if not is_pattern(e)}


def _partition(
    results: Mapping[str, object], listed: set[str]
) -> tuple[dict[str, FetchedModel], list[CfgenError], list[CfgenError]]:
    """Fetched models, per-model schema problems (skippable), and failures that stop the run."""
    from .errors import ModelNotFoundError, SchemaError
    from .sources import FetchedModel

    fetched: dict[str, FetchedModel] = {}
    skippable: list[CfgenError] = []
    fatal: list[CfgenError] = []
    for model_id, result in results.items():
        if isinstance(result, FetchedModel):
            fetched[model_id] = result
        elif isinstance(result, ModelNotFoundError) and model_id in listed:
            skippable.append(
                SchemaError(
                    f"{model_id}: the catalog lists it but publishes no schema for it: nothing to generate",
                    model_id=model_id,
                )
            )
        elif isinstance(result, SchemaError):
            skippable.append(result)
        elif isinstance(result, CfgenError):
            fatal.append(result)
    return fetched, skippable, fatal


def _report_all(errors: Sequence[CfgenError], verb: str = "error") -> None:
    for error in errors:
        say(f"cfgen: {verb}: {error}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cfgen")
@click.option(
    "--project",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Project folder holding pyproject.toml (default: the current folder or a parent).",
)
@click.option(
    "-v", "--verbose", count=True, help="Log what happens: -v requests and retries, -vv also HTTP internals."
)
@click.pass_context
def main(ctx: click.Context, project: Path | None, verbose: int) -> None:
    """Typed Python bindings for Cloudflare AI models, and a drift check for CI."""
    ctx.ensure_object(dict)
    ctx.obj["project"] = project
    _log_to_stderr(verbose)


#: Modules that libraries cfgen uses import just in case, and that cfgen never uses: httpx
#: imports its own command-line client (rich, pygments and click, which cfgen installs) and
#: httpcore imports trio (when installed) as they are imported, ~0.1 s on every cfgen command.
#: Both are made lazy upstream (pydantic/httpx2#947; encode/httpcore#946); until then the cfgen
#: command, which owns its process, marks them absent, which both libraries take as "not
#: installed". Nothing changes for a process that imports cfgen as a library.
UNUSED_IMPORTS = ("httpx._main", "trio")


def run() -> None:
    """The ``cfgen`` command (and ``python -m generator``): :func:`main` in a process of its own."""
    for name in UNUSED_IMPORTS:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]
    main()


class _StderrHandler(logging.Handler):
    """Writes each record, with the API token scrubbed, to whatever ``sys.stderr`` is now."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(redact(self.format(record)) + "\n")
        except Exception:
            self.handleError(record)


def _log_to_stderr(verbose: int) -> None:
    """Log to stderr at the asked verbosity (0: nothing), replacing what an earlier run set up."""
    level = logging.DEBUG if verbose > 1 else logging.INFO
    for name in ("cfgen", "httpx", "httpcore"):
        logger = logging.getLogger(name)
        for old in [h for h in logger.handlers if isinstance(h, _StderrHandler)]:
            logger.removeHandler(old)
            logger.setLevel(logging.NOTSET)
        if (name == "cfgen" and verbose) or verbose > 1:
            handler = _StderrHandler()
            handler.setFormatter(logging.Formatter("cfgen: %(name)s: %(message)s"))
            logger.addHandler(handler)
            logger.setLevel(level)


source_option = click.option(
    "--source",
    type=click.Choice(["docs", "api"]),
    default=None,
    help="Where to fetch schemas from.",
)
docs_url_option = click.option("--docs-url", default=None, help="Base URL of the docs site.")
api_url_option = click.option("--api-url", default=None, help="Base URL of the Cloudflare API.")


strict_option = click.option(
    "--strict", is_flag=True, help="All models or none: one invalid schema stops the whole run."
)


@main.command()
@click.argument("model_ids", nargs=-1)
@source_option
@docs_url_option
@api_url_option
@strict_option
@click.pass_context
@handles_errors
def fetch(
    ctx: click.Context,
    model_ids: tuple[str, ...],
    source: str | None,
    docs_url: str | None,
    api_url: str | None,
    strict: bool,
) -> None:
    """Download models' schemas into the vendored snapshot (schemas/ and its lock file).

    A network or upstream failure changes nothing. A model whose published schema is invalid is
    reported and skipped (its previous snapshot kept) while the rest land, and the exit code is 4;
    with --strict it stops the whole fetch instead.
    """
    from .snapshot import load_snapshot, plan_update, write_update
    from .sources import fetch_models

    config = _config(ctx, source=source, docs_url=docs_url, api_url=api_url)
    ids, listed = _model_ids(config, model_ids)
    with locked(config.schemas_dir):
        snapshot = load_snapshot(config.schemas_dir)
        fetched, skipped, fatal = _partition(fetch_models(config, ids, snapshot.known()), listed)
        if fatal or (skipped and strict):
            errors = fatal or skipped
            _report_all(errors[1:])
            if len(errors) > 1:
                say(
                    f"cfgen: {len(errors)} models failed; {config.schemas_dir.name}/ was left unchanged",
                    err=True,
                )
            raise errors[0]
        files, changed = plan_update(snapshot, fetched)
        write_update(config.schemas_dir, files)
    for model_id in changed:
        say(f"updated {model_id}")
    say(
        f"fetched {len(fetched)} model(s): {len(changed)} changed, {len(fetched) - len(changed)} unchanged"
        + (f", {len(skipped)} skipped" if skipped else "")
    )
    if skipped:
        _report_all(skipped, "skipped")
        sys.exit(skipped[0].exit_code)


@main.command("models")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--catalog", "catalog_dir", type=click.Path(file_okay=False, path_type=Path), default=None)
@source_option
@api_url_option
@click.pass_context
@handles_errors
def list_models_command(
    ctx: click.Context, fmt: str, catalog_dir: Path | None, source: str | None, api_url: str | None
) -> None:
    """List what the catalog offers (id, task, vendor): the catalog folder, or the API's search."""
    import json

    from .sources import list_models

    config = _config(
        ctx, source=source, api_url=api_url, catalog=catalog_dir.resolve() if catalog_dir else None
    )
    entries = list_models(config)
    if fmt == "json":
        say(json.dumps([e.to_dict() for e in entries], indent=2))
        return
    width = max((len(e.model_id) for e in entries), default=8)
    for entry in entries:
        say(f"{entry.model_id:<{width}}  {entry.task or '-':<32}  {entry.vendor}")
    say(f"{len(entries)} model(s)", err=True)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8787, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--schemas",
    "schemas_dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=None,
    help="Snapshot-shaped folder to serve (default: the project's schemas/).",
)
@click.option(
    "--catalog",
    "catalog_dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=None,
    help="Folder of corpus-shaped catalog files to serve as well.",
)
@click.pass_context
@handles_errors
def mock(
    ctx: click.Context, host: str, port: int, schemas_dir: Path | None, catalog_dir: Path | None
) -> None:
    """Serve a stand-in of Cloudflare's API (docs schemas, schema API, ai/run) for offline work."""
    from .mock import MockServer

    if schemas_dir is None and catalog_dir is None:
        schemas_dir = _config(ctx).schemas_dir
    server = MockServer(schemas_dir=schemas_dir, catalog_dir=catalog_dir, host=host, port=port)
    server.start()
    count = len(server.state.models)
    say(f"cfgen mock: serving {count} model(s) on {server.url} (API base {server.api_url})")
    sys.stdout.flush()
    try:
        assert server._thread is not None
        while server._thread.is_alive():
            server._thread.join(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


@main.command()
@click.option("--check", is_flag=True, help="Write nothing; exit 1 listing the files that are out of date.")
@strict_option
@click.pass_context
@handles_errors
def generate(ctx: click.Context, check: bool, strict: bool) -> None:
    """Generate the typed package (models, sync and async clients) from the snapshot into generated/.

    A model whose schema cannot be generated is reported and left out (exit 4); with --strict
    nothing is written.
    """
    from .build import BuildCache, build_package, cached_tree_is_current, terminal_progress, tree_key
    from .snapshot import load_snapshot
    from .writer import stale_files, write_tree

    config = _config(ctx)
    cache = BuildCache(config.root)
    problems: list[CfgenError] = []
    with locked(config.output_dir):
        snapshot = load_snapshot(config.schemas_dir)
        inputs, current = cached_tree_is_current(config, snapshot, cache)
        if current:  # the last build of exactly these inputs is what generated/ holds
            say(f"{config.output_dir.name}/ is up to date")
            return
        progress, done = terminal_progress("generating models")
        try:
            files, problems = build_package(config, snapshot, strict=strict, cache=cache, progress=progress)
        finally:
            done()
        if check:
            stale = stale_files(config.output_dir, files)
            for path in stale:
                say(f"stale: {config.output_dir.name}/{path}")
            if stale:
                say(
                    f"cfgen: {len(stale)} file(s) of {config.output_dir.name}/ are out of date with"
                    f" {config.schemas_dir.name}/: run cfgen generate",
                    err=True,
                )
                sys.exit(1)
            say(f"{config.output_dir.name}/ is up to date ({len(files)} files)")
        else:
            changed = write_tree(config.output_dir, files)
            say(f"{'wrote' if changed else 'unchanged:'} {config.output_dir.name}/ ({len(files)} files)")
        if not problems:
            cache.set_stamp(inputs, tree_key(files))
    if problems:
        _report_all(problems, "skipped")
        sys.exit(problems[0].exit_code)


@main.command()
@click.argument("model_ids", nargs=-1)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown", "github", "junit"]),
    default="text",
    show_default=True,
)
@click.option(
    "--fail-on",
    type=click.Choice(["breaking", "warning", "any"]),
    default="any",
    show_default=True,
    help="Lowest level of change that fails the check (exit 1).",
)
@click.option(
    "--output", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Write the report here."
)
@click.option(
    "--summary",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the Markdown report here (e.g. $GITHUB_STEP_SUMMARY), from the same fetch.",
)
@click.option("--update", is_flag=True, help="Refresh the snapshot and regenerate, printing the same report.")
@source_option
@docs_url_option
@api_url_option
@click.pass_context
@handles_errors
def drift(
    ctx: click.Context,
    model_ids: tuple[str, ...],
    fmt: str,
    fail_on: str,
    output: Path | None,
    summary: Path | None,
    update: bool,
    source: str | None,
    docs_url: str | None,
    api_url: str | None,
) -> None:
    """Compare the published schemas with the snapshot; exit 1 on drift (3 if they cannot be fetched)."""
    from .build import BuildCache, build_package, cached_tree_is_current
    from .diff import DriftReport, ModelDrift, diff_model
    from .errors import ModelNotFoundError
    from .report import render
    from .snapshot import load_snapshot, plan_update, write_update
    from .sources import fetch_models
    from .writer import stale_files, write_file, write_tree

    config = _config(ctx, source=source, docs_url=docs_url, api_url=api_url)
    snapshot = load_snapshot(config.schemas_dir)
    if model_ids:
        ids, listed = _model_ids(config, model_ids)
    else:
        configured, listed = _model_ids(config, ()) if config.models else ([], set())
        ids = sorted({*configured, *snapshot.model_ids})
    results = fetch_models(config, ids, snapshot.known(), remember=update)
    held = set(snapshot.model_ids)
    # A model the snapshot holds and the catalog no longer serves is drift (model-removed), not an
    # error; a listed model without a usable schema that we never held is only mentioned.
    removed = {m for m, r in results.items() if isinstance(r, ModelNotFoundError) and m in held}
    fetched, skipped, fatal = _partition({m: r for m, r in results.items() if m not in removed}, listed)
    fatal += [e for e in skipped if getattr(e, "model_id", None) in held]
    if fatal:
        _report_all(fatal[1:])
        raise fatal[0]
    _report_all(skipped, "skipped")

    models = []
    for model_id in ids:
        if model_id not in held and model_id not in fetched:
            continue
        old_in = snapshot.schema(model_id, "input") if model_id in held else None
        old_out = snapshot.schema(model_id, "output") if model_id in held else None
        new_in = new_out = None
        if model_id in fetched:
            result = fetched[model_id]
            new_in = old_in if result.input.content is None else result.input.content
            new_out = old_out if result.output.content is None else result.output.content
        if model_id in held and new_in == old_in and new_out == old_out:
            models.append(ModelDrift(model_id))  # the same documents: nothing to diff
        else:
            models.append(diff_model(model_id, old_in, old_out, new_in, new_out))

    stale: list[str] = []
    if config.output_dir.is_dir() and snapshot.model_ids:
        cache = BuildCache(config.root)
        if not cached_tree_is_current(config, snapshot, cache)[1]:
            stale = stale_files(
                config.output_dir, build_package(config, snapshot, strict=False, cache=cache)[0]
            )
    report = DriftReport(models=tuple(models), stale_generated=tuple(stale))
    text = render(
        report,
        fmt,  # type: ignore[arg-type]
        schemas_dir=os.path.relpath(config.schemas_dir, config.root),
        color=output is None and fmt == "text" and sys.stdout.isatty(),
    )
    if summary is not None:  # appended, as GitHub's step summary expects
        markdown = redact(
            render(report, "markdown", schemas_dir=os.path.relpath(config.schemas_dir, config.root))
        )
        with summary.open("a", encoding="utf-8") as stream:
            stream.write(markdown if markdown.endswith("\n") else markdown + "\n")
    if output is not None:
        write_file(output, redact(text).encode())
    else:
        click.echo(redact(text), nl=not text.endswith("\n"))

    if update and report.has_drift:
        # Build the new package from a staged copy of the new snapshot first: a model that no
        # longer generates stops the update before either tree changes.
        with locked(config.schemas_dir), locked(config.output_dir):
            files, changed = plan_update(load_snapshot(config.schemas_dir), fetched)
            with tempfile.TemporaryDirectory(prefix="cfgen-update-") as staging:
                staged = Path(staging) / "schemas"
                if config.schemas_dir.is_dir():
                    shutil.copytree(config.schemas_dir, staged)
                write_update(staged, files)
                package, _ = build_package(
                    config, load_snapshot(staged), strict=False, cache=BuildCache(config.root)
                )
            write_update(config.schemas_dir, files)
            write_tree(config.output_dir, package)
        say(
            f"updated {len(changed)} model(s) in {config.schemas_dir.name}/"
            f" and regenerated {config.output_dir.name}/",
            err=True,
        )
        return
    if report.exceeds(fail_on):  # type: ignore[arg-type]
        sys.exit(1)
