"""The frozen dataclasses a batch makes for every case set their fields in a
hand-written ``__init__`` (all at once, for speed): each takes every field, in order,
with the dataclass's defaults, and sets each one, as the generated one would."""

import dataclasses
import inspect
from typing import Any

import pytest

from kompcalc.batch.reader import Computed
from kompcalc.core.calc import Result
from kompcalc.core.perspectives import View
from kompcalc.loading.lines import Item

QUICK = [Result, Computed, Item, View]


def _default(f: dataclasses.Field[Any]) -> Any:
    return inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default


@pytest.mark.parametrize("cls", QUICK)
def test_init_takes_every_field_in_order_with_its_default(cls: type) -> None:
    params = list(inspect.signature(cls).parameters.values())
    fields = [f for f in dataclasses.fields(cls) if f.init]
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [_default(f) for f in fields]


@pytest.mark.parametrize("cls", QUICK)
def test_init_sets_every_field_and_the_object_stays_frozen(cls: type) -> None:
    fields = dataclasses.fields(cls)
    given = {f.name: object() for f in fields if f.init}
    made = cls(**given)
    assert {f.name: getattr(made, f.name) for f in fields if f.init} == given
    for f in fields:
        if not f.init:  # made by its factory, a new one for each object
            assert f.default_factory is not dataclasses.MISSING
            assert getattr(made, f.name) == f.default_factory()
            assert getattr(made, f.name) is not getattr(cls(**given), f.name)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.position = 1
    assert dataclasses.replace(made) == made
