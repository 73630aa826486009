"""emit_client: the rendered package is deterministic, safe against hostile schemas, overridable
file by file, imports lazily, and passes ruff and mypy --strict.

The model modules here are hand-written stand-ins shaped like emit_models' output, so these tests
do not depend on it; one test renders the real Krea package when emit_models is available.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePosixPath

import pytest

from generator import templates_root
from generator.emit_client import docstring, emit_client
from generator.errors import ConfigError, SchemaError
from generator.naming import model_names
from generator.spec import EmittedModels, FieldSpec, ModelSpec

REPO = Path(__file__).resolve().parent.parent
KREA_SCHEMAS = Path("/work/shared/reference-schemas/krea/krea-2-medium-turbo")
HOSTILE = 'evil """ \\ \' \x00 \x1b[31m \u202e \u2028 \ud800 }} {{ {% %} \n"'

KREA_SOURCE = '''\
"""Stand-in for emit_models' output: krea/krea-2-medium-turbo."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AnyUrl, BaseModel, ConfigDict, Field


class Style(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    strength: Annotated[float, Field(ge=-2, le=2)]


class Krea2MediumTurboInput(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    prompt: str
    aspect_ratio: Literal["1:1", "4:3", "3:2", "16:9", "2.35:1", "4:5", "2:3", "9:16"]
    resolution: Literal["1K"]
    seed: float | None = None
    styles: list[Style] | None = None
    creativity: Literal["raw", "low", "medium", "high"] = "low"
    intensity: Annotated[int, Field(ge=-100, le=100)] = 0


class Krea2MediumTurboOutput(BaseModel):
    model_config = ConfigDict(extra="allow")
    image: AnyUrl
'''

KREA_FIELDS = (
    FieldSpec("prompt", "prompt", "str", True, "Text prompt describing the image to generate."),
    FieldSpec(
        "aspect_ratio",
        "aspect_ratio",
        'Literal["1:1", "4:3", "3:2", "16:9", "2.35:1", "4:5", "2:3", "9:16"]',
        True,
        "Aspect ratio of the generated image.",
    ),
    FieldSpec("resolution", "resolution", 'Literal["1K"]', True, "Resolution scale."),
    FieldSpec("seed", "seed", "float | None", False, "Random seed."),
    FieldSpec("styles", "styles", "list[Style]", False, "Styles.", references=("Style",)),
    FieldSpec(
        "creativity",
        "creativity",
        'Literal["raw", "low", "medium", "high"]',
        False,
        "Prompt expansion mode.",
        default="low",
        has_default=True,
    ),
    FieldSpec(
        "intensity",
        "intensity",
        "Annotated[int, Field(ge=-100, le=100)]",
        False,
        "K2 Intensity slider.",
        default=0,
        has_default=True,
    ),
)

CHAT_SOURCE = '''\
"""Stand-in: a model whose input is a union (prompt or messages)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, RootModel


class Prompt(BaseModel):
    prompt: str


class Message(BaseModel):
    role: str
    content: str


class Messages(BaseModel):
    messages: list[Message]


class Llama318bInstructInput(RootModel[Prompt | Messages]):
    root: Prompt | Messages


class Llama318bInstructOutput(BaseModel):
    model_config = ConfigDict(extra="allow")
    response: str | None = None
'''

IMAGE_SOURCE = '''\
"""Stand-in: a model answering with raw bytes."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class DreamshaperInput(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    prompt: str
    num_steps: int | None = Field(default=None, alias="num-steps")


class DreamshaperOutput(BaseModel):
    model_config = ConfigDict(extra="allow")
'''


def _spec(model_id: str, description: str | None = None, task: str | None = None) -> ModelSpec:
    names = model_names([model_id])[model_id]
    return ModelSpec(names=names, input_schema={}, output_schema={}, task=task,
                     description=description)


