"""``kompcalc example [-o FILE]``: the catalogue's ten cases as a case list.

Without ``-o`` the shipped YAML file goes to stdout as it is, comments and all. With
``-o`` it is written by the file's suffix: ``.yaml`` as it is, ``.json``, ``.xlsx``
and ``.csv`` through ``convert``'s writers (headers in the run's language). The file
is written atomically and never over an existing one without ``--force``.
"""

import sys
from importlib import resources

from kompcalc.cli import language
from kompcalc.cli.common import ForceOpt, OutputOpt, tell
from kompcalc.cli.convert import WRITERS, read_cases, write_cases
from kompcalc.cli.outfile import atomic_file, check_new_file
from kompcalc.errors import KompcalcError
from kompcalc.loading.example import example_file
from kompcalc.texts import t

AS_IT_IS = (".yaml", ".yml")
"""Suffixes the example is written to byte for byte."""


def example(output: OutputOpt = None, force: ForceOpt = False) -> None:
    """The catalogue example (help: help_about_example)."""
    code = language.current()
    source = example_file()
    if output is None:
        data = source.read_bytes()
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        return
    suffix = output.suffix.lower()
    if suffix not in WRITERS:
        raise KompcalcError.usage("err_convert_suffix", field="-o", file=str(output))
    check_new_file(output, force)
    with resources.as_file(source) as path:
        cases, reader = read_cases(path, output, code)
        with atomic_file(output) as out:
            if suffix in AS_IT_IS:
                out.write(path.read_bytes())
                count = len(cases)
            else:
                count = write_cases(output, out, cases, reader, code)
    tell([t(code, "convert_written", count=count, file=output)])
