"""A case file computed case by case: the loop of ``kompcalc batch`` (no printing).

The file is read item by item (:class:`~kompcalc.loading.yamlio.YamlStream`): each case is
validated, computed and checked as soon as it has been read and handed to the caller
as :class:`Computed` or :class:`Failed`; what is added up over the cases is the
caller's (:mod:`kompcalc.batch.summary`). A case that fails is reported with the file,
its line, its id and the field, and the others go on. Rates are loaded once per day
in force and every avoided-benefit curve once per benefit and start
(:class:`~kompcalc.core.calc.Calculator`).
"""

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kompcalc.batch.check import Mismatch, compare
from kompcalc.batch.prepare import CaseRules, Refusal
from kompcalc.core.calc import Calculator, Result, checkpoints
from kompcalc.core.cases import Case
from kompcalc.core.discount import Profile
from kompcalc.core.effective import EffectiveRates
from kompcalc.core.money import HUNDRED
from kompcalc.core.perspectives import Perspective
from kompcalc.errors import KompcalcError, Message, Problem, msg
from kompcalc.loading.caselist import CaseSource, Header, open_case_list
from kompcalc.loading.lines import Item, Place
from kompcalc.loading.ratefile import LoadedTable, rates_on
from kompcalc.loading.validation import problems_from
from kompcalc.loading.vary import Vary

MAX_CASE_FILE_BYTES = 100_000_000
"""The largest case file kompcalc reads (100 MB, some 250,000 cases): larger is a mistake."""

PROGRESS_EVERY = 1000
"""Cases between two progress reports."""


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Failed:
    """A case that could not be computed, and why."""

    position: int
    line: int
    case_id: str | None
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class _Where:
    """Where one case's fields are: its item, and the file it is read from."""

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


class _Reader:
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


class _Run(_Reader):
    """The state of one read of a case file: rates by day and the ids seen."""

    def __init__(
        self,
        loaded: LoadedTable,
        day: date,
        months: int,
        file: str,
        check: bool,
        probability: Decimal,
        discount: Profile | None = None,
    ) -> None:
        super().__init__(file)
        self.probability = probability
        self.discount = discount
        self.loaded = loaded
        self.day = day
        self.months = months
        self.check = check
        self.calculators: dict[date, Calculator | KompcalcError] = {}
        self.rules = CaseRules(loaded)

    def calculator(self, day: date) -> Calculator:
        found = self.calculators.get(day)
        if found is None:
            try:
                found = Calculator(rates_on(self.loaded, day), self.months, self.discount)
            except KompcalcError as exc:
                found = exc
            self.calculators[day] = found
        if isinstance(found, KompcalcError):
            raise found
        return found

    def compute(self, item: Item) -> Computed | Failed | None:
        """The outcome of one case; None for a case left out (only its id is noted).

        An item read fast is read again precisely, for the line of every field, when
        it fails or its ``expected`` block is checked."""
        again = item.precise
        if again is not None and self.check and "expected" in item.data:
            return self._compute(again())
        outcome = self._compute(item)
        if again is not None and isinstance(outcome, Failed):
            return self._compute(again())
        return outcome

    def _compute(self, item: Item) -> Computed | Failed | None:
        read = self.validate(item)
        if read is None or isinstance(read, Failed):
            return read
        case, where = read
        problem, failed, place = where.problem, where.failed, where.place
        assert case.id is not None  # validate refuses a case without one
        plan = self.rules.plan(case)
        if isinstance(plan, Refusal):
            return failed(problem(plan.message, *plan.path))
        try:
            calculator = self.calculator(case.date or self.day)
        except KompcalcError as exc:
            day = case.date or self.day
            reason = exc.problems[0].text
            return failed(problem(msg("case_no_rates", day=day, reason=reason), "date"))
        rates = calculator.rates
        missing = self.rules.missing(plan, rates)
        if missing is not None:
            return failed(problem(missing.as_message(), "benefit"))
        no_refund = self.rules.refunds(case, rates)
        if no_refund:
            return failed(
                *(problem(p.as_message(), "interventions", i, "kind") for i, p in no_refund)
            )
        limits = self.rules.limits(case, rates)
        if limits:
            return failed(*(problem(r.message, *r.path) for r in limits))
        result = calculator.result(case, plan, self.probability)
        check = None
        if self.check and case.expected is not None:
            missed = []
            for path, computed, printed in compare(result, case.expected):
                at = place("expected", *path)
                figure = ".".join(path)
                tolerance = case.expected.tolerance
                missed.append(
                    Mismatch(
                        case.id, self.file, at.line, figure, computed, printed, tolerance, at.cell
                    )
                )
            check = tuple(missed)
        row = place()
        warnings = tuple(row.problem(w, None, where.case_id) for w in result.warnings)
        return Computed(item.position, item.line, result, rates, warnings, check)


