"""A case file computed case by case: the core of ``kompcalc batch`` (no printing).

The file is read item by item (:class:`~kompcalc.loading.yamlio.YamlStream`): each case is
validated, computed and checked as soon as it has been read and handed to the caller,
which keeps what its output needs; the totals are added up on the way (:class:`Tally`).
A case that fails is reported with the file, its line, its id and the field, and the
others go on. Rates are loaded once per day in force and every avoided-benefit
curve once per benefit and start (:class:`~kompcalc.core.calc.Calculator`).
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
from kompcalc.core.calc import Calculator, Result, Split, checkpoints
from kompcalc.core.cases import Case, CaseFile
from kompcalc.core.effective import EffectiveRates
from kompcalc.core.money import ZERO
from kompcalc.errors import KompcalcError, Problem
from kompcalc.loading.ratefile import LoadedTable, rates_on
from kompcalc.loading.validation import problems_from
from kompcalc.loading.yamlio import Item, LineIndex, YamlStream, open_yaml
from kompcalc.texts import t

MAX_CASE_FILE_BYTES = 100_000_000
"""The largest case file kompcalc reads (100 MB, some 250,000 cases): larger is a mistake."""

CASES_KEY = "cases"
"""The key of the case list in a case file."""

BREAK_EVEN_MARKS = (1, 3, 12)
"""The summary counts the cases that break even within these many months."""

PROGRESS_EVERY = 1000
"""Cases between two progress reports."""


@dataclass(frozen=True)
class Computed:
    """A case that was computed: its position in the file (from 0), line and result."""

    position: int
    line: int
    result: Result
    rates: EffectiveRates


@dataclass(frozen=True)
class Failed:
    """A case that could not be computed, and why."""

    position: int
    line: int
    case_id: str | None
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class Totals:
    """The sums over every computed case (first-month figures for the monthly ones)."""

    cases: int
    one_off: Split
    monthly: Split
    avoided: Decimal
    monthly_saving: Decimal
    savings: tuple[tuple[int, Decimal], ...]
    break_even_within: tuple[tuple[int, int], ...]
    never: int


class Tally:
    """The totals of the computed cases, added up one case at a time."""

    def __init__(self, marks: tuple[int, ...]) -> None:
        self.marks = marks
        self.cases = 0
        self.one_off = [ZERO, ZERO, ZERO]  # gross, refund, net
        self.monthly = [ZERO, ZERO, ZERO]
        self.avoided = ZERO
        self.monthly_saving = ZERO
        self.savings = [ZERO] * len(marks)
        self.within = dict.fromkeys(BREAK_EVEN_MARKS, 0)
        self.never = 0

    def add(self, result: Result) -> None:
        self.cases += 1
        for sums, split in ((self.one_off, result.one_off), (self.monthly, result.monthly)):
            sums[0] += split.gross
            sums[1] += split.refund
            sums[2] += split.net
        self.avoided += result.avoided_first
        self.monthly_saving += result.saving_first
        for i, (_, amount) in enumerate(result.savings):
            self.savings[i] += amount
        be = result.break_even_months
        if be is None:
            self.never += 1
            return
        for mark in BREAK_EVEN_MARKS:
            if be <= mark:
                self.within[mark] += 1

    def merge(self, other: "Tally") -> None:
        """Add the cases ``other`` has counted."""
        self.cases += other.cases
        for mine, theirs in ((self.one_off, other.one_off), (self.monthly, other.monthly)):
            for i, amount in enumerate(theirs):
                mine[i] += amount
        self.avoided += other.avoided
        self.monthly_saving += other.monthly_saving
        for i, amount in enumerate(other.savings):
            self.savings[i] += amount
        for mark, count in other.within.items():
            self.within[mark] += count
        self.never += other.never

    def totals(self) -> Totals:
        return Totals(
            cases=self.cases,
            one_off=Split(*self.one_off),
            monthly=Split(*self.monthly),
            avoided=self.avoided,
            monthly_saving=self.monthly_saving,
            savings=tuple(zip(self.marks, self.savings, strict=True)),
            break_even_within=tuple(self.within.items()),
            never=self.never,
        )


class _Run:
    """The state of one batch run: rates by day, seen ids, results and problems."""

    def __init__(
        self, loaded: LoadedTable, day: date, months: int, file: str, lang: str, check: bool
    ) -> None:
        self.loaded = loaded
        self.day = day
        self.months = months
        self.file = file
        self.lang = lang
        self.check = check
        self.calculators: dict[date, Calculator | KompcalcError] = {}
        self.rules = CaseRules(loaded, lang)
        self.ids: dict[str, int] = {}
        self.mismatches: list[Mismatch] = []
        self.checked = 0

    def calculator(self, day: date) -> Calculator:
        found = self.calculators.get(day)
        if found is None:
            try:
                found = Calculator(rates_on(self.loaded, day, lang=self.lang), self.months)
            except KompcalcError as exc:
                found = exc
            self.calculators[day] = found
        if isinstance(found, KompcalcError):
            raise found
        return found

    def seen(self, case_id: str | None, line: int) -> int | None:
        """Note ``case_id`` at ``line``; the line of its first case if it is a repeat."""
        if case_id is None:
            return None
        first = self.ids.setdefault(case_id, line)
        return None if first == line else first

    def compute(self, item: Item) -> Computed | Failed | None:
        """The outcome of one case; None for a case left out (only its id is noted)."""
        data, index = item.data, item.index
        if index is None:
            self.seen(_id_text(item.label), item.line)
            return None
        case_id = _id_of(data)
        first = self.seen(case_id, item.line)

        def problem(message: str, *path: int | str) -> Problem:
            _, line = index.locate(data, path)
            shown = ".".join(str(p + 1) if isinstance(p, int) else p for p in path)
            return Problem(message, self.file, line or item.line, shown or None, case_id)

        def failed(*problems: Problem) -> Failed:
            return Failed(item.position, item.line, case_id, problems)

        try:
            case = Case.model_validate(data)
        except ValidationError as exc:
            found = problems_from(exc, data, file=self.file, index=index, lang=self.lang)
            return failed(*(dataclasses.replace(p, case=case_id) for p in found))
        if case.id is None:
            return failed(problem(t(self.lang, "case_no_id"), "id"))
        if first is not None:
            return failed(problem(t(self.lang, "case_duplicate_id", line=first), "id"))
        key = self.rules.benefit(case.benefit)
        if isinstance(key, Refusal):
            return failed(problem(key.message, *key.path))
        try:
            calculator = self.calculator(case.date or self.day)
        except KompcalcError as exc:
            day = (case.date or self.day).isoformat()
            reason = exc.problems[0].message
            return failed(problem(t(self.lang, "case_no_rates", day=day, reason=reason), "date"))
        rates = calculator.rates
        missing = self.rules.available(key, rates)
        if missing is not None:
            return failed(problem(str(missing), "benefit"))
        limits = self.rules.limits(case, rates)
        if limits:
            return failed(*(problem(r.message, *r.path) for r in limits))
        result = calculator.result(case, key)
        if self.check and case.expected is not None:
            self.checked += 1
            for path, computed, printed in compare(result, case.expected):
                _, line = index.locate(data, ("expected", *path))
                figure = ".".join(path)
                tolerance = case.expected.tolerance
                self.mismatches.append(
                    Mismatch(case.id, self.file, line, figure, computed, printed, tolerance)
                )
        return Computed(item.position, item.line, result, rates)


def _id_of(data: Any) -> str | None:
    """The case's id as written, also for a case that fails validation."""
    return _id_text(data.get("id") if isinstance(data, dict) else None)


