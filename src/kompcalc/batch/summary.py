"""What a batch adds up as it goes, and the summary every output gets at the end.

:class:`Accumulator` collects, case by case, the totals (:class:`Tally`, and a
:class:`~kompcalc.batch.viewtotals.ViewTally` for each perspective asked for), the failures,
the warnings and the ``--check`` mismatches; two accumulators over different cases of
one file merge into one (the two-core split does that). :meth:`Accumulator.summary`
then freezes it all into a :class:`Summary`.
"""

import heapq
from dataclasses import dataclass
from decimal import Decimal

from kompcalc.batch.check import Mismatch
from kompcalc.batch.run import Computed, Failed
from kompcalc.batch.viewtotals import ViewTally, ViewTotals
from kompcalc.core.calc import Result, Split
from kompcalc.core.money import ZERO
from kompcalc.core.perspectives import Perspective
from kompcalc.core.recompute import Kept
from kompcalc.core.sensitivity import Sensitivity
from kompcalc.errors import Message, Problem
from kompcalc.loading.caselist import Header

BREAK_EVEN_MARKS = (1, 3, 12)
"""The summary counts the cases that break even within these many months."""


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
    negative: int = 0
    """How many cases save at first and turn negative within the horizon."""


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
        self.negative = 0

    def add(self, result: Result) -> None:
        self.cases += 1
        gross, refund, net = result.one_off
        sums = self.one_off
        sums[0] += gross
        sums[1] += refund
        sums[2] += net
        gross, refund, net = result.monthly
        sums = self.monthly
        sums[0] += gross
        sums[1] += refund
        sums[2] += net
        self.avoided += result.avoided_first
        self.monthly_saving += result.saving_first
        savings = self.savings
        for i, (_, amount) in enumerate(result.savings):
            savings[i] += amount
        if result.negative_from_months is not None:
            self.negative += 1
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
        self.negative += other.negative

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
            negative=self.negative,
        )


@dataclass(frozen=True)
class Summary:
    """A whole batch once every case has been read: what each output shows at the end.

    ``failed``, ``warnings`` and ``mismatches`` are in file order; ``checked`` counts
    the cases compared with their ``expected`` block; ``marks`` are the months at which
    savings are reported; ``file_problems`` are those beside the cases (a misspelt key).
    """

    file: str
    months: int
    marks: tuple[int, ...]
    title: str | None
    description: str | None
    organisation: str | None
    author: str | None
    totals: Totals
    failed: tuple[Failed, ...]
    warnings: tuple[Problem, ...]
    mismatches: tuple[Mismatch, ...]
    checked: int
    file_problems: tuple[Problem, ...]
    notes: tuple[Message, ...] = ()
    """How the file was read, for the user to see (a CSV file's encoding)."""
    views: tuple[ViewTotals, ...] = ()
    """The totals of each perspective the run was asked to add up."""
    sensitivity: Sensitivity | None = None
    """The sensitivity analysis and switching values, when asked for."""

    def view(self, perspective: Perspective) -> ViewTotals:
        """The totals seen from ``perspective`` (one the run added up)."""
        return next(v for v in self.views if v.perspective is perspective)


class Accumulator:
    """The totals, failures, warnings and mismatches of the cases seen so far.

    Every list holds (position in the file, item), so that :meth:`merge` keeps file
    order when two processes each saw every other case.
    """

    def __init__(
        self,
        marks: tuple[int, ...],
        views: tuple[Perspective, ...] = (Perspective.kommune,),
        *,
        keep: bool = False,
    ) -> None:
        """With ``keep``, what each computed case's saving rests on is kept (a
        sensitivity analysis recomputes it once the file is read)."""
        self.keep = keep
        self.kept: list[tuple[int, Kept]] = []
        self.tally = Tally(marks)
        self.views = [ViewTally(marks, perspective) for perspective in views]
        self.failed: list[Failed] = []
        self.warnings: list[tuple[int, Problem]] = []
        self.mismatches: list[tuple[int, Mismatch]] = []
        self.checked = 0

    def add(self, outcome: Computed | Failed) -> None:
        """Count one case's outcome; cases come in file order."""
        if isinstance(outcome, Failed):
            self.failed.append(outcome)
            return
        self.tally.add(outcome.result)
        for views in self.views:
            views.add(outcome.result)
        position = outcome.position
        if self.keep:
            self.kept.append((position, Kept.of(outcome.result, outcome.rates)))
        self.warnings += ((position, w) for w in outcome.warnings)
        if outcome.check is not None:
            self.checked += 1
            self.mismatches += ((position, m) for m in outcome.check)

    def merge(self, other: "Accumulator") -> None:
        """Add what ``other`` has seen of other cases of the same file."""
        self.tally.merge(other.tally)
        for mine, theirs in zip(self.views, other.views, strict=True):
            mine.merge(theirs)
        self.failed = list(heapq.merge(self.failed, other.failed, key=lambda f: f.position))
        self.warnings = list(heapq.merge(self.warnings, other.warnings, key=_first))
        self.mismatches = list(heapq.merge(self.mismatches, other.mismatches, key=_first))
        self.kept = list(heapq.merge(self.kept, other.kept, key=_first))
        self.checked += other.checked

    def summary(self, *, file: str, months: int, header: Header) -> Summary:
        """Everything seen, frozen, with what the file holds beside its cases."""
        return Summary(
            file=file,
            months=months,
            marks=self.tally.marks,
            title=header.title,
            description=header.description,
            organisation=header.organisation,
            author=header.author,
            totals=self.tally.totals(),
            failed=tuple(self.failed),
            warnings=tuple(w for _, w in self.warnings),
            mismatches=tuple(m for _, m in self.mismatches),
            checked=self.checked,
            file_problems=header.problems,
            notes=header.notes,
            views=tuple(views.totals() for views in self.views),
        )


def _first(pair: tuple[int, object]) -> int:
    return pair[0]
