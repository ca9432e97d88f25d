"""``kompcalc report FILE -o report.html``: the case list as a document for a committee."""

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from kompcalc.batch.run import BatchRun, Computed, Failed
from kompcalc.cli.common import (
    DateOpt,
    Lang,
    LangOpt,
    MonthsOpt,
    RatesOpt,
    SetOpt,
    check_months,
    load_options,
    report_problems,
    same_file,
)
from kompcalc.cli.outfile import atomic_file
from kompcalc.core.calc import DEFAULT_MONTHS
from kompcalc.errors import EXIT_BAD_DATA, EXIT_OK, KompcalcError
from kompcalc.texts import t


def report(
    file: Annotated[
        Path,
        typer.Argument(help="Sagsfilen (YAML). The case file (YAML).", dir_okay=False),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "-o",
            "--output",
            help="HTML-filen der skrives, fx rapport.html. The HTML file to write.",
            dir_okay=False,
        ),
    ],
    include_conditions: Annotated[
        bool,
        typer.Option(
            "--include-conditions",
            help="Vis sagernes helbredsoplysninger (condition). Show the cases' health "
            "information (condition).",
        ),
    ] = False,
    months: MonthsOpt = DEFAULT_MONTHS,
    rates: RatesOpt = None,
    date_: DateOpt = None,
    set_: SetOpt = None,
    lang: LangOpt = Lang.da,
) -> None:
    """Lav en rapport (HTML) over en sagsfil. Make a report (HTML) of a case file."""
    code = lang.value
    check_months(months)
    if same_file(output, file):
        raise KompcalcError.usage("err_output_is_input", field="-o")
    loaded, default_rates = load_options(rates, date_, set_)
    run = BatchRun(file, loaded=loaded, day=default_rates.day, months=months, lang=code)
    computed: list[Computed] = []
    failed: list[Failed] = []
    for outcome in run.outcomes():
        if isinstance(outcome, Computed):
            computed.append(outcome)
        else:
            failed.append(outcome)
    from kompcalc.render.html import report_html  # Jinja2 only when a report is made

    html = report_html(
        run,
        computed,
        failed,
        default_rates,
        lang=code,
        include_conditions=include_conditions,
        today=date.today(),
    )
    with atomic_file(output) as out:
        out.write(html.encode("utf-8"))
    report_problems([p for f in failed for p in f.problems], code, limit=None)
    report_problems(run.file_problems, code, limit=None)
    sys.stderr.write(t(code, "report_written", count=len(computed), file=output) + "\n")
    raise typer.Exit(EXIT_BAD_DATA if failed or run.file_problems else EXIT_OK)
