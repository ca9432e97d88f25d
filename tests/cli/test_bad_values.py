"""What the command line refuses before kompcalc sees it (a folder for a file, a
choice not among the choices, a number that is not whole, an unknown option, a value
for a flag, an argument too many) is said in the user's language, in one line, with
exit code 2."""

from pathlib import Path

import pytest

from tests.helpers import EXAMPLE, RunCli


@pytest.mark.parametrize(
    ("args", "da", "en"),
    [
        (["batch", "{dir}"], "Fejl: FIL: {dir} er en mappe; angiv en fil.",
         "Error: FILE: {dir} is a folder; give a file."),
        (["batch", str(EXAMPLE), "-o", "{dir}"], "Fejl: -o: {dir} er en mappe; angiv en fil.",
         "Error: -o: {dir} is a folder; give a file."),
        (["batch", str(EXAMPLE), "--format", "pdf"],
         'Fejl: --format: "pdf" kendes ikke; vælg text, csv, xlsx, json.',
         'Error: --format: "pdf" is not known; choose text, csv, xlsx, json.'),
        (["pa", "--hours", "12", "--months", "abc"],
         "Fejl: --months skal være et helt tal. Se kompcalc pa --help.",
         "Error: --months must be a whole number. See kompcalc pa --help."),
        (["pa", "--hourz", "12"],
         "Fejl: Ukendt tilvalg --hourz. Mente du --hours? Se kompcalc pa --help.",
         "Error: Unknown option --hourz. Did you mean --hours? See kompcalc pa --help."),
        (["pa", "--hours", "12", "--json=ja"],
         "Fejl: --json tager ingen værdi. Se kompcalc pa --help.",
         "Error: --json takes no value. See kompcalc pa --help."),
        (["batch", "a.yaml", "b.yaml"],
         "Fejl: For mange argumenter: b.yaml. Se kompcalc batch --help.",
         "Error: Too many arguments: b.yaml. See kompcalc batch --help."),
    ],
)  # fmt: skip
def test_a_refused_value_is_one_line_in_the_users_language(
    cli: RunCli, tmp_path: Path, args: list[str], da: str, en: str
) -> None:
    folder = tmp_path / "mappe.yaml"
    folder.mkdir()
    filled = [arg.format(dir=folder) for arg in args]
    for lang, expected in (("da", da), ("en", en)):
        run = cli(*filled, "--lang", lang)
        assert run.code == 2
        assert run.out == ""
        assert run.err == expected.format(dir=folder) + "\n"
