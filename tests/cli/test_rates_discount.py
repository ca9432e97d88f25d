"""Discount rates in the rate table: shown with their source, checked like every value,
and documented in the template of rates init."""

import json
import re
from pathlib import Path

import pytest

from tests.helpers import RunCli


def test_rates_show_gives_the_discount_rate_with_its_source(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # wide enough for every value on one line
    run = cli("rates", "show", "--rates", "dk-seneste")
    assert run.code == 0
    rows = [line.split("  ") for line in run.out.splitlines() if "Diskonteringsrente" in line]
    cells = [[cell.strip() for cell in row if cell.strip()] for row in rows]
    assert cells == [
        [
            "Diskonteringsrente fm2021",
            "3,5 % fra år 0, 2,5 % fra år 35",
            "fm-diskonteringsrente-2021",
            "(kontrolleret 23.11.2026)",
        ]
    ]
    plain = cli("rates", "show")
    assert "Diskonteringsrente" not in plain.out  # the catalogue's table has none


def test_rates_show_json_has_the_discount_rates(cli: RunCli) -> None:
    data = json.loads(cli("rates", "show", "--rates", "dk-seneste", "--json").out)
    assert data["discount_rates"]["fm2021"] == {
        "label": {
            "da": "Finansministeriets diskonteringsrente fra 7. januar 2021",
            "en": "The Finance Ministry's discount rate from 7 January 2021",
        },
        "source": "fm-diskonteringsrente-2021",
        "checked": "2026-11-23",
        "bands": [{"from_year": 0, "pct": "3.5"}, {"from_year": 35, "pct": "2.5"}],
    }
    assert json.loads(cli("rates", "show", "--json").out)["discount_rates"] == {}


OWN_RATE = """base: dk-seneste
name: mine
sources:
  min-kilde: {title: "Vores egen rente"}
discount_rates:
  egen:
    label: {da: Egen rente, en: Own rate}
    source: min-kilde
    bands: [{from_year: 0, pct: 4}]
"""


def test_rates_check_asks_for_a_discount_rate_to_be_checked(cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(OWN_RATE, encoding="utf-8")
    run = cli("rates", "check", "--rates", str(path), "--lang", "en")
    assert run.code == 1
    assert (
        f"Problem: {path}:6: discount_rates.egen: the value was never checked against its "
        "source (no checked date)"
    ) in run.out.splitlines()
    stale = OWN_RATE.replace("source: min-kilde\n", "source: min-kilde\n    checked: 2024-01-02\n")
    path.write_text(stale, encoding="utf-8")
    run = cli("rates", "check", "--rates", str(path), "--lang", "en")
    assert f"{path}:6: discount_rates.egen: " in run.out and "2024-01-02" in run.out
    # and it computes: --discount names it
    data = json.loads(
        cli("aid", "--amount", "100", "--rates", str(path), "--discount", "egen", "--json").out
    )
    assert data["discount"] == {
        "name": "egen",
        "source": "min-kilde",
        "bands": [{"from_year": 0, "pct": "4"}],
    }


def test_the_template_carries_the_finance_ministrys_rate_to_be_checked(
    cli: RunCli, tmp_path: Path
) -> None:
    for lang in ("da", "en"):
        template = cli("rates", "init", "--year", "2027", "--lang", lang).out
        section = template[template.index("discount_rates:") :]
        assert "fm2021:" in section and "source: fm-diskonteringsrente-2021" in section
        assert "{from_year: 0, pct: 3.5}" in section and "{from_year: 35, pct: 2.5}" in section
        assert re.search(r"checked: null +# udfyld", section)
        assert "fm-diskonteringsrente-2021:" in template[: template.index("pa_hourly_rate")]
