"""The batch table's columns and cells: one row per case, then the totals, from the
perspective the run shows.

The cells are kept typed (text, exact numbers, or None for "never"), so each output
format shows them its own way: the text table in the user's number format, the CSV
with a decimal comma in Danish, the XLSX as real numbers.
"""

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter

from kompcalc.batch.run import Computed
from kompcalc.batch.summary import Summary
from kompcalc.batch.viewtotals import ViewTotals
from kompcalc.core.discount import Profile
from kompcalc.core.perspectives import NotComputed, Perspective, view
from kompcalc.fmt import kroner, kroner_each, number
from kompcalc.render.business import who
from kompcalc.render.describe import benefit_name, break_even_text, interventions_text
from kompcalc.render.words import word
from kompcalc.texts import one_line, t

Cell = str | Decimal | None

TEXT_WIDTH = 60
"""The widest the interventions column gets in the text table."""


@dataclass(frozen=True)
class Viewpoint:
    """Whose figures a batch table shows, and the discount rate its present values
    rest on (None: no discounting)."""

    perspective: Perspective = Perspective.kommune
    discount: Profile | None = None

    @property
    def discounted(self) -> bool:
        return self.discount is not None


MUNICIPAL = Viewpoint()
"""The catalogue's figures: the municipality's, not discounted."""


@dataclass(frozen=True)
class Column:
    """A column: its machine key, its heading, whether it holds kroner, and whether it
    holds another number (months, kroner per krone): right-aligned, never cut."""

    key: str
    heading: str
    money: bool
    number: bool = False

    @property
    def figure(self) -> bool:
        """Whether the column holds numbers (money or other)."""
        return self.money or self.number


def columns(
    marks: tuple[int, ...],
    lang: str,
    *,
    perspective: Perspective = Perspective.kommune,
    discounted: bool = False,
) -> list[Column]:
    """The columns of the batch table: the savings at each month of ``marks``, the
    saving per krone spent and, when ``discounted``, the present value and discounted
    break-even at the horizon. Every figure is ``perspective``'s; another perspective
    than the municipality's is named in the headings."""
    horizon = marks[-1]

    def whose(heading: str) -> str:
        if perspective is Perspective.kommune:
            return heading
        return t(lang, "col_whose", heading=heading, who=who(perspective, lang))

    one_off = "col_one_off_net" if perspective is Perspective.kommune else "col_one_off"
    monthly = "col_monthly_net" if perspective is Perspective.kommune else "col_monthly"
    found = [
        Column("id", t(lang, "col_id"), money=False),
        Column("interventions", t(lang, "col_interventions"), money=False),
        Column("one_off_net", whose(t(lang, one_off)), money=True),
        Column("monthly_net", whose(t(lang, monthly)), money=True),
        Column("benefit", t(lang, "col_benefit"), money=False),
        Column("avoided_benefit", whose(t(lang, "col_avoided")), money=True),
        Column("monthly_saving", whose(t(lang, "col_monthly_saving")), money=True),
        Column("break_even_months", whose(t(lang, "col_break_even")), False, number=True),
        Column("negative_from_months", whose(t(lang, "col_negative_from")), False, number=True),
    ]
    found += [
        Column(f"saving_{m}", whose(t(lang, "col_saving", months=m)), money=True) for m in marks
    ]
    per_krone = whose(t(lang, "col_per_krone", months=horizon))
    found.append(Column("return_per_krone", per_krone, money=False, number=True))
    if discounted:
        present = whose(t(lang, "col_present_value", months=horizon))
        found.append(Column("present_value", present, money=True))
        payback = whose(t(lang, "col_discounted_break_even"))
        found.append(Column("discounted_break_even_months", payback, False, number=True))
    return found


def case_row(
    computed: Computed,
    lang: str,
    *,
    perspective: Perspective = Perspective.kommune,
    discounted: bool = False,
) -> list[Cell]:
    """One case's cells, in the order of :func:`columns`: ``perspective``'s figures,
    or, when it cannot be computed, empty figures and ``ikke opgjort`` for break-even."""
    r = computed.result
    case = r.case
    head: list[Cell] = [case.id, interventions_text(case.interventions, lang)]
    benefit = benefit_name(r, computed.rates, lang)
    seen = view(r, perspective)
    if isinstance(seen, NotComputed):
        blank: list[Cell] = ["", ""]
        marks = ["" for _ in r.savings]
        tail = ["", "", ""] if discounted else [""]
        return [*head, *blank, benefit, *blank, word(lang, "col_not_computed"), "", *marks, *tail]
    monthly = seen.monthly_first
    avoided = seen.avoided_first
    negative = seen.negative_from_months
    per_krone = seen.return_per_krone
    row: list[Cell] = [
        *head,
        seen.one_off,
        monthly,
        benefit,
        avoided,
        avoided - monthly,  # View.saving_first, without asking for both again
        seen.break_even_months,
        "" if negative is None else negative,
        *[amount for _, amount in seen.savings],
        word(lang, "nothing_spent") if per_krone is None else per_krone,
    ]
    if discounted:
        assert seen.present_value is not None  # a discounted run discounts every case
        row += [seen.present_value[-1][1], seen.discounted_break_even]
    return row


