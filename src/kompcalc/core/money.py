"""Exact money: ``Decimal`` amounts and the one rounding helper.

Every amount in kompcalc is a :class:`~decimal.Decimal`; no float ever touches money.
Amounts are rounded to øre (0.01 kr) with :func:`to_ore`, ``ROUND_HALF_UP``, at exactly
these points, and nowhere else:

1. the gross monthly cost of an hourly scheme (hours x rate x weeks per month);
2. the municipality's share of a cost after the state refund
   (gross x (100 % - refund %)); the refund is then gross - share, so the two always add
   up to the gross and a half øre falls on the municipality's side;
3. a benefit amount derived from a gross amount and a refund staircase;
4. the expected avoided benefit of a month: the amount x the probability that it
   would have been drawn (:func:`expected`);
5. a present value: the discounted cumulative saving at a reported month, its flows
   kept at the decimal context's 28 digits and rounded once
   (:mod:`kompcalc.core.discount`);
6. a return per krone: a saving divided by what was spent, in kroner per krone spent
   (:mod:`kompcalc.core.perspectives`).

Sums of rounded amounts are exact and need no further rounding.

One amount is rounded further, for reading only, with :func:`to_krone`: a total stated
in a sentence (the report's conclusion) is given in whole kroner, half-up. It is
never used in a sum.
"""

from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

ZERO = Decimal(0)
ORE = Decimal("0.01")
KRONE = Decimal(1)
HUNDRED = Decimal(100)


def to_ore(amount: Decimal) -> Decimal:
    """Round ``amount`` half-up to whole øre (two decimals)."""
    return amount.quantize(ORE, rounding=ROUND_HALF_UP)


def to_krone(amount: Decimal) -> Decimal:
    """Round ``amount`` half-up to whole kroner, for a sentence (see the module docs)."""
    return amount.quantize(KRONE, rounding=ROUND_HALF_UP)


def municipal_share(gross: Decimal, refund_pct: Decimal) -> tuple[Decimal, Decimal]:
    """Split ``gross`` into (state refund, municipality's net) for a refund in per cent.

    The net is rounded (point 2 above) and the refund is the exact remainder.
    """
    net = to_ore(gross * (HUNDRED - refund_pct) / HUNDRED)
    return gross - net, net


def months_up(months: Decimal) -> Decimal:
    """Round a break-even time up to hundredths of a month.

    Rounding up never reports a break-even earlier than the exact one.
    """
    return months.quantize(ORE, rounding=ROUND_CEILING)


def expected(amount: Decimal, probability_pct: Decimal) -> Decimal:
    """``amount`` times a probability in per cent, rounded half-up to øre (point 4)."""
    return to_ore(amount * probability_pct / HUNDRED)
