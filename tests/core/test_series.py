"""``Series[X]``: one class for each type of value, validating as a dated series should."""

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from kompcalc.core.modelbase import Percent, PositiveKroner
from kompcalc.core.rates import RateTable
from kompcalc.core.series import Entry, Series

D1, D2 = date(2025, 1, 1), date(2026, 1, 1)


def _errors(model: Any, data: Any) -> list[tuple[str, tuple[Any, ...]]]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return [(e["type"], e["loc"]) for e in caught.value.errors()]


def test_one_class_for_each_type_of_value() -> None:
    assert Series[PositiveKroner] is Series[PositiveKroner]
    assert Series[PositiveKroner] is not Series[Percent]
    assert issubclass(Series[Percent], Series)
    assert issubclass(Entry[Percent], Entry)
    assert RateTable.model_fields["pa_hourly_rate"].annotation is Series[PositiveKroner]


def test_a_value_given_once_or_as_dated_entries() -> None:
    once = Series[PositiveKroner].model_validate({"value": Decimal("114.68"), "source": "s"})
    assert once.single
    assert once.entries[0].value == Decimal("114.68")
    first = {"value": Decimal(1), "source": "s", "from": D1}
    dated = Series[PositiveKroner].model_validate([first, {**first, "from": D2}])
    assert not dated.single
    assert dated.at(date(2025, 6, 1), None) == (0, dated.entries[0])
    assert dated.at(date(2027, 1, 1), None) == (1, dated.entries[1])
    assert dated.entries[1].value == Decimal(1)
    assert type(dated.entries[1]) is Entry[PositiveKroner]


def test_each_type_keeps_its_own_limits_and_the_places_of_its_errors() -> None:
    bad = {"value": Decimal(-1), "source": "s"}
    assert _errors(Series[PositiveKroner], bad) == [("greater_than", ("<single>", "value"))]
    assert _errors(Series[Percent], {"value": Decimal(101), "source": "s"}) == [
        ("less_than_equal", ("<single>", "value"))
    ]
    assert Series[Percent].model_validate({"value": Decimal(0), "source": "s"}).single
    assert _errors(Series[PositiveKroner], [bad]) == [
        ("greater_than", ("<series>", 0, "value")),
        ("too_short", ("<series>",)),
    ]
    assert _errors(Series[PositiveKroner], []) == [("too_short", ("<series>",))]
    assert _errors(Series[Percent], {"value": Decimal(1)}) == [("missing", ("<single>", "source"))]


def test_dated_entries_are_checked_in_order() -> None:
    def entry(day: date | None) -> dict[str, Any]:
        return {"value": Decimal(1), "source": "s", "from": day}

    series = Series[Percent]
    assert _errors(series, [entry(D1), entry(None)]) == [("val_series_needs_from", ())]
    assert _errors(series, [entry(D2), entry(D1)]) == [("val_series_order", ())]
    assert _errors(series, [entry(D1), entry(D1)]) == [("val_series_duplicate", ())]
    backwards = {"value": Decimal(1), "source": "s", "from": D2, "to": D1}
    assert _errors(series, backwards) == [("val_date_order", ("<single>",))]


def test_a_rate_table_pickles_whole_between_a_process_and_its_fork() -> None:
    import pickle

    from kompcalc.loading.ratefile import load_table

    table = load_table(None).table
    again = pickle.loads(pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == table and again is not table
