"""Running kompcalc against hostile input, and what a sound answer to it looks like.

Shared by the hostile tests, the property suite and ``benchmarks/fuzz.py``. Nothing here
depends on the wording of a message: a message line is recognised by its prefix
(``Fejl:``/``Error:``, ``Advarsel:``/``Warning:``, ``Bemærk:``/``Note:``) or as one of
the batch's known summary lines, built from ``kompcalc.texts`` itself.
"""

import contextlib
import io
import os
import re
import string
import subprocess
import sys
import traceback
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import IO

from kompcalc.cli.app import main
from kompcalc.cli.streams import ASCII_FALLBACK
from kompcalc.texts import LANGS, t, template
from tests.helpers import ROOT, Run

INTERNAL = ("Traceback", "Intern fejl", "Internal error")
"""Text that means kompcalc itself broke, whatever the input."""

PA_RATE = Decimal("114.68")
"""The shipped table's PA hourly rate (rates/sjh-2014.yaml)."""
WEEKS = Decimal("4.33")
"""The shipped table's weeks per month."""

EXIT_INTERRUPTED = 130


def half_up(value: Decimal) -> Decimal:
    """``value`` rounded half-up to øre, as the README says money is rounded."""
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def pa_gross(hours: Decimal, rate: Decimal = PA_RATE, weeks: Decimal = WEEKS) -> Decimal:
    """The gross monthly cost of ``hours`` of personal assistance a week."""
    return half_up(hours * rate * weeks)


def net_of(gross: Decimal, refund_pct: Decimal) -> Decimal:
    """The municipality's net after a refund of ``refund_pct`` per cent."""
    return half_up(gross * (100 - refund_pct) / 100)


# ---------------------------------------------------------------- inputs


def aid_cases(count: int) -> str:
    """A case file of ``count`` cases of aids (100, 101, ... kr.) that give no warning."""
    lines = ["cases:"]
    for i in range(count):
        lines += [
            f"  - id: sag-{i:06d}",
            "    benefit: sygedagpenge",
            "    interventions:",
            "      - kind: aids",
            f"        amount: {100 + i}",
        ]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- running kompcalc


def run_in_process(args: Sequence[str]) -> Run:
    """``kompcalc ARGS`` through the real entry point, in this process.

    An exception that escapes ``main`` is what a user would see as a traceback: it is
    returned as exit code -1 with the traceback on stderr, so a check can count it.
    """
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", write_through=True)
    err = io.TextIOWrapper(err_bytes, encoding="utf-8", write_through=True)
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = main(list(args))
    except BaseException:  # counted, not hidden: see the docstring
        code = -1
        err.write(traceback.format_exc())
    finally:
        sys.stdout, sys.stderr = saved
    out.flush()
    err.flush()
    return Run(
        code,
        out_bytes.getvalue().decode("utf-8", "replace"),
        err_bytes.getvalue().decode("utf-8", "replace"),
    )


def process_env(tmpdir: Path | None = None, **extra: str) -> dict[str, str]:
    """The environment for a kompcalc process: no colour, a fixed width, no forced
    encoding, and ``TMPDIR`` where the test looks for leftovers."""
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "PYTHONIOENCODING")}
    env.update(NO_COLOR="1", COLUMNS="120", PYTHONPATH=str(ROOT / "src"))
    if tmpdir is not None:
        env["TMPDIR"] = str(tmpdir)
    env.update(extra)
    return env


def command(*args: str) -> list[str]:
    """The argv of ``kompcalc ARGS`` as a process."""
    return [sys.executable, "-m", "kompcalc", *args]


def run_process(
    args: Sequence[str],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 60,
    stdout: int | IO[bytes] | None = subprocess.PIPE,
) -> Run:
    """``kompcalc ARGS`` as a real process (stdin empty); its output decoded as UTF-8."""
    done = subprocess.run(
        command(*args),
        cwd=cwd,
        env=dict(env) if env is not None else process_env(),
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=timeout,
        check=False,
    )
    out = done.stdout.decode("utf-8", "replace") if done.stdout is not None else ""
    return Run(done.returncode, out, done.stderr.decode("utf-8", "replace"))


# ---------------------------------------------------------------- reading stderr


def _pattern(text: str) -> re.Pattern[str]:
    """A template such as ``{count} {count:case|cases} failed`` as a regex matching any filling."""
    parts = []
    for literal, name, _, _ in string.Formatter().parse(text):
        parts.append(re.escape(literal))
        if name is not None:
            parts.append(".*")
    return re.compile("".join(parts))