def fake_models(hostile: str | None = None) -> list[tuple[ModelSpec, EmittedModels]]:
    """Three stand-in models: a keyword model, a union-input model and a bytes model."""
    krea_fields = KREA_FIELDS
    if hostile is not None:
        krea_fields = tuple(
            FieldSpec(f.name, f.wire_name, f.annotation, f.required, hostile, f.default,
                      f.has_default, f.references)
            for f in KREA_FIELDS
        )
    return [
        (
            _spec("krea/krea-2-medium-turbo", description=hostile or "Krea 2, fast.",
                  task=hostile or "Text-to-Image"),
            EmittedModels(KREA_SOURCE, "Krea2MediumTurboInput", "Krea2MediumTurboOutput",
                          krea_fields, limitations=(hostile,) if hostile else ()),
        ),
        (
            _spec("@cf/meta/llama-3.1-8b-instruct", description="Chat."),
            EmittedModels(CHAT_SOURCE, "Llama318bInstructInput", "Llama318bInstructOutput",
                          None),
        ),
        (
            _spec("@cf/lykon/dreamshaper-8-lcm"),
            EmittedModels(
                IMAGE_SOURCE,
                "DreamshaperInput",
                "DreamshaperOutput",
                (
                    FieldSpec("prompt", "prompt", "str", True),
                    FieldSpec("num_steps", "num-steps", "int | None", False, default=20,
                              has_default=True),
                ),
                output_kind="bytes",
            ),
        ),
    ]


def write_package(
    root: Path,
    models: Sequence[tuple[ModelSpec, EmittedModels]],
    *,
    package: str = "cfai",
    template_dirs: Sequence[Path] = (),
) -> dict[PurePosixPath, str]:
    """Render the package and the stand-in model modules below ``root``; return all files."""
    files = emit_client(models, package=package, template_dirs=template_dirs)
    everything = dict(files)
    for spec, emitted in models:
        everything[PurePosixPath(package, "models") / spec.names.module_path] = emitted.source
    for path, text in everything.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return everything


def _run(args: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(cwd), "MYPY_CACHE_DIR": str(cwd / ".mypy_cache")}
    return subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120, check=False)


@pytest.fixture(scope="module")
def package_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("generated")
    write_package(root, fake_models())
    yield root


# --- rendering ----------------------------------------------------------------------------------


def test_lays_out_the_package() -> None:
    files = emit_client(fake_models())
    assert set(files) == {
        PurePosixPath(p)
        for p in (
            "pyproject.toml",
            "README.md",
            "cfai/__init__.py",
            "cfai/py.typed",
            "cfai/_base.py",
            "cfai/_client.py",
            "cfai/_namespaces/__init__.py",
            "cfai/_namespaces/krea/__init__.py",
            "cfai/_namespaces/cf/__init__.py",
            "cfai/_namespaces/cf/meta/__init__.py",
            "cfai/_namespaces/cf/lykon/__init__.py",
            "cfai/models/__init__.py",
            "cfai/models/krea/__init__.py",
            "cfai/models/cf/__init__.py",
            "cfai/models/cf/meta/__init__.py",
            "cfai/models/cf/lykon/__init__.py",
        )
    }
    pyproject = files[PurePosixPath("pyproject.toml")]
    assert '"pydantic>=2.12,<3"' in pyproject  # MISSING sentinel and '"httpx>=0.27"' in pyproject
    assert "hatchling" in pyproject
    readme = files[PurePosixPath("README.md")]
    for spec, _ in fake_models():
        assert f"`{spec.model_id}`" in readme
    assert "client.krea.krea_2_medium_turbo(prompt=\"...\", aspect_ratio=\"1:1\"" in readme


def test_is_deterministic_whatever_the_order() -> None:
    models = fake_models()
    first = emit_client(models)
    again = emit_client(list(reversed(models)))
    assert first == again
    assert list(first) == sorted(first)


def test_every_python_file_compiles_and_has_no_trailing_space() -> None:
    for path, text in emit_client(fake_models()).items():
        if path.suffix == ".py":
            compile(text, str(path), "exec")
        assert all(line == line.rstrip() for line in text.splitlines()), path
        if path.suffix == ".py":
            assert max(map(len, text.splitlines()), default=0) <= 100, path
        assert text == "" or (text.endswith("\n") and not text.endswith("\n\n")), path


