"""A case: the interventions granted to one citizen and the benefit they avoid."""

from datetime import date as Date
from decimal import Decimal
from typing import Annotated, Literal, Self

from pydantic import Field, model_validator

from kompcalc.modelbase import MAX_MONTH, Frozen, Month, Number, PositiveKroner, Text, invalid

HOURS_IN_WEEK = 7 * 24
"""No one can be assisted for more hours than a week has."""

MAX_AMOUNT_KR = Decimal(10_000_000)
"""A sanity bound on one amount in a case (one-off or monthly): larger is a typing mistake."""

MAX_HORIZON_MONTHS = 50 * 12
"""The longest horizon kompcalc computes (50 years)."""

Hours = Annotated[Number, Field(gt=0, le=HOURS_IN_WEEK, decimal_places=2)]
CaseAmount = Annotated[PositiveKroner, Field(le=MAX_AMOUNT_KR)]


class PersonalAssistance(Frozen):
    """Personlig assistance at work: hours per week, every month."""

    kind: Literal["personal_assistance"] = "personal_assistance"
    hours_per_week: Hours


class AidItem(Frozen):
    """One aid or adaptation and what it costs (no name: a total given as one sum)."""

    name: Text | None = None
    amount: CaseAmount


class Aids(Frozen):
    """Aids and workplace adaptations: a one-off amount, the sum of its items."""

    kind: Literal["aids"] = "aids"
    items: tuple[AidItem, ...] = Field(min_length=1, strict=False)

    @property
    def total(self) -> Decimal:
        return sum((item.amount for item in self.items), Decimal(0))


class RecurringCost(Frozen):
    """Another recurring municipal cost given net (e.g. a flex-job subsidy): no refund."""

    kind: Literal["recurring_cost"] = "recurring_cost"
    name: Text
    monthly: CaseAmount


Intervention = Annotated[PersonalAssistance | Aids | RecurringCost, Field(discriminator="kind")]


Week = Annotated[int, Field(ge=1, le=MAX_MONTH * 5)]
"""A week of a benefit period counted from 1 (bounded like :data:`Month`)."""


class Case(Frozen):
    """One citizen's case.

    ``benefit_month`` or ``benefit_week`` (not both) is where in the benefit period the
    citizen is when the scheme starts (1 = the first month or week), so a citizen 8
    months into sygedagpenge has ``benefit_month: 9``. Neither means the start. ``date``
    picks the rates in force on that day.
    """

    id: str | None = None
    interventions: tuple[Intervention, ...] = Field(min_length=1, strict=False)
    benefit: Text
    benefit_month: Month | None = None
    benefit_week: Week | None = None
    date: Date | None = None

    @model_validator(mode="after")
    def _one_start(self) -> Self:
        if self.benefit_month is not None and self.benefit_week is not None:
            raise invalid("val_month_and_week")
        return self
