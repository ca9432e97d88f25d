"""Helpers shared by the tests: paths, the CLI runner's result, and the catalogue cards."""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from kompcalc.core.cases import AidItem, Aids, Case, PersonalAssistance, RecurringCost
from kompcalc.loading.yamlio import parse_yaml

ROOT = Path(__file__).resolve().parents[1]
"""The project's folder."""
DATA = ROOT / "tests" / "data"
EXAMPLE = ROOT / "examples" / "kompensering-med-gevinst.yaml"
SHIPPED = ROOT / "rates" / "sjh-2014.yaml"
CURRENT = ROOT / "rates" / "dk-seneste.yaml"
TEST_RATES = DATA / "test-rates.yaml"


SHIPPED_NOTE = {
    "da": "Bemærk: Satstabellen sjh-2014 er historisk: den gælder 2014, før "
    "refusionsreformen 1. januar 2016. Brug aktuelle satser med --rates dk-seneste "
    "(følger med kompcalc), eller lav din egen tabel med kompcalc rates init.",
    "en": "Note: The rate table sjh-2014 is historical: it holds for 2014, before the "
    "refund reform of 1 January 2016. For current rates use --rates dk-seneste (shipped "
    "with kompcalc), or make your own table with kompcalc rates init.",
}
"""The one note on stderr of every pa, aid, batch and report run on the shipped
table, a historical profile (README, "The rate table")."""


def without_shipped_note(err: str, lang: str = "da") -> str:
    """``err`` without the shipped table's note, which must be there exactly once."""
    lines = err.splitlines(keepends=True)
    note = SHIPPED_NOTE[lang]
    assert [line.rstrip("\n") for line in lines].count(note) == 1, err
    return "".join(line for line in lines if line.rstrip("\n") != note)


RATES_NOTE = ("Bemærk: Satstabellen ", "Note: The rate table ")
"""How the one note on the rates in use begins (historical, or holding old amounts)."""


def without_rates_note(err: str) -> str:
    """``err`` without the one note on the rates in use, which must be there once."""
    lines = err.splitlines(keepends=True)
    notes = [line for line in lines if line.startswith(RATES_NOTE)]
    assert len(notes) == 1, err
    return "".join(line for line in lines if not line.startswith(RATES_NOTE))


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


RunCli = Callable[..., Run]


def line_of(path: Path, fragment: str) -> int:
    """The number of the first line of ``path`` that holds ``fragment``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if fragment in line:
            return number
    raise AssertionError(fragment)


def catalogue_cards() -> list[dict[str, Any]]:
    """The ten catalogue cards with their printed figures (exact decimals)."""
    path = DATA / "catalogue-cards.yaml"
    data, _ = parse_yaml(path.read_text(encoding="utf-8"), file=str(path))
    cards: list[dict[str, Any]] = data["cards"]
    return cards


def card_case(card: dict[str, Any]) -> Case:
    """A card's interventions as a kompcalc case."""
    interventions: list[Any] = []
    if "pa_hours" in card:
        interventions.append(PersonalAssistance(hours_per_week=Decimal(card["pa_hours"])))
    if "aids" in card:
        items = tuple(AidItem(amount=Decimal(a)) for a in card["aids"])
        interventions.append(Aids(items=items))
    if "flexjob_monthly" in card:
        monthly = Decimal(card["flexjob_monthly"])
        interventions.append(RecurringCost(name="Fleksjob", monthly=monthly))
    return Case(interventions=tuple(interventions), benefit=card["benefit"])
