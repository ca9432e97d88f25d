"""Help screens in the run's language, built from the command tree.

Typer's own help is English ("Usage", "Show this message and exit") and shows Python
types (``--json <bool>``, ``--set <list[str]>``). Every kompcalc command is a
:class:`HelpCommand` or a :class:`HelpGroup` (Typer's ``cls=``), whose
``format_help`` writes a screen of kompcalc's own texts instead: the usage, what the
command does, its arguments and options with the word for each value (``--hours
TIMER``), and examples. The texts are found by the command's path and each option's
name (:func:`option_key`, :mod:`kompcalc.texts.help_options`); the layout is
:mod:`kompcalc.render.helptext`.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from typer import _click  # Typer's own Click: the types its commands are built on
from typer._click.exceptions import UsageError
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from kompcalc.cli import language
from kompcalc.errors import KompcalcError
from kompcalc.texts import has, t

if TYPE_CHECKING:  # the help's layout is imported when a help screen is drawn
    from kompcalc.render.helptext import Item, Row, Screen, Section

MAX_WIDTH = 100
"""Help is at most this wide, however wide the terminal: longer lines read badly."""

ARGS = "kompcalc.help.args"
"""Where a command keeps the arguments it parses (``ctx.meta``), for its help screen."""

READS_CASE_LISTS = ("batch", "report", "convert")
"""The commands whose help describes the case list they read."""

LANG_ROW = ("--lang", "da|en")


class HelpCommand(TyperCommand):
    """A command whose help is one of kompcalc's screens."""

    def parse_args(self, ctx: _click.Context, args: list[str]) -> list[str]:
        return _parse(ctx, args, super().parse_args)

    def format_help(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        formatter.write(help_text(self, ctx))


class HelpGroup(TyperGroup):
    """A group of commands whose help is one of kompcalc's screens, and whose unknown
    command is a message in the run's language."""

    def parse_args(self, ctx: _click.Context, args: list[str]) -> list[str]:
        return _parse(ctx, args, super().parse_args)

    def format_help(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        formatter.write(help_text(self, ctx))

    def resolve_command(
        self, ctx: _click.Context, args: list[str]
    ) -> tuple[str | None, _click.Command | None, list[str]]:
        name = args[0]
        if self.get_command(ctx, name) is None and not name.startswith("-"):
            from kompcalc.loading.nearest import nearest

            path = ctx.command_path
            like = nearest(name, self.list_commands(ctx))
            if like is not None:
                raise KompcalcError.usage(
                    "err_no_such_command_like", command=name, like=like, path=path
                )
            raise KompcalcError.usage("err_no_such_command", command=name, path=path)
        return super().resolve_command(ctx, args)


def _parse(
    ctx: _click.Context,
    args: list[str],
    parse: Callable[[_click.Context, list[str]], list[str]],
) -> list[str]:
    """Parse ``args`` for ``ctx``'s command, keeping them for its help screen (which
    is written inside the parse, when --help is met). A usage error knows the command
    it is about, so its message can point to the command's help."""
    ctx.meta[ARGS] = tuple(args)
    try:
        return parse(ctx, args)
    except UsageError as exc:
        exc.ctx = exc.ctx or ctx
        raise


def help_text(command: _click.Command, ctx: _click.Context) -> str:
    """The help screen of ``command`` in the run's language, as wide as the terminal."""
    from kompcalc.render.helptext import layout

    width = min(shutil.get_terminal_size().columns, MAX_WIDTH)
    return layout(help_screen(command, ctx, language.current()), width)


def command_key(path: Sequence[str]) -> str:
    """The texts' name for the command at ``path`` (after ``kompcalc``): ``rates_init``."""
    return "_".join(path) or "kompcalc"


def param_name(param: _click.Parameter) -> str:
    """An option's longest name or an argument's name, as in a text key: ``fail_fast``."""
    if isinstance(param, TyperArgument):
        return str(param.name)
    return max(param.opts, key=len).lstrip("-").replace("-", "_")


def option_key(kind: str, path: Sequence[str], param: _click.Parameter) -> str:
    """The text ``help_KIND_COMMAND__NAME`` of ``param`` if the command has its own,
    else the shared ``help_KIND_NAME`` (``kind``: ``opt`` or ``meta``)."""
    name = param_name(param)
    own = f"help_{kind}_{command_key(path)}__{name}"
    return own if has(own) else f"help_{kind}_{name}"


def help_screen(command: _click.Command, ctx: _click.Context, lang: str) -> Screen:
    """What the help of ``command`` says, in ``lang``."""
    from kompcalc.render.helptext import Code, Para, Row, Screen, Section

    path = tuple(ctx.command_path.split()[1:])
    key = command_key(path)
    params = [p for p in command.get_params(ctx) if not getattr(p, "hidden", False)]
    arguments = [p for p in params if isinstance(p, TyperArgument)]
    options = [p for p in params if isinstance(p, TyperOption)]
    sections = []
    if key in READS_CASE_LISTS:
        sections.append(_case_list(lang))
    if arguments:
        rows = tuple(
            Row(_metavar(p, path, lang), t(lang, option_key("opt", path, p))) for p in arguments
        )
        sections.append(Section(t(lang, "help_arguments"), rows))
    if isinstance(command, TyperGroup):
        sections.append(_commands(command, ctx, lang))
    rows = tuple(_option_rows(options, path, ctx, lang))
    sections.append(Section(t(lang, "help_options"), rows))
    examples = t(lang, f"help_ex_{key}").splitlines()
    items = tuple(Para(line) if line.endswith(":") else Code(line) for line in examples)
    sections.append(Section(t(lang, "help_examples"), items))
    about_key = f"help_about_{key}" if has(f"help_about_{key}") else f"help_cmd_{key}"
    about = t(lang, about_key) if about_key.startswith("help_about") else f"{t(lang, about_key)}."
    usage = f"{t(lang, 'help_usage')}: {_usage(command, ctx, arguments, options, path, lang)}"
    return Screen(usage, (about,), tuple(sections))


def _usage(
    command: _click.Command,
    ctx: _click.Context,
    arguments: Sequence[_click.Parameter],
    options: Sequence[_click.Parameter],
    path: Sequence[str],
    lang: str,
) -> str:
    """``kompcalc report FIL -o FIL [TILVALG]``: what must be given, then the rest."""
    pieces = [ctx.command_path]
    if isinstance(command, TyperGroup):
        word = t(lang, "help_command_metavar")
        pieces.append(f"[{word}]" if command.invoke_without_command else word)
    pieces += [_metavar(p, path, lang) for p in arguments]
    for option in options:
        if option.required:
            pieces.append(f"{min(option.opts, key=len)} {_metavar(option, path, lang)}")
    pieces.append(t(lang, "help_options_metavar"))
    return " ".join(pieces)


def _case_list(lang: str) -> Section:
    from kompcalc.render.helptext import Code, Para, Section

    csv = t(lang, "help_case_list_csv").splitlines()
    yaml = t(lang, "help_case_list_yaml").splitlines()
    items: list[Item] = [Para(t(lang, "help_case_list_about"))]
    items += [Code(line) for line in [*csv, "", *yaml]]
    return Section(t(lang, "help_case_list"), tuple(items))


def _commands(group: TyperGroup, ctx: _click.Context, lang: str) -> Section:
    from kompcalc.render.helptext import Para, Row, Section

    path = tuple(ctx.command_path.split()[1:])
    rows: list[Item] = []
    for name in group.list_commands(ctx):
        sub = group.get_command(ctx, name)
        if sub is not None and not sub.hidden:
            rows.append(Row(name, t(lang, f"help_cmd_{command_key((*path, name))}")))
    rows.append(Para(t(lang, "help_more", command=ctx.command_path)))
    return Section(t(lang, "help_commands"), tuple(rows))


def _option_rows(
    options: Sequence[_click.Parameter], path: Sequence[str], ctx: _click.Context, lang: str
) -> Iterator[Row]:
    """One row per option, with ``--lang`` (taken before Click parses, so not among
    them) before ``--help``."""
    from kompcalc.render.helptext import Row

    help_names = set(ctx.help_option_names)
    for option in options:
        if help_names & set(option.opts):
            lang_text = f"{t(lang, 'help_opt_lang')} {t(lang, 'help_default', value='da')}"
            yield Row(" ".join(LANG_ROW), lang_text)
        yield Row(_term(option, path, lang), _text(option, path, ctx, lang))


def _term(option: _click.Parameter, path: Sequence[str], lang: str) -> str:
    """``-o, --output FIL``; a flag has no value word."""
    names = ", ".join(sorted(option.opts, key=len))
    if isinstance(option, TyperOption) and option.is_flag:
        return names
    return f"{names} {_metavar(option, path, lang)}"


def _metavar(param: _click.Parameter, path: Sequence[str], lang: str) -> str:
    """The word for a value: a choice's values (``text|csv``), else the text's."""
    described = param.type_descriptor if isinstance(param, TyperOption) else None
    if described is not None and described.is_choice:
        return "|".join(str(_plain(c)) for c in described.choices or ())
    return t(lang, option_key("meta", path, param))


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _text(option: _click.Parameter, path: Sequence[str], ctx: _click.Context, lang: str) -> str:
    """What the option does, then whether it must be given, can be repeated, its default."""
    parts = [t(lang, option_key("opt", path, option))]
    if param_name(option) == "benefit":
        parts.append(_benefit_names(ctx, lang))
    if option.required:
        parts.append(t(lang, "help_required"))
    if option.multiple:
        parts.append(t(lang, "help_repeatable"))
    flag = isinstance(option, TyperOption) and option.is_flag
    if option.default not in (None, False) and not flag and not option.multiple:
        parts.append(t(lang, "help_default", value=_plain(option.default)))
    return " ".join(p for p in parts if p)


def _benefit_names(ctx: _click.Context, lang: str) -> str:
    """The benefits of the rate table in use: the one ``--rates`` names on the same
    line if it can be read, else the shipped default (a bad table never fails help)."""
    from kompcalc.loading.ratefile import load_table, shipped_name

    given = language.option_value(ctx.meta.get(ARGS, ()), "--rates")
    tables: list[Path | None] = [None]
    if given:  # a shipped table's name, or a regular file (never a FIFO that blocks)
        path = Path(given)
        if shipped_name(path) is not None or path.is_file():
            tables.insert(0, path)
    for table in tables:
        try:
            loaded = load_table(table)
        except (KompcalcError, OSError):  # a table that will not load: the next, quietly
            continue
        names = ", ".join(loaded.table.benefits)
        return t(lang, "help_benefit_names", table=" + ".join(loaded.layers), names=names)
    return ""


def usage_word(param: _click.Parameter, ctx: _click.Context | None) -> str:
    """How a usage error names ``param``: an option by its first name (``--hours``),
    an argument by the word its help shows for it (``FIL``)."""
    if isinstance(param, TyperArgument):
        path = tuple(ctx.command_path.split()[1:]) if ctx is not None else ()
        return _metavar(param, path, language.current())
    return param.opts[0]
