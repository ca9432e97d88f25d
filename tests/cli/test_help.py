"""The help screens: one language each, flags shown as flags, every option explained,
examples that parse, and no line wider than the terminal."""

import json
import re
import shlex
from pathlib import Path

import pytest
import typer
from typer.core import TyperGroup, TyperOption

from kompcalc.cli.app import app
from kompcalc.cli.helpscreen import HelpCommand, HelpGroup, option_key
from kompcalc.texts import LANGS, TEXTS, has, t
from tests.cli.commandtree import commands
from tests.helpers import RunCli

PATHS = [path for path, _, _ in commands()]
SCREENS = [(path, lang) for path in PATHS for lang in LANGS]

ENGLISH = {
    "the", "and", "with", "this", "usage", "options", "commands", "arguments",
    "examples", "default", "required", "repeatable", "message", "exit",
}  # fmt: skip
"""Words that only an English screen has (Click's among them)."""
DANISH = {
    "og", "med", "til", "af", "på", "er", "brug", "tilvalg", "kommandoer",
    "argumenter", "eksempler", "standard", "angives", "gentages", "ydelse", "sager",
}  # fmt: skip
"""Words that only a Danish screen has."""


def _words(text: str) -> set[str]:
    """The words of ``text`` outside quotes ("Kompensering med gevinst" is a title)
    and file names (an example may name ``sager.xlsx`` in English)."""
    text = re.sub(r'"[^"]*"|\S+\.(?:xlsx|csv|yaml|json|html)\b', "", text)
    return set(re.findall(r"\w+", text.lower()))


def _help(cli: RunCli, path: tuple[str, ...], lang: str) -> str:
    run = cli(*path, "--help", "--lang", lang)
    assert run.code == 0 and run.err == "", run.err
    return run.out


@pytest.mark.parametrize(("path", "lang"), SCREENS)
def test_every_screen_is_in_one_language(cli: RunCli, path: tuple[str, ...], lang: str) -> None:
    out = _help(cli, path, lang)
    own, other = (DANISH, ENGLISH) if lang == "da" else (ENGLISH, DANISH)
    assert _words(out) & other == set(), out
    assert _words(out) & own
    heading = "Brug: kompcalc" if lang == "da" else "Usage: kompcalc"
    assert out.startswith(heading)
    assert ("Tilvalg:" if lang == "da" else "Options:") in out.splitlines()


@pytest.mark.parametrize(("path", "lang"), SCREENS)
def test_every_screen_shows_values_as_words_not_types(
    cli: RunCli, path: tuple[str, ...], lang: str
) -> None:
    out = _help(cli, path, lang)
    assert "<" not in out and ">" not in out.replace("> kompcalc-", "")  # no <bool>, <str>
    assert "--lang da|en" in out and "--help" in out


