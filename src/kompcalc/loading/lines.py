"""Where loaded YAML came from: the file and line of every key and item."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from kompcalc.errors import Cell, Message, Problem

Lines = dict[Any, int] | list[int]
Files = dict[Any, str] | list[str] | None


@dataclass(frozen=True)
class Place:
    """Where a value came from: a file and line, or a spreadsheet's cell (``line`` is
    then the cell's row)."""

    file: str | None
    line: int | None
    cell: Cell | None = None

    def problem(self, message: Message, field: str | None, case: str | None) -> Problem:
        """``message`` located here; in a spreadsheet ``field`` gives way to the header."""
        if self.cell is not None:
            return Problem(message, self.file, self.line, self.cell.header, case, self.cell)
        return Problem(message, self.file, self.line, field, case)


class Locator(Protocol):
    """Finds where an element of loaded data came from, by its path in the data."""

    def place(self, data: object, path: Sequence[int | str]) -> Place: ...


class LineIndex:
    """Files and lines of the keys and items of loaded YAML containers, found by a path.

    Data merged from several files (a rate table over its base) keeps the file of every
    key, so an error is located in the file it comes from.
    """

    def __init__(self, file: str | None = None) -> None:
        self.file = file
        self._lines: dict[int, tuple[str | None, int | None, Lines, Files]] = {}
        self._keep: list[object] = []

    def record(
        self,
        container: object,
        line: int | None,
        inner: Lines,
        *,
        file: str | None = None,
        files: Files = None,
    ) -> None:
        """Remember ``container``'s line and its keys' (or items') lines and files."""
        self._keep.append(container)  # keeps id() unique while the index lives
        self._lines[id(container)] = (file or self.file, line, inner, files)

    def absorb(self, other: "LineIndex") -> None:
        """Take over every container ``other`` knows."""
        self._lines.update(other._lines)
        self._keep += other._keep

    def shift(self, by: int) -> None:
        """Move every line by ``by`` (an item read from a piece of its file)."""
        for key, (file, line, inner, files) in self._lines.items():
            if isinstance(inner, dict):
                inner = {k: v + by for k, v in inner.items()}
            elif isinstance(inner, list):
                inner = [v + by for v in inner]
            self._lines[key] = (file, None if line is None else line + by, inner, files)

    def entry(self, container: object) -> tuple[str | None, int | None, Lines, Files] | None:
        return self._lines.get(id(container))

    def locate(self, data: object, path: Sequence[int | str]) -> tuple[str | None, int | None]:
        """The file and line of the deepest element of ``path`` found in ``data``."""
        entry = self._lines.get(id(data))
        file, line = (self.file, None) if entry is None else entry[:2]
        node = data
        for step in path:
            entry = self._lines.get(id(node))
            if entry is None:
                break
            _, _, inner, files = entry
            if isinstance(node, dict) and isinstance(inner, dict) and step in node:
                key_file = files.get(step) if isinstance(files, dict) else None
                if key_file is not None and key_file != file:
                    file, line = key_file, inner.get(step)  # a key from another layer
                else:
                    line = inner.get(step, line)
                node = node[step]
            elif (
                isinstance(node, list)
                and isinstance(inner, list)
                and isinstance(step, int)
                and 0 <= step < len(node)
            ):
                line, node = inner[step], node[step]
            else:
                break
            known = self._lines.get(id(node))
            if known is not None and known[0] is not None and known[0] != file:
                file, line = known[0], known[1]  # a container from another layer
        return file, line

    def place(self, data: object, path: Sequence[int | str]) -> Place:
        """:meth:`locate` as a :class:`Place`."""
        return Place(*self.locate(data, path))

    def line_of(self, data: object, path: Sequence[int | str]) -> int | None:
        """The line of the deepest element of ``path`` found in ``data``."""
        return self.locate(data, path)[1]


@dataclass(frozen=True, init=False)
class Item:
    """One item of a streamed list (or one row of a spreadsheet): its position (from
    0), data, line (row) and where its parts came from.

    An item left out (see :class:`YamlStream`'s ``keep``) has no data and no lines,
    only its ``label``: the value of its ``label_key`` if that is a plain value.
    """

    position: int
    data: Any
    line: int
    index: Locator | None
    label: Any = None
    problems: tuple[Problem, ...] = ()
    """What could not be read into ``data`` at all (a spreadsheet cell that is not a
    number): the item fails with these."""
    precise: "Callable[[], Item] | None" = None
    """For an item read fast (:mod:`kompcalc.loading.fastcases`), whose ``index``
    knows only the item's own line: the same item read by the precise reader, with
    the line of every field. A case that fails, or is checked, is read again so."""

    def __init__(  # the fields, in order (tests/test_quick_init.py)
        self,
        position: int,
        data: Any,
        line: int,
        index: Locator | None,
        label: Any = None,
        problems: tuple[Problem, ...] = (),
        precise: "Callable[[], Item] | None" = None,
    ) -> None:
        # at once: a frozen dataclass's own __init__ sets each field through
        # object.__setattr__, twice as slow, and a batch makes one for every case
        object.__setattr__(
            self,
            "__dict__",
            {
                "position": position,
                "data": data,
                "line": line,
                "index": index,
                "label": label,
                "problems": problems,
                "precise": precise,
            },
        )
