"""Switching values: the value of an assumption at which a saving becomes 0 (the UK
Green Book's term), within the range the assumption is tried over.

The saving is given as a function of the assumption. Where it is linear in it (three
points on one line, exactly, and the saving 0 at the solution) the value is solved for
exactly. Otherwise (øre rounding,
a step in the benefit, a break in a staircase) it is bracketed to ``step`` by false
position (the Illinois variant), with a bisection whenever an interpolation does not
halve the bracket: a saving that is a line but for its rounding takes a handful of
evaluations, and no saving takes more than about twice bisection's.

A whole-numbered assumption (months) is only ever tried at whole values, and its
switching value is a whole value.
"""

from collections.abc import Callable
from decimal import ROUND_FLOOR, Decimal

from kompcalc.core.money import ZERO

TWO = Decimal(2)
ONE = Decimal(1)
EXACT = Decimal("1e-20")
"""A saving this small against the change over the bracket is 0 (the solution of a
line is exact to the decimal context's 28 digits, not to the last one)."""


def _inside(x: Decimal, low: Decimal, high: Decimal, step: Decimal, whole: bool) -> Decimal:
    """``x`` moved inside (``low``, ``high``) by at least half a step (a whole value
    strictly between them, for a whole-numbered assumption)."""
    if whole:
        x = x.to_integral_value(rounding=ROUND_FLOOR)
        return min(max(x, low + ONE), high - ONE)
    margin = step / TWO
    return min(max(x, low + margin), high - margin)


def _middle(low: Decimal, high: Decimal, whole: bool) -> Decimal:
    middle = (low + high) / TWO
    return middle.to_integral_value(rounding=ROUND_FLOOR) if whole else middle


def switching_value(
    saving: Callable[[Decimal], Decimal],
    low: Decimal,
    high: Decimal,
    step: Decimal,
    *,
    whole: bool = False,
) -> Decimal | None:
    """The value in [``low``, ``high``] at which ``saving`` is 0, or None when it keeps
    its sign over the whole range ("none in range"). When it is not found exactly, the
    answer is the end of the last interval on the side where the saving is still >= 0,
    at most ``step`` from the exact value (with ``whole``: the whole value on that side,
    ``step`` being 1)."""
    at_low, at_high = saving(low), saving(high)
    if at_low == ZERO:
        return low
    if at_high == ZERO:
        return high
    if (at_low > 0) == (at_high > 0):
        return None
    pays_low = at_low > 0
    if high - low > step:
        middle = _middle(low, high, whole)
        at_middle = saving(middle)
        if at_middle == ZERO:
            return middle
        line = middle - low == high - middle and at_middle - at_low == at_high - at_middle
        if (at_middle > 0) == (at_low > 0):
            low, at_low = middle, at_middle
        else:
            high, at_high = middle, at_middle
        if line and not whole:  # three points on a line: solve it, and see that it is 0
            root = low - at_low * (high - low) / (at_high - at_low)
            at_root = saving(root)
            if abs(at_root) <= abs(at_high - at_low) * EXACT:
                return root
            if (at_root > 0) == (at_low > 0):  # not a line after all: a good guess
                low, at_low = root, at_root
            else:
                high, at_high = root, at_root
    side = 0  # which end moved last: -1 the low end, 1 the high end
    width = high - low
    bisect = False
    while high - low > step:
        if bisect:
            x = _middle(low, high, whole)
        else:
            x = _inside(low - at_low * (high - low) / (at_high - at_low), low, high, step, whole)
        at_x = saving(x)
        if at_x == ZERO:
            return x
        if (at_x > 0) == (at_low > 0):
            low, at_low = x, at_x
            if side == -1:
                at_high /= TWO  # Illinois: the end that stays is given less weight
            side = -1
        else:
            high, at_high = x, at_x
            if side == 1:
                at_low /= TWO
            side = 1
        bisect = not bisect and high - low > width / TWO
        width = high - low
    return low if pays_low else high