def totals_row(totals: ViewTotals, lang: str, *, discounted: bool = False) -> list[Cell]:
    """The totals' cells, in the order of :func:`columns`."""
    per_krone = totals.return_per_krone
    row: list[Cell] = [
        t(lang, "total"),
        t(lang, "n_cases", count=totals.cases),
        totals.one_off,
        totals.monthly,
        "",
        totals.avoided,
        totals.monthly_saving,
        "",
        "",
        *(amount for _, amount in totals.savings),
        "" if per_krone is None else per_krone,
    ]
    if discounted:
        present = totals.present_value
        row += ["" if not present else present[-1][1], ""]
    return row


def _formatter(column: Column, lang: str) -> Callable[[Cell], str]:
    """How the text table shows the cells of ``column``."""
    if column.key in ("break_even_months", "discounted_break_even_months"):
        return lambda cell: cell if isinstance(cell, str) else break_even_text(cell, lang)
    if column.number:
        return lambda cell: number(cell, lang, 2) if isinstance(cell, Decimal) else (cell or "")
    if column.money:
        return lambda cell: kroner(cell, lang) if isinstance(cell, Decimal) else (cell or "")
    if column.key == "interventions":
        return lambda cell: _cut(cell) if isinstance(cell, str) else ""
    return lambda cell: cell if isinstance(cell, str) else ""


def _case_formatter(column: Column, lang: str) -> Callable[[Cell], str]:
    """How the text table shows a case's cells of ``column``: as :func:`_formatter`,
    the case's own text on one line (:func:`~kompcalc.texts.one_line`; the figures are
    kroner, numbers and kompcalc's own words, always on one line). One call a cell: a
    batch shows every case's."""
    if column.figure:
        return _formatter(column, lang)
    if column.key == "interventions":
        return lambda cell: one_line(_cut(cell)) if isinstance(cell, str) else ""
    return lambda cell: one_line(cell) if isinstance(cell, str) else ""


def _cut(text: str) -> str:
    return text if len(text) <= TEXT_WIDTH else text[: TEXT_WIDTH - 1] + "…"


class ShownApart:
    """A row's cells as text: its amounts (the columns of kroner) all at once by
    ``amounts``, each other cell by its column's function in ``show``, then put back
    in the columns' order. A batch shows every case's row, and seven amounts shown in
    one call cost 2 µs less than one by one (:func:`~kompcalc.fmt.kroner_each`).

    A case whose perspective is not computed has no amounts (``""`` in their
    cells): ``amounts`` raises TypeError or ValueError, as :func:`format` does, and
    each cell is shown by its column's function."""

    def __init__(
        self,
        columns: list[Column],
        show: list[Callable[[Cell], str]],
        amounts: Callable[[Sequence[Cell]], list[str]],
    ) -> None:
        money = [i for i, col in enumerate(columns) if col.money]
        rest = [i for i, col in enumerate(columns) if not col.money]
        self._show = show
        self._amounts = amounts
        self._money = itemgetter(*money)
        self._rest = [(i, show[i]) for i in rest]
        self._order = itemgetter(*((money + rest).index(i) for i in range(len(columns))))

    def __call__(self, cells: list[Cell]) -> Sequence[str]:
        try:
            shown = self._amounts(self._money(cells))
        except (TypeError, ValueError):  # no amounts: the perspective is not computed
            return [show(cell) for show, cell in zip(self._show, cells, strict=True)]
        shown += [show(cells[i]) for i, show in self._rest]
        return self._order(shown)  # type: ignore[no-any-return]  # itemgetter: a tuple


class RowText:
    """How the text tables show a row: each cell as text on one line, in the user's
    number format."""

    def __init__(self, marks: tuple[int, ...], lang: str, point: Viewpoint = MUNICIPAL) -> None:
        self.lang = lang
        self.point = point
        self.columns = columns(
            marks, lang, perspective=point.perspective, discounted=point.discounted
        )
        self._show = [_formatter(col, lang) for col in self.columns]
        self._case_show = [_case_formatter(col, lang) for col in self.columns]
        self._case = ShownApart(
            self.columns, self._case_show, functools.partial(kroner_each, lang=lang)
        )

    def case(self, computed: Computed) -> list[str]:
        """One case's row (a line break in a name becomes a space)."""
        point = self.point
        cells = case_row(
            computed, self.lang, perspective=point.perspective, discounted=point.discounted
        )
        return list(self._case(cells))

    def totals(self, summary: Summary) -> list[str]:
        totals = summary.view(self.point.perspective)
        cells = totals_row(totals, self.lang, discounted=self.point.discounted)
        return [show(cell) for show, cell in zip(self._show, cells, strict=True)]
