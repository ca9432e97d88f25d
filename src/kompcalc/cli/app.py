"""The command line: parse arguments, call the core, render the result.

Data goes to stdout; messages, notes and warnings go to stderr. Every error a user
can cause ends as ``Fejl: ...`` lines on stderr and exit code 1 (bad data) or 2 (bad
usage); no traceback.
"""

import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any, ClassVar, NamedTuple

import typer

from kompcalc import __version__
from kompcalc.cli import language, streams
from kompcalc.cli.common import (
    BenefitMonthOpt,
    BenefitOpt,
    BenefitWeekOpt,
    DateOpt,
    DiscountOpt,
    JsonOpt,
    MonthsOpt,
    PerspectiveOpt,
    ProbabilityOpt,
    RatesOpt,
    SetOpt,
    build,
    check_months,
    load_options,
    note,
    note_rates,
    parse_probability,
    print_card,
    rates_freshness,
    report_problems,
)
from kompcalc.cli.helpscreen import usage_word
from kompcalc.cli.lazy import LazyGroup
from kompcalc.core.calc import DEFAULT_MONTHS, calculate
from kompcalc.core.cases import Aids, Case, PersonalAssistance
from kompcalc.core.optioncase import quick_assistance, quick_case
from kompcalc.core.perspectives import Perspective
from kompcalc.errors import (
    EXIT_BAD_DATA,
    EXIT_BAD_USAGE,
    EXIT_BROKEN_PIPE,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    KompcalcError,
    Message,
    Problem,
    msg,
    os_reason,
)
from kompcalc.loading.businesscase import discount_profile, perspective_of
from kompcalc.loading.numparse import ParsedNumber, parse_number

DEFAULT_BENEFIT = "sygedagpenge"


class Commands(LazyGroup):
    """kompcalc's commands, in the order of its help screen; each is imported and built
    only when it is used, so ``kompcalc pa`` never loads the batch, the report or the
    spreadsheet writers (cli/lazy.py)."""

    lazy: ClassVar[dict[str, str]] = {
        "pa": "kompcalc.cli.app:pa",
        "aid": "kompcalc.cli.app:aid",
        "batch": "kompcalc.cli.batch:batch",
        "report": "kompcalc.cli.report:report",
        "template": "kompcalc.cli.template:template",
        "example": "kompcalc.cli.example:example",
        "convert": "kompcalc.cli.convert:convert",
        "schema": "kompcalc.cli.schema:schema",
        "rates": "kompcalc.cli.rates:rates_app",
    }


