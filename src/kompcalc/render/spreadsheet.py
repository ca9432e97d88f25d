"""The batch table's columns in a spreadsheet, CSV or XLSX: the text table's columns
(:mod:`kompcalc.render.rows`) with, beside them, the case's own words a reader of a
printout needs.

After the case: the person, the occupation, the health information (``condition``,
only when asked for with ``--include-conditions``) and the description; after the
benefit avoided: where in it the citizen starts (``måned 9``, ``uge 11``; empty for
the start). The text table on the terminal keeps its narrower set of columns.
"""

from operator import itemgetter

from kompcalc.batch.run import Computed
from kompcalc.batch.summary import Summary
from kompcalc.core.cases import Case
from kompcalc.render.rows import MUNICIPAL, Cell, Column, Viewpoint, case_row, columns, totals_row
from kompcalc.texts import t

TEXT_KEYS = ("person", "occupation", "condition", "description")
"""The case's free text, in the order of the columns."""

EXTRA_KEYS = (*TEXT_KEYS, "benefit_start")
"""The cells a spreadsheet has beyond the text table's, in the order :meth:`SheetColumns.row`
puts them after the table's."""

HEADINGS = {
    "person": "wb_col_person",
    "occupation": "wb_col_occupation",
    "condition": "wb_col_condition",
    "description": "wb_col_description",
    "benefit_start": "wb_col_benefit_start",
}
"""The text of each extra column's heading."""


def benefit_start(case: Case, lang: str) -> str:
    """Where in the benefit the citizen is when the scheme starts, if the case says."""
    if case.benefit_month is not None:
        return t(lang, "wb_start_month", month=case.benefit_month)
    if case.benefit_week is not None:
        return t(lang, "wb_start_week", week=case.benefit_week)
    return ""


class SheetColumns:
    """The columns of a spreadsheet's table and each case's cells in their order.

    Made once per output (in the parent process): :meth:`row` is then cheap, and it
    depends on nothing but the case, so it may run in a forked child.
    """

    def __init__(
        self,
        marks: tuple[int, ...],
        lang: str,
        point: Viewpoint = MUNICIPAL,
        *,
        include_conditions: bool,
    ) -> None:
        self.lang = lang
        self.point = point
        texts = tuple(k for k in TEXT_KEYS if include_conditions or k != "condition")
        after = {"id": texts, "benefit": ("benefit_start",)}
        self.columns: list[Column] = []
        self._plan: list[int | str] = []
        """Each column: its index in the text table's row, or the key of an extra cell."""
        shown = columns(marks, lang, perspective=point.perspective, discounted=point.discounted)
        for i, column in enumerate(shown):
            self.columns.append(column)
            self._plan.append(i)
            for key in after.get(column.key, ()):
                self.columns.append(Column(key, t(lang, HEADINGS[key]), money=False))
                self._plan.append(key)
        # a case's row is the text table's, the extra cells (EXTRA_KEYS) put after it,
        # then taken in the order of the columns: one C call (itemgetter)
        after_base = {key: len(shown) + i for i, key in enumerate(EXTRA_KEYS)}
        self._order = itemgetter(*(p if isinstance(p, int) else after_base[p] for p in self._plan))
        self._starts: dict[tuple[int | None, int | None], str] = {}

    def row(self, computed: Computed) -> list[Cell]:
        """One case's cells, in the order of :attr:`columns`."""
        point = self.point
        cells = case_row(
            computed, self.lang, perspective=point.perspective, discounted=point.discounted
        )
        case = computed.result.case
        cells += (
            case.person or "",
            case.occupation or "",
            case.condition or "",
            case.description or "",
            self._start(case),
        )
        return list(self._order(cells))

    def _start(self, case: Case) -> str:
        """:func:`benefit_start`, said once for each month or week."""
        if case.benefit_month is None and case.benefit_week is None:
            return ""
        key = (case.benefit_month, case.benefit_week)
        found = self._starts.get(key)
        if found is None:
            found = self._starts[key] = benefit_start(case, self.lang)
        return found

    def totals(self, summary: Summary) -> list[Cell]:
        """The totals' cells from the run's perspective, in the order of :attr:`columns`
        (the extra ones empty)."""
        totals = summary.view(self.point.perspective)
        base = totals_row(totals, self.lang, discounted=self.point.discounted)
        return [base[p] if isinstance(p, int) else "" for p in self._plan]
