"""The XLSX's layout helpers: how many lines a text wraps to, widths, the footer."""

from decimal import Decimal

import pytest

from kompcalc.render.sheetstyle import (
    FOOTER_LIMIT,
    ColumnWidths,
    fit,
    footer,
    heading_width,
    wrapped_lines,
)


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("", 10, 1),
        ("kort", 10, 1),
        ("en to tre fire fem", 10, 2),  # 9 letters a line: "en to tre", "fire fem"
        ("Personlig assistance, 12 timer om ugen", 28, 2),
        ("a\nb\nc", 40, 3),  # a line break is a line
        ("x" * 45, 10, 5),  # a word longer than a line runs over several
        ("planner-herniated-disc", 22, 1),
        ("former-shop-manager-flexjob", 22, 2),
    ],
)
def test_wrapped_lines(text: str, width: int, lines: int) -> None:
    assert wrapped_lines(text, width) == lines


def test_a_bigger_or_bolder_font_takes_more_lines() -> None:
    text = "Kompensering med gevinst – 10 af katalogets regneeksempler"
    assert wrapped_lines(text, 60) == 1
    assert wrapped_lines(text, 60, 14, bold=True) == 2


@pytest.mark.parametrize(
    ("found", "least", "most", "width"),
    [(10, 4, 30, 12), (40, 4, 30, 30), (1, 9, None, 10), (100, 4, None, 102)],
)
def test_fit(found: int, least: int, most: int | None, width: int) -> None:
    assert fit(found, least, most) == width


def test_a_heading_needs_room_for_its_longest_word_in_bold() -> None:
    assert heading_width("Engangsudgift, netto") == 16  # "Engangsudgift," × 1.1


@pytest.mark.parametrize(
    ("title", "left"),
    [
        ("Jobcenter Nord", "&LJobcenter Nord"),
        ("Job & Handicap", "&LJob && Handicap"),  # shown as it is, not read as a code
        ("2024 sager", "&L2024 sager"),
        ("Linje et\nlinje to", "&LLinje et linje to"),
    ],
)
def test_the_footer_has_the_title_and_the_pages(title: str, left: str) -> None:
    assert footer(title, "da") == left + "&RSide &P af &N"


@pytest.mark.parametrize("title", ["A&G", "B &[Picture] C"])
def test_a_title_xlsxwriter_would_read_as_a_picture_is_left_out(title: str) -> None:
    assert footer(title, "en") == "&RPage &P of &N"


def test_a_long_title_is_cut_and_the_footer_stays_within_excels_limit() -> None:
    text = footer("&" * 300, "da")
    assert len(text.encode("utf-16-le")) // 2 <= FOOTER_LIMIT
    assert text.endswith("…&RSide &P af &N")
    emoji = footer("😀" * 300, "da")
    assert len(emoji.encode("utf-16-le")) // 2 <= FOOTER_LIMIT and "😀" in emoji


def test_column_widths_take_the_longest_line_and_the_widest_number() -> None:
    widths = ColumnWidths([False, True, True], [False, True, False], "nås ikke")
    widths.add(["kort", Decimal("12.5"), Decimal("0.38")])
    widths.add(["en\nmeget lang linje\nkort", Decimal("-1234567.891"), None])
    widths.add(["mellemlang", Decimal("999"), Decimal("24.59")])
    # "meget lang linje"; "-1,234,567.89"; "nås ikke" wider than any number of months
    assert widths.found() == [16, 13, 8]
