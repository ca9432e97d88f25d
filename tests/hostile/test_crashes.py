"""Exit 70 a user can reach: each input here must give a result or a located refusal.

Classes 1-5 and 7-9 of the hostile-input issue. Every test asserts what a user sees:
the exit code, one message line per problem on stderr and no "Intern fejl"; where a
figure is computed, the figure, worked out by hand.
"""

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from tests.helpers import EXAMPLE, RunCli, line_of, without_shipped_note
from tests.hostile.check import assert_refused, assert_sound, error_lines, pa_gross

ONE_AID = """cases:
  - id: {id}
    benefit: sygedagpenge
    interventions:
      - kind: aids
        amount: {amount}
"""
"""A case file with one case: aids of ``amount`` kroner."""

LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux /proc")

# ---------------------------------------------------------------- class 1


@pytest.mark.parametrize("overlay", ["--set", "--rates"])
def test_class_01_report_with_a_rate_overlay_is_written(
    cli: RunCli, work: Path, overlay: str
) -> None:
    """A report on other rates (``--set`` or an overlay file) is written with them."""
    rates = work / "overlay.yaml"
    rates.write_text(
        "base: sjh-2014\nname: med-ny-timesats\npa_hourly_rate: {value: 120, source: sjh-2014}\n",
        "utf-8",
    )
    option = ["--set", "pa_hourly_rate=120"] if overlay == "--set" else ["--rates", rates.name]
    run = cli("report", str(EXAMPLE), "-o", "r.html", *option, "--lang", "en")
    assert_sound(run)
    assert run.code == 0
    html = (work / "r.html").read_text("utf-8")
    # the catalogue's orthotist: 12 h × 120 kr. × 4.33 weeks = 6,235.20 kr. a month
    assert pa_gross(Decimal(12), rate=Decimal(120)) == Decimal("6235.20")
    assert "6,235.20" in html


# ---------------------------------------------------------------- class 2


def test_class_02_markup_in_an_item_name_is_shown_as_written(cli: RunCli) -> None:
    """``--item '[/]=100'``: rich markup in a name is text, not a crash."""
    run = cli("aid", "--item", "[/]=100", "--lang", "en")
    assert_sound(run)
    assert run.code == 0
    assert "[/]" in run.out


def test_class_02_markup_in_an_item_name_is_never_swallowed(cli: RunCli) -> None:
    """``[bold]`` in a name is shown wherever the name is, never taken as a style."""
    run = cli("aid", "--item", "[bold]Lup=100", "--lang", "en")
    assert_sound(run)
    assert run.code == 0
    assert run.out.count("Lup") >= 1
    assert run.out.count("[bold]Lup") == run.out.count("Lup")


def test_class_02_markup_in_an_item_name_in_json(cli: RunCli) -> None:
    """The JSON keeps the name exactly; 100 kr. at 50 % refund is 50.00 net."""
    run = cli("aid", "--item", "[/]=100", "--json")
    assert run.code == 0 and without_shipped_note(run.err) == ""
    data = json.loads(run.out)
    assert data["interventions"][0]["items"][0]["name"] == "[/]"
    assert data["one_off"] == {"gross": "100.00", "refund": "50.00", "net": "50.00"}


@pytest.mark.parametrize("title", ["[/b]", "[/]", "[bold]Kilde"])
def test_class_02_markup_in_a_source_title(cli: RunCli, work: Path, title: str) -> None:
    """``rates show`` prints a source title such as ``[/b]`` as it is written."""
    (work / "rates.yaml").write_text(
        f'base: sjh-2014\nname: egen\nsources:\n  sjh-2014: {{title: "{title}"}}\n', "utf-8"
    )
    run = cli("rates", "show", "--rates", "rates.yaml", "--lang", "en")
    assert_sound(run)
    assert run.code == 0
    assert title in run.out


