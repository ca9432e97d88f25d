"""stdout and stderr in surroundings that fail: a legacy code page, a closed stream, a
full disk, a reader that stops reading (``| head``), and SIGTERM.

* Text a stream's encoding cannot hold (``–`` in Latin-1 or ASCII) is written as
  plain ASCII (``-``, ``ae``) instead of crashing; see :data:`ASCII_FALLBACK`.
* A stream closed before kompcalc starts (``>&-``) becomes a sink that says so when
  written to, so the data is never silently lost.
* SIGTERM ends the run like Ctrl-C, through every ``finally``, so no temporary file
  stays behind.
"""

import codecs
import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

from kompcalc.errors import EXIT_INTERRUPTED, EXIT_TERMINATED

FALLBACK = "kompcalc-ascii"
"""The name of the codec error handler that writes :data:`ASCII_FALLBACK`."""

ASCII_FALLBACK = {
    "–": "-",
    "—": "-",
    "−": "-",
    "×": "x",
    "…": "...",
    "→": "->",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "«": '"',
    "»": '"',
    "æ": "ae",
    "ø": "oe",
    "å": "aa",
    "Æ": "Ae",
    "Ø": "Oe",
    "Å": "Aa",
    "é": "e",
    "ü": "u",
    "ö": "o",
    "ä": "a",
    "²": "2",
    "³": "3",
    "€": "EUR",
    "█": "#",
    "░": ".",
    "│": "|",
    "\u00a0": " ",
    "\u202f": " ",
}
"""Characters kompcalc writes that a legacy code page may lack, and their ASCII form;
any other is written as ``?``."""


class Terminated(BaseException):
    """SIGTERM arrived: the run stops as after Ctrl-C. Like KeyboardInterrupt it is no
    ``Exception``, so a library's ``except Exception`` (PyYAML's constructors, say)
    cannot swallow it and let the run finish as if nothing had happened."""


class ClosedStream(OSError):
    """The stream was closed before kompcalc started."""


def _fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    return "".join(ASCII_FALLBACK.get(c, "?") for c in text), error.end


class _Closed:
    """A stand-in for a stream that was closed (``>&-``): writing to it is an error."""

    encoding = "utf-8"
    errors = "strict"

    def write(self, text: str) -> int:
        raise ClosedStream(9, os.strerror(9))

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise ClosedStream(9, os.strerror(9))

    @property
    def buffer(self) -> Any:
        return self


SIGNALLED: list[int] = []
"""The signals (SIGINT, SIGTERM) that arrived during this run: one that a library
wrapped in an error of its own (pydantic building a validator when it arrived) still
ends the run as that signal, not as an internal error."""


def _terminate(signum: int, frame: FrameType | None) -> None:
    SIGNALLED.append(signum)
    raise Terminated


def _interrupt(signum: int, frame: FrameType | None) -> None:
    SIGNALLED.append(signum)
    raise KeyboardInterrupt


def signalled_exit() -> int | None:
    """The exit code of a run Ctrl-C or SIGTERM reached (130 or 143), None if none did."""
    if not SIGNALLED:
        return None
    return EXIT_TERMINATED if signal.SIGTERM in SIGNALLED else EXIT_INTERRUPTED


def check_signalled() -> None:
    """Stop now if Ctrl-C or SIGTERM arrived, even if a library caught what its handler
    raised: called before a result is made final (an output file replaces its target)."""
    if signal.SIGTERM in SIGNALLED:
        raise Terminated
    if SIGNALLED:
        raise KeyboardInterrupt


def prepare() -> None:
    """Make stdout and stderr safe to write to, and SIGTERM end the run cleanly."""
    codecs.register_error(FALLBACK, _fallback)
    if sys.stdout is None:
        sys.stdout = _Closed()
    if sys.stderr is None:  # nowhere to tell: messages are dropped, the exit code stays
        sys.stderr = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115
    for stream in (sys.stdout, sys.stderr):
        reconfigure: Callable[..., None] | None = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors=FALLBACK)
    SIGNALLED.clear()
    if signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, _terminate):
        signal.signal(signal.SIGTERM, _terminate)
    if signal.getsignal(signal.SIGINT) in (signal.default_int_handler, _interrupt):
        signal.signal(signal.SIGINT, _interrupt)


def silence_stdout() -> None:
    """Send whatever is still buffered for stdout nowhere, so that Python's own flush
    at exit finds nothing to fail on (after a broken pipe or a full disk)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def print_json(data: Any) -> None:
    """``data`` as pretty JSON on stdout: as UTF-8 text where stdout holds it, else with
    ``\\u`` escapes, so the JSON stays whole on a legacy code page."""
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        "æøå–".encode(encoding)
        unicode = True
    except (UnicodeEncodeError, LookupError):
        unicode = False
    sys.stdout.write(json.dumps(data, ensure_ascii=not unicode, indent=2) + "\n")
