"""``kompcalc batch --sensitivity`` as text: on a terminal every line fits, a pipe gets
every column; the tornado's bars sit where the totals put them."""

from decimal import Decimal as D
from pathlib import Path

import pytest
from rich.cells import cell_len

from kompcalc.core.sensitivity import Sensitivity, Switch, Trial, Tried
from kompcalc.render.sensitivity import bars
from kompcalc.render.sensitivity_text import sensitivity_lines
from tests.cli.test_terminal import generated, on_terminal
from tests.helpers import EXAMPLE, RunCli


@pytest.mark.parametrize(("width", "lang"), [(80, "da"), (80, "en"), (60, "da"), (120, "en")])
def test_on_a_terminal_every_line_fits(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch, width: int, lang: str
) -> None:
    on_terminal(monkeypatch, width)
    run = cli("batch", str(EXAMPLE), "--sensitivity", "--lang", lang)
    assert run.code == 0, run.err
    assert max(cell_len(line) for line in run.out.splitlines()) <= width
    heading = "Følsomhed: kommunens besparelse" if lang == "da" else "Sensitivity: the"
    assert heading in run.out
    assert ("Skrøbelige sager: 6 af 10" in run.out) == (lang == "da")


def test_a_pipe_gets_every_column_and_the_range_looked_in(cli: RunCli) -> None:
    run = cli("batch", str(EXAMPLE), "--sensitivity")
    assert run.code == 0
    lines = run.out.splitlines()
    (switch,) = [line for line in lines if line.startswith("Timesats, personlig assistance ")
                 and "847,65 kr." in line]  # fmt: skip
    assert "0,00 kr.–1.261,50 kr." in switch  # 10 x 126,15: the range looked in
    (fishmonger,) = [
        line for line in lines if line.startswith("fishmonger-missing-hand") and "Horisont" in line
    ]
    assert fishmonger.split()[1:] == ["Horisont", "36", "mdr.", "24", "mdr."]
    assert "░ lav værdi  █ høj værdi  │ i dag" in lines


def test_many_fragile_cases_are_listed_up_to_twenty(cli: RunCli, tmp_path: Path) -> None:
    run = cli("batch", str(generated(tmp_path, 200)), "--sensitivity")
    assert run.code == 0
    assert "… og " in run.out and "mere; se dem alle med --json eller -o resultat.xlsx" in run.out


def _found(total: str, low: str, high: str) -> Sensitivity:
    trial = Trial("probability", D(50), D(100), D(0), D(100), D("0.01"), D(100))
    none = Switch(None, True, D(100), False)
    tried = Tried(trial, D(low), D(high), none, 0)
    return Sensitivity(36, False, D(total), (tried,), ())


def test_a_bar_runs_from_today_to_each_total_on_one_scale() -> None:
    (bar,) = bars(_found("100", "0", "200"), 21)
    assert (bar.low, bar.today, bar.high) == (0, 10, 20)
    (bar,) = bars(_found("100", "50", "100"), 11)
    assert (bar.low, bar.today, bar.high) == (0, 10, 10)


def test_the_tornado_marks_the_low_side_and_the_high_side() -> None:
    lines = sensitivity_lines(_found("100", "0", "200"), "da", 41)
    (bar,) = [line for line in lines if line.startswith("Sandsynlighed for ydels…  ")]
    assert bar.endswith("  " + "░" * 7 + "│" + "█" * 7)  # 41 - 24 - 2 = 15 positions


def test_with_a_discount_rate_the_text_says_present_value(cli: RunCli) -> None:
    run = cli("batch", str(EXAMPLE), "--sensitivity", "--discount", "3,5")
    assert "Følsomhed: kommunens nutidsværdi efter 36 mdr., alle sager: 3.668.279,14" in run.out
    assert "Nutidsværdi ved lav" in run.out and "Besparelse ved lav" not in run.out
    assert "Skifteværdier: værdien, hvor nutidsværdien efter 36 mdr. bliver 0" in run.out
