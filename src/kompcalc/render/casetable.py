"""The report's compact table of all cases: one row per case with its key figures (the
municipality's, as the cards show them), for a report too large for a card per case.

The amounts are in kroner to the øre in the reader's number format, without the unit
in every cell (the headings say ``kr.``), so a row fits one printed line. A case with a
card links to it and the card back to its row; each notable case says why in the last
column (:mod:`kompcalc.render.cardchoice`).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from kompcalc.batch.run import Computed
from kompcalc.core.perspectives import municipal
from kompcalc.fmt import number
from kompcalc.render.cardchoice import Asked, Choice, Reason
from kompcalc.render.conclusion import months_text
from kompcalc.render.describe import break_even_text
from kompcalc.texts import one_line, t


@dataclass(frozen=True)
class Row:
    """One case's row: its position (for the anchors), whether it has a card, its id
    and its cells after the id, as text."""

    position: int
    carded: bool
    id: str
    cells: tuple[str, ...]
    note: str


def _amount(value: Decimal, lang: str) -> str:
    return number(value, lang, 2)


def headings(months: int, lang: str, *, discounted: bool) -> list[tuple[str, str]]:
    """The headings after the id's, each with its kind (``amount``, ``months``,
    ``note``: the widths the template gives it), the note's last."""
    kr = t(lang, "tab_kroner")
    found = [
        (f"{t(lang, 'col_one_off_net')}, {kr}", "amount"),
        (f"{t(lang, 'col_monthly_net')}, {kr}", "amount"),
        (t(lang, "col_break_even"), "months"),
        (t(lang, "col_negative_from"), "months"),
        (f"{t(lang, 'col_saving', months=months)}, {kr}", "amount"),
    ]
    if discounted:
        found.append((f"{t(lang, 'col_present_value', months=months)}, {kr}", "amount"))
    return [*found, (t(lang, "tab_note"), "note")]


NOTES = {Reason.NEVER: "tab_never", Reason.NEGATIVE: "tab_negative", Reason.FRAGILE: "tab_fragile"}
"""The words of the note column for each reason a case is notable."""


def _note(reasons: Sequence[Reason], lang: str) -> str:
    return ", ".join(t(lang, NOTES[reason]) for reason in reasons)


def rows(computed: Sequence[Computed], choice: Choice, lang: str) -> list[Row]:
    """Every case's row, in file order."""
    found = []
    for i, c in enumerate(computed):
        seen = municipal(c.result)
        cells = [
            _amount(seen.one_off, lang),
            _amount(seen.monthly_first, lang),
            break_even_text(seen.break_even_months, lang),
            "" if seen.negative_from_months is None else number(seen.negative_from_months, lang, 2),
            _amount(seen.savings[-1][1], lang),
        ]
        if seen.present_value is not None:
            cells.append(_amount(seen.present_value[-1][1], lang))
        note = _note(choice.reasons.get(i, ()), lang)
        case_id = one_line(c.result.case.id or "")
        found.append(Row(i, i in choice.carded, case_id, tuple(cells), note))
    return found


def shown_text(choice: Choice, total: int, lang: str) -> str:
    """What the report says of its cards: how many, and why those."""
    shown = len(choice.carded)
    counts = {
        name: number(Decimal(value), lang, 0)
        for name, value in (("shown", shown), ("total", total), ("notable", choice.notable))
    }
    if choice.asked is Asked.IDS:
        return t(lang, "tab_cards_asked", **counts)
    if choice.asked is Asked.NONE:
        return t(lang, "tab_cards_none", **counts)
    if shown == total:
        return t(lang, "tab_cards_all", **counts)
    if choice.notable == 0:
        return t(lang, "tab_cards_no_notable", **counts)
    if shown < choice.notable:
        return t(lang, "tab_cards_worst", **counts)
    return t(lang, "tab_cards_notable", **counts)


def notable_text(months: int, sensitivity: bool, lang: str) -> str:
    """What makes a case notable, as the report states it."""
    key = "tab_notable_about_sens" if sensitivity else "tab_notable_about"
    return t(lang, key, period=months_text(months, lang))


def table_context(
    computed: Sequence[Computed], choice: Choice, months: int, lang: str, *, sensitivity: bool
) -> dict[str, object]:
    """What the template needs of the table (None when the report has none)."""
    if not choice.table:
        return {"table": None}
    discounted = any(c.result.present_value is not None for c in computed[:1])
    return {
        "table": {
            "heads": headings(months, lang, discounted=discounted),
            "rows": rows(computed, choice, lang),
            "shown": shown_text(choice, len(computed), lang),
            "notable": notable_text(months, sensitivity, lang),
        }
    }
