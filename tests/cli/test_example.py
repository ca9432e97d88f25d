"""``kompcalc example``: the shipped catalogue example, on stdout or in a file."""

import json
from pathlib import Path

import pytest

from kompcalc.loading.example import example_file
from tests.helpers import EXAMPLE, RunCli, without_shipped_note


def test_the_example_goes_to_stdout_as_it_is(cli: RunCli) -> None:
    run = cli("example")
    assert run.code == 0 and run.err == ""
    assert run.out == EXAMPLE.read_text("utf-8")
    assert example_file().read_bytes() == EXAMPLE.read_bytes()


def test_the_example_written_as_yaml_is_the_file_itself(
    cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    run = cli("example", "-o", "sager.yaml")
    assert run.code == 0 and run.out == "" and run.err == "Skrev 10 sager til sager.yaml.\n"
    assert Path("sager.yaml").read_bytes() == EXAMPLE.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["sager.yaml"]  # no temporary file left


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".json"])
def test_the_example_in_another_format_computes_as_the_catalogue(
    cli: RunCli, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"cases{suffix}"
    run = cli("example", "-o", str(path), "--lang", "en")
    assert run.code == 0 and run.err == f"Wrote 10 cases to {path}.\n"
    check = cli("batch", str(path), "--check", "--json")
    assert check.code == 0, check.err
    assert json.loads(check.out)["check"]["mismatches"] == []


def test_an_existing_file_is_kept_without_force(cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "sager.yaml"
    path.write_text("mine\n", encoding="utf-8")
    run = cli("example", "-o", str(path))
    assert run.code == 2 and run.out == ""
    assert run.err == f"Fejl: {path}: filen findes allerede; brug --force for at overskrive den\n"
    assert path.read_text("utf-8") == "mine\n"
    assert cli("example", "-o", str(path), "--force").code == 0
    assert path.read_bytes() == EXAMPLE.read_bytes()


@pytest.mark.parametrize("name", ["sager.txt", "folder"])
def test_a_file_that_cannot_be_a_case_list_is_refused(
    cli: RunCli, tmp_path: Path, name: str
) -> None:
    (tmp_path / "folder").mkdir()
    run = cli("example", "-o", str(tmp_path / name))
    assert run.code == 2 and run.out == "" and len(run.err.splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]


def test_the_example_is_a_case_list_batch_reads(cli: RunCli) -> None:
    run = cli("batch", str(example_file()), "--check")
    assert run.code == 0 and without_shipped_note(run.err) == ""
