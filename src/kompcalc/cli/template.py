"""``kompcalc template``: an empty case list to fill in, as XLSX or CSV.

The file is written atomically and never over an existing one without ``--force``;
without ``-o`` the CSV template goes to stdout.
"""

import io
import sys
from pathlib import Path

from kompcalc.cli import language
from kompcalc.cli.common import DateOpt, ForceOpt, OutputOpt, RatesOpt, load_options, tell
from kompcalc.cli.outfile import atomic_file, check_new_file
from kompcalc.errors import KompcalcError
from kompcalc.texts import t

SUFFIXES = (".xlsx", ".csv")
"""The kinds of file a template is written as, by the output's suffix."""


def _check_output(output: Path, force: bool) -> None:
    """A usage error unless ``output`` is a template's suffix and may be written."""
    if output.suffix.lower() not in SUFFIXES:
        raise KompcalcError.usage("err_template_suffix", field="-o", file=str(output))
    check_new_file(output, force)


def template(
    output: OutputOpt = None,
    force: ForceOpt = False,
    rates: RatesOpt = None,
    date: DateOpt = None,
) -> None:
    """Write an empty case list to fill in (help: help_about_template)."""
    from kompcalc.render.template import write_template_csv, write_template_xlsx

    code = language.current()
    if output is not None:
        _check_output(output, force)
    _, effective = load_options(rates, date, None)
    benefits = tuple(effective.benefits)
    if output is None:
        data = io.BytesIO()
        write_template_csv(data, lang=code, benefits=benefits)
        sys.stdout.flush()
        sys.stdout.buffer.write(data.getvalue())
        return
    with atomic_file(output) as out:
        if output.suffix.lower() == ".xlsx":
            write_template_xlsx(out, lang=code, benefits=benefits)
        else:
            write_template_csv(out, lang=code, benefits=benefits)
    tell([t(code, "template_written", file=output)])
