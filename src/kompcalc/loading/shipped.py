"""The rate tables that come with kompcalc (``rates/`` in a checkout, inside the package
in a wheel): their names, and the title and period ``kompcalc rates list`` shows."""

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from pydantic import TypeAdapter, ValidationError

from kompcalc.core.modelbase import Text
from kompcalc.core.rates import Period
from kompcalc.errors import KompcalcError

if TYPE_CHECKING:  # a shipped table's lines are read only for a message that names one
    from kompcalc.loading.lines import LineIndex

DEFAULT_TABLE = "sjh-2014"
"""The shipped default: the catalogue's 2014 rates."""

MAX_LAYERS = 8
"""A table may build on at most this many bases (a longer chain is a mistake)."""


def _shipped_dir() -> Traversable | Path | None:
    """Where the shipped tables are: inside the package (a wheel) or ``rates/`` (a checkout)."""
    here = Path(__file__).resolve()
    package = here.parents[1]
    packaged: Traversable | Path = package / "rates"  # where importlib.resources finds it
    if not here.is_file():  # a package in a zip file: only importlib.resources reads it
        packaged = resources.files("kompcalc") / "rates"
    if packaged.is_dir():
        return packaged
    checkout = package.parents[1] / "rates"
    return checkout if checkout.is_dir() else None


def shipped_folder() -> Traversable | Path | None:
    """The folder of the shipped tables (None: there is none)."""
    return _shipped_dir()


def shipped_tables() -> list[str]:
    """The names of the tables that come with kompcalc."""
    folder = _shipped_dir()
    if folder is None:
        return []
    return sorted(
        p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml")
    )


def read_shipped_bytes(name: str) -> bytes | None:
    """The YAML file of shipped table ``name`` as it is (None: there is none)."""
    folder = _shipped_dir()
    file = folder / f"{name}.yaml" if folder is not None else None
    return file.read_bytes() if file is not None and file.is_file() else None


def read_shipped(name: str) -> tuple[Any, "LineIndex"]:
    folder = _shipped_dir()
    file = folder / f"{name}.yaml" if folder is not None else None
    if file is None or not file.is_file():
        known = ", ".join(shipped_tables()) or "-"
        raise KompcalcError.data("no_shipped_table", name=name, known=known)
    from kompcalc.loading.yamlio import parse_yaml

    return parse_yaml(file.read_text(encoding="utf-8"), file=f"rates/{name}.yaml")


class ShippedTable(NamedTuple):
    """What ``kompcalc rates list`` shows of a shipped table."""

    name: str
    """The name ``--rates`` and ``base:`` take (the file's name)."""
    title: str | None
    period: Period | None
    default: bool


def _summary_keys(name: str) -> dict[str, Any]:
    """The title and period of shipped table ``name``; an overlay takes what it leaves
    out from its base (both are replaced whole, never merged)."""
    found: dict[str, Any] = {}
    seen: list[str] = []
    while name not in seen and len(seen) <= MAX_LAYERS:
        seen.append(name)
        try:
            data, _ = read_shipped(name)
        except KompcalcError:  # not YAML: listed without a title or period
            break
        if not isinstance(data, dict):
            break
        for key in ("title", "period"):
            if key in data:
                found.setdefault(key, data[key])
        base = data.get("base")
        if not isinstance(base, str) or base not in shipped_tables():
            break
        name = base
    return found


def shipped_summaries() -> list[ShippedTable]:
    """Each shipped table's name, title and period, in name order.

    Only these keys are read and checked: a table whose title or period cannot be read
    is listed without it rather than failing the list.
    """
    titles: TypeAdapter[str] = TypeAdapter(Text)  # a title as a table must have it
    listed = []
    for name in shipped_tables():
        found = _summary_keys(name)
        try:
            title: str | None = titles.validate_python(found.get("title"))
        except ValidationError:
            title = None
        try:
            period: Period | None = Period.model_validate(found.get("period"))
        except ValidationError:
            period = None
        listed.append(ShippedTable(name, title, period, name == DEFAULT_TABLE))
    return listed
