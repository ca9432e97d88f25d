"""The business case in words, for every output: the discount rate a present value
rests on, the perspectives by name, and a case's table of who pays and who saves."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kompcalc.core.calc import Result
from kompcalc.core.discount import Profile
from kompcalc.core.perspectives import NotComputed, Perspective, View, perspectives
from kompcalc.core.rates import RateTable
from kompcalc.fmt import kroner, number, percent
from kompcalc.record import Record
from kompcalc.render.describe import break_even_text, per_krone_text
from kompcalc.texts import t

if TYPE_CHECKING:  # a single case's rendering never loads the batch loop
    from kompcalc.batch.summary import Summary
    from kompcalc.batch.viewtotals import ViewTotals

_WHO = {
    Perspective.kommune: ("persp_kommune", "persp_row_kommune"),
    Perspective.stat: ("persp_stat", "persp_row_stat"),
    Perspective.offentlig: ("persp_offentlig", "persp_row_offentlig"),
}
"""Each perspective's name in a sentence and at the start of a row."""

PART = {Perspective.stat: "persp_part_stat", Perspective.offentlig: "persp_part_offentlig"}
"""The part of the benefit a perspective other than the municipality's avoids."""

_WHY = {"net_benefit": "persp_not_computed_net_benefit"}
"""Why a perspective cannot be computed, by :attr:`NotComputed.reason`."""


def who(perspective: Perspective, lang: str) -> str:
    """``kommunen``, ``staten``, ``det offentlige``: in a sentence."""
    return t(lang, _WHO[perspective][0])


def who_row(perspective: Perspective, lang: str) -> str:
    """``Kommunen``, ``Staten``, ``Det offentlige``: at the start of a row."""
    return t(lang, _WHO[perspective][1])


def not_computed_text(found: NotComputed, lang: str) -> str:
    """Why a perspective has no figures: ``ikke opgjort: ydelsen er angivet netto``."""
    return t(lang, _WHY[found.reason])


def bands_text(profile: Profile, lang: str) -> str:
    """``3,5 % om året``, or ``3,5 % fra år 0, 2,5 % fra år 35`` for several bands."""
    if len(profile.bands) == 1:
        return t(lang, "discount_flat", pct=percent(profile.bands[0].pct, lang))
    return ", ".join(
        t(lang, "discount_band", pct=percent(band.pct, lang), year=band.from_year)
        for band in profile.bands
    )


def discount_text(profile: Profile, table: RateTable, lang: str, *, full: bool = True) -> str:
    """The discount rate as a reader needs it: its rates and, for one of the rate
    table's, its name and (``full``) its label and source."""
    bands = bands_text(profile, lang)
    rate = None if profile.name is None else table.discount_rates.get(profile.name)
    if rate is None:
        return bands
    if not full:
        return t(lang, "discount_short", name=profile.name, bands=bands)
    source = table.sources.get(rate.source)
    shown = rate.source
    if source is not None:
        shown = ", ".join(p for p in (source.title, source.publisher) if p)
    label = rate.label.get(lang)
    return t(lang, "discount_named", name=profile.name, label=label, bands=bands, source=shown)


def payback_text(months: Decimal | None, lang: str) -> str:
    """``0,54 mdr.``, ``straks`` or ``nås ikke``: a payback time in a table's cell."""
    if months is None or months == 0:
        return break_even_text(months, lang)
    return t(lang, "pt_months", months=number(months, lang, 2))


class Row(Record):
    """One perspective in the table of who pays and who saves: its figures at the
    horizon as text, or why it has none (``note``). (A record, not a dataclass: a
    single case's JSON loads it; kompcalc/record.py.)"""

    __slots__ = (
        "avoided",
        "note",
        "payback",
        "per_krone",
        "present_value",
        "saving",
        "spent",
        "who",
    )

    who: str
    spent: str
    avoided: str
    saving: str
    per_krone: str
    payback: str
    present_value: str
    note: str | None

    def __init__(
        self,
        who: str,
        spent: str = "",
        avoided: str = "",
        saving: str = "",
        per_krone: str = "",
        payback: str = "",
        present_value: str = "",
        note: str | None = None,
    ) -> None:
        given = (who, spent, avoided, saving, per_krone, payback, present_value, note)
        for name, value in zip(self.fields, given, strict=True):
            object.__setattr__(self, name, value)


def perspective_rows(result: Result, lang: str) -> list[Row]:
    """A row for each perspective of ``result``, at its horizon."""
    rows = []
    for perspective, found in perspectives(result).items():
        name = who_row(perspective, lang)
        if isinstance(found, NotComputed):
            rows.append(Row(name, note=not_computed_text(found, lang)))
        else:
            rows.append(view_row(name, found, lang))
    return rows


def view_row(name: str, view: View, lang: str) -> Row:
    """A perspective's figures at the horizon, as text."""
    horizon = view.marks[-1]
    present: Decimal | None = None if view.present_value is None else view.present_value[-1][1]
    return Row(
        name,
        spent=kroner(view.spent_after(horizon), lang),
        avoided=kroner(view.benefit.total_at(horizon), lang),
        saving=kroner(view.saving_after(horizon), lang),
        per_krone=per_krone_text(view.return_per_krone, lang),
        payback=payback_text(view.break_even_months, lang),
        present_value="" if present is None else kroner(present, lang),
    )


