"""Validate loaded YAML into models; turn every problem into one located line."""

import re
from collections.abc import Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from kompcalc.errors import KompcalcError, Problem
from kompcalc.loading.yamlio import LineIndex
from kompcalc.texts import has, t

M = TypeVar("M", bound=BaseModel)


def _message(error: Any, lang: str) -> str:
    kind = error["type"]
    context = {k: _plain(v) for k, v in error.get("ctx", {}).items()}
    if kind.startswith("val_") and has(kind):
        return t(lang, kind, **context)
    if has(f"pyd_{kind}"):
        try:
            return t(lang, f"pyd_{kind}", **context)
        except KeyError:
            pass
    return str(error["msg"])


_DECIMAL_REPR = re.compile(r"Decimal\('([^']*)'\)")


def _plain(value: Any) -> str:
    """Context values as a user writes them (``20``, not ``Decimal('20')``)."""
    return _DECIMAL_REPR.sub(r"\1", str(value))


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
    index: LineIndex | None,
    lang: str,
    prefix: Sequence[int | str] = (),
) -> list[Problem]:
    """One :class:`Problem` per pydantic error, with its file, line and field."""
    problems = []
    for error in _relevant(exc.errors()):
        path, shown = field_path(data, [*prefix, *error["loc"]])
        where, line = (file, None) if index is None else index.locate(data, path)
        message = _message(error, lang)
        problems.append(Problem(message, file=where or file, line=line, field=shown or None))
    return problems


def validate(model: type[M], data: Any, *, file: str, index: LineIndex, lang: str) -> M:
    """Validate ``data`` loaded from ``file`` into ``model`` or raise a located error."""
    if data is None:
        raise KompcalcError(Problem(t(lang, "file_empty"), file=file))
    if not isinstance(data, dict):
        raise KompcalcError(Problem(t(lang, "file_not_mapping"), file=file, line=1))
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise KompcalcError(*problems_from(exc, data, file=file, index=index, lang=lang)) from None
