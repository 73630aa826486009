"""The prelude cfgen writes into every generated models module, after the module's imports.

Only the part below the ``cfgen: prelude`` line is copied; the imports above it are here so that
this file is a module of its own that tools can check (generator.emit_models has the module import
the same names through datamodel-code-generator's ``additional_imports``).
"""

from typing import Annotated

from pydantic import AfterValidator, StrictFloat, StrictInt

# cfgen: prelude
# JSON Schema's numbers, as its validator reads them: `number` is any int or float and `integer` an
# int or a float without a fraction (1.0), never a bool; each value is kept as it came (1 stays 1,
# 1.0 stays 1.0), so a model gives back the JSON it was given. Private names: no name taken from a
# schema starts with an underscore, so no class or field of the module can shadow them.


def _integral(value: float) -> float:
    if isinstance(value, float) and not value.is_integer():
        raise ValueError("Input should be an integer")
    return value


_JsonNumber = StrictInt | StrictFloat
_JsonInteger = Annotated[StrictInt | StrictFloat, AfterValidator(_integral)]
