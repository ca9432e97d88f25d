"""Whether yaml-rs read an item's numbers as they are written
(:mod:`kompcalc.loading.fastcases`), and each of its floats as the Decimal written.

yaml-rs gives a number with a point as a float. A decimal of at most 15 significant
digits, written as Python writes its float back, is the only such decimal that float
stands for, so ``Decimal(repr(f))`` is the very number written, digits and exponent
alike (:func:`exact`). :func:`as_written` then holds the numbers read to the plain
numbers written in the item's text (:data:`PLAIN_VALUE`); a decimal written with
trailing zeros (``285.50``, which Python writes back as ``285.5``) is matched to its
float in the order the two are written and read, and given as the Decimal written.
Anything else raises :class:`NotPlain` (or gives False), and the item is read by the
precise reader.
"""

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

PLAIN_VALUE = re.compile(
    # ":" also with no space after it, as in {"a":1}; each start a literal of its own,
    # so that the search skips to one (a set among them is tried at every byte)
    rb"(?:\[|\{|,|\n|:|- )[ ]*"
    rb"(?=[-+.0-9yYnNoO=])"  # the first characters of what follows: a quick refusal
    rb"([-+.0-9][-+.0-9a-zA-Z_:]*|[yY]es|YES|[nN]o|NO|[oO]n|ON|[oO]ff|OFF|=)"
    rb"[ ]*(?=[,\]}\r\n#:]|\Z)"
)
"""A plain scalar that a YAML reader may take for a number or a truth value."""


class NotPlain(Exception):
    """Data that is not plain: read the item precisely."""


MAX_FAST_DEPTH = 32
"""Data nested deeper than this is read precisely (whose limit and message count)."""


def _number(value: float, numbers: list[bytes]) -> Decimal:
    """A float as the Decimal written (see the module's text), noted in ``numbers``."""
    written = repr(value)
    if "e" in written or "n" in written:  # 1e-05, inf, nan: text or odd in YAML 1.1
        raise NotPlain
    numbers.append(written.encode())
    return Decimal(written)


def exact(data: dict[Any, Any] | list[Any], numbers: list[bytes], depth: int = 0) -> None:
    """Make every float in ``data`` (yaml-rs's, changed in place) a Decimal; every number
    is noted in ``numbers`` as Python writes it. Raises :class:`NotPlain` for anything but
    plain data with text keys, nested at most :data:`MAX_FAST_DEPTH` deep."""
    if depth > MAX_FAST_DEPTH:
        raise NotPlain
    pairs: Any = data.items() if type(data) is dict else enumerate(data)
    for key, value in pairs:  # a value is replaced, never a key added: no copy is needed
        if type(key) is str or type(data) is list:
            kind = type(value)
            if kind is str or kind is bool or value is None:
                continue
            if kind is int:
                numbers.append(str(value).encode())
                continue
            if kind is float:
                data[key] = _number(value, numbers)
                continue
            if kind is dict or kind is list:
                exact(value, numbers, depth + 1)
                continue
        raise NotPlain


def as_written(text: bytes, data: dict[str, Any], numbers: list[bytes]) -> bool:
    """Whether the numbers read from an item's ``text`` (into ``data``, noted in
    ``numbers``) are, one for one, the plain numbers written in it, each just as Python
    writes it back (so ``0250``, ``1e3``, ``+5``, ``1_000``, ``12:30`` or a 17-digit
    number is not), and it has no plain ``yes``/``no``/``on``/``off`` (truth values in
    YAML 1.1, text in 1.2). A decimal written with trailing zeros (``285.50``, which
    Python writes back as ``285.5``) passes too, and is then given as written
    (:func:`_zeros_kept`).

    Every plain scalar is found. So may be a bit of quoted text or a comment that
    looks like one (``"Hjælp, 12, x"``): the item is then read precisely, which costs
    time, never the right value."""
    written = PLAIN_VALUE.findall(text)
    return sorted(written) == sorted(numbers) or _zeros_kept(written, numbers, data)


_ZEROS = re.compile(rb"-?[0-9]+\.[0-9]*0")
"""A decimal with a trailing zero, as the precise reader reads it (no sign ``+``)."""


def _zeros_kept(written: list[bytes], numbers: list[bytes], data: dict[str, Any]) -> bool:
    """Whether the plain numbers ``written`` (in the text's order) are ``numbers`` (in
    the data's order), but for decimals written with trailing zeros where the float
    read back has none (``285.50``, ``5.00``); each of those is then put in ``data``
    as the Decimal written, as the precise reader gives it. The float Python writes
    back names the same number, so the two differ only in the zeros."""
    if len(written) != len(numbers):
        return False
    pairs = enumerate(zip(written, numbers, strict=True))
    changed = [i for i, (text, read) in pairs if text != read]
    for i in changed:
        text, read = written[i], numbers[i]
        if b"." not in read or not _ZEROS.fullmatch(text):  # an int, or not a decimal
            return False
        if text.rstrip(b"0") != read.rstrip(b"0"):
            return False
    slots = list(_slots(data))  # every number's place, in the order of ``numbers``
    for i in changed:
        container, key = slots[i]
        container[key] = Decimal(written[i].decode())
    return True


def _slots(data: dict[Any, Any] | list[Any]) -> Iterator[tuple[Any, Any]]:
    """The place (container, key) of every number in ``data``, in the order
    :func:`exact` notes them (which has made each float a Decimal)."""
    pairs: Any = data.items() if type(data) is dict else enumerate(data)
    for key, value in pairs:
        kind = type(value)
        if kind is int or kind is Decimal:
            yield data, key
        elif kind is dict or kind is list:
            yield from _slots(value)
