"""Whether stdout and stderr are terminals, how wide, and what the batch table must
fit there.

A file or a pipe gets the whole table, whatever ``COLUMNS`` says: a script or
``> fil.txt`` must lose nothing. A terminal gets a page of cases in its width, which
``COLUMNS`` and ``LINES`` set when given (as for every terminal program), else the
terminal's own size.
"""

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported when a table is laid out, not for every message
    from kompcalc.render.page import Screen

MIN_WIDTH = 40
"""A terminal narrower than this is laid out as if it were this wide."""

PAGE_ROWS = 20
"""A page shows at least this many cases, however low the terminal: a short list is
shown whole rather than hiding a few of its cases behind a line about them."""

AROUND_TABLE = 16
"""The lines a page leaves for what surrounds its cases (headings, rules, totals, the
summary, the rates, a note on stderr and the prompt), so that on a terminal of the
usual heights the headings are still in sight when the run ends."""


def is_terminal(stream: Any) -> bool:
    """Whether ``stream`` is a terminal (a closed or odd stream is not)."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def terminal_size(stream: Any) -> os.terminal_size | None:
    """The columns and lines of the terminal ``stream`` is, each overridden by
    ``COLUMNS`` and ``LINES`` when set; None when ``stream`` is not a terminal."""
    if not is_terminal(stream):
        return None
    try:
        columns, lines = os.get_terminal_size(stream.fileno())
    except (AttributeError, ValueError, OSError):  # a terminal in name only (a test)
        columns, lines = 80, 24
    return os.terminal_size((max(MIN_WIDTH, _given("COLUMNS", columns)), _given("LINES", lines)))


def _given(name: str, measured: int) -> int:
    """The environment variable ``name`` when it holds a positive number, else ``measured``."""
    text = os.environ.get(name, "").strip()
    return int(text) if text.isdecimal() and int(text) > 0 else measured


def table_screen(stream: Any, *, wide: bool) -> "Screen | None":
    """What the batch table written to ``stream`` must fit; None for a file or a pipe."""
    from kompcalc.render.page import Screen

    size = terminal_size(stream)
    if size is None:
        return None
    return Screen(width=size.columns, rows=max(PAGE_ROWS, size.lines - AROUND_TABLE), wide=wide)