def _id_of(data: Any) -> str | None:
    """The case's id as written, also for a case that fails validation."""
    return _id_text(data.get("id") if isinstance(data, dict) else None)


def _id_text(value: Any) -> str | None:
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return str(value)
    return None


class BatchRun:
    """A case file to compute and how: iterate :meth:`outcomes` (or :meth:`part`), then
    read :attr:`header`.

    ``day`` picks the rates for cases without a ``date`` of their own, and
    ``probability`` (per cent) is the chance of the avoided benefit for cases without
    a ``probability`` of their own; with ``check`` each case with an ``expected``
    block is compared with it. With a ``discount`` profile every result has its
    present value; ``views`` are the perspectives whose totals the summary adds up.
    With ``sensitivity`` (the ``--vary`` given, perhaps none) the summary has the
    sensitivity analysis of the computed cases.
    """

    def __init__(
        self,
        path: Path,
        *,
        loaded: LoadedTable,
        day: date,
        months: int,
        check: bool = False,
        probability: Decimal = HUNDRED,
        discount: Profile | None = None,
        views: tuple[Perspective, ...] = (Perspective.kommune,),
        sensitivity: tuple[Vary, ...] | None = None,
    ) -> None:
        self.sensitivity = sensitivity
        self.probability = probability
        self.discount = discount
        self.views = views
        self.path = path
        self.file = str(path)
        self.loaded = loaded
        self.day = day
        self.months = months
        self.check = check
        self._header: Header | None = None
        self.ids: dict[str, int] = {}
        """Each case id read, and its line (after a read)."""

    @property
    def splittable(self) -> bool:
        """Whether two processes may share the file: not an XLSX, whose parsing (the
        bulk of the work) each would repeat in full."""
        return self.path.suffix.lower() not in (".xlsx", ".xlsm")

    @property
    def marks(self) -> tuple[int, ...]:
        """The months at which savings are reported."""
        return checkpoints(self.months)

    @property
    def header(self) -> Header:
        """What the file holds beside its cases, once it has been read to the end."""
        if self._header is None:
            raise RuntimeError("the case file has not been read to the end")
        return self._header

    def outcomes(
        self, progress: Callable[[int, int], None] | None = None
    ) -> Iterator[Computed | Failed]:
        """Each case as it is read: computed, or failed with its problems.

        A file that cannot be read as a whole (not YAML, empty, no ``cases``) raises
        :class:`KompcalcError` with every problem found. ``progress`` is called now and
        then with (bytes read, file size).
        """
        for outcome in self.part(None, progress):
            if outcome is not None:
                yield outcome

    def part(
        self,
        keep: Callable[[int], bool] | None,
        progress: Callable[[int, int], None] | None = None,
    ) -> Iterator[Computed | Failed | None]:
        """:meth:`outcomes` for the cases whose position ``keep`` accepts (None for
        each of the others); raises :class:`AnchorsFound` if the file has anchors.

        Each call reads the file afresh, with no state left from an earlier read.
        """
        source = open_case_list(self.path, max_bytes=MAX_CASE_FILE_BYTES, keep=keep)
        return self.read(source, progress)

    def read(
        self, source: CaseSource, progress: Callable[[int, int], None] | None = None
    ) -> Iterator[Computed | Failed | None]:
        """The outcome of each case ``source`` gives (a part of the file, read fast:
        :mod:`kompcalc.batch.split`); afterwards :attr:`ids` holds each id's line."""
        self._header = None
        run = _Run(
            self.loaded,
            self.day,
            self.months,
            self.file,
            self.check,
            self.probability,
            self.discount,
        )
        self.ids = run.ids
        run.rows = source.rows
        count = 0
        try:
            for item in source.items():
                outcome = run.compute(item)
                count += 1
                yield outcome
                if progress is not None and count % PROGRESS_EVERY == 0:
                    progress(*source.progress())
        finally:
            source.close()
        self._header = source.header(count)


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
        reader = _Reader(self.file)
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
