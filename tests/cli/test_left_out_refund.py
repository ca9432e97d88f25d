"""A refund the table leaves out (no source for it) blocks only the cases that use it,
with an error that names the table's file and line; it is never taken as 0 %."""

import json
from pathlib import Path

import pytest

from tests.helpers import TEST_RATES, RunCli, line_of, without_rates_note

ICEBREAKER = "  icebreaker: {value: 0, source: made-up, checked: 2026-01-10}\n"


@pytest.fixture
def no_icebreaker(tmp_path: Path) -> Path:
    """The test table without the icebreaker scheme's refund."""
    text = TEST_RATES.read_text("utf-8")
    assert ICEBREAKER in text
    path = tmp_path / "no-icebreaker.yaml"
    path.write_text(text.replace(ICEBREAKER, ""), "utf-8")
    return path


def _case_file(tmp_path: Path) -> Path:
    path = tmp_path / "cases.yaml"
    path.write_text(
        "cases:\n"
        "  - id: hjaelp\n"
        "    benefit: sygedagpenge\n"
        "    interventions:\n"
        "      - {kind: aids, amount: 8507}\n"
        "  - id: isbryder\n"
        "    benefit: sygedagpenge\n"
        "    interventions:\n"
        "      - {kind: aids, amount: 1000}\n"
        "      - {kind: icebreaker, monthly: 9000, months: 12}\n",
        "utf-8",
    )
    return path


def test_the_other_schemes_still_compute(cli: RunCli, no_icebreaker: Path) -> None:
    for args in (("pa", "--hours", "12"), ("aid", "--amount", "8507")):
        run = cli(*args, "--rates", str(no_icebreaker), "--date", "2026-03-01", "--json")
        assert run.code == 0 and without_rates_note(run.err) == "", run.err


def test_a_case_with_the_scheme_fails_naming_the_table_s_line(
    cli: RunCli, no_icebreaker: Path, tmp_path: Path
) -> None:
    cases = _case_file(tmp_path)
    args = ("--rates", str(no_icebreaker), "--date", "2026-03-01", "--lang", "en")
    run = cli("batch", str(cases), *args, "--json")
    assert run.code == 1
    data = json.loads(run.out)
    assert [c["id"] for c in data["cases"]] == ["hjaelp"]
    [failed] = data["failed"]
    assert failed["case"] == "isbryder" and failed["field"] == "interventions.2.kind"
    line = line_of(no_icebreaker, "refund_pct:")
    assert (
        f"{no_icebreaker}:{line}: refund_pct.icebreaker: the rate table gives no state refund "
        "for this scheme (it is left out)" in failed["message"]
    )


def test_set_gives_the_left_out_refund_for_one_run(
    cli: RunCli, no_icebreaker: Path, tmp_path: Path
) -> None:
    cases = _case_file(tmp_path)
    args = ("--rates", str(no_icebreaker), "--date", "2026-03-01")
    run = cli("batch", str(cases), *args, "--set", "refund_pct.icebreaker=25", "--json")
    assert run.code == 0, run.err
    [_, isbryder] = json.loads(run.out)["cases"]
    # 9,000 kr. a month with 25 % refunded: the municipality pays 6,750
    assert isbryder["interventions"][1]["monthly"] == {
        "gross": "9000.00",
        "refund": "2250.00",
        "net": "6750.00",
    }


def test_rates_show_and_check_name_the_left_out_refund(cli: RunCli, no_icebreaker: Path) -> None:
    args = ("--rates", str(no_icebreaker), "--date", "2026-03-01", "--lang", "en")
    shown = cli("rates", "show", *args)
    assert shown.code == 0
    assert "No state refund on the day (cases with the scheme cannot be computed): icebreaker" in (
        shown.out
    )
    data = json.loads(cli("rates", "show", *args, "--json").out)
    assert data["unavailable_refunds"] == ["icebreaker"]
    assert "refund_pct.icebreaker" not in data["values"]
    run = cli("rates", "check", *args)
    assert run.code == 1
    line = line_of(no_icebreaker, "refund_pct:")
    assert (
        f"Problem: {no_icebreaker}:{line}: refund_pct.icebreaker: no state refund in the table: "
        "cases with this scheme cannot be computed; add it with its source" in run.out
    )


def test_a_dated_refund_not_yet_in_force_blocks_only_its_scheme(
    cli: RunCli, tmp_path: Path
) -> None:
    text = TEST_RATES.read_text("utf-8").replace(
        "  mentor: {value: 40, source: made-up, checked: 2026-01-10}\n",
        "  mentor:\n    - {from: 2026-01-01, value: 0, source: made-up, checked: 2026-01-10}\n",
    )
    path = tmp_path / "mentor-2026.yaml"
    path.write_text(text, "utf-8")
    run = cli("aid", "--amount", "100", "--rates", str(path), "--date", "2025-06-01", "--json")
    assert run.code == 1  # the default benefit has no amount in 2025; take one that has
    run = cli(
        "aid", "--amount", "100", "--benefit", "dagpenge",
        "--rates", str(path), "--date", "2025-06-01", "--json",
    )  # fmt: skip
    assert run.code == 0, run.err
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "cases:\n  - id: m\n    benefit: dagpenge\n    interventions:\n"
        "      - {kind: mentor, hours_per_week: 2, hourly_rate: 300, months: 6}\n",
        "utf-8",
    )
    run = cli("batch", str(cases), "--rates", str(path), "--date", "2025-06-01", "--lang", "en")
    assert run.code == 1
    no_value = "no value holds on 2025-06-01 (the first takes effect 2026-01-01)"
    assert f"refund_pct.mentor: {no_value}" in run.err
