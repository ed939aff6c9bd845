"""Per-call aliases of privacy units: what crosses the trust boundary instead of stable unit ids.

A stable unit id (a keyed hash of a value, or a caller's id such as a patient number) names the same
person in every call. Released in reports, trace metadata, spend events or errors, it would let anyone
who reads traces link one person across chunks and calls, count distinct people, and, from one known
id-value pair, turn membership into a yes/no. So everything outside the boundary carries an alias
instead: the stable id encrypted with AES-GCM under a fresh random nonce (one per unit per call),
with a key derived from the local unit key by HKDF. Aliases are unlinkable across calls without the key
(two aliases of one unit look as unrelated as aliases of two units, IND-CPA), and their length does
not depend on the id's within 32-byte blocks.

The operator, who holds the unit key, resolves aliases with :func:`resolve_unit_alias`: the one
documented operator-only view besides the ledger, used by budget trackers created with
``operator_view=True``. Nothing here logs or raises ids or aliases.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Iterable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from dpfusion_integrations.errors import InvalidParameterError

__all__ = ["ALIAS_PREFIX", "alias_units", "is_unit_alias", "resolve_unit_alias"]

#: Every alias starts with this prefix (stable ids start with ``u_`` or are the caller's own).
ALIAS_PREFIX = "a_"
_CONTEXT = b"dpfusion/unit-alias/v1"
_SALT = b"dpfusion-integrations unit aliases"
_NONCE = 12
_BLOCK = 32
_MAX_ID_BYTES = 4096


def _cipher(unit_key: bytes) -> AESGCM:
    """AES-256-GCM under a key derived from the unit key by HKDF (RFC 5869). HKDF keys HMAC with its
    salt, not with the unit key, so no unit id (HMAC under the unit key of a value) can equal any
    part of the alias key, whatever the value."""
    if not isinstance(unit_key, (bytes, bytearray)) or len(unit_key) < 16:
        raise InvalidParameterError("unit key must be bytes of length >= 16")
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=_SALT, info=_CONTEXT).derive(bytes(unit_key))
    return AESGCM(key)


def _pad(unit: str) -> bytes:
    data = unit.encode("utf-8")
    if not data or len(data) > _MAX_ID_BYTES:
        raise InvalidParameterError(f"unit ids must be non-empty and at most {_MAX_ID_BYTES} bytes")
    body = len(data).to_bytes(2, "big") + data
    return body + bytes(-len(body) % _BLOCK)


def alias_units(units: Iterable[str], *, unit_key: bytes) -> dict[str, str]:
    """Stable id → a fresh alias, for one call. Each alias is new: calling twice gives unrelated aliases."""
    cipher = _cipher(unit_key)
    out: dict[str, str] = {}
    for unit in units:
        if not isinstance(unit, str):
            raise InvalidParameterError("unit ids must be str")
        if unit not in out:
            nonce = os.urandom(_NONCE)
            sealed = nonce + cipher.encrypt(nonce, _pad(unit), _CONTEXT)
            out[unit] = ALIAS_PREFIX + base64.urlsafe_b64encode(sealed).rstrip(b"=").decode("ascii")
    return out


def is_unit_alias(value: object) -> bool:
    """Whether ``value`` has the shape of an alias (not whether it resolves)."""
    return isinstance(value, str) and value.startswith(ALIAS_PREFIX) and len(value) > len(ALIAS_PREFIX) + 40


def resolve_unit_alias(alias: str, *, unit_key: bytes | None = None) -> str:
    """OPERATOR-ONLY: the stable unit id behind ``alias`` (key: ``unit_key`` or the local unit key).

    What this returns links calls to one person; keep it inside the trust boundary (the ledger, an
    operator's dashboard), never in traces or logs. An alias that was not made with this key is an
    :class:`InvalidParameterError` (the message never repeats it).
    """
    if unit_key is None:
        from dpfusion_integrations.tagging import load_or_create_unit_key

        unit_key = load_or_create_unit_key()
    if not is_unit_alias(alias):
        raise InvalidParameterError("not a unit alias")
    body = alias[len(ALIAS_PREFIX):]
    try:
        sealed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        padded = _cipher(unit_key).decrypt(sealed[:_NONCE], sealed[_NONCE:], _CONTEXT)
    except (InvalidTag, ValueError, binascii.Error):
        raise InvalidParameterError("the alias was not made with this unit key") from None
    size = int.from_bytes(padded[:2], "big")
    return padded[2 : 2 + size].decode("utf-8")
