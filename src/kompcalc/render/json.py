"""The machine rendering: one JSON object per result.

Money and other decimals are JSON strings holding exact decimals ("2979.39");
months and counts are JSON integers; dates are ISO strings.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any

from kompcalc.core.calc import CostLine, Result, Split
from kompcalc.core.discount import Profile
from kompcalc.core.effective import EffectiveRates
from kompcalc.errors import Problem
from kompcalc.fmt import plain_decimal
from kompcalc.render.json_business import business_dict, discount_dict, totals_business_dict
from kompcalc.render.json_rates import RatesMemo, plain_decimals, rates_dict
from kompcalc.texts import say

if TYPE_CHECKING:  # a single case's JSON never loads the batch loop
    from kompcalc.batch.run import Computed
    from kompcalc.batch.summary import Summary, Totals


def _split(split: Split) -> dict[str, str]:
    return {
        "gross": plain_decimal(split.gross),
        "refund": plain_decimal(split.refund),
        "net": plain_decimal(split.net),
    }


def _line(line: CostLine) -> dict[str, Any]:
    iv = line.intervention
    data: dict[str, Any] = {"kind": iv.kind}
    # by kind, not isinstance (slow on a model that is not the class): a batch asks it
    # of every case
    if iv.kind == "personal_assistance" or iv.kind == "education_assistance" or iv.kind == "mentor":
        data["hours_per_week"] = str(iv.hours_per_week)
        data["hourly_rate"] = str(line.hourly_rate)
        data["weeks_per_month"] = str(line.weeks_per_month)
    elif iv.kind == "aids":
        data["items"] = [{"name": i.name, "amount": plain_decimal(i.amount)} for i in iv.parts]
        data["total"] = plain_decimal(iv.total)
    elif iv.kind == "icebreaker":
        data["monthly_amount"] = plain_decimal(iv.monthly)
    elif iv.kind == "recurring_cost":
        data["name"] = iv.name
    data["months"] = line.months
    data["description"] = iv.description
    data["refund_pct"] = str(line.refund_pct)
    data["one_off"] = _split(line.one_off)
    data["monthly"] = _split(line.monthly)
    return data


def result_dict(
    result: Result,
    rates: EffectiveRates,
    *,
    historical: bool,
    lang: str,
    include_conditions: bool = False,
    known: RatesMemo | None = None,
) -> dict[str, Any]:
    """The JSON-ready form of ``result``; ``historical``: see :func:`rates_dict`;
    ``lang``: the language of the messages in it (why a perspective is not computed).
    ``known`` keeps the rates' JSON forms from case to case (a batch's cases share
    them)."""
    memo = known or RatesMemo(historical)
    rates_data, benefit = memo.forms(rates, result.benefit_key)
    be = result.break_even_months
    return {
        "id": result.case.id,
        "person": result.case.person,
        "condition": result.case.condition if include_conditions else None,  # health data
        "occupation": result.case.occupation,
        "description": result.case.description,
        "rates": rates_data,
        "interventions": [_line(line) for line in result.lines],
        "one_off": _split(result.one_off),
        "monthly": _split(result.monthly),
        "benefit": [{"benefit": key, "months": months} for key, months in result.plan],
        "probability": str(result.probability),
        "benefit_month": result.case.benefit_month,
        "benefit_week": result.case.benefit_week,
        "benefit_limit_months": result.case.benefit_limit_months,
        "avoided_benefit": plain_decimal(result.avoided_first),
        "monthly_saving": plain_decimal(result.saving_first),
        "benefit_tiers": benefit.get("tiers"),
        "benefit_staircase": None if "tiers" in benefit else benefit,
        "break_even_months": None if be is None else plain_decimal(be),
        "negative_from_months": _optional_decimal(result.negative_from_months),
        "months": result.months,
        "savings": {str(m): plain_decimal(amount) for m, amount in result.savings},
        **business_dict(result, rates.table, lang),
        "timeline": _timeline(result, memo),
    }


def _timeline(result: Result, memo: RatesMemo) -> list[dict[str, Any]]:
    """The timeline's rows, made from its columns (no row objects on the way); the
    avoided benefit's texts are the curve's, which the cases that share it share."""
    costs, _, saving = result.timeline_columns
    amounts = memo.curve_texts(result.curve, result.months)
    return [
        {
            "month": month,
            "cost": cost,
            "avoided_benefit": amount,
            "cumulative_saving": after,
        }
        for month, cost, amount, after in zip(
            range(1, result.months + 1),
            plain_decimals(costs),
            amounts,
            plain_decimals(saving),
            strict=True,
        )
    ]


def problem_dict(problem: Problem, lang: str) -> dict[str, Any]:
    return {
        "file": problem.file,
        "line": problem.line,
        "case": problem.case,
        "field": problem.field,
        "cell": None if problem.cell is None else problem.cell.reference,
        "message": say(problem.text, lang),
    }


def totals_dict(totals: Totals) -> dict[str, Any]:
    """The batch totals; monthly figures are those of the first month."""
    return {
        "cases": totals.cases,
        "one_off": _split(totals.one_off),
        "monthly": _split(totals.monthly),
        "avoided_benefit": plain_decimal(totals.avoided),
        "monthly_saving": plain_decimal(totals.monthly_saving),
        "savings": {str(m): plain_decimal(amount) for m, amount in totals.savings},
        "break_even_within": {str(m): n for m, n in totals.break_even_within},
        "break_even_never": totals.never,
        "negative_within_horizon": totals.negative,
    }


def _optional_decimal(value: Decimal | None) -> str | None:
    return None if value is None else plain_decimal(value)


def check_dict(summary: Summary) -> dict[str, Any]:
    """The outcome of ``--check``: how many cases had figures, and each mismatch."""
    return {
        "checked": summary.checked,
        "mismatches": [
            {
                "case": m.case_id,
                "file": m.file,
                "line": m.line,
                "figure": m.figure,
                "computed": _optional_decimal(m.computed),
                "expected": plain_decimal(m.expected),
                "tolerance": plain_decimal(m.tolerance),
            }
            for m in summary.mismatches
        ],
    }


_AFTER = b",\n    "
"""What comes before a case in the list but the first (which loses the comma)."""


class JsonBatch:
    """The batch as one JSON object, written case by case (one case per line).

    Keys: ``file``, ``rates`` (those of the run's day; ``historical`` holds for every
    case, as they all come from one table), ``months``, ``discount``, ``cases`` (each as
    the single-case JSON, ``id`` included), then ``title``, ``description``,
    ``organisation``, ``author``, ``totals``, ``failed`` (every problem), ``warnings``
    and, with ``check``, ``check``; with a sensitivity analysis, ``sensitivity``.
    """

    def __init__(
        self,
        out: IO[bytes],
        file: str,
        months: int,
        rates: EffectiveRates,
        *,
        check: bool,
        lang: str,
        historical: bool,
        include_conditions: bool = False,
        discount: Profile | None = None,
    ) -> None:
        self._out = out
        self._check = check
        self._historical = historical
        self._lang = lang
        self._conditions = include_conditions
        self._first = True
        self._memo = RatesMemo(historical)
        head = {
            "file": file,
            "rates": rates_dict(rates, historical=historical),
            "months": months,
            "discount": discount_dict(discount, rates.table),
            "conditions_included": include_conditions,
        }
        lines = [
            f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n"
            for key, value in head.items()
        ]
        self._out.write(("{\n" + "".join(lines) + '  "cases": [').encode("utf-8"))

    def encode(self, computed: Computed) -> bytes:
        """One case as its JSON text in UTF-8 (its condition only when asked for), on
        a line of its own after a comma: the bytes it adds to the list after another
        case (the first case goes without the comma).

        orjson writes it: ten times faster than ``json.dumps`` on a case, which for a
        large batch is a third of the time (the README's "Store batches"). It stays
        bytes on its way to the file: a batch's JSON is some 5 kB a case, and decoding
        it, pickling it between the processes and encoding it again cost more than
        making it."""
        import orjson

        data = result_dict(
            computed.result,
            computed.rates,
            historical=self._historical,
            lang=self._lang,
            include_conditions=self._conditions,
            known=self._memo,
        )
        return _AFTER + orjson.dumps(data)

    def write(self, case: bytes) -> None:
        self._out.write(memoryview(case)[1:] if self._first else case)
        self._first = False

    def write_rows(self, rows: IO[bytes]) -> None:
        """Write the cases in ``rows`` (encoded, one after another) from where it
        stands to its end."""
        if self._first:
            if not rows.read(1):  # no case in it; else its first case's comma
                return
            self._first = False
        from kompcalc.batch.spool import copy_rest

        copy_rest(rows, self._out)

    def finish(self, summary: Summary) -> None:
        text = ["],\n" if self._first else "\n  ],\n"]
        tail: dict[str, Any] = {
            "title": summary.title,
            "description": summary.description,
            "organisation": summary.organisation,
            "author": summary.author,
            "totals": totals_dict(summary.totals) | totals_business_dict(summary),
            "failed": [problem_dict(p, self._lang) for f in summary.failed for p in f.problems],
            "warnings": [problem_dict(p, self._lang) for p in summary.warnings],
        }
        if self._check:
            tail["check"] = check_dict(summary)
        if summary.sensitivity is not None:
            from kompcalc.render.json_sensitivity import sensitivity_dict

            tail["sensitivity"] = sensitivity_dict(summary.sensitivity)
        items = list(tail.items())
        for i, (key, value) in enumerate(items):
            end = ",\n" if i < len(items) - 1 else "\n"
            text.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{end}")
        text.append("}\n")
        self._out.write("".join(text).encode("utf-8"))
        self._out.flush()
