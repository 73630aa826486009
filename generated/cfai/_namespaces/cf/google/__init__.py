"""The ``cf.google`` namespace of the client: 4 model(s), 0 sub-namespace(s)."""

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

    from ....models.cf.google import (
        embeddinggemma_300m as _model_embeddinggemma_300m,
    )
    from ....models.cf.google import (
        gemma_2b_it_lora as _model_gemma_2b_it_lora,
    )
    from ....models.cf.google import (
        gemma_3_12b_it as _model_gemma_3_12b_it,
    )
    from ....models.cf.google import (
        gemma_7b_it_lora as _model_gemma_7b_it_lora,
    )

__all__ = ["AsyncCfGoogleNamespace", "CfGoogleNamespace"]


class CfGoogleNamespace:
    """Models below ``client.cf.google``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def embeddinggemma_300m(
        self,
        *,
        text: str | list[str],
    ) -> _model_embeddinggemma_300m.Embeddinggemma300mOutput:
        """Run ``@cf/google/embeddinggemma-300m``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: Input text to embed. Can be a single string or a list of strings.

        Returns:
            The parsed ``Embeddinggemma300mOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.google import (
            embeddinggemma_300m as _model_embeddinggemma_300m,
        )

        given: dict[str, object] = {
            "text": text,
        }
        return self._client._run_model(
            "@cf/google/embeddinggemma-300m",
            _model_embeddinggemma_300m.Embeddinggemma300mInput,
            _model_embeddinggemma_300m.Embeddinggemma300mOutput,
            given,
        )

    @overload
    def gemma_2b_it_lora(
        self,
        input: _model_gemma_2b_it_lora.Gemma2bItLoraInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def gemma_2b_it_lora(
        self,
        input: _model_gemma_2b_it_lora.Gemma2bItLoraInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_2b_it_lora.Gemma2bItLoraOutput: ...

    def gemma_2b_it_lora(
        self,
        input: _model_gemma_2b_it_lora.Gemma2bItLoraInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_2b_it_lora.Gemma2bItLoraOutput | Stream[StreamChunk]:
        """Run ``@cf/google/gemma-2b-it-lora``.

        Args:
            input: a ``Gemma2bItLoraInput``, or a dict validated into one.
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
            The parsed ``Gemma2bItLoraOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.google import (
            gemma_2b_it_lora as _model_gemma_2b_it_lora,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/google/gemma-2b-it-lora",
                _model_gemma_2b_it_lora.Gemma2bItLoraInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/google/gemma-2b-it-lora",
            _model_gemma_2b_it_lora.Gemma2bItLoraInput,
            _model_gemma_2b_it_lora.Gemma2bItLoraOutput,
            given,
            stream=stream,
        )

    @overload
    def gemma_3_12b_it(
        self,
        input: _model_gemma_3_12b_it.Gemma312bItInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def gemma_3_12b_it(
        self,
        input: _model_gemma_3_12b_it.Gemma312bItInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_3_12b_it.Gemma312bItOutput: ...

    def gemma_3_12b_it(
        self,
        input: _model_gemma_3_12b_it.Gemma312bItInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_3_12b_it.Gemma312bItOutput | Stream[StreamChunk]:
        """Run ``@cf/google/gemma-3-12b-it``.

        Args:
            input: a ``Gemma312bItInput``, or a dict validated into one.
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
            The parsed ``Gemma312bItOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.google import (
            gemma_3_12b_it as _model_gemma_3_12b_it,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/google/gemma-3-12b-it",
                _model_gemma_3_12b_it.Gemma312bItInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/google/gemma-3-12b-it",
            _model_gemma_3_12b_it.Gemma312bItInput,
            _model_gemma_3_12b_it.Gemma312bItOutput,
            given,
            stream=stream,
        )

    @overload
    def gemma_7b_it_lora(
        self,
        input: _model_gemma_7b_it_lora.Gemma7bItLoraInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def gemma_7b_it_lora(
        self,
        input: _model_gemma_7b_it_lora.Gemma7bItLoraInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_7b_it_lora.Gemma7bItLoraOutput: ...

    def gemma_7b_it_lora(
        self,
        input: _model_gemma_7b_it_lora.Gemma7bItLoraInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_7b_it_lora.Gemma7bItLoraOutput | Stream[StreamChunk]:
        """Run ``@cf/google/gemma-7b-it-lora``.

        Args:
            input: a ``Gemma7bItLoraInput``, or a dict validated into one.
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
            The parsed ``Gemma7bItLoraOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.google import (
            gemma_7b_it_lora as _model_gemma_7b_it_lora,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@cf/google/gemma-7b-it-lora",
                _model_gemma_7b_it_lora.Gemma7bItLoraInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@cf/google/gemma-7b-it-lora",
            _model_gemma_7b_it_lora.Gemma7bItLoraInput,
            _model_gemma_7b_it_lora.Gemma7bItLoraOutput,
            given,
            stream=stream,
        )


class AsyncCfGoogleNamespace:
    """Models below ``client.cf.google``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def embeddinggemma_300m(
        self,
        *,
        text: str | list[str],
    ) -> _model_embeddinggemma_300m.Embeddinggemma300mOutput:
        """Run ``@cf/google/embeddinggemma-300m``.

        Only the arguments you pass are sent: Cloudflare applies its own defaults to the others.

        Args:
            text: Input text to embed. Can be a single string or a list of strings.

        Returns:
            The parsed ``Embeddinggemma300mOutput``.

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.google import (
            embeddinggemma_300m as _model_embeddinggemma_300m,
        )

        given: dict[str, object] = {
            "text": text,
        }
        return await self._client._run_model(
            "@cf/google/embeddinggemma-300m",
            _model_embeddinggemma_300m.Embeddinggemma300mInput,
            _model_embeddinggemma_300m.Embeddinggemma300mOutput,
            given,
        )

    @overload
    async def gemma_2b_it_lora(
        self,
        input: _model_gemma_2b_it_lora.Gemma2bItLoraInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def gemma_2b_it_lora(
        self,
        input: _model_gemma_2b_it_lora.Gemma2bItLoraInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_2b_it_lora.Gemma2bItLoraOutput: ...

    async def gemma_2b_it_lora(
        self,
        input: _model_gemma_2b_it_lora.Gemma2bItLoraInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_2b_it_lora.Gemma2bItLoraOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/google/gemma-2b-it-lora``.

        Args:
            input: a ``Gemma2bItLoraInput``, or a dict validated into one.
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
            The parsed ``Gemma2bItLoraOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.google import (
            gemma_2b_it_lora as _model_gemma_2b_it_lora,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/google/gemma-2b-it-lora",
                _model_gemma_2b_it_lora.Gemma2bItLoraInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/google/gemma-2b-it-lora",
            _model_gemma_2b_it_lora.Gemma2bItLoraInput,
            _model_gemma_2b_it_lora.Gemma2bItLoraOutput,
            given,
            stream=stream,
        )

    @overload
    async def gemma_3_12b_it(
        self,
        input: _model_gemma_3_12b_it.Gemma312bItInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def gemma_3_12b_it(
        self,
        input: _model_gemma_3_12b_it.Gemma312bItInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_3_12b_it.Gemma312bItOutput: ...

    async def gemma_3_12b_it(
        self,
        input: _model_gemma_3_12b_it.Gemma312bItInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_3_12b_it.Gemma312bItOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/google/gemma-3-12b-it``.

        Args:
            input: a ``Gemma312bItInput``, or a dict validated into one.
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
            The parsed ``Gemma312bItOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.google import (
            gemma_3_12b_it as _model_gemma_3_12b_it,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/google/gemma-3-12b-it",
                _model_gemma_3_12b_it.Gemma312bItInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/google/gemma-3-12b-it",
            _model_gemma_3_12b_it.Gemma312bItInput,
            _model_gemma_3_12b_it.Gemma312bItOutput,
            given,
            stream=stream,
        )

    @overload
    async def gemma_7b_it_lora(
        self,
        input: _model_gemma_7b_it_lora.Gemma7bItLoraInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def gemma_7b_it_lora(
        self,
        input: _model_gemma_7b_it_lora.Gemma7bItLoraInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_7b_it_lora.Gemma7bItLoraOutput: ...

    async def gemma_7b_it_lora(
        self,
        input: _model_gemma_7b_it_lora.Gemma7bItLoraInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_gemma_7b_it_lora.Gemma7bItLoraOutput | AsyncStream[StreamChunk]:
        """Run ``@cf/google/gemma-7b-it-lora``.

        Args:
            input: a ``Gemma7bItLoraInput``, or a dict validated into one.
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
            The parsed ``Gemma7bItLoraOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.cf.google import (
            gemma_7b_it_lora as _model_gemma_7b_it_lora,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@cf/google/gemma-7b-it-lora",
                _model_gemma_7b_it_lora.Gemma7bItLoraInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@cf/google/gemma-7b-it-lora",
            _model_gemma_7b_it_lora.Gemma7bItLoraInput,
            _model_gemma_7b_it_lora.Gemma7bItLoraOutput,
            given,
            stream=stream,
        )
