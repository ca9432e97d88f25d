"""kompcalc's command tree, walked: every command with a context, for the tests of
the help screens and of the texts they use."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from unittest.mock import patch

import typer
from typer import _click
from typer.core import TyperGroup

from kompcalc.cli import helpscreen
from kompcalc.cli.app import app
from kompcalc.texts import LANGS, t

Path = tuple[str, ...]


def commands() -> list[tuple[Path, _click.Command, _click.Context]]:
    """Every command and group as (path after ``kompcalc``, command, context)."""
    found: list[tuple[Path, _click.Command, _click.Context]] = []

    def walk(command: _click.Command, path: Path, parent: _click.Context | None) -> None:
        name = path[-1] if path else "kompcalc"
        ctx = command.make_context(name, [], parent=parent, resilient_parsing=True)
        found.append((path, command, ctx))
        if isinstance(command, TyperGroup):
            for sub in command.list_commands(ctx):
                child = command.get_command(ctx, sub)
                assert child is not None
                walk(child, (*path, sub), ctx)

    walk(typer.main.get_command(app), (), None)
    return found


@contextmanager
def recording() -> Iterator[set[str]]:
    """The keys of every text the help screens look up while the block runs."""
    keys: set[str] = set()
    real = t

    def record(lang: str, key: str, /, **values: Any) -> str:
        keys.add(key)
        return real(lang, key, **values)

    with patch.object(helpscreen, "t", record):
        yield keys


def help_keys() -> set[str]:
    """Every text key any help screen uses, in either language."""
    with recording() as keys:
        for _, command, ctx in commands():
            for lang in LANGS:
                helpscreen.help_screen(command, ctx, lang)
    return keys
