"""What the single-case commands load: never the batch loop, the report, the
spreadsheet writers or the charts, and never rich for JSON (each command runs in a
fresh interpreter, so the modules it loads are its own)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

NEVER = (
    "kompcalc.batch.run",
    "kompcalc.batch.drive",
    "kompcalc.batch.split",
    "kompcalc.batch.summary",
    "kompcalc.batch.sensitivity",
    "kompcalc.cli.batch",
    "kompcalc.cli.report",
    "kompcalc.cli.convert",
    "kompcalc.render.html",
    "kompcalc.render.svg",
    "kompcalc.render.tornado",
    "kompcalc.render.workbook",
    "kompcalc.render.spreadsheet",
    "kompcalc.loading.caselist",
    "xlsxwriter",
    "openpyxl",
    "jinja2",
)
"""Modules no single-case command needs."""

RICH = ("rich", "rich.console")

PROGRAM = """
import contextlib, io, json, sys
from kompcalc.cli.app import main
out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "out": out.getvalue(), "modules": sorted(sys.modules)}))
"""


def _run(*args: str) -> tuple[int, str, set[str]]:
    """Run kompcalc with ``args`` in a fresh interpreter: its exit code, its output and
    every module it loaded."""
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    found = json.loads(done.stdout)
    return found["code"], found["out"], set(found["modules"])


@pytest.mark.parametrize(
    "args",
    [
        ("pa", "--hours", "12"),
        ("pa", "--hours", "12", "--json"),
        ("aid", "--amount", "8507"),
        ("aid", "--item", "Lupper=3150", "--json"),
        ("rates",),
        ("rates", "--json"),
        ("rates", "list"),
    ],
)
def test_a_single_case_command_never_loads_the_batch_report_or_spreadsheets(
    args: tuple[str, ...],
) -> None:
    code, out, modules = _run(*args)
    assert code == 0
    assert out  # it did compute and print
    assert sorted(modules & set(NEVER)) == []


@pytest.mark.parametrize(
    "args",
    [("pa", "--hours", "12", "--json"), ("aid", "--amount", "8507", "--json"), ("rates", "--json")],
)
def test_json_output_never_loads_rich(args: tuple[str, ...]) -> None:
    code, out, modules = _run(*args)
    assert code == 0
    json.loads(out)
    assert sorted(modules & set(RICH)) == []


UNREAD = ("yaml", "kompcalc.loading.yamlio", "kompcalc.loading.lines")
"""What a run on a shipped table does not load: its trusted form is read instead of its
YAML, whose lines are read only for a message that names one."""


@pytest.mark.parametrize(
    "args",
    [
        ("pa", "--hours", "12"),
        ("pa", "--hours", "12", "--json"),
        ("aid", "--amount", "8507", "--json"),
        ("rates", "--json"),
    ],
)
def test_a_shipped_table_is_used_without_reading_its_yaml_or_lines(args: tuple[str, ...]) -> None:
    code, out, modules = _run(*args)
    assert code == 0
    assert out
    assert sorted(modules & set(UNREAD)) == []


def test_a_table_of_ones_own_is_read_with_its_lines(tmp_path: Path) -> None:
    """The check above would pass if lines were never loaded: a user's table is read
    from its YAML, lines and all."""
    own = tmp_path / "own.yaml"
    own.write_text((ROOT / "rates" / "sjh-2014.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    code, _, modules = _run("pa", "--hours", "12", "--json", "--rates", str(own))
    assert code == 0
    assert set(UNREAD) <= modules


def test_the_batch_command_still_loads_what_it_needs() -> None:
    """The check above would pass if nothing were ever loaded: a batch does load them."""
    code, _, modules = _run("batch", "--help")
    assert code == 0
    assert {"kompcalc.cli.batch", "kompcalc.batch.run"} <= modules


DATACLASSES = """
import contextlib, dataclasses, io, json, sys
made = []
process = dataclasses._process_class
def recording(cls, *args, **kwargs):
    made.append(f"{cls.__module__}.{cls.__qualname__}")
    return process(cls, *args, **kwargs)
dataclasses._process_class = recording
from kompcalc.cli.app import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "made": [m for m in made if m.startswith("kompcalc.")]}))
"""

STILL_DATACLASSES = {
    "kompcalc.errors.Problem",
    "kompcalc.core.result.Result",
    "kompcalc.core.perspectives.View",
}
"""The frozen dataclasses a single case still makes (each costs about 3.5 million
instructions at every start: kompcalc/record.py); any other is a record."""


@pytest.mark.parametrize(
    "args", [("pa", "--hours", "12", "--json"), ("aid", "--amount", "8507", "--json")]
)
def test_a_single_case_makes_no_dataclass_but_those_still_listed(args: tuple[str, ...]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", DATACLASSES, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    found = json.loads(done.stdout)
    assert found["code"] == 0
    assert set(found["made"]) - STILL_DATACLASSES == set()
