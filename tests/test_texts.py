"""Every text key used exists in both languages with the same placeholders, and every
key exists because something uses it."""

import ast
import re
import string
import typing
from pathlib import Path

import pydantic_core

from kompcalc.core.cases import Intervention
from kompcalc.core.columns import COLUMNS, Column, Savings
from kompcalc.render.guide import GUIDE_SAVINGS, example_key, help_key
from kompcalc.texts import TEXTS
from tests.cli.commandtree import help_keys
from tests.helpers import ROOT

SRC = ROOT / "src" / "kompcalc"

CALLS = {"t": 1, "template": 1, "msg": 0, "invalid": 0, "usage": 0, "data": 0, "Message": 0}
"""Functions that take a text key, and the position of the key among their arguments."""


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _modules() -> list[Path]:
    return [p for p in SRC.rglob("*.py") if "texts" not in p.relative_to(SRC).parts]


def _literal_keys(node: ast.expr) -> list[str]:
    """The text keys an argument can be: a string, or either branch of a conditional."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literal_keys(node.body) + _literal_keys(node.orelse)
    return []


def _called_keys() -> set[tuple[str, str]]:
    """(module, key) for every literal key given to a function of :data:`CALLS`."""
    found = set()
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            position = CALLS.get(name)
            if position is not None and len(node.args) > position:
                found |= {(path.name, key) for key in _literal_keys(node.args[position])}
    for path in SRC.rglob("*.j2"):
        text = path.read_text(encoding="utf-8")
        found |= {(path.name, key) for key in re.findall(r"""\bt\(["']([a-z0-9_]+)["']""", text)}
    return found


def _kinds() -> set[str]:
    members = typing.get_args(typing.get_args(Intervention)[0])
    return {typing.get_args(m.model_fields["kind"].annotation)[0] for m in members}


def test_every_text_has_the_same_placeholders_in_both_languages() -> None:
    differ = {
        key: (_placeholders(da), _placeholders(en))
        for key, (da, en) in TEXTS.items()
        if _placeholders(da) != _placeholders(en)
    }
    assert differ == {}


def test_every_key_given_to_a_text_function_exists() -> None:
    called = _called_keys()
    assert len(called) > 100  # the scan finds the keys (it would pass vacuously otherwise)
    missing = sorted((module, key) for module, key in called if key not in TEXTS)
    assert missing == []


def test_every_key_is_used() -> None:
    literals = set()
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
    literals |= {key for _, key in _called_keys()}
    kinds = {f"kind_{kind}" for kind in _kinds()}  # describe.kind_name: "kind_" + kind
    derived = kinds | _column_keys() | help_keys()  # keys made from names, not written out
    unused = sorted(k for k in TEXTS if k not in literals and k not in derived)
    pydantic = [k for k in unused if k.startswith("pyd_")]  # validation: "pyd_" + type
    error_types = set(typing.get_args(pydantic_core.core_schema.ErrorType))
    assert [k for k in pydantic if k.removeprefix("pyd_") not in error_types] == []
    assert [k for k in unused if not k.startswith("pyd_")] == []


def _column_keys() -> set[str]:
    """The help and example of every spreadsheet column (render.guide names them)."""
    columns: tuple[Column | Savings, ...] = (*COLUMNS, GUIDE_SAVINGS)
    return {help_key(c) for c in columns} | {example_key(c) for c in columns}


def test_every_spreadsheet_column_has_a_help_text_and_an_example() -> None:
    assert len(_column_keys()) == 2 * (len(COLUMNS) + 1)  # one pair per column, none shared
    assert sorted(_column_keys() - TEXTS.keys()) == []


def test_every_scheme_has_a_name() -> None:
    assert {f"kind_{kind}" for kind in _kinds()} <= TEXTS.keys()


def test_a_count_takes_the_singular_only_when_it_is_one() -> None:
    from kompcalc.errors import msg
    from kompcalc.texts import say, t

    assert t("da", "n_cases", count=1) == "1 sag"
    assert t("da", "n_cases", count=2) == "2 sager"
    assert t("da", "n_cases", count=0) == "0 sager"
    assert t("en", "n_cases", count=1) == "1 case"
    assert t("en", "n_cases", count=11) == "11 cases"
    # a count that has been shown as text (as say() does) still picks the right word
    assert say(msg("n_cases", count=1), "da") == "1 sag"
    assert say(msg("n_cases", count=21), "en") == "21 cases"


def test_no_text_writes_a_plural_in_brackets() -> None:
    brackets = re.compile(r"\w\((?:er|r|s|es)\)")
    assert not [key for key, pair in TEXTS.items() for text in pair if brackets.search(text)]


def test_a_count_is_grouped_in_the_readers_format_and_a_year_is_not() -> None:
    from kompcalc.errors import msg
    from kompcalc.texts import say, t

    assert t("da", "n_cases", count=30000) == "30.000 sager"
    assert t("en", "n_cases", count=30000) == "30,000 cases"
    assert say(msg("n_cases", count=1234567), "da") == "1.234.567 sager"
    assert t("da", "summary_cases", computed=12000, failed=1000) == (
        "Sager: 12.000 regnet, 1.000 fejlet."
    )
    assert t("da", "n_cases", count=1) == "1 sag"
    assert t("en", "rn_years_open", year=2024) == "from 2024"


def test_every_text_module_is_listed_and_no_key_is_in_two() -> None:
    """The texts are read a module at a time (kompcalc.texts.MODULES): a module left out
    would lose its texts, and a key in two modules would depend on which is read first."""
    from importlib import import_module

    from kompcalc import texts

    files = {p.stem for p in (SRC / "texts").glob("*.py") if p.stem != "__init__"}
    assert set(texts.MODULES) == files
    keys = [k for name in texts.MODULES for k in import_module(f"kompcalc.texts.{name}").TEXTS]
    assert len(keys) == len(set(keys)) == len(TEXTS)


def _modules_read(code: str) -> list[str]:
    """The text modules imported after running ``code`` in a fresh Python."""
    import subprocess
    import sys

    shown = "print(sorted(m for m in sys.modules if m.startswith('kompcalc.texts.')))"
    run = subprocess.run(
        [sys.executable, "-c", f"import sys\n{code}\n{shown}"],
        capture_output=True,
        text=True,
        check=True,
    )
    return list(ast.literal_eval(run.stdout))


def test_a_text_is_found_reading_only_the_modules_up_to_its_own() -> None:
    """A single case's texts come without the report's, the help's or the workbook's;
    an unknown key reads them all."""
    from kompcalc.texts import MODULES

    code = "from kompcalc.texts import t\nassert t('en', 'err_prefix') == 'Error'"
    assert _modules_read(code) == ["kompcalc.texts.cli"]
    code = "from kompcalc.texts import has\nassert not has('no_such_key')"
    assert _modules_read(code) == sorted(f"kompcalc.texts.{m}" for m in MODULES)
