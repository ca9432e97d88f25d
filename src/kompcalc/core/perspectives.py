"""Who pays and who saves: a case's economy seen by the municipality, the state, and
the public sector as a whole.

* ``kommune`` (the municipality, kompcalc's figures everywhere else): the net cost of
  the scheme after the state refund, against the municipality's part of the benefit.
* ``stat`` (the state): the refund of the scheme as its cost, against the state's part
  of the benefit (its refund or co-financing under the staircase).
* ``offentlig`` (the public sector): the gross cost of the scheme against the whole
  benefit; the sum of the two others, to the øre.

The split of the benefit is known only for a benefit given as a gross amount and a
staircase; for one given as the municipality's net amounts (the catalogue's tiers) the
state's and the public view are not computed, and :func:`perspectives` says so.

Each :class:`View` has the figures a :class:`~kompcalc.core.result.Result` has for the
municipality, found the same way: the one-off cost at month 0, the running cost and
the avoided benefit month by month, the cumulative saving at the reported months, the
break-even (the payback time) and, with a discount rate, the present value and the
discounted break-even. The municipality's view is the result's own figures.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from operator import itemgetter, sub
from typing import NamedTuple, Protocol

from kompcalc.core import crossing
from kompcalc.core.breakeven import break_even
from kompcalc.core.calc import Costs, Curve, Result, Split
from kompcalc.core.cases import MAX_HORIZON_MONTHS
from kompcalc.core.discount import discounted_flow, present_values
from kompcalc.core.money import ZERO, to_ore


class Perspective(StrEnum):
    kommune = "kommune"
    stat = "stat"
    offentlig = "offentlig"


ALIASES = {"municipality": Perspective.kommune, "state": Perspective.stat}
ALIASES["public"] = Perspective.offentlig
"""The English names of the perspectives."""

_PART: dict[Perspective, Callable[[Split], Decimal]] = {
    Perspective.kommune: lambda split: split.net,
    Perspective.stat: lambda split: split.refund,
    Perspective.offentlig: lambda split: split.gross,
}
_COSTS = {Perspective.kommune: "net", Perspective.stat: "refund", Perspective.offentlig: "gross"}


class Amounts(Protocol):
    """An amount by month of the case (from 1) and its running sum (from month 0)."""

    @property
    def stable_from(self) -> int: ...

    def at(self, month: int) -> Decimal: ...

    def total_at(self, month: int) -> Decimal: ...


class _Rest(NamedTuple):
    """The whole benefit less the municipality's part: the state's part."""

    whole: Curve
    part: Curve

    @property
    def stable_from(self) -> int:
        return self.part.stable_from

    def at(self, month: int) -> Decimal:
        return self.whole.at(month) - self.part.at(month)

    def total_at(self, month: int) -> Decimal:
        return self.whole.total_at(month) - self.part.total_at(month)


@dataclass(frozen=True, init=False)
class View:
    """One perspective's figures over the horizon (``months``, reported at ``marks``)."""

    perspective: Perspective
    one_off: Decimal
    """The one-off cost, at month 0."""
    costs: Costs
    """The running cost by month."""
    benefit: Amounts
    """The benefit avoided by month."""
    marks: tuple[int, ...]
    break_even_months: Decimal | None
    """The payback time: from when the saving stays >= 0 (None: never)."""
    negative_from_months: Decimal | None
    present_value: tuple[tuple[int, Decimal], ...] | None = None
    """The saving at each reported month in today's money (with a discount rate)."""
    discounted_break_even: Decimal | None = None
    """The payback time of the discounted saving (with a discount rate; None: never)."""
    saved: tuple[tuple[int, Decimal], ...] | None = field(default=None, compare=False, repr=False)
    """:attr:`savings` worked out beforehand (the same decimals), or None."""

    def __init__(  # the fields, in order (tests/test_quick_init.py)
        self,
        perspective: Perspective,
        one_off: Decimal,
        costs: Costs,
        benefit: Amounts,
        marks: tuple[int, ...],
        break_even_months: Decimal | None,
        negative_from_months: Decimal | None,
        present_value: tuple[tuple[int, Decimal], ...] | None = None,
        discounted_break_even: Decimal | None = None,
        saved: tuple[tuple[int, Decimal], ...] | None = None,
    ) -> None:
        # at once: a frozen dataclass's own __init__ sets each field through
        # object.__setattr__, twice as slow, and a batch makes one for every case
        object.__setattr__(
            self,
            "__dict__",
            {
                "perspective": perspective,
                "one_off": one_off,
                "costs": costs,
                "benefit": benefit,
                "marks": marks,
                "break_even_months": break_even_months,
                "negative_from_months": negative_from_months,
                "present_value": present_value,
                "discounted_break_even": discounted_break_even,
                "saved": saved,
            },
        )

    def spent_after(self, month: int) -> Decimal:
        """The cost of months 0..``month``: the one-off and the running costs."""
        return self.one_off + self.costs.total(month)

    def saving_after(self, month: int) -> Decimal:
        """The cumulative saving after ``month`` months."""
        return self.benefit.total_at(month) - self.spent_after(month)

    @property
    def spent(self) -> tuple[tuple[int, Decimal], ...]:
        """The cost so far (one-off and running) at each reported month."""
        return tuple((m, self.spent_after(m)) for m in self.marks)

    @property
    def avoided(self) -> tuple[tuple[int, Decimal], ...]:
        """The benefit avoided so far at each reported month."""
        return tuple((m, self.benefit.total_at(m)) for m in self.marks)

    @property
    def savings(self) -> tuple[tuple[int, Decimal], ...]:
        """The cumulative saving (avoided less spent) at each reported month."""
        if self.saved is not None:
            return self.saved
        return tuple((m, self.saving_after(m)) for m in self.marks)

    @property
    def monthly_first(self) -> Decimal:
        """The running cost in the first month."""
        return self.costs.at(1)

    @property
    def avoided_first(self) -> Decimal:
        """The benefit avoided in the first month."""
        return self.benefit.at(1)

    @property
    def saving_first(self) -> Decimal:
        """The saving in the first month, before the one-off cost."""
        return self.benefit.at(1) - self.costs.at(1)

    @property
    def return_per_krone(self) -> Decimal | None:
        """The saving at the horizon per krone spent by then, in kroner rounded to øre
        (the sixth rounding point of :mod:`kompcalc.core.money`); None when nothing
        is spent."""
        horizon = self.marks[-1]
        saving = self.saving_after(horizon) if self.saved is None else self.saved[-1][1]
        return return_per_krone(saving, self.spent_after(horizon))


