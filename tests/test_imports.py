"""Public names are pinned, and the core never imports an LLM framework."""

from __future__ import annotations

import subprocess
import sys

import dpfusion_integrations

EXPECTED_ALL = {
    "BudgetExceededError", "DPFusion", "DPFusionError", "GroupPolicy", "PrivacyLedger", "PrivacyReport",
    "PrivatizationResult", "Relation",
}
FRAMEWORKS = ("langchain", "langchain_core", "llama_index")

_PROBE = """
import importlib, pkgutil, sys
import dpfusion_integrations as pkg
for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
    importlib.import_module(info.name)
print(",".join(sorted({m.split(".")[0] for m in sys.modules})))
"""


def framework_imports(probe: str = _PROBE) -> set[str]:
    """Top-level frameworks present after importing every core module in a fresh interpreter."""
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(out.strip().split(",")) & set(FRAMEWORKS)


def test_when_importing_then_all_is_pinned():
    assert set(dpfusion_integrations.__all__) == EXPECTED_ALL
    for name in EXPECTED_ALL:
        assert getattr(dpfusion_integrations, name) is not None


def test_when_importing_every_core_module_then_no_framework_is_loaded():
    assert framework_imports() == set()


def test_when_a_framework_is_imported_then_the_check_notices():
    planted = "import sys, types; sys.modules['langchain_core'] = types.ModuleType('langchain_core')\n" + _PROBE
    assert framework_imports(planted) == {"langchain_core"}


def test_when_importing_the_package_then_torch_is_not_loaded_eagerly():
    code = "import sys, dpfusion_integrations.accounting, dpfusion_integrations; print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
