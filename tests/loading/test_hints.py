"""Messages that tell a caseworker what to write instead: a Danish decimal comma, a
date, a missing amount, a stray control character, a number in another base."""

from pathlib import Path

import pytest

from tests.helpers import RunCli

AID = "cases:\n  - id: a\n    benefit: sygedagpenge\n    interventions:\n      - kind: aids\n"


def _error(cli: RunCli, tmp_path: Path, text: str | bytes) -> str:
    path = tmp_path / "sager.yaml"
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    run = cli("batch", str(path))
    assert run.code == 1
    return run.err.splitlines()[0]


@pytest.mark.parametrize(
    ("written", "point"), [("8,50", "8.50"), ("1.234,50", "1234.50"), ("-0,5", "-0.5")]
)
def test_a_decimal_comma_is_answered_with_the_number_to_write(
    cli: RunCli, tmp_path: Path, written: str, point: str
) -> None:
    error = _error(cli, tmp_path, AID + f"        amount: {written}\n")
    assert error.endswith(f'skriv decimaler med punktum i YAML: {point} (ikke "{written}")')


def test_text_with_commas_that_is_no_danish_number_gets_no_number_to_write(
    cli: RunCli, tmp_path: Path
) -> None:
    error = _error(cli, tmp_path, AID + "        amount: 1,2,3\n")
    assert error.endswith(
        'skal være et tal, ikke teksten "1,2,3"; skriv decimaler med '
        "punktum i YAML, uden tusindtalsskilletegn"
    )


def test_an_amount_left_empty_is_called_missing_not_given_twice(
    cli: RunCli, tmp_path: Path
) -> None:
    error = _error(cli, tmp_path, AID + "        amount: ~\n")
    assert error.endswith("mangler et beløb: giv amount (ét beløb) eller items (en liste)")
    both = AID + "        amount: 5\n        items:\n          - amount: 5\n"
    assert _error(cli, tmp_path, both).endswith("ikke begge")


def test_a_date_that_is_no_date_says_how_to_write_one(cli: RunCli, tmp_path: Path) -> None:
    text = "cases:\n  - id: a\n    date: 2024-13-01\n    benefit: sygedagpenge\n"
    error = _error(cli, tmp_path, text)
    assert error.endswith(
        'sager.yaml:3: date: "2024-13-01" findes ikke i kalenderen '
        "(måned 1-12, og en dag måneden har)"
    )


def test_a_control_character_is_named_not_called_another_encoding(
    cli: RunCli, tmp_path: Path
) -> None:
    error = _error(cli, tmp_path, AID.replace("id: a", "id: a\x01"))
    assert "styretegnet U+0001" in error and "UTF-8" not in error


def test_a_latin1_file_is_told_to_be_saved_as_utf8(cli: RunCli, tmp_path: Path) -> None:
    error = _error(cli, tmp_path, (AID + "    person: Søren\n").encode("latin-1"))
    assert error.endswith("gem den som UTF-8 (i Notesblok: Gem som, Kodning: UTF-8)")


def test_a_number_in_another_base_suggests_no_number(cli: RunCli, tmp_path: Path) -> None:
    error = _error(cli, tmp_path, AID + "        amount: 0x10\n")
    assert error.endswith("Skriv tallet i titalsystemet, uden kolon og uden 0x, 0o eller 0b.")


@pytest.mark.parametrize("name", ["out.xls", "out.pdf", "out.yaml", "out.html"])
def test_batch_refuses_an_output_suffix_it_cannot_write(
    cli: RunCli, tmp_path: Path, name: str
) -> None:
    """``-o out.xls`` once gave a text table named .xls; now a usage error, nothing written."""
    from tests.helpers import EXAMPLE

    run = cli("batch", str(EXAMPLE), "-o", str(tmp_path / name))
    assert run.code == 2 and run.err.startswith("Fejl: -o: ")
    assert ("kompcalc report" in run.err) == name.endswith(".html")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["out.txt", "out"])