class Grid(Record):
    """Who pays and who saves as a small table: a column per perspective that can be
    computed (``heads``), a row per figure (a label and a cell per column), and a
    line for each perspective that cannot be computed, saying why."""

    __slots__ = ("heads", "notes", "rows")

    heads: list[str]
    rows: list[tuple[str, list[str]]]
    notes: list[tuple[str, str]]

    def __init__(
        self, heads: list[str], rows: list[tuple[str, list[str]]], notes: list[tuple[str, str]]
    ) -> None:
        object.__setattr__(self, "heads", heads)
        object.__setattr__(self, "rows", rows)
        object.__setattr__(self, "notes", notes)

    @property
    def joined_notes(self) -> list[tuple[str, str]]:
        """The notes with the same reason on one line: ``Staten, Det offentlige``."""
        found: dict[str, list[str]] = {}
        for name, why in self.notes:
            found.setdefault(why, []).append(name)
        return [(", ".join(names), why) for why, names in found.items()]


_FIGURES = (
    ("pt_spent", "spent"),
    ("pt_avoided", "avoided"),
    ("pt_saving", "saving"),
    ("pt_per_krone", "per_krone"),
    ("pt_payback", "payback"),
)
"""The rows of a case's grid: a text key and a :class:`Row` field."""


def case_grid(result: Result, lang: str) -> Grid:
    """A case's perspectives at its horizon (with the present value when discounted)."""
    rows = perspective_rows(result, lang)
    shown = [row for row in rows if row.note is None]
    figures = list(_FIGURES)
    if result.discount is not None:
        figures.append(("pt_present_value", "present_value"))
    return Grid(
        heads=[row.who for row in shown],
        rows=[(t(lang, key), [getattr(row, name) for row in shown]) for key, name in figures],
        notes=[(row.who, row.note) for row in rows if row.note is not None],
    )


def totals_grid(views: Sequence[ViewTotals], lang: str) -> Grid:
    """The perspectives of a whole batch at its horizon: how many cases each can be
    computed for, what those spend, avoid and save, the saving per krone spent, the
    present value (when discounted) and how many pay back within a year."""
    from kompcalc.batch.viewtotals import PAYBACK_MARKS

    shown = [v for v in views if v.cases]
    year = PAYBACK_MARKS[-1]
    rows: list[tuple[str, list[str]]] = [
        (
            t(lang, "pt_cases"),
            [
                t(lang, "pt_cases_of", count=v.cases, cases=_whole(v.cases + v.not_computed, lang))
                for v in shown
            ],
        ),
        (t(lang, "pt_spent"), [kroner(v.spent[-1][1], lang) for v in shown]),
        (t(lang, "pt_avoided"), [kroner(v.avoided_total[-1][1], lang) for v in shown]),
        (t(lang, "pt_saving"), [kroner(v.savings[-1][1], lang) for v in shown]),
        (t(lang, "pt_per_krone"), [per_krone_text(v.return_per_krone, lang) for v in shown]),
    ]
    present = [v.present_value for v in shown]
    if shown and all(present):
        rows.append((t(lang, "pt_present_value"), [kroner(p[-1][1], lang) for p in present if p]))
    within = [_whole(dict(v.break_even_within)[year], lang) for v in shown]
    rows.append((t(lang, "pt_payback_within", months=year), within))
    notes = [
        (who_row(v.perspective, lang), _not_computed_cases(v, lang))
        for v in views
        if v.not_computed
    ]
    return Grid([who_row(v.perspective, lang) for v in shown], rows, notes)


def _whole(count: int, lang: str) -> str:
    """A count of cases grouped in the reader's format (10.000 in Danish), where a text
    names it other than as a count (:data:`kompcalc.texts.COUNTS`)."""
    return number(Decimal(count), lang, 0)


def _not_computed_cases(totals: ViewTotals, lang: str) -> str:
    """``ikke opgjort: ydelsen er angivet netto (10 af 10 sager)``."""
    reason = not_computed_text(NotComputed(totals.perspective), lang)
    cases = _whole(totals.cases + totals.not_computed, lang)
    return t(lang, "pt_not_computed_cases", reason=reason, count=totals.not_computed, cases=cases)


def business_context(
    summary: Summary, discount: Profile | None, table: RateTable, lang: str
) -> dict[str, Any]:
    """What the report shows of the business case: the saving per krone spent and the
    present value of the totals, the table of perspectives and the discount rate."""
    views = {v.perspective: v for v in summary.views}
    kommune = views.get(Perspective.kommune)
    present = None if kommune is None else kommune.present_value
    return {
        "per_krone": per_krone_text(None if kommune is None else kommune.return_per_krone, lang),
        "present_value": kroner(present[-1][1], lang) if present else None,
        "totals_grid": totals_grid(summary.views, lang),
        "discount": None if discount is None else discount_text(discount, table, lang),
    }
