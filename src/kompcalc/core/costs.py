"""What a case's interventions cost: each one's gross cost, state refund and the
municipality's net (:class:`CostLine`), and the running cost month by month
(:class:`Costs`).

No I/O. Money is rounded only through :mod:`kompcalc.core.money`.
"""

from decimal import Decimal
from typing import NamedTuple

from kompcalc.core.cases import (
    Aids,
    EducationAssistance,
    Icebreaker,
    Intervention,
    Mentor,
    PersonalAssistance,
    PriorityAccess,
    RecurringCost,
)
from kompcalc.core.effective import EffectiveRates
from kompcalc.core.money import ZERO, municipal_share, to_ore


class Split(NamedTuple):
    """A cost as gross, state refund and the municipality's net (gross = refund + net)."""

    gross: Decimal
    refund: Decimal
    net: Decimal

    def __add__(self, other: "Split") -> "Split":  # type: ignore[override]  # not tuple +
        return Split(self.gross + other.gross, self.refund + other.refund, self.net + other.net)


NO_COST = Split(ZERO, ZERO, ZERO)


class CostLine(NamedTuple):
    """One intervention's economy: its costs and the rates they rest on.

    ``monthly`` runs for ``months`` months from the start (None: for the whole horizon).
    """

    intervention: Intervention
    one_off: Split
    monthly: Split
    refund_pct: Decimal
    hourly_rate: Decimal | None = None
    weeks_per_month: Decimal | None = None
    months: int | None = None


class Costs(NamedTuple):
    """A case's net running cost: the part that runs throughout, and (net, last month)
    for each part that stops."""

    throughout: Decimal
    limited: tuple[tuple[Decimal, int], ...] = ()

    @classmethod
    def of(cls, lines: tuple["CostLine", ...], part: str = "net") -> "Costs":
        """The running costs of ``lines``: the municipality's ``net`` (or the state's
        ``refund``, or the ``gross``)."""
        amounts = [(getattr(ln.monthly, part), ln.months) for ln in lines]
        throughout = sum((amount for amount, months in amounts if months is None), ZERO)
        limited = tuple(
            (amount, months) for amount, months in amounts if months is not None and amount
        )
        return cls(throughout, limited)

    def at(self, month: int) -> Decimal:
        """The running cost in ``month``."""
        if not self.limited:
            return self.throughout
        return self.throughout + sum((net for net, last in self.limited if month <= last), ZERO)

    def by_month(self, months: int) -> list[Decimal]:
        """The running cost of each month 1..``months`` (:meth:`at` of each)."""
        if not self.limited:
            return [self.throughout] * months
        found: list[Decimal] = []
        for last in sorted({0, *(last for _, last in self.limited if last < months), months}):
            if last > len(found):  # the cost changes only after a part's last month
                found += [self.at(len(found) + 1)] * (last - len(found))
        return found

    def total(self, month: int) -> Decimal:
        """The running costs of months 1..``month``."""
        spent = self.throughout * month
        for net, last in self.limited:
            spent += net * min(month, last)
        return spent

    @property
    def stable_from(self) -> int:
        """The first month from which the running cost no longer changes."""
        return max((last + 1 for _, last in self.limited), default=1)


def _hourly(hours: Decimal, rate: Decimal, weeks: Decimal, pct: Decimal) -> Split:
    gross = to_ore(hours * rate * weeks)
    refund, net = municipal_share(gross, pct)
    return Split(gross, refund, net)


def cost_line(intervention: Intervention, rates: EffectiveRates) -> CostLine:
    """The gross, refund and net cost of one intervention under ``rates``."""
    iv = intervention
    # exact types first: isinstance on a pydantic model that is not one of them costs
    # about 0.3 µs a class (its metaclass is an ABC), and a batch asks it of every line
    if type(iv) is PersonalAssistance or type(iv) is EducationAssistance or type(iv) is Mentor:
        return _hourly_line(iv, rates)
    if type(iv) is Aids or isinstance(iv, Aids):
        pct = rates.refund(iv.kind).value
        refund, net = municipal_share(iv.total, pct)
        return CostLine(iv, Split(iv.total, refund, net), NO_COST, pct)
    if type(iv) is Icebreaker or isinstance(iv, Icebreaker):
        pct = rates.refund(iv.kind).value
        refund, net = municipal_share(iv.monthly, pct)
        return CostLine(iv, NO_COST, Split(iv.monthly, refund, net), pct, months=iv.months)
    if type(iv) is RecurringCost or isinstance(iv, RecurringCost):
        monthly = Split(iv.monthly, ZERO, iv.monthly)
        return CostLine(iv, NO_COST, monthly, ZERO, months=iv.months)
    if isinstance(iv, PriorityAccess):
        return CostLine(iv, NO_COST, NO_COST, ZERO)
    if isinstance(iv, (PersonalAssistance, EducationAssistance, Mentor)):  # a subclass
        return _hourly_line(iv, rates)
    raise TypeError(f"unknown intervention {iv!r}")  # pragma: no cover


def _hourly_line(
    iv: PersonalAssistance | EducationAssistance | Mentor, rates: EffectiveRates
) -> CostLine:
    weeks: Decimal = rates.weeks_per_month.value
    pct: Decimal = rates.refund(iv.kind).value
    rate: Decimal = iv.hourly_rate if iv.kind == "mentor" else rates.pa_hourly_rate.value
    monthly = _hourly(iv.hours_per_week, rate, weeks, pct)
    return CostLine(iv, NO_COST, monthly, pct, rate, weeks, iv.months)
