"""Layering rate tables: a user's file over a base table, and ``--set`` over both.

Both work on the loaded YAML data before validation, so the merged table is checked
as a whole and every error still names the file and line it comes from.

* A file with ``base: NAME`` holds only what it changes. Its top-level keys replace the
  base's. Under ``sources``, ``refund_pct``, ``staircases``, ``benefits`` and
  ``discount_rates`` it replaces entries one by one (a benefit or a rate is always
  replaced whole, never mixed).
* ``--set KEY=VALUE`` replaces one value for one run; ``KEY`` is the value's path in
  the table (``pa_hourly_rate``, ``refund_pct.aids``, ``benefits.løntilskud.tiers.1.monthly``;
  list positions from 1). The value holds for any date and its source is ``--set``.
"""

import re
from decimal import Decimal
from typing import Any

from kompcalc.core.effective import SET_SOURCE, Override
from kompcalc.core.rates import Refunds
from kompcalc.loading.nearest import nearest
from kompcalc.loading.validation import child_of
from kompcalc.loading.yamlio import LineIndex

MERGED_BY_ENTRY = ("sources", "refund_pct", "staircases", "benefits", "discount_rates")
"""Top-level sections an overlay changes entry by entry."""

VALUE_SECTIONS = ("refund_pct", "staircases", "benefits", "discount_rates")
"""Sections whose replaced entries are listed as overridden values."""

METADATA = ("base", "name", "title", "period", "reference_date", "description", "sources")
"""Top-level keys that describe a table rather than hold rates."""

_POSITION = re.compile(r"[1-9][0-9]*")
"""A list position in a ``--set`` key, counted from 1 (ASCII digits only)."""


def _where(index: LineIndex, container: object, key: Any) -> tuple[int | None, str | None]:
    """The line and file of ``key`` in a loaded (or merged) mapping."""
    entry = index.entry(container)
    if entry is None:
        return None, None
    file, _, inner, files = entry
    line = inner.get(key) if isinstance(inner, dict) else None
    if isinstance(files, dict):
        file = files.get(key, file)
    return line, file


def _merge_map(
    base: dict[Any, Any], over: dict[Any, Any], index: LineIndex, over_file: str
) -> dict[Any, Any]:
    """``base`` with ``over``'s keys replacing its own; the index keeps each key's file."""
    merged = {**base, **over}
    lines: dict[Any, int] = {}
    files: dict[Any, str] = {}
    for key in merged:
        line, file = _where(index, over if key in over else base, key)
        if line is not None:
            lines[key] = line
        if file is not None:
            files[key] = file
    over_entry = index.entry(over)
    index.record(merged, over_entry[1] if over_entry else None, lines, file=over_file, files=files)
    return merged


def merge(
    base: dict[Any, Any], over: dict[Any, Any], index: LineIndex, over_file: str
) -> tuple[dict[Any, Any], list[Override]]:
    """``over`` laid over ``base`` (both loaded data known to ``index``)."""
    top = {k: v for k, v in over.items() if k != "base"}
    entry = index.entry(over)
    if entry is not None:  # the copy keeps the overlay's lines
        file, line, inner, files = entry
        index.record(top, line, inner, file=file, files=files)
    overrides: list[Override] = []
    for key in MERGED_BY_ENTRY:
        if isinstance(base.get(key), dict) and isinstance(over.get(key), dict):
            top[key] = _merge_map(base[key], over[key], index, over_file)
            if key in VALUE_SECTIONS:
                overrides += [
                    Override(f"{key}.{inner}", over_file)
                    for inner in over[key]
                    if inner in base[key]
                ]
    overrides += [
        Override(str(key), over_file)
        for key in top
        if key in base and key not in MERGED_BY_ENTRY and key not in METADATA
    ]
    if "period" in over and "reference_date" not in over:
        base = {k: v for k, v in base.items() if k != "reference_date"}
    merged = _merge_map({k: v for k, v in base.items() if k != "base"}, top, index, over_file)
    return merged, overrides


def _steps(key: str) -> list[int | str]:
    steps: list[int | str] = []
    for part in key.split("."):
        steps.append(int(part) - 1 if _POSITION.fullmatch(part) else part)
    return steps


def value_keys(data: Any, prefix: str = "") -> list[str]:
    """Every path ``--set`` can change in loaded table data."""
    found: list[str] = []
    if not isinstance(data, dict):
        return found
    for key, node in data.items():
        path = f"{prefix}{key}"
        if isinstance(node, list) or (isinstance(node, dict) and "value" in node):
            found.append(path)
        elif isinstance(node, dict) and key not in METADATA:
            found += value_keys(node, f"{path}.")
    return found


