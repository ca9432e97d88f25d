"""Validate loaded YAML into models; turn every problem into one located line."""

import dataclasses
import re
import string
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from kompcalc.errors import KompcalcError, Message, Problem, Value, msg
from kompcalc.loading.lines import Locator
from kompcalc.loading.yamlio import LineIndex
from kompcalc.texts import has, template

M = TypeVar("M", bound=BaseModel)


def _fields(key: str) -> set[str]:
    """The placeholders of text ``key``."""
    return {name for _, name, _, _ in string.Formatter().parse(template("en", key)) if name}


def _message(error: Any) -> Message:
    """A pydantic error as a message: kompcalc's own text, or pydantic's English one."""
    kind = error["type"]
    context = {k: _plain(v) if k in _LIMITS else _text(v) for k, v in error.get("ctx", {}).items()}
    key = kind if kind.startswith("val_") else f"pyd_{kind}"
    if has(key) and _fields(key) <= context.keys():
        return msg(key, **context)
    return msg("untranslated", text=str(error["msg"]))


_DECIMAL_REPR = re.compile(r"Decimal\('([^']*)'\)")
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


_LIMITS = {"gt", "ge", "lt", "le", "max_length", "min_length", "decimal_places", "max_digits"}
"""The pydantic error context values that are limits: numbers, shown in the reader's
format. Every other value (a text the user wrote) is shown as written."""


def _text(value: Any) -> str:
    """A context value as a user writes it (``20``, not ``Decimal('20')``)."""
    return _DECIMAL_REPR.sub(r"\1", str(value))


def _plain(value: Any) -> Value:
    """A limit as a number, so it is shown in the reader's format (2.000 in Danish)."""
    text = _text(value)
    if not isinstance(value, bool) and (
        isinstance(value, (Decimal, int)) or _NUMBER.fullmatch(text)
    ):
        return Decimal(text)
    return text


def _relevant(errors: list[Any]) -> list[Any]:
    """Drop pydantic's follow-up "too short" on a list whose items already failed."""
    failed = [tuple(e["loc"]) for e in errors if e["type"] != "too_short"]
    return [
        e
        for e in errors
        if e["type"] != "too_short"
        or not any(loc[: len(e["loc"])] == tuple(e["loc"]) for loc in failed)
    ]


def child_of(node: Any, step: int | str) -> Any:
    """``node[step]`` when it exists, else None."""
    if isinstance(node, dict):
        return node.get(step)
    if isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
        return node[step]
    return None


def field_path(data: Any, loc: Sequence[int | str]) -> tuple[list[int | str], str]:
    """The data path of ``loc`` and its display form (1-based list positions).

    Discriminated-union tags that pydantic puts into ``loc`` are left out.
    """
    path: list[int | str] = []
    shown: list[str] = []
    node = data
    for i, step in enumerate(loc):
        last = i == len(loc) - 1
        tag = isinstance(step, str) and step.startswith("<") and step.endswith(">")
        if tag or (
            isinstance(step, str) and not (isinstance(node, dict) and (step in node or last))
        ):
            continue  # a union tag (kompcalc's tags are <name>), not a key of the data
        path.append(step)
        if isinstance(step, int) and isinstance(node, list):
            shown.append(str(step + 1))  # a list position, counted from 1
        else:
            shown.append(str(step))
        node = child_of(node, step)
    return path, ".".join(shown)


def problems_from(
    exc: ValidationError,
    data: Any,
    *,
    file: str | None,
    index: Locator | None,
    prefix: Sequence[int | str] = (),
    case: str | None = None,
) -> list[Problem]:
    """One :class:`Problem` per pydantic error, with its file, line (or cell) and field."""
    problems = []
    for error in _relevant(exc.errors()):
        path, shown = field_path(data, [*prefix, *error["loc"]])
        if index is None:
            problems.append(Problem(_message(error), file, None, shown or None, case))
            continue
        place = index.place(data, path)
        if place.file is None:
            place = dataclasses.replace(place, file=file)
        problems.append(place.problem(_message(error), shown or None, case))
    return problems


def validate(model: type[M], data: Any, *, file: str, index: LineIndex) -> M:
    """Validate ``data`` loaded from ``file`` into ``model`` or raise a located error."""
    if data is None:
        raise KompcalcError.data("file_empty", file)
    if not isinstance(data, dict):
        raise KompcalcError.data("file_not_mapping", file, 1)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise KompcalcError(*problems_from(exc, data, file=file, index=index)) from None
