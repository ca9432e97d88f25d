"""Finding, layering and loading rate tables (the file side of :mod:`kompcalc.core.rates`).

:func:`load_table` reads a table and the base tables it builds on, applies ``--set``
values and validates the result; :func:`rates_on` picks the rates in force on a day;
:func:`load_table_and_rates` does both, for the commands and the tests alike.
Every problem names the file, line and key it is about.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kompcalc.core.effective import SET_SOURCE, EffectiveRates, Missing, Override, Rate, resolve
from kompcalc.core.rates import RateTable
from kompcalc.errors import EXIT_BAD_USAGE, KompcalcError, Message, Problem, msg
from kompcalc.loading.loadedtable import LoadedTable
from kompcalc.loading.shipped import (
    DEFAULT_TABLE,
    MAX_LAYERS,
    read_shipped,
    shipped_tables,
)
from kompcalc.loading.trusted import load_trusted

if TYPE_CHECKING:  # lines are read only for a table that is not trusted
    from kompcalc.loading.lines import LineIndex

__all__ = ["LoadedTable"]  # where the commands and the batch have always found it

# The YAML reader, the overlays and the validation are imported where a table is read
# from YAML: a shipped table comes from its trusted form (loading/trusted.py) without them.


def _layer_name(data: Any, file: str) -> str:
    name = data.get("name") if isinstance(data, dict) else None
    return name if isinstance(name, str) and name else Path(file).name


def shipped_name(path: Path) -> str | None:
    """The shipped table ``--rates`` names, if it names one rather than a file.

    A bare name (no folder, no ``.yaml``) that is not a file here is a shipped table's
    name: ``--rates dk-seneste`` reads ``rates/dk-seneste.yaml`` of the installed kompcalc.
    """
    if len(path.parts) != 1 or path.suffix in (".yaml", ".yml") or path.exists():
        return None
    return str(path)


def _read_first(path: Path | None) -> tuple[Any, LineIndex, bool]:
    """The table ``path`` names (None: the default), and whether it is a user's file."""
    from kompcalc.loading.yamlio import read_yaml

    name = DEFAULT_TABLE if path is None else shipped_name(path)
    if name is None:
        assert path is not None
        return *read_yaml(path), True
    if path is not None and name not in shipped_tables():
        known = ", ".join(shipped_tables()) or "-"
        raise KompcalcError.data("no_file_or_table", name=name, known=known)
    return *read_shipped(name), False


def _read_layers(
    path: Path | None, seen: tuple[str, ...] = ()
) -> tuple[Any, LineIndex, list[str], list[Override]]:
    """Read ``path`` (None: the default) and, recursively, the base it names; merge them."""
    from kompcalc.loading.overlay import merge

    data, index, own_file = _read_first(path)
    file = index.file or ""
    if not isinstance(data, dict) or "base" not in data:
        return data, index, [_layer_name(data, file)], []
    base_name = data["base"]
    line = index.line_of(data, ["base"])
    if not isinstance(base_name, str) or not base_name.strip():
        raise KompcalcError(Problem(msg("base_not_name"), file=file, line=line, field="base"))
    if file in seen or len(seen) >= MAX_LAYERS:
        message = msg("base_cycle", chain=" → ".join([*seen, file]))
        raise KompcalcError(Problem(message, file=file, line=line, field="base"))
    candidate = Path(file).parent / base_name
    if own_file and (base_name.endswith((".yaml", ".yml")) or "/" in base_name):
        if not candidate.is_file():
            message = msg("base_missing", name=base_name)
            raise KompcalcError(Problem(message, file=file, line=line, field="base"))
        base, base_index, layers, overrides = _read_layers(candidate, (*seen, file))
    else:
        try:
            base, base_index = read_shipped(base_name)
        except KompcalcError as exc:
            problem = exc.problems[0]
            raise KompcalcError(Problem(problem.text, file=file, line=line, field="base")) from None
        layers, overrides = [_layer_name(base, base_index.file or "")], []
    if not isinstance(base, dict):
        raise KompcalcError.data("file_not_mapping", base_index.file, 1)
    index.absorb(base_index)
    merged, changed = merge(base, data, index, file)
    return merged, index, [*layers, _layer_name(data, file)], [*overrides, *changed]


def _check_refs(table: RateTable, data: Any, index: LineIndex) -> None:
    """Every source id and staircase name a value refers to must exist."""
    problems = []
    known = ", ".join(sorted(table.sources))
    for path, source in table.source_refs():
        if source not in table.sources:
            message = msg("val_unknown_source", source=source, known=known)
            problems.append(located(message, data, index, path))
    stairs = ", ".join(sorted(table.staircases)) or "-"
    for path, name in table.staircase_refs():
        if name not in table.staircases:
            message = msg("val_unknown_staircase", name=name, known=stairs)
            problems.append(located(message, data, index, path))
    if problems:
        raise KompcalcError(*problems)


def located(message: Message, data: Any, index: LineIndex, path: Sequence[int | str]) -> Problem:
    from kompcalc.loading.validation import field_path

    data_path, shown = field_path(data, list(path))
    file, line = index.locate(data, data_path)
    return Problem(message, file=file, line=line, field=shown)


def _validate(data: Any, index: LineIndex) -> RateTable:
    from kompcalc.loading.validation import validate

    try:
        table = validate(RateTable, data, file=index.file or "", index=index)
    except KompcalcError as exc:
        if all(p.file == SET_SOURCE for p in exc.problems):
            raise KompcalcError(*exc.problems, exit_code=EXIT_BAD_USAGE) from None
        raise
    _check_refs(table, data, index)
    return table


