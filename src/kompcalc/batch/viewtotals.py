"""A batch's totals seen from one perspective: the municipality's, the state's or the
public sector's (:mod:`kompcalc.core.perspectives`).

:class:`ViewTally` adds up, case by case, what each case's view of the perspective
spends, avoids and saves, and counts the cases for which the perspective cannot be
computed (a benefit given as the municipality's net amounts). Two tallies over
different cases of one file merge into one, as :class:`~kompcalc.batch.summary.Tally`
does. The saving per krone spent of the totals is their saving over their cost.
"""

from dataclasses import dataclass
from decimal import Decimal

from kompcalc.core.calc import Result
from kompcalc.core.money import ZERO
from kompcalc.core.perspectives import NotComputed, Perspective, return_per_krone, view

PAYBACK_MARKS = (1, 3, 12)
"""The totals count the cases that pay back within these many months."""

Marked = tuple[tuple[int, Decimal], ...]


@dataclass(frozen=True)
class ViewTotals:
    """The sums over every case whose view of ``perspective`` is computed (first-month
    figures for the monthly ones); ``not_computed`` counts the others."""

    perspective: Perspective
    cases: int
    not_computed: int
    one_off: Decimal
    monthly: Decimal
    avoided: Decimal
    monthly_saving: Decimal
    spent: Marked
    avoided_total: Marked
    savings: Marked
    present_value: Marked | None
    """The sum of the present values (None without a discount rate)."""
    break_even_within: tuple[tuple[int, int], ...]
    never: int
    negative: int

    @property
    def return_per_krone(self) -> Decimal | None:
        """The saving at the horizon per krone spent by then, of all the cases together."""
        if not self.savings:
            return None
        return return_per_krone(self.savings[-1][1], self.spent[-1][1])


class ViewTally:
    """One perspective's totals, added up one case at a time."""

    def __init__(self, marks: tuple[int, ...], perspective: Perspective) -> None:
        self.marks = marks
        self.perspective = perspective
        self.cases = 0
        self.not_computed = 0
        self.firsts = [ZERO, ZERO, ZERO, ZERO]  # one-off, monthly, avoided, monthly saving
        self.spent = [ZERO] * len(marks)
        self.avoided = [ZERO] * len(marks)
        self.savings = [ZERO] * len(marks)
        self.present_value: list[Decimal] | None = None
        self.within = dict.fromkeys(PAYBACK_MARKS, 0)
        self.never = 0
        self.negative = 0

    def add(self, result: Result) -> None:
        found = view(result, self.perspective)
        if isinstance(found, NotComputed):
            self.not_computed += 1
            return
        self.cases += 1
        # the view's figures worked out here, not through its properties: every case
        # is added (View.monthly_first, avoided_first, saving_first, spent_after)
        one_off, costs, benefit = found.one_off, found.costs, found.benefit
        monthly, avoided = costs.at(1), benefit.at(1)
        firsts = self.firsts
        firsts[0] += one_off
        firsts[1] += monthly
        firsts[2] += avoided
        firsts[3] += avoided - monthly
        spent_by, avoided_by, savings = self.spent, self.avoided, self.savings
        for i, month in enumerate(self.marks):
            spent = one_off + costs.total(month)
            avoided = benefit.total_at(month)
            spent_by[i] += spent
            avoided_by[i] += avoided
            savings[i] += avoided - spent
        if found.present_value is not None:
            if self.present_value is None:
                self.present_value = [ZERO] * len(self.marks)
            for i, (_, amount) in enumerate(found.present_value):
                self.present_value[i] += amount
        if found.negative_from_months is not None:
            self.negative += 1
        payback = found.break_even_months
        if payback is None:
            self.never += 1
            return
        for mark in PAYBACK_MARKS:
            if payback <= mark:
                self.within[mark] += 1

    def merge(self, other: "ViewTally") -> None:
        """Add the cases ``other`` has counted."""
        self.cases += other.cases
        self.not_computed += other.not_computed
        for mine, theirs in (
            (self.firsts, other.firsts),
            (self.spent, other.spent),
            (self.avoided, other.avoided),
            (self.savings, other.savings),
        ):
            for i, amount in enumerate(theirs):
                mine[i] += amount
        if other.present_value is not None:
            if self.present_value is None:
                self.present_value = [ZERO] * len(self.marks)
            for i, amount in enumerate(other.present_value):
                self.present_value[i] += amount
        for mark, count in other.within.items():
            self.within[mark] += count
        self.never += other.never
        self.negative += other.negative

    def totals(self) -> ViewTotals:
        def marked(amounts: list[Decimal]) -> Marked:
            return tuple(zip(self.marks, amounts, strict=True))

        one_off, monthly, avoided, monthly_saving = self.firsts
        return ViewTotals(
            perspective=self.perspective,
            cases=self.cases,
            not_computed=self.not_computed,
            one_off=one_off,
            monthly=monthly,
            avoided=avoided,
            monthly_saving=monthly_saving,
            spent=marked(self.spent),
            avoided_total=marked(self.avoided),
            savings=marked(self.savings),
            present_value=None if self.present_value is None else marked(self.present_value),
            break_even_within=tuple(self.within.items()),
            never=self.never,
            negative=self.negative,
        )
