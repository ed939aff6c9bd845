"""How the engine runs PyTorch's CPU threads, so that a decode survives a machine it shares.

Two measured failure modes of torch's OpenMP threads (``benchmarks/threading.py``):

- With the default settings, a thread that finishes its share of an operation spins for a few
  milliseconds waiting for the next one (GNU OpenMP's default: 300,000 spins). When another
  process takes a core, the spinning thread holds its core while the thread it waits for is
  descheduled, and every one of the hundreds of parallel operations of a decode step pays a
  scheduler time slice: a decode became 8 to 10 times slower on this project's 2-core machine.
- ``OMP_WAIT_POLICY=PASSIVE`` (no spinning) avoids that, but every operation then pays a thread
  wake-up; on an idle 2-core machine the fused decode was 1.6 times slower than with the default.

The engine's policy, on by default, off with ``DPFUSION_THREADING=off``:

1. **Bounded spinning**, when this package is imported (:func:`configure_openmp`): if the user has
   set neither ``OMP_WAIT_POLICY`` nor ``GOMP_SPINCOUNT``, and the OpenMP runtime is not loaded yet,
   ``GOMP_SPINCOUNT`` is set to :data:`SPIN_COUNT` (about a quarter of a millisecond of spinning
   instead of several): short enough that a waiting thread soon gives its core back, long enough
   to bridge the gaps between the operations of a step. GNU OpenMP reads its settings once, when
   the library is loaded, i.e. at ``import torch``; the package's import is the last moment before
   that (the package imports torch only on first use). Side effect: the variable stays in
   ``os.environ``, so child processes started later inherit it. If torch was imported before this
   package, nothing is set (:func:`describe` says so); import ``dpfusion_integrations`` first, or
   set ``GOMP_SPINCOUNT`` yourself. Other OpenMP runtimes (Intel's, LLVM's) ignore the variable.
2. **Threads that fit the free CPUs**, during a decode (:func:`fitted_threads`): the engine measures
   how much CPU time other processes used (``/proc/stat``, Linux) and runs torch on at most the
   CPUs they leave free, re-checked every :data:`REFRESH_SECONDS` during the decode, and restores
   the caller's thread count afterwards. One thread never waits for another, so a core taken by
   another process then costs the decode that core's share of the work, not a collapse. The
   engine never uses more threads than torch was set to, and leaves the count alone when
   ``OMP_NUM_THREADS`` is set (the user chose it). On a machine so overloaded that no CPU is free,
   one thread also gets a smaller share of the CPUs than two would: measured there, about half the
   speed of two ``PASSIVE`` threads, and several times the speed of the defaults.

``torch.set_num_threads`` is process-wide state of the calling thread's OpenMP environment: code
running torch in other threads of the process during a decode is not changed by the fitting.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from dpfusion_integrations.errors import InvalidParameterError

__all__ = ["REFRESH_SECONDS", "SPIN_COUNT", "SWITCH", "ThreadFit", "configure_openmp", "describe", "enabled", "fit",
           "fitted_threads", "others_cpus", "remember_load", "runtime_loaded"]

logger = logging.getLogger(__name__)

#: The environment variable that turns the policy off (``off``) or on (``auto``, the default).
SWITCH = "DPFUSION_THREADING"
#: GNU OpenMP spin iterations before a waiting thread sleeps (its default is 300,000).
SPIN_COUNT = 10_000
#: How often, during a decode, the free CPUs are measured again.
REFRESH_SECONDS = 0.5
#: Settings of the user's that the spin policy leaves alone.
_WAIT_SETTINGS = ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT")
#: Settings of the user's that the thread fitting leaves alone.
_THREAD_SETTINGS = ("OMP_NUM_THREADS",)
_RUNTIMES = ("libgomp", "libiomp", "libomp.")
#: Another process must use this much more than a whole number of CPUs before one more is given up.
_SLACK = 0.4
#: A reading older than this is not used to decide a decode's first threads (the first refresh does).
_STALE_SECONDS = 60.0


def enabled(environ: Mapping[str, str] | None = None) -> bool:
    """Whether the policy is on: ``DPFUSION_THREADING`` unset, empty or ``auto``; ``off`` turns it off.

    Raises :class:`InvalidParameterError` for any other value (nothing is changed then).
    """
    value = (os.environ if environ is None else environ).get(SWITCH, "").strip().lower()
    if value in ("", "auto"):
        return True
    if value == "off":
        return False
    raise InvalidParameterError(f"{SWITCH} must be 'auto' (default) or 'off'")


# ----------------------------------------------------------------------------- 1. bounded spinning
@dataclass(frozen=True)
class OpenMPSetup:
    """What :func:`configure_openmp` did, for :func:`describe` and tests."""

    action: str  # "set", "off", "user", "late", "invalid"
    detail: str


_SETUP = OpenMPSetup("none", "configure_openmp has not run")


def runtime_loaded() -> bool:
    """Whether torch or an OpenMP runtime is already in this process (then it is too late)."""
    if "torch" in sys.modules:
        return True
    try:
        with open("/proc/self/maps") as maps:
            return any(name in line for line in maps for name in _RUNTIMES)
    except OSError:  # not Linux: torch not imported is the best evidence there is
        return False


def configure_openmp(environ: MutableMapping[str, str] | None = None, *,
                     loaded: bool | None = None) -> OpenMPSetup:
    """Set ``GOMP_SPINCOUNT`` to :data:`SPIN_COUNT` in ``environ`` (``os.environ``) unless the policy
    is off, the user set a wait setting, or the OpenMP runtime is already loaded (``loaded``, default
    :func:`runtime_loaded`); see the module doc. Never raises (it runs at import): an invalid
    ``DPFUSION_THREADING`` changes nothing here and fails the first decode. The outcome for the
    process (``environ`` not given) is what :func:`describe` reports."""
    global _SETUP
    env = os.environ if environ is None else environ
    try:
        on = enabled(env)
    except InvalidParameterError:
        setup = OpenMPSetup("invalid", f"{SWITCH} has an invalid value: nothing set")
    else:
        user = [name for name in _WAIT_SETTINGS if name in env]
        if not on:
            setup = OpenMPSetup("off", f"{SWITCH}=off")
        elif user:
            setup = OpenMPSetup("user", "set by the user: " + ", ".join(f"{n}={env[n]}" for n in user))
        elif runtime_loaded() if loaded is None else loaded:
            setup = OpenMPSetup("late", "torch was imported before dpfusion_integrations: OpenMP defaults kept")
        else:
            env["GOMP_SPINCOUNT"] = str(SPIN_COUNT)
            setup = OpenMPSetup("set", f"GOMP_SPINCOUNT={SPIN_COUNT} (set by {__name__})")
    if environ is None:
        _SETUP = setup
    return setup


def describe() -> str:
    """One line: what the spin policy did in this process, and the thread count now."""
    threads = ""
    if "torch" in sys.modules:
        threads = f"; {sys.modules['torch'].get_num_threads()} threads"
    return f"{_SETUP.action}: {_SETUP.detail}{threads}"


# ----------------------------------------------------------------------------- 2. fitted threads
def _cpu_ticks(cpus: frozenset[int]) -> int | None:
    """Busy clock ticks (everything but idle and I/O wait) of ``cpus`` since boot, from ``/proc/stat``."""
    try:
        with open("/proc/stat") as stat:
            lines = [line.split() for line in stat if line.startswith("cpu") and line[3].isdigit()]
    except OSError:
        return None
    busy = 0
    for fields in lines:
        if int(fields[0][3:]) in cpus:
            values = [int(v) for v in fields[1:9]]  # user nice system idle iowait irq softirq steal
            busy += sum(values) - values[3] - values[4]
    return busy


def _own_seconds() -> float:
    """CPU seconds this process (all its threads) has used."""
    times = os.times()
    return times.user + times.system


class _Sample:
    """One reading of (wall clock, busy ticks of our CPUs, our own CPU seconds)."""

    __slots__ = ("busy", "own", "wall")

    def __init__(self, cpus: frozenset[int]) -> None:
        self.wall = time.monotonic()
        self.busy = _cpu_ticks(cpus)
        self.own = _own_seconds()


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
_last_lock = threading.Lock()
_last: dict[frozenset[int], _Sample] = {}


def others_cpus(before: _Sample, after: _Sample) -> float | None:
    """CPUs' worth of time that other processes used between two samples (None if unknown)."""
    span = after.wall - before.wall
    if before.busy is None or after.busy is None or span <= 0:
        return None
    others = (after.busy - before.busy) / _TICK - (after.own - before.own)
    return max(0.0, others / span)


