"""``kompcalc batch FILE`` and ``kompcalc schema``: a whole case file in one run.

The table (or CSV, XLSX, JSON) goes to stdout or to ``-o FILE``, written atomically;
every problem goes to stderr as one located line; the exit code is 1 when any case
failed (or, with ``--check``, any figure missed its printed value).
"""

import gc
import io
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, nullcontext
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer

from kompcalc.batch.drive import Output, Stopped, drive
from kompcalc.batch.run import BatchRun
from kompcalc.batch.summary import Summary
from kompcalc.cli import language
from kompcalc.cli.common import (
    ConditionsOpt,
    DateOpt,
    DiscountOpt,
    JsonOpt,
    MonthsOpt,
    PerspectiveOpt,
    ProbabilityOpt,
    RatesOpt,
    SensitivityOpt,
    SetOpt,
    VaryOpt,
    check_months,
    load_options,
    note,
    note_rates,
    parse_probability,
    rates_freshness,
    report_problems,
    same_file,
    tell,
)
from kompcalc.cli.outfile import atomic_file, regular_target
from kompcalc.core.calc import DEFAULT_MONTHS
from kompcalc.core.effective import EffectiveRates
from kompcalc.core.perspectives import Perspective
from kompcalc.errors import EXIT_BAD_DATA, EXIT_OK, KompcalcError, os_reason
from kompcalc.loading.businesscase import discount_profile, perspective_of
from kompcalc.loading.ratefile import LoadedTable
from kompcalc.render.check import CheckReport, check_lines
from kompcalc.render.rows import MUNICIPAL, Viewpoint
from kompcalc.render.table import TextTable
from kompcalc.texts import one_line, t

if TYPE_CHECKING:  # the terminal's table and bar are imported when used
    from kompcalc.loading.vary import Vary
    from kompcalc.render.page import Screen

SPOOL_BYTES = 32_000_000
"""Output for stdout is held in memory up to this size, then in a temporary file."""


class Format(StrEnum):
    text = "text"
    csv = "csv"
    xlsx = "xlsx"
    json = "json"


_SUFFIXES = {".csv": Format.csv, ".xlsx": Format.xlsx, ".json": Format.json}
_TEXT_SUFFIXES = {".txt", ".text", ""}
"""Where ``-o`` writes the table as text; any other suffix (``.xls``, ``.pdf``) is
refused unless ``--format`` says what to write, rather than given a text table."""


def _format_for(chosen: Format | None, as_json: bool, output: Path | None, lang: str) -> Format:
    if as_json and chosen not in (None, Format.json):
        raise KompcalcError.usage("err_json_and_format", field="--json")
    if as_json:
        return Format.json
    if chosen is not None:
        return chosen
    if output is None:
        return Format.text
    suffix = output.suffix.lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    if suffix in _TEXT_SUFFIXES:
        return Format.text
    key = "err_output_html" if suffix in (".html", ".htm") else "err_output_suffix"
    raise KompcalcError.usage(key, field="-o", suffix=output.suffix, name=output.name)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cycle collector while a batch runs.

    A batch keeps a result per case, and the collector would scan all of them again
    and again as they pile up (a third of the run time for 100,000 cases). Nothing in a
    batch makes reference cycles; memory is still freed by reference counting.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def _stdout_sink(*, as_text: bool) -> Iterator[IO[bytes]]:
    """Output for stdout, held back until the run has finished.

    A file that turns out to be broken halfway (or ``--fail-fast``) then prints
    nothing rather than half a table. A text for people (``as_text``: the table, the
    check report) goes through stdout's own encoding, so a legacy code page gets its
    ASCII replacements; a data format (CSV, JSON) goes out as its UTF-8 bytes.
    """
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as spool:
        yield spool
        spool.seek(0)
        sys.stdout.flush()
        if as_text:
            shutil.copyfileobj(io.TextIOWrapper(spool, encoding="utf-8"), sys.stdout)
        else:
            shutil.copyfileobj(spool, sys.stdout.buffer)
        sys.stdout.flush()


@contextmanager
def _scratch(folder: Path | None) -> Iterator[Path]:
    """A private temporary folder beside the output (XlsxWriter's scratch files go
    there), removed with everything in it however the run ends."""
    try:
        scratch = tempfile.TemporaryDirectory(prefix=".kompcalc-", dir=folder)
    except OSError as exc:  # the output's folder is missing or not writable
        reason = os_reason(exc)
        raise KompcalcError.data("file_unwritable", str(folder), reason=reason) from None
    with scratch as name:
        yield Path(name)


@dataclass(frozen=True)
class _Options:
    lang: str
    check: bool
    fail_fast: bool
    include_conditions: bool
    historical: bool
    point: Viewpoint = MUNICIPAL


def _output(
    fmt: Format,
    out: IO[bytes],
    run: BatchRun,
    rates: EffectiveRates,
    options: _Options,
    scratch: Path | None,
    screen: "Screen | None",
) -> Output[Any]:
    """The output that writes ``fmt`` to ``out``; with ``--check`` alone, the check report.
    The text table fits ``screen`` when it goes to a terminal."""
    lang = options.lang
    if fmt is Format.json:
        from kompcalc.render.json import JsonBatch

        conditions = options.include_conditions
        return JsonBatch(
            out,
            run.file,
            run.months,
            rates,
            check=options.check,
            lang=lang,
            historical=options.historical,
            include_conditions=conditions,
            discount=options.point.discount,
        )
    if fmt is Format.csv:
        from kompcalc.render.export import CsvTable

        conditions = options.include_conditions
        return CsvTable(out, run.marks, lang, options.point, include_conditions=conditions)
    if fmt is Format.xlsx:
        from kompcalc.render.workbook import XlsxTable

        assert scratch is not None  # xlsx needs -o, and -o has its scratch folder
        return XlsxTable(
            out,
            run.marks,
            lang,
            rates,
            scratch=scratch,
            point=options.point,
            include_conditions=options.include_conditions,
        )
    if options.check:
        return CheckReport(out, lang)
    if screen is not None:
        from kompcalc.render.page import PageTable

        return PageTable(out, run.marks, lang, rates, screen, options.point)
    return TextTable(out, run.marks, lang, rates, options.point)


