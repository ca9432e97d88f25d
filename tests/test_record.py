"""Each hand-written record behaves as the frozen dataclass it replaced: the same
equality (of its class only, on its compared fields), hash, repr, refusal to be
assigned, and it survives pickling (the batch's second process) and copying."""

import copy
import pickle
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from kompcalc.core.discount import Band, Profile
from kompcalc.core.freshness import Freshness, OldValue
from kompcalc.errors import Cell, Message, Value
from kompcalc.record import Record
from kompcalc.render.business import Grid, Row


@dataclass(frozen=True)
class MessageWas:
    key: str
    values: tuple[tuple[str, Value], ...] = ()


@dataclass(frozen=True)
class CellWas:
    sheet: str | None
    row: int
    column: int | None = None
    header: str | None = None


@dataclass(frozen=True)
class ProfileWas:
    bands: tuple[Band, ...]
    name: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class FreshnessWas:
    table: str
    day: date
    start: date
    end: date | None
    historical: bool
    before_reform: bool
    old: tuple[OldValue, ...]


@dataclass(frozen=True)
class RowWas:
    who: str
    spent: str = ""
    avoided: str = ""
    saving: str = ""
    per_krone: str = ""
    payback: str = ""
    present_value: str = ""
    note: str | None = None


@dataclass(frozen=True)
class GridWas:
    heads: list[str]
    rows: list[tuple[str, list[str]]]
    notes: list[tuple[str, str]]


BANDS = (Band(0, Decimal("3.5")), Band(35, Decimal("2.5")))
OTHER_BANDS = (Band(0, Decimal(4)),)
OLD = (OldValue("pa_hourly_rate", date(2024, 1, 1)),)
DAY, START = date(2026, 6, 1), date(2025, 1, 1)

# (the record class, the dataclass it replaced, arguments of pairs of instances)
CASES: list[tuple[type[Record], type[Any], list[tuple[tuple[Any, ...], tuple[Any, ...]]]]] = [
    (
        Message,
        MessageWas,
        [
            (("err_x",), ("err_x",)),
            (("err_x", (("n", 1),)), ("err_x", (("n", 1),))),
            (("err_x", (("n", 1),)), ("err_x", (("n", 2),))),
            (("err_x",), ("err_y",)),
            (("err_x", (("inner", Message("k")),)), ("err_x", (("inner", Message("k")),))),
        ],
    ),
    (
        Cell,
        CellWas,
        [
            (("Sager", 14, 4, "PA"), ("Sager", 14, 4, "PA")),
            (("Sager", 14), ("Sager", 14, None, None)),
            ((None, 3, 2), (None, 3, 3)),
            (("Sager", 14, 4, "PA"), ("Sager", 14, 4, "Hjælpemidler")),
        ],
    ),
    (
        Profile,
        ProfileWas,
        [
            ((BANDS, "fm2021"), (BANDS, "fm2021")),
            ((BANDS, "fm2021"), (BANDS, None)),  # the name is not compared
            ((BANDS,), (OTHER_BANDS,)),
        ],
    ),
    (
        Row,
        RowWas,
        [
            (("Kommunen", "1 kr.", "2 kr.", "1 kr.", "2,00", "3 mdr.", "", None),) * 2,
            (("Staten", "", "", "", "", "", "", "kan ikke"), ("Staten",)),
            (("Kommunen", "1 kr."), ("Kommunen", "2 kr.")),
        ],
    ),
    (
        Freshness,
        FreshnessWas,
        [
            (
                ("t", DAY, START, None, False, False, OLD),
                ("t", DAY, START, None, False, False, OLD),
            ),
            (("t", DAY, START, None, False, False, OLD), ("t", DAY, START, None, False, False, ())),
            (("t", DAY, START, DAY, True, False, ()), ("t", DAY, START, DAY, True, True, ())),
        ],
    ),
]


