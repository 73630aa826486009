"""The ``hf.thebloke`` namespace of the client: 8 model(s), 0 sub-namespace(s)."""

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

    from ....models.hf.thebloke import (
        deepseek_coder_6_7b_base_awq as _model_deepseek_coder_6_7b_base_awq,
    )
    from ....models.hf.thebloke import (
        deepseek_coder_6_7b_instruct_awq as _model_deepseek_coder_6_7b_instruct_awq,
    )
    from ....models.hf.thebloke import (
        llama_2_13b_chat_awq as _model_llama_2_13b_chat_awq,
    )
    from ....models.hf.thebloke import (
        llamaguard_7b_awq as _model_llamaguard_7b_awq,
    )
    from ....models.hf.thebloke import (
        mistral_7b_instruct_v0_1_awq as _model_mistral_7b_instruct_v0_1_awq,
    )
    from ....models.hf.thebloke import (
        neural_chat_7b_v3_1_awq as _model_neural_chat_7b_v3_1_awq,
    )
    from ....models.hf.thebloke import (
        openhermes_2_5_mistral_7b_awq as _model_openhermes_2_5_mistral_7b_awq,
    )
    from ....models.hf.thebloke import (
        zephyr_7b_beta_awq as _model_zephyr_7b_beta_awq,
    )

__all__ = ["AsyncHfTheblokeNamespace", "HfTheblokeNamespace"]


