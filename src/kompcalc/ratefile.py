"""Finding and loading rate tables (the file side of :mod:`kompcalc.rates`)."""

from importlib import resources
from pathlib import Path

from kompcalc.errors import KompcalcError, Problem
from kompcalc.rates import RateTable
from kompcalc.texts import t
from kompcalc.validation import validate
from kompcalc.yamlio import parse_yaml, read_yaml

DEFAULT_TABLE = "sjh-2014.yaml"
"""The shipped default: the catalogue's 2014 rates."""


def _default_text(lang: str) -> tuple[str, str]:
    """The shipped table's text and a name for it in messages.

    In an installed wheel the table sits inside the package (``kompcalc/rates``); in a
    source checkout it is the project's top-level ``rates/`` folder.
    """
    packaged = resources.files("kompcalc") / "rates" / DEFAULT_TABLE
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8"), f"rates/{DEFAULT_TABLE}"
    checkout = Path(__file__).resolve().parents[2] / "rates" / DEFAULT_TABLE
    if checkout.is_file():
        return checkout.read_text(encoding="utf-8"), f"rates/{DEFAULT_TABLE}"
    raise KompcalcError(Problem(t(lang, "no_default_rates"), file=DEFAULT_TABLE))


def load_rates(path: Path | None, *, lang: str) -> RateTable:
    """Load the rate table at ``path``, or the shipped default when ``path`` is None."""
    if path is None:
        text, name = _default_text(lang)
        data, index = parse_yaml(text, file=name, lang=lang)
    else:
        name = str(path)
        data, index = read_yaml(path, lang=lang)
    table = validate(RateTable, data, file=name, index=index, lang=lang)
    known = ", ".join(sorted(table.sources))
    dangling = [
        Problem(
            t(lang, "val_unknown_source", source=source, known=known),
            file=name,
            line=index.line_of(data, [*key.split("."), "source"]),
            field=f"{key}.source",
        )
        for key, source in table.source_refs()
        if source not in table.sources
    ]
    if dangling:
        raise KompcalcError(*dangling)
    return table
