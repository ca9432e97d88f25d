"""Switching values: the value of an assumption at which a saving becomes 0 (the UK
Green Book's term), within the range the assumption is tried over.

The saving is given as a function of the assumption. Where it is linear in it (three
points on one line, exactly) the value is solved for exactly; otherwise (øre rounding,
a step in the benefit, a break in a staircase) it is found by bisection to ``step``.
"""

from collections.abc import Callable
from decimal import Decimal

from kompcalc.core.money import ZERO

TWO = Decimal(2)


def switching_value(
    saving: Callable[[Decimal], Decimal], low: Decimal, high: Decimal, step: Decimal
) -> Decimal | None:
    """The value in [``low``, ``high``] at which ``saving`` is 0, or None when it keeps
    its sign over the whole range ("none in range"). Found by bisection, the answer is
    the end of the last interval on the side where the saving is still >= 0, at most
    ``step`` from the exact value."""
    at_low, at_high = saving(low), saving(high)
    if at_low == ZERO:
        return low
    if at_high == ZERO:
        return high
    if (at_low > 0) == (at_high > 0):
        return None
    middle = (low + high) / TWO
    at_middle = saving(middle)
    if at_middle - at_low == at_high - at_middle:  # a straight line: solve it
        return low - at_low * (high - low) / (at_high - at_low)
    while high - low > step:
        if (at_middle > 0) == (at_low > 0):
            low, at_low = middle, at_middle
        else:
            high = middle
        middle = (low + high) / TWO
        at_middle = saving(middle)
    return low if at_low >= 0 else high