ESCAPED = {
    "table": (ONE_AID.format(id='"ok\\e[31mred"', amount=250), ()),
    "check": (
        ONE_AID.format(id='"ok\\e[31mred"', amount=250) + "    expected: {one_off_net: 1}\n",
        ("--check",),
    ),
    "failed case": (ONE_AID.format(id='"ok\\e[31mred"', amount=-5), ()),
    "unknown benefit": (
        ONE_AID.format(id="a", amount=250).replace(
            "benefit: sygedagpenge", 'benefit: "syge\\e[31mdagpenge"'
        ),
        (),
    ),
    "person": (
        ONE_AID.format(id="a", amount=250).replace(
            "    benefit:", '    person: "P\\e[31mX"\n    benefit:'
        ),
        ("--check",),
    ),
}


@pytest.mark.parametrize("name", list(ESCAPED))
def test_class_02_escape_from_a_case_file_never_reaches_the_terminal(
    cli: RunCli, work: Path, name: str
) -> None:
    """An ESC (``"\\e[31m"`` in YAML) in an id, a person or a benefit name is never
    written raw to stdout or stderr: not in the table, the check report or a message."""
    text, extra = ESCAPED[name]
    (work / "cases.yaml").write_text(text, "utf-8")
    run = cli("batch", "cases.yaml", *extra, "--lang", "en")
    assert_sound(run, quiet_failure="--check" in extra)
    assert "\x1b" not in run.out
    assert "\x1b" not in run.err
    if name != "person":
        assert "red" in run.out + run.err or "dagpenge" in run.err  # still shown, made safe


# ---------------------------------------------------------------- class 3

TAGGED = ["!!bool maybe", "!!timestamp x", "!!int ''"]


@pytest.mark.parametrize("field", ["id", "amount"])
@pytest.mark.parametrize("value", TAGGED)
def test_class_03_explicit_tag_with_a_bad_value_in_a_case_file(
    cli: RunCli, work: Path, field: str, value: str
) -> None:
    """``id: !!bool maybe`` (or the amount): a located refusal naming the field."""
    if field == "id":
        text = ONE_AID.format(id=value, amount=250)
    else:
        text = ONE_AID.format(id="a", amount=value)
    path = work / "cases.yaml"
    path.write_text(text, "utf-8")
    run = cli("batch", "cases.yaml", "--json", "--lang", "en")
    assert_refused(run, 1, field=field, file="cases.yaml", line=line_of(path, value))


@pytest.mark.parametrize("value", TAGGED)
def test_class_03_explicit_tag_with_a_bad_value_in_a_rate_file(
    cli: RunCli, work: Path, value: str
) -> None:
    """``value: !!bool maybe`` in a rate file: refused with file, line and key."""
    path = work / "rates.yaml"
    path.write_text(
        f"base: sjh-2014\nname: egen\npa_hourly_rate:\n  value: {value}\n  source: sjh-2014\n",
        "utf-8",
    )
    run = cli("pa", "--hours", "12", "--rates", "rates.yaml", "--lang", "en")
    assert_refused(run, 1, field="pa_hourly_rate", file="rates.yaml", line=4)


# ---------------------------------------------------------------- class 4


@LINUX
@pytest.mark.parametrize(
    "command",
    [("batch",), ("batch", "-o", "out.csv"), ("report", "-o", "out.html")],
    ids=" ".join,
)
def test_class_04_read_error_of_a_case_file(
    cli: RunCli, work: Path, command: tuple[str, ...]
) -> None:
    """``/proc/self/mem`` opens but cannot be read: one line naming it (not the
    output file), exit 1, nothing written."""
    run = cli(command[0], "/proc/self/mem", *command[1:], "--lang", "en")
    assert_refused(run, 1, field="/proc/self/mem")
    assert run.out == ""
    assert not (work / "out.csv").exists() and not (work / "out.html").exists()