app = typer.Typer(
    name="kompcalc",
    cls=Commands,  # help screens in one language (cli/helpscreen.py, texts/help_*.py)
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class CaseOptions(NamedTuple):
    """The options every single-case command takes besides its intervention."""

    benefit: str
    months: int
    rates: Path | None
    day: str | None
    sets: list[str] | None
    benefit_month: int | None
    benefit_week: int | None
    probability: str | None
    as_json: bool
    lang: str
    discount: str | None = None
    perspective: str = Perspective.kommune.value


_CASE_OPTIONS = {
    "benefit_month": "--benefit-month",
    "benefit_week": "--benefit-week",
    "probability": "--probability",
}
"""The option each field of a single case comes from, for a message about it."""

_CASE_FIELDS = ("interventions", "benefit", "benefit_month", "benefit_week", "probability", "date")
"""The fields a single case is built from, in :func:`quick_case`'s order."""


def _run(
    interventions: Sequence[PersonalAssistance | Aids],
    options: CaseOptions,
    notes: Sequence[Message] = (),
) -> None:
    from kompcalc.batch.prepare import CaseRules, Refusal  # the case rules only, not the loop

    lang = options.lang
    for reading in notes:
        note(reading, lang)
    check_months(options.months)
    if options.benefit_month is not None and options.benefit_week is not None:
        raise KompcalcError.usage("err_month_and_week", field="--benefit-week")
    perspective = perspective_of(options.perspective)
    loaded, rates = load_options(options.rates, options.day, options.sets)
    discount = discount_profile(options.discount, loaded.table)
    rules = CaseRules(loaded)
    key = rules.benefit(options.benefit)
    if isinstance(key, Refusal):
        raise KompcalcError(Problem(key.message, field="--benefit"), exit_code=EXIT_BAD_USAGE)
    missing = rules.available(key, rates)
    if missing is not None:
        raise KompcalcError(missing)
    given = (tuple(interventions), key, options.benefit_month, options.benefit_week)
    probability = parse_probability(options.probability)
    case = quick_case(*given, probability, rates.day)  # plainly valid: no validator built
    if case is None:  # validated, so that a refusal says what pydantic says
        values = dict(zip(_CASE_FIELDS, (*given, probability, rates.day), strict=True))
        case = build(Case, _CASE_OPTIONS, **values)
    no_refund = {problem: None for _, problem in rules.refunds(case, rates)}
    if no_refund:
        raise KompcalcError(*no_refund)
    limits = rules.limits(case, rates)
    if limits:
        raise KompcalcError(*(Problem(r.message, field=r.field) for r in limits))
    result = calculate(case, rates, key, options.months, discount)
    found = rates_freshness(rates)
    note_rates(found, lang)
    report_problems([Problem(w) for w in result.warnings], lang, prefix="warn_prefix")
    if options.as_json:
        from kompcalc.render.json import result_dict

        streams.print_json(result_dict(result, rates, historical=found.historical, lang=lang))
    else:
        from kompcalc.render.text import render_result

        print_card(render_result(result, rates, lang, perspective))


def pa(
    hours: Annotated[str, typer.Option("--hours")],
    benefit: BenefitOpt = DEFAULT_BENEFIT,
    months: MonthsOpt = DEFAULT_MONTHS,
    benefit_month: BenefitMonthOpt = None,
    benefit_week: BenefitWeekOpt = None,
    rates: RatesOpt = None,
    date: DateOpt = None,
    set_: SetOpt = None,
    probability: ProbabilityOpt = None,
    discount: DiscountOpt = None,
    perspective: PerspectiveOpt = Perspective.kommune.value,
    json: JsonOpt = False,
) -> None:
    """Personal assistance: hours per week (help: help_about_pa)."""
    parsed = parse_number(hours, option="--hours")
    iv = quick_assistance(parsed.value)  # plainly valid: no validator built
    if iv is None:
        iv = build(PersonalAssistance, {"hours_per_week": "--hours"}, hours_per_week=parsed.value)
    notes = [parsed.note] if parsed.note else []
    options = CaseOptions(
        benefit,
        months,
        rates,
        date,
        set_,
        benefit_month,
        benefit_week,
        probability,
        json,
        language.current(),
        discount,
        perspective,
    )
    _run([iv], options, notes)


def _parse_item(text: str) -> tuple[str, ParsedNumber]:
    """``"Cobra CCTV=25000"`` as its name and amount."""
    name, sep, amount = text.rpartition("=")
    if not sep or not name.strip() or not amount.strip():
        raise KompcalcError.usage("err_item_format", field="--item", text=text)
    return name.strip(), parse_number(amount, option="--item", kroner=True)


def aid(
    amount: Annotated[str | None, typer.Option("--amount")] = None,
    item: Annotated[list[str] | None, typer.Option("--item")] = None,
    benefit: BenefitOpt = DEFAULT_BENEFIT,
    months: MonthsOpt = DEFAULT_MONTHS,
    benefit_month: BenefitMonthOpt = None,
    benefit_week: BenefitWeekOpt = None,
    rates: RatesOpt = None,
    date: DateOpt = None,
    set_: SetOpt = None,
    probability: ProbabilityOpt = None,
    discount: DiscountOpt = None,
    perspective: PerspectiveOpt = Perspective.kommune.value,
    json: JsonOpt = False,
) -> None:
    """Aids: a one-off amount or items (help: help_about_aid)."""
    code = language.current()
    if amount is not None and item:
        raise KompcalcError.usage("err_amount_and_items", field="--amount")
    named: list[tuple[str | None, ParsedNumber]] = []
    if amount is not None:
        named.append((None, parse_number(amount, option="--amount", kroner=True)))
    named += [_parse_item(text) for text in item or []]
    if not named:
        raise KompcalcError.usage("err_no_amount", field="--amount")
    notes = [parsed.note for _, parsed in named if parsed.note]
    field = "--amount" if amount is not None else "--item"
    fields = {f"items.{i + 1}.amount": field for i in range(len(named))}
    items = [{"name": name, "amount": parsed.value} for name, parsed in named]
    iv = build(Aids, fields, items=items)
    options = CaseOptions(
        benefit,
        months,
        rates,
        date,
        set_,
        benefit_month,
        benefit_week,
        probability,
        json,
        code,
        discount,
        perspective,
    )
    _run([iv], options, notes)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"kompcalc {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True)] = False,
) -> None:
    """kompcalc (help: help_about_kompcalc)."""