@pytest.mark.parametrize("width", [40, 80, 120])
@pytest.mark.parametrize(("path", "lang"), SCREENS)
def test_no_line_is_wider_than_the_terminal(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch, path: tuple[str, ...], lang: str, width: int
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    lines = _help(cli, path, lang).splitlines()
    assert max(len(line) for line in lines) <= min(width, 100)
    assert [line for line in lines if line != line.rstrip()] == []


def test_a_wide_terminal_still_gets_lines_that_read(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    lines = _help(cli, ("pa",), "da").splitlines()
    assert 80 < max(len(line) for line in lines) <= 100


def test_every_command_draws_its_own_help() -> None:
    """A command added without cls=HelpCommand would show Typer's English help."""
    wrong = [p for p, c, _ in commands() if not isinstance(c, (HelpCommand, HelpGroup))]
    assert wrong == []


def test_every_option_and_argument_has_a_text_in_both_languages() -> None:
    missing = []
    checked = 0
    for path, command, ctx in commands():
        for param in command.get_params(ctx):
            checked += 1
            key = option_key("opt", path, param)
            da, en = TEXTS.get(key, ("", ""))
            if not da or not en or da == en:
                missing.append((path, param.name, key))
            choice = isinstance(param, TyperOption) and param.type_descriptor.is_choice
            flag = isinstance(param, TyperOption) and param.is_flag
            if not flag and not choice and not has(option_key("meta", path, param)):
                missing.append((path, param.name, option_key("meta", path, param)))
    assert checked > 60
    assert missing == []


def test_every_command_has_a_summary_and_examples() -> None:
    for path, _, _ in commands():
        name = "_".join(path) or "kompcalc"
        if path:
            assert has(f"help_cmd_{name}"), path
        for lang in LANGS:
            examples = t(lang, f"help_ex_{name}").splitlines()
            commands_shown = [line for line in examples if not line.endswith(":")]
            assert 2 <= len(commands_shown) <= 3, (path, lang)
            assert all(line.startswith("kompcalc ") for line in commands_shown)


def _parse(args: list[str]) -> None:
    """Parse ``args`` as kompcalc would, down to the command, without running it: the
    leading words that name commands, then the rest as that command's arguments."""
    command = typer.main.get_command(app)
    ctx = command.make_context("kompcalc", [], resilient_parsing=True)
    while isinstance(command, TyperGroup) and args and args[0] in command.commands:
        name, *args = args
        command = command.commands[name]
        if isinstance(command, TyperGroup):
            ctx = command.make_context(name, [], parent=ctx, resilient_parsing=True)
        else:
            ctx = command.make_context(name, args, parent=ctx)


@pytest.mark.parametrize(("path", "lang"), SCREENS)
def test_every_example_is_a_command_line_kompcalc_accepts(path: tuple[str, ...], lang: str) -> None:
    name = "_".join(path) or "kompcalc"
    lines = [x for x in t(lang, f"help_ex_{name}").splitlines() if not x.endswith(":")]
    for line in lines:
        for part in line.split("&&"):
            words = shlex.split(part.partition(">")[0])
            assert words[0] == "kompcalc"
            args = [w for w in words[1:] if w not in ("--lang", "en", "da")]
            _parse(args)


def test_an_example_with_a_typo_would_be_caught() -> None:
    """The check above fails on a wrong option (it is not vacuous)."""
    with pytest.raises(typer.TyperException):
        _parse(["pa", "--houres", "12"])
    with pytest.raises(typer.TyperException):
        _parse(["report", "sager.xlsx"])  # -o is required


# the language: --lang anywhere, else KOMPCALC_LANG


@pytest.mark.parametrize(
    "args",
    [
        ("--help", "--lang", "en"),
        ("--lang", "en", "--help"),
        ("--lang=en", "pa", "--help"),
        ("--lang", "en", "pa", "--help"),
        ("pa", "--help", "--lang", "en"),
        ("pa", "--lang", "en", "--help"),
        ("rates", "--lang", "en", "init", "--help"),
    ],
)
def test_lang_works_anywhere_on_the_line(cli: RunCli, args: tuple[str, ...]) -> None:
    run = cli(*args)
    assert run.code == 0 and run.err == ""
    assert run.out.startswith("Usage: kompcalc") and "Show this help." in run.out


def test_the_environment_variable_chooses_the_language(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOMPCALC_LANG", "en")
    assert cli("pa", "--help").out.startswith("Usage: kompcalc pa --hours HOURS [OPTIONS]")
    assert cli("pa", "--help", "--lang", "da").out.startswith("Brug: kompcalc pa --hours TIMER")
    run = cli("pa", "--hours", "tolv")
    assert (
        run.code == 2
        and run.err == 'Error: --hours: "tolv" is not a number. Write e.g. 8507, 8.507 or 6,5.\n'
    )


def test_lang_before_the_command_sets_the_language_of_its_output(cli: RunCli) -> None:
    run = cli("--lang", "en", "pa", "--hours", "12")
    assert run.code == 0 and "Personal assistance" in run.out and "Note:" in run.err


@pytest.mark.parametrize(
    ("args", "env", "field"),
    [
        (("--lang", "fr", "pa", "--help"), None, "--lang"),
        (("pa", "--help"), "fr", "KOMPCALC_LANG"),
        (("--help", "--lang"), None, "--lang"),
    ],
)
def test_a_bad_language_is_a_one_line_usage_error(
    cli: RunCli,
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
    env: str | None,
    field: str,
) -> None:
    if env is not None:
        monkeypatch.setenv("KOMPCALC_LANG", env)
    run = cli(*args)
    assert run.code == 2 and run.out == ""
    assert len(run.err.splitlines()) == 1 and run.err.startswith(f"Fejl: {field}: ")


def test_the_flag_wins_over_a_bad_environment_variable(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOMPCALC_LANG", "fr")
    run = cli("pa", "--help", "--lang", "en")
    assert run.code == 0 and run.out.startswith("Usage:")


# what the screens say


def test_benefit_lists_the_names_of_the_table_in_use(cli: RunCli, tmp_path: Path) -> None:
    shipped = cli("pa", "--help").out
    assert "Satstabellen sjh-2014 kender: sygedagpenge, ledighedsydelse, løntilskud." in (
        " ".join(shipped.split())
    )
    current = " ".join(cli("aid", "--rates", "dk-seneste", "--help", "--lang", "en").out.split())
    assert "The rate table dk-seneste knows: sygedagpenge, ledighedsydelse, " in current
    assert "ressourceforløbsydelse-forsørger" in current and "løntilskud" not in current


@pytest.mark.parametrize("rates", ["nothing.yaml", "broken.yaml", "folder", "ingen-tabel"])
def test_a_bad_rates_never_fails_the_help(cli: RunCli, tmp_path: Path, rates: str) -> None:
    (tmp_path / "broken.yaml").write_text("name: [", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    run = cli("pa", "--help", f"--rates={tmp_path / rates}")
    assert run.code == 0 and run.err == ""
    assert "sjh-2014 kender: sygedagpenge" in " ".join(run.out.split())


def test_a_repeatable_option_says_so_and_a_required_one_too(cli: RunCli) -> None:
    out = " ".join(cli("aid", "--help").out.split())
    assert "--item NAVN=BELØB" in out and "--set NAVN=VÆRDI" in out
    assert out.count("[kan gentages]") == 2
    out = " ".join(cli("report", "--help", "--lang", "en").out.split())
    assert "Usage: kompcalc report FILE -o FILE [OPTIONS]" in out
    assert "-o, --output FILE The HTML file to write, e.g. report.html. [required]" in out
    assert "--format text|csv|xlsx|json" in cli("batch", "--help").out


def test_a_note_in_brackets_is_never_split(cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    for width in range(40, 101, 3):
        monkeypatch.setenv("COLUMNS", str(width))
        for path in [("pa",), ("batch",), ()]:
            out = cli(*path, "--help").out
            notes = [x for x in out.splitlines() if re.search(r"\[(standard|skal|kan)", x)]
            assert notes and all(re.search(r"\[[^]]+\]", line) for line in notes)
            assert not re.search(r"\[(standard|skal|kan)[^]]*$", out, re.MULTILINE)


def test_the_case_list_commands_show_a_case_list_that_batch_reads(
    cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for lang in LANGS:
        csv, yaml = t(lang, "help_case_list_csv"), t(lang, "help_case_list_yaml")
        for command in ("batch", "report", "convert"):
            out = cli(command, "--help", "--lang", lang).out
            assert all(line in out for line in (*csv.splitlines(), *yaml.splitlines()))
            assert "kompcalc schema" in out and "kompcalc example" in out
        Path(f"{lang}.csv").write_text(csv + "\n", encoding="utf-8")
        Path(f"{lang}.yaml").write_text(yaml + "\n", encoding="utf-8")
        for name in (f"{lang}.csv", f"{lang}.yaml"):
            run = cli("batch", name, "--json")
            assert run.code == 0, run.err
            (case,) = json.loads(run.out)["cases"]
            assert case["interventions"][0]["hours_per_week"] == "12"


def test_no_arguments_show_the_help_and_exit_2(cli: RunCli) -> None:
    run = cli()
    assert run.code == 2 and run.out.startswith("Brug: kompcalc KOMMANDO") and run.err == ""


def test_an_unknown_command_is_told_in_the_language(cli: RunCli) -> None:
    run = cli("pax", "--hours", "12")
    assert run.code == 2
    assert run.err == 'Fejl: Ukendt kommando "pax". Mente du pa? Se kompcalc --help.\n'
    run = cli("rates", "vis", "--lang", "en")
    assert run.err == 'Error: Unknown command "vis". See kompcalc rates --help.\n'


def test_a_missing_value_or_argument_is_told_in_the_language(cli: RunCli) -> None:
    run = cli("pa", "--hours")
    assert run.code == 2 and run.err == "Fejl: --hours skal have en værdi. Se kompcalc pa --help.\n"
    run = cli("batch", "--lang", "en")
    assert run.code == 2 and run.err == "Error: FILE is missing.\n"
