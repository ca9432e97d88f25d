"""The business case in words, for every output: the discount rate a present value
rests on, the perspectives by name, and a case's table of who pays and who saves."""

from dataclasses import dataclass
from decimal import Decimal

from kompcalc.core.calc import Result
from kompcalc.core.discount import Profile
from kompcalc.core.perspectives import NotComputed, Perspective, View, perspectives
from kompcalc.core.rates import RateTable
from kompcalc.fmt import kroner, number, percent
from kompcalc.render.describe import break_even_text, per_krone_text
from kompcalc.texts import t

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


@dataclass(frozen=True)
class Row:
    """One perspective in the table of who pays and who saves: its figures at the
    horizon as text, or why it has none (``note``)."""

    who: str
    spent: str = ""
    avoided: str = ""
    saving: str = ""
    per_krone: str = ""
    payback: str = ""
    present_value: str = ""
    note: str | None = None


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
        per_krone=per_krone_text(view, lang),
        payback=payback_text(view.break_even_months, lang),
        present_value="" if present is None else kroner(present, lang),
    )
