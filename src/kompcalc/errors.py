"""The one error type for everything a user can get wrong, and messages as data.

A :class:`Message` is a text key (see :mod:`kompcalc.texts`) and its values; it is
translated and its numbers formatted once, where it is shown
(:func:`kompcalc.texts.say`). A :class:`Problem` is a message located in a file, line,
case and field. Code below the command line never formats text for a user.
"""

import errno
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Union

from kompcalc.record import Record

EXIT_OK = 0
EXIT_BAD_DATA = 1
EXIT_BAD_USAGE = 2
EXIT_INTERNAL = 70
"""A bug in kompcalc itself (EX_SOFTWARE): never the user's input."""
EXIT_INTERRUPTED = 130
"""Stopped by Ctrl-C (128 + SIGINT), as a shell reports it."""
EXIT_TERMINATED = 143
"""Stopped by SIGTERM (128 + SIGTERM), after cleaning up."""
EXIT_BROKEN_PIPE = 141
"""The reader of stdout stopped reading (128 + SIGPIPE), as ``cat`` ends then."""

Value = Union[str, int, Decimal, date, "Message", None]
"""What a message may hold: numbers are formatted in the reader's language when shown."""


class Message(Record):
    """A text key and its values, not yet translated."""

    __slots__ = ("key", "values")
    fields = ("key", "values")

    key: str
    values: tuple[tuple[str, Value], ...]

    def __init__(self, key: str, values: tuple[tuple[str, Value], ...] = ()) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "values", values)

    @property
    def english(self) -> str:
        """The message in English (for logs, exceptions and tests)."""
        from kompcalc.texts import say  # texts imports this module

        return say(self, "en")


def msg(key: str, /, **values: Value) -> Message:
    """The message ``key`` with ``values``."""
    return Message(key, tuple(values.items()))


class Cell(Record):
    """A place in a spreadsheet: the sheet (None in a CSV file), the row and column
    (from 1; no column: the whole row) and the column's header."""

    __slots__ = ("column", "header", "row", "sheet")
    fields = ("sheet", "row", "column", "header")

    sheet: str | None
    row: int
    column: int | None
    header: str | None

    def __init__(
        self, sheet: str | None, row: int, column: int | None = None, header: str | None = None
    ) -> None:
        object.__setattr__(self, "sheet", sheet)
        object.__setattr__(self, "row", row)
        object.__setattr__(self, "column", column)
        object.__setattr__(self, "header", header)

    @property
    def reference(self) -> str | None:
        """The cell as Excel names it (``Sager!D14``); None without a sheet or column."""
        if self.sheet is None or self.column is None:
            return None
        sheet = self.sheet
        if not sheet.replace("_", "a").isalnum():
            sheet = "'" + sheet.replace("'", "''") + "'"
        return f"{sheet}!{column_letter(self.column)}{self.row}"

    def place(self) -> "Message":
        """Where the cell is, as a message: ``Sager!D14 (PA timer pr. uge)``, or the
        row (and header) in a CSV file."""
        reference = self.reference
        if reference is not None and self.header is None:
            return msg("place_cell_alone", cell=reference)
        if reference is not None:
            return msg("place_cell", cell=reference, header=self.header)
        if self.header is not None and self.sheet is not None:
            return msg("place_sheet_row_header", sheet=self.sheet, row=self.row, header=self.header)
        if self.header is not None:
            return msg("place_row_header", row=self.row, header=self.header)
        if self.column is not None and self.sheet is None:
            return msg("place_row_column", row=self.row, column=column_letter(self.column))
        if self.sheet is not None:
            return msg("place_sheet_row", sheet=self.sheet, row=self.row)
        return msg("place_row", row=self.row)


_OS_REASONS = {
    errno.ENOENT: "os_no_such_file",
    errno.EACCES: "os_no_access",
    errno.ENOSPC: "os_disk_full",
    errno.EROFS: "os_read_only",
    errno.EISDIR: "os_is_dir",
    errno.ENOTDIR: "os_not_dir",
    errno.ENAMETOOLONG: "os_name_too_long",
    errno.EIO: "os_io_error",
}
"""The system's reasons a reader most often meets, as texts of kompcalc's own: the
system gives them in English whatever the user's language."""


def os_reason(exc: OSError) -> Value:
    """Why ``exc`` happened, in the user's language where kompcalc knows the reason;
    else the system's own words."""
    key = _OS_REASONS.get(exc.errno or 0)
    return msg(key) if key is not None else exc.strerror or str(exc)


def column_letter(column: int) -> str:
    """Excel's letters for column number ``column`` (1 = A, 27 = AA)."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located as precisely as we know: shown as
    ``file:line: case: field: message`` (``file:line:column:`` where the column is
    known)."""

    text: Message
    file: str | None = None
    line: int | None = None
    field: str | None = None
    case: str | None = None
    """The id of the case in a case file the problem is about."""
    cell: Cell | None = None
    """The cell of a spreadsheet (``line`` is then its row, ``field`` its header)."""
    column: int | None = None
    """The column in ``line`` (from 1), where it is known: a YAML syntax error."""

    def as_message(self) -> Message:
        """This problem, place and all, as a message inside another one."""
        if self.cell is not None:
            return msg(
                "problem_at_cell", file=self.file, place=self.cell.place(), message=self.text
            )
        where = ""
        if self.file is not None and self.line is None:
            where = self.file
        elif self.file is not None and self.column is None:
            where = f"{self.file}:{self.line}"
        elif self.file is not None:
            where = f"{self.file}:{self.line}:{self.column}"  # as compilers and editors
        where = ": ".join(p for p in (where, self.case, self.field) if p)
        return msg("problem_at", where=where, message=self.text) if where else self.text

    @property
    def message(self) -> str:
        """The message in English, without its place."""
        return self.text.english

    def __str__(self) -> str:
        from kompcalc.texts import problem_line  # texts imports this module

        return problem_line(self, "en")


class KompcalcError(Exception):
    """Bad input: a file, a value or a name that kompcalc cannot use.

    Carries one or more :class:`Problem` lines and the exit code the CLI should use
    (1 for bad data, 2 for bad usage on the command line).
    """

    def __init__(self, *problems: Problem, exit_code: int = EXIT_BAD_DATA) -> None:
        if not problems:
            raise ValueError("KompcalcError needs at least one problem")
        self.problems = problems
        self.exit_code = exit_code
        super().__init__()

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)

    @classmethod
    def usage(cls, key: str, /, *, field: str | None = None, **values: Value) -> "KompcalcError":
        """A bad value on the command line (exit code 2)."""
        return cls(Problem(msg(key, **values), field=field), exit_code=EXIT_BAD_USAGE)

    @classmethod
    def data(
        cls, key: str, file: str | None = None, line: int | None = None, /, **values: Value
    ) -> "KompcalcError":
        """Bad data in ``file``, at ``line`` (exit code 1)."""
        return cls(Problem(msg(key, **values), file=file, line=line))