def load_table(
    path: Path | None, *, sets: Sequence[tuple[str, Decimal]] = (), trust: bool = True
) -> LoadedTable:
    """Load the table at ``path`` (None: the shipped default), its bases and ``sets``.

    A shipped table without ``sets`` comes from its trusted form, checked when kompcalc
    was built (loading/trusted.py), unless ``trust`` is False; every other table is
    read and validated in full."""
    name = DEFAULT_TABLE if path is None else shipped_name(path)
    if trust and not sets and name is not None:
        found = load_trusted(name)
        if found is not None:
            return LoadedTable.trusted(*found, lambda: _read_layers(path)[:2])
    data, index, layers, overrides = _read_layers(path)
    if data is None or not isinstance(data, dict):
        from kompcalc.loading.validation import validate

        validate(RateTable, data, file=index.file or "", index=index)
    return _with_sets(data, index, layers, overrides, sets, None, SET_SOURCE)


def with_sets(
    loaded: LoadedTable, sets: Sequence[tuple[str, Decimal]], *, option: str = SET_SOURCE
) -> LoadedTable:
    """``loaded`` with ``sets`` laid over it as ``--set`` lays them, the files not read
    again (a sensitivity analysis tries a table with another value). An unknown key or a
    value the table refuses is a usage error of ``option``."""
    from kompcalc.loading.lines import LineIndex

    index = LineIndex(loaded.index.file)
    index.absorb(loaded.index)  # the copies ``sets`` makes are recorded in this one
    before = loaded.before_set or loaded.table
    overrides = list(loaded.overrides)
    return _with_sets(loaded.data, index, list(loaded.layers), overrides, sets, before, option)


def _with_sets(
    data: Any,
    index: LineIndex,
    layers: list[str],
    overrides: list[Override],
    sets: Sequence[tuple[str, Decimal]],
    before_set: RateTable | None,
    option: str,
) -> LoadedTable:
    from kompcalc.loading.overlay import add_set_source, set_value

    before = data
    for key, value in sets:
        data, found = set_value(data, index, key, value)
        if not found:
            raise _unknown_rate(key, before, option)
        overrides = [o for o in overrides if o.key != key]
        overrides.append(Override(key, SET_SOURCE, value))
    if sets:
        data = add_set_source(data, index)
        if before_set is None:
            try:
                before_set = _validate(before, index)
            except KompcalcError:
                before_set = None  # --set may mend what was wrong; the real check is below
    try:
        table = _validate(data, index)
    except KompcalcError as exc:
        if option == SET_SOURCE or exc.exit_code != EXIT_BAD_USAGE:
            raise
        named = [dataclasses.replace(p, file=option) for p in exc.problems]
        raise KompcalcError(*named, exit_code=EXIT_BAD_USAGE) from None
    return LoadedTable(table, data, index, tuple(layers), tuple(overrides), before_set)


def _unknown_rate(key: str, data: Any, option: str = SET_SOURCE) -> KompcalcError:
    """``--set`` names no value of table ``data``: the nearest one it could name."""
    from kompcalc.loading.overlay import near_set_key, value_keys

    known = ", ".join(value_keys(data))
    near = near_set_key(key, data)
    if near is None:
        return KompcalcError.usage("err_unknown_rate", field=option, key=key, known=known)
    return KompcalcError.usage(
        "err_unknown_rate_near", field=option, key=key, near=near, known=known
    )


def default_day(table: RateTable, today: date) -> date:
    """The day rates are taken at when none is given: a historical table's reference
    date, else today."""
    return table.reference_date or today


def missing_problem(missing: Missing, loaded: LoadedTable) -> Problem:
    values = dict(missing.values)  # days stay days, shown in the reader's format
    if missing.text == "val_no_value_on" and not values.get("first"):
        values["first"] = "-"
    return located(msg(missing.text, **values), loaded.data, loaded.index, missing.path)


def _scalars_on(table: RateTable | None, day: date) -> dict[str, Decimal]:
    if table is None:
        return {}
    resolved = resolve(table, day, layers=())
    if not isinstance(resolved, EffectiveRates):
        return {}
    values: dict[str, Decimal] = {r.key: r.value for r in resolved.scalars()}
    for benefit in resolved.benefits.values():
        gross = getattr(benefit.schedule, "gross", None)
        if isinstance(gross, Rate):
            values[gross.key] = gross.value
    return values


def rates_on(loaded: LoadedTable, day: date) -> EffectiveRates:
    """The rates of ``loaded`` in force on ``day``; a rate with no value is an error."""
    was = _scalars_on(loaded.before_set, day)
    overrides = tuple(
        Override(o.key, o.by, o.value, was.get(o.key)) if o.by == SET_SOURCE else o
        for o in loaded.overrides
    )
    resolved = resolve(loaded.table, day, layers=loaded.layers, overrides=overrides)
    if isinstance(resolved, EffectiveRates):
        return resolved
    raise KompcalcError(*(missing_problem(m, loaded) for m in resolved))


def load_table_and_rates(
    path: Path | None,
    *,
    day: date | None = None,
    today: date | None = None,
    sets: Sequence[tuple[str, Decimal]] = (),
) -> tuple[LoadedTable, EffectiveRates]:
    """Load a table and pick its rates on ``day`` (default: :func:`default_day`).

    The loaded table comes along for what the rates alone do not tell: the benefits'
    names and the file and line of each value.
    """
    loaded = load_table(path, sets=sets)
    when = day or default_day(loaded.table, today or date.today())
    return loaded, rates_on(loaded, when)


def load_rates(
    path: Path | None,
    *,
    day: date | None = None,
    today: date | None = None,
    sets: Sequence[tuple[str, Decimal]] = (),
) -> EffectiveRates:
    """The rates of :func:`load_table_and_rates`, without the table."""
    return load_table_and_rates(path, day=day, today=today, sets=sets)[1]
