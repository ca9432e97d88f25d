"""Frozen records written by hand, for the few classes every run loads.

A frozen dataclass costs about a millisecond to make on Python 3.11 (it compiles six
methods from text each time the module loads), which a single ``kompcalc pa`` pays for
every one on its way. A :class:`Record` behaves as such a dataclass does (it compares
and hashes by its fields, of the same class only; it shows them in its repr; its
fields cannot be assigned), and its ``__init__`` is written in the class, so nothing
is compiled when it loads. ``tests/test_record.py`` holds each record to the dataclass
it replaced.
"""

from collections.abc import Callable
from inspect import get_annotations
from operator import attrgetter
from typing import Any, ClassVar, Self


class Record:
    """A frozen record: a subclass names its fields in :attr:`fields` (in the order of
    its ``__init__``, which takes them all in that order) and those that take part in
    comparing and hashing in :attr:`compared`, and sets them in ``__init__`` with
    :func:`object.__setattr__`."""

    __slots__ = ()

    fields: ClassVar[tuple[str, ...]] = ()
    """The fields, in the order the repr shows them (if a subclass does not name them:
    those it annotates, in order)."""

    compared: ClassVar[tuple[str, ...] | None] = None
    """The fields that are compared and hashed (None: all of :attr:`fields`)."""

    _key: ClassVar[Callable[[Any], Any]]
    """The compared fields of a record (one getter, made once for each class)."""

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        annotated = get_annotations(cls)  # the class's own, in order
        if "fields" not in cls.__dict__ and annotated:
            cls.fields = tuple(annotated)
        names = cls.fields if cls.compared is None else cls.compared
        cls._key = attrgetter(*names) if names else lambda record: ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return bool(self.__class__._key(self) == self.__class__._key(other))

    def __hash__(self) -> int:
        return hash(self.__class__._key(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.fields)
        return f"{self.__class__.__qualname__}({shown})"

    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes`` (as :func:`dataclasses.replace` makes one)."""
        unknown = changes.keys() - set(self.fields)
        if unknown:
            raise TypeError(f"{self.__class__.__qualname__} has no field {sorted(unknown)[0]!r}")
        return self.__class__(*(changes.get(name, getattr(self, name)) for name in self.fields))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled (for the batch's second process) and copied as its fields, made again
        by ``__init__``."""
        return (self.__class__, tuple(getattr(self, name) for name in self.fields))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")
