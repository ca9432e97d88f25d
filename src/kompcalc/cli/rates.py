"""``kompcalc rates``: show, list, check and start rate tables."""

import sys
from datetime import date
from importlib import resources
from string import Template
from typing import Annotated

import typer

from kompcalc.cli import language, streams
from kompcalc.cli.common import (
    DateOpt,
    ForceOpt,
    JsonOpt,
    OutputOpt,
    RatesOpt,
    SetOpt,
    load_options,
    print_out,
    tell,
    today,
)
from kompcalc.cli.helpscreen import HelpCommand, HelpGroup
from kompcalc.cli.outfile import write_atomic
from kompcalc.core.ratecheck import check
from kompcalc.errors import EXIT_BAD_DATA, KompcalcError
from kompcalc.loading.numparse import parse_day
from kompcalc.loading.ratefile import load_table, located
from kompcalc.loading.shipped import shipped_summaries
from kompcalc.texts import problem_line, t

rates_app = typer.Typer(
    name="rates",
    cls=HelpGroup,
    no_args_is_help=False,
    invoke_without_command=True,
)

TEMPLATE = "rate-template.{lang}.yaml"
"""The packaged template ``rates init`` fills in, with its comments in Danish or English."""

INIT_YEARS = range(2016, 2101)
"""Years ``rates init`` writes a template for: the template's staircase holds from 2016."""


@rates_app.callback()
def _rates(
    ctx: typer.Context,
    rates: RatesOpt = None,
    date: DateOpt = None,
    set_: SetOpt = None,
    json: JsonOpt = False,
) -> None:
    """The rates in force, as ``rates show`` (help: help_about_rates)."""
    if ctx.invoked_subcommand is None:
        show(rates, date, set_, json)


@rates_app.command(cls=HelpCommand)
def show(
    rates: RatesOpt = None,
    date: DateOpt = None,
    set_: SetOpt = None,
    json: JsonOpt = False,
) -> None:
    """The rates in force on a day (help: help_about_rates_show)."""
    _, effective = load_options(rates, date, set_)
    if json:
        from kompcalc.core.freshness import freshness
        from kompcalc.render.json_rates import rates_dict

        historical = freshness(effective, today()).historical
        streams.print_json(rates_dict(effective, historical=historical, full=True))
    else:
        from kompcalc.render.rates import render_rates

        print_out(render_rates(effective, language.current()))


@rates_app.command("list", cls=HelpCommand)
def list_cmd(json: JsonOpt = False) -> None:
    """The shipped rate tables (help: help_cmd_rates_list)."""
    tables = shipped_summaries()
    if json:
        from kompcalc.render.json_rates import table_list_dict

        streams.print_json(table_list_dict(tables))
    else:
        from kompcalc.render.rates import render_table_list

        print_out(render_table_list(tables, language.current()))


@rates_app.command("check", cls=HelpCommand)
def check_cmd(
    rates: RatesOpt = None,
    date: DateOpt = None,
) -> None:
    """Stale, missing and inconsistent rates (help: help_about_rates_check)."""
    code = language.current()
    day = date_or_today(date)
    loaded = load_table(rates)
    findings = check(loaded.table, day)
    problems = [f for f in findings if not f.note]
    for finding in findings:
        problem = located(finding.text, loaded.data, loaded.index, finding.path)
        label = t(code, "chk_note" if finding.note else "chk_problem")
        sys.stdout.write(f"{label}: {problem_line(problem, code)}\n")
    if problems:
        sys.stdout.write(t(code, "chk_summary_bad", count=len(problems)) + "\n")
        raise typer.Exit(EXIT_BAD_DATA)
    sys.stdout.write(t(code, "chk_summary_ok", name=" + ".join(loaded.layers)) + "\n")


def date_or_today(text: str | None) -> date:
    return today() if text is None else parse_day(text, option="--date")


@rates_app.command(cls=HelpCommand)
def init(
    year: Annotated[int, typer.Option("--year")],
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    """A template for a year's rates (help: help_about_rates_init)."""
    code = language.current()
    if year not in INIT_YEARS:
        first, last = INIT_YEARS[0], INIT_YEARS[-1]
        raise KompcalcError.usage("err_init_year", field="--year", first=first, last=last)
    name = TEMPLATE.format(lang=code)
    text = Template(resources.files("kompcalc.cli").joinpath(name).read_text("utf-8"))
    filled = text.substitute(year=year)
    if output is None:
        sys.stdout.write(filled)
        return
    if output.exists() and not force:
        raise KompcalcError.data("err_exists", str(output))
    write_atomic(output, filled.encode("utf-8"))
    tell([t(code, "init_written", file=output, year=year)])
