"""The ``cf.cloudflare`` namespace of the client: 2 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

if TYPE_CHECKING:
    from typing import (
        Any,
    )

    from ....models.cf.cloudflare import (
        clef as _model_clef,
    )
    from ....models.cf.cloudflare import (
        clef_flash as _model_clef_flash,
    )

__all__ = ["AsyncCfCloudflareNamespace", "CfCloudflareNamespace"]


class CfCloudflareNamespace:
    """Models below ``client.cf.cloudflare``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def clef(
        self,
        *,
        model: str,
        state: Any,
        questions: dict[str, _model_clef.Questions | _model_clef.Questions1 | _model_clef.Questions2],
        images: list[_model_clef.Images | _model_clef.Images1] | NotGiven = NOT_GIVEN,
    ) -> _model_clef.ClefOutput:
        """Run ``@cf/cloudflare/clef``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            model: Required. The model selector: "clef" for @cf/cloudflare/clef, "clef-flash" for
                @cf/cloudflare/clef-flash.
            state: Required. The content to evaluate: a string, or structured data (object/array)
                such as records, chat logs, or application state. Long text state is truncated to
                fit the model's token limit.
            questions: Map of question id to a typed question (noul, choice, or score). 1 to 64
                questions; ids may use letters, digits, '_', '.', '-' (max 100 chars). Answers are
                returned under the same ids.
            images: Clef extension to the System One API. Optional embedded PNG, JPEG, or WebP
                images placed before the state (max 4; 4 MiB and 16 megapixels each, 8 MiB total
                decoded; whole request body max 13 MiB). Remote URLs are not accepted.

        Not checked by the client (the schema says more than pydantic can):
            - input #/properties/questions/additionalProperties/oneOf is checked as anyOf: a value
              that matches more than one branch is accepted
            - output #/properties/answers/additionalProperties/oneOf is checked as anyOf: a value
              that matches more than one branch is accepted

        Returns:
            The parsed ``ClefOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.cloudflare import (
            clef as _model_clef,
        )

        given: dict[str, object] = {
            "model": model,
            "state": state,
            "questions": questions,
            "images": images,
        }
        return self._client._run_model(
            "@cf/cloudflare/clef",
            _model_clef.ClefInput,
            _model_clef.ClefOutput,
            given,
        )

    def clef_flash(
        self,
        *,
        model: str,
        state: Any,
        questions: dict[str, _model_clef_flash.Questions | _model_clef_flash.Questions1 | _model_clef_flash.Questions2],
        images: list[_model_clef_flash.Images | _model_clef_flash.Images1] | NotGiven = NOT_GIVEN,
    ) -> _model_clef_flash.ClefFlashOutput:
        """Run ``@cf/cloudflare/clef-flash``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            model: Required. The model selector: "clef" for @cf/cloudflare/clef, "clef-flash" for
                @cf/cloudflare/clef-flash.
            state: Required. The content to evaluate: a string, or structured data (object/array)
                such as records, chat logs, or application state. Long text state is truncated to
                fit the model's token limit.
            questions: Map of question id to a typed question (noul, choice, or score). 1 to 64
                questions; ids may use letters, digits, '_', '.', '-' (max 100 chars). Answers are
                returned under the same ids.
            images: Clef extension to the System One API. Optional embedded PNG, JPEG, or WebP
                images placed before the state (max 4; 4 MiB and 16 megapixels each, 8 MiB total
                decoded; whole request body max 13 MiB). Remote URLs are not accepted.

        Not checked by the client (the schema says more than pydantic can):
            - input #/properties/questions/additionalProperties/oneOf is checked as anyOf: a value
              that matches more than one branch is accepted
            - output #/properties/answers/additionalProperties/oneOf is checked as anyOf: a value
              that matches more than one branch is accepted

        Returns:
            The parsed ``ClefFlashOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.cloudflare import (
            clef_flash as _model_clef_flash,
        )

        given: dict[str, object] = {
            "model": model,
            "state": state,
            "questions": questions,
            "images": images,
        }
        return self._client._run_model(
            "@cf/cloudflare/clef-flash",
            _model_clef_flash.ClefFlashInput,
            _model_clef_flash.ClefFlashOutput,
            given,
        )