def _id_text(value: Any) -> str | None:
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return str(value)
    return None


def _header_problems(root: dict[Any, Any], index: LineIndex, file: str, lang: str) -> list[Problem]:
    """What is wrong beside the cases: a misspelt key, a title that is not text."""
    rest = dict(root)
    if isinstance(root.get(CASES_KEY), list):
        rest[CASES_KEY] = []
    try:
        CaseFile.model_validate(rest)
    except ValidationError as exc:
        return problems_from(exc, root, file=file, index=index, lang=lang)
    return []


class BatchRun:
    """One run over the case file at ``path``: iterate :meth:`outcomes`, then read the
    totals, the failures and (with ``check``) the mismatches.

    ``day`` picks the rates for cases without a ``date`` of their own. ``progress`` is
    called now and then with (bytes read, file size).
    """

    def __init__(
        self,
        path: Path,
        *,
        loaded: LoadedTable,
        day: date,
        months: int,
        lang: str,
        check: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.path = path
        self.file = str(path)
        self.months = months
        self.lang = lang
        self.progress = progress
        self.tally = Tally(checkpoints(months))
        self.failed: list[Failed] = []
        self.warnings: list[Problem] = []
        self.file_problems: list[Problem] = []
        self.title: str | None = None
        self.description: str | None = None
        self._run = _Run(loaded, day, months, self.file, lang, check)

    @property
    def mismatches(self) -> list[Mismatch]:
        return self._run.mismatches

    @property
    def checked(self) -> int:
        return self._run.checked

    def add_checked(self, count: int) -> None:
        """Count ``count`` more cases checked against their expected figures."""
        self._run.checked += count

    @property
    def marks(self) -> tuple[int, ...]:
        """The months at which savings are reported."""
        return self.tally.marks

    def totals(self) -> Totals:
        return self.tally.totals()

    def _warnings(self, computed: Computed) -> list[Problem]:
        case_id = computed.result.case.id
        return [
            Problem(t(self.lang, w.key, **dict(w.values)), self.file, computed.line, None, case_id)
            for w in computed.result.warnings
        ]

    def reset(self) -> None:
        """Forget every outcome, to run again from the start."""
        self.tally = Tally(self.tally.marks)
        self.failed = []
        self.warnings = []
        self.file_problems = []
        old = self._run
        self._run = _Run(old.loaded, old.day, old.months, old.file, old.lang, old.check)

    def outcomes(self) -> Iterator[Computed | Failed]:
        """Each case as it is read: computed, or failed with its problems.

        A file that cannot be read as a whole (not YAML, empty, no ``cases``) raises
        :class:`KompcalcError` with every problem found.
        """
        for outcome in self.part(None):
            if outcome is not None:
                yield outcome

    def part(self, keep: Callable[[int], bool] | None) -> Iterator[Computed | Failed | None]:
        """:meth:`outcomes` for the cases whose position ``keep`` accepts (None for
        each of the others); raises :class:`AnchorsFound` if the file has anchors."""
        handle = open_yaml(self.path, lang=self.lang, max_bytes=MAX_CASE_FILE_BYTES)
        size = self.path.stat().st_size
        stream = YamlStream(
            handle, file=self.file, lang=self.lang, key=CASES_KEY, keep=keep, label_key="id"
        )
        count = 0
        try:
            for item in stream.items():
                outcome = self._run.compute(item)
                count += 1
                if isinstance(outcome, Computed):
                    self.tally.add(outcome.result)
                    if outcome.result.warnings:
                        self.warnings += self._warnings(outcome)
                elif isinstance(outcome, Failed):
                    self.failed.append(outcome)
                yield outcome
                if self.progress is not None and count % PROGRESS_EVERY == 0:
                    self.progress(handle.buffer.tell(), size)
        finally:
            handle.close()
        root = stream.root
        if root is None:
            raise KompcalcError(Problem(t(self.lang, "file_empty"), file=self.file))
        if not isinstance(root, dict):
            problem = Problem(t(self.lang, "case_file_not_mapping"), file=self.file, line=1)
            raise KompcalcError(problem)
        no_cases = Problem(t(self.lang, "case_file_no_cases"), file=self.file)
        if CASES_KEY not in root:
            raise KompcalcError(no_cases)
        self.file_problems = _header_problems(root, stream.index, self.file, self.lang)
        if not count or not isinstance(root[CASES_KEY], list):  # no cases to show
            raise KompcalcError(*(self.file_problems or [no_cases]))
        self.title, self.description = _text(root.get("title")), _text(root.get("description"))


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None
