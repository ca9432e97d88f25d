"""Laying out a help screen: the width, two columns, notes kept whole, copyable lines."""

import pytest

from kompcalc.render.helptext import Code, Para, Row, Screen, Section, layout

SCREEN = Screen(
    "Brug: kompcalc pa --hours TIMER [TILVALG]",
    ("Hvad personlig assistance koster kommunen, og hvad den sparer mod ydelsen.",),
    (
        Section(
            "Tilvalg",
            (
                Row("--hours TIMER", "Timer om ugen, fx 12 eller 6,5. [skal angives]"),
                Row("--months MÅNEDER", "Hvor mange måneder der regnes frem. [standard: 36]"),
                Row("--format text|csv|xlsx|json", "Resultatets format."),
            ),
        ),
        Section("Eksempler", (Para("12 timer:"), Code("kompcalc pa --hours 12"))),
    ),
)


def test_a_screen_at_80_columns() -> None:
    assert layout(SCREEN, 80) == (
        "Brug: kompcalc pa --hours TIMER [TILVALG]\n"
        "\n"
        "Hvad personlig assistance koster kommunen, og hvad den sparer mod ydelsen.\n"
        "\n"
        "Tilvalg:\n"
        "  --hours TIMER     Timer om ugen, fx 12 eller 6,5. [skal angives]\n"
        "  --months MÅNEDER  Hvor mange måneder der regnes frem. [standard: 36]\n"
        "  --format text|csv|xlsx|json\n"
        "                    Resultatets format.\n"
        "\n"
        "Eksempler:\n"
        "  12 timer:\n"
        "    kompcalc pa --hours 12\n"
    )


@pytest.mark.parametrize("width", range(20, 90))
def test_no_line_is_wider_and_no_note_is_split(width: int) -> None:
    lines = layout(SCREEN, width).splitlines()
    assert max(len(line) for line in lines) <= width
    assert all(line == line.rstrip() for line in lines)
    text = "\n".join(lines)
    assert "[skal angives]" in text and "[standard: 36]" in text


def test_a_narrow_screen_puts_each_text_under_its_option() -> None:
    lines = layout(SCREEN, 40).splitlines()
    at = lines.index("  --hours TIMER")
    assert lines[at + 1].startswith("      Timer om ugen")


def test_a_copyable_line_is_kept_whole_when_it_fits() -> None:
    code = "kompcalc pa --hours 6,5 --benefit ledighedsydelse --months 48"
    screen = Screen("Brug: kompcalc", (), (Section("Eksempler", (Code(code),)),))
    assert f"    {code}\n" in layout(screen, 80)
