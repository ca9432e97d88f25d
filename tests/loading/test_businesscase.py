"""--discount and --perspective read from text: the one place they become a profile and
a perspective."""

from decimal import Decimal
from pathlib import Path

import pytest

from kompcalc.core.discount import Band, Profile
from kompcalc.core.perspectives import Perspective
from kompcalc.errors import EXIT_BAD_USAGE, KompcalcError
from kompcalc.loading.businesscase import discount_profile, perspective_of
from kompcalc.loading.ratefile import load_table
from tests.helpers import CURRENT

FM2021 = (Band(0, Decimal("3.5")), Band(35, Decimal("2.5")))


def test_no_discount_is_none() -> None:
    assert discount_profile(None, load_table(CURRENT).table) is None


@pytest.mark.parametrize(
    ("text", "pct"), [("3,5", "3.5"), (" 3.5 ", "3.5"), ("2,75 %", "2.75"), ("0", "0")]
)
def test_a_per_cent_is_one_flat_rate(text: str, pct: str) -> None:
    found = discount_profile(text, load_table(None).table)
    assert found == Profile.flat(Decimal(pct)) and found.name is None


@pytest.mark.parametrize("text", ["fm2021", "FM2021", " fm2021 "])
def test_a_name_is_the_rate_tables_rate(text: str) -> None:
    found = discount_profile(text, load_table(CURRENT).table)
    assert found is not None and found.bands == FM2021 and found.name == "fm2021"


def test_an_overlay_adds_a_discount_rate_beside_its_bases(tmp_path: Path) -> None:
    overlay = tmp_path / "mine.yaml"
    overlay.write_text(
        "base: dk-seneste\n"
        "name: mine\n"
        "sources:\n"
        "  fm-2013: {title: Finansministeriets diskonteringsrente 2013}\n"
        "discount_rates:\n"
        "  fm2013:\n"
        "    label: {da: FM 2013, en: FM 2013}\n"
        "    source: fm-2013\n"
        "    bands: [{from_year: 0, pct: 4}, {from_year: 35, pct: 3}]\n",
        encoding="utf-8",
    )
    loaded = load_table(overlay)
    assert set(loaded.table.discount_rates) == {"fm2021", "fm2013"}
    found = discount_profile("fm2013", loaded.table)
    assert found is not None and found.bands == (Band(0, Decimal(4)), Band(35, Decimal(3)))


def _usage(text: str, table: Path | None) -> str:
    with pytest.raises(KompcalcError) as caught:
        discount_profile(text, load_table(table).table)
    assert caught.value.exit_code == EXIT_BAD_USAGE
    (problem,) = caught.value.problems
    assert problem.field == "--discount"
    return problem.text.english


def test_a_name_only_another_shipped_table_has_says_where_it_is() -> None:
    assert _usage("fm2021", None) == (
        'the rate table sjh-2014 has no discount rate "fm2021"; it is in dk-seneste '
        "(--rates dk-seneste); or give a rate in per cent a year, e.g. --discount 3,5"
    )


def test_a_misspelt_name_gets_the_nearest() -> None:
    assert 'did you mean "fm2021"?' in _usage("fm2012", CURRENT)


def test_an_unknown_name_lists_the_known() -> None:
    assert "the rate table sjh-2014 knows: -" in _usage("treasury", None)


@pytest.mark.parametrize("text", ["100,01", "-0,5", "1000"])
def test_a_rate_lies_between_0_and_100(text: str) -> None:
    assert "is not a discount rate" in _usage(text, None)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("kommune", Perspective.kommune),
        ("Stat", Perspective.stat),
        ("offentlig", Perspective.offentlig),
        ("municipality", Perspective.kommune),
        ("STATE", Perspective.stat),
        (" public ", Perspective.offentlig),
    ],
)
def test_a_perspective_has_a_danish_and_an_english_name(text: str, found: Perspective) -> None:
    assert perspective_of(text) is found


def test_a_misspelt_perspective_gets_the_nearest() -> None:
    with pytest.raises(KompcalcError) as caught:
        perspective_of("offentli")
    assert 'did you mean "offentlig"?' in caught.value.problems[0].text.english