def test_method_signature_has_typed_keywords_and_not_given_defaults() -> None:
    source = emit_client(fake_models())[PurePosixPath("cfai/_namespaces/krea/__init__.py")]
    tree = ast.parse(source)
    sync = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "KreaNamespace")
    method = next(n for n in sync.body if isinstance(n, ast.FunctionDef) and n.name != "__init__")
    assert method.name == "krea_2_medium_turbo"
    kwargs = {a.arg: ast.unparse(a.annotation) for a in method.args.kwonlyargs if a.annotation}
    assert kwargs["prompt"] == "str"
    assert kwargs["resolution"] == "Literal['1K']"
    assert kwargs["styles"] == "list[_model_krea_2_medium_turbo.Style] | NotGiven"
    assert kwargs["intensity"] == "Annotated[int, Field(ge=-100, le=100)] | NotGiven"
    defaults = [ast.unparse(d) if d else None for d in method.args.kw_defaults]
    assert defaults[:3] == [None, None, None]
    assert set(defaults[3:]) == {"NOT_GIVEN"}
    assert ast.unparse(method.returns) == "_model_krea_2_medium_turbo.Krea2MediumTurboOutput"
    doc = ast.get_docstring(method) or ""
    assert "creativity: Prompt expansion mode." in doc and "Cloudflare's default: ``\"low\"``" in doc
    # the model module is imported only when type checking and inside the method
    assert "if TYPE_CHECKING:" in source
    assert source.count("krea_2_medium_turbo as _model_krea_2_medium_turbo,") == 3


def test_union_input_and_bytes_output() -> None:
    files = emit_client(fake_models())
    chat = files[PurePosixPath("cfai/_namespaces/cf/meta/__init__.py")]
    assert "input: _model_llama_3_1_8b_instruct.Llama318bInstructInput | Mapping[str, Any]" in chat
    image = files[PurePosixPath("cfai/_namespaces/cf/lykon/__init__.py")]
    assert ") -> bytes:" in image and '"num-steps": num_steps' in image
    client = files[PurePosixPath("cfai/_client.py")]
    assert client.count("@overload") == 6  # three models, sync and async
    assert 'model: Literal["@cf/meta/llama-3.1-8b-instruct"]' in client


def test_template_dirs_override_file_by_file(tmp_path: Path) -> None:
    (tmp_path / "README.md.jinja2").write_text("# house style for {{ package }}\n")
    files = emit_client(fake_models(), template_dirs=[tmp_path])
    assert files[PurePosixPath("README.md")] == "# house style for cfai\n"
    ours = emit_client(fake_models())
    assert files[PurePosixPath("cfai/_base.py")] == ours[PurePosixPath("cfai/_base.py")]


def test_templates_are_found_next_to_the_generator() -> None:
    assert (templates_root() / "_base.py.jinja2").is_file()


def test_undefined_template_variables_fail_loudly(tmp_path: Path) -> None:
    (tmp_path / "README.md.jinja2").write_text("{{ no_such_thing }}\n")
    with pytest.raises(Exception, match="no_such_thing"):
        emit_client(fake_models(), template_dirs=[tmp_path])


def test_package_name_is_checked() -> None:
    with pytest.raises(ConfigError):
        emit_client(fake_models(), package="cfai; import os")


# --- hostile schemas -----------------------------------------------------------------------------


def test_hostile_descriptions_render_as_inert_docstrings() -> None:
    files = emit_client(fake_models(hostile=HOSTILE))
    source = files[PurePosixPath("cfai/_namespaces/krea/__init__.py")]
    tree = ast.parse(source)  # compiles: nothing escaped the docstring
    for char in ("\x00", "\x1b", "\u202e", "\u2028", "\ud800"):
        assert char not in source
    sync = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "KreaNamespace")
    method = next(n for n in sync.body if isinstance(n, ast.FunctionDef) and n.name != "__init__")
    doc = ast.get_docstring(method) or ""
    assert 'evil """ \\ \'' in doc and "\\u202e" in doc
    # the only statements are the import and the call: no injected code
    assert [type(s).__name__ for s in method.body] == ["Expr", "ImportFrom", "AnnAssign", "Return"]
    readme = files[PurePosixPath("README.md")]
    assert "\u202e" not in readme and "\x1b" not in readme


