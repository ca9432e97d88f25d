"""A case: the interventions granted to one citizen and the benefit they avoid.

Also the case file (:class:`CaseFile`): a list of cases with free text on each, and
optionally the figures someone printed for it (:class:`Expected`).
"""

from datetime import date as Date
from decimal import Decimal
from typing import Annotated, Any, Literal, Self

from pydantic import AfterValidator, BeforeValidator, Discriminator, Field, Tag, model_validator

from kompcalc.core.modelbase import (
    MAX_MONTH,
    ORE,
    Frozen,
    Kroner,
    Month,
    Note,
    Number,
    Percent,
    PrivateNote,
    ShortLine,
    Text,
    Whole,
    exact_number,
    invalid,
)

HOURS_IN_WEEK = 7 * 24
"""No one can be assisted for more hours than a week has."""

MAX_AMOUNT_KR = Decimal(10_000_000)
"""A sanity bound on one amount in a case (one-off or monthly): larger is a typing mistake."""

MAX_HORIZON_MONTHS = 50 * 12
"""The longest horizon kompcalc computes (50 years)."""

# all of a number's limits in one Field, checked by pydantic-core (see modelbase)
Hours = Annotated[
    Decimal,
    Field(allow_inf_nan=False, gt=0, le=HOURS_IN_WEEK),
    BeforeValidator(exact_number),
    *ORE,
]
CaseAmount = Annotated[
    Decimal,
    Field(allow_inf_nan=False, gt=0, le=MAX_AMOUNT_KR),
    BeforeValidator(exact_number),
    *ORE,
]


class PersonalAssistance(Frozen):
    """Personlig assistance at work: hours per week, every month (or for ``months``)."""

    kind: Literal["personal_assistance"] = "personal_assistance"
    hours_per_week: Hours
    months: Month | None = None
    description: Note | None = None


class EducationAssistance(Frozen):
    """Personlig assistance during further education: hours per week of teaching and
    preparation, for ``months`` or open-ended. Its own limits apply (see the rate table)."""

    kind: Literal["education_assistance"] = "education_assistance"
    hours_per_week: Hours
    months: Month | None = None
    description: Note | None = None


class AidItem(Frozen):
    """One aid or adaptation and what it costs (no name: a total given as one sum)."""

    name: Note | None = None
    amount: CaseAmount


class Aids(Frozen):
    """Aids and workplace adaptations: a one-off cost, given as one ``amount`` or as
    ``items`` (each with its own amount), not both."""

    kind: Literal["aids"] = "aids"
    amount: CaseAmount | None = None
    items: tuple[AidItem, ...] = Field(default=(), strict=False)
    description: Note | None = None

    @model_validator(mode="after")
    def _amount_or_items(self) -> Self:
        if (self.amount is None) == (not self.items):  # neither, or both
            raise invalid("val_amount_nor_items" if self.amount is None else "val_amount_or_items")
        return self

    @property
    def parts(self) -> tuple[AidItem, ...]:
        """The items, or the amount as one unnamed item."""
        return self.items if self.amount is None else (AidItem(amount=self.amount),)

    @property
    def total(self) -> Decimal:
        """The amount, or the items' amounts added up (no item is built for this: a
        batch asks it of every case)."""
        if self.amount is not None:
            return Decimal(0) + self.amount
        return sum((item.amount for item in self.items), Decimal(0))


class Mentor(Frozen):
    """Mentorstøtte: hours per week at a locally agreed hourly rate, for ``months``."""

    kind: Literal["mentor"] = "mentor"
    hours_per_week: Hours
    hourly_rate: CaseAmount
    months: Month
    description: Note | None = None


class Icebreaker(Frozen):
    """Isbryderordningen: a wage subsidy per month to the employer, for ``months``."""

    kind: Literal["icebreaker"] = "icebreaker"
    monthly: CaseAmount
    months: Month
    description: Note | None = None


class RecurringCost(Frozen):
    """Another recurring municipal cost given net (e.g. a flex-job subsidy): no refund."""

    kind: Literal["recurring_cost"] = "recurring_cost"
    name: Note
    monthly: CaseAmount
    months: Month | None = None
    description: Note | None = None


class PriorityAccess(Frozen):
    """Fortrinsadgang: no cost to the municipality; recorded so the case counts."""

    kind: Literal["priority_access"] = "priority_access"
    description: Note | None = None


Intervention = Annotated[
    PersonalAssistance
    | EducationAssistance
    | Aids
    | Mentor
    | Icebreaker
    | RecurringCost
    | PriorityAccess,
    Field(discriminator="kind"),
]

MonthlyIntervention = PersonalAssistance | EducationAssistance | Mentor | Icebreaker | RecurringCost

Week = Annotated[Whole, Field(ge=1, le=MAX_MONTH * 5)]
"""A week of a benefit period counted from 1 (bounded like :data:`Month`)."""


