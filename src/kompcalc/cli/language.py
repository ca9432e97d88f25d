"""The language of a run: ``--lang`` anywhere on the command line, else the
environment variable ``KOMPCALC_LANG``, else Danish.

:func:`kompcalc.cli.app.main` takes ``--lang`` out of the arguments once, before Click
parses them (:func:`take_lang`), so it works before or after the command (``kompcalc
--lang en pa``, ``kompcalc pa --help --lang en``) and every command, help screen and
message of the run sees the same language (:func:`current`).
"""

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from kompcalc.errors import KompcalcError
from kompcalc.texts import LANGS

OPTION = "--lang"
ENV = "KOMPCALC_LANG"
DEFAULT = "da"

_current: ContextVar[str] = ContextVar("kompcalc_lang", default=DEFAULT)


def option_value(args: Sequence[str], option: str) -> str | None:
    """The last value given to ``option`` in ``args`` (``--x V`` or ``--x=V``), up to a
    ``--``; None when it is not given."""
    found = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == option and i + 1 < len(args):
            found = args[i + 1]
        elif arg.startswith(f"{option}="):
            found = arg.partition("=")[2]
    return found


def take_lang(args: Sequence[str], environ: Mapping[str, str]) -> tuple[str, list[str]]:
    """The run's language and ``args`` without ``--lang`` and its value.

    The last ``--lang`` wins, and a ``--lang`` wins over ``KOMPCALC_LANG`` (which is
    not even looked at then). A bad value of either is a usage error.
    """
    rest: list[str] = []
    given: str | None = None
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":  # the rest are arguments, not options
            rest += args[i:]
            break
        if arg == OPTION:
            if i + 1 >= len(args):
                raise KompcalcError.usage("err_lang_missing", field=OPTION)
            given = args[i + 1]
            i += 2
            continue
        if arg.startswith(f"{OPTION}="):
            given = arg.partition("=")[2]
        else:
            rest.append(arg)
        i += 1
    if given is not None:
        return _checked(given, OPTION), rest
    from_env = environ.get(ENV, "").strip()
    return (_checked(from_env, ENV) if from_env else DEFAULT), rest


def _checked(value: str, field: str) -> str:
    lang = value.strip().lower()
    if lang not in LANGS:
        raise KompcalcError.usage("err_bad_lang", field=field, value=value)
    return lang


def current() -> str:
    """The language of this run ("da" or "en")."""
    return _current.get()


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Make ``lang`` the language of everything run inside the ``with`` block."""
    token = _current.set(lang)
    try:
        yield
    finally:
        _current.reset(token)
