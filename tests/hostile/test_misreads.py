"""Numbers read as something other than what the user wrote, with exit 0 and no word.

Classes 15 (YAML 1.1 integers in case and rate files) and 16 (spaces inside
command-line numbers) of the hostile-input issue. Expected figures are worked out by
hand in each test.
"""

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import RunCli, line_of
from tests.hostile.check import assert_refused, assert_sound, net_of, pa_gross

CASE = """cases:
  - id: {id}
    benefit: sygedagpenge
    interventions:
      - kind: {kind}
        {field}: {value}
"""


def _case(value: str, field: str = "amount", case_id: str = "a") -> str:
    kind = "aids" if field == "amount" else "personal_assistance"
    return CASE.format(id=case_id, kind=kind, field=field, value=value)


def _batch_json(cli: RunCli, path: Path, *extra: str) -> tuple[int, dict[str, Any], str]:
    run = cli("batch", path.name, "--json", "--lang", "en", *extra)
    assert_sound(run)
    data: dict[str, Any] = json.loads(run.out) if run.out else {}
    return run.code, data, run.err


# ---------------------------------------------------------------- class 15


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("amount", "0250"),  # octal: read as 168 kr.
        ("amount", "1:30"),  # base 60: read as 90 kr.
        ("amount", "00250"),
        ("hours_per_week", "012"),  # octal: read as 10 hours
        ("hours_per_week", "1:30"),
    ],
)
def test_class_15_leading_zero_or_colon_in_a_case_file_is_refused(
    cli: RunCli, work: Path, field: str, value: str
) -> None:
    """``amount: 0250`` is not 168 kr.: a refusal with file:line and the field, exit 1,
    and the case is in no figure."""
    path = work / "cases.yaml"
    path.write_text(_case(value, field), "utf-8")
    run = cli("batch", "cases.yaml", "--json", "--lang", "en")
    assert_refused(run, 1, field=field, file="cases.yaml", line=line_of(path, value))
    assert f'"{value}"' in run.err  # quoted as written, not as the number it resembles
    if run.out:  # the JSON, with the case among the failures, never computed
        assert json.loads(run.out)["cases"] == []


@pytest.mark.parametrize("value", ["050", "1:00"])
def test_class_15_leading_zero_or_colon_in_a_rate_file_is_refused(
    cli: RunCli, work: Path, value: str
) -> None:
    """``refund_pct.aids.value: 050`` is not a 40 % refund: exit 1, file:line, the key."""
    path = work / "rates.yaml"
    path.write_text(
        "base: sjh-2014\nname: egen\nrefund_pct:\n  aids:\n"
        f"    value: {value}\n    source: sjh-2014\n",
        "utf-8",
    )
    run = cli("aid", "--amount", "250", "--rates", "rates.yaml", "--json", "--lang", "en")
    assert_refused(run, 1, field="refund_pct", file="rates.yaml", line=5)
    assert run.out == ""


IDS = ["0042", "007", "1:30", "0x1F", "1_000", "34"]


def test_class_15_an_id_keeps_the_text_the_user_wrote(cli: RunCli, work: Path) -> None:
    """``id: 0042`` stays "0042" (not 34), ``007`` stays "007" (and ``1:30``, ``0x1F``,
    ``1_000`` stay as written), and a case ``34`` beside ``0042`` is no duplicate."""
    path = work / "cases.yaml"
    path.write_text(
        "cases:\n" + "".join(_case("250", case_id=i).removeprefix("cases:\n") for i in IDS),
        "utf-8",
    )
    code, data, err = _batch_json(cli, path)
    assert data["failed"] == [], err
    assert code == 0
    assert [case["id"] for case in data["cases"]] == IDS


def test_class_15_plain_numbers_still_work(cli: RunCli, work: Path) -> None:
    """``0``, ``0.5`` and other plain numbers keep their meaning (this passes today and
    must still pass): 0.5 hours, 250 kr. of aids at a refund of 0 %."""
    path = work / "cases.yaml"
    path.write_text(
        "cases:\n"
        + _case("0.5", "hours_per_week", case_id="half-hour").removeprefix("cases:\n")
        + _case("250", case_id="aids").removeprefix("cases:\n"),
        "utf-8",
    )
    (work / "rates.yaml").write_text(
        "base: sjh-2014\nname: egen\nrefund_pct:\n  aids: {value: 0, source: sjh-2014}\n",
        "utf-8",
    )
    code, data, err = _batch_json(cli, path, "--rates", "rates.yaml")
    assert code == 0, err
    half, aids = data["cases"]
    # 0.5 h × 114.68 kr. × 4.33 weeks = 248.2822 → 248.28 kr. a month, 50 % refunded
    assert pa_gross(Decimal("0.5")) == Decimal("248.28")
    assert half["monthly"] == {"gross": "248.28", "refund": "124.14", "net": "124.14"}
    # 250 kr. with no refund: the municipality pays it all
    assert aids["one_off"] == {"gross": "250.00", "refund": "0.00", "net": "250.00"}


# ---------------------------------------------------------------- class 16


COMMAND_OF = {
    "--amount": ("aid",),
    "--item": ("aid",),
    "--hours": ("pa",),
    "--set": ("pa", "--hours", "12"),
}


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--amount", "8 5"),
        ("--amount", "85 07"),
        ("--amount", "1 2345"),
        ("--amount", "8\u00a05"),
        ("--hours", "1 2"),
        ("--hours", "1 2,5"),
        ("--item", "Lup=8 5"),
        ("--set", "pa_hourly_rate=1 2"),
    ],
)
def test_class_16_space_inside_a_number_that_is_no_thousands_group(
    cli: RunCli, option: str, value: str
) -> None:
    """``--amount '8 5'`` is not 85 kr. and ``--hours '1 2'`` not 12: exit 2 naming the
    option."""
    run = cli(*COMMAND_OF[option], option, value, "--json", "--lang", "en")
    assert_refused(run, 2, field=option)
    assert run.out == ""


@pytest.mark.parametrize("value", ["8 507", "8\u00a0507", "8 507,50"])
def test_class_16_a_real_thousands_group_may_still_be_read(cli: RunCli, value: str) -> None:
    """``--amount '8 507'`` is read as 8507 kr. (the README says so), exactly:
    net 8507 × 50 % = 4253.50 (8507.50 × 50 % = 4253.75)."""
    run = cli("aid", "--amount", value, "--json", "--lang", "en")
    assert_sound(run)
    assert run.code == 0
    if run.code == 0:
        amount = Decimal(value.replace(" ", "").replace("\u00a0", "").replace(",", "."))
        data = json.loads(run.out)
        assert Decimal(data["one_off"]["gross"]) == amount
        assert Decimal(data["one_off"]["net"]) == net_of(amount, Decimal(50))
