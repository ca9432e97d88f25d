"""A case list as text: CSV (the spreadsheet's rows), or a case file in YAML or JSON.

* The CSV holds the rows of the XLSX (:mod:`kompcalc.render.caselist`) as the batch
  CSV does (:mod:`kompcalc.render.export`): in Danish ``;`` between fields, a decimal
  comma and a byte-order mark; in English ``,`` and a point. Numbers are written with
  every digit and no grouping (``4253,50``), dates as ``2026-03-01`` (ISO, read the
  same everywhere), texts through :func:`~kompcalc.render.export.neutralise`. A text
  with a line break is kept (in quotes) and noted.
* The YAML and JSON are case files shaped like ``examples/kompensering-med-gevinst.yaml``:
  ``title``, ``description``, ``organisation``, ``author`` (those given), then
  ``cases``, each case's keys in the model's order, ``kind`` first in each
  intervention, and nothing that is empty or the default. Numbers are plain numbers
  with their exact digits (``1522.50``), never through a float; dates are ISO. Each
  case is written as it comes, so a long list never sits in memory.
"""

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from typing import IO, Any

import yaml

from kompcalc.core.cases import Case
from kompcalc.errors import Problem, msg
from kompcalc.render.caselist import Cell, Key, ListMeta, Row, Written, number_text, sheet_of
from kompcalc.render.export import neutralise

YAML_WIDTH = 100
"""Where YAML folds a long text (the text read back is the same)."""


def csv_text(value: Cell | None, lang: str) -> str:
    """A cell as a CSV field in ``lang``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, date):
        return value.isoformat()
    return number_text(value, lang)


class CsvRows:
    """CSV rows on ``out`` in ``lang``'s dialect (see the module docstring)."""

    def __init__(self, out: IO[bytes], lang: str) -> None:
        self.lang = lang
        encoding = "utf-8-sig" if lang == "da" else "utf-8"
        self._text = io.TextIOWrapper(out, encoding=encoding, newline="")
        delimiter = ";" if lang == "da" else ","
        self._writer = csv.writer(self._text, delimiter=delimiter, lineterminator="\r\n")

    def meta(self, rows: Sequence[tuple[str, str]]) -> None:
        for label, value in rows:
            self._writer.writerow([label, neutralise(value)])

    def header(self, columns: Sequence[Key]) -> None:
        self._writer.writerow([column.header(self.lang) for column in columns])

    def row(self, columns: Sequence[Key], cells: dict[Key, Cell]) -> None:
        self._writer.writerow([csv_text(cells.get(column), self.lang) for column in columns])

    def close(self) -> None:
        self._text.flush()
        self._text.detach()  # the caller closes ``out``


def _broken(value: Cell | None) -> bool:
    return isinstance(value, str) and ("\n" in value or "\r" in value)


def _line_breaks(row: Row, columns: Sequence[Key], lang: str) -> Iterator[Problem]:
    for column in columns:
        if _broken(row.cells.get(column)):
            yield Problem(msg("cl_line_break"), field=column.header(lang), case=row.case)


def write_csv(out: IO[bytes], meta: ListMeta, cases: Iterable[Case], *, lang: str) -> Written:
    """Write ``cases`` as a CSV case list to ``out``; returns how many, and a note for
    each text with a line break. Raises :class:`~kompcalc.errors.KompcalcError` naming
    every case the format cannot hold, before anything is written."""
    sheet = sheet_of(cases, lang)
    rows = CsvRows(out, lang)
    labelled = meta.rows(lang)
    rows.meta(labelled)
    rows.header(sheet.columns)
    notes = [Problem(msg("cl_line_break"), field=label) for label, v in labelled if _broken(v)]
    for row in sheet.rows:
        rows.row(sheet.columns, row.cells)
        notes.extend(_line_breaks(row, sheet.columns, lang))
    rows.close()
    return Written(len(sheet.rows), tuple(notes))


def case_data(case: Case) -> dict[str, Any]:
    """``case`` as a case file holds it: keys in the model's order, nothing empty or
    left at its default, and ``kind`` first in each intervention."""
    data = case.model_dump(exclude_defaults=True)
    data["interventions"] = [
        {"kind": iv.kind, **iv.model_dump(exclude_defaults=True)} for iv in case.interventions
    ]
    return data


class _Dumper(yaml.SafeDumper):
    """Safe YAML with exact numbers, ISO dates and tuples as lists."""


def _decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
    text = format(value, "f")
    kind = "float" if "." in text else "int"  # a whole number reads back as one
    return dumper.represent_scalar(f"tag:yaml.org,2002:{kind}", text)


def _date(dumper: yaml.SafeDumper, value: date) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", value.isoformat())


def _tuple(dumper: yaml.SafeDumper, value: tuple[Any, ...]) -> yaml.SequenceNode:
    return dumper.represent_list(value)


_Dumper.add_representer(Decimal, _decimal)
_Dumper.add_representer(date, _date)
_Dumper.add_representer(tuple, _tuple)


def _yaml(data: Any) -> str:
    text: str = yaml.dump(
        data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=YAML_WIDTH
    )
    return text


def write_yaml(out: IO[bytes], meta: ListMeta, cases: Iterable[Case]) -> Written:
    """Write a case file in YAML (UTF-8) to ``out``; returns how many cases."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="\n")
    head = meta.data()
    if head:
        text.write(_yaml(head))
    count = 0
    for case in cases:
        text.write("cases:\n" if count == 0 else "\n")
        text.write(_yaml([case_data(case)]))
        count += 1
    if count == 0:
        text.write("cases: []\n")
    text.flush()
    text.detach()
    return Written(count)


def _json_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _json(value: Any, indent: str) -> str:
    """``value`` as JSON, exact numbers as they are, nested with two spaces."""
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{_json_string(str(k))}: {_json(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(inner + _json(v, inner) for v in value) + f"\n{indent}]"
    if isinstance(value, str):
        return _json_string(value)
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, Decimal)):
        return format(value, "f") if isinstance(value, Decimal) else str(value)
    if isinstance(value, date):
        return _json_string(value.isoformat())
    raise TypeError(f"no JSON for {type(value).__name__}")


def write_json(out: IO[bytes], meta: ListMeta, cases: Iterable[Case]) -> Written:
    """Write a case file in JSON (UTF-8, indented by two) to ``out``; returns how many
    cases."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="\n")
    text.write("{\n")
    for key, value in meta.data().items():
        text.write(f"  {_json_string(key)}: {_json(value, '  ')},\n")
    text.write('  "cases": [')
    count = 0
    for case in cases:
        text.write(",\n" if count else "\n")
        text.write("    " + _json(case_data(case), "    "))
        count += 1
    text.write("\n  ]\n}\n" if count else "]\n}\n")
    text.flush()
    text.detach()
    return Written(count)
