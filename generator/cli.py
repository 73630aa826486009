"""The ``cfgen`` command line: wires config, sources, snapshot, emitters, writer, diff and report.

Exit codes (DESIGN.md): 0 ok, 1 drift found or check failed, 2 usage/config error, 3 network or
upstream error, 4 invalid schema. Every error is one line on stderr naming the problem and what to
do; the API token is scrubbed from anything cfgen prints.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path, PurePosixPath
from typing import Any, NoReturn, TypeVar

import click

from . import __version__
from .config import Config, find_project_root, load_config
from .errors import CfgenError, ConfigError
from .naming import validate_model_id
from .snapshot import Snapshot

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


def _model_ids(config: Config, named: Sequence[str]) -> list[str]:
    ids = list(named) or list(config.models)
    if not ids:
        raise ConfigError("no models to work on: name some, or list them in [tool.cfgen] models")
    return [validate_model_id(m) for m in dict.fromkeys(ids)]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cfgen")
@click.option(
    "--project",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Project folder holding pyproject.toml (default: the current folder or a parent).",
)
@click.pass_context
def main(ctx: click.Context, project: Path | None) -> None:
    """Typed Python bindings for Cloudflare AI models, and a drift check for CI."""
    ctx.ensure_object(dict)
    ctx.obj["project"] = project


source_option = click.option(
    "--source",
    type=click.Choice(["docs", "api"]),
    default=None,
    help="Where to fetch schemas from.",
)
docs_url_option = click.option("--docs-url", default=None, help="Base URL of the docs site.")
api_url_option = click.option("--api-url", default=None, help="Base URL of the Cloudflare API.")


@main.command()
@click.argument("model_ids", nargs=-1)
@source_option
@docs_url_option
@api_url_option
@click.pass_context
@handles_errors
def fetch(
    ctx: click.Context,
    model_ids: tuple[str, ...],
    source: str | None,
    docs_url: str | None,
    api_url: str | None,
) -> None:
    """Download models' schemas into the vendored snapshot (schemas/ and its lock file).

    All models, or none: if any model fails, no file under schemas/ changes.
    """
    from .snapshot import load_snapshot, plan_update, write_update
    from .sources import FetchedModel, fetch_models
    from .writer import locked

    config = _config(ctx, source=source, docs_url=docs_url, api_url=api_url)
    ids = _model_ids(config, model_ids)
    with locked(config.schemas_dir):
        snapshot = load_snapshot(config.schemas_dir)
        results = fetch_models(config, ids, snapshot.etags())
        errors = [r for r in results.values() if isinstance(r, CfgenError)]
        if errors:
            for error in errors[1:]:
                say(f"cfgen: error: {error}", err=True)
            if len(errors) > 1:
                say(f"cfgen: {len(errors)} models failed; schemas/ was left unchanged", err=True)
            raise errors[0]
        fetched = {m: r for m, r in results.items() if isinstance(r, FetchedModel)}
        files, changed = plan_update(snapshot, fetched)
        write_update(config.schemas_dir, files)
    for model_id in changed:
        say(f"updated {model_id}")
    say(f"fetched {len(ids)} model(s): {len(changed)} changed, {len(ids) - len(changed)} unchanged")


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


def build_package(config: Config, snapshot: Snapshot) -> dict[PurePosixPath, bytes]:
    """Every file of ``generated/`` as the snapshot produces it (models, client, run-time)."""
    from .emit_client import emit_client
    from .emit_models import emit_models

    specs = snapshot.specs()
    if not specs:
        raise ConfigError(f"{config.schemas_dir} holds no models: run cfgen fetch first")
    emitted = [(spec, emit_models(spec)) for spec in specs]
    template_dirs = [config.templates] if config.templates else []
    if config.templates and not config.templates.is_dir():
        raise ConfigError(f"[tool.cfgen] templates: {config.templates} is not a folder")
    files = {
        path: text.encode("utf-8")
        for path, text in emit_client(emitted, package=config.package, template_dirs=template_dirs).items()
    }
    for spec, models in emitted:
        files[PurePosixPath(config.package, "models", spec.names.module_path)] = models.source.encode("utf-8")
    return files


@main.command()
@click.option("--check", is_flag=True, help="Write nothing; exit 1 listing the files that are out of date.")
@click.pass_context
@handles_errors
def generate(ctx: click.Context, check: bool) -> None:
    """Generate the typed package (models, sync and async clients) from the snapshot into generated/."""
    from .snapshot import load_snapshot
    from .writer import locked, stale_files, write_tree

    config = _config(ctx)
    with locked(config.output_dir):
        files = build_package(config, load_snapshot(config.schemas_dir))
        if check:
            stale = stale_files(config.output_dir, files)
            if stale:
                for path in stale:
                    say(f"stale: {config.output_dir.name}/{path}")
                say(
                    f"cfgen: {len(stale)} file(s) of {config.output_dir.name}/ are out of date with"
                    f" {config.schemas_dir.name}/: run cfgen generate",
                    err=True,
                )
                sys.exit(1)
            say(f"{config.output_dir.name}/ is up to date ({len(files)} files)")
            return
        changed = write_tree(config.output_dir, files)
    say(f"{'wrote' if changed else 'unchanged:'} {config.output_dir.name}/ ({len(files)} files)")


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
    update: bool,
    source: str | None,
    docs_url: str | None,
    api_url: str | None,
) -> None:
    """Compare the published schemas with the snapshot; exit 1 on drift (3 if they cannot be fetched)."""
    from .diff import DriftReport, diff_model
    from .errors import ModelNotFoundError
    from .report import render
    from .snapshot import load_snapshot, plan_update, write_update
    from .sources import FetchedModel, fetch_models
    from .writer import locked, stale_files, write_file, write_tree

    config = _config(ctx, source=source, docs_url=docs_url, api_url=api_url)
    snapshot = load_snapshot(config.schemas_dir)
    ids = [validate_model_id(m) for m in model_ids] or sorted({*config.models, *snapshot.model_ids})
    if not ids:
        raise ConfigError("no models to check: list them in [tool.cfgen] models, or run cfgen fetch")
    results = fetch_models(config, ids, snapshot.etags())
    failures = [
        r for r in results.values() if isinstance(r, CfgenError) and not isinstance(r, ModelNotFoundError)
    ]
    if failures:
        for error in failures[1:]:
            say(f"cfgen: error: {error}", err=True)
        raise failures[0]

    held = set(snapshot.model_ids)
    models = []
    fetched: dict[str, FetchedModel] = {}
    for model_id in ids:
        result = results[model_id]
        old_in = snapshot.schema(model_id, "input") if model_id in held else None
        old_out = snapshot.schema(model_id, "output") if model_id in held else None
        if isinstance(result, FetchedModel):
            fetched[model_id] = result
            new_in = old_in if result.input.content is None else result.input.content
            new_out = old_out if result.output.content is None else result.output.content
        else:
            new_in = new_out = None
        models.append(diff_model(model_id, old_in, old_out, new_in, new_out))

    stale: list[str] = []
    if config.output_dir.is_dir() and snapshot.model_ids:
        stale = stale_files(config.output_dir, build_package(config, snapshot))
    report = DriftReport(models=tuple(models), stale_generated=tuple(stale))
    text = render(
        report,
        fmt,  # type: ignore[arg-type]
        schemas_dir=os.path.relpath(config.schemas_dir, config.root),
        color=output is None and fmt == "text" and sys.stdout.isatty(),
    )
    if output is not None:
        write_file(output, redact(text).encode())
    else:
        click.echo(redact(text), nl=not text.endswith("\n"))

    if update and report.has_drift:
        with locked(config.schemas_dir):
            files, changed = plan_update(load_snapshot(config.schemas_dir), fetched)
            write_update(config.schemas_dir, files)
        with locked(config.output_dir):
            write_tree(config.output_dir, build_package(config, load_snapshot(config.schemas_dir)))
        say(
            f"updated {len(changed)} model(s) in {config.schemas_dir.name}/"
            f" and regenerated {config.output_dir.name}/",
            err=True,
        )
        return
    if report.exceeds(fail_on):  # type: ignore[arg-type]
        sys.exit(1)
