"""``kompcalc schema``: the case file's format as a JSON Schema, on stdout."""

from kompcalc.cli import language, streams
from kompcalc.render.schema import case_file_schema


def schema() -> None:
    """Print the case file's JSON Schema (help: help_about_schema)."""
    streams.print_json(case_file_schema(language.current()))
