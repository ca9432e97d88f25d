"""``kompcalc batch FILE`` and ``kompcalc schema``: a whole case file in one run.

The table (or CSV, XLSX, JSON) goes to stdout or to ``-o FILE``, written atomically;
every problem goes to stderr as one located line; the exit code is 1 when any case
failed (or, with ``--check``, any figure missed its printed value).
"""

import gc
import io
import json
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated, Any, Protocol

import typer

from kompcalc.batch.run import BatchRun, Computed, Failed
from kompcalc.batch.split import can_split, outcomes
from kompcalc.cli.common import (
    DateOpt,
    JsonOpt,
    Lang,
    LangOpt,
    MonthsOpt,
    RatesOpt,
    SetOpt,
    check_months,
    load_options,
    report_problems,
    same_file,
    stderr,
)
from kompcalc.cli.outfile import atomic_file
from kompcalc.core.calc import DEFAULT_MONTHS
from kompcalc.core.cases import CaseFile
from kompcalc.core.effective import EffectiveRates
from kompcalc.errors import EXIT_BAD_DATA, EXIT_OK, KompcalcError
from kompcalc.fmt import kroner, number
from kompcalc.render.describe import rates_lines
from kompcalc.render.table import TextTable, summary_lines
from kompcalc.texts import t

SPOOL_BYTES = 32_000_000
"""Output for stdout is held in memory up to this size, then in a temporary file."""


class Format(StrEnum):
    text = "text"
    csv = "csv"
    xlsx = "xlsx"
    json = "json"


_SUFFIXES = {".csv": Format.csv, ".xlsx": Format.xlsx, ".json": Format.json}


def _format_for(chosen: Format | None, as_json: bool, output: Path | None, lang: str) -> Format:
    if as_json and chosen not in (None, Format.json):
        raise KompcalcError.usage("err_json_and_format", field="--json")
    if as_json:
        return Format.json
    if chosen is not None:
        return chosen
    if output is not None:
        return _SUFFIXES.get(output.suffix.lower(), Format.text)
    return Format.text


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
def _stdout_sink() -> Iterator[IO[bytes]]:
    """Output for stdout, held back until the run has finished.

    A file that turns out to be broken halfway (or ``--fail-fast``) then prints
    nothing rather than half a table.
    """
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as spool:
        yield spool
        spool.seek(0)
        sys.stdout.flush()
        shutil.copyfileobj(spool, sys.stdout.buffer)
        sys.stdout.buffer.flush()


def _check_report(run: BatchRun, lang: str) -> list[str]:
    """One line per mismatch with both figures, then how many were checked."""
    lines = []
    for m in run.mismatches:
        money = not m.figure.startswith("break_even")

        def show(value: Decimal, money: bool = money) -> str:
            return kroner(value, lang) if money else number(value, lang, 2)

        if m.computed is None:
            computed, difference = t(lang, "break_even_never"), ""
        else:
            computed = show(m.computed)
            difference = t(lang, "chk_difference", amount=show(abs(m.computed - m.expected)))
        where = f"{m.file}:{m.line}" if m.line else m.file
        lines.append(
            t(
                lang,
                "chk_mismatch",
                where=where,
                case=m.case_id,
                figure=m.figure,
                computed=computed,
                expected=show(m.expected),
                difference=difference,
                tolerance=show(m.tolerance),
            )
        )
    lines.append(t(lang, "chk_summary", checked=run.checked, mismatches=len(run.mismatches)))
    return lines


@dataclass(frozen=True)
class _Options:
    lang: str
    check: bool
    fail_fast: bool


class _Writer(Protocol):
    def cells(self, computed: Computed) -> Any: ...

    def add(self, cells: Any) -> None: ...


class _NoRows:
    """For ``--check`` alone: nothing to write per case."""

    def cells(self, computed: Computed) -> None:
        return None

    def add(self, cells: None) -> None:
        pass