def _prefixes(key: str) -> tuple[str, ...]:
    """``Fejl: ``, ``Error: ``, ... as written, and as written on an ASCII terminal
    (``Bemaerk: ``)."""
    written = {t(lang, key) + ": " for lang in LANGS}
    ascii_form = {"".join(ASCII_FALLBACK.get(c, c) for c in p) for p in written}
    return tuple(sorted(written | ascii_form))


PREFIXES = {
    "error": _prefixes("err_prefix"),
    "warning": _prefixes("warn_prefix"),
    "note": _prefixes("note_prefix"),
}
SUMMARIES = tuple(
    _pattern(template(lang, key))
    for lang in LANGS
    for key in (
        "summary_failed",
        "summary_stopped",
        "errors_more",
        "report_written",
        "convert_written",
        "init_written",
        "chk_mismatch",
        "chk_summary",
    )
)


def kind_of(line: str) -> str | None:
    """What a stderr line is: ``error``, ``warning``, ``note``, ``summary``; None for a
    line that is no message of its own (a message broken over lines, a traceback)."""
    for kind, prefixes in PREFIXES.items():
        if line.startswith(prefixes):
            return kind
    if any(p.fullmatch(line) for p in SUMMARIES):
        return "summary"
    return None


def error_lines(err: str) -> list[str]:
    """The ``Fejl: ...`` / ``Error: ...`` lines of stderr."""
    return [line for line in err.splitlines() if kind_of(line) == "error"]


def stray_lines(err: str) -> list[str]:
    """Lines of stderr that are not a message of their own."""
    return [line for line in err.splitlines() if kind_of(line) is None]


# ---------------------------------------------------------------- the checks


@dataclass(frozen=True)
class Violation:
    """One way an answer broke the properties; ``kind`` is what the fuzz counts."""

    kind: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail}"


EXIT_70 = "exit 70"
TRACEBACK = "traceback"
BAD_EXIT = "bad exit code"
UNSPLIT = "message not one line"
SILENT = "failure without a message"
MISREAD = "misread"
WRITTEN = "written on failure"


def violations(
    run: Run, allowed: Sequence[int] = (0, 1, 2), *, quiet_failure: bool = False
) -> list[Violation]:
    """What is wrong with any answer: exit 70, a traceback, an exit code outside
    ``allowed``, a stderr line that is no message of its own, or a failure with no
    error line to say why (unless ``quiet_failure``: ``batch --check`` reports its
    mismatches on stdout)."""
    found = []
    if run.code == 70:
        found.append(Violation(EXIT_70, run.err.strip()[:300]))
    elif run.code not in allowed:
        found.append(Violation(BAD_EXIT, f"exit {run.code}: {run.err.strip()[:300]}"))
    for text in (run.out, run.err):
        marks = [mark for mark in INTERNAL if mark in text]
        if marks and run.code != 70:
            found.append(Violation(TRACEBACK, f"{marks[0]} in output: {text.strip()[-300:]}"))
    stray = stray_lines(run.err)
    if stray:
        found.append(Violation(UNSPLIT, repr(stray[:3])))
    if run.code not in (0, 70) and not error_lines(run.err) and not quiet_failure:
        found.append(Violation(SILENT, f"exit {run.code} and stderr {run.err[:200]!r}"))
    return found


def assert_sound(
    run: Run, allowed: Sequence[int] = (0, 1, 2), *, quiet_failure: bool = False
) -> None:
    """No exit 70, no traceback, every stderr line a message of its own, and a failure
    says why on stderr (see :func:`violations`)."""
    found = violations(run, allowed, quiet_failure=quiet_failure)
    assert not found, "\n".join(str(v) for v in found)


def assert_refused(
    run: Run,
    code: int,
    *,
    field: str,
    file: str | None = None,
    line: int | None = None,
) -> str:
    """A refusal as the issue asks for one: exit ``code``, a sound stderr with exactly
    one error line, and that line names ``field`` and, for a file, ``file:line``.
    Returns the error line."""
    assert_sound(run)
    assert run.code == code, f"exit {run.code}, not {code}; stderr: {run.err!r}"
    errors = error_lines(run.err)
    assert len(errors) == 1, f"not exactly one error line: {errors!r}"
    message = errors[0]
    assert field in message, f"{field!r} not named in {message!r}"
    if file is not None:
        where = file if line is None else f"{file}:{line}"
        assert where in message, f"{where!r} not named in {message!r}"
    return message


def leftovers(folder: Path, keep: Sequence[str] = ()) -> list[str]:
    """Names in ``folder`` other than ``keep``: temporary files left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


@contextlib.contextmanager
def cwd(path: Path) -> Iterator[None]:
    """Run a block in ``path`` (relative file names then appear in messages)."""
    before = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)
