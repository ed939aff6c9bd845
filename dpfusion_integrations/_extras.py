"""Optional dependencies ("extras") and the error that names the one to install.

The core installs with ``pip install dpfusion-integrations`` alone; each framework integration needs
its extra (``[langchain]``, ``[llama-index]``). The adapters call :func:`require_extra` first thing in
their ``__init__``, so a missing framework is one clear error naming the pip command instead of a
bare ``No module named 'langchain_core'`` from deep inside an adapter module.

This module imports no framework: it only asks the import system whether one could be found.
"""

from __future__ import annotations

import importlib.util

from dpfusion_integrations.errors import DPFusionError

__all__ = ["DISTRIBUTION", "MissingExtraError", "install_command", "require_extra"]

DISTRIBUTION = "dpfusion-integrations"


class MissingExtraError(DPFusionError, ModuleNotFoundError):
    """An optional dependency is not installed. The message names the extra that installs it.

    A ``ModuleNotFoundError`` (so ``except ImportError`` keeps working) and a ``DPFusionError``;
    ``name`` is the missing module, ``extra`` the extra to install.
    """

    def __init__(self, message: str, *, name: str, extra: str) -> None:
        super().__init__(message, name=name)
        self.extra = extra


def install_command(extra: str) -> str:
    """The pip commands that install ``extra``: from the package index, and from a checkout."""
    return f'pip install "{DISTRIBUTION}[{extra}]" (from a source checkout: pip install -e ".[{extra}]")'


def _findable(module: str) -> bool:
    """Whether ``module`` could be imported, without importing it (only its parent packages).

    ``llama_index`` is a namespace package that this project's adapters share with llama-index-core,
    so the parent always exists here: the check must name the submodule (``llama_index.core``).
    """
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a missing parent package, or a module left without a __spec__
        return False


def require_extra(module: str, *, extra: str, feature: str) -> None:
    """Raise :class:`MissingExtraError` unless ``module`` (the framework ``feature`` is built on) can
    be imported; ``extra`` is the pip extra that installs it."""
    if not _findable(module):
        raise MissingExtraError(
            f"{feature} needs the optional dependency '{module}', which is not installed; "
            f"install the '{extra}' extra: {install_command(extra)}",
            name=module, extra=extra)
