"""A case file computed case by case: the loop of ``kompcalc batch`` (no printing).

The file is read item by item (:class:`~kompcalc.loading.yamlio.YamlStream`): each case is
validated, computed and checked as soon as it has been read and handed to the caller
as :class:`Computed` or :class:`Failed`; what is added up over the cases is the
caller's (:mod:`kompcalc.batch.summary`). A case that fails is reported with the file,
its line, its id and the field, and the others go on. Rates are loaded once per day
in force and every avoided-benefit curve once per benefit and start
(:class:`~kompcalc.core.calc.Calculator`).
"""

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

from kompcalc.batch.check import Mismatch, compare
from kompcalc.batch.prepare import CaseRules, Refusal
from kompcalc.batch.reader import (
    MAX_CASE_FILE_BYTES,
    CaseReader,
    Computed,
    Failed,
    Reader,
)
from kompcalc.core.calc import Calculator, checkpoints
from kompcalc.core.discount import Profile
from kompcalc.core.money import HUNDRED
from kompcalc.core.perspectives import Perspective
from kompcalc.errors import KompcalcError, Problem, msg
from kompcalc.loading.caselist import CaseSource, Header, open_case_list
from kompcalc.loading.lines import Item
from kompcalc.loading.ratefile import LoadedTable, rates_on
from kompcalc.loading.vary import Vary

__all__ = ["MAX_CASE_FILE_BYTES", "BatchRun", "CaseReader", "Computed", "Failed"]

PROGRESS_EVERY = 1000
"""Cases between two progress reports."""


class _Run(Reader):
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
        warnings: tuple[Problem, ...] = ()
        if result.warnings:  # most cases have none: their row is not even located
            row = place()
            warnings = tuple(row.problem(w, None, where.case_id) for w in result.warnings)
        return Computed(item.position, item.line, result, rates, warnings, check)


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
