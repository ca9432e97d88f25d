"""A case's computed result (:class:`Result`, made by
:class:`~kompcalc.core.calc.Calculator`) and a month of its timeline. No I/O."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from itertools import repeat
from operator import add
from typing import Any, NamedTuple

from kompcalc.core.cases import Case
from kompcalc.core.costs import CostLine, Costs, Split
from kompcalc.core.curve import Curve
from kompcalc.core.discount import Profile
from kompcalc.core.money import ZERO
from kompcalc.errors import Message


class MonthRow(NamedTuple):
    """One month of the timeline; the one-off cost falls in month 1. (A tuple: a
    timeline has a row for every month, and a tuple is built several times faster than
    a frozen dataclass.)"""

    month: int
    cost: Decimal
    avoided_benefit: Decimal
    cumulative_saving: Decimal


Plan = tuple[tuple[str, int | None], ...]
"""A case's benefits as the rate table's keys, each for a number of months (the last
may be open): one step for a benefit given by name."""


@dataclass(frozen=True, init=False)
class Result:
    """Everything kompcalc reports for one case over ``months`` months."""

    case: Case
    benefit_key: str
    """The key of the (first) benefit avoided."""
    plan: Plan
    probability: Decimal
    """The chance, in per cent, that the benefit would have been drawn."""
    months: int
    lines: tuple[CostLine, ...]
    one_off: Split
    monthly: Split
    curve: Curve
    costs: Costs
    break_even_months: Decimal | None
    """From when the saving stays >= 0 up to the horizon (None: never)."""
    negative_from_months: Decimal | None
    """When a saving that was >= 0 turns negative within the horizon (None: never)."""
    savings: tuple[tuple[int, Decimal], ...]
    warnings: tuple[Message, ...]
    """Legal but unusual inputs the user should see."""
    running: tuple[Decimal, ...] = field(compare=False, repr=False)
    """The running cost of each month 1..``months`` (:meth:`Costs.by_month`)."""
    saving_line: tuple[Decimal, ...] = field(compare=False, repr=False)
    """The cumulative saving after each month 0..``months``
    (:func:`~kompcalc.core.crossing.saving_line`)."""
    present_value: tuple[tuple[int, Decimal], ...] | None = None
    """The saving at each reported month in today's money (with a discount rate)."""
    discounted_break_even: Decimal | None = None
    """The break-even of the discounted saving (with a discount rate; None: never)."""
    discount: Profile | None = field(default=None, compare=False)
    """The discount rate the present value rests on (None: no discounting)."""
    views: dict[Any, Any] = field(default_factory=dict, init=False, compare=False, repr=False)
    """Each perspective's view of the result once asked for, kept for the next to ask
    (:func:`kompcalc.core.perspectives.view`: the table's row, the totals, the JSON)."""

    def __init__(  # the fields, in order (tests/test_quick_init.py)
        self,
        case: Case,
        benefit_key: str,
        plan: Plan,
        probability: Decimal,
        months: int,
        lines: tuple[CostLine, ...],
        one_off: Split,
        monthly: Split,
        curve: Curve,
        costs: Costs,
        break_even_months: Decimal | None,
        negative_from_months: Decimal | None,
        savings: tuple[tuple[int, Decimal], ...],
        warnings: tuple[Message, ...],
        running: tuple[Decimal, ...],
        saving_line: tuple[Decimal, ...],
        present_value: tuple[tuple[int, Decimal], ...] | None = None,
        discounted_break_even: Decimal | None = None,
        discount: Profile | None = None,
    ) -> None:
        # every field at once: the frozen dataclass's own __init__ sets them one at a
        # time through object.__setattr__, three times as slow, and a batch makes a
        # result for every case
        object.__setattr__(
            self,
            "__dict__",
            {
                "case": case,
                "benefit_key": benefit_key,
                "plan": plan,
                "probability": probability,
                "months": months,
                "lines": lines,
                "one_off": one_off,
                "monthly": monthly,
                "curve": curve,
                "costs": costs,
                "break_even_months": break_even_months,
                "negative_from_months": negative_from_months,
                "savings": savings,
                "warnings": warnings,
                "running": running,
                "saving_line": saving_line,
                "present_value": present_value,
                "discounted_break_even": discounted_break_even,
                "discount": discount,
                "views": {},
            },
        )

    def cost(self, month: int) -> Decimal:
        """The municipality's net running cost in ``month`` (without the one-off)."""
        return self.costs.at(month)

    def saving_after(self, month: int) -> Decimal:
        """The cumulative saving after ``month`` months."""
        return self.curve.total_at(month) - self.costs.total(month) - self.one_off.net

    @property
    def avoided_first(self) -> Decimal:
        """The benefit avoided in the first month."""
        return self.curve.at(1)

    @property
    def saving_first(self) -> Decimal:
        """The saving in the first month, before the one-off cost."""
        return self.curve.at(1) - self.monthly.net

    @property
    def timeline_columns(self) -> tuple[list[Decimal], Sequence[Decimal], Sequence[Decimal]]:
        """The timeline column by column (what a row of :attr:`timeline` holds): each
        month's cost, the one-off in month 1; its avoided benefit; the saving after it."""
        running = self.running
        shown = [running[0] + self.one_off.net, *map(add, running[1:], repeat(ZERO))]
        return shown, self.curve.monthly[: self.months], self.saving_line[1:]

    @cached_property
    def timeline(self) -> tuple[MonthRow, ...]:
        """Every month of the horizon."""
        costs, amounts, saving = self.timeline_columns
        return tuple(map(MonthRow, range(1, self.months + 1), costs, amounts, saving))