class HfTheblokeNamespace:
    """Models below ``client.hf.thebloke``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def deepseek_coder_6_7b_base_awq(
        self,
        input: _model_deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def deepseek_coder_6_7b_base_awq(
        self,
        input: _model_deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqOutput: ...

    def deepseek_coder_6_7b_base_awq(
        self,
        input: _model_deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqOutput | Stream[StreamChunk]:
        """Run ``@hf/thebloke/deepseek-coder-6.7b-base-awq``.

        Args:
            input: a ``DeepseekCoder67bBaseAwqInput``, or a dict validated into one.
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
            The parsed ``DeepseekCoder67bBaseAwqOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.thebloke import (
            deepseek_coder_6_7b_base_awq as _model_deepseek_coder_6_7b_base_awq,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@hf/thebloke/deepseek-coder-6.7b-base-awq",
                _model_deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@hf/thebloke/deepseek-coder-6.7b-base-awq",
            _model_deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqInput,
            _model_deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqOutput,
            given,
            stream=stream,
        )

    @overload
    def deepseek_coder_6_7b_instruct_awq(
        self,
        input: _model_deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def deepseek_coder_6_7b_instruct_awq(
        self,
        input: _model_deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqOutput: ...

    def deepseek_coder_6_7b_instruct_awq(
        self,
        input: _model_deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqOutput | Stream[StreamChunk]:
        """Run ``@hf/thebloke/deepseek-coder-6.7b-instruct-awq``.

        Args:
            input: a ``DeepseekCoder67bInstructAwqInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``DeepseekCoder67bInstructAwqOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.thebloke import (
            deepseek_coder_6_7b_instruct_awq as _model_deepseek_coder_6_7b_instruct_awq,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@hf/thebloke/deepseek-coder-6.7b-instruct-awq",
                _model_deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@hf/thebloke/deepseek-coder-6.7b-instruct-awq",
            _model_deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqInput,
            _model_deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqOutput,
            given,
            stream=stream,
        )

    @overload
    def llama_2_13b_chat_awq(
        self,
        input: _model_llama_2_13b_chat_awq.Llama213bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def llama_2_13b_chat_awq(
        self,
        input: _model_llama_2_13b_chat_awq.Llama213bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_2_13b_chat_awq.Llama213bChatAwqOutput: ...

    def llama_2_13b_chat_awq(
        self,
        input: _model_llama_2_13b_chat_awq.Llama213bChatAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_2_13b_chat_awq.Llama213bChatAwqOutput | Stream[StreamChunk]:
        """Run ``@hf/thebloke/llama-2-13b-chat-awq``.

        Args:
            input: a ``Llama213bChatAwqInput``, or a dict validated into one.
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
            The parsed ``Llama213bChatAwqOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.thebloke import (
            llama_2_13b_chat_awq as _model_llama_2_13b_chat_awq,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@hf/thebloke/llama-2-13b-chat-awq",
                _model_llama_2_13b_chat_awq.Llama213bChatAwqInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@hf/thebloke/llama-2-13b-chat-awq",
            _model_llama_2_13b_chat_awq.Llama213bChatAwqInput,
            _model_llama_2_13b_chat_awq.Llama213bChatAwqOutput,
            given,
            stream=stream,
        )

    @overload
    def llamaguard_7b_awq(
        self,
        input: _model_llamaguard_7b_awq.Llamaguard7bAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def llamaguard_7b_awq(
        self,
        input: _model_llamaguard_7b_awq.Llamaguard7bAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llamaguard_7b_awq.Llamaguard7bAwqOutput: ...

    def llamaguard_7b_awq(
        self,
        input: _model_llamaguard_7b_awq.Llamaguard7bAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llamaguard_7b_awq.Llamaguard7bAwqOutput | Stream[StreamChunk]:
        """Run ``@hf/thebloke/llamaguard-7b-awq``.

        Args:
            input: a ``Llamaguard7bAwqInput``, or a dict validated into one.
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
            The parsed ``Llamaguard7bAwqOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.thebloke import (
            llamaguard_7b_awq as _model_llamaguard_7b_awq,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@hf/thebloke/llamaguard-7b-awq",
                _model_llamaguard_7b_awq.Llamaguard7bAwqInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@hf/thebloke/llamaguard-7b-awq",
            _model_llamaguard_7b_awq.Llamaguard7bAwqInput,
            _model_llamaguard_7b_awq.Llamaguard7bAwqOutput,
            given,
            stream=stream,
        )

    @overload
    def mistral_7b_instruct_v0_1_awq(
        self,
        input: _model_mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def mistral_7b_instruct_v0_1_awq(
        self,
        input: _model_mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqOutput: ...

    def mistral_7b_instruct_v0_1_awq(
        self,
        input: _model_mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqOutput | Stream[StreamChunk]:
        """Run ``@hf/thebloke/mistral-7b-instruct-v0.1-awq``.

        Args:
            input: a ``Mistral7bInstructV01AwqInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``Mistral7bInstructV01AwqOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.thebloke import (
            mistral_7b_instruct_v0_1_awq as _model_mistral_7b_instruct_v0_1_awq,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@hf/thebloke/mistral-7b-instruct-v0.1-awq",
                _model_mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@hf/thebloke/mistral-7b-instruct-v0.1-awq",
            _model_mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqInput,
            _model_mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqOutput,
            given,
            stream=stream,
        )

    @overload
    def neural_chat_7b_v3_1_awq(
        self,
        input: _model_neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def neural_chat_7b_v3_1_awq(
        self,
        input: _model_neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqOutput: ...

    def neural_chat_7b_v3_1_awq(
        self,
        input: _model_neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqOutput | Stream[StreamChunk]:
        """Run ``@hf/thebloke/neural-chat-7b-v3-1-awq``.

        Args:
            input: a ``NeuralChat7bV31AwqInput``, or a dict validated into one.
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
            The parsed ``NeuralChat7bV31AwqOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.thebloke import (
            neural_chat_7b_v3_1_awq as _model_neural_chat_7b_v3_1_awq,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@hf/thebloke/neural-chat-7b-v3-1-awq",
                _model_neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@hf/thebloke/neural-chat-7b-v3-1-awq",
            _model_neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqInput,
            _model_neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqOutput,
            given,
            stream=stream,
        )

    @overload
    def openhermes_2_5_mistral_7b_awq(
        self,
        input: _model_openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def openhermes_2_5_mistral_7b_awq(
        self,
        input: _model_openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqOutput: ...

    def openhermes_2_5_mistral_7b_awq(
        self,
        input: _model_openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqOutput | Stream[StreamChunk]:
        """Run ``@hf/thebloke/openhermes-2.5-mistral-7b-awq``.

        Args:
            input: a ``Openhermes25Mistral7bAwqInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``Openhermes25Mistral7bAwqOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.thebloke import (
            openhermes_2_5_mistral_7b_awq as _model_openhermes_2_5_mistral_7b_awq,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@hf/thebloke/openhermes-2.5-mistral-7b-awq",
                _model_openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@hf/thebloke/openhermes-2.5-mistral-7b-awq",
            _model_openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqInput,
            _model_openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqOutput,
            given,
            stream=stream,
        )

    @overload
    def zephyr_7b_beta_awq(
        self,
        input: _model_zephyr_7b_beta_awq.Zephyr7bBetaAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> Stream[StreamChunk]: ...

    @overload
    def zephyr_7b_beta_awq(
        self,
        input: _model_zephyr_7b_beta_awq.Zephyr7bBetaAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_zephyr_7b_beta_awq.Zephyr7bBetaAwqOutput: ...

    def zephyr_7b_beta_awq(
        self,
        input: _model_zephyr_7b_beta_awq.Zephyr7bBetaAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_zephyr_7b_beta_awq.Zephyr7bBetaAwqOutput | Stream[StreamChunk]:
        """Run ``@hf/thebloke/zephyr-7b-beta-awq``.

        Args:
            input: a ``Zephyr7bBetaAwqInput``, or a dict validated into one.
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
            The parsed ``Zephyr7bBetaAwqOutput``.
            With ``stream=True``, a ``Stream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.thebloke import (
            zephyr_7b_beta_awq as _model_zephyr_7b_beta_awq,
        )

        given: object = input
        if stream is True:
            return self._client._run_stream(
                "@hf/thebloke/zephyr-7b-beta-awq",
                _model_zephyr_7b_beta_awq.Zephyr7bBetaAwqInput,
                given,
                stream=True,
            )
        return self._client._run_model(
            "@hf/thebloke/zephyr-7b-beta-awq",
            _model_zephyr_7b_beta_awq.Zephyr7bBetaAwqInput,
            _model_zephyr_7b_beta_awq.Zephyr7bBetaAwqOutput,
            given,
            stream=stream,
        )


class AsyncHfTheblokeNamespace:
    """Models below ``client.hf.thebloke``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def deepseek_coder_6_7b_base_awq(
        self,
        input: _model_deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def deepseek_coder_6_7b_base_awq(
        self,
        input: _model_deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqOutput: ...

    async def deepseek_coder_6_7b_base_awq(
        self,
        input: _model_deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqOutput | AsyncStream[StreamChunk]:
        """Run ``@hf/thebloke/deepseek-coder-6.7b-base-awq``.

        Args:
            input: a ``DeepseekCoder67bBaseAwqInput``, or a dict validated into one.
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
            The parsed ``DeepseekCoder67bBaseAwqOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.thebloke import (
            deepseek_coder_6_7b_base_awq as _model_deepseek_coder_6_7b_base_awq,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@hf/thebloke/deepseek-coder-6.7b-base-awq",
                _model_deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@hf/thebloke/deepseek-coder-6.7b-base-awq",
            _model_deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqInput,
            _model_deepseek_coder_6_7b_base_awq.DeepseekCoder67bBaseAwqOutput,
            given,
            stream=stream,
        )

    @overload
    async def deepseek_coder_6_7b_instruct_awq(
        self,
        input: _model_deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def deepseek_coder_6_7b_instruct_awq(
        self,
        input: _model_deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqOutput: ...

    async def deepseek_coder_6_7b_instruct_awq(
        self,
        input: _model_deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqOutput | AsyncStream[StreamChunk]:
        """Run ``@hf/thebloke/deepseek-coder-6.7b-instruct-awq``.

        Args:
            input: a ``DeepseekCoder67bInstructAwqInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``DeepseekCoder67bInstructAwqOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.thebloke import (
            deepseek_coder_6_7b_instruct_awq as _model_deepseek_coder_6_7b_instruct_awq,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@hf/thebloke/deepseek-coder-6.7b-instruct-awq",
                _model_deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@hf/thebloke/deepseek-coder-6.7b-instruct-awq",
            _model_deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqInput,
            _model_deepseek_coder_6_7b_instruct_awq.DeepseekCoder67bInstructAwqOutput,
            given,
            stream=stream,
        )

    @overload
    async def llama_2_13b_chat_awq(
        self,
        input: _model_llama_2_13b_chat_awq.Llama213bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def llama_2_13b_chat_awq(
        self,
        input: _model_llama_2_13b_chat_awq.Llama213bChatAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llama_2_13b_chat_awq.Llama213bChatAwqOutput: ...

    async def llama_2_13b_chat_awq(
        self,
        input: _model_llama_2_13b_chat_awq.Llama213bChatAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llama_2_13b_chat_awq.Llama213bChatAwqOutput | AsyncStream[StreamChunk]:
        """Run ``@hf/thebloke/llama-2-13b-chat-awq``.

        Args:
            input: a ``Llama213bChatAwqInput``, or a dict validated into one.
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
            The parsed ``Llama213bChatAwqOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.thebloke import (
            llama_2_13b_chat_awq as _model_llama_2_13b_chat_awq,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@hf/thebloke/llama-2-13b-chat-awq",
                _model_llama_2_13b_chat_awq.Llama213bChatAwqInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@hf/thebloke/llama-2-13b-chat-awq",
            _model_llama_2_13b_chat_awq.Llama213bChatAwqInput,
            _model_llama_2_13b_chat_awq.Llama213bChatAwqOutput,
            given,
            stream=stream,
        )

    @overload
    async def llamaguard_7b_awq(
        self,
        input: _model_llamaguard_7b_awq.Llamaguard7bAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def llamaguard_7b_awq(
        self,
        input: _model_llamaguard_7b_awq.Llamaguard7bAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_llamaguard_7b_awq.Llamaguard7bAwqOutput: ...

    async def llamaguard_7b_awq(
        self,
        input: _model_llamaguard_7b_awq.Llamaguard7bAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_llamaguard_7b_awq.Llamaguard7bAwqOutput | AsyncStream[StreamChunk]:
        """Run ``@hf/thebloke/llamaguard-7b-awq``.

        Args:
            input: a ``Llamaguard7bAwqInput``, or a dict validated into one.
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
            The parsed ``Llamaguard7bAwqOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.thebloke import (
            llamaguard_7b_awq as _model_llamaguard_7b_awq,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@hf/thebloke/llamaguard-7b-awq",
                _model_llamaguard_7b_awq.Llamaguard7bAwqInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@hf/thebloke/llamaguard-7b-awq",
            _model_llamaguard_7b_awq.Llamaguard7bAwqInput,
            _model_llamaguard_7b_awq.Llamaguard7bAwqOutput,
            given,
            stream=stream,
        )

    @overload
    async def mistral_7b_instruct_v0_1_awq(
        self,
        input: _model_mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def mistral_7b_instruct_v0_1_awq(
        self,
        input: _model_mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqOutput: ...

    async def mistral_7b_instruct_v0_1_awq(
        self,
        input: _model_mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqOutput | AsyncStream[StreamChunk]:
        """Run ``@hf/thebloke/mistral-7b-instruct-v0.1-awq``.

        Args:
            input: a ``Mistral7bInstructV01AwqInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``Mistral7bInstructV01AwqOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.thebloke import (
            mistral_7b_instruct_v0_1_awq as _model_mistral_7b_instruct_v0_1_awq,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@hf/thebloke/mistral-7b-instruct-v0.1-awq",
                _model_mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@hf/thebloke/mistral-7b-instruct-v0.1-awq",
            _model_mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqInput,
            _model_mistral_7b_instruct_v0_1_awq.Mistral7bInstructV01AwqOutput,
            given,
            stream=stream,
        )

    @overload
    async def neural_chat_7b_v3_1_awq(
        self,
        input: _model_neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def neural_chat_7b_v3_1_awq(
        self,
        input: _model_neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqOutput: ...

    async def neural_chat_7b_v3_1_awq(
        self,
        input: _model_neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqOutput | AsyncStream[StreamChunk]:
        """Run ``@hf/thebloke/neural-chat-7b-v3-1-awq``.

        Args:
            input: a ``NeuralChat7bV31AwqInput``, or a dict validated into one.
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
            The parsed ``NeuralChat7bV31AwqOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.thebloke import (
            neural_chat_7b_v3_1_awq as _model_neural_chat_7b_v3_1_awq,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@hf/thebloke/neural-chat-7b-v3-1-awq",
                _model_neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@hf/thebloke/neural-chat-7b-v3-1-awq",
            _model_neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqInput,
            _model_neural_chat_7b_v3_1_awq.NeuralChat7bV31AwqOutput,
            given,
            stream=stream,
        )

    @overload
    async def openhermes_2_5_mistral_7b_awq(
        self,
        input: _model_openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def openhermes_2_5_mistral_7b_awq(
        self,
        input: _model_openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqOutput: ...

    async def openhermes_2_5_mistral_7b_awq(
        self,
        input: _model_openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqOutput | AsyncStream[StreamChunk]:
        """Run ``@hf/thebloke/openhermes-2.5-mistral-7b-awq``.

        Args:
            input: a ``Openhermes25Mistral7bAwqInput``, or a dict validated into one.
            stream: ``True`` to get the answer as a stream of chunks; sent as the input's
                ``stream``.

        Not checked by the client (the schema says more than pydantic can):
            - input #/oneOf is checked as anyOf: a value that matches more than one branch is
              accepted
            - input #/oneOf/1/properties/tools/items/oneOf is checked as anyOf: a value that matches
              more than one branch is accepted

        Returns:
            The parsed ``Openhermes25Mistral7bAwqOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.thebloke import (
            openhermes_2_5_mistral_7b_awq as _model_openhermes_2_5_mistral_7b_awq,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@hf/thebloke/openhermes-2.5-mistral-7b-awq",
                _model_openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@hf/thebloke/openhermes-2.5-mistral-7b-awq",
            _model_openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqInput,
            _model_openhermes_2_5_mistral_7b_awq.Openhermes25Mistral7bAwqOutput,
            given,
            stream=stream,
        )

    @overload
    async def zephyr_7b_beta_awq(
        self,
        input: _model_zephyr_7b_beta_awq.Zephyr7bBetaAwqInput | Mapping[str, Any],
        *,
        stream: Literal[True],
    ) -> AsyncStream[StreamChunk]: ...

    @overload
    async def zephyr_7b_beta_awq(
        self,
        input: _model_zephyr_7b_beta_awq.Zephyr7bBetaAwqInput | Mapping[str, Any],
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> _model_zephyr_7b_beta_awq.Zephyr7bBetaAwqOutput: ...

    async def zephyr_7b_beta_awq(
        self,
        input: _model_zephyr_7b_beta_awq.Zephyr7bBetaAwqInput | Mapping[str, Any],
        *,
        stream: bool | NotGiven = NOT_GIVEN,
    ) -> _model_zephyr_7b_beta_awq.Zephyr7bBetaAwqOutput | AsyncStream[StreamChunk]:
        """Run ``@hf/thebloke/zephyr-7b-beta-awq``.

        Args:
            input: a ``Zephyr7bBetaAwqInput``, or a dict validated into one.
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
            The parsed ``Zephyr7bBetaAwqOutput``.
            With ``stream=True``, an ``AsyncStream`` of ``StreamChunk`` read from the answer's
            server-sent events as you iterate it (``chunk.response`` is the next piece of text).

        Raises:
            pydantic.ValidationError: the input is not valid; nothing was sent.
            CloudflareAIError: the request or the run failed (see its subclasses).
        """
        from ....models.hf.thebloke import (
            zephyr_7b_beta_awq as _model_zephyr_7b_beta_awq,
        )

        given: object = input
        if stream is True:
            return await self._client._run_stream(
                "@hf/thebloke/zephyr-7b-beta-awq",
                _model_zephyr_7b_beta_awq.Zephyr7bBetaAwqInput,
                given,
                stream=True,
            )
        return await self._client._run_model(
            "@hf/thebloke/zephyr-7b-beta-awq",
            _model_zephyr_7b_beta_awq.Zephyr7bBetaAwqInput,
            _model_zephyr_7b_beta_awq.Zephyr7bBetaAwqOutput,
            given,
            stream=stream,
        )
