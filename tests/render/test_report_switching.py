"""The report's table of switching values per case: every case up to CARDS_UP_TO
cases; above it only the fragile ones, at most SWITCHING_ROWS of them (those fragile
on the most assumptions, then those that lose most, first), with a sentence that says
which and where every case's switching values are."""

import re
from decimal import Decimal
from pathlib import Path

import pytest

from kompcalc.core.sensitivity import CaseSwitches, Sensitivity, Switch
from kompcalc.render import cardchoice, sensitivity_report
from tests.helpers import EXAMPLE, RunCli
from tests.render.test_report import make, part, text_of, write

Row = tuple[str, Decimal, int]
"""A row of the switching table: the case's id, its saving and its fragile cells."""

STURDY = """  - id: chair-{n}
    benefit: sygedagpenge
    interventions: [{{kind: aids, items: [{{name: chair, amount: 1000}}]}}]
"""
"""A case fragile on nothing: a chair of 1,000 kr. against 36 months of sygedagpenge."""


def switching_rows(html: str, lang: str = "da") -> list[Row]:
    """The rows of the switching table as the reader sees them."""
    group, point = (".", ",") if lang == "da" else (",", ".")
    body = part(html, 'id="switching-values">', "</table>").split("<tbody>")[1]
    found = []
    for row in re.findall(r"<tr>.*?</tr>", body):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row)
        saving = text_of(cells[1]).removesuffix(" kr.").replace(group, "").replace(point, ".")
        found.append((text_of(cells[0]), Decimal(saving), row.count('class="fragile"')))
    return found


def statement(html: str) -> str:
    return text_of(part(html, '<p id="switching-shown">', "</p>"))


def fragile_note(html: str) -> str:
    return text_of(part(html, '<p class="muted">Fremhævet', "</p>"))


@pytest.fixture
def every_row(cli: RunCli, tmp_path: Path) -> list[Row]:
    """The example's switching table at the threshold: every case, each fragile cell
    marked."""
    code, html, _ = make(cli, tmp_path, EXAMPLE, "--sensitivity")
    assert code == 0
    return switching_rows(html)


def test_at_or_below_the_threshold_the_table_lists_every_case(
    cli: RunCli, tmp_path: Path, every_row: list[Row]
) -> None:
    code, html, _ = make(cli, tmp_path, EXAMPLE, "--sensitivity")
    assert code == 0
    assert len(every_row) == 10 <= cardchoice.CARDS_UP_TO
    assert every_row[0][0] == "planner-herniated-disc"  # file order
    assert 'id="switching-shown"' not in html
    fragile = sum(1 for _, _, cells in every_row if cells)
    assert f"{fragile} af 10 sager er skrøbelige" in fragile_note(html)


def test_above_the_threshold_the_table_lists_only_the_fragile_cases(
    cli: RunCli, tmp_path: Path, every_row: list[Row], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cardchoice, "CARDS_UP_TO", 5)
    code, html, _ = make(cli, tmp_path, EXAMPLE, "--sensitivity")
    assert code == 0
    fragile = [row for row in every_row if row[2]]
    assert 1 < len(fragile) < len(every_row)
    assert switching_rows(html) == fragile  # in file order, each with its marks
    assert statement(html) == (
        f"Skifteværdier vises for de {len(fragile)} skrøbelige sager; alle 10 sager står i "
        "JSON- og XLSX-outputtet (kompcalc batch --sensitivity --json eller -o resultat.xlsx)."
    )
    assert f"{len(fragile)} af 10 sager er skrøbelige" in fragile_note(html)


def test_many_fragile_cases_are_capped_the_most_fragile_and_the_biggest_loss_first(
    cli: RunCli, tmp_path: Path, every_row: list[Row], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cardchoice, "CARDS_UP_TO", 5)
    monkeypatch.setattr(sensitivity_report, "SWITCHING_ROWS", 2)
    code, html, _ = make(cli, tmp_path, EXAMPLE, "--sensitivity", "--lang", "en")
    assert code == 0
    fragile = [row for row in every_row if row[2]]
    first = sorted(fragile, key=lambda row: (-row[2], row[1]))[:2]
    assert switching_rows(html, "en") == [row for row in every_row if row in first]
    assert statement(html) == (
        f"Switching values are shown for the 2 of {len(fragile)} fragile cases that are "
        "fragile on the most assumptions and then lose most at the horizon; all 10 cases "
        "are in the JSON and XLSX output (kompcalc batch --sensitivity --json or "
        "-o results.xlsx)."
    )


def test_above_the_threshold_without_fragile_cases_there_is_no_table(
    cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cardchoice, "CARDS_UP_TO", 5)
    body = "".join(STURDY.format(n=n) for n in range(1, 7))
    code, html, _ = make(cli, tmp_path, write(tmp_path, "cases:\n" + body), "--sensitivity")
    assert code == 0
    assert 'id="switching-values"' not in html
    assert statement(html) == (
        "Ingen sag er skrøbelig, så der vises ingen skifteværdier pr. sag; alle 6 sager står "
        "i JSON- og XLSX-outputtet (kompcalc batch --sensitivity --json eller -o resultat.xlsx)."
    )


def _case(case_id: str, saving: int, fragile_on: int) -> CaseSwitches:
    switches = tuple(Switch(Decimal(1), True, Decimal(2), n < fragile_on) for n in range(3))
    return CaseSwitches(case_id, Decimal(saving), switches)


def test_the_cap_takes_the_most_fragile_first_then_the_biggest_loss(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cardchoice, "CARDS_UP_TO", 3)
    monkeypatch.setattr(sensitivity_report, "SWITCHING_ROWS", 3)
    cases = (
        _case("loses-most", -900, 1),
        _case("sturdy", -5000, 0),
        _case("fragile-on-three", 500, 3),
        _case("loses-less", -100, 1),
        _case("fragile-on-two", 800, 2),
        _case("saves", 300, 1),
    )
    found = Sensitivity(36, False, Decimal(0), (), cases)
    shown, said = sensitivity_report.listed(found, "da")
    assert [case.id for case in shown] == ["loses-most", "fragile-on-three", "fragile-on-two"]
    assert said is not None and said.startswith("Skifteværdier vises for de 3 af 5 skrøbelige")
