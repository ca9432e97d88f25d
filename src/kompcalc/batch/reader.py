"""Case lists read as valid cases: each item validated, each id noted to catch a repeat,
and what a case comes to (:class:`Computed`, :class:`Failed`); ``kompcalc convert``'s
reader (:class:`CaseReader`). The batch loop is :mod:`kompcalc.batch.run`'s."""

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError

from kompcalc.batch.check import Mismatch
from kompcalc.core.calc import Result
from kompcalc.core.cases import Case
from kompcalc.core.effective import EffectiveRates
from kompcalc.errors import Message, Problem, msg
from kompcalc.loading.caselist import Header, open_case_list
from kompcalc.loading.lines import Item, Place
from kompcalc.loading.validation import problems_from

MAX_CASE_FILE_BYTES = 100_000_000
"""The largest case file kompcalc reads (100 MB, some 250,000 cases): larger is a mistake."""


@dataclass(frozen=True, init=False)
class Computed:
    """A case that was computed: its position in the file (from 0), line and result.

    ``warnings`` are the result's warnings, located in the file. ``check`` holds the
    figures that miss those of the case's ``expected`` block (empty: all match) when
    the run checks them and the case has one; else it is None.
    """

    position: int
    line: int
    result: Result
    rates: EffectiveRates
    warnings: tuple[Problem, ...] = ()
    check: tuple[Mismatch, ...] | None = None

    def __init__(  # the fields, in order (tests/test_quick_init.py)
        self,
        position: int,
        line: int,
        result: Result,
        rates: EffectiveRates,
        warnings: tuple[Problem, ...] = (),
        check: tuple[Mismatch, ...] | None = None,
    ) -> None:
        # at once: a frozen dataclass's own __init__ sets each field through
        # object.__setattr__, twice as slow, and a batch makes one for every case
        object.__setattr__(
            self,
            "__dict__",
            {
                "position": position,
                "line": line,
                "result": result,
                "rates": rates,
                "warnings": warnings,
                "check": check,
            },
        )


@dataclass(frozen=True)
class Failed:
    """A case that could not be computed, and why."""

    position: int
    line: int
    case_id: str | None
    problems: tuple[Problem, ...]


class _Where(NamedTuple):
    """Where one case's fields are: its item, and the file it is read from. (A tuple:
    one is made for every case, and a tuple is made several times as fast as a frozen
    dataclass.)"""

    item: Item
    file: str
    case_id: str | None

    def place(self, *path: int | str) -> Place:
        index, item = self.item.index, self.item
        assert index is not None  # only read items are located
        found = index.place(item.data, path)
        return dataclasses.replace(
            found, file=found.file or self.file, line=found.line or item.line
        )

    def problem(self, message: Message, *path: int | str) -> Problem:
        shown = ".".join(str(p + 1) if isinstance(p, int) else p for p in path)
        return self.place(*path).problem(message, shown or None, self.case_id)

    def failed(self, *problems: Problem) -> Failed:
        return Failed(self.item.position, self.item.line, self.case_id, problems)


class Reader:
    """Cases read and validated one at a time, each id noted to catch a repeat."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.ids: dict[str, int] = {}
        self.rows = False
        """Whether the places are spreadsheet rows (else lines)."""

    def seen(self, case_id: str | None, line: int) -> int | None:
        """Note ``case_id`` at ``line``; the line of its first case if it is a repeat."""
        if case_id is None:
            return None
        first = self.ids.setdefault(case_id, line)
        return None if first == line else first

    def validate(self, item: Item) -> tuple[Case, _Where] | Failed | None:
        """One item as a valid case and where its fields are; None for an item left out
        (only its id is noted)."""
        if item.index is None:
            self.seen(_id_text(item.label), item.line)
            return None
        case_id = _id_of(item.data)
        first = self.seen(case_id, item.line)
        where = _Where(item, self.file, case_id)
        if item.problems:
            return where.failed(*(dataclasses.replace(p, case=case_id) for p in item.problems))
        try:
            case = Case.model_validate(item.data)
        except ValidationError as exc:
            found = problems_from(
                exc, item.data, file=self.file, index=item.index, case=case_id, model=Case
            )
            # an item that is no mapping at all has no field to place it: its own line
            at_item = [p if p.line or p.cell else dataclasses.replace(p, line=item.line)
                       for p in found]  # fmt: skip
            return where.failed(*at_item)
        if case.id is None:
            return where.failed(
                where.problem(msg("case_no_id_row" if self.rows else "case_no_id"), "id")
            )
        if first is not None:
            key = "case_duplicate_id_row" if self.rows else "case_duplicate_id"
            return where.failed(where.problem(msg(key, line=first), "id"))
        return case, where


def _id_of(data: Any) -> str | None:
    """The case's id as written, also for a case that fails validation."""
    return _id_text(data.get("id") if isinstance(data, dict) else None)


def _id_text(value: Any) -> str | None:
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return str(value)
    return None


class CaseReader:
    """A case list read as valid cases, none computed (``kompcalc convert``): iterate
    :meth:`cases`, then read :attr:`header`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.file = str(path)
        self._header: Header | None = None

    @property
    def header(self) -> Header:
        if self._header is None:
            raise RuntimeError("the case list has not been read to the end")
        return self._header

    def cases(self) -> Iterator[Case | Failed]:
        """Each case as it is read: valid, or failed with its problems."""
        reader = Reader(self.file)
        source = open_case_list(self.path, max_bytes=MAX_CASE_FILE_BYTES)
        reader.rows = source.rows
        count = 0
        try:
            for item in source.items():
                read = reader.validate(item)
                count += 1
                if isinstance(read, Failed):
                    yield read
                elif read is not None:
                    yield read[0]
        finally:
            source.close()
        self._header = source.header(count)