def fit(base: int, n_cpus: int, others: float) -> int:
    """Threads to use: at most ``base``, at least 1, and no more than the CPUs others leave free
    (a CPU counts as taken once others use more than ``_SLACK`` of it)."""
    free = int(n_cpus - others + _SLACK)
    return max(1, min(base, free))


class ThreadFit:
    """Fits torch's intra-op thread count to the free CPUs while a decode runs (see the module doc)."""

    def __init__(self, torch_module: Any, cpus: frozenset[int]) -> None:
        self._torch = torch_module
        self.cpus = cpus
        self.base = torch_module.get_num_threads()
        self.threads = self.base
        with _last_lock:
            previous = _last.get(cpus)
        now = _Sample(cpus)
        # Decide at once from the time since the last reading if it is recent; else at the first refresh.
        if previous is not None and now.wall - previous.wall <= _STALE_SECONDS:
            self._apply(others_cpus(previous, now))
        self._since = now
        self._store(now)

    def refresh(self) -> None:
        """Measure again if :data:`REFRESH_SECONDS` have passed, and change the thread count if needed."""
        if time.monotonic() - self._since.wall < REFRESH_SECONDS:
            return
        now = _Sample(self.cpus)
        self._apply(others_cpus(self._since, now))
        self._since = now
        self._store(now)

    def restore(self) -> None:
        if self._torch.get_num_threads() != self.base:
            self._torch.set_num_threads(self.base)

    def _apply(self, others: float | None) -> None:
        if others is None:
            return
        target = fit(self.base, len(self.cpus), others)
        if target != self.threads:
            logger.debug("other processes use %.1f CPUs: decoding on %d thread(s)", others, target)
            self._torch.set_num_threads(target)
            self.threads = target

    def _store(self, sample: _Sample) -> None:
        with _last_lock:
            _last[self.cpus] = sample