def return_per_krone(saving: Decimal, spent: Decimal) -> Decimal | None:
    """``saving`` per krone of ``spent``, rounded to øre; None when nothing is spent."""
    return None if spent == ZERO else to_ore(saving / spent)


class NotComputed(NamedTuple):
    """A perspective that cannot be computed for the case: the benefit is given as the
    municipality's net amounts (``reason`` ``net_benefit``), so its split is unknown."""

    perspective: Perspective
    reason: str = "net_benefit"


def perspectives(result: Result) -> dict[Perspective, View | NotComputed]:
    """Every perspective of ``result``, at its reported months."""
    return {p: view(result, p) for p in Perspective}


def municipal(result: Result) -> View:
    """The municipality's view: the result's own figures."""
    found = view(result, Perspective.kommune)
    assert isinstance(found, View)  # the municipality's view is always known
    return found


def view(result: Result, perspective: Perspective) -> View | NotComputed:
    """One perspective of ``result``: the municipality's is the result's own figures.

    Worked out once per result and perspective (both are frozen): a batch asks for it
    for the row, the totals and the JSON."""
    found: View | NotComputed | None = result.views.get(perspective)
    if found is None:
        found = result.views[perspective] = _view(result, perspective)
    return found


def _view(result: Result, perspective: Perspective) -> View | NotComputed:
    marks = tuple(map(itemgetter(0), result.savings))
    if perspective is Perspective.kommune:
        return View(
            perspective,
            result.one_off.net,
            result.costs,
            result.curve,
            marks,
            result.break_even_months,
            result.negative_from_months,
            result.present_value,
            result.discounted_break_even,
            saved=result.savings,
        )
    gross = result.curve.gross
    if gross is None:
        return NotComputed(perspective)
    benefit: Amounts = gross if perspective is Perspective.offentlig else _Rest(gross, result.curve)
    one_off = _PART[perspective](result.one_off)
    costs = Costs.of(result.lines, _COSTS[perspective])

    def flow(month: int) -> Decimal:
        return benefit.at(month) - costs.at(month)

    # each month's saving and the saving after each month, once (the curves reach at
    # least the horizon): the same decimals as flow() month by month
    months = result.months
    amounts: Sequence[Decimal] = gross.monthly[:months]
    if perspective is not Perspective.offentlig:
        amounts = list(map(sub, amounts, result.curve.monthly[:months]))
    flows = list(map(sub, amounts, costs.by_month(months)))
    line = crossing.saving_line(one_off, flows)
    stable = max(benefit.stable_from, costs.stable_from)
    present_value = discounted = None
    if result.discount is not None:
        factors = result.discount.factors(MAX_HORIZON_MONTHS)
        present_value = present_values(one_off, flow, factors, marks)
        later = discounted_flow(flow, factors)
        discounted = break_even(one_off, later, len(factors) + 1, months)
    return View(
        perspective,
        one_off,
        costs,
        benefit,
        marks,
        *crossing.crossings(one_off, line, flows, flow, stable),
        present_value,
        discounted,
        saved=tuple((m, line[m]) for m in marks),
    )
