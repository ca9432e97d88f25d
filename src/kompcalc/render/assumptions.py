"""The report's assumptions: what each case is compared with, grouped where cases share it.

A case's *counterfactual* is the benefit the citizen would otherwise have drawn: which
benefit, from which month or week of it, for at most how many months, and so in how
many months of the horizon it is avoided. Cases that share all of it form one group,
listed once with their ids.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from kompcalc.batch.run import Computed
from kompcalc.core.money import HUNDRED
from kompcalc.fmt import percent
from kompcalc.render.conclusion import months_text
from kompcalc.render.describe import benefit_name
from kompcalc.texts import t


@dataclass(frozen=True)
class Counterfactual:
    """One group of cases that assume the same benefit avoided, in words."""

    benefit: str
    details: tuple[str, ...]
    ids: tuple[str, ...]

    def cases_text(self, lang: str, *, ids: bool = True) -> str:
        """``2 sager: a, b``; without ``ids`` (a long report, whose table lists every
        case) only ``2 sager``."""
        if not ids:
            return t(lang, "asm_cases_count", count=len(self.ids))
        key = "asm_cases_one" if len(self.ids) == 1 else "asm_cases_many"
        return t(lang, key, count=len(self.ids), ids=", ".join(self.ids))


def _avoided(months: int, count: int, lang: str) -> str:
    if count == months:
        return t(lang, "asm_avoided_all")
    if count == 0:
        return t(lang, "asm_avoided_never")
    return t(lang, "asm_avoided_some", count=count, months=months)


def counterfactuals(computed: Sequence[Computed], lang: str) -> list[Counterfactual]:
    """The groups of ``computed`` by what each assumes is avoided, in file order."""
    groups: dict[tuple[object, ...], tuple[list[str], Counterfactual]] = {}
    for c in computed:
        result, case = c.result, c.result.case
        avoided = sum(1 for m in range(1, result.months + 1) if result.curve.at(m) > 0)
        week = case.benefit_week
        month = case.benefit_month or 1
        limit = case.benefit_limit_months
        chance = result.probability
        key = (result.plan, week, month if week is None else None, limit, avoided, chance)
        if key not in groups:
            if week is not None:
                start = t(lang, "asm_start_week", week=week)
            else:
                start = t(lang, "asm_start_month", month=month)
            details = [start]
            if limit is not None:
                details.append(t(lang, "asm_limit", period=months_text(limit, lang)))
            details.append(_avoided(result.months, avoided, lang))
            if chance != HUNDRED:  # at 100 % the section's opening sentence says it
                details.append(t(lang, "asm_probability", pct=percent(chance, lang)))
            label = benefit_name(result, c.rates, lang)
            groups[key] = ([], Counterfactual(label, tuple(details), ()))
        groups[key][0].append(case.id or "")
    return [
        Counterfactual(group.benefit, group.details, tuple(ids)) for ids, group in groups.values()
    ]
