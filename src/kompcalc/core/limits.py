"""What the rates in force say of a case before it is computed: inputs that are legal
but unusual (warnings), and what they do not allow at all (problems)."""

from typing import NamedTuple

from kompcalc.core.cases import Case
from kompcalc.core.effective import EffectiveRates
from kompcalc.errors import Message, msg


class CaseProblem(NamedTuple):
    """A case that the rates in force do not allow (e.g. hours above the legal limit).

    ``path`` is the field in the case's data (list positions from 0).
    """

    path: tuple[int | str, ...]
    text: Message


def warnings_for(case: Case, rates: EffectiveRates) -> tuple[Message, ...]:
    """Legal but unusual inputs, e.g. PA hours above the normal weekly limit."""
    work_limit = rates.pa_normal_max_hours_per_week.value
    study_limit = rates.education_normal_max_hours_per_week.value
    found = []
    for iv in case.interventions:
        # by kind, not isinstance: see cost_line
        if iv.kind == "personal_assistance" and iv.hours_per_week > work_limit:
            hours = iv.hours_per_week
            found.append(msg("warn_pa_hours_above_normal", hours=hours, limit=work_limit))
        if iv.kind == "education_assistance" and iv.hours_per_week > study_limit:
            hours = iv.hours_per_week
            found.append(msg("warn_education_hours_above_normal", hours=hours, limit=study_limit))
    return tuple(found)


def limit_problems(case: Case, rates: EffectiveRates) -> tuple[CaseProblem, ...]:
    """What the rates in force do not allow at all (e.g. education PA above 37 h)."""
    limit = rates.education_max_hours_per_week.value
    return tuple(
        CaseProblem(
            ("interventions", i, "hours_per_week"),
            msg("val_education_hours_above_max", hours=iv.hours_per_week, limit=limit),
        )
        for i, iv in enumerate(case.interventions)
        if iv.kind == "education_assistance" and iv.hours_per_week > limit
    )
