"""The batch table on a terminal: the catalogue's cases at every width from 40 to 250,
a page of cases with a line for the rest, and what ``--wide`` shows."""

import io
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from kompcalc.batch.drive import drive
from kompcalc.batch.run import BatchRun, Computed
from kompcalc.batch.summary import Summary
from kompcalc.core.effective import EffectiveRates
from kompcalc.loading.ratefile import load_table_and_rates
from kompcalc.render.page import PageTable, Screen
from kompcalc.render.rows import RowText, columns
from kompcalc.texts import t
from tests.helpers import EXAMPLE

MARKS = (12, 24, 36)
REQUIRED = ("id", "one_off_net", "monthly_net", "break_even_months", "saving_36")
"""The columns a terminal always shows: the id, the costs, break-even and the saving
at the horizon."""


@dataclass
class Kept:
    """An output that keeps the rows as the text tables show them, and the summary."""

    text: RowText
    rows: list[list[str]] = field(default_factory=list)
    summary: Summary | None = None

    def encode(self, computed: Computed) -> list[str]:
        return self.text.case(computed)

    def write(self, cells: list[str]) -> None:
        self.rows.append(cells)

    def finish(self, summary: Summary) -> None:
        self.summary = summary


@dataclass(frozen=True)
class Batch:
    rows: list[list[str]]
    summary: Summary
    rates: EffectiveRates


def computed(path: Path, lang: str) -> Batch:
    loaded, rates = load_table_and_rates(None)
    kept = Kept(RowText(MARKS, lang))
    drive(BatchRun(path, loaded=loaded, day=rates.day, months=36), kept)
    assert kept.summary is not None
    return Batch(kept.rows, kept.summary, rates)


EXAMPLES = {lang: computed(EXAMPLE, lang) for lang in ("da", "en")}


def page(batch: Batch, screen: Screen, lang: str = "da") -> list[str]:
    table = PageTable(io.BytesIO(), MARKS, lang, batch.rates, screen)
    for row in batch.rows:
        table.write(row)
    return table.lines(batch.summary)


def heading(key: str, lang: str) -> str:
    (col,) = [col for col in columns(MARKS, lang) if col.key == key]
    return col.heading


def left_out_line(lines: list[str], lang: str) -> str:
    """The line on the columns left out, unwrapped; empty when there is none."""
    start = t(lang, "table_left_out", columns="").split(":")[0] + ":"
    found = [k for k, line in enumerate(lines) if line.startswith(start)]
    if not found:
        return ""
    end = lines.index("", found[0])
    return " ".join(" ".join(lines[found[0] : end]).split())


@settings(max_examples=150, deadline=None)
@given(width=st.integers(min_value=40, max_value=250), lang=st.sampled_from(["da", "en"]))
def test_no_line_is_wider_than_the_screen_and_the_required_figures_are_all_there(
    width: int, lang: str
) -> None:
    batch = EXAMPLES[lang]
    lines = page(batch, Screen(width=width, rows=50), lang)
    assert max(cell_len(line) for line in lines) <= width
    text = "\n".join(lines)
    keys = [col.key for col in columns(MARKS, lang)]
    required = [keys.index(key) for key in REQUIRED]
    for row in batch.rows:
        for i in required[1:]:
            assert row[i] in text  # shown, and whole
    left_out = left_out_line(lines, lang)
    for key in REQUIRED:
        assert heading(key, lang) not in left_out


def test_at_80_columns_the_example_is_a_table_of_the_required_columns() -> None:
    lines = page(EXAMPLES["da"], Screen(width=80, rows=50))
    assert lines[1].startswith("Sag ") and "Engangsudgift," in lines[0]
    assert max(cell_len(line) for line in lines) == 80
    # the eight columns left out (13 less the 5 required) do not fit in one line by
    # name, so the one line says how many
    note = "8 kolonner ikke vist; se alle med --wide eller -o resultat.xlsx"
    assert lines[lines.index(note) + 1] == ""  # one line, then the summary


def test_a_screen_wide_enough_shows_every_column_and_no_line_about_it() -> None:
    lines = page(EXAMPLES["en"], Screen(width=400, rows=50), "en")
    assert all(col.heading in lines[0] for col in columns(MARKS, "en"))
    assert lines[1].startswith("----")
    assert left_out_line(lines, "en") == ""


def test_wide_shows_every_column_on_one_heading_line_at_any_width() -> None:
    lines = page(EXAMPLES["da"], Screen(width=80, rows=50, wide=True))
    assert all(col.heading in lines[0] for col in columns(MARKS, "da"))
    assert left_out_line(lines, "da") == ""


def test_a_page_shows_its_rows_then_a_line_for_the_rest_then_the_totals() -> None:
    batch = EXAMPLES["da"]
    lines = page(batch, Screen(width=200, rows=4))
    ids = [row[0] for row in batch.rows]
    assert [i for i in ids if any(line.startswith(i + " ") for line in lines)] == ids[:4]
    more = lines.index("… og 6 sager mere; se dem alle med -o resultat.xlsx eller > resultat.txt")
    assert lines[more + 1].startswith("----") and lines[more + 2].startswith("I alt ")
    assert "Sager: 10 regnet, 0 fejlet." in lines


def test_the_count_of_cases_left_out_is_in_the_readers_format() -> None:
    batch = EXAMPLES["en"]
    many = Batch(batch.rows * 1000, batch.summary, batch.rates)
    lines = page(many, Screen(width=120, rows=20), "en")
    assert "… and 9,980 more cases; see them all with -o results.xlsx or > results.txt" in lines


@pytest.mark.parametrize("width", [40, 60])
def test_too_narrow_for_a_table_each_case_is_a_card(width: int) -> None:
    lines = page(EXAMPLES["da"], Screen(width=width, rows=20))
    assert lines[0] == "planner-herniated-disc"
    assert lines[1].startswith("  Engangsudgift, netto") and lines[1].endswith("4.253,50 kr.")
    assert max(cell_len(line) for line in lines) <= width
    assert "… og 6 sager mere" in " ".join(lines)  # 20 lines hold four cards of five


def test_the_summary_and_the_rates_wrap_at_the_width() -> None:
    lines = page(EXAMPLES["da"], Screen(width=60, rows=50))
    start = lines.index("Sager: 10 regnet, 0 fejlet.")
    assert lines[start + 1].startswith("Break-even inden for 1 md.: 7")
    assert lines[start + 2].startswith("  ") and len(lines[start + 1]) <= 60
    assert any(line.startswith("Satser: Kompensering med gevinst") for line in lines[start:])
