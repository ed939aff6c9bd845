"""Red team, constrained decoding near the context window (issue 16, core).

With a grammar, tokens it forces are free but bounded by a forced-token budget. Whatever stops a
decode must depend on public inputs and released tokens only (``DESIGN.md`` section 3): a stopping
point that moves with the length of a private span leaks that length through the released output
(how far a tool call got before it was cut). The forced-token budget is derived from the room the
context window leaves, so it must be computed from the public context, not from the group contexts
(which hold the private values).
"""

from __future__ import annotations

from typing import Any

import pytest

from dpfusion_integrations.engine.grammar import Grammar
from rt_helpers import marked


class Stop(Exception):
    """Ends the call at the decoder, once its requests are recorded."""


def forced_budget(dp: Any, value: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """The forced-token budget of a constrained call whose one private span holds ``value``."""
    seen: list[Any] = []

    def capture(requests: Any, *args: Any, **kwargs: Any) -> Any:
        seen.extend(requests)
        raise Stop

    monkeypatch.setattr(dp._decoder, "decode", capture)
    filler = "The ward log lists routine checks of every bed, each one signed and dated. " * 20
    messages = [{"role": "user", "content": f"{filler}\nPatient {marked(value)} asks for a callback. Reply yes or no.",
                 "public": False}]
    with pytest.raises(Stop):
        dp.generate(messages, epsilon=4.0, max_new_tokens=8, grammar=Grammar.regex("(yes|no)( [a-z]+)*"))
    return seen[0].max_forced_tokens


def test_when_the_window_is_nearly_full_then_the_forced_token_budget_ignores_private_span_lengths(dp, monkeypatch):
    assert dp.context_limit is not None
    short = forced_budget(dp, "Al Li", monkeypatch)
    other = forced_budget(dp, "Bo Wu", monkeypatch)
    assert short < 1024, "control: the window is close enough to full for the budget to depend on it"
    assert other == short


def test_when_a_private_value_leaves_no_room_for_the_public_budget_then_the_call_is_refused_before_anything(
        dp, monkeypatch, tmp_path):
    """The budget is the public context's; a group context that cannot hold it is refused, with public
    lengths only in the message, before the decoder is reached."""
    from dpfusion_integrations.errors import ContextTooLongError

    long_value = "Zephyrine Okonkwo-Valdés " * 24
    with pytest.raises(ContextTooLongError) as err:
        forced_budget(dp, long_value, monkeypatch)
    assert "Zephyrine" not in str(err.value) and "Okonkwo" not in str(err.value)
    assert err.value.context_tokens is not None  # the public context's length only
