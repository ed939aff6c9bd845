"""The engine's threading policy: bounded OpenMP spinning set at import (only when nothing else
decided), and intra-op threads fitted to the CPUs other processes leave free during a decode."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import torch

from dpfusion_integrations import threading_policy as policy
from dpfusion_integrations.errors import InvalidParameterError


# ----------------------------------------------------------------------------- the switch
@pytest.mark.parametrize("value, expected", [(None, True), ("", True), ("auto", True), ("AUTO", True), ("off", False),
                                             (" Off ", False)])
def test_when_the_switch_has_a_valid_value_then_it_is_read(value, expected):
    env = {} if value is None else {policy.SWITCH: value}
    assert policy.enabled(env) is expected


def test_when_the_switch_has_an_unknown_value_then_it_is_an_error_naming_the_variable():
    with pytest.raises(InvalidParameterError, match=policy.SWITCH):
        policy.enabled({policy.SWITCH: "fast"})


# ----------------------------------------------------------------------------- 1. bounded spinning
def test_when_nothing_is_set_and_openmp_is_not_loaded_then_the_spin_count_is_bounded():
    env: dict[str, str] = {}
    setup = policy.configure_openmp(env, loaded=False)
    assert setup.action == "set"
    assert env == {"GOMP_SPINCOUNT": str(policy.SPIN_COUNT)}


@pytest.mark.parametrize("user", [{"OMP_WAIT_POLICY": "PASSIVE"}, {"OMP_WAIT_POLICY": "ACTIVE"},
                                  {"GOMP_SPINCOUNT": "0"}])
def test_when_the_user_chose_a_wait_policy_then_it_is_left_alone(user):
    env = dict(user)
    assert policy.configure_openmp(env, loaded=False).action == "user"
    assert env == user


def test_when_the_policy_is_off_then_nothing_is_set():
    env = {policy.SWITCH: "off"}
    assert policy.configure_openmp(env, loaded=False).action == "off"
    assert env == {policy.SWITCH: "off"}


def test_when_openmp_is_already_loaded_then_nothing_is_set():
    env: dict[str, str] = {}
    assert policy.configure_openmp(env, loaded=True).action == "late"
    assert env == {}


def test_when_the_switch_is_invalid_then_import_time_setup_changes_nothing_and_does_not_raise():
    env = {policy.SWITCH: "fast"}
    assert policy.configure_openmp(env, loaded=False).action == "invalid"
    assert env == {policy.SWITCH: "fast"}


def _fresh_python(code: str, **env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT", policy.SWITCH)}
    done = subprocess.run([sys.executable, "-c", code], env={**clean, **env}, capture_output=True, text=True,
                          timeout=120, check=True)
    return done.stdout.strip()


def test_when_the_package_is_imported_first_then_the_process_gets_the_bounded_spin_count():
    code = "import os, dpfusion_integrations; print(os.environ.get('GOMP_SPINCOUNT'))"
    assert _fresh_python(code) == str(policy.SPIN_COUNT)
    assert _fresh_python(code, **{policy.SWITCH: "off"}) == "None"


def test_when_torch_is_imported_before_the_package_then_the_process_is_told_it_is_too_late():
    code = ("import os, torch, dpfusion_integrations\n"
            "from dpfusion_integrations import threading_policy as t\n"
            "print(os.environ.get('GOMP_SPINCOUNT'), t.describe().split(':')[0])")
    assert _fresh_python(code) == "None late"


# ----------------------------------------------------------------------------- 2. fitted threads
@pytest.mark.parametrize("base, n_cpus, others, expected", [
    (2, 2, 0.0, 2),   # idle machine: torch's own count
    (2, 2, 1.0, 1),   # another process takes a core
    (2, 2, 0.6, 1),
    (2, 2, 0.3, 2),   # a little background work is not worth a thread
    (2, 2, 5.0, 1),   # never fewer than one
    (1, 2, 0.0, 1),   # never more than the caller's count
    (8, 16, 4.0, 8),  # enough free CPUs left
    (8, 16, 10.0, 6),
])
def test_when_other_processes_use_cpus_then_the_threads_fit_what_is_left(base, n_cpus, others, expected):
    assert policy.fit(base, n_cpus, others) == expected


class _Clock:
    """Stands in for /proc/stat, the process's CPU time and the monotonic clock."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.wall, self.busy_ticks, self.own = 1000.0, 0, 0.0
        monkeypatch.setattr(policy.time, "monotonic", lambda: self.wall)
        monkeypatch.setattr(policy, "_cpu_ticks", lambda cpus: self.busy_ticks)
        monkeypatch.setattr(policy, "_own_seconds", lambda: self.own)
        monkeypatch.setattr(policy, "_last", {})

    def advance(self, seconds: float, *, others: float, own: float) -> None:
        """``seconds`` pass while other processes use ``others`` CPUs and this one ``own``."""
        self.wall += seconds
        self.own += own * seconds
        self.busy_ticks += round((others + own) * seconds * policy._TICK)


