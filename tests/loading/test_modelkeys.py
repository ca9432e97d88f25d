"""The keys a model accepts where pydantic found an unknown one."""

import pytest

from kompcalc.core.cases import Case, CaseFile
from kompcalc.core.rates import RateTable
from kompcalc.loading.modelkeys import keys_at

ENTRY = ["value", "source", "from", "to", "checked", "note"]


@pytest.mark.parametrize(
    ("model", "loc", "keys"),
    [
        (CaseFile, (), ["title", "description", "organisation", "author", "cases"]),
        (
            Case,
            ("interventions", 0, "personal_assistance"),
            ["kind", "hours_per_week", "months", "description"],
        ),
        (Case, ("interventions", 3, "aids"), ["kind", "amount", "items", "description"]),
        (Case, ("interventions", 0, "aids", "items", 1), ["name", "amount"]),
        (Case, ("benefit", "path", 0), ["benefit", "months"]),  # a callable discriminator's tag
        (RateTable, ("period",), ["from", "to", "note"]),  # aliases, as written in a file
        (RateTable, ("sources", "sjh-2014"), ["title", "publisher", "year", "url", "note"]),
        (RateTable, ("pa_hourly_rate", "<single>"), ENTRY),  # a root model's union
        (RateTable, ("pa_hourly_rate", "<series>", 2), ENTRY),
        (
            RateTable,
            ("benefits", "sygedagpenge", "<tiers>", "tiers", 0),
            ["from_month", "to_month", "monthly"],
        ),
        (RateTable, ("benefits", "x", "<staircase>", "label"), ["da", "en"]),
        (
            RateTable,
            ("staircases", "x", "bands", "<single>", "value", 0),
            ["from_week", "to_week", "pct"],
        ),
    ],
)
def test_the_keys_at_a_place(model: type, loc: tuple[int | str, ...], keys: list[str]) -> None:
    assert keys_at(model, loc) == keys


def test_an_optional_model_has_its_own_keys() -> None:
    found = keys_at(Case, ("expected",))
    assert found[:2] == ["tolerance", "one_off_gross"] and found[-2:] == ["savings", "note"]


@pytest.mark.parametrize(
    "loc",
    [
        ("nonsense",),
        ("interventions", 0, "no_such_kind"),
        ("interventions", "x"),  # a key where a list position belongs
        ("benefit",),  # a name or a path: no mapping
        ("interventions", 0, "aids", "amount"),  # a number, not a mapping
    ],
)
def test_no_keys_where_the_walk_cannot_tell(loc: tuple[int | str, ...]) -> None:
    assert keys_at(Case, loc) == []
