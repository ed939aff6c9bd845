"""Privacy units: keyed, irreversible ids for the values (data subjects) a text mentions.

The ledger charges budget per privacy unit, and reports list the units a call charged. A unit id
must therefore be stable (the same person gets the same id in every document and process) yet
reveal nothing: ``unit_id`` is an HMAC-SHA256 of the normalized value under a secret key kept on
disk, so ids cannot be reversed by hashing a dictionary of likely names. The key is created once,
atomically, by :func:`load_or_create_unit_key`.
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import logging
import os
import secrets
import tempfile
import time
import unicodedata
from pathlib import Path

from dpfusion_integrations.errors import InvalidParameterError

__all__ = ["UNIT_KEY_BYTES", "default_unit_key_path", "load_or_create_unit_key", "normalize_value", "unit_id"]

logger = logging.getLogger(__name__)

#: Length of a unit key in bytes.
UNIT_KEY_BYTES = 32
_UNIT_ID_HEX = 20
_MIN_KEY_BYTES = 16


# Punctuation stripped from the ends of a value: sentence punctuation and quotes (Unicode Po, Pi,
# Pf), not brackets or dashes, so "Smith." == "Smith" but "(617) 555-0123" keeps its "(".
_EDGE_CATEGORIES = frozenset({"Po", "Pi", "Pf"})


def _is_edge(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) in _EDGE_CATEGORIES


def _strip_edges(value: str) -> str:
    """Drop whitespace, sentence punctuation and quotes at both ends."""
    start, end = 0, len(value)
    while start < end and _is_edge(value[start]):
        start += 1
    while end > start and _is_edge(value[end - 1]):
        end -= 1
    return value[start:end]


def normalize_value(value: str) -> str:
    """Canonical form of a value, so that spellings of the same value share a privacy unit.

    NFKC, casefold, internal whitespace collapsed to one space, and whitespace, sentence
    punctuation (``. , ; : ! ? # "`` ...) and quotes stripped from both ends: ``"John  Smith"``,
    ``"john smith"`` and ``"John Smith."`` are equal.
    A value made only of punctuation keeps its (whitespace-normalized) punctuation rather than
    collapsing to ``""``.
    """
    if not isinstance(value, str):
        raise InvalidParameterError("value must be a str")
    collapsed = " ".join(unicodedata.normalize("NFKC", value).casefold().split())
    stripped = _strip_edges(collapsed)
    return stripped if stripped else collapsed


def unit_id(value: str, *, key: bytes) -> str:
    """``"u_"`` + the first 20 hex digits of HMAC-SHA256(``key``, ``normalize_value(value)``).

    80 bits: collisions are negligible for any realistic number of data subjects, and without the
    key an id cannot be linked to a value.
    """
    if not isinstance(key, (bytes, bytearray)) or len(key) < _MIN_KEY_BYTES:
        raise InvalidParameterError(f"unit key must be bytes of length >= {_MIN_KEY_BYTES}")
    digest = hmac.new(bytes(key), normalize_value(value).encode("utf-8"), hashlib.sha256).hexdigest()
    return "u_" + digest[:_UNIT_ID_HEX]


def default_unit_key_path() -> Path:
    """``$DPFUSION_HOME/unit.key``; ``DPFUSION_HOME`` defaults to ``~/.cache/dpfusion``."""
    home = os.environ.get("DPFUSION_HOME") or os.path.join(os.path.expanduser("~"), ".cache", "dpfusion")
    return Path(home) / "unit.key"


def _read_key(path: Path) -> bytes:
    """Read an existing key, waiting briefly for a writer that created it without ``link``."""
    deadline = time.monotonic() + 2.0
    while True:
        data = path.read_bytes()
        if len(data) == UNIT_KEY_BYTES:
            return data
        if len(data) > UNIT_KEY_BYTES or time.monotonic() > deadline:
            raise InvalidParameterError(
                f"unit key file {str(path)!r} holds {len(data)} bytes, expected {UNIT_KEY_BYTES}; "
                "restore it from a backup (a new key would change every unit id)"
            )
        time.sleep(0.01)


def _publish_exclusive(tmp: Path, path: Path, key: bytes) -> None:
    """Make ``path`` hold ``key`` unless it exists; raise ``FileExistsError`` if it does.

    ``os.link`` publishes the fully written temp file atomically and never replaces an existing
    file. Where hard links are not supported, fall back to ``O_CREAT | O_EXCL`` (also never
    clobbers; a concurrent reader may see a short file for a moment and waits in ``_read_key``).
    """
    try:
        os.link(tmp, path)
        return
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, key)
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def load_or_create_unit_key(path: str | os.PathLike[str] | None = None) -> bytes:
    """Return the unit key stored at ``path`` (default :func:`default_unit_key_path`), creating it.

    A new key is 32 bytes from :mod:`secrets`, written to a temp file (mode 0o600) in the same
    directory, fsynced, then published without clobbering: if another process published first,
    its key wins and is returned here too, so racing processes always agree.
    """
    key_path = Path(path) if path is not None else default_unit_key_path()
    if key_path.exists():
        if os.name == "posix" and key_path.stat().st_mode & 0o077:
            logger.warning("unit key file %s is accessible to other users; chmod 600 it", key_path)
        return _read_key(key_path)
    key_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = secrets.token_bytes(UNIT_KEY_BYTES)
    fd, tmp_name = tempfile.mkstemp(prefix=".unit.key.", dir=key_path.parent)  # mode 0o600
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            _publish_exclusive(tmp, key_path, key)
        except FileExistsError:
            return _read_key(key_path)
        _fsync_dir(key_path.parent)
        logger.info("created a new privacy-unit key at %s", key_path)
        return key
    finally:
        tmp.unlink(missing_ok=True)