@pytest.mark.parametrize(
    "text",
    ['ends with a quote"', 'ends with two ""', "backslash at the end \\", '"""', "\\N{BULLET}",
     "a\rb\tc", "x" * 300],
)
def test_docstring_filter_round_trips(text: str) -> None:
    rendered = docstring(text, indent=4)
    value = ast.literal_eval(f'"""{rendered}"""')
    assert " ".join(value.split()) == " ".join(text.replace("\r", "\\u000d").split())


def test_hostile_enum_values_and_defaults_are_literals() -> None:
    hostile_value = "1:1\"]; import os; os.system('x') #\u202e"
    spec = _spec("acme/evil")
    source = textwrap.dedent(
        f"""\
        from typing import Literal
        from pydantic import BaseModel

        class EvilInput(BaseModel):
            mode: Literal[{hostile_value!r}] = {hostile_value!r}

        class EvilOutput(BaseModel):
            pass
        """
    )
    emitted = EmittedModels(
        source,
        "EvilInput",
        "EvilOutput",
        (FieldSpec("mode", hostile_value, f"Literal[{hostile_value!r}]", False, default=hostile_value,
                   has_default=True),),
    )
    files = emit_client([(spec, emitted)])
    module = files[PurePosixPath("cfai/_namespaces/acme/__init__.py")]
    tree = ast.parse(module)
    assert "\u202e" not in module
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    called = {ast.unparse(c.func) for c in calls}
    assert called <= {"self._client._run_model", "KreaNamespace", "EvilNamespace"}, called
    # the wire name is the exact value, as a dict key literal
    keys = [k.value for n in ast.walk(tree) if isinstance(n, ast.Dict) for k in n.keys
            if isinstance(k, ast.Constant)]
    assert keys == [hostile_value, hostile_value]


def test_annotation_that_is_code_is_refused() -> None:
    spec = _spec("acme/evil")
    emitted = EmittedModels(
        "from pydantic import BaseModel\nclass EvilInput(BaseModel):\n    a: int\n"
        "class EvilOutput(BaseModel):\n    pass\n",
        "EvilInput",
        "EvilOutput",
        (FieldSpec("a", "a", "(lambda: __import__('os'))()", True),),
    )
    with pytest.raises(SchemaError, match="Lambda"):
        emit_client([(spec, emitted)])


def test_annotation_naming_an_unknown_name_is_refused() -> None:
    spec = _spec("acme/evil")
    emitted = EmittedModels(
        "from pydantic import BaseModel\nclass EvilInput(BaseModel):\n    a: int\n"
        "class EvilOutput(BaseModel):\n    pass\n",
        "EvilInput",
        "EvilOutput",
        (FieldSpec("a", "a", "Mystery", True),),
    )
    with pytest.raises(SchemaError, match="Mystery"):
        emit_client([(spec, emitted)])


# --- the generated package, as a user gets it ---------------------------------------------------


