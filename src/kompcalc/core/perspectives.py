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
"""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from kompcalc.core.calc import Costs, Curve, Result, Split
from kompcalc.core.money import ZERO


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


@dataclass(frozen=True)
class View:
    """One perspective's figures over the horizon."""

    perspective: Perspective
    one_off: Decimal
    """The one-off cost, at month 0."""
    spent: tuple[tuple[int, Decimal], ...]
    """The cost so far (one-off and running) at each reported month."""
    avoided: tuple[tuple[int, Decimal], ...]
    """The benefit avoided so far at each reported month."""
    savings: tuple[tuple[int, Decimal], ...]
    """The cumulative saving (avoided less spent) at each reported month."""

    @property
    def return_per_krone(self) -> Decimal | None:
        """The saving at the horizon per krone spent (None when nothing is spent)."""
        (_, spent), (_, saving) = self.spent[-1], self.savings[-1]
        return None if spent == ZERO else saving / spent


@dataclass(frozen=True)
class NotComputed:
    """A perspective that cannot be computed for the case: the benefit is net amounts."""

    perspective: Perspective


def perspectives(result: Result) -> dict[Perspective, View | NotComputed]:
    """Every perspective of ``result``, at its reported months."""
    marks = tuple(month for month, _ in result.savings)
    curve = result.curve
    found: dict[Perspective, View | NotComputed] = {}
    for view in Perspective:
        benefit = _benefit(view, curve)
        if benefit is None:
            found[view] = NotComputed(view)
            continue
        one_off = _PART[view](result.one_off)
        running = Costs.of(result.lines, _COSTS[view])
        spent = tuple((m, one_off + running.total(m)) for m in marks)
        avoided = tuple((m, benefit(m)) for m in marks)
        savings = tuple((m, a - s) for (m, a), (_, s) in zip(avoided, spent, strict=True))
        found[view] = View(view, one_off, spent, avoided, savings)
    return found


def _benefit(view: Perspective, curve: Curve) -> Callable[[int], Decimal] | None:
    """The benefit avoided up to a month, in the perspective's part."""
    if view is Perspective.kommune:
        return curve.total_at
    gross = curve.gross
    if gross is None:
        return None
    if view is Perspective.offentlig:
        return gross.total_at
    return lambda month: gross.total_at(month) - curve.total_at(month)