def _write(run: BatchRun, output: Output[Any], options: _Options) -> Summary:
    """Run the batch into ``output``, then report the failed cases and the warnings.

    The failures are reported once the whole file has been read: a file that breaks
    off is reported as that alone, the first thing to mend. With ``--fail-fast`` the
    first failure is reported and the run ends there, with nothing written. A long
    run on a terminal has a progress bar, gone before anything is reported.
    """
    from kompcalc.cli.progress import progress_bar

    lang = options.lang
    bar = progress_bar(lang)
    progress = None if bar is None else bar.update
    try:
        with bar or nullcontext():
            summary = drive(run, output, split=True, fail_fast=options.fail_fast, progress=progress)
    except Stopped as stop:
        report_problems(stop.failed.problems, lang, limit=None)
        tell([t(lang, "summary_stopped")])
        raise typer.Exit(EXIT_BAD_DATA) from None
    report_problems([p for f in summary.failed for p in f.problems], lang, limit=None)
    report_problems(summary.warnings, lang, prefix="warn_prefix")
    return summary


def _sensitivity(
    asked: bool, vary: list[str] | None, fmt: Format, check: bool, loaded: LoadedTable
) -> "tuple[Vary, ...] | None":
    """The ``--vary`` given when a sensitivity analysis is asked for (``--vary`` asks
    for one), checked before a case is computed; None when none is asked for."""
    if not asked and not vary:
        return None
    option = "--sensitivity" if asked else "--vary"
    if fmt is Format.csv:
        raise KompcalcError.usage("err_sensitivity_csv", field=option)
    if check and fmt is Format.text:
        raise KompcalcError.usage("err_sensitivity_check", field=option)
    from kompcalc.loading.vary import parse_vary

    return tuple(parse_vary(vary, loaded))


def batch(
    file: Annotated[Path, typer.Argument(dir_okay=False)],
    output: Annotated[Path | None, typer.Option("-o", "--output", dir_okay=False)] = None,
    fmt: Annotated[Format | None, typer.Option("--format")] = None,
    check: Annotated[bool, typer.Option("--check")] = False,
    fail_fast: Annotated[bool, typer.Option("--fail-fast")] = False,
    include_conditions: ConditionsOpt = False,
    probability: ProbabilityOpt = None,
    discount: DiscountOpt = None,
    perspective: PerspectiveOpt = Perspective.kommune.value,
    months: MonthsOpt = DEFAULT_MONTHS,
    rates: RatesOpt = None,
    date: DateOpt = None,
    set_: SetOpt = None,
    json_: JsonOpt = False,
    wide: Annotated[bool, typer.Option("--wide")] = False,
    sensitivity: SensitivityOpt = False,
    vary: VaryOpt = None,
) -> None:
    """Compute a whole case list (help: help_about_batch in texts/help_screens.py)."""
    code = language.current()
    chosen = _format_for(fmt, json_, output, code)
    check_months(months)
    if chosen is Format.xlsx and output is None:
        raise KompcalcError.usage("err_xlsx_needs_output", field="--format")
    if output is not None and same_file(output, file):
        raise KompcalcError.usage("err_output_is_input", field="-o")
    whose = perspective_of(perspective)
    loaded, default_rates = load_options(rates, date, set_)
    point = Viewpoint(whose, discount_profile(discount, loaded.table))
    varies = _sensitivity(sensitivity, vary, chosen, check, loaded)
    found = rates_freshness(default_rates)
    run = BatchRun(
        file,
        loaded=loaded,
        day=default_rates.day,
        months=months,
        check=check,
        probability=parse_probability(probability),
        discount=point.discount,
        views=tuple(Perspective) if chosen is Format.json else (whose,),
        sensitivity=varies,
    )
    options = _Options(code, check, fail_fast, include_conditions, found.historical, point)
    for_people = chosen is Format.text
    sink = atomic_file(output) if output is not None else _stdout_sink(as_text=for_people)
    from kompcalc.cli.screen import table_screen

    screen = None if output is not None else table_screen(sys.stdout, wide=wide)
    with ExitStack() as stack:
        stack.enter_context(paused_gc())
        scratch = None
        if chosen is Format.xlsx and output is not None:
            scratch = stack.enter_context(_scratch(regular_target(output).parent))
        out = stack.enter_context(sink)
        writer = _output(chosen, out, run, default_rates, options, scratch, screen)
        summary = _write(run, writer, options)
        for reading in summary.notes:  # the notes come before the output
            note(reading, code)
        note_rates(found, code)
    if check and chosen is not Format.text:
        # the data went to the file or stdout; the check report goes beside it
        lines = check_lines(summary, code)
        if output is not None:
            sys.stdout.write("".join(f"{one_line(line)}\n" for line in lines))
        else:
            tell(lines)
    report_problems(summary.file_problems, code, limit=None)
    if summary.failed:
        tell([t(code, "summary_failed", count=len(summary.failed))])
    if output is not None:
        tell([t(code, "convert_written", count=summary.totals.cases, file=output)])
    failed = bool(summary.failed or summary.file_problems)
    failed = failed or (check and bool(summary.mismatches))
    raise typer.Exit(EXIT_BAD_DATA if failed else EXIT_OK)
