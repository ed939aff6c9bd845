"""``ChatDPFusion.batch``: every input's callbacks fire as usual, but all conversations are
decoded together in one engine call."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from langchain_core.callbacks import CallbackManager
from langchain_core.load import dumpd
from langchain_core.outputs import ChatGeneration, LLMResult
from langchain_core.runnables.config import get_config_list

from langchain_dpfusion._ledger import ledger_from_callbacks

if TYPE_CHECKING:
    from langchain_core.messages import AIMessage

    from langchain_dpfusion.chat_models import ChatDPFusion


def batch_generate(model: ChatDPFusion, inputs: list[Any], config: Any, *, return_exceptions: bool = False,
                   **kwargs: Any) -> list[AIMessage | Exception]:
    if not inputs:
        return []
    configs = get_config_list(config, len(inputs))
    conversations = [model._convert_input(i).to_messages() for i in inputs]
    run_managers = []
    for cfg, messages in zip(configs, conversations, strict=True):
        manager = CallbackManager.configure(cfg.get("callbacks"), model.callbacks, model.verbose, cfg.get("tags"),
                                            model.tags, cfg.get("metadata"), model.metadata)
        run_managers.append(manager.on_chat_model_start(
            dumpd(model), [messages], invocation_params={**model._identifying_params, **kwargs},
            name=cfg.get("run_name"), run_id=cfg.pop("run_id", None), batch_size=len(inputs))[0])
    stop = kwargs.pop("stop", None)
    try:
        options = model.call_options(stop, kwargs, ledger_from_callbacks(run_managers[0]))
        results = model._engine_for_call().generate_many(
            [model._core_messages(m, kwargs) for m in conversations],
            **{k: v for k, v in options.items() if k != "units"},
            units=[options["units"]] * len(conversations) if options["units"] else None)
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
