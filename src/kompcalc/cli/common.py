"""What every kompcalc command shares: its options, its consoles and loading the rates."""

import os
import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from pydantic import BaseModel, ValidationError

from kompcalc.core.cases import MAX_HORIZON_MONTHS
from kompcalc.core.effective import EffectiveRates
from kompcalc.core.freshness import Freshness, freshness
from kompcalc.core.money import HUNDRED
from kompcalc.errors import EXIT_BAD_USAGE, KompcalcError, Message, Problem
from kompcalc.loading.numparse import parse_day, parse_number
from kompcalc.loading.ratefile import LoadedTable, load_table_and_rates
from kompcalc.texts import one_line, problem_line, say, t

if TYPE_CHECKING:  # rich is imported where it prints, never for --json
    from rich.console import Console, RenderableType

    from kompcalc.render.text import Card

M = TypeVar("M", bound=BaseModel)

SET_MAX_DECIMALS = 4
"""``--set`` values may be finer than øre (e.g. weeks per month)."""


MAX_ERROR_LINES = 20
"""At most this many problems are listed; the rest are counted."""

PIPED_WIDTH = 160
"""Output width when stdout is not a terminal and COLUMNS is not set."""


# The options many commands share. Their help is in texts/help_options.py, found by
# each option's name (cli/helpscreen.py).
BenefitOpt = Annotated[str, typer.Option("--benefit")]
MonthsOpt = Annotated[int, typer.Option("--months")]
RatesOpt = Annotated[Path | None, typer.Option("--rates", dir_okay=False)]
DateOpt = Annotated[str | None, typer.Option("--date")]
SetOpt = Annotated[list[str] | None, typer.Option("--set")]
BenefitMonthOpt = Annotated[int | None, typer.Option("--benefit-month")]
BenefitWeekOpt = Annotated[int | None, typer.Option("--benefit-week")]
ProbabilityOpt = Annotated[str | None, typer.Option("--probability")]
DiscountOpt = Annotated[str | None, typer.Option("--discount")]
PerspectiveOpt = Annotated[str, typer.Option("--perspective")]
ConditionsOpt = Annotated[bool, typer.Option("--include-conditions")]
SensitivityOpt = Annotated[bool, typer.Option("--sensitivity")]
VaryOpt = Annotated[list[str] | None, typer.Option("--vary")]
JsonOpt = Annotated[bool, typer.Option("--json")]
OutputOpt = Annotated[Path | None, typer.Option("-o", "--output", dir_okay=False)]
ForceOpt = Annotated[bool, typer.Option("--force")]


def print_out(renderable: "RenderableType") -> None:
    """Print a rendering to stdout, each line without trailing blanks (it pastes cleanly)."""
    from rich.console import Console

    # text from files ("[/b]" in a source title) is never read as rich markup or emoji
    console = Console(highlight=False, markup=False, emoji=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = PIPED_WIDTH  # a case note or a file: don't wrap at 80
    with console.capture() as capture:
        console.print(renderable, crop=False)
    lines = capture.get().splitlines()
    sys.stdout.write("".join(line.rstrip() + "\n" for line in lines))


def print_card(card: "Card") -> None:
    """Print a case's card to stdout: laid out by kompcalc itself for a file or a pipe
    whenever it fits the width (as rich would lay it out, without rich's import), else
    by rich (:func:`print_out`), which also styles a terminal's headings."""
    width = plain_width()
    lines = None if width is None else card.lines(width)
    if lines is None:
        print_out(card.rich())
    else:
        sys.stdout.write("".join(f"{line}\n" for line in lines))


RICH_TERMINAL = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "JUPYTER_COLUMNS")
"""Variables with which rich may take stdout for a terminal (or a notebook) that is
none: with one of them set, rich lays the output out."""


def plain_width() -> int | None:
    """The width :func:`print_out` lays stdout out at when it is a file or a pipe
    (no styles: COLUMNS when it is a number, else :data:`PIPED_WIDTH`); None for a
    terminal, or where rich might see one (then rich lays it out)."""
    from kompcalc.cli.screen import is_terminal

    if sys.platform == "win32" or any(name in os.environ for name in RICH_TERMINAL):
        return None
    if is_terminal(sys.stdout):
        return None
    columns = os.environ.get("COLUMNS")
    if columns is None:
        return PIPED_WIDTH
    return int(columns) if columns.isdigit() and int(columns) > 0 else None


