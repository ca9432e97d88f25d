"""Golden tests: the catalogue's ten sample cards, through the core and the CLI's JSON.

The catalogue prints whole kroner and rounds inconsistently, so each printed figure
must be matched within 1 kr.; kompcalc itself computes exactly in øre.
"""

import json
from decimal import Decimal
from typing import Any

import pytest

from kompcalc.core.calc import calculate
from kompcalc.core.effective import EffectiveRates
from tests.helpers import RunCli, card_case, catalogue_cards, without_shipped_note

CARDS = catalogue_cards()
TOLERANCE = Decimal(1)


def close(computed: Decimal, printed: Decimal) -> bool:
    return abs(computed - printed) <= TOLERANCE


@pytest.mark.parametrize("card", CARDS, ids=[c["card"] for c in CARDS])
def test_card_through_the_calculation(card: dict[str, Any], rates: EffectiveRates) -> None:
    printed = card["printed"]
    result = calculate(card_case(card), rates, card["benefit"], 36)
    aids_lines = [line for line in result.lines if line.intervention.kind == "aids"]
    pa_lines = [line for line in result.lines if line.intervention.kind == "personal_assistance"]
    if "aids_total" in printed:
        assert close(aids_lines[0].one_off.gross, printed["aids_total"])
        assert close(result.one_off.net, printed["municipal_cost_one_off"])
    if "gross_monthly" in printed:
        assert close(pa_lines[0].monthly.gross, printed["gross_monthly"])
        assert close(result.monthly.net, printed["municipal_cost_monthly"])
    if "flexjob_monthly" in printed:
        assert result.monthly.net == printed["flexjob_monthly"]
        assert result.monthly.refund == 0


def _cli_args(card: dict[str, Any]) -> list[str]:
    if "pa_hours" in card:
        return ["pa", "--hours", str(card["pa_hours"])]
    return ["aid", *[arg for a in card["aids"] for arg in ("--item", f"Del={a}")]]


CLI_CARDS = CARDS  # the flex-job card: its aids part (the CLI has no flex-job option)


@pytest.mark.parametrize("card", CLI_CARDS, ids=[c["card"] for c in CLI_CARDS])
def test_card_through_the_cli_json(card: dict[str, Any], cli: RunCli) -> None:
    run = cli(*_cli_args(card), "--benefit", card["benefit"], "--json")
    assert run.code == 0, run.err
    assert without_shipped_note(run.err) == ""
    data = json.loads(run.out)
    printed = card["printed"]
    if "aids_total" in printed:
        assert close(Decimal(data["one_off"]["gross"]), printed["aids_total"])
        assert close(Decimal(data["one_off"]["net"]), printed["municipal_cost_one_off"])
    if "gross_monthly" in printed:
        assert close(Decimal(data["monthly"]["gross"]), printed["gross_monthly"])
        assert close(Decimal(data["monthly"]["net"]), printed["municipal_cost_monthly"])
    assert data["benefit"] == [{"benefit": card["benefit"], "months": None}]
