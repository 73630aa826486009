"""The clients, :class:`Client` and :class:`AsyncClient`.

Every model is a method of a namespace (``client.vendor.model(...)``), and :meth:`Client.run`
takes a model id. Namespaces and model modules are imported on first use, so
``import cfai`` stays fast however many models the package holds.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

import pydantic

from ._base import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from ._namespaces.krea import AsyncKreaNamespace, KreaNamespace
    from .models.krea import krea_2_medium_turbo as _model_krea__krea_2_medium_turbo

__all__ = ["MODEL_IDS", "AsyncClient", "Client"]

# model id -> (module below ``models``, input class, output class, output kind)
_MODELS: dict[str, tuple[str, str, str, str]] = {
    "krea/krea-2-medium-turbo": (
        "krea.krea_2_medium_turbo",
        "Krea2MediumTurboInput",
        "Krea2MediumTurboOutput",
        "model",
    ),
}
#: Every model id this package knows, sorted.
MODEL_IDS: tuple[str, ...] = tuple(_MODELS)


def _model_classes(
    model_id: str,
) -> tuple[type[pydantic.BaseModel], type[pydantic.BaseModel], str]:
    try:
        module_name, input_name, output_name, kind = _MODELS[model_id]
    except KeyError:
        raise ValueError(
            f"unknown model id {model_id!r}: this package knows {', '.join(MODEL_IDS)}"
        ) from None
    module = importlib.import_module(f".models.{module_name}", __name__.rpartition(".")[0])
    input_type: type[pydantic.BaseModel] = getattr(module, input_name)
    output_type: type[pydantic.BaseModel] = getattr(module, output_name)
    return input_type, output_type, kind


class Client(SyncAPIClient):
    """Client of Cloudflare's AI models.

    ``Client(account_id=None, api_token=None, base_url=None, timeout=..., max_retries=2,
    default_headers=None, http_client=None)``: the account, token and base URL default to
    ``CLOUDFLARE_ACCOUNT_ID``, ``CLOUDFLARE_API_TOKEN`` and ``CLOUDFLARE_BASE_URL``. Use it as a
    context manager (``with Client() as client``) to close its connections.
    """

    @cached_property
    def krea(self) -> KreaNamespace:
        """Models below ``client.krea``."""
        from ._namespaces.krea import KreaNamespace

        return KreaNamespace(self)

    def run(
        self,
        model: Literal["krea/krea-2-medium-turbo"],
        input: _model_krea__krea_2_medium_turbo.Krea2MediumTurboInput | Mapping[str, Any],
    ) -> _model_krea__krea_2_medium_turbo.Krea2MediumTurboOutput:
        """Run a model by its id; the return type follows the id.

        ``input`` is the model's input class, or a dict validated into it before anything is
        sent (``pydantic.ValidationError`` if it is not valid). Only the fields set are sent.
        Raises ValueError for an id this package does not know.
        """
        input_type, output_type, _ = _model_classes(model)
        return cast(
            "_model_krea__krea_2_medium_turbo.Krea2MediumTurboOutput",
            self._run_model(model, input_type, output_type, input),
        )


class AsyncClient(AsyncAPIClient):
    """Async client of Cloudflare's AI models.

    ``AsyncClient(account_id=None, api_token=None, base_url=None, timeout=..., max_retries=2,
    default_headers=None, http_client=None)``: the account, token and base URL default to
    ``CLOUDFLARE_ACCOUNT_ID``, ``CLOUDFLARE_API_TOKEN`` and ``CLOUDFLARE_BASE_URL``. Use it as a
    context manager (``async with AsyncClient() as client``) to close its connections.
    """

    @cached_property
    def krea(self) -> AsyncKreaNamespace:
        """Models below ``client.krea``."""
        from ._namespaces.krea import AsyncKreaNamespace

        return AsyncKreaNamespace(self)

    async def run(
        self,
        model: Literal["krea/krea-2-medium-turbo"],
        input: _model_krea__krea_2_medium_turbo.Krea2MediumTurboInput | Mapping[str, Any],
    ) -> _model_krea__krea_2_medium_turbo.Krea2MediumTurboOutput:
        """Run a model by its id; the return type follows the id.

        ``input`` is the model's input class, or a dict validated into it before anything is
        sent (``pydantic.ValidationError`` if it is not valid). Only the fields set are sent.
        Raises ValueError for an id this package does not know.
        """
        input_type, output_type, _ = _model_classes(model)
        return cast(
            "_model_krea__krea_2_medium_turbo.Krea2MediumTurboOutput",
            await self._run_model(model, input_type, output_type, input),
        )
