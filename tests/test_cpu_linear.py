"""Packed oneDNN linear layers: same outputs as the stock kernels, installed only inside the block,
repacked when a weight changes, out of the way of autograd and of other forwards, and standing in
for file-backed stock weights in memory (whose values never change)."""

from __future__ import annotations

import pytest
import torch

from dpfusion_integrations.engine import DecodeRequest, FusedDecoder, PrivateSampler
from dpfusion_integrations.engine.cpu_linear import available, packed_linears
from dpfusion_integrations.engine.weight_pages import (
    release_clean_pages,
    resident_bytes,
)

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


# ------------------------------------------------------------------ memory: the packed copy replaces the stock one
def _file_backed(tmp_path, values: torch.Tensor) -> torch.Tensor:
    """``values`` read back through a private mapping of a file (how safetensors weights are loaded)."""
    path = tmp_path / "weights.bin"
    values.numpy().tofile(path)
    return torch.from_file(str(path), shared=False, size=values.numel(), dtype=values.dtype).view_as(values)


linux_only = pytest.mark.skipif(resident_bytes(torch.zeros(1)) is None, reason="needs /proc/self/pagemap")


@linux_only
def test_when_file_backed_pages_are_released_then_values_are_unchanged_and_no_longer_resident(tmp_path):
    values = torch.randn(64, 1024)  # 64 pages of 4 KiB
    mapped = _file_backed(tmp_path, values)
    assert torch.equal(mapped, values)  # read: the pages are resident now
    assert resident_bytes(mapped) > 0
    assert release_clean_pages(mapped) > 0
    assert resident_bytes(mapped) == 0
    assert torch.equal(mapped, values)  # read again from the file, bit for bit


@linux_only
def test_when_a_mapped_page_was_written_then_it_is_kept(tmp_path):
    values = torch.randn(64, 1024)
    mapped = _file_backed(tmp_path, values)
    mapped[0, 0] = 12345.0  # copy-on-write: this page now exists only in this process
    mapped[40, 7] = -1.5
    release_clean_pages(mapped)
    expected = values.clone()
    expected[0, 0], expected[40, 7] = 12345.0, -1.5
    assert torch.equal(mapped, expected)
    assert resident_bytes(mapped) >= 2 * 4096


def test_when_memory_is_private_then_nothing_is_released():
    values = torch.randn(64, 1024)
    copy = values.clone()
    assert release_clean_pages(copy) == 0
    assert torch.equal(copy, values)


@linux_only
def test_when_a_file_backed_model_is_packed_then_its_stock_weights_leave_memory_and_come_back_unchanged(
        tiny_model_dir):
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, local_files_only=True).eval()
    head = model.lm_head.weight  # the largest linear weight of the tiny model (its own pages)
    ids = torch.tensor([[1, 2, 3, 4, 5]])
    with torch.inference_mode():
        stock = model(ids).logits
    if not resident_bytes(head):
        pytest.skip("this transformers version does not load safetensors weights through a file mapping")
    snapshot = {name: p.detach().clone() for name, p in model.named_parameters()}
    with torch.inference_mode(), packed_linears(model):
        packed = model(ids).logits
        assert resident_bytes(head) == 0  # the packed copy stands in for it
    torch.testing.assert_close(packed, stock, rtol=1e-5, atol=1e-5)
    with torch.inference_mode():
        assert torch.equal(model(ids).logits, stock)  # stock kernels on the same bits as before
    assert all(torch.equal(p, snapshot[name]) for name, p in model.named_parameters())
    with torch.inference_mode(), packed_linears(model):  # a stock read mapped them again: released again
        assert resident_bytes(head) == 0
        assert torch.equal(model(ids).logits, packed)


def test_when_the_default_model_is_first_dequantized_then_the_saved_file_backed_copy_is_loaded(monkeypatch, tmp_path):
    import transformers

    from dpfusion_integrations import models

    gguf, cache = tmp_path / "model.gguf", tmp_path / "cache"
    gguf.write_bytes(b"")
    monkeypatch.setattr(models, "default_model_paths", lambda: (gguf, cache))
    monkeypatch.setattr(transformers.AutoModelForCausalLM, "from_pretrained", lambda *a, **k: "dequantized")
    monkeypatch.setattr(transformers.AutoTokenizer, "from_pretrained", lambda *a, **k: "tokenizer")

    def save(model, tokenizer, path):
        path.mkdir()
        (path / "config.json").write_text("{}")

    monkeypatch.setattr(models, "_save_cache", save)
    monkeypatch.setattr(models, "_load_dir", lambda path, dtype: ("loaded from", path, dtype))
    assert models._load_default("float32") == ("loaded from", cache, "float32")


def test_when_the_cpu_cannot_pack_bfloat16_then_bfloat16_layers_keep_the_stock_kernels():
    """A bfloat16 model decodes under packed_linears on any CPU: oneDNN's bfloat16 reorder needs
    AVX-512 (BF16) or AVX-NE-CONVERT and raises without them; such layers fall back to F.linear."""
    import torch
    import torch.nn.functional as F

    from dpfusion_integrations.engine.cpu_linear import packed_linears

    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(16, 8)).to(torch.bfloat16).eval()
    x = torch.randn(3, 16, dtype=torch.bfloat16)
    with torch.inference_mode(), packed_linears(model):
        out = model(x)
    expected = F.linear(x, model[0].weight, model[0].bias)
    torch.testing.assert_close(out, expected, atol=2e-2, rtol=2e-2)
