"""The tests' tiny random-weight Llama, built in one place for the CPU fixture and the CUDA tests."""

from __future__ import annotations

from typing import Any


def tiny_llama(tokenizer: Any) -> Any:
    """A 2-layer random Llama over the tokenizer's vocabulary, with sharpened logits so that group and
    public distributions differ enough for λ < 1 to occur (seeded: the same weights every time)."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(1234)
    config = LlamaConfig(vocab_size=len(tokenizer), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512,
                         tie_word_embeddings=False, bos_token_id=tokenizer.bos_token_id,
                         eos_token_id=tokenizer.eos_token_id)
    model = LlamaForCausalLM(config).eval()
    with torch.no_grad():
        model.lm_head.weight.mul_(40.0)
    return model
