"""What the rate table requires of a case before it is computed.

Shared by the single-case commands and ``kompcalc batch``, so both refuse the same
cases with the same words. There are four steps, taken in this order: the benefit
must be one the table knows (:meth:`CaseRules.benefit`), it must have rates on the
day (:meth:`CaseRules.available`), every scheme of the case must have a refund on the
day (:meth:`CaseRules.refunds`), and the case must stay within what the rates allow
at all (:meth:`CaseRules.limits`, e.g. no education assistance above the legal
maximum of hours). A batch finds the rates of a case's day between the first two
steps; a single-case command builds its case from its options between the second and
the third.

This module imports nothing of the batch loop, so the single-case commands stay quick
to start.
"""

from typing import NamedTuple

from kompcalc.core.calc import Plan, limit_problems
from kompcalc.core.cases import Case
from kompcalc.core.effective import EffectiveRates
from kompcalc.errors import Message, Problem, msg
from kompcalc.loading.nearest import nearest
from kompcalc.loading.ratefile import LoadedTable, missing_problem


class Refusal(NamedTuple):
    """A reason the rates cannot compute a case: a message and the path to the field
    of the case it is about (list positions from 0)."""

    message: Message
    path: tuple[int | str, ...]

    @property
    def field(self) -> str:
        """The path as the user reads it: ``interventions.1.hours_per_week``."""
        return ".".join(str(p + 1) if isinstance(p, int) else p for p in self.path)


class CaseRules:
    """The checks of a rate table on a case (see the module docstring). Each benefit
    name is looked up once."""

    def __init__(self, loaded: LoadedTable) -> None:
        self.loaded = loaded
        self._keys: dict[str, str | None] = {}

    def benefit(self, name: str) -> str | Refusal:
        """The table's key for the benefit called ``name``, or why there is none."""
        if name not in self._keys:
            self._keys[name] = self.loaded.table.find_benefit(name)
        key = self._keys[name]
        if key is None:
            benefits = self.loaded.table.benefits
            known = ", ".join(benefits)
            near = nearest(name.strip(), benefits)
            message = (
                msg("err_unknown_benefit", name=name, known=known)
                if near is None
                else msg("err_unknown_benefit_near", name=name, near=near, known=known)
            )
            return Refusal(message, ("benefit",))
        return key

    def plan(self, case: Case) -> Plan | Refusal:
        """The case's benefits as the table's keys, step by step, or why one is unknown
        (the refusal names the step of a path: ``benefit.2.benefit``)."""
        if isinstance(case.benefit, str):
            key = self.benefit(case.benefit)
            return key if isinstance(key, Refusal) else ((key, None),)
        steps = []
        for i, step in enumerate(case.benefit):
            key = self.benefit(step.benefit)
            if isinstance(key, Refusal):
                return Refusal(key.message, ("benefit", i, "benefit"))
            steps.append((key, step.months))
        return tuple(steps)

    def missing(self, plan: Plan, rates: EffectiveRates) -> Problem | None:
        """Why a benefit of ``plan`` has no rates on the day of ``rates``, if one has none."""
        for key, _ in plan:
            problem = self.available(key, rates)
            if problem is not None:
                return problem
        return None

    def available(self, key: str, rates: EffectiveRates) -> Problem | None:
        """Why benefit ``key`` has no rates on the day of ``rates``, if it has none: the
        problem names the rate table's file and line."""
        if key not in rates.unavailable:
            return None
        return missing_problem(rates.unavailable[key], self.loaded)

    def refunds(self, case: Case, rates: EffectiveRates) -> tuple[tuple[int, Problem], ...]:
        """Each intervention (by position) whose scheme has no refund on the day of
        ``rates``, and why: the problem names the rate table's file and line."""
        return tuple(
            (i, missing_problem(rates.unavailable_refunds[iv.kind], self.loaded))
            for i, iv in enumerate(case.interventions)
            if iv.kind in rates.unavailable_refunds
        )

    def limits(self, case: Case, rates: EffectiveRates) -> tuple[Refusal, ...]:
        """What in ``case`` the rates do not allow at all (none: the case may be computed)."""
        return tuple(Refusal(p.text, p.path) for p in limit_problems(case, rates))