def _values(instance: Any) -> list[Any]:
    return [getattr(instance, name) for name in type(instance).fields]


@pytest.mark.parametrize(
    ("record", "was", "a", "b"),
    [(record, was, a, b) for record, was, pairs in CASES for a, b in pairs],
)
def test_a_record_compares_hashes_and_shows_as_its_dataclass_did(
    record: type[Record], was: type[Any], a: tuple[Any, ...], b: tuple[Any, ...]
) -> None:
    new_a, new_b, old_a, old_b = record(*a), record(*b), was(*a), was(*b)
    assert (new_a == new_b) == (old_a == old_b)
    assert (new_a != new_b) == (old_a != old_b)
    if old_a == old_b:
        assert hash(new_a) == hash(new_b)
    assert repr(new_a) == repr(old_a).replace("Was(", "(", 1)
    assert _values(new_a) == [getattr(old_a, name) for name in record.fields]


@pytest.mark.parametrize("record", [record for record, _, _ in CASES])
def test_a_record_is_never_equal_to_another_class_with_the_same_fields(
    record: type[Record],
) -> None:
    args = next(pairs[0][0] for r, _, pairs in CASES if r is record)
    made = record(*args)
    assert made == record(*args)
    assert made != args
    assert made != type("Like", (record,), {})(*args)


@pytest.mark.parametrize("record", [record for record, _, _ in CASES])
def test_a_record_cannot_be_changed_but_can_be_pickled_and_copied(record: type[Record]) -> None:
    args = next(pairs[0][0] for r, _, pairs in CASES if r is record)
    made = record(*args)
    name = record.fields[0]
    with pytest.raises(AttributeError):
        setattr(made, name, "changed")
    with pytest.raises(AttributeError):
        delattr(made, name)
    with pytest.raises(AttributeError):
        made.elsewhere = 1
    again = pickle.loads(pickle.dumps(made))
    assert again == made and type(again) is record and _values(again) == _values(made)
    assert copy.copy(made) == made and copy.deepcopy(made) == made


def test_a_profile_still_refuses_bands_that_do_not_start_at_year_0() -> None:
    with pytest.raises(ValueError, match="year 0"):
        Profile((Band(1, Decimal(3)),))


def test_replace_makes_a_copy_with_the_changes_as_dataclasses_replace_did() -> None:
    cell = Cell("Sager", 14, 4, "PA")
    assert cell.replace(row=15) == Cell("Sager", 15, 4, "PA")
    assert cell == Cell("Sager", 14, 4, "PA")  # the original is unchanged
    with pytest.raises(TypeError, match="'line'"):
        cell.replace(line=3)


def test_the_effective_rates_are_a_record_of_the_fields_their_init_takes() -> None:
    import inspect

    from kompcalc.core.effective import EffectiveRates
    from kompcalc.loading.ratefile import load_table_and_rates

    taken = list(inspect.signature(EffectiveRates.__init__).parameters)[1:]
    assert list(EffectiveRates.fields) == taken
    _, rates = load_table_and_rates(None)
    again = copy.copy(rates)
    assert again == rates and again is not rates and again.hash == rates.hash
    changed = rates.replace(overrides=())
    assert changed.scalars() == rates.scalars() and changed.unavailable == rates.unavailable
    assert EffectiveRates(*(getattr(rates, name) for name in taken[:10])).unavailable == {}


def test_a_grid_compares_and_shows_as_its_dataclass_did_and_has_no_hash() -> None:
    args: tuple[Any, ...] = (["Kommunen"], [("Udgift", ["1 kr."])], [("Staten", "kan ikke")])
    assert Grid(*args) == Grid(*args) and Grid(*args) != Grid(["Staten"], [], [])
    assert repr(Grid(*args)) == repr(GridWas(*args)).replace("GridWas(", "Grid(")
    with pytest.raises(TypeError):  # lists: no hash, as the dataclass had none
        hash(Grid(*args))
