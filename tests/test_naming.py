"""Model ids are checked before they touch the disk; names are safe, stable and collision-free."""

from __future__ import annotations

import builtins
import keyword

import pydantic
import pytest

from generator.errors import InvalidModelIdError
from generator.naming import class_prefix, model_names, snapshot_dir, validate_model_id

from .conftest import corpus_model_ids

UNSAFE = [
    "",
    "../x",
    "/etc/passwd",
    "a/../../b",
    "a/./b",
    "a//b",
    "a/b/",
    "a\\b",
    "C:/x",
    "a/b\x00c",
    "a/b\n",
    "a/" + "x" * 300,
    "nodelimiter",
    "a/@cf",
    "a/b c",
    "a/b\u202e",
]


@pytest.mark.parametrize("model_id", UNSAFE)
def test_unsafe_ids_are_rejected(model_id: str) -> None:
    with pytest.raises(InvalidModelIdError):
        validate_model_id(model_id)


def test_safe_ids_pass_and_map_to_their_folder() -> None:
    assert str(snapshot_dir("krea/krea-2-medium-turbo")) == "krea/krea-2-medium-turbo"
    assert str(snapshot_dir("@cf/meta/llama-3.1-8b-instruct")) == "@cf/meta/llama-3.1-8b-instruct"


def test_krea_names() -> None:
    names = model_names(["krea/krea-2-medium-turbo"])["krea/krea-2-medium-turbo"]
    assert names.module == "krea.krea_2_medium_turbo"
    assert str(names.module_path) == "krea/krea_2_medium_turbo.py"
    assert names.member_path == ("krea", "krea_2_medium_turbo")
    assert (names.input_class, names.output_class) == ("Krea2MediumTurboInput", "Krea2MediumTurboOutput")


def test_collisions_are_resolved_and_stable() -> None:
    ids = ["a/flux-2-klein-9b", "a/flux.2.klein.9b", "@cf/meta/x", "cf/meta/x", "v/Model", "v/model"]
    names = model_names(ids)
    modules = [n.module for n in names.values()]
    assert len(set(modules)) == len(modules)
    # the same id gets the same name whatever else is generated with it
    assert model_names(ids[:2])["a/flux-2-klein-9b"] == names["a/flux-2-klein-9b"]


def test_keywords_builtins_and_client_members_are_not_shadowed() -> None:
    names = model_names(["class/from", "run/import", "x/model_dump", "y/1st", "z/print"])
    for n in names.values():
        for part in n.member_path:
            assert part.isidentifier()
            assert not keyword.iskeyword(part) and not keyword.issoftkeyword(part)
            assert part not in dir(builtins)
            assert part not in {"run", "close", "with_options"}
            assert part not in dir(pydantic.BaseModel)
    assert class_prefix("y/1st") == "M1st"


def test_names_hold_across_the_whole_corpus() -> None:
    ids = corpus_model_ids()
    assert len(ids) > 180
    names = model_names(ids)
    modules = [n.module for n in names.values()]
    assert len(set(modules)) == len(modules)
    packages = {".".join(n.member_path[:i]) for n in names.values() for i in range(1, len(n.member_path))}
    assert not packages & set(modules)
    for n in names.values():
        assert all(part.isidentifier() and not keyword.iskeyword(part) for part in n.member_path)
        assert n.input_class.isidentifier() and n.output_class.isidentifier()
