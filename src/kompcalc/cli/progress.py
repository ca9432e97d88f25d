"""A progress bar on stderr, for runs long enough to need one.

It shows only when stderr is a terminal, and only once a run has taken
:data:`DELAY_SECONDS`: a run that ends sooner never flashes a bar (the ten catalogue
cases take a tenth of a second), and the bar's drawing thread is not even started. A
file's size would be a poorer guide: the same cases take twice as long from a
spreadsheet as from YAML, and a slow disk or one core changes it again. The bar is
transient (cleared when stopped) and writes only to the terminal, never through
``sys.stdout`` or ``sys.stderr``, which it leaves alone. Stop it before anything else
is printed: :meth:`ProgressBar.stop` may be called any number of times.
"""

import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from kompcalc.cli.common import stderr
from kompcalc.cli.screen import is_terminal
from kompcalc.texts import t

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

DELAY_SECONDS = 1.0
"""How long a run goes before its progress bar appears."""


class ProgressBar:
    """A bar on ``console`` (stderr's) that appears at the first progress report
    after ``delay`` seconds of ``clock``."""

    def __init__(
        self,
        lang: str,
        *,
        delay: float = DELAY_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        console: "Console | None" = None,
    ) -> None:
        self._lang = lang
        self._console = console
        self._delay = delay
        self._clock = clock
        self._since = clock()
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        self._stopped = False

    @property
    def showing(self) -> bool:
        return self._bar is not None

    def update(self, done: int, total: int) -> None:
        """Progress: ``done`` of ``total`` (bytes read of the file's size)."""
        if self._stopped:
            return
        if self._bar is None:
            if self._clock() - self._since < self._delay:
                return
            self._start()
        assert self._bar is not None and self._task is not None
        self._bar.update(self._task, completed=done, total=total)

    def _start(self) -> None:
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

        self._bar = Progress(
            TextColumn(t(self._lang, "progress")),
            BarColumn(),
            TaskProgressColumn(),
            console=self._console or stderr(),
            transient=True,
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._task = self._bar.add_task("", total=None)
        self._bar.start()

    def stop(self) -> None:
        """Clear the bar, for good (later progress reports are ignored)."""
        self._stopped = True
        if self._bar is not None:
            bar, self._bar = self._bar, None
            bar.stop()

    def __enter__(self) -> "ProgressBar":
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()


def progress_bar(lang: str) -> ProgressBar | None:
    """A progress bar when stderr is a terminal; else None."""
    return ProgressBar(lang) if is_terminal(sys.stderr) else None
