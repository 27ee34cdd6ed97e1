"""Plain data kept in a file with the digest of its bytes: what the build keeps for the
exports, read back only when it is what was written.

A file is a line with the SHA-256 of the pickled value, then those bytes. Only plain data
(dicts, lists, tuples, strings, bytes, numbers) is read back: a pickle that names a class or
function is refused, so that a file someone else wrote cannot make partygraph run code (the
digest only catches damage).
"""

from __future__ import annotations

import hashlib
import io
import pickle
from pathlib import Path

from partygraph.util.files import write_atomically

__all__ = ["UNPICKLING_ERRORS", "loads_plain", "read_checked", "write_checked"]

# The pickle protocol of a file (plain data only).
_PICKLE = 5


class _PlainUnpickler(pickle.Unpickler):
    """Unpickles plain data only."""

    def find_class(self, module: str, name: str, /) -> object:
        """Refuse every global: plain data needs none."""
        raise pickle.UnpicklingError(f"{module}.{name} is not plain data")


# What unpickling bytes that are not a well-formed plain-data pickle may raise.
UNPICKLING_ERRORS = (pickle.UnpicklingError, ValueError, EOFError, TypeError, AttributeError,
                     ImportError, IndexError, KeyError)


def loads_plain(data: bytes) -> object:
    """The plain data pickled in ``data``; raises one of :data:`UNPICKLING_ERRORS` when
    ``data`` names a class or function, or is not a pickle."""
    value: object = _PlainUnpickler(io.BytesIO(data)).load()
    return value


def write_checked(path: Path, value: object) -> None:
    """Keep ``value`` (plain data) at ``path``, written atomically, with its digest."""
    data = pickle.dumps(value, protocol=_PICKLE)
    write_atomically(path, hashlib.sha256(data).hexdigest().encode() + b"\n" + data)


def read_checked(path: Path) -> object | None:
    """The value kept at ``path``; None when there is none, when its bytes are not those its
    first line's digest names (damaged), or when it is not plain data."""
    try:
        digest, _, data = path.read_bytes().partition(b"\n")
        if hashlib.sha256(data).hexdigest().encode() != digest:
            return None
        return loads_plain(data)
    except (OSError, *UNPICKLING_ERRORS):
        return None