class AsyncCfCloudflareNamespace:
    """Models below ``client.cf.cloudflare``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def clef(
        self,
        *,
        model: str,
        state: Any,
        questions: dict[str, _model_clef.Questions | _model_clef.Questions1 | _model_clef.Questions2],
        images: list[_model_clef.Images | _model_clef.Images1] | NotGiven = NOT_GIVEN,
    ) -> _model_clef.ClefOutput:
        """Run ``@cf/cloudflare/clef``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            model: Required. The model selector: "clef" for @cf/cloudflare/clef, "clef-flash" for
                @cf/cloudflare/clef-flash.
            state: Required. The content to evaluate: a string, or structured data (object/array)
                such as records, chat logs, or application state. Long text state is truncated to
                fit the model's token limit.
            questions: Map of question id to a typed question (noul, choice, or score). 1 to 64
                questions; ids may use letters, digits, '_', '.', '-' (max 100 chars). Answers are
                returned under the same ids.
            images: Clef extension to the System One API. Optional embedded PNG, JPEG, or WebP
                images placed before the state (max 4; 4 MiB and 16 megapixels each, 8 MiB total
                decoded; whole request body max 13 MiB). Remote URLs are not accepted.

        Not checked by the client (the schema says more than pydantic can):
            - input #/properties/questions/additionalProperties/oneOf is checked as anyOf: a value
              that matches more than one branch is accepted
            - output #/properties/answers/additionalProperties/oneOf is checked as anyOf: a value
              that matches more than one branch is accepted

        Returns:
            The parsed ``ClefOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.cloudflare import (
            clef as _model_clef,
        )

        given: dict[str, object] = {
            "model": model,
            "state": state,
            "questions": questions,
            "images": images,
        }
        return await self._client._run_model(
            "@cf/cloudflare/clef",
            _model_clef.ClefInput,
            _model_clef.ClefOutput,
            given,
        )

    async def clef_flash(
        self,
        *,
        model: str,
        state: Any,
        questions: dict[str, _model_clef_flash.Questions | _model_clef_flash.Questions1 | _model_clef_flash.Questions2],
        images: list[_model_clef_flash.Images | _model_clef_flash.Images1] | NotGiven = NOT_GIVEN,
    ) -> _model_clef_flash.ClefFlashOutput:
        """Run ``@cf/cloudflare/clef-flash``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            model: Required. The model selector: "clef" for @cf/cloudflare/clef, "clef-flash" for
                @cf/cloudflare/clef-flash.
            state: Required. The content to evaluate: a string, or structured data (object/array)
                such as records, chat logs, or application state. Long text state is truncated to
                fit the model's token limit.
            questions: Map of question id to a typed question (noul, choice, or score). 1 to 64
                questions; ids may use letters, digits, '_', '.', '-' (max 100 chars). Answers are
                returned under the same ids.
            images: Clef extension to the System One API. Optional embedded PNG, JPEG, or WebP
                images placed before the state (max 4; 4 MiB and 16 megapixels each, 8 MiB total
                decoded; whole request body max 13 MiB). Remote URLs are not accepted.

        Not checked by the client (the schema says more than pydantic can):
            - input #/properties/questions/additionalProperties/oneOf is checked as anyOf: a value
              that matches more than one branch is accepted
            - output #/properties/answers/additionalProperties/oneOf is checked as anyOf: a value
              that matches more than one branch is accepted

        Returns:
            The parsed ``ClefFlashOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.cloudflare import (
            clef_flash as _model_clef_flash,
        )

        given: dict[str, object] = {
            "model": model,
            "state": state,
            "questions": questions,
            "images": images,
        }
        return await self._client._run_model(
            "@cf/cloudflare/clef-flash",
            _model_clef_flash.ClefFlashInput,
            _model_clef_flash.ClefFlashOutput,
            given,
        )
