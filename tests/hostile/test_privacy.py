"""Health data (a case's ``condition``) leaves kompcalc only when asked for.

Class 17 of the hostile-input issue: ``condition`` appears in no output (JSON, CSV,
XLSX, HTML, text, the check report, stderr) unless ``--include-conditions`` is given,
which ``batch`` accepts as ``report`` does; the batch JSON says which it is in a
top-level boolean ``conditions_included``.
"""

import json
import zipfile
from pathlib import Path

import pytest

from tests.helpers import RunCli
from tests.hostile.check import assert_sound

MARKER = "QZX-helbred-7431"
"""A condition text found nowhere else."""

CASES = f"""title: "Jobcenter Test"
cases:
  - id: med-hjaelpemidler
    person: "Sygemeldt. Kvinde, 43 år"
    condition: "{MARKER} diskusprolaps"
    benefit: sygedagpenge
    interventions:
      - kind: aids
        amount: 8507
    expected:
      one_off_net: 1
  - id: med-assistance
    condition: "{MARKER} sclerose"
    benefit: sygedagpenge
    interventions:
      - kind: personal_assistance
        hours_per_week: 12
"""


@pytest.fixture
def cases(work: Path) -> Path:
    path = work / "cases.yaml"
    path.write_text(CASES, "utf-8")
    return path


def _everything_written(run_out: str, run_err: str, work: Path) -> str:
    """stdout, stderr and every file in ``work`` (the parts of an XLSX unzipped)."""
    texts = [run_out, run_err]
    for path in work.iterdir():
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as book:
                texts += [book.read(name).decode("utf-8", "replace") for name in book.namelist()]
        elif path.name != "cases.yaml":
            texts.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(texts)


OUTPUTS = {
    "json": ("batch", "cases.yaml", "--json"),
    "json file": ("batch", "cases.yaml", "-o", "out.json"),
    "csv": ("batch", "cases.yaml", "--format", "csv"),
    "csv file": ("batch", "cases.yaml", "-o", "out.csv"),
    "xlsx": ("batch", "cases.yaml", "-o", "out.xlsx"),
    "text": ("batch", "cases.yaml"),
    "check": ("batch", "cases.yaml", "--check"),
    "check json": ("batch", "cases.yaml", "--check", "--json"),
    "html": ("report", "cases.yaml", "-o", "out.html"),
}


@pytest.mark.parametrize("name", list(OUTPUTS))
def test_class_17_condition_is_in_no_output_by_default(cli: RunCli, cases: Path, name: str) -> None:
    """Without ``--include-conditions`` the condition text is nowhere: not on stdout,
    not on stderr, not in any file written."""
    run = cli(*OUTPUTS[name], "--lang", "en")
    assert_sound(run, quiet_failure=True)
    assert run.code in (0, 1)  # 1: the check finds the printed figure wrong, on purpose
    assert MARKER not in _everything_written(run.out, run.err, cases.parent)


def test_class_17_batch_json_says_conditions_are_left_out(cli: RunCli, cases: Path) -> None:
    """``batch --json`` has ``"conditions_included": false`` and no condition."""
    run = cli("batch", "cases.yaml", "--json")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert data["conditions_included"] is False
    assert MARKER not in run.out


def test_class_17_batch_json_with_include_conditions(cli: RunCli, cases: Path) -> None:
    """``batch --json --include-conditions``: accepted, the conditions are there, and
    ``"conditions_included": true``."""
    run = cli("batch", "cases.yaml", "--json", "--include-conditions")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert data["conditions_included"] is True
    assert [case["condition"] for case in data["cases"]] == [
        f"{MARKER} diskusprolaps",
        f"{MARKER} sclerose",
    ]


@pytest.mark.parametrize("fmt", ["text", "csv"])
def test_class_17_batch_accepts_include_conditions(cli: RunCli, cases: Path, fmt: str) -> None:
    """``batch --include-conditions`` is an option of every format, as of ``report``."""
    run = cli("batch", "cases.yaml", "--format", fmt, "--include-conditions")
    assert_sound(run)
    assert run.code == 0


def test_class_17_report_with_include_conditions_shows_them(cli: RunCli, cases: Path) -> None:
    """The report, asked to, shows each condition (this passes today and must still)."""
    run = cli("report", "cases.yaml", "-o", "out.html", "--include-conditions")
    assert run.code == 0, run.err
    html = (cases.parent / "out.html").read_text("utf-8")
    assert f"{MARKER} diskusprolaps" in html and f"{MARKER} sclerose" in html