def _size(path: Path) -> int:
    """The file's size, 0 if it cannot be read (reading it then says why)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _consume(run: BatchRun, writer: _Writer, options: _Options) -> None:
    """Feed every computed case to ``writer``, then report the failed ones.

    The failures are reported once the whole file has been read: a file that breaks
    off is reported as that alone, the first thing to mend.
    """
    split = not options.fail_fast and can_split(_size(run.path))
    failures = []
    for outcome in outcomes(run, writer.cells, split=split):
        if isinstance(outcome, Failed):
            failures.append(outcome)
            if options.fail_fast:
                report_problems(outcome.problems, options.lang, limit=None)
                sys.stderr.write(t(options.lang, "summary_stopped") + "\n")
                raise typer.Exit(EXIT_BAD_DATA)
        else:
            writer.add(outcome.payload)
    report_problems([p for f in failures for p in f.problems], options.lang, limit=None)
    report_problems(run.warnings, options.lang, prefix="warn_prefix")


def _write(
    run: BatchRun,
    rates: EffectiveRates,
    fmt: Format,
    out: IO[bytes],
    options: _Options,
) -> None:
    """Run the batch, writing ``fmt`` to ``out``."""
    lang = options.lang
    if fmt is Format.json:
        from kompcalc.render.json import JsonBatch

        text = io.TextIOWrapper(out, encoding="utf-8", newline="\n")
        json_out = JsonBatch(text, run, rates)
        _consume(run, json_out, options)
        json_out.finish(run, check=options.check)
        text.flush()
        text.detach()
    elif fmt is Format.csv:
        from kompcalc.render.export import CsvTable

        csv_out = CsvTable(out, run.marks, lang)
        _consume(run, csv_out, options)
        csv_out.finish(run)
    elif fmt is Format.xlsx:
        from kompcalc.render.export import XlsxTable

        xlsx_out = XlsxTable(out, run.marks, lang)
        _consume(run, xlsx_out, options)
        xlsx_out.finish(run, rates_lines(rates, lang))
    elif options.check:
        _consume(run, _NoRows(), options)
        out.write(_lines(_check_report(run, lang)))
    else:
        table = TextTable(run.marks, lang)
        _consume(run, table, options)
        lines = [*table.lines(run.totals()), "", *summary_lines(run, lang)]
        out.write(_lines(lines + rates_lines(rates, lang)))


def _lines(lines: list[str]) -> bytes:
    return "".join(f"{line}\n" for line in lines).encode("utf-8")


def _progress(lang: str) -> tuple[Callable[[int, int], None] | None, Callable[[], None]]:
    """A progress bar on stderr when it is a terminal; else nothing at all."""
    if not sys.stderr.isatty():
        return None, lambda: None
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

    bar = Progress(
        TextColumn(t(lang, "progress")),
        BarColumn(),
        TaskProgressColumn(),
        console=stderr(),
        transient=True,
    )
    task = bar.add_task("", total=None)
    bar.start()

    def update(done: int, total: int) -> None:
        bar.update(task, completed=done, total=total)

    return update, bar.stop


def batch(
    file: Annotated[
        Path,
        typer.Argument(help="Sagsfilen (YAML). The case file (YAML).", dir_okay=False),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Skriv til denne fil i stedet for skærmen. Write to this file instead.",
            dir_okay=False,
        ),
    ] = None,
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            help="text, csv, xlsx eller json (ellers efter -o's endelse). "
            "text, csv, xlsx or json (else from -o's suffix).",
        ),
    ] = None,
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Sammenlign med sagernes expected-tal. Compare with each case's expected figures.",
        ),
    ] = False,
    fail_fast: Annotated[
        bool,
        typer.Option(
            "--fail-fast",
            help="Stop ved første fejlende sag. Stop at the first case that fails.",
        ),
    ] = False,
    months: MonthsOpt = DEFAULT_MONTHS,
    rates: RatesOpt = None,
    date: DateOpt = None,
    set_: SetOpt = None,
    json_: JsonOpt = False,
    lang: LangOpt = Lang.da,
) -> None:
    """Regn en hel sagsfil. Compute a whole case file."""
    code = lang.value
    chosen = _format_for(fmt, json_, output, code)
    check_months(months)
    if chosen is Format.xlsx and output is None:
        raise KompcalcError.usage("err_xlsx_needs_output", field="--format")
    if output is not None and same_file(output, file):
        raise KompcalcError.usage("err_output_is_input", field="-o")
    loaded, default_rates = load_options(rates, date, set_)
    update, stop = _progress(code)
    run = BatchRun(
        file,
        loaded=loaded,
        day=default_rates.day,
        months=months,
        lang=code,
        check=check,
        progress=update,
    )
    options = _Options(code, check, fail_fast)
    sink = atomic_file(output) if output is not None else _stdout_sink()
    try:
        with paused_gc(), sink as out:
            _write(run, default_rates, chosen, out, options)
    finally:
        stop()
    if check and chosen is not Format.text:
        # the data went to the file or stdout; the check report goes beside it
        report = _check_report(run, code)
        (sys.stdout if output is not None else sys.stderr).write(_lines(report).decode())
    report_problems(run.file_problems, code, limit=None)
    if run.failed:
        sys.stderr.write(t(code, "summary_failed", count=len(run.failed)) + "\n")
    failed = bool(run.failed or run.file_problems) or (check and bool(run.mismatches))
    raise typer.Exit(EXIT_BAD_DATA if failed else EXIT_OK)


def schema(
    lang: LangOpt = Lang.da,
) -> None:
    """Udskriv sagsfilens JSON Schema. Print the case file's JSON Schema."""
    del lang  # the schema is in English, like the keys it describes
    data = CaseFile.model_json_schema()
    data["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    data["title"] = "kompcalc case file"
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
