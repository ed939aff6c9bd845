"""The release mode as a setting of the document-privatization paths (the retrievers and the node
postprocessor, corpus jobs, synthetic data), checked where the setting is made.

``DPFusion.privatize_many`` refuses a parameter that means nothing in the chosen mode; a setting
object (a pydantic model built once, used for many calls) should refuse it already when it is built,
before anything is decoded or spent. A parameter that would change the privacy cost is never dropped
silently: the paraphrase is charged ``max_new_tokens`` steps, the faithful release ``slot_tokens``
steps per private span (``docs/guarantee.md``, "Faithful release").

``surrogates`` sits next to ``release``: with the faithful release, each private span reaches the
public context as a fixed fake of its type (``Alex Morgan``) instead of its ``[PERSON]`` placeholder;
placeholders are the default. It changes what the output reads like, not the charge, and it means
nothing to the paraphrase, which refuses ``surrogates=True`` like any other setting of the other mode.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Literal

from dpfusion_integrations.errors import InvalidParameterError

__all__ = ["Release", "check_release_settings", "check_surrogates", "given_settings", "release_kwargs"]

Release = Literal["paraphrase", "faithful"]

#: Settings that belong to one mode only (the core refuses them in the other one).
_PARAPHRASE_ONLY = ("max_new_tokens", "instruction")
_FAITHFUL_ONLY = ("slot_tokens",)


def check_surrogates(release: str, surrogates: object) -> bool:
    """``surrogates`` checked: a bool (a truthy string or number is refused, never read as a choice),
    and True only with the faithful release. Raises ``InvalidParameterError`` naming the setting."""
    if not isinstance(surrogates, bool):
        raise InvalidParameterError("surrogates must be True or False")
    if surrogates and release != "faithful":
        raise InvalidParameterError("surrogates belongs to release='faithful' (the paraphrase rewrites the text and "
                                    "shows placeholders): drop it or use release='faithful'")
    return surrogates


def check_release_settings(release: str, *, explicit: Collection[str], surrogates: object = False) -> None:
    """Refuse settings the user gave explicitly (``explicit``: names of the fields set, e.g. a pydantic
    model's ``model_fields_set`` less those left at None) that belong to the other release mode, and a
    ``surrogates`` that is not a bool or is True outside the faithful release.

    Raises ``InvalidParameterError`` (a ``ValueError``, so a pydantic validator reports it as a
    validation error) naming the parameters only, never their values.
    """
    if release not in ("paraphrase", "faithful"):
        raise InvalidParameterError("release must be 'paraphrase' or 'faithful'")
    foreign = _PARAPHRASE_ONLY if release == "faithful" else _FAITHFUL_ONLY
    refused = [name for name in foreign if name in explicit]
    if not refused:
        check_surrogates(release, surrogates)
        return
    if release == "faithful":
        names = " and ".join(refused)
        raise InvalidParameterError(
            f"{names} {'belongs' if len(refused) == 1 else 'belong'} to release='paraphrase'; release='faithful' "
            "keeps the public text and is charged slot_tokens steps per private span: drop "
            f"{'it' if len(refused) == 1 else 'them'} or use release='paraphrase'")
    raise InvalidParameterError("slot_tokens belongs to release='faithful'; release='paraphrase' is charged "
                                "max_new_tokens steps: drop it or use release='faithful'")


def given_settings(model: object) -> set[str]:
    """Names of the fields a pydantic ``model`` was given a value for (an explicit None means "the
    default" and is not counted): what :func:`check_release_settings` calls ``explicit``."""
    return {name for name in getattr(model, "model_fields_set", ()) if getattr(model, name, None) is not None}


def release_kwargs(release: str, *, max_new_tokens: int | None, slot_tokens: int | None,
                   instruction: str | None = None, surrogates: bool = False) -> dict[str, object]:
    """The mode's keyword arguments for ``DPFusion.privatize`` / ``privatize_many``: the faithful release
    gets ``slot_tokens`` (None: the core's default) and ``surrogates``, the paraphrase ``max_new_tokens``
    and ``instruction``; the other mode's parameters are not passed (the caller has refused them; a
    ``surrogates=True`` with the paraphrase is refused here too rather than dropped)."""
    check_surrogates(release, surrogates)
    if release == "faithful":
        return {"release": "faithful", "slot_tokens": slot_tokens, "surrogates": surrogates}
    return {"release": "paraphrase", "max_new_tokens": max_new_tokens, "instruction": instruction}