class _FakeTorch:
    def __init__(self, threads: int) -> None:
        self.threads = threads
        self.calls: list[int] = []

    def get_num_threads(self) -> int:
        return self.threads

    def set_num_threads(self, n: int) -> None:
        self.calls.append(n)
        self.threads = n


def test_when_samples_are_taken_then_other_processes_use_is_busy_time_minus_our_own(monkeypatch):
    clock = _Clock(monkeypatch)
    before = policy._Sample(frozenset({0, 1}))
    clock.advance(2.0, others=1.0, own=0.8)
    assert policy.others_cpus(before, policy._Sample(frozenset({0, 1}))) == pytest.approx(1.0, abs=0.02)


def test_when_a_core_is_taken_during_a_decode_then_one_thread_is_used_and_the_count_restored_after(monkeypatch):
    clock, fake = _Clock(monkeypatch), _FakeTorch(2)
    fitting = policy.ThreadFit(fake, frozenset({0, 1}))
    assert fake.calls == []  # no earlier reading: the first decision waits for the first refresh
    clock.advance(policy.REFRESH_SECONDS / 2, others=1.0, own=1.0)
    fitting.refresh()
    assert fake.calls == []  # too soon to measure
    clock.advance(policy.REFRESH_SECONDS, others=1.0, own=1.0)
    fitting.refresh()
    assert fake.threads == 1
    clock.advance(2 * policy.REFRESH_SECONDS, others=0.0, own=1.0)
    fitting.refresh()
    assert fake.threads == 2  # the other process is gone
    clock.advance(2 * policy.REFRESH_SECONDS, others=1.0, own=1.0)
    fitting.refresh()
    fitting.restore()
    assert fake.calls == [1, 2, 1, 2]


def test_when_a_recent_reading_exists_then_the_next_decode_decides_at_once(monkeypatch):
    clock, fake = _Clock(monkeypatch), _FakeTorch(2)
    policy.ThreadFit(fake, frozenset({0, 1}))  # leaves its reading behind
    clock.advance(3.0, others=1.0, own=0.0)    # between decodes, another process works
    policy.ThreadFit(fake, frozenset({0, 1}))
    assert fake.threads == 1


def test_when_the_last_reading_is_stale_then_the_next_decode_starts_with_the_callers_count(monkeypatch):
    clock, fake = _Clock(monkeypatch), _FakeTorch(2)
    policy.ThreadFit(fake, frozenset({0, 1}))
    clock.advance(10 * policy._STALE_SECONDS, others=1.0, own=0.0)
    policy.ThreadFit(fake, frozenset({0, 1}))
    assert fake.calls == []


@pytest.fixture
def net() -> torch.nn.Module:
    return torch.nn.Linear(4, 4)


def test_when_the_block_exits_then_the_thread_count_and_the_model_hooks_are_as_before(net, monkeypatch):
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.delenv(policy.SWITCH, raising=False)
    before = torch.get_num_threads()
    with policy.fitted_threads(net) as fitting:
        if fitting is None:
            pytest.skip("the CPU load cannot be read on this platform")
        assert len(net._forward_pre_hooks) == 1
        torch.set_num_threads(1)  # as a refresh under load would
    assert torch.get_num_threads() == before
    assert len(net._forward_pre_hooks) == 0


def test_when_forwards_run_in_the_block_then_each_one_refreshes_the_fit(net, monkeypatch):
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.delenv(policy.SWITCH, raising=False)
    refreshed: list[int] = []
    monkeypatch.setattr(policy.ThreadFit, "refresh", lambda self: refreshed.append(1))
    with policy.fitted_threads(net) as fitting:
        if fitting is None:
            pytest.skip("the CPU load cannot be read on this platform")
        net(torch.ones(1, 4))
        net(torch.ones(1, 4))
    net(torch.ones(1, 4))  # outside: no refresh
    assert len(refreshed) == 2


@pytest.mark.parametrize("env", [{"OMP_NUM_THREADS": "2"}, {policy.SWITCH: "off"}])
def test_when_the_user_fixed_the_threads_or_turned_the_policy_off_then_nothing_is_fitted(net, monkeypatch, env):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with policy.fitted_threads(net) as fitting:
        assert fitting is None
        assert len(net._forward_pre_hooks) == 0


def test_when_the_switch_is_invalid_then_a_decode_fails_before_changing_anything(net, monkeypatch):
    monkeypatch.setenv(policy.SWITCH, "fast")
    before = torch.get_num_threads()
    with pytest.raises(InvalidParameterError), policy.fitted_threads(net):
        pass
    assert torch.get_num_threads() == before
    assert len(net._forward_pre_hooks) == 0
