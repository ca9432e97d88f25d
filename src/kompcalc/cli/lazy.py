"""A command group that imports and builds each command only when it is used.

``kompcalc pa`` should not pay for importing the batch loop, the report or the
spreadsheet writers, nor for Typer building the options of every other command. A
:class:`LazyGroup` is given its commands as ``"module:attribute"`` names, in the order
its help lists them; a command is imported and built the first time the group looks
it up (to run it, or to show it in a help screen). The attribute is a command
function (built as Typer builds one) or a ``typer.Typer`` of its own (a group such as
``rates``).
"""

from collections.abc import Iterator, Mapping, MutableMapping
from importlib import import_module
from typing import Any, ClassVar

import typer
from typer import _click  # Typer's own Click: the types its commands are built on

from kompcalc.cli.helpscreen import HelpCommand, HelpGroup


def build(target: str, name: str) -> _click.Command:
    """The command ``target`` (``"module:attribute"``) names, built as ``name``."""
    module, _, attribute = target.partition(":")
    found = getattr(import_module(module), attribute)
    if isinstance(found, typer.Typer):
        return typer.main.get_group(found)  # as add_typer makes it: no completion options
    single = typer.Typer(add_completion=False)
    single.command(name, cls=HelpCommand)(found)
    return typer.main.get_command(single)


class LazyCommands(MutableMapping[str, _click.Command]):
    """A group's commands by name, each built the first time it is looked up; the
    order is the order of the names given."""

    def __init__(self, built: Mapping[str, _click.Command], lazy: Mapping[str, str]) -> None:
        self._built = dict(built)
        self._lazy = dict(lazy)
        self._order = [*built, *(name for name in lazy if name not in built)]

    def __getitem__(self, name: str) -> _click.Command:
        if name not in self._built:
            if name not in self._lazy:
                raise KeyError(name)
            self._built[name] = build(self._lazy[name], name)
        return self._built[name]

    def __setitem__(self, name: str, command: _click.Command) -> None:
        if name not in self._built and name not in self._lazy:
            self._order.append(name)
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        if name not in self:
            raise KeyError(name)
        self._built.pop(name, None)
        self._lazy.pop(name, None)
        self._order.remove(name)

    def __contains__(self, name: object) -> bool:
        return name in self._built or name in self._lazy

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._order))

    def __len__(self) -> int:
        return len(self._order)


class LazyGroup(HelpGroup):
    """A :class:`HelpGroup` whose subclass names its commands in :attr:`lazy`."""

    lazy: ClassVar[dict[str, str]] = {}
    """Each command's name and ``"module:attribute"``, in the order the help lists them."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.commands = LazyCommands(self.commands, self.lazy)

    def list_commands(self, ctx: _click.Context) -> list[str]:
        return list(self.commands)  # the names only: nothing is built to list them