def test_generated_package_passes_ruff(package_dir: Path) -> None:
    ruff = shutil.which("ruff")
    assert ruff, "ruff is a dev dependency"
    # Our files get the repository's own rule set; the stand-in model modules are not ours.
    result = _run(
        [ruff, "check", "--no-cache", "--select", "E,F,W,B,UP,SIM,RUF,I", "--ignore", "E501",
         "--exclude", "cfai/models/*/*", "cfai"],
        package_dir,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # and by the package's own settings (ruff's defaults), as a vendoring user runs it
    result = _run([ruff, "check", "--no-cache", "--exclude", "cfai/models/*/*", "."], package_dir)
    assert result.returncode == 0, result.stdout + result.stderr


USER_CODE = """\
from cfai import Client
from cfai.models.krea.krea_2_medium_turbo import Krea2MediumTurboInput

def good(client: Client) -> None:
    out = client.krea.krea_2_medium_turbo(prompt="a", aspect_ratio="1:1", resolution="1K")
    reveal_type(out)
    same = client.run("krea/krea-2-medium-turbo", {"prompt": "a"})
    reveal_type(same)
    image = client.run("@cf/lykon/dreamshaper-8-lcm", {"prompt": "a"})
    reveal_type(image)

def bad(client: Client) -> None:
    client.krea.krea_2_medium_turbo(prompt="a", aspect_ratio="7:5", resolution="1K")
    client.krea.krea_2_medium_turbo(prompt=1, aspect_ratio="1:1", resolution="1K")
    client.krea.krea_2_medium_turbo(aspect_ratio="1:1", resolution="1K")
    given = Krea2MediumTurboInput(prompt="a", aspect_ratio="1:1", resolution="1K")
    client.run("krea/no-such-model", given)
"""


@pytest.fixture(scope="module")
def mypy_output(package_dir: Path) -> str:
    """One mypy --strict run over the generated package and a user's code calling it."""
    (package_dir / "user_code.py").write_text(USER_CODE)
    result = _run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", "cfai", "-m",
         "user_code"],
        package_dir,
    )
    return result.stdout + result.stderr


def test_generated_package_is_ruff_formatted(package_dir: Path) -> None:
    ruff = shutil.which("ruff")
    assert ruff, "ruff is a dev dependency"
    result = _run([ruff, "format", "--check", "--diff", "--no-cache", "--exclude",
                   "cfai/models/*/*", "cfai"], package_dir)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_package_passes_mypy_strict(mypy_output: str) -> None:
    assert "error" in mypy_output  # the user's bad calls below are found ...
    assert [line for line in mypy_output.splitlines()
            if ": error:" in line and not line.startswith("user_code.py")] == [], mypy_output


def test_mypy_checks_calls_against_the_signatures(mypy_output: str) -> None:
    out = mypy_output
    assert 'Revealed type is "cfai.models.krea.krea_2_medium_turbo.Krea2MediumTurboOutput"' in out
    assert out.count("Krea2MediumTurboOutput") >= 2
    assert 'Revealed type is "bytes"' in out
    errors = [line for line in out.splitlines() if line.startswith("user_code.py") and ": error:" in line]
    assert sorted({int(line.split(":")[1]) for line in errors}) == [13, 14, 15, 17], out


def test_import_is_lazy(package_dir: Path) -> None:
    probe = textwrap.dedent(
        """\
        import sys
        import cfai
        from cfai import Client
        loaded = lambda: sorted(m for m in sys.modules if m.startswith("cfai.") or m == "httpx")
        before = loaded()
        client = Client(account_id="a", api_token="t")
        after_client = loaded()
        client.krea
        after_namespace = loaded()
        print(before, after_client, after_namespace, sep="\\n")
        print(repr(client.timeout == cfai.DEFAULT_TIMEOUT), repr(cfai.DEFAULT_TIMEOUT))
        """
    )
    result = _run([sys.executable, "-c", probe], package_dir)
    assert result.returncode == 0, result.stderr
    *lists, timeouts = result.stdout.splitlines()
    before, after_client, after_namespace = (eval(line) for line in lists)
    # httpx (slower to import than pydantic) waits for the first client: models alone never load it
    assert before == ["cfai._base", "cfai._client"]
    assert after_client == ["cfai._base", "cfai._client", "httpx"]
    assert "cfai._namespaces.krea" in after_namespace
    assert not [m for m in after_namespace if m.startswith("cfai.models")]
    assert timeouts == "True Timeout(connect=5.0, read=60.0, write=60.0, pool=60.0)"


def test_real_krea_package_end_to_end(tmp_path: Path) -> None:
    emit_models = pytest.importorskip("generator.emit_models")
    schemas = {side: json.loads((KREA_SCHEMAS / f"schema-{side}.json").read_text())
               for side in ("input", "output")}
    model_id = "krea/krea-2-medium-turbo"
    spec = ModelSpec(model_names([model_id])[model_id], schemas["input"], schemas["output"])
    emitted = emit_models.emit_models(spec)
    write_package(tmp_path, [(spec, emitted)])
    result = _run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", "cfai"],
                  tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
