"""Dated values: a rate given once, or as a series of values by the date they take effect.

In a rate file a value is either one entry::

    pa_hourly_rate: {value: 114.68, source: sjh-2014}

which holds for the table's whole period, or a list of entries with the date each takes
effect (``from``), optionally the last day it holds (``to``) and the day someone last
checked it against its source (``checked``)::

    pa_hourly_rate:
      - {from: 2025-01-01, to: 2025-12-31, value: 124.10, source: kl-2025, checked: 2025-01-20}
      - {from: 2026-01-01, to: 2026-12-31, value: 127.86, source: kl-2026, checked: 2026-01-14}

An entry holds from its ``from`` until its ``to``, else until the next entry takes
effect, else until the table's period ends. A date no entry holds on has no value: that
is an error for the caller to report, never a fall-back to an older value.
"""

from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from functools import cache
from typing import Annotated, Any, Generic, Self, TypeVar

from pydantic import ConfigDict, Discriminator, Field, RootModel, Tag, model_validator

from kompcalc.core.modelbase import Frozen, Text, invalid

T = TypeVar("T")

DAY = timedelta(days=1)

# ``Entry[X]`` and ``Series[X]`` are classes of their own for each type of value X, made
# the first time they are named (:func:`_entry_of`, :func:`_series_of`) as plain
# subclasses that say what ``value`` holds, not by pydantic's generics: those build a
# generic model's validator on its first parametrisation, and every rate table
# parametrises both for five types of value at import, which took most of the table
# model's import time. They validate as pydantic's parametrisations did (the same
# fields, tags, limits and messages); ``tests/core/test_series.py`` checks it.


_MADE: list[Any] = []
"""Every typed :class:`Entry` and :class:`Series` class, in the order made."""


def _made_again(made: int, state: Any) -> Any:
    """A typed entry or series unpickled: the class made ``made``-th, with ``state``."""
    cls = _MADE[made]
    found = cls.__new__(cls)
    found.__setstate__(state)
    return found


class _Pickled:
    """Pickling for the typed classes, which pickle cannot find by their name: a
    record is pickled as the place of its class in :data:`_MADE`. The classes are made
    as the modules load, in the same order in a process and in a process forked from
    it, which is all kompcalc pickles them for (a large batch's second half sends its
    cases, and the rates they rest on, back to the first)."""

    def __reduce__(self) -> tuple[Any, ...]:
        return _made_again, (_MADE.index(type(self)), self.__getstate__())


class Entry(_Pickled, Frozen, Generic[T]):
    """One value, its source id and the dates it holds."""

    value: T
    source: Text
    start: date | None = Field(default=None, alias="from")
    end: date | None = Field(default=None, alias="to")
    checked: date | None = None
    note: str | None = None

    def __class_getitem__(cls, value: Any) -> Any:
        return _entry_of(value)

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise invalid("val_date_order", start=self.start, end=self.end)
        return self


@cache
def _entry_of(value: Any) -> "type[Entry[Any]]":
    """The entry of a value of type ``value``."""

    class TypedEntry(Entry):  # type: ignore[type-arg]
        __annotations__ = {"value": value}

    TypedEntry.__name__ = TypedEntry.__qualname__ = "Entry"
    _MADE.append(TypedEntry)
    return TypedEntry


def _shape(value: Any) -> str:
    return "<series>" if isinstance(value, list | tuple) else "<single>"


class Series(_Pickled, RootModel[Any], Generic[T]):
    """A value given once or as a series of dated entries (see the module docs)."""

    model_config = ConfigDict(strict=True, frozen=True, defer_build=True)

    def __class_getitem__(cls, value: Any) -> Any:
        return _series_of(value)

    @model_validator(mode="after")
    def _dated(self) -> Self:
        if isinstance(self.root, Entry):
            return self
        previous: Entry[T] | None = None
        for i, entry in enumerate(self.root):
            if entry.start is None:
                raise invalid("val_series_needs_from", entry=i + 1)
            if previous is not None:
                assert previous.start is not None
                if entry.start == previous.start:
                    raise invalid("val_series_duplicate", entry=i + 1, day=entry.start)
                if entry.start < previous.start:
                    raise invalid("val_series_order", entry=i + 1, day=entry.start)
                if previous.end is not None and previous.end >= entry.start:
                    raise invalid("val_series_overlap", entry=i + 1, day=entry.start)
            previous = entry
        return self

    @property
    def single(self) -> bool:
        """Whether the value is given once, without dates."""
        return isinstance(self.root, Entry)

    @property
    def entries(self) -> "tuple[Entry[T], ...]":
        return (self.root,) if isinstance(self.root, Entry) else self.root

    def spans(self, period_end: date | None) -> "Iterator[tuple[int, Entry[T], date | None]]":
        """(position, entry, last day it holds or None when open) for every entry."""
        entries = self.entries
        for i, entry in enumerate(entries):
            last = entry.end
            if last is None and i + 1 < len(entries):
                following = entries[i + 1].start
                assert following is not None
                last = following - DAY
            if last is None:
                last = period_end
            yield i, entry, last

    def at(self, day: date, period_end: date | None) -> "tuple[int, Entry[T]] | None":
        """The entry (and its position) that holds on ``day``, or None."""
        for i, entry, last in self.spans(period_end):
            if (entry.start is None or entry.start <= day) and (last is None or day <= last):
                return i, entry
        return None


@cache
def _series_of(value: Any) -> "type[Series[Any]]":
    """The series of values of type ``value``: one entry, or a list of entries."""
    entry: Any = _entry_of(value)

    class TypedSeries(Series):  # type: ignore[type-arg]
        __annotations__ = {
            "root": Annotated[
                Annotated[entry, Tag("<single>")]
                | Annotated[tuple[entry, ...], Tag("<series>"), Field(strict=False, min_length=1)],
                Discriminator(_shape),
            ]
        }

    TypedSeries.__name__ = TypedSeries.__qualname__ = "Series"
    _MADE.append(TypedSeries)
    return TypedSeries


def gaps(
    spans: "Iterable[tuple[int, Entry[Any], date | None]]", start: date, end: date | None
) -> Iterator[tuple[date, date | None]]:
    """The stretches of ``start``..``end`` (None: open) that no span holds on."""
    cursor: date | None = start
    for _, entry, last in spans:
        first = start if entry.start is None else entry.start
        if cursor is not None and first > cursor:
            yield cursor, first - DAY
        if last is None:
            cursor = None
        elif cursor is not None:
            cursor = max(cursor, last + DAY)
    if cursor is not None and (end is None or cursor <= end):
        yield cursor, end
