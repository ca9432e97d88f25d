"""A case or rate file that is not YAML: one error line with the line, the column and
a hint in the reader's language, and no output."""

from pathlib import Path

import pytest

from tests.helpers import SHIPPED, RunCli

CASE = """cases:
  - id: a
    benefit: sygedagpenge
    interventions:
      - kind: personal_assistance
        hours_per_week: 12
"""


def broken(folder: Path, old: str, new: str, name: str = "sager.yaml") -> str:
    """``CASE`` with ``old`` replaced by ``new``, written to ``name`` in ``folder``."""
    assert old in CASE
    (folder / name).write_text(CASE.replace(old, new), encoding="utf-8")
    return name


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files are named as the user gave them: ``sager.yaml``, not a temporary path."""
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize(
    ("old", "new", "da", "en"),
    [
        (
            "    benefit",
            "\tbenefit",
            "sager.yaml:3:1: ikke gyldig YAML: der står en tabulator i indrykningen; brug "
            "mellemrum, ikke tabulator (found a tab character that violates indentation)",
            "sager.yaml:3:1: not valid YAML: there is a tab in the indentation; use spaces, "
            "not tabs (found a tab character that violates indentation)",
        ),
        (
            "        hours_per_week",
            "          hours_per_week",
            "sager.yaml:6:11: ikke gyldig YAML: linjen er rykket længere ind end linjen over, "
            "som allerede har en værdi; ret indrykningen (mapping values are not allowed in "
            "this context)",
            "sager.yaml:6:11: not valid YAML: the line is indented further than the line "
            "above, which already has a value; correct the indentation (mapping values are "
            "not allowed in this context)",
        ),
        (
            "    benefit",
            "   benefit",
            "sager.yaml:3:4: ikke gyldig YAML: indrykningen passer ikke med linjerne over; "
            "felter på samme niveau skal stå præcis under hinanden (did not find expected "
            "'-' indicator)",
            "sager.yaml:3:4: not valid YAML: the indentation does not match the lines above; "
            "entries at the same level must line up exactly (did not find expected '-' "
            "indicator)",
        ),
        (
            "kind: personal_assistance",
            "kind:personal_assistance",
            "sager.yaml:5:14: ikke gyldig YAML: der mangler et mellemrum efter kolon: skriv "
            '"kind: personal_assistance" (mapping values are not allowed in this context)',
            "sager.yaml:5:14: not valid YAML: a space is missing after the colon: write "
            '"kind: personal_assistance" (mapping values are not allowed in this context)',
        ),
        (
            "id: a",
            'id: "a',
            'sager.yaml:2:9: ikke gyldig YAML: anførselstegnet (") her bliver aldrig lukket '
            "(found unexpected end of stream)",
            'sager.yaml:2:9: not valid YAML: the quote (") here is never closed (found '
            "unexpected end of stream)",
        ),
        (
            "benefit: sygedagpenge",
            "benefit: [sygedagpenge",
            'sager.yaml:3:14: ikke gyldig YAML: "[" her bliver ikke lukket med "]" (did not '
            "find expected ',' or ']')",
            'sager.yaml:3:14: not valid YAML: "[" here is not closed with "]" (did not find '
            "expected ',' or ']')",
        ),
        (
            "id: a",
            "id: a\n    description: Mål: job",
            'sager.yaml:3:21: ikke gyldig YAML: teksten indeholder ": "; sæt hele teksten i '
            "anførselstegn (mapping values are not allowed in this context)",
            'sager.yaml:3:21: not valid YAML: the text holds ": "; put the whole text in '
            "quotes (mapping values are not allowed in this context)",
        ),
    ],
)
def test_a_broken_case_file_says_where_and_why(
    cli: RunCli, tmp_path: Path, old: str, new: str, da: str, en: str
) -> None:
    name = broken(tmp_path, old, new)
    danish, english = cli("batch", name), cli("batch", name, "--lang", "en")
    assert (danish.code, danish.out, danish.err) == (1, "", f"Fejl: {da}\n")
    assert (english.code, english.out, english.err) == (1, "", f"Error: {en}\n")


def test_a_missing_space_read_as_text_is_found_when_validated(cli: RunCli, tmp_path: Path) -> None:
    # on the last line of a list item, kind:aids is the item: a text, not a mapping
    name = broken(tmp_path, "kind: personal_assistance\n        hours_per_week: 12", "kind:aids")
    run = cli("batch", name, "--lang", "en")
    assert run.code == 1
    assert run.err.splitlines()[0] == (
        "Error: sager.yaml:5: a: interventions.1: must be a mapping (key: value); a space "
        'is missing after the colon: write "kind: aids"'
    )
    danish = cli("batch", name)
    assert danish.err.splitlines()[0] == (
        "Fejl: sager.yaml:5: a: interventions.1: skal være en mapping (nøgle: værdi); der "
        'mangler et mellemrum efter kolon: skriv "kind: aids"'
    )


@pytest.mark.parametrize(
    ("inside", "da", "en"),
    [
        (
            "{kind:aids, amount: 3}",
            'mangler kind; der mangler et mellemrum efter kolon: skriv "kind: aids"',
            'kind is missing; a space is missing after the colon: write "kind: aids"',
        ),
        (
            "{kind: aids, amount: 3, note:x}",
            'ukendt felt; der mangler et mellemrum efter kolon: skriv "note: x"',
            'unknown field; a space is missing after the colon: write "note: x"',
        ),
    ],
)
def test_a_missing_space_inside_braces_is_found_when_validated(
    cli: RunCli, tmp_path: Path, inside: str, da: str, en: str
) -> None:
    old = "\n      - kind: personal_assistance\n        hours_per_week: 12"
    name = broken(tmp_path, old, f" [{inside}]")
    field = "interventions.1.note:x" if "note" in inside else "interventions.1"
    assert cli("batch", name).err.splitlines()[0] == f"Fejl: sager.yaml:4: a: {field}: {da}"
    english = cli("batch", name, "--lang", "en").err.splitlines()[0]
    assert english == f"Error: sager.yaml:4: a: {field}: {en}"


def test_a_decimal_comma_inside_braces_still_gets_its_hint(cli: RunCli, tmp_path: Path) -> None:
    old = "\n      - kind: personal_assistance\n        hours_per_week: 12"
    name = broken(tmp_path, old, " [{kind: personal_assistance, hours_per_week: 6,5}]")
    run = cli("batch", name)
    assert run.code == 1
    assert run.err.splitlines()[0] == (
        "Fejl: sager.yaml:4: a: interventions.1.5: er et tal, hvor der skulle stå et navn; "
        "inden i { } skiller et komma felterne, så 6,5 bliver til 6 og en ny nøgle 5 "
        "(skriv 6.5)"
    )


def test_a_rate_file_with_a_tab_says_where_and_why(cli: RunCli, tmp_path: Path) -> None:
    text = SHIPPED.read_text(encoding="utf-8").replace("  value: 114.68", "\tvalue: 114.68")
    (tmp_path / "satser.yaml").write_text(text, encoding="utf-8")
    line = text.splitlines().index("\tvalue: 114.68") + 1
    run = cli("pa", "--hours", "10", "--rates", "satser.yaml", "--lang", "en")
    assert (run.code, run.out) == (1, "")
    assert run.err == (
        f"Error: satser.yaml:{line}:1: not valid YAML: there is a tab in the indentation; "
        "use spaces, not tabs (found character that cannot start any token)\n"
    )


def test_a_file_not_utf8_after_the_error_still_gets_its_place(cli: RunCli, tmp_path: Path) -> None:
    # libyaml stops at the tab before it reads the bytes that are not UTF-8; reading
    # the lines again for the hint may reach them
    text = CASE.replace("    benefit", "\tbenefit").encode() + b"# padding\n" * 3000 + b"\xff\n"
    (tmp_path / "sager.yaml").write_bytes(text)
    run = cli("batch", "sager.yaml", "--lang", "en")
    assert (run.code, run.out) == (1, "")
    assert run.err.startswith("Error: sager.yaml:3:1: not valid YAML: there is a tab in the ")


def test_a_list_item_that_is_one_text_is_placed_at_its_line(cli: RunCli, tmp_path: Path) -> None:
    # "- id:a" is a text, not a mapping: the message names the item's own line
    path = tmp_path / "sager.yaml"
    path.write_text("cases:\n  - id: b\n    benefit: x\n  - id:a\n", encoding="utf-8")
    run = cli("batch", str(path))
    assert run.code == 1
    expected = (
        f"Fejl: {path}:4: skal være en mapping (nøgle: værdi); "
        'der mangler et mellemrum efter kolon: skriv "id: a"'
    )
    assert expected in run.err.splitlines()
