"""The ``cf.microsoft`` namespace of the client: 2 model(s), 0 sub-namespace(s)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, overload

from ...._base import (
    NOT_GIVEN,
    AsyncAPIClient,
    AsyncStream,
    NotGiven,
    Stream,
    StreamChunk,
    SyncAPIClient,
)

if TYPE_CHECKING:
    from typing import (
        Literal,
    )

    from ....models.cf.microsoft import (
        phi_2 as _model_phi_2,
    )
    from ....models.cf.microsoft import (
        resnet_50 as _model_resnet_50,
    )

__all__ = ["AsyncCfMicrosoftNamespace", "CfMicrosoftNamespace"]


class CfMicrosoftNamespace:
    """Models below ``client.cf.microsoft``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def phi_2(
        self,
        input: _model_phi_2.Phi2Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def phi_2(
        self,
        input: _model_phi_2.Phi2Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_phi_2.Phi2Output: ...

    def phi_2(
        self,
        input: _model_phi_2.Phi2Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_phi_2.Phi2Output | Stream[StreamChunk]:
        """Run ``@cf/microsoft/phi-2``.

        Args:
            input: a ``Phi2Input``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted
            - output: the text/event-stream answer to stream=True is read by the client as a stream
              of chunks, not by this model

        Returns:
            The parsed ``Phi2Output``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.microsoft import (
            phi_2 as _model_phi_2,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/microsoft/phi-2",
                _model_phi_2.Phi2Input,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/microsoft/phi-2",
            _model_phi_2.Phi2Input,
            _model_phi_2.Phi2Output,
            given,
            stream=stream,
        )

    def resnet_50(
        self,
        input: _model_resnet_50.Resnet50Input | Mapping[str, Any],
    ) -> _model_resnet_50.Resnet50Output:
        """Run ``@cf/microsoft/resnet-50``.

        Args:
            input: a ``Resnet50Input``, or a dict validated into one.

        Returns:
            The parsed ``Resnet50Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.microsoft import (
            resnet_50 as _model_resnet_50,
        )

        given: object = input
        return self._client._run_model(
            "@cf/microsoft/resnet-50",
            _model_resnet_50.Resnet50Input,
            _model_resnet_50.Resnet50Output,
            given,
        )


class AsyncCfMicrosoftNamespace:
    """Models below ``client.cf.microsoft``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def phi_2(
        self,
        input: _model_phi_2.Phi2Input | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def phi_2(
        self,
        input: _model_phi_2.Phi2Input | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_phi_2.Phi2Output: ...

    async def phi_2(
        self,
        input: _model_phi_2.Phi2Input | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_phi_2.Phi2Output | AsyncStream[StreamChunk]:
        """Run ``@cf/microsoft/phi-2``.

        Args:
            input: a ``Phi2Input``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted
            - output: the text/event-stream answer to stream=True is read by the client as a stream
              of chunks, not by this model

        Returns:
            The parsed ``Phi2Output``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.microsoft import (
            phi_2 as _model_phi_2,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/microsoft/phi-2",
                _model_phi_2.Phi2Input,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/microsoft/phi-2",
            _model_phi_2.Phi2Input,
            _model_phi_2.Phi2Output,
            given,
            stream=stream,
        )

    async def resnet_50(
        self,
        input: _model_resnet_50.Resnet50Input | Mapping[str, Any],
    ) -> _model_resnet_50.Resnet50Output:
        """Run ``@cf/microsoft/resnet-50``.

        Args:
            input: a ``Resnet50Input``, or a dict validated into one.

        Returns:
            The parsed ``Resnet50Output``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.microsoft import (
            resnet_50 as _model_resnet_50,
        )

        given: object = input
        return await self._client._run_model(
            "@cf/microsoft/resnet-50",
            _model_resnet_50.Resnet50Input,
            _model_resnet_50.Resnet50Output,
            given,
        )
