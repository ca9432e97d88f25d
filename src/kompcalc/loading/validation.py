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
from kompcalc.loading.modelkeys import keys_at
from kompcalc.loading.nearest import nearest
from kompcalc.loading.yamlhints import NO_SPACE
from kompcalc.loading.yamlio import LineIndex
from kompcalc.texts import has, template

M = TypeVar("M", bound=BaseModel)


def _fields(key: str) -> set[str]:
    """The placeholders of text ``key``."""
    return {name for _, name, _, _ in string.Formatter().parse(template("en", key)) if name}


def _message(error: Any, model: type[BaseModel] | None) -> Message:
    """A pydantic error as a message: kompcalc's own text (with a hint where one
    helps), or pydantic's English one."""
    hinted = _hint(error, model)
    if hinted is not None:
        return hinted
    kind = error["type"]
    context = {k: _plain(v) if k in _LIMITS else _text(v) for k, v in error.get("ctx", {}).items()}
    key = kind if kind.startswith("val_") else f"pyd_{kind}"
    if has(key) and _fields(key) <= context.keys():
        return msg(key, **context)
    return msg("untranslated", text=str(error["msg"]))


MAX_PROBLEMS = 20
"""The most problems told of one case (or file); the rest are counted in one line."""

FEW_KEYS = 6
"""An unknown key where at most this many are known lists them all (when none is near)."""

_MAPPINGS = {"dict_type", "model_type", "model_attributes_type"}
"""pydantic's error types for a value that should have been a mapping."""

_QUOTED = re.compile(r"'([^']*)'")


def _no_space(text: Any) -> str | None:
    """``key: value`` for a text written ``key:value`` (YAML reads that as one text)."""
    found = NO_SPACE.match(text) if isinstance(text, str) else None
    return None if found is None else f"{found.group('key')}: {found.group('value')}"


def _hint(error: Any, model: type[BaseModel] | None) -> Message | None:
    """A message with a hint for an error a typo explains: an unknown key near a known
    one, ``key:value`` without its space, an unknown tag near a known one."""
    kind, loc, given = error["type"], error["loc"], error.get("input")
    context = error.get("ctx", {})
    if kind == "extra_forbidden" and loc and isinstance(loc[-1], str):
        fixed = _no_space(loc[-1])
        if fixed is not None:
            return msg("extra_key_no_space", fixed=fixed)
        known = [] if model is None else keys_at(model, loc[:-1])
        near = nearest(loc[-1], known)
        if near is not None:
            return msg("extra_key_near", near=near)
        if 0 < len(known) <= FEW_KEYS:
            return msg("extra_key_known", known=", ".join(known))
    if kind in ("too_long", "string_too_long") and "max_length" in context:
        key = "val_too_long_text" if isinstance(given, str) else "val_too_long_list"
        return msg(key, most=_plain(context["max_length"]), length=_plain(len(given or ())))
    if kind in _MAPPINGS and _no_space(given) is not None:
        return msg("mapping_no_space", fixed=_no_space(given))
    if kind == "union_tag_invalid" and isinstance(context.get("tag"), str):
        near = nearest(context["tag"], _QUOTED.findall(str(context.get("expected_tags", ""))))
        if near is not None:
            values = {
                k: _text(context.get(k, "")) for k in ("discriminator", "tag", "expected_tags")
            }
            return msg("tag_unknown_near", near=near, **values)
    if kind == "union_tag_not_found" and isinstance(given, dict):
        name = str(context.get("discriminator", "")).strip("'")
        for key in given:
            fixed = _no_space(key)
            if fixed is not None and fixed.startswith(f"{name}: "):
                return msg("tag_no_space", discriminator=name, fixed=fixed)
    return None


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
    model: type[BaseModel] | None = None,
) -> list[Problem]:
    """One :class:`Problem` per pydantic error, with its file, line (or cell) and field.

    ``model`` (the model ``exc`` comes from) lets an unknown key name the known one
    nearest to it."""
    problems: list[Problem] = []
    errors = _relevant(exc.errors(include_url=False))
    misspelt = _misspelt(errors, model)
    # a missing key that a misspelt one beside it explains: its "did you mean" says it
    errors = [e for e in errors if e["type"] != "missing" or tuple(e["loc"]) not in misspelt]
    for told, error in enumerate(errors):
        if len(problems) == MAX_PROBLEMS:  # the rest in one line, not a million
            more = msg("errors_more", count=len(errors) - told)
            problems.append(Problem(more, file, problems[-1].line, None, case))
            break
        path, shown = field_path(data, [*prefix, *error["loc"]])
        message = _message(error, model)
        if index is None:
            problems.append(Problem(message, file, None, shown or None, case))
            continue
        place = index.place(data, path)
        if place.file is None:
            place = dataclasses.replace(place, file=file)
        problems.append(place.problem(message, shown or None, case))
    return problems


def _misspelt(errors: list[Any], model: type[BaseModel] | None) -> set[tuple[Any, ...]]:
    """The places of missing keys that an unknown key beside them is nearest to (a
    misspelt ``hour_per_week`` makes ``hours_per_week`` missing)."""
    found = set()
    for error in errors:
        loc = tuple(error["loc"])
        if error["type"] == "extra_forbidden" and loc and isinstance(loc[-1], str):
            known = [] if model is None else keys_at(model, loc[:-1])
            near = nearest(loc[-1], known)
            if near is not None:
                found.add((*loc[:-1], near))
    return found


def validate(model: type[M], data: Any, *, file: str, index: LineIndex) -> M:
    """Validate ``data`` loaded from ``file`` into ``model`` or raise a located error."""
    if data is None:
        raise KompcalcError.data("file_empty", file)
    if not isinstance(data, dict):
        raise KompcalcError.data("file_not_mapping", file, 1)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = problems_from(exc, data, file=file, index=index, model=model)
        raise KompcalcError(*problems) from None
