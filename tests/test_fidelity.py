"""Differential tests: the Krea models accept exactly what jsonschema accepts, and lose nothing.

Plus one regression test per defect of datamodel-code-generator's default output on this schema
(nullable defaults, bools as numbers, UUID and AnyUrl rewriting values).
"""

from __future__ import annotations

import json
import types
from pathlib import Path
from typing import Any

import pydantic
import pytest

from generator.emit_models import emit_models
from generator.naming import model_names
from generator.spec import EmittedModels, ModelSpec
from tests.fidelity_support import load_module, run_differential

KREA_ID = "krea/krea-2-medium-turbo"
KREA_DIR = Path(__file__).resolve().parents[2] / "shared" / "reference-schemas" / KREA_ID


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((KREA_DIR / name).read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def krea_schemas() -> tuple[dict[str, Any], dict[str, Any]]:
    return _load("schema-input.json"), _load("schema-output.json")


@pytest.fixture(scope="module")
def krea_emitted(krea_schemas: tuple[dict[str, Any], dict[str, Any]]) -> EmittedModels:
    names = model_names([KREA_ID])[KREA_ID]
    return emit_models(ModelSpec(names, krea_schemas[0], krea_schemas[1]))


@pytest.fixture(scope="module")
def krea(krea_emitted: EmittedModels) -> types.ModuleType:
    return load_module(krea_emitted.source, "krea")


def _valid_input(**changes: Any) -> dict[str, Any]:
    return {"prompt": "a cat", "aspect_ratio": "1:1", "resolution": "1K", **changes}


def test_input_accepts_exactly_what_jsonschema_accepts(
    krea: types.ModuleType, krea_schemas: tuple[dict[str, Any], dict[str, Any]]
) -> None:
    stats = run_differential(
        krea.Krea2MediumTurboInput, krea_schemas[0], role="input", max_examples=300
    )
    print(f"krea input: {stats.valid} valid and {stats.invalid} invalid instances checked")
    # The run must really cover both sides of the boundary, or it proves nothing.
    assert stats.valid >= 250
    assert stats.invalid >= 100


def test_output_accepts_exactly_what_jsonschema_accepts(
    krea: types.ModuleType, krea_schemas: tuple[dict[str, Any], dict[str, Any]]
) -> None:
    stats = run_differential(
        krea.Krea2MediumTurboOutput, krea_schemas[1], role="output", max_examples=150
    )
    print(f"krea output: {stats.valid} valid and {stats.invalid} invalid instances checked")
    assert stats.valid >= 100
    assert stats.invalid >= 30


# Defect 1: fields with a default were typed `X | None`, so null was accepted.
@pytest.mark.parametrize("name", ["intensity", "creativity", "complexity", "movement"])
def test_null_is_rejected_for_a_field_with_a_default(krea: types.ModuleType, name: str) -> None:
    with pytest.raises(pydantic.ValidationError):
        krea.Krea2MediumTurboInput.model_validate(_valid_input(**{name: None}))


def test_null_is_rejected_for_nested_defaults_and_optional_fields(krea: types.ModuleType) -> None:
    bad = [
        _valid_input(image_style_references=[{"url": "https://a.b", "strength": None}]),
        _valid_input(moodboards=[{"id": "00000000-0000-0000-0000-000000000000", "strength": None}]),
        _valid_input(styles=None),
    ]
    for instance in bad:
        with pytest.raises(pydantic.ValidationError):
            krea.Krea2MediumTurboInput.model_validate(instance)
    # seed is anyOf [number, null]: null is allowed there, and kept.
    parsed = krea.Krea2MediumTurboInput.model_validate(_valid_input(seed=None))
    assert parsed.model_dump(mode="json", exclude_unset=True)["seed"] is None


# Defect 2: `seed: true` was accepted and sent as 1.0.
@pytest.mark.parametrize("value", [True, False])
def test_bool_is_not_a_number(krea: types.ModuleType, value: bool) -> None:
    for instance in (
        _valid_input(seed=value),
        _valid_input(intensity=value),
        _valid_input(styles=[{"id": "s", "strength": value}]),
    ):
        with pytest.raises(pydantic.ValidationError):
            krea.Krea2MediumTurboInput.model_validate(instance)


@pytest.mark.parametrize(
    ("name", "value"), [("seed", 1), ("seed", 1.0), ("seed", 2.5), ("intensity", 3), ("intensity", 3.0)]
)
def test_numbers_keep_their_type(krea: types.ModuleType, name: str, value: float) -> None:
    parsed = krea.Krea2MediumTurboInput.model_validate(_valid_input(**{name: value}))
    dumped = parsed.model_dump_json(exclude_unset=True)
    assert json.loads(dumped)[name] == value
    assert json.dumps(json.loads(dumped)[name]) == json.dumps(value)


def test_integer_rejects_fractions_and_bounds(krea: types.ModuleType) -> None:
    for value in (1.5, 101, -101, 100.5, "1"):
        with pytest.raises(pydantic.ValidationError):
            krea.Krea2MediumTurboInput.model_validate(_valid_input(intensity=value))


# Defect 3: moodboard id became UUID: pattern lost, upper case turned lower case.
def test_moodboard_id_is_kept_as_written_and_pattern_checked(krea: types.ModuleType) -> None:
    upper = "A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D"
    parsed = krea.Krea2MediumTurboInput.model_validate(_valid_input(moodboards=[{"id": upper}]))
    assert parsed.model_dump(mode="json", exclude_unset=True)["moodboards"] == [{"id": upper}]
    # A valid UUID that the pattern refuses (version nibble 0), and the pattern's `$` matching
    # before a final newline, as Python's re.search (jsonschema's engine) does.
    with pytest.raises(pydantic.ValidationError):
        krea.Krea2MediumTurboInput.model_validate(
            _valid_input(moodboards=[{"id": "a1b2c3d4-e5f6-0a7b-8c9d-0e1f2a3b4c5d"}])
        )
    trailing = upper + "\n"
    parsed = krea.Krea2MediumTurboInput.model_validate(_valid_input(moodboards=[{"id": trailing}]))
    assert parsed.model_dump(mode="json", exclude_unset=True)["moodboards"] == [{"id": trailing}]


# Defect 4: url became AnyUrl, which rewrites `https://a.b` into `https://a.b/`.
@pytest.mark.parametrize("url", ["https://a.b", "HTTPS://Example.COM/x?y=1#z", "not a url"])
def test_urls_are_kept_as_written(krea: types.ModuleType, url: str) -> None:
    parsed = krea.Krea2MediumTurboInput.model_validate(
        _valid_input(image_style_references=[{"url": url}])
    )
    dumped = parsed.model_dump(mode="json", exclude_unset=True)
    assert dumped["image_style_references"] == [{"url": url}]
    output = krea.Krea2MediumTurboOutput.model_validate({"image": url})
    assert output.model_dump(mode="json")["image"] == url


def test_output_keeps_unknown_fields(krea: types.ModuleType) -> None:
    wire = {"image": "https://a.b/c.png", "seed": 7, "meta": {"x": [1.0, True]}}
    parsed = krea.Krea2MediumTurboOutput.model_validate(wire)
    assert parsed.model_dump(mode="json", by_alias=True) == wire


def test_input_forbids_unknown_fields_at_every_level(krea: types.ModuleType) -> None:
    for instance in (
        _valid_input(unknown=1),
        _valid_input(styles=[{"id": "s", "strength": 1, "unknown": 1}]),
        _valid_input(moodboards=[{"id": "00000000-0000-0000-0000-000000000000", "x": 1}]),
    ):
        with pytest.raises(pydantic.ValidationError):
            krea.Krea2MediumTurboInput.model_validate(instance)
