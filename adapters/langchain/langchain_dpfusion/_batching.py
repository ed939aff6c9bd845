"""``ChatDPFusion.batch``: every input's callbacks fire as usual, but all conversations are
decoded together in one engine call, charged to the one ledger all inputs' configs agree on."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from langchain_core.callbacks import CallbackManager
from langchain_core.outputs import ChatGeneration, LLMResult
from langchain_core.runnables.config import get_config_list

from dpfusion_integrations.errors import InvalidParameterError
from langchain_dpfusion._ledger import ledger_from_callbacks

if TYPE_CHECKING:
    from langchain_core.messages import AIMessage

    from langchain_dpfusion.chat_models import ChatDPFusion


def batch_generate(model: ChatDPFusion, inputs: list[Any], config: Any, /, *, return_exceptions: bool = False,
                   **kwargs: Any) -> list[AIMessage | Exception]:
    if not inputs:
        return []
    configs = get_config_list(config, len(inputs))
    conversations = [model._convert_input(i).to_messages() for i in inputs]
    stop = kwargs.pop("stop", None)
    run_managers = []
    for cfg, messages in zip(configs, conversations, strict=True):
        manager = CallbackManager.configure(cfg.get("callbacks"), model.callbacks, model.verbose, cfg.get("tags"),
                                            model.tags, cfg.get("metadata"), model.metadata)
        run_managers.append(manager.on_chat_model_start(
            model._serialized, [messages], invocation_params=model._get_invocation_params(stop=stop, **kwargs),
            name=cfg.get("run_name"), run_id=cfg.pop("run_id", None), batch_size=len(inputs))[0])
    try:
        options = model.call_options(stop, kwargs, _common_ledger(model, run_managers))
        units = options.pop("units")
        results = model._engine_for_call(kwargs).generate_many(
            [model._core_messages(m, kwargs) for m in conversations], **options,
            units=None if units is None else [list(units) for _ in conversations])
    except Exception as exc:
        for rm in run_managers:
            rm.on_llm_error(exc)
        if not return_exceptions:
            raise
        return [exc] * len(inputs)
    messages = []
    for rm, result in zip(run_managers, results, strict=True):
        message = model.to_message(result, kwargs)
        rm.on_llm_end(LLMResult(generations=[[ChatGeneration(message=message)]]))
        messages.append(message)
    return messages


def _common_ledger(model: ChatDPFusion, run_managers: list[Any]) -> Any:
    """The ledger every input is charged to: the model's own, or the one all inputs' budget handlers
    carry. Inputs whose configs carry different ledgers (or a ledger and none) are refused, before
    anything is reserved or decoded: one batched decode can charge one ledger only."""
    if model.ledger is not None:
        return model.ledger
    ledgers = [ledger_from_callbacks(rm) for rm in run_managers]
    if any(ledger is not ledgers[0] for ledger in ledgers[1:]):
        raise InvalidParameterError("the batch inputs' callbacks carry different privacy ledgers (or some none); "
                                    "batch inputs that share one ledger, or call invoke per input")
    return ledgers[0]
