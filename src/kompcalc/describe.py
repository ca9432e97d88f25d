"""Short plain-text descriptions of interventions, for tables, cards and exports."""

from kompcalc.cases import (
    Aids,
    EducationAssistance,
    Icebreaker,
    Intervention,
    Mentor,
    PersonalAssistance,
    RecurringCost,
)
from kompcalc.fmt import kroner, number
from kompcalc.texts import t


def kind_name(kind: str, lang: str) -> str:
    """The scheme's name: ``Personlig assistance``, ``Mentor``, ..."""
    return t(lang, "kind_" + kind)


def intervention_text(iv: Intervention, lang: str) -> str:
    """One intervention in a few words: ``Personlig assistance, 12 timer om ugen``."""
    name = kind_name(iv.kind, lang)
    detail = ""
    if isinstance(iv, (PersonalAssistance, EducationAssistance, Mentor)):
        detail = t(lang, "pa_what", hours=number(iv.hours_per_week, lang))
    elif isinstance(iv, Aids):
        detail = ", ".join(i.name for i in iv.parts if i.name) or (iv.description or "")
    elif isinstance(iv, Icebreaker):
        detail = t(lang, "monthly_amount", amount=kroner(iv.monthly, lang))
    elif isinstance(iv, RecurringCost):
        name = iv.name
    months = getattr(iv, "months", None)
    if months is not None:
        detail = f"{detail} {t(lang, 'for_months', months=months)}".strip()
    return f"{name}, {detail}" if detail else name


def interventions_text(interventions: tuple[Intervention, ...], lang: str) -> str:
    """Every intervention of a case, separated by semicolons."""
    return "; ".join(intervention_text(iv, lang) for iv in interventions)
