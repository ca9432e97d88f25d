"""The shipped rate tables in a trusted form: checked once, loaded fast.

A shipped table is checked when the package is built and tested, not on every run.
``rates/shipped.json`` holds each shipped table as its fully validated model dumps
it, the layers it is made of and what its overlays change, and the SHA-256 of the
YAML files it was made from. A run builds the models from that form without
validating them again (``model_construct``, :func:`construct`); the YAML is read only
when a message must name a line of it. A table whose YAML no longer has the hash the
form was made from is read and validated in full, as is a user's own table, always.

``tests/loading/test_trusted.py`` makes the form again from the YAML through full
validation and requires it to equal the committed file, and the models built from it
to equal the validated ones. To write it after changing a shipped table::

    python -m kompcalc.loading.trusted
"""

import hashlib
import json
import types
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, RootModel

from kompcalc.core.effective import Override
from kompcalc.core.rates import RateTable
from kompcalc.loading.shipped import read_shipped_bytes, shipped_folder

TRUSTED_FILE = "shipped.json"
"""The trusted form's file, beside the shipped tables."""

Trusted = tuple[RateTable, tuple[str, ...], tuple[Override, ...]]
"""A shipped table, its layers and what its overlays change."""


def source_hash(files: list[str]) -> str | None:
    """The SHA-256 of the shipped YAML files named (None: one is missing)."""
    digest = hashlib.sha256()
    for name in files:
        data = read_shipped_bytes(name)
        if data is None:
            return None
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def _forms() -> dict[str, Any]:
    """The trusted forms beside the shipped tables (read once for each folder)."""
    folder = shipped_folder()
    if folder is None:
        return {}
    key = str(folder)
    if key not in _READ:
        file = folder / TRUSTED_FILE
        _READ[key] = json.loads(file.read_text(encoding="utf-8")) if file.is_file() else {}
    return _READ[key]


_READ: dict[str, dict[str, Any]] = {}


def load_trusted(name: str) -> Trusted | None:
    """Shipped table ``name`` from its trusted form; None when there is none or its
    YAML has changed since it was made (then the YAML is to be validated)."""
    form = _forms().get(name)
    if form is None or source_hash(form["files"]) != form["sha256"]:
        return None
    table = construct(RateTable, form["table"])
    overrides = tuple(
        Override(o["key"], o["by"], _decimal(o["value"]), _decimal(o["was"]))
        for o in form["overrides"]
    )
    return table, tuple(form["layers"]), overrides


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def dump(trusted: Trusted, files: list[str]) -> dict[str, Any]:
    """The trusted form of a validated table made from the shipped ``files``."""
    table, layers, overrides = trusted
    return {
        "files": files,
        "sha256": source_hash(files),
        "layers": list(layers),
        "overrides": [
            {
                "key": o.key,
                "by": o.by,
                "value": None if o.value is None else str(o.value),
                "was": None if o.was is None else str(o.was),
            }
            for o in overrides
        ],
        "table": plain(table),
    }


def plain(value: Any) -> Any:
    """``value`` as JSON holds it: a model as its fields set, a number or a day as
    text, a tuple as a list (:func:`construct` turns it back)."""
    if isinstance(value, RootModel):
        return plain(value.root)
    if isinstance(value, BaseModel):
        given = value.model_fields_set
        names = [name for name in type(value).model_fields if name in given]
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, tuple | list):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, Decimal | date):
        return str(value)
    return value


def construct(annotation: Any, value: Any) -> Any:
    """``value`` (as a model's JSON dump has it) as the type ``annotation`` names,
    built without validation: models by ``model_construct`` (with the fields the dump
    holds as the fields set), numbers as Decimals, days as dates, lists as tuples."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return construct(get_args(annotation)[0], value)
    if value is None:
        return None
    if origin is Union or origin is types.UnionType:
        return construct(_member(get_args(annotation), value), value)
    if isinstance(annotation, type) and issubclass(annotation, RootModel):
        return annotation.model_construct(construct(_fields(annotation)["root"], value))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        fields = _fields(annotation)
        return annotation.model_construct(
            **{name: construct(fields[name], item) for name, item in value.items()}
        )
    if origin is tuple:
        inner = get_args(annotation)[0]
        return tuple(construct(inner, item) for item in value)
    if origin is dict:
        inner = get_args(annotation)[1]
        return {key: construct(inner, item) for key, item in value.items()}
    if annotation is Decimal:
        return Decimal(value)
    if annotation is date:
        return date.fromisoformat(value)
    if annotation in (str, int, bool) or origin is Literal:
        return value
    raise TypeError(f"no trusted form of {annotation!r}")  # pragma: no cover


@cache
def _fields(model: type[BaseModel]) -> dict[str, Any]:
    return {name: field.annotation for name, field in model.model_fields.items()}


@cache
def _required(model: type[BaseModel]) -> frozenset[str]:
    return frozenset(name for name, field in model.model_fields.items() if field.is_required())


def _member(members: tuple[Any, ...], value: Any) -> Any:
    """The member of a union that ``value`` is: a list is the tuple, a mapping the model
    whose fields hold its keys and whose required fields it has."""
    given = [member for member in members if member is not type(None)]
    if len(given) == 1:  # X | None, and the value is not None
        return given[0]
    for member in given:
        plain = get_args(member)[0] if get_origin(member) is Annotated else member
        if isinstance(value, list):
            if get_origin(plain) is tuple:
                return member
        elif isinstance(value, dict):
            if isinstance(plain, type) and issubclass(plain, BaseModel):
                keys = value.keys()
                if _required(plain) <= keys and keys <= _fields(plain).keys():
                    return member
        elif not (isinstance(plain, type) and issubclass(plain, BaseModel)):
            return member
    raise TypeError(f"no member of {members!r} takes {value!r}")  # pragma: no cover


def files_of(name: str) -> list[str]:
    """The shipped YAML files table ``name`` is made from: its own, then its bases'."""
    from kompcalc.loading.shipped import read_shipped

    files = [name]
    while True:
        data, _ = read_shipped(files[-1])
        base = data.get("base") if isinstance(data, dict) else None
        if not isinstance(base, str) or base in files:
            return files
        files.append(base)


def generate() -> str:
    """The trusted form of every shipped table, from its YAML through full validation."""
    from kompcalc.loading.ratefile import load_table
    from kompcalc.loading.shipped import shipped_tables

    forms = {}
    for name in shipped_tables():
        loaded = load_table(Path(name), trust=False)
        forms[name] = dump((loaded.table, loaded.layers, loaded.overrides), files_of(name))
    return json.dumps(forms, ensure_ascii=False, indent=1) + "\n"  # in file order


if __name__ == "__main__":  # pragma: no cover
    folder = shipped_folder()
    if not isinstance(folder, Path):
        raise SystemExit("no folder of shipped tables to write to")
    (folder / TRUSTED_FILE).write_text(generate(), encoding="utf-8")
