"""``kompcalc report FILE -o report.html``: the case list as a document for a committee."""

import io
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated

import typer

from kompcalc.batch.drive import drive
from kompcalc.batch.run import BatchRun
from kompcalc.cli import language
from kompcalc.cli.common import (
    ConditionsOpt,
    DateOpt,
    DiscountOpt,
    MonthsOpt,
    ProbabilityOpt,
    RatesOpt,
    SensitivityOpt,
    SetOpt,
    VaryOpt,
    build,
    check_months,
    load_options,
    note,
    note_rates,
    parse_probability,
    rates_freshness,
    report_problems,
    same_file,
    tell,
    today,
)
from kompcalc.cli.outfile import regular_target, write_atomic
from kompcalc.core.calc import DEFAULT_MONTHS
from kompcalc.core.cases import CaseFile
from kompcalc.core.perspectives import Perspective
from kompcalc.errors import EXIT_BAD_DATA, EXIT_OK, KompcalcError
from kompcalc.loading.businesscase import discount_profile
from kompcalc.texts import t


def report(
    file: Annotated[Path, typer.Argument(dir_okay=False)],
    output: Annotated[Path, typer.Option("-o", "--output", dir_okay=False)],
    include_conditions: ConditionsOpt = False,
    probability: ProbabilityOpt = None,
    discount: DiscountOpt = None,
    organisation: Annotated[str | None, typer.Option("--organisation")] = None,
    author: Annotated[str | None, typer.Option("--author")] = None,
    months: MonthsOpt = DEFAULT_MONTHS,
    rates: RatesOpt = None,
    date_: DateOpt = None,
    set_: SetOpt = None,
    sensitivity: SensitivityOpt = False,
    vary: VaryOpt = None,
    cards: Annotated[str | None, typer.Option("--cards")] = None,
) -> None:
    """Make a report (HTML) of a case list (help: help_about_report)."""
    code = language.current()
    check_months(months)
    if same_file(output, file):
        raise KompcalcError.usage("err_output_is_input", field="-o")
    regular_target(output)  # a FIFO or device is refused before the work, not after
    given = _byline(organisation, author)
    from kompcalc.render.cardchoice import parse_cards

    asked = parse_cards(cards)  # its ids are checked against the cases' once they are read
    loaded, default_rates = load_options(rates, date_, set_)
    profile = discount_profile(discount, loaded.table)
    varies = None
    if sensitivity or vary:
        from kompcalc.loading.vary import parse_vary

        varies = tuple(parse_vary(vary, loaded))
    run = BatchRun(
        file,
        loaded=loaded,
        day=default_rates.day,
        months=months,
        probability=parse_probability(probability),
        discount=profile,
        views=tuple(Perspective),  # the report shows every perspective
        sensitivity=varies,
    )
    from kompcalc.render.html import Byline, HtmlReport  # Jinja2 only when a report is made

    found = rates_freshness(default_rates)
    document = io.BytesIO()  # the case file is read before the output file is opened
    report_out = HtmlReport(
        document,
        default_rates,
        lang=code,
        include_conditions=include_conditions,
        today=today(),
        freshness=found,
        byline=Byline(given.organisation, given.author),
        discount=profile,
        cards=asked,
    )
    from kompcalc.cli.progress import progress_bar

    bar = progress_bar(code)
    with bar or nullcontext():  # gone before the file is written and anything is said
        summary = drive(run, report_out, progress=None if bar is None else bar.update)
    write_atomic(output, document.getvalue())
    for reading in summary.notes:
        note(reading, code)
    note_rates(found, code)
    if report_out.conditions_left_out:
        tell([f"{t(code, 'note_prefix')}: {t(code, 'note_conditions_left_out')}"])
    report_problems([p for f in summary.failed for p in f.problems], code, limit=None)
    report_problems(summary.file_problems, code, limit=None)
    count = summary.totals.cases
    tell([t(code, "report_written", count=count, file=output)])
    raise typer.Exit(EXIT_BAD_DATA if summary.failed or summary.file_problems else EXIT_OK)


def _byline(organisation: str | None, author: str | None) -> CaseFile:
    """``--organisation`` and ``--author``, checked as the case file's keys are (a blank
    one counts as not given)."""
    options = {"organisation": "--organisation", "author": "--author"}
    given = {"organisation": organisation, "author": author}
    values = {key: text.strip() or None if text else None for key, text in given.items()}
    return build(CaseFile, options, cases=[], **values)