@LINUX
@pytest.mark.parametrize("how", ["--rates", "base"])
def test_class_04_read_error_of_a_rate_file(cli: RunCli, work: Path, how: str) -> None:
    """A rate table (or its ``base:``) that opens but cannot be read: exit 1, one line."""
    (work / "rates.yaml").write_text("base: /proc/self/mem\nname: egen\n", "utf-8")
    rates = "/proc/self/mem" if how == "--rates" else "rates.yaml"
    run = cli("pa", "--hours", "12", "--rates", rates, "--lang", "en")
    assert_refused(run, 1, field="/proc/self/mem")


# ---------------------------------------------------------------- class 5


@pytest.mark.parametrize("digit", ["²", "¹", "١"])
def test_class_05_non_ascii_digit_in_a_set_path(cli: RunCli, digit: str) -> None:
    """``--set benefits.sygedagpenge.tiers.².monthly=1``: a usage error naming --set.

    A key is ASCII: an Arabic-Indic one (``١``) is not read as tier 1 either."""
    run = cli("pa", "--hours", "12", "--set", f"benefits.sygedagpenge.tiers.{digit}.monthly=1")
    assert_refused(run, 2, field="--set")


# ---------------------------------------------------------------- class 7


@pytest.mark.parametrize("command", ["batch", "report"])
def test_class_07_symlink_loop_as_the_case_file(cli: RunCli, work: Path, command: str) -> None:
    """``ln -s x.yaml x.yaml; kompcalc batch x.yaml -o out.csv``: one line, nothing written."""
    (work / "x.yaml").symlink_to("x.yaml")
    out = "out.csv" if command == "batch" else "out.html"
    run = cli(command, "x.yaml", "-o", out, "--lang", "en")
    assert_sound(run)
    assert run.code in (1, 2)
    errors = error_lines(run.err)
    assert len(errors) == 1 and "x.yaml" in errors[0]
    assert sorted(p.name for p in work.iterdir()) == ["x.yaml"]


# ---------------------------------------------------------------- class 8

DEPTH = 10_000


def test_class_08_deep_nesting_behind_an_alias_in_a_case_file(cli: RunCli, work: Path) -> None:
    """``a: &a [[[…]]]`` 10,000 deep, then ``cases: [*a]``: refused, not a RecursionError."""
    path = work / "deep.yaml"
    path.write_text(f"a: &a {'[' * DEPTH}{']' * DEPTH}\ncases: [*a]\n", "utf-8")
    run = cli("batch", "deep.yaml", "--lang", "en")
    message = assert_refused(run, 1, field="deep.yaml")
    assert "deep.yaml:" in message  # with the line


def test_class_08_deep_nesting_behind_an_alias_in_a_rate_file(cli: RunCli, work: Path) -> None:
    """The same nesting in a rate table: refused with the file, not a RecursionError."""
    path = work / "deep.yaml"
    path.write_text(
        f"base: sjh-2014\nname: egen\nx: &a {'[' * DEPTH}{']' * DEPTH}\ny: *a\n", "utf-8"
    )
    run = cli("pa", "--hours", "12", "--rates", "deep.yaml", "--lang", "en")
    message = assert_refused(run, 1, field="deep.yaml")
    assert "deep.yaml:" in message


# ---------------------------------------------------------------- class 9


@pytest.mark.parametrize("digits", [28, 29, 40])
@pytest.mark.parametrize(
    ("command", "key"),
    [
        (("pa", "--hours", "12"), "pa_hourly_rate"),
        (("pa", "--hours", "12"), "benefits.sygedagpenge.tiers.1.monthly"),
        (("aid", "--amount", "250"), "benefits.sygedagpenge.tiers.2.monthly"),
    ],
    ids=["pa-rate", "pa-tier-1", "aid-tier-2"],
)
def test_class_09_set_value_of_28_digits_or_more_is_refused(
    cli: RunCli, command: tuple[str, ...], key: str, digits: int
) -> None:
    """A rate of 28+ digits is no rate: a usage error naming --set, not exit 70 or 0."""
    run = cli(*command, "--set", f"{key}={'1' * digits}", "--json", "--lang", "en")
    assert_refused(run, 2, field="--set")
    assert run.out == ""