def stderr() -> "Console":
    from rich.console import Console

    return Console(stderr=True, highlight=False, markup=False, emoji=False)


def build(model: type[M], options: dict[str, str], **values: Any) -> M:
    """Build ``model`` from command-line values; problems name the option."""
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        from kompcalc.loading.validation import problems_from

        problems = problems_from(exc, values, file=None, index=None)
        named = [Problem(p.text, field=options.get(p.field or "", p.field)) for p in problems]
        raise KompcalcError(*named, exit_code=EXIT_BAD_USAGE) from None


def parse_sets(texts: Sequence[str] | None) -> list[tuple[str, Decimal]]:
    """``--set KEY=VALUE`` options as (key, exact value) pairs."""
    sets = []
    for text in texts or []:
        key, sep, value = text.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise KompcalcError.usage("err_set_format", field="--set", text=text)
        parsed = parse_number(
            value, option="--set", max_decimals=SET_MAX_DECIMALS, point_thousands=False
        )
        sets.append((key.strip(), parsed.value))
    return sets


def load_options(
    rates: Path | None, day: str | None, sets: Sequence[str] | None
) -> tuple[LoadedTable, EffectiveRates]:
    """The table the options name and its rates on the day they name."""
    wanted = None if day is None else parse_day(day, option="--date")
    return load_table_and_rates(rates, day=wanted, today=today(), sets=parse_sets(sets))


def today() -> date:
    """Today, as every command sees it (one place, so a test can pin it)."""
    return date.today()


def rates_freshness(rates: EffectiveRates) -> Freshness:
    """How current ``rates`` are today: for the note, the JSON and the report."""
    return freshness(rates, today())


def note_rates(found: Freshness, lang: str) -> None:
    """The run's one note on its rates, on stderr: that the table is historical, or
    which of its amounts are over a year old on the day computed for (nothing when
    neither). A command calls it once it has a result, so that a run refused for bad
    input says only why."""
    from kompcalc.render.ratenote import rates_note

    text = rates_note(found, lang)
    if text is not None:
        tell([f"{t(lang, 'note_prefix')}: {text}"])


def report_problems(
    problems: Sequence[Problem],
    lang: str,
    limit: int | None = MAX_ERROR_LINES,
    prefix: str = "err_prefix",
) -> None:
    """Each problem as one ``Fejl: file:line: field: message`` line on stderr; with a
    ``limit``, the rest are counted."""
    shown = problems if limit is None else problems[:limit]
    label = t(lang, prefix)
    lines = [f"{label}: {problem_line(problem, lang)}" for problem in shown]
    if len(shown) < len(problems):
        more = "warnings_more" if prefix == "warn_prefix" else "errors_more"
        lines.append(t(lang, more, count=len(problems) - len(shown)))
    tell(lines)


def tell(lines: Sequence[str]) -> None:
    """Messages for the user on stderr, one line each, however stderr is connected.

    A stderr that cannot be written (full, closed) loses the messages but never the
    data on stdout or the exit code: there is no one to tell. On a terminal a long
    message wraps at its words, continuing indented.
    """
    if not lines:
        return
    shown = [one_line(line) for line in lines]
    from kompcalc.cli.screen import terminal_size

    size = terminal_size(sys.stderr)
    if size is not None:
        from kompcalc.render.fit import wrap

        shown = wrap(shown, size.columns)
    try:
        sys.stderr.write("".join(f"{line}\n" for line in shown))
        sys.stderr.flush()
    except OSError:
        pass


def note(message: Message, lang: str) -> None:
    """One note (a reading the user should see) on stderr."""
    tell([say(message, lang)])


def parse_probability(text: str | None) -> Decimal:
    """``--probability 62,5`` as a per cent from 0 to 100 (100 when not given)."""
    if text is None:
        return HUNDRED
    value = parse_number(text, option="--probability", max_decimals=4, point_thousands=False).value
    if not 0 <= value <= 100:
        raise KompcalcError.usage("err_probability", field="--probability", text=text)
    return value


def check_months(months: int) -> None:
    """``--months`` must be a horizon kompcalc computes."""
    if not 1 <= months <= MAX_HORIZON_MONTHS:
        raise KompcalcError.usage("err_months", field="--months", max=MAX_HORIZON_MONTHS)


def same_file(a: Path, b: Path) -> bool:
    """Whether paths ``a`` and ``b`` name the same file (an output must not be an input)."""
    try:
        return a.resolve() == b.resolve() or (a.exists() and a.samefile(b))
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python 3.11)
        return False