def test_batch_writes_text_to_a_text_name(cli: RunCli, tmp_path: Path, name: str) -> None:
    from tests.helpers import EXAMPLE

    assert cli("batch", str(EXAMPLE), "-o", str(tmp_path / name)).code == 0
    assert (tmp_path / name).read_text(encoding="utf-8").startswith("Sag ")


def test_a_huge_integer_is_too_large_not_an_internal_error(cli: RunCli, tmp_path: Path) -> None:
    """Python will not make an int of over 4300 digits from text: such a number is
    refused as too large (for an aid's amount, above its own limit of 10 million
    kroner), and a huge id or leading-zero number gets a message too."""
    huge = "1" * 5000
    assert _error(cli, tmp_path, AID + f"        amount: {huge}\n").endswith(
        "må højst være 10.000.000"
    )
    assert "tvetydigt" in _error(cli, tmp_path, AID + f"        amount: 0{huge}\n")
    assert "for lang: højst 200 tegn (her 5.000)" in _error(
        cli, tmp_path, AID.replace("id: a", f"id: {huge}")
    )


def test_an_impossible_date_in_quotes_says_so(cli: RunCli, tmp_path: Path) -> None:
    text = (
        AID.replace("    benefit:", '    date: "2024-02-30"\n    benefit:') + "        amount: 5\n"
    )
    assert _error(cli, tmp_path, text).endswith(
        'date: "2024-02-30" findes ikke i kalenderen (måned 1-12, og en dag måneden har)'
    )


def test_one_case_with_a_million_problems_tells_twenty_and_counts_the_rest(
    cli: RunCli, tmp_path: Path
) -> None:
    many = ", ".join(["{amount: 1}"] * 30)
    text = f"cases:\n  - id: a\n    benefit: sygedagpenge\n    interventions: [{many}]\n"
    path = tmp_path / "sager.yaml"
    path.write_text(text, encoding="utf-8")
    errors = [line for line in cli("batch", str(path)).err.splitlines() if "Fejl" in line]
    assert len(errors) == 21
    assert errors[-1].endswith("a: ... og 10 fejl mere")


def test_too_many_decimals_gives_the_kroner_example_only_for_an_amount(cli: RunCli) -> None:
    hours = cli("pa", "--hours", "6,555")
    assert hours.code == 2 and hours.err == (
        'Fejl: --hours: "6,555" har for mange decimaler (højst 2).\n'
    )
    amount = cli("aid", "--amount", "1,234")
    assert amount.code == 2 and "skrives 8507 eller 8.507" in amount.err


def test_a_date_not_written_as_yyyy_mm_dd_is_told_how(cli: RunCli, tmp_path: Path) -> None:
    text = "cases:\n  - id: a\n    date: 2024-02-30 10:00:00\n    benefit: sygedagpenge\n"
    assert _error(cli, tmp_path, text).endswith(
        '"2024-02-30 10:00:00" er ikke en dato; skriv den som ÅÅÅÅ-MM-DD, fx 2024-01-31'
    )


@pytest.mark.parametrize("separator", ["\\u2028", "\\u2029", "\\t"])
def test_an_id_broken_by_a_unicode_line_separator_is_refused_as_not_one_line(
    cli: RunCli, tmp_path: Path, separator: str
) -> None:
    # written raw into the table and the CSV, LS and PS would break a row in two
    text = AID.replace("id: a", f'id: "sag{separator}1"') + "        amount: 100\n"
    assert "skal stå på én linje" in _error(cli, tmp_path, text)


def test_a_line_or_paragraph_separator_shows_as_a_space_on_one_line() -> None:
    from kompcalc.texts import one_line

    assert (
        one_line("Mentor\u2028hver uge\u2029i 6 mdr.\r\nog\tmere")
        == "Mentor hver uge i 6 mdr. og mere"
    )
