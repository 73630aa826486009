"""Catalog scale: listing the models on offer, `models = "all"` and patterns, bad models skipped."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.config import Config
from generator.mock import MockServer
from generator.snapshot import load_snapshot
from generator.sources import SchemaFetcher, workers_wanted

from .conftest import CANARY_TOKEN, CORPUS, Project, corpus_model_ids

API_ENV = {"CLOUDFLARE_API_TOKEN": CANARY_TOKEN, "CLOUDFLARE_ACCOUNT_ID": "acc"}


@pytest.fixture
def corpus_project(project: Project) -> Iterator[Project]:
    with MockServer(catalog_dir=CORPUS) as server:
        project.server = server
        yield project


def test_models_lists_the_catalog_folder_as_json(corpus_project: Project) -> None:
    result = corpus_project.cfgen("models", "--catalog", str(CORPUS), "--format", "json")
    assert result.exit_code == 0, result.output
    listing = json.loads(result.stdout)
    assert {m["model_id"] for m in listing} == corpus_model_ids()
    krea = next(m for m in listing if m["model_id"] == "krea/krea-2-medium-turbo")
    assert krea == {"model_id": "krea/krea-2-medium-turbo", "task": "Text-to-Image", "vendor": "krea"}
    llama = next(m for m in listing if m["model_id"] == "@cf/meta/llama-3.1-8b-instruct")
    assert llama["vendor"] == "meta"


def test_models_pages_through_the_api_search(corpus_project: Project) -> None:
    result = corpus_project.cfgen("models", "--source", "api", "--format", "json", env=API_ENV)
    assert result.exit_code == 0, result.output
    assert {m["model_id"] for m in json.loads(result.stdout)} == corpus_model_ids()
    pages = [r.path for r in corpus_project.server.requests if "/ai/models/search" in r.path]
    assert len(pages) == 2 and "page=2" in pages[1]  # ~190 models, 100 a page
    assert CANARY_TOKEN not in result.output


def test_models_without_a_listing_source_is_a_clear_error(corpus_project: Project) -> None:
    result = corpus_project.cfgen("models")
    assert result.exit_code == 2
    assert "listing the catalog needs" in result.stderr


def test_patterns_select_from_the_catalog(corpus_project: Project) -> None:
    corpus_project.write_config(models=["krea/*", "@cf/deepgram/aura-1"], catalog=str(CORPUS))
    result = corpus_project.cfgen("fetch")
    assert result.exit_code == 0, result.output
    assert load_snapshot(corpus_project.schemas).model_ids == [
        "@cf/deepgram/aura-1",
        "krea/krea-2-large",
        "krea/krea-2-medium",
        "krea/krea-2-medium-turbo",
    ]


def test_pattern_matching_nothing_is_an_error(corpus_project: Project) -> None:
    corpus_project.write_config(models=["nobody/*"], catalog=str(CORPUS))
    result = corpus_project.cfgen("fetch")
    assert result.exit_code == 2
    assert "'nobody/*' matches no model" in result.stderr


def test_all_models_fetch_skips_only_the_broken_ones(corpus_project: Project) -> None:
    corpus_project.write_config(models="all", catalog=str(CORPUS))
    result = corpus_project.cfgen("fetch")
    assert result.exit_code == 4  # something was wrong, and said so
    skipped = {
        line.split(": ")[2] for line in result.stderr.splitlines() if line.startswith("cfgen: skipped: ")
    }
    # flux-2-dev's `required` sits inside `properties`; five publish no schema at all
    assert skipped == {
        "@cf/black-forest-labs/flux-2-dev",
        "@cf/black-forest-labs/flux-2-klein-9b",
        "@cf/swiss-ai/apertus-v1.5-8b",
        "@cf/utter-project/eurollm-9b-it",
    } | ({"@cf/qwen/qwq-32b", "@cf/ibm-granite/granite-4.0-h-micro"} & skipped)
    flux = next(line for line in result.stderr.splitlines() if "flux-2-dev" in line)
    assert "/properties/required" in flux
    held = set(load_snapshot(corpus_project.schemas).model_ids)
    assert held == corpus_model_ids() - skipped
    strict = corpus_project.cfgen("fetch", "--strict")
    assert strict.exit_code == 4


def test_catalog_fetch_keeps_to_its_connections(corpus_project: Project) -> None:
    # `concurrency` bounds the connections, each kept alive for many requests: ~500 requests on
    # a handful of connections, not a connection (and a TCP handshake) a request
    corpus_project.write_config(models="all", catalog=str(CORPUS), concurrency=3)
    corpus_project.server.clear_requests()
    assert corpus_project.cfgen("fetch").exit_code == 4  # the corpus's broken models
    requests = corpus_project.server.requests
    connections = {r.client for r in requests}
    assert len(requests) > 400
    assert 1 <= len(connections) <= 3, connections


def test_a_distant_server_gets_more_connections(corpus_project: Project) -> None:
    # every answer 30 ms late, as from across the internet: the fetch waits far more than it
    # computes, so it opens connections up to `concurrency` (it starts with two)
    corpus_project.write_config(models=["@cf/meta/*"], catalog=str(CORPUS), concurrency=5)
    corpus_project.server.inject("slow", delay=0.03, count=10_000)
    corpus_project.server.clear_requests()
    result = corpus_project.cfgen("fetch")
    assert result.exit_code == 0, result.output
    assert len({r.client for r in corpus_project.server.requests}) == 5


def test_fetching_no_model_returns_at_once(tmp_path: Path) -> None:
    results: list[object] = []
    fetch = threading.Thread(
        target=lambda: results.append(SchemaFetcher(Config(root=tmp_path)).fetch_all([])), daemon=True
    )
    fetch.start()
    fetch.join(10)  # fails, rather than hangs, should it wait for workers it never started
    assert results == [{}]


@pytest.mark.parametrize(
    ("running", "cap", "busy", "wanted"),
    [
        (2, 8, 0.05, 4),  # waiting: double
        (4, 8, 0.2, 8),
        (8, 8, 0.01, 8),  # never past the cap
        (4, 6, 0.1, 6),
        (2, 8, 0.9, 2),  # a core busy: more threads would only queue for the GIL
        (2, 8, 1.3, 2),  # C code on the other core too
        (1, 1, 0.0, 1),
    ],
)
def test_workers_double_only_while_the_fetch_waits(running: int, cap: int, busy: float, wanted: int) -> None:
    assert workers_wanted(running, cap, busy) == wanted