def _usage_message(exc: Exception) -> Message | None:
    """Click's usage errors, in the user's language where we know them; None when
    there is nothing to say."""
    name = type(exc).__name__
    param = getattr(exc, "param", None)
    ctx = getattr(exc, "ctx", None)
    if name == "MissingParameter" and param is not None:
        return msg("err_missing_option", option=usage_word(param, ctx))
    path = ctx.command_path if ctx is not None else "kompcalc"
    if name == "NoSuchOption":
        option = getattr(exc, "option_name", "")
        like = sorted(getattr(exc, "possibilities", None) or ())
        if like:
            return msg("err_no_such_option_like", option=option, like=like[0], path=path)
        return msg("err_no_such_option", option=option, path=path)
    if name == "BadOptionUsage" and ctx is not None:
        option = getattr(exc, "option_name", "")
        given = [p for p in ctx.command.params if option in getattr(p, "opts", ())]
        if given and getattr(given[0], "is_flag", False):
            return msg("err_option_takes_no_value", option=option, path=path)
        if given:
            return msg("err_option_needs_value", option=option, path=path)
    format_message = getattr(exc, "format_message", None)
    text = str(format_message() if format_message else exc)
    extra = re.match(_EXTRA, text)
    if name == "UsageError" and extra:
        return msg("err_extra_arguments", args=extra.group(1), path=path)
    if name == "BadParameter" and param is not None:
        bad = _bad_value(param, ctx, text)
        if bad is not None:
            return bad
    return msg("untranslated", text=text) if text else None


_QUOTED = r"'([^']*)'"
_EXTRA = r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)$"
# patterns, not compiled ones: re compiles them on a usage error, not on every start


def _bad_value(param: Any, ctx: Any, text: str) -> Message | None:
    """A value Click refused, in the user's language: a folder given for a file, a
    choice not among the choices, a number that is not whole (else None)."""
    option = usage_word(param, ctx)
    quoted = re.findall(_QUOTED, text)
    described = getattr(param, "type_descriptor", None)
    if "is a directory" in text and quoted:
        return msg("err_value_is_directory", option=option, value=quoted[-1])
    if described is not None and described.is_choice and len(quoted) > 1:
        choices = ", ".join(str(getattr(c, "value", c)) for c in described.choices or ())
        return msg("err_value_not_choice", option=option, value=quoted[1], choices=choices)
    if described is not None and described.annotation is int and ctx is not None:
        return msg("err_value_not_whole", option=option, path=ctx.command_path)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """The ``kompcalc`` console script; returns the exit code."""
    streams.prepare()
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        lang, args = language.take_lang(args, os.environ)
    except KompcalcError as exc:  # a bad --lang or KOMPCALC_LANG: said in Danish
        report_problems(exc.problems, language.DEFAULT)
        return exc.exit_code
    with language.speaking(lang):
        try:
            code = _run_app(args, lang)
            sys.stdout.flush()  # here, where a full disk can still be told
            signalled = streams.signalled_exit()  # a signal that a library swallowed
            if signalled is not None:
                return signalled
        except BrokenPipeError:  # the reader stopped reading (| head): quiet, as cat is
            streams.silence_stdout()
            return EXIT_BROKEN_PIPE
        except OSError as exc:  # stdout cannot be written: a full disk, a closed stream
            streams.silence_stdout()
            reason = os_reason(exc)
            report_problems([Problem(msg("err_stdout_unwritable", reason=reason))], lang)
            return EXIT_BAD_DATA
    return code


def _run_app(args: list[str], lang: str) -> int:
    """Run the command; every way it can end becomes an exit code and a message."""
    command = typer.main.get_command(app)
    try:
        # make_context and invoke, not Click's main(): main() turns a broken pipe into
        # a silent exit 1, and kompcalc says what it means itself (see main)
        with command.make_context("kompcalc", args) as context:
            code = command.invoke(context)
    except typer.Exit as exc:  # --help, --version, or a command's own exit code
        return exc.exit_code
    except KompcalcError as exc:
        report_problems(exc.problems, lang)
        return exc.exit_code
    except typer.TyperException as exc:  # the bundled Click's usage errors
        if type(exc).__name__ == "NoArgsIsHelpError":  # no arguments: the help, exit 2
            sys.stdout.write(f"{getattr(exc, 'message', '')}\n")
            return EXIT_BAD_USAGE
        message = _usage_message(exc)
        if message is None:
            return EXIT_BAD_USAGE
        report_problems([Problem(message)], lang)
        return int(getattr(exc, "exit_code", EXIT_BAD_USAGE))
    except (KeyboardInterrupt, typer.Abort):
        return EXIT_INTERRUPTED
    except streams.Terminated:
        return EXIT_TERMINATED
    except OSError:
        raise  # output that cannot be written: main() tells
    except Exception as exc:  # a bug in kompcalc: one line, not a traceback
        signalled = streams.signalled_exit()  # Ctrl-C or SIGTERM a library wrapped
        if signalled is not None:
            return signalled
        error = f"{type(exc).__name__}: {exc}"
        report_problems([Problem(msg("err_internal", error=error))], lang)
        return EXIT_INTERNAL
    return code if isinstance(code, int) else EXIT_OK