def _id_text(value: Any) -> Any:
    """A case id may be written as a number (``id: 17``); it is kept as text."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


CaseId = Annotated[ShortLine, BeforeValidator(_id_text)]


def _month_keys(value: Any) -> Any:
    """Months as keys; JSON has only text keys, so ``"12"`` is month 12 there."""
    if isinstance(value, dict):
        return {int(k) if isinstance(k, str) and k.isdigit() else k: v for k, v in value.items()}
    return value


def _iso_day(value: Any) -> Any:
    """A date; JSON has no dates, so an ISO text ``"2026-03-01"`` is one there."""
    if isinstance(value, str) and len(value) == 10 and value[4] == value[7] == "-":
        try:
            return Date.fromisoformat(value)
        except ValueError:  # a date the calendar has not: 2024-13-01, 2024-02-30
            raise invalid("val_no_such_date", text=value) from None
    return value


class Expected(Frozen):
    """Figures someone printed for a case, to check kompcalc's result against.

    Every figure is optional; each one given is compared with the computed figure and
    may differ by at most ``tolerance`` kroner (months for ``break_even_months``).
    ``savings`` maps a month to the cumulative saving printed for it.
    """

    tolerance: Kroner = Decimal(0)
    one_off_gross: Number | None = None
    one_off_refund: Number | None = None
    one_off_net: Number | None = None
    monthly_gross: Number | None = None
    monthly_refund: Number | None = None
    monthly_net: Number | None = None
    avoided_benefit: Number | None = None
    monthly_saving: Number | None = None
    break_even_months: Number | None = None
    savings: Annotated[dict[Month, Number], BeforeValidator(_month_keys)] = Field(
        default_factory=dict, strict=False
    )
    note: Note | None = None


class BenefitStep(Frozen):
    """One step of a benefit path: a benefit of the rate table, for ``months`` months
    (none: until the end, or ``benefit_limit_months``)."""

    benefit: Text
    months: Month | None = None


def _open_steps_last(steps: tuple[BenefitStep, ...]) -> tuple[BenefitStep, ...]:
    for i, step in enumerate(steps[:-1]):
        if step.months is None:
            raise invalid("val_path_open_step", step=i + 1)
    return steps


BenefitPath = Annotated[
    tuple[BenefitStep, ...], Field(min_length=1, strict=False), AfterValidator(_open_steps_last)
]
"""Benefits one after the other: every step but the last has a number of months."""


def _name_or_path(value: Any) -> str:
    return "path" if isinstance(value, (list, tuple)) else "name"


Benefit = Annotated[
    Annotated[Text, Tag("name")] | Annotated[BenefitPath, Tag("path")],
    Discriminator(_name_or_path),
]
"""A benefit of the rate table by name, or a :data:`BenefitPath`."""


class Case(Frozen):
    """One citizen's case.

    ``benefit_month`` or ``benefit_week`` (not both) is where in the benefit period the
    citizen is when the scheme starts (1 = the first month or week), so a citizen 8
    months into sygedagpenge has ``benefit_month: 9``. Neither means the start.
    ``benefit_limit_months`` is how many months of the case the benefit would have
    lasted at most (e.g. until a known end of the right to it). ``benefit`` may be a
    path of steps (sygedagpenge for 5 months, then ressourceforløbsydelse); the start
    position is where its first step starts, and later steps continue the count.
    ``probability`` (per cent) is the chance that, without the scheme, the citizen
    would have drawn the benefit: each month's avoided benefit is multiplied by it.
    ``date`` picks the rates
    in force on that day. ``person``, ``condition``, ``occupation`` and ``description``
    are free text, carried into the output and never used in the calculation.
    """

    id: CaseId | None = None
    person: Note | None = None
    condition: PrivateNote | None = None
    occupation: Note | None = None
    description: Note | None = None
    interventions: tuple[Intervention, ...] = Field(min_length=1, strict=False)
    benefit: Benefit
    probability: Percent | None = None
    benefit_month: Month | None = None
    benefit_week: Week | None = None
    benefit_limit_months: Month | None = None
    date: Annotated[Date, BeforeValidator(_iso_day)] | None = None
    expected: Expected | None = None

    @model_validator(mode="after")
    def _one_start(self) -> Self:
        if self.benefit_month is not None and self.benefit_week is not None:
            raise invalid("val_month_and_week")
        closed = not isinstance(self.benefit, str) and self.benefit[-1].months is not None
        if closed and self.benefit_limit_months is not None:
            raise invalid("val_path_and_limit")
        return self

    @property
    def steps(self) -> tuple[BenefitStep, ...]:
        """The benefit as a path: one open step for a benefit given by name."""
        if isinstance(self.benefit, str):
            return (BenefitStep.model_construct(benefit=self.benefit),)  # a name validated
        return self.benefit


class CaseFile(Frozen):
    """A case file: a title, description, organisation and author for the report, and
    the cases.

    kompcalc reads the cases one at a time (:mod:`kompcalc.batch.run`); this model is the
    file's published shape (``kompcalc schema``) and checks the keys beside ``cases``.
    """

    title: Note | None = None
    description: Note | None = None
    organisation: Note | None = Field(
        default=None, description="Who the report is from, e.g. a jobcentre (free text)."
    )
    author: Note | None = Field(default=None, description="Who made the report (free text).")
    cases: tuple[Case, ...] = Field(strict=False)
