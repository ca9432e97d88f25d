"""A rate table as loaded: the validated model, the data and lines it came from, and
what its layers and ``--set`` changed."""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kompcalc.core.effective import Override
from kompcalc.core.rates import RateTable

if TYPE_CHECKING:  # a trusted table's lines are read only when asked for
    from kompcalc.loading.lines import LineIndex


class LoadedTable:
    """A validated table, the data and lines it came from, and what its layers changed.

    The data and lines of a shipped table loaded from its trusted form are read from
    its YAML only when something asks for them (a message that names a line)."""

    __slots__ = ("_read", "_source", "before_set", "layers", "overrides", "table")

    def __init__(
        self,
        table: RateTable,
        data: Any,
        index: "LineIndex",
        layers: tuple[str, ...],
        overrides: tuple[Override, ...],
        before_set: RateTable | None = None,
    ) -> None:
        self.table = table
        self.layers = layers
        self.overrides = overrides
        self.before_set = before_set
        self._read: tuple[Any, LineIndex] | None = (data, index)
        self._source: Callable[[], tuple[Any, LineIndex]] | None = None

    @classmethod
    def trusted(
        cls,
        table: RateTable,
        layers: tuple[str, ...],
        overrides: tuple[Override, ...],
        source: "Callable[[], tuple[Any, LineIndex]]",
    ) -> "LoadedTable":
        """A table from a trusted form; ``source`` reads its data and lines when asked."""
        loaded = cls.__new__(cls)  # no lines yet: nothing of them is loaded
        loaded.table, loaded.layers, loaded.overrides = table, layers, overrides
        loaded.before_set = None
        loaded._read, loaded._source = None, source
        return loaded

    def _data_and_index(self) -> "tuple[Any, LineIndex]":
        if self._read is None:
            assert self._source is not None
            self._read = self._source()
        return self._read

    @property
    def data(self) -> Any:
        """The table's data as read (and merged, and changed by ``--set``)."""
        return self._data_and_index()[0]

    @property
    def index(self) -> "LineIndex":
        """The file and line of every value of :attr:`data`."""
        return self._data_and_index()[1]
