"""Found by reading the whole change once more (not in the issue's list)."""

import io
import json
import subprocess
from pathlib import Path

import pytest

from kompcalc.errors import KompcalcError
from kompcalc.loading.composer import MAX_DEPTH
from kompcalc.loading.yamlio import YamlStream
from tests.helpers import EXAMPLE, RunCli
from tests.hostile.check import assert_refused, command, process_env

CASE = "  - id: {id}\n    benefit: sygedagpenge\n    interventions: [{{kind: aids, amount: 100}}]\n"


@pytest.mark.parametrize("written", ["~", "null", ""])
def test_a_null_id_is_no_id(cli: RunCli, work: Path, written: str) -> None:
    """``id: ~`` is YAML's null, not a case called "~": the case has no id."""
    (work / "cases.yaml").write_text("cases:\n" + CASE.format(id=written), "utf-8")
    run = cli("batch", "cases.yaml", "--json", "--lang", "en")
    assert_refused(run, 1, field="id", file="cases.yaml", line=2)


def test_a_condition_with_a_control_character_is_never_quoted(cli: RunCli, work: Path) -> None:
    """Health data stays out of the messages too: the refusal names the field, not the text."""
    text = 'cases:\n  - id: a\n    condition: "Diabetes\\e[31m"\n    benefit: sygedagpenge\n'
    text += "    interventions: [{kind: aids, amount: 100}]\n"
    (work / "cases.yaml").write_text(text, "utf-8")
    run = cli("batch", "cases.yaml", "--json", "--lang", "en")
    assert_refused(run, 1, field="condition", file="cases.yaml", line=3)
    assert "Diabetes" not in run.err and "Diabetes" not in run.out


def test_a_full_stderr_loses_no_data_on_stdout(tmp_path: Path) -> None:
    """``kompcalc pa --hours 22,5 2>/dev/full``: the warning cannot be told, the card is
    still written and the exit code is still 0."""
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            command("pa", "--hours", "22,5"),
            cwd=tmp_path,
            env=process_env(),
            stdout=subprocess.PIPE,
            stderr=full,
            check=False,
        )
    assert done.returncode == 0 and b"Personlig assistance" in done.stdout


def test_nesting_in_a_case_the_other_process_skips_is_bounded() -> None:
    """On two cores each process reads past the other's cases: a case nested too deep
    is refused there too, with its line, not read to its end (libyaml's time grows
    with the square of the depth)."""
    deep = "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5)
    second = CASE.format(id="b").replace("100}]", "100}, " + deep + "]")
    text = "cases:\n" + CASE.format(id="a") + second
    stream = YamlStream(io.StringIO(text), file="cases.yaml", key="cases", keep=lambda p: p == 0)
    with pytest.raises(KompcalcError) as caught:
        list(stream.items())  # the second case is only read past, never composed
    (problem,) = caught.value.problems
    assert problem.line == 7 and "levels deep" in problem.message


def test_the_batch_table_follows_a_legacy_code_page(tmp_path: Path) -> None:
    """``PYTHONIOENCODING=ascii kompcalc batch ...``: the table is written in ASCII
    (æ as ae), never as UTF-8 bytes the console shows as garbage."""
    done = subprocess.run(
        command("batch", str(EXAMPLE)),
        cwd=tmp_path,
        env=process_env(PYTHONIOENCODING="ascii"),
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.isascii() and b"gaeldende" in done.stdout


def test_report_refuses_a_fifo_before_the_work(cli: RunCli, work: Path) -> None:
    """``report -o FIFO`` is refused at once (exit 2), as ``batch -o FIFO`` is."""
    import os

    os.mkfifo(work / "out.html")
    run = cli("report", str(EXAMPLE), "-o", "out.html", "--lang", "en")
    assert run.code == 2 and "not a regular file" in run.err
    assert json.dumps(run.out) == '""'
