"""A single-case command's case, built without pydantic when its values are plainly valid.

``kompcalc pa`` and ``kompcalc aid`` make one intervention and one case from their
options. Validating them builds the :class:`~kompcalc.core.cases.Case` validator (all
its interventions, the expected figures and the benefit paths), which costs more than
the rest of the command. Options that are plainly valid need none of it: the functions
here return the very model that validation would make (``model_construct`` with the
same fields set), and None whenever a value is anything but plainly valid. The caller
then validates the values in full, so every refusal keeps its message.
``tests/core/test_optioncase.py`` checks that whatever they build, validation builds
equal.
"""

from datetime import date
from decimal import Decimal

from kompcalc.core.cases import HOURS_IN_WEEK, Aids, Case, PersonalAssistance
from kompcalc.core.modelbase import MAX_MONTH
from kompcalc.texts import CONTROL

_HOURS_PLACES = -2
"""The smallest exponent of an hours figure taken as plainly valid (two decimals)."""


def quick_assistance(hours: Decimal) -> PersonalAssistance | None:
    """``PersonalAssistance(hours_per_week=hours)``, when ``hours`` is plainly valid."""
    if type(hours) is not Decimal or not hours.is_finite():
        return None
    exponent = hours.as_tuple().exponent
    if not (isinstance(exponent, int) and exponent >= _HOURS_PLACES):
        return None
    if not 0 < hours <= HOURS_IN_WEEK:
        return None
    return PersonalAssistance.model_construct(hours_per_week=hours)


def _whole(value: int | None, most: int) -> bool:
    return value is None or (type(value) is int and 1 <= value <= most)


def quick_case(
    interventions: tuple[PersonalAssistance | Aids, ...],
    benefit: str,
    benefit_month: int | None,
    benefit_week: int | None,
    probability: Decimal | None,
    day: date | None,
) -> Case | None:
    """The :class:`Case` of these values, when they are plainly valid (else None)."""
    if not interventions or type(interventions) is not tuple:
        return None
    if any(type(iv) not in (PersonalAssistance, Aids) for iv in interventions):
        return None
    if type(benefit) is not str or not benefit or CONTROL.search(benefit) is not None:
        return None
    if not (_whole(benefit_month, MAX_MONTH) and _whole(benefit_week, MAX_MONTH * 5)):
        return None
    if benefit_month is not None and benefit_week is not None:
        return None
    if probability is not None and not (
        type(probability) is Decimal and probability.is_finite() and 0 <= probability <= 100
    ):
        return None
    if day is not None and type(day) is not date:
        return None
    return Case.model_construct(
        interventions=interventions,
        benefit=benefit,
        benefit_month=benefit_month,
        benefit_week=benefit_week,
        probability=probability,
        date=day,
    )