def remember_load() -> None:
    """Take a reading of the CPU load now, so that the first decode can decide its threads at once
    from the time in between (called when the package is imported)."""
    cpus = _current_cpus()
    sample = _Sample(cpus)
    if sample.busy is not None:
        with _last_lock:
            _last.setdefault(cpus, sample)


def _current_cpus() -> frozenset[int]:
    try:
        return frozenset(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return frozenset(range(os.cpu_count() or 1))


@contextmanager
def fitted_threads(model: Any) -> Iterator[ThreadFit | None]:
    """Within the block, torch runs on the CPUs other processes leave free (re-checked before each
    forward of ``model``, at most every :data:`REFRESH_SECONDS`); the thread count is restored after.

    Yields the :class:`ThreadFit`, or None when it does not apply: the policy is off, the user set
    ``OMP_NUM_THREADS``, the model is not on the CPU, or the CPU load cannot be read.
    """
    import torch

    cpus = _current_cpus()
    if not enabled() or any(name in os.environ for name in _THREAD_SETTINGS) \
            or not any(p.device.type == "cpu" for p in model.parameters()) or _cpu_ticks(cpus) is None:
        yield None
        return
    fitting = ThreadFit(torch, cpus)
    hook = model.register_forward_pre_hook(lambda _module, _args: fitting.refresh())
    try:
        yield fitting
    finally:
        hook.remove()
        fitting.restore()
