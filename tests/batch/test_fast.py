"""The fast path (a plain case file read with yaml-rs, in halves on two cores) gives
byte for byte what the precise path (libyaml, one process) gives."""

import json
from pathlib import Path
from typing import Any

import pytest

from kompcalc.batch import split as batch_split
from tests.batch.test_batch import EXAMPLE, generated, write
from tests.helpers import RunCli

FORMATS = ["text", "json", "csv"]


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every file large enough to share; note the plans that ran to the end."""
    monkeypatch.setattr(batch_split, "SPLIT_MIN_BYTES", 0)
    ran: list[str] = []
    real = batch_split.split_run

    def spy(plan: Any, *args: Any, **kwargs: Any) -> Any:
        found = real(plan, *args, **kwargs)
        ran.append(type(plan).__name__ + ("" if found is not None else " (gave up)"))
        return found

    monkeypatch.setattr("kompcalc.batch.drive.split_run", spy)
    return ran


def both(cli: RunCli, fast: list[str], *argv: str) -> tuple[Any, Any]:
    """The run of ``argv`` in one process, precisely, and on the fast path."""
    size = batch_split.SPLIT_MIN_BYTES
    batch_split.SPLIT_MIN_BYTES = 1 << 40
    try:
        precise = cli(*argv)
    finally:
        batch_split.SPLIT_MIN_BYTES = size
    return precise, cli(*argv)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_catalogue_comes_out_the_same_fast(cli: RunCli, fast: list[str], fmt: str) -> None:
    precise, quick = both(cli, fast, "batch", str(EXAMPLE), "--check", "--format", fmt)
    assert fast == ["_Halves"]
    assert (quick.code, quick.out, quick.err) == (precise.code, precise.out, precise.err)
    assert precise.code == 0


@pytest.mark.parametrize("extra", [(), ("--bad", "25", "--seed", "5")])
@pytest.mark.parametrize("fmt", FORMATS)
def test_generated_cases_come_out_the_same_fast(
    cli: RunCli, fast: list[str], tmp_path: Path, fmt: str, extra: tuple[str, ...]
) -> None:
    path = generated(tmp_path, 400, *extra)
    precise, quick = both(cli, fast, "batch", str(path), "--format", fmt)
    assert fast == ["_Halves"]
    assert (quick.code, quick.out, quick.err) == (precise.code, precise.out, precise.err)
    assert precise.code == (1 if extra else 0)


def test_a_broken_case_is_placed_at_its_field_line(
    cli: RunCli, fast: list[str], tmp_path: Path
) -> None:
    text = (
        "cases:\n"
        "  - id: a\n"
        "    benefit: sygedagpenge\n"
        "    interventions: [{kind: aids, amount: 8507}]\n"
        "  - id: b\n"
        "    benefit: sygedagpenge\n"
        "    interventions:\n"
        "      - kind: personal_assistance\n"
        "        hours_per_week: -12\n"
    )
    run = cli("batch", str(write(tmp_path, text)), "--lang", "en")
    assert fast == ["_Halves"]
    assert run.code == 1 and ":9: b: interventions.1.hours_per_week:" in run.err


def test_a_repeated_id_across_the_halves_is_read_precisely(
    cli: RunCli, fast: list[str], tmp_path: Path
) -> None:
    text = (
        "cases:\n"
        "  - id: a\n    benefit: sygedagpenge\n    interventions: [{kind: aids, amount: 1}]\n"
        "  - id: a\n    benefit: sygedagpenge\n    interventions: [{kind: aids, amount: 2}]\n"
    )
    run = cli("batch", str(write(tmp_path, text)), "--lang", "en")
    assert fast[0] == "_Halves (gave up)"
    assert run.code == 1 and "a: id: the id is already used by the case at line 2" in run.err


def test_a_syntax_error_gets_the_precise_readers_message(
    cli: RunCli, fast: list[str], tmp_path: Path
) -> None:
    text = GOOD_TWO + "  - id: c\n    benefit: [sygedagpenge\n"
    precise, quick = both(cli, fast, "batch", str(write(tmp_path, text)))
    assert fast[0] == "_Halves (gave up)"
    assert (quick.code, quick.err) == (precise.code, precise.err) and precise.code == 1


GOOD_TWO = (
    "cases:\n"
    "  - id: a\n    benefit: sygedagpenge\n    interventions: [{kind: aids, amount: 8507}]\n"
    "  - id: b\n    benefit: sygedagpenge\n    interventions: [{kind: aids, amount: 12.5}]\n"
)


def test_bytes_that_are_not_utf8_get_the_precise_readers_message(
    cli: RunCli, fast: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "cases.yaml"
    path.write_bytes(GOOD_TWO.encode().replace(b"id: b", b"id: b\xff\xfe"))
    precise, quick = both(cli, fast, "batch", str(path))
    assert fast[0] == "_Halves (gave up)"
    assert (quick.code, quick.out, quick.err) == (precise.code, precise.out, precise.err)
    assert precise.code == 1


def test_of_two_file_errors_the_first_in_the_file_is_told(
    cli: RunCli, fast: list[str], tmp_path: Path
) -> None:
    text = (
        GOOD_TWO.replace("  - id: b\n", "  - id: b\n    benefit: sygedagpenge\n")  # twice
        + "  - id: c\n    date: 2026-02-30\n    benefit: sygedagpenge\n"
        "    interventions: [{kind: aids, amount: 1}]\n"
    )
    precise, quick = both(cli, fast, "batch", str(write(tmp_path, text)), "--lang", "en")
    assert (quick.code, quick.out, quick.err) == (precise.code, precise.out, precise.err)
    assert precise.code == 1 and '"benefit"' in precise.err and "2026-02-30" not in precise.err


@pytest.mark.parametrize("fmt", ["json", "csv", "txt"])
@pytest.mark.parametrize("empty_half", [False, True])
def test_an_output_file_gets_both_halves_whole_as_one_process_writes_it(
    cli: RunCli, fast: list[str], tmp_path: Path, fmt: str, empty_half: bool
) -> None:
    # the halves' spools go into a file on disk by the kernel (kompcalc.batch.spool);
    # with every case of the first half broken, the JSON's first case is the child's
    bad = () if empty_half else ("--bad", "20")  # with an empty half, only it fails
    path = generated(tmp_path, 300, *bad, "--seed", "3")
    if empty_half:
        text = path.read_text(encoding="utf-8")
        head, *items = text.split("\n  - ")
        middle = len(items) // 2  # where the scan splits the items
        items[:middle] = ["id: broken\n    amount: -1\n"] * middle
        path.write_text("\n  - ".join([head, *items]), encoding="utf-8")
        first_of_child = items[middle].split("\n")[0].removeprefix("id: ").strip("'\"")
    outputs = []
    for name in ("precise", "fast"):
        out = tmp_path / f"{name}.{fmt}"
        size = batch_split.SPLIT_MIN_BYTES
        if name == "precise":
            batch_split.SPLIT_MIN_BYTES = 1 << 40
        try:
            result = cli("batch", str(path), "-o", str(out))
        finally:
            batch_split.SPLIT_MIN_BYTES = size
        assert result.code == 1
        outputs.append(out.read_bytes())
    assert fast == ["_Halves"]
    assert outputs[1] == outputs[0]
    if empty_half and fmt == "json":  # the parent's half really had no case to give
        assert json.loads(outputs[1])["cases"][0]["id"] == first_of_child
