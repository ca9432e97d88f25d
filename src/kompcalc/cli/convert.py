"""``kompcalc convert IN -o OUT``: a case list from one format to another.

YAML and JSON (case files) and XLSX and CSV (spreadsheets, one row per case), chosen
by each file's suffix. Every case is read and validated as ``batch`` would (a case
that fails is reported at its line or cell and left out), then written. A case the
target cannot hold (two interventions of one kind in a spreadsheet row) is refused
before anything is written, and so is a list with a case that fails. The output is
written atomically and never over an existing file without ``--force``.
"""

from pathlib import Path
from typing import IO, Annotated

import typer

from kompcalc.batch.run import CaseReader, Failed
from kompcalc.cli import language
from kompcalc.cli.common import ForceOpt, load_options, note, report_problems, same_file, tell
from kompcalc.cli.outfile import atomic_file, check_new_file
from kompcalc.core.cases import Case
from kompcalc.errors import EXIT_BAD_DATA, EXIT_OK, KompcalcError
from kompcalc.texts import t

WRITERS = (".yaml", ".yml", ".json", ".xlsx", ".csv")
"""The suffixes a case list can be converted to."""


def write_cases(
    output: Path, out: IO[bytes], cases: list[Case], reader: CaseReader, lang: str
) -> int:
    """Write ``cases`` to ``out`` in the format of ``output``'s suffix; the count."""
    from kompcalc.render.caselist import ListMeta

    header = reader.header
    meta = ListMeta(header.title, header.description, header.organisation, header.author)
    suffix = output.suffix.lower()
    if suffix == ".xlsx":
        from kompcalc.render.caselist_xlsx import write_xlsx

        _, effective = load_options(None, None, None)
        written = write_xlsx(out, meta, cases, lang=lang, benefits=tuple(effective.benefits))
    elif suffix == ".csv":
        from kompcalc.render.caselist_text import write_csv

        written = write_csv(out, meta, cases, lang=lang)
    elif suffix == ".json":
        from kompcalc.render.caselist_text import write_json

        written = write_json(out, meta, cases)
    else:
        from kompcalc.render.caselist_text import write_yaml

        written = write_yaml(out, meta, cases)
    report_problems(written.notes, lang, prefix="note_prefix", limit=None)
    return written.cases


def read_cases(source: Path, output: Path, lang: str) -> tuple[list[Case], CaseReader]:
    """Every case of ``source``, read as ``batch`` would; the notes and problems are
    reported, and a list with a case that fails ends the run (exit 1) with nothing
    written to ``output``."""
    reader = CaseReader(source)
    cases: list[Case] = []
    failed: list[Failed] = []
    for read in reader.cases():
        if isinstance(read, Failed):
            failed.append(read)
        else:
            cases.append(read)
    for reading in reader.header.notes:
        note(reading, lang)
    report_problems(reader.header.problems, lang, limit=None)
    report_problems([p for f in failed for p in f.problems], lang, limit=None)
    if failed or reader.header.problems:
        # a case list that lacks cases would pass for the whole list: write nothing
        tell([t(lang, "convert_failed", count=len(failed), file=output)])
        raise typer.Exit(EXIT_BAD_DATA)
    return cases, reader


def convert(
    source: Annotated[Path, typer.Argument(dir_okay=False)],
    output: Annotated[Path, typer.Option("-o", "--output", dir_okay=False)],
    force: ForceOpt = False,
) -> None:
    """Convert a case list between YAML/JSON and XLSX/CSV (help: help_about_convert)."""
    code = language.current()
    if output.suffix.lower() not in WRITERS:
        raise KompcalcError.usage("err_convert_suffix", field="-o", file=str(output))
    if same_file(output, source):
        raise KompcalcError.usage("err_output_is_input", field="-o")
    check_new_file(output, force)
    cases, reader = read_cases(source, output, code)
    with atomic_file(output) as out:
        count = write_cases(output, out, cases, reader, code)
    key = "convert_written_one" if count == 1 else "convert_written"
    tell([t(code, key, count=count, file=output)])
    raise typer.Exit(EXIT_OK)
