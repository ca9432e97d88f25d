"""The columns of a case list in a spreadsheet (XLSX or CSV): one row per case.

Each column has a Danish and an English header (both always accepted, matched
case-insensitively, ignoring surrounding and repeated spaces) and a place in a case:
a key of the case, a field of one intervention, or a figure of its ``expected`` block.
A row may fill the columns of several interventions; each kind at most once.

This module is the format's one definition: the reader
(:mod:`kompcalc.loading.sheetrows`), the writers (:mod:`kompcalc.render.caselist`) and
the guide sheet of ``kompcalc template`` all use it.
"""

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum


class Kind(Enum):
    """What a column's cells hold, and so how a cell is read."""

    ID = "id"
    """A case id: text, or a whole number kept as text."""
    TEXT = "text"
    """Free text, trimmed."""
    NUMBER = "number"
    """A number: a numeric cell, or text written the Danish way (``6,5``, ``8.507``)."""
    WHOLE = "whole"
    """A whole number (months, weeks)."""
    PERCENT = "percent"
    """Per cent, 0 to 100: ``60``, ``60 %``, or a cell formatted as a percentage."""
    DATE = "date"
    """A date cell, or text ``1.3.2026`` / ``2026-03-01``."""
    FLAG = "flag"
    """Yes or no: ``ja``/``nej``, ``yes``/``no``, ``x``, or a TRUE/FALSE cell."""
    ITEMS = "items"
    """Named amounts: ``Cobra CCTV=25000; Lupper=3150``."""
    BENEFIT = "benefit"
    """A benefit's name, or a path ``sygedagpenge=5; ressourceforløbsydelse`` (months)."""


CASE = "case"
"""The group of the columns that are keys of the case itself."""
EXPECTED = "expected"
"""The group of the columns of the case's ``expected`` block."""

INTERVENTIONS = (
    "personal_assistance",
    "education_assistance",
    "aids",
    "mentor",
    "icebreaker",
    "recurring_cost",
    "priority_access",
)
"""The intervention groups, in the order a row's interventions are listed."""


@dataclass(frozen=True)
class Column:
    """One column: its headers, its group (``case``, ``expected`` or an intervention
    kind), the key it fills in that group, and what its cells hold.

    A :attr:`Kind.FLAG` column's key is None: the flag says whether the group's
    intervention is there at all.
    """

    da: str
    en: str
    group: str
    key: str | None
    kind: Kind
    required: bool = False

    def header(self, lang: str) -> str:
        return self.en if lang == "en" else self.da


def _c(da: str, en: str, group: str, key: str | None, kind: Kind, required: bool = False) -> Column:
    return Column(da, en, group, key, kind, required)


_T, _N, _W = Kind.TEXT, Kind.NUMBER, Kind.WHOLE
PA, EDU, AIDS, MENTOR, ICE, OTHER, PRIO = INTERVENTIONS