def near_set_key(key: str, data: Any) -> str | None:
    """The path ``--set`` takes in table ``data`` that ``key`` nearly is: the same path
    but for one step, and that step near (``refund_pct.aid`` for ``refund_pct.aids``)."""
    steps = key.split(".")
    paths = [p.split(".") for p in _set_keys(data)]
    paths = [p for p in paths if len(p) == len(steps)]
    for i, step in enumerate(steps):
        rest = steps[:i] + steps[i + 1 :]
        near = nearest(step, {p[i] for p in paths if p[:i] + p[i + 1 :] == rest})
        if near is not None:
            return ".".join([*steps[:i], near, *steps[i + 1 :]])
    return None


def _set_keys(data: Any) -> list[str]:
    """Every path ``--set`` takes in loaded table data: the :func:`value_keys`, the
    numbers inside them (``benefits.løntilskud.tiers.1.monthly``) and every refund (one
    the table leaves out may be given for a run)."""
    found = [f"refund_pct.{scheme}" for scheme in Refunds.model_fields]
    for key in value_keys(data):
        node = data
        for step in _steps(key):
            node = child_of(node, step)
        found += [key, *_numbers(node, f"{key}.")]
    return found


def _numbers(node: Any, prefix: str) -> list[str]:
    """The paths of the numbers in ``node`` (list positions from 1)."""
    if isinstance(node, dict):
        items: list[tuple[Any, Any]] = list(node.items())
    elif isinstance(node, list):
        items = [(i + 1, item) for i, item in enumerate(node)]
    else:
        return []
    found: list[str] = []
    for key, child in items:
        if isinstance(child, Decimal | int) and not isinstance(child, bool):
            found.append(f"{prefix}{key}")
        else:
            found += _numbers(child, f"{prefix}{key}.")
    return found


def _left_out_refund(steps: list[int | str], node: Any) -> bool:
    """Whether ``steps`` is ``refund_pct.SCHEME`` for a refund the table leaves out
    (``--set`` may give one for a run, as it may change one that is there)."""
    return (
        len(steps) == 2
        and steps[0] == "refund_pct"
        and isinstance(node, dict)
        and steps[1] in Refunds.model_fields
        and node.get(steps[1]) is None
    )


def set_value(data: Any, index: LineIndex, key: str, value: Decimal) -> tuple[Any, bool]:
    """A copy of ``data`` with the value at ``key`` replaced (False if there is none).

    Only the containers on the path are copied; the index learns where the copies'
    other keys are.
    """
    steps = _steps(key)

    def replace(node: Any, depth: int) -> tuple[Any, bool]:
        step = steps[depth]
        child = child_of(node, step)
        if child is None and not _left_out_refund(steps, node):
            return node, False
        if depth == len(steps) - 1:
            if (
                child is None
                or isinstance(child, list)
                or (isinstance(child, dict) and "value" in child)
            ):
                new: Any = {"value": value, "source": SET_SOURCE}
                index.record(new, None, {}, file=SET_SOURCE)
            elif isinstance(child, Decimal | int) and not isinstance(child, bool):
                new = value
            else:
                return node, False
        else:
            new, found = replace(child, depth + 1)
            if not found:
                return node, False
        copy: Any = dict(node) if isinstance(node, dict) else list(node)
        copy[step] = new
        entry = index.entry(node)
        if entry is not None:
            file, line, inner, files = entry
            if depth == len(steps) - 1 and isinstance(node, dict) and isinstance(inner, dict):
                files = {**(files if isinstance(files, dict) else {}), step: SET_SOURCE}
                inner = {k: v for k, v in inner.items() if k != step}  # no line: not in a file
            index.record(copy, line, inner, file=file, files=files)
        return copy, True

    return replace(data, 0)


def add_set_source(data: dict[Any, Any], index: LineIndex) -> dict[Any, Any]:
    """``data`` with the ``--set`` source added to its sources."""
    sources = data.get("sources")
    if not isinstance(sources, dict) or SET_SOURCE in sources:
        return data
    new_sources = {**sources, SET_SOURCE: {"title": "kompcalc --set"}}
    entry = index.entry(sources)
    if entry is not None:
        file, line, inner, files = entry
        index.record(new_sources, line, inner, file=file, files=files)
    copy = {**data, "sources": new_sources}
    top = index.entry(data)
    if top is not None:
        file, line, inner, files = top
        index.record(copy, line, inner, file=file, files=files)
    return copy
