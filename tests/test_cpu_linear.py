"""Packed oneDNN linear layers: same outputs as the stock kernels, installed only inside the block,
repacked when a weight changes, and out of the way of autograd and of other forwards."""

from __future__ import annotations

import pytest
import torch

from dpfusion_integrations.engine import DecodeRequest, FusedDecoder, PrivateSampler
from dpfusion_integrations.engine.cpu_linear import available, packed_linears

pytestmark = pytest.mark.skipif(not available(), reason="this PyTorch build has no oneDNN packed-linear operators")


def _net() -> torch.nn.Module:
    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Linear(16, 32), torch.nn.GELU(), torch.nn.Linear(32, 8, bias=False)).eval()


def _installed(model: torch.nn.Module) -> int:
    return sum("forward" in m.__dict__ for m in model.modules())


@pytest.mark.parametrize("rows", [1, 2, 3, 9, 300])
def test_when_packed_then_outputs_match_stock_kernels(rows):
    net, x = _net(), torch.randn(rows, 16)
    expected = net(x)
    with torch.inference_mode(), packed_linears(net) as used:
        got = net(x)
    assert used
    torch.testing.assert_close(got, expected, rtol=1e-5, atol=1e-5)


def test_when_the_block_exits_then_stock_forwards_are_back():
    net = _net()
    with packed_linears(net):
        assert _installed(net) == 2
        with packed_linears(net):  # nested: one installation, kept until the outer block exits
            assert _installed(net) == 2
        assert _installed(net) == 2
    assert _installed(net) == 0


def test_when_the_block_raises_then_stock_forwards_are_back():
    net = _net()
    with pytest.raises(RuntimeError), packed_linears(net):
        raise RuntimeError("boom")
    assert _installed(net) == 0


def test_when_disabled_then_nothing_is_installed():
    net = _net()
    with packed_linears(net, enabled=False) as used:
        assert not used and _installed(net) == 0


def test_when_a_weight_changes_in_place_then_it_is_packed_again():
    net, x = _net(), torch.randn(2, 16)
    with torch.inference_mode(), packed_linears(net):
        before = net(x)
    with torch.no_grad():
        net[2].weight.mul_(2.0)
    with torch.inference_mode(), packed_linears(net):
        after = net(x)
    torch.testing.assert_close(after, 2.0 * before, rtol=1e-5, atol=1e-5)


def test_when_gradients_are_needed_then_the_stock_kernel_runs():
    net, x = _net(), torch.randn(3, 16, requires_grad=True)
    with packed_linears(net):
        net(x).sum().backward()
    expected = torch.autograd.grad(_net()(x).sum(), x)[0]
    torch.testing.assert_close(x.grad, expected)


def test_when_a_forward_was_already_replaced_then_it_is_left_alone():
    net = _net()
    hooked = net[0].forward
    net[0].forward = hooked  # e.g. an accelerate hook
    with packed_linears(net):
        assert net[0].forward is hooked
    assert net[0].forward is hooked


def test_when_decoding_then_packed_and_stock_kernels_give_the_same_tokens(tiny_model, tokenizer):
    from dpfusion_integrations.contexts import encode_chat, paraphrase_messages

    texts = ["Call [PERSON] at [PHONE_NUMBER] today.", "Call Ann Lee at [PHONE_NUMBER] today.",
             "Call [PERSON] at 555-0100 today."]
    contexts = tuple(tuple(encode_chat(tokenizer, paraphrase_messages(t))) for t in texts)
    request = DecodeRequest(contexts=contexts, order=3.0, cap=0.05, max_new_tokens=12)
    runs = [FusedDecoder(tiny_model, eos_token_ids=[], cpu_kernels=flag).decode([request], PrivateSampler(1, seed=5),
                                                                                 debug=True)[0]
            for flag in (True, False)]
    assert runs[0].tokens == runs[1].tokens
    for a, b in zip(runs[0].lambdas, runs[1].lambdas):
        assert a == pytest.approx(b, abs=1e-4)
    assert _installed(tiny_model) == 0


def test_when_threads_enter_and_leave_concurrently_then_the_model_ends_stock():
    import threading

    net, x = _net(), torch.randn(2, 16)
    expected = net(x)
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(200):
                with torch.inference_mode(), packed_linears(net):
                    torch.testing.assert_close(net(x), expected, rtol=1e-5, atol=1e-5)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert _installed(net) == 0