COLUMNS: tuple[Column, ...] = (
    _c("Sag", "Case", CASE, "id", Kind.ID, required=True),
    _c("Person", "Person", CASE, "person", _T),
    _c("Stilling", "Occupation", CASE, "occupation", _T),
    _c("Helbred", "Condition", CASE, "condition", _T),
    _c("Beskrivelse", "Description", CASE, "description", _T),
    _c("Ydelse", "Benefit", CASE, "benefit", Kind.BENEFIT, required=True),
    _c("Ydelsesuge", "Benefit week", CASE, "benefit_week", _W),
    _c("Ydelsesmåned", "Benefit month", CASE, "benefit_month", _W),
    _c("Ydelse højst mdr.", "Benefit limit months", CASE, "benefit_limit_months", _W),
    _c("Sandsynlighed %", "Probability %", CASE, "probability", Kind.PERCENT),
    _c("Dato", "Date", CASE, "date", Kind.DATE),
    _c("PA timer pr. uge", "PA hours per week", PA, "hours_per_week", _N),
    _c("PA mdr.", "PA months", PA, "months", _W),
    _c("PA beskrivelse", "PA description", PA, "description", _T),
    _c("Uddannelses-PA timer pr. uge", "Education PA hours per week", EDU, "hours_per_week", _N),
    _c("Uddannelses-PA mdr.", "Education PA months", EDU, "months", _W),
    _c("Uddannelses-PA beskrivelse", "Education PA description", EDU, "description", _T),
    _c("Hjælpemidler kr.", "Aids kr.", AIDS, "amount", _N),
    _c("Hjælpemidler", "Aids", AIDS, "items", Kind.ITEMS),
    _c("Hjælpemidler beskrivelse", "Aids description", AIDS, "description", _T),
    _c("Mentor timer pr. uge", "Mentor hours per week", MENTOR, "hours_per_week", _N),
    _c("Mentor timesats", "Mentor hourly rate", MENTOR, "hourly_rate", _N),
    _c("Mentor mdr.", "Mentor months", MENTOR, "months", _W),
    _c("Mentor beskrivelse", "Mentor description", MENTOR, "description", _T),
    _c("Isbryder kr. pr. md.", "Icebreaker kr. per month", ICE, "monthly", _N),
    _c("Isbryder mdr.", "Icebreaker months", ICE, "months", _W),
    _c("Isbryder beskrivelse", "Icebreaker description", ICE, "description", _T),
    _c("Anden udgift", "Other cost", OTHER, "name", _T),
    _c("Anden udgift kr. pr. md.", "Other cost kr. per month", OTHER, "monthly", _N),
    _c("Anden udgift mdr.", "Other cost months", OTHER, "months", _W),
    _c("Anden udgift beskrivelse", "Other cost description", OTHER, "description", _T),
    _c("Fortrinsadgang", "Priority access", PRIO, None, Kind.FLAG),
    _c("Fortrinsadgang beskrivelse", "Priority access description", PRIO, "description", _T),
    _c("Forventet tolerance", "Expected tolerance", EXPECTED, "tolerance", _N),
    _c("Forventet engangsudgift brutto", "Expected one-off gross", EXPECTED, "one_off_gross", _N),
    _c("Forventet engangsrefusion", "Expected one-off refund", EXPECTED, "one_off_refund", _N),
    _c("Forventet engangsudgift netto", "Expected one-off net", EXPECTED, "one_off_net", _N),
    _c("Forventet udgift pr. md. brutto", "Expected monthly gross", EXPECTED, "monthly_gross", _N),
    _c("Forventet refusion pr. md.", "Expected monthly refund", EXPECTED, "monthly_refund", _N),
    _c("Forventet udgift pr. md. netto", "Expected monthly net", EXPECTED, "monthly_net", _N),
    _c("Forventet undgået ydelse", "Expected avoided benefit", EXPECTED, "avoided_benefit", _N),
    _c(
        "Forventet besparelse pr. md.",
        "Expected monthly saving",
        EXPECTED,
        "monthly_saving",
        _N,
    ),
    _c(
        "Forventet break-even mdr.",
        "Expected break-even months",
        EXPECTED,
        "break_even_months",
        _N,
    ),
    _c("Forventet note", "Expected note", EXPECTED, "note", _T),
)
"""Every fixed column, in the order a written case list has them."""

SAVINGS_KEY = "savings"
"""The key in ``expected`` of the savings columns (one per month)."""

SAVINGS_HEADERS = ("Forventet besparelse {months} mdr.", "Expected saving {months} months")
"""The headers of the expected cumulative saving at a month, Danish and English."""

_SAVINGS = (
    re.compile(r"forventet besparelse ([0-9]{1,4}) mdr\.?"),
    re.compile(r"expected saving ([0-9]{1,4}) months?"),
)

TEMPLATE_GROUPS = (CASE, *INTERVENTIONS)
"""The groups a fill-in template has columns for (not ``expected``)."""

NOTE_PREFIX = "#"
"""A header that starts with this marks the user's own notes column: it is ignored.
A row whose case id starts with it is a comment row (the template's example)."""

META = (
    ("title", "Titel", "Title"),
    ("description", "Beskrivelse", "Description"),
    ("organisation", "Organisation", "Organisation"),
    ("author", "Forfatter", "Author"),
)
"""What a case list may say above its header row, one key and value per row: the
case file's key, its Danish and English label."""

MAX_HEADER_ROW = 20
"""The header row is among the first this many rows (the rows above it are
:data:`META` rows)."""


def normal(header: str) -> str:
    """A header as it is matched: NFC, case-folded, spaces trimmed and collapsed."""
    text = unicodedata.normalize("NFC", header).replace("\u00a0", " ")
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class Savings:
    """The column of the expected cumulative saving at month ``months``."""

    months: int

    def header(self, lang: str) -> str:
        da, en = SAVINGS_HEADERS
        return (en if lang == "en" else da).format(months=self.months)


BY_HEADER: dict[str, Column] = {
    **{normal(c.da): c for c in COLUMNS},
    **{normal(c.en): c for c in COLUMNS},
}
"""Every fixed column by its normalised Danish and English header."""

META_BY_LABEL: dict[str, str] = {
    **{normal(da): key for key, da, _ in META},
    **{normal(en): key for key, _, en in META},
}
"""The key of every :data:`META` row by its normalised label."""


def column_for(header: str) -> Column | Savings | None:
    """The column of ``header`` (any case, spacing, Danish or English); None if unknown."""
    text = normal(header)
    found = BY_HEADER.get(text)
    if found is not None:
        return found
    for pattern in _SAVINGS:
        match = pattern.fullmatch(text)
        if match is not None and int(match[1]) >= 1:
            return Savings(int(match[1]))
    return None


def known_headers() -> list[str]:
    """Every header a case list may have, Danish then English (for suggestions)."""
    return [c.da for c in COLUMNS] + [c.en for c in COLUMNS]


def id_column() -> Column:
    return COLUMNS[0]


def columns_of(group: str) -> tuple[Column, ...]:
    """The columns of ``group``, in order."""
    return tuple(c for c in COLUMNS if c.group == group)
