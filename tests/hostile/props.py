"""The properties kompcalc keeps on any input: what to generate and what to check.

Shared by ``tests/hostile/test_properties.py`` (a bounded number of examples, in this
process) and ``benchmarks/fuzz.py`` (many more, in this process or as real processes).
Each :class:`Property` is a Hypothesis strategy and a check that runs kompcalc on one
generated example and returns what went wrong. Always checked: exit code 0, 1 or 2,
never 70, no traceback, every stderr line a message of its own, a failure says why,
nothing written to ``-o`` on failure and no temporary file left. Where an oracle exists,
the figure must be the intended one (a misread otherwise).
"""

import json
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from tests.helpers import EXAMPLE, SHIPPED, Run
from tests.hostile.check import (
    MISREAD,
    WRITTEN,
    Violation,
    half_up,
    net_of,
    pa_gross,
    run_in_process,
    violations,
)

Runner = Callable[[Sequence[str]], Run]

HALF = Decimal(50)
"""The shipped table's refund on aids, per cent."""

RAW_ESCAPE = "raw escape on the terminal"


@dataclass(frozen=True)
class Env:
    """Where a check runs: how kompcalc is started, a folder for each example's files,
    and the TMPDIR to keep empty (None: not watched)."""

    run: Runner
    work_root: Path
    temp_folder: Path | None = None


@dataclass(frozen=True)
class Checked:
    """One example's exit code and what it broke."""

    code: int
    violations: list[Violation]


@dataclass(frozen=True)
class Property:
    name: str
    strategy: st.SearchStrategy[Any]
    check: Callable[[Env, Any], Checked]


def _json(text: str) -> dict[str, Any] | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _misread(found: list[Violation], what: str) -> None:
    found.append(Violation(MISREAD, what))


def _temp_left(env: Env, found: list[Violation]) -> None:
    """A file left in the watched TMPDIR is a violation; it is then cleared away so the
    next example starts clean."""
    if env.temp_folder is None:
        return
    left = sorted(p.name for p in env.temp_folder.iterdir())
    if left:
        found.append(Violation(WRITTEN, f"left in TMPDIR: {left[:3]}"))
        for name in left:
            path = env.temp_folder / name
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)


def _finish(env: Env, run: Run, found: list[Violation], allowed: Sequence[int]) -> Checked:
    _temp_left(env, found)
    return Checked(run.code, [*violations(run, allowed), *found])


# ---------------------------------------------------------------- numbers as typed


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    return sep.join([digits[:head], *(digits[i : i + 3] for i in range(head, len(digits), 3))])


def spellings(value: Decimal, *, point_thousands: bool, places: int) -> list[str]:
    """Ways to type ``value`` (positive, at most ``places`` decimals) that the README
    says are read as exactly it."""
    whole, _, frac = f"{value:f}".partition(".")
    frac = frac.rstrip("0")
    forms = []
    if not frac:
        forms.append(whole)
        if point_thousands and len(whole) > 3:
            forms.append(_group(whole, "."))  # 8.507 (with a note on stderr)
    else:
        forms.append(f"{whole},{frac}")
        if len(frac) < places:
            forms.append(f"{whole},{frac}0")
        if len(frac) != 3:  # a point and three digits is a thousands group
            forms.append(f"{whole}.{frac}")
        if len(whole) > 3:
            forms += [f"{_group(whole, '.')},{frac}", f"{_group(whole, ',')}.{frac}"]
    forms.append(f" {forms[0]} ")
    return forms


def space_groupings(value: Decimal) -> list[str]:
    """``8 507`` and ``8\u00a0507,5``: thousands groups with a blank, which may be
    refused or read, but if read only as ``value``."""
    whole, _, frac = f"{value:f}".partition(".")
    frac = frac.rstrip("0")
    if len(whole) <= 3:
        return []
    tail = f",{frac}" if frac else ""
    return [_group(whole, " ") + tail, _group(whole, "\u00a0") + tail]


_SPACE_GROUPED = re.compile(r"\d{1,3}([ \u00a0]\d{3})+([,.]\d+)?")


def blank_inside(text: str) -> bool:
    """Whether ``text`` has a blank inside that is not a thousands group (``8 5``): such
    a number must be refused (class 16)."""
    raw = text.strip()
    return any(c in raw for c in " \u00a0") and not _SPACE_GROUPED.fullmatch(raw)


NUMBER_CHARS = "0123456789,.-+ \u00a0\u202f_eE:x²١"


def junk_numbers() -> st.SearchStrategy[str]:
    """Text that is nearly a number, and any text at all."""
    printable = st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00")
    return st.one_of(
        st.text(alphabet=NUMBER_CHARS, max_size=14),
        st.text(alphabet=printable, max_size=14),
        st.sampled_from(["NaN", "inf", "-0", "1e3", "0x10", "١٢", "１２", "8,507", "9" * 40]),
    )


@st.composite
def typed(
    draw: st.DrawFn, low: Decimal, high: Decimal, places: int, *, point_thousands: bool
) -> tuple[str, Decimal, bool]:
    """(text, value, must be accepted): a value spelled one of the accepted ways, or
    spelled with blank thousands groups (which may be refused)."""
    value = draw(st.decimals(min_value=low, max_value=high, places=places))
    forms = [(s, True) for s in spellings(value, point_thousands=point_thousands, places=places)]
    forms += [(s, False) for s in space_groupings(value)]
    text, must = draw(st.sampled_from(forms))
    return text, value, must


# ---------------------------------------------------------------- pa --hours


def _hours_run(env: Env, text: str) -> tuple[Run, dict[str, Any] | None]:
    run = env.run(["pa", "--hours", text, "--json", "--lang", "en"])
    return run, _json(run.out) if run.code == 0 else None


def check_hours(env: Env, example: tuple[str, Decimal, bool]) -> Checked:
    """Any accepted spelling of x hours: gross monthly x × 114.68 × 4.33 half-up."""
    text, hours, must = example
    run, data = _hours_run(env, text)
    found: list[Violation] = []
    if must and run.code != 0:
        _misread(found, f"--hours {text!r} ({hours}) refused")
    if data is not None:
        gross = Decimal(data["monthly"]["gross"])
        if gross != pa_gross(hours):
            _misread(found, f"--hours {text!r}: gross {gross}, not {pa_gross(hours)}")
    return _finish(env, run, found, (0, 2))


def check_hours_junk(env: Env, text: str) -> Checked:
    """Any text as --hours: a figure that matches the hours read, and a blank that is
    no thousands group refused."""
    run, data = _hours_run(env, text)
    found: list[Violation] = []
    if data is not None:
        hours = Decimal(data["interventions"][0]["hours_per_week"])
        gross = Decimal(data["monthly"]["gross"])
        if gross != pa_gross(hours):
            _misread(found, f"--hours {text!r}: gross {gross} for {hours} h")
        if blank_inside(text):
            _misread(found, f"--hours {text!r} read as {hours}")
    return _finish(env, run, found, (0, 2))


# ---------------------------------------------------------------- aid --amount / --item


def _aid_run(env: Env, args: Sequence[str]) -> tuple[Run, dict[str, Any] | None]:
    run = env.run(["aid", *args, "--json", "--lang", "en"])
    return run, _json(run.out) if run.code == 0 else None


def _amount_is(found: list[Violation], data: dict[str, Any], amount: Decimal, what: str) -> None:
    one_off = data["one_off"]
    if Decimal(one_off["gross"]) != amount or Decimal(one_off["net"]) != net_of(amount, HALF):
        _misread(found, f"{what}: one_off {one_off}, not {amount} (net {net_of(amount, HALF)})")


def check_amount(env: Env, example: tuple[str, Decimal, bool]) -> Checked:
    """Any accepted spelling of an amount gives that amount, net half of it (50 %)."""
    text, amount, must = example
    run, data = _aid_run(env, ["--amount", text])
    found: list[Violation] = []
    if must and run.code != 0:
        _misread(found, f"--amount {text!r} ({amount}) refused")
    if data is not None:
        _amount_is(found, data, amount, f"--amount {text!r}")
    return _finish(env, run, found, (0, 2))


def check_amount_junk(env: Env, text: str) -> Checked:
    """Any text as --amount: sound, and a blank that is no thousands group refused."""
    run, data = _aid_run(env, ["--amount", text])
    found: list[Violation] = []
    if data is not None and blank_inside(text):
        _misread(found, f"--amount {text!r} read as {data['one_off']['gross']}")
    return _finish(env, run, found, (0, 2))


def _plain_name(name: str) -> bool:
    """A name of letters, digits, punctuation, symbols and spaces only."""
    categories = (unicodedata.category(c) for c in name)
    return bool(name.strip()) and all(c[0] in "LNPS" or c == "Zs" for c in categories)


@st.composite
def items(draw: st.DrawFn) -> tuple[str, str, Decimal, bool]:
    """(NAME, amount text, amount, json?) for ``--item NAME=AMOUNT``."""
    name = draw(
        st.one_of(
            st.text(
                st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"),
                min_size=1,
                max_size=20,
            ),
            st.sampled_from(
                ["[/]", "[bold]Lup", "[red]x[/red]", "a=b", "[link=x]y", "\\[b]", "Lup :smile:"]
            ),
        )
    )
    text, amount, _ = draw(
        typed(Decimal("0.01"), Decimal(100_000), 2, point_thousands=True).filter(lambda e: e[2])
    )
    return name, text, amount, draw(st.booleans())


def check_item(env: Env, example: tuple[str, str, Decimal, bool]) -> Checked:
    """``--item NAME=AMOUNT``: any plain name is accepted and kept as written (also
    in the text output, where rich markup must not swallow it), with the amount."""
    name, text, amount, as_json = example
    args = ["aid", "--item", f"{name}={text}", "--lang", "en"]
    run = env.run([*args, "--json"] if as_json else args)
    found: list[Violation] = []
    plain = _plain_name(name)
    if plain and run.code != 0:
        _misread(found, f"--item {name!r}={text!r} refused")
    if run.code == 0 and as_json:
        data = _json(run.out)
        if data is None:
            _misread(found, "no JSON")
        else:
            _amount_is(found, data, amount, f"--item {name!r}={text!r}")
            shown = data["interventions"][0]["items"][0]["name"]
            if shown != name.strip():
                _misread(found, f"--item name {name!r} became {shown!r}")
    if run.code == 0 and not as_json and plain and name.strip() not in run.out:
        _misread(found, f"--item name {name!r} not shown as written")
    return _finish(env, run, found, (0, 2))


# ---------------------------------------------------------------- --date


@st.composite
def dates(draw: st.DrawFn) -> tuple[str, str | None]:
    """(text, ISO day or None for junk): a day written as the README allows, or junk."""
    if draw(st.integers(0, 4)) == 0:
        return draw(junk_numbers()), None
    day = draw(st.dates())
    forms = [
        day.isoformat(),
        f"{day.day}.{day.month}.{day.year}",
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        f"{day.day}-{day.month}-{day.year}",
    ]
    return draw(st.sampled_from(forms)), day.isoformat()


def check_date(env: Env, example: tuple[str, str | None]) -> Checked:
    """``--date``: a day in 2014 gives the shipped rates of that day; any other day is
    refused (1: no rates that day; 2: no date)."""
    text, iso = example
    run = env.run(["pa", "--hours", "12", "--date", text, "--json", "--lang", "en"])
    found: list[Violation] = []
    data = _json(run.out) if run.code == 0 else None
    in_2014 = iso is not None and iso.startswith("2014-") and len(iso) == 10
    if in_2014 and run.code != 0:
        _misread(found, f"--date {text!r} ({iso}) refused")
    if data is not None:
        day = data["rates"]["date"]
        if (iso is not None and day != iso) or not day.startswith("2014-"):
            _misread(found, f"--date {text!r} read as {day}")
        if Decimal(data["monthly"]["gross"]) != pa_gross(Decimal(12)):
            _misread(found, f"--date {text!r}: gross {data['monthly']['gross']}")
    return _finish(env, run, found, (0, 1, 2))


# ---------------------------------------------------------------- --set KEY=VALUE

SET_KEYS = [
    "pa_hourly_rate",
    "weeks_per_month",
    "pa_normal_max_hours_per_week",
    "education_normal_max_hours_per_week",
    "education_max_hours_per_week",
    "refund_pct.personal_assistance",
    "refund_pct.education_assistance",
    "refund_pct.aids",
    "refund_pct.mentor",
    "refund_pct.icebreaker",
    "benefits.sygedagpenge.tiers.1.monthly",
    "benefits.sygedagpenge.tiers.2.monthly",
    "benefits.ledighedsydelse.tiers.1.monthly",
    "benefits.løntilskud.tiers.1.monthly",
]
"""The keys of the shipped table that ``--set`` may change."""

JUNK_KEYS = [
    "",
    ".",
    "..",
    "pa_hourly_rate.value",
    "pa_hourly_rate.source",
    "refund_pct",
    "refund_pct..aids",
    "benefits",
    "benefits.sygedagpenge",
    "benefits.sygedagpenge.tiers",
    "benefits.sygedagpenge.tiers.1",
    "benefits.sygedagpenge.tiers.1.from_month",
    "benefits.sygedagpenge.tiers.1.to_month",
    "sources.sjh-2014.title",
    "name",
    "period.from",
    "reference_date",
    "PA_HOURLY_RATE",
    " pa_hourly_rate",
    "pa_hourly_rate ",
]
TIER_INDEXES = ["0", "-1", "3", "²", "¹", "١", "１", "99999999999999999999", "", " 1", "1 ", "01"]

# (low, high, places) of values that must be accepted, and what they change
ORACLE_SETS = {
    "pa_hourly_rate": (Decimal(1), Decimal(1000), 2),
    "refund_pct.personal_assistance": (Decimal(0), Decimal(100), 2),
    "refund_pct.aids": (Decimal(0), Decimal(100), 2),
    "benefits.sygedagpenge.tiers.1.monthly": (Decimal(0), Decimal(100_000), 2),
}


@st.composite
def sets(draw: st.DrawFn) -> tuple[str, str, Decimal | None]:
    """(KEY, VALUE text, the value it must be read as, or None)."""
    choice = draw(st.integers(0, 9))
    if choice < 4:  # a key with an oracle and a value it must take
        key = draw(st.sampled_from(sorted(ORACLE_SETS)))
        low, high, places = ORACLE_SETS[key]
        value = draw(st.decimals(min_value=low, max_value=high, places=places))
        forms = spellings(value, point_thousands=False, places=places)
        return key, draw(st.sampled_from(forms)), value
    if choice < 6:
        key = draw(st.sampled_from(SET_KEYS))
    elif choice < 7:
        index = draw(st.sampled_from(TIER_INDEXES))
        key = f"benefits.sygedagpenge.tiers.{index}.monthly"
    elif choice < 8:
        key = draw(st.sampled_from(JUNK_KEYS))
    else:
        key = draw(st.text(max_size=30).filter(lambda k: "\x00" not in k and "=" not in k))
    text = draw(
        st.one_of(
            junk_numbers(),
            st.decimals(min_value=0, max_value=10**6, places=2).map(str),
            st.integers(27, 60).map(lambda n: "1" * n),
        )
    )
    return key, text, None


def check_set(env: Env, example: tuple[str, str, Decimal | None]) -> Checked:
    """``--set KEY=VALUE``: a rate the table knows, set to a sane value, changes the
    figure exactly so; 28 digits or more is refused (exit 2); never exit 70."""
    key, text, value = example
    aids = key.startswith("refund_pct.aids")
    command = ["aid", "--amount", "250"] if aids else ["pa", "--hours", "12"]
    run = env.run([*command, "--set", f"{key}={text}", "--json", "--lang", "en"])
    found: list[Violation] = []
    data = _json(run.out) if run.code == 0 else None
    digits = sum(c.isdigit() for c in text)
    if key.strip() in SET_KEYS and digits >= 28 and run.code != 2:
        _misread(found, f"--set {key}={text[:12]}… ({digits} digits): exit {run.code}")
    if value is not None and run.code != 0:
        _misread(found, f"--set {key}={text!r} ({value}) refused")
    if value is not None and data is not None:
        if key == "pa_hourly_rate":
            want, got = pa_gross(Decimal(12), rate=value), data["monthly"]["gross"]
        elif key == "refund_pct.personal_assistance":
            want, got = net_of(pa_gross(Decimal(12)), value), data["monthly"]["net"]
        elif key == "refund_pct.aids":
            want, got = net_of(Decimal(250), value), data["one_off"]["net"]
        else:
            want, got = half_up(value), data["timeline"][0]["avoided_benefit"]
        if Decimal(got) != want:
            _misread(found, f"--set {key}={text!r}: {got}, not {want}")
    return _finish(env, run, found, (0, 1, 2))


# ---------------------------------------------------------------- mutated files

SCALARS = [
    "0250",
    "012",
    "00",
    "0",
    "-0",
    "050",
    "1:30",
    "190:20:30",
    "0x1F",
    "0b101",
    "0o17",
    "1_000",
    "+12",
    "-5",
    "1e3",
    "1.5e+3",
    "6.5",
    "6,5",
    "8.507",
    "0.5",
    ".5",
    "5.",
    ".inf",
    "-.inf",
    ".nan",
    "~",
    "null",
    "''",
    "yes",
    "no",
    "on",
    "off",
    "y",
    "true",
    "False",
    "2014-06-01",
    "2014-13-45",
    "2014-06-01 10:00:00",
    "'0250'",
    '"0250"',
    "!!bool maybe",
    "!!timestamp x",
    "!!int ''",
    "!!float x",
    "!!float ''",
    "!!binary ???",
    "!!str 5",
    "!!int 0x",
    "!!null x",
    "!!set {a}",
    "!!omap [a]",
    "!!pairs [a]",
    "!!python/object:os.system x",
    "!!python/name:os.system ''",
    "!custom x",
    "!<tag:yaml.org,2002:int> 9",
    "&a 5",
    "*nope",
    "[]",
    "{}",
    "[1, 2]",
    "{a: 1}",
    "'[/]'",
    "'[bold]x'",
    '"\\e[31mred"',
    '"\\x1b]0;title\\x07"',
    '"\\u202e"',
    '"a\\nb"',
    "9" * 40,
    "1" + "0" * 30,
    "-" + "9" * 30,
    "'" + "x" * 3000 + "'",
    "<script>alert(1)</script>",
    "=cmd|' /C calc'!A0",
    "@SUM(1)",
    "|",
    ">",
    "- a",
    "? a",
    "`x`",
    "a: b",
    "# c",
    "%TAG",
]
"""YAML scalars (and things that are not) that have broken parsers."""

HOT = [
    "0250",
    "012",
    "050",
    "1:30",
    "0x1F",
    "!!bool maybe",
    "!!timestamp x",
    "!!int ''",
    '"\\e[31mred"',
    "9" * 40,
]
"""The scalars behind the known classes, drawn more often."""

HOT_KEYS = {"id", "amount", "hours_per_week", "monthly", "value", "benefit", "pct", "months"}
"""Keys whose values the mutations replace more often."""

_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def yaml_scalars() -> st.SearchStrategy[str]:
    """A YAML scalar, tag or flow node on one line: from the list, near-numbers, or any
    text (plain or double-quoted)."""
    text = st.text(
        st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00" + _LINE_BREAKS),
        max_size=12,
    )
    return st.one_of(
        st.sampled_from(HOT),
        st.sampled_from(SCALARS),
        st.from_regex(r"[0-9:._+-]{1,8}", fullmatch=True),
        text,
        text.map(lambda s: json.dumps(s, ensure_ascii=False)),
    )


VALUE_LINE = re.compile(
    r"^(?P<head>[ ]*(?:- )?(?P<key>[\w-]+):[ ]+)(?P<value>[^#\s].*?)\s*$", re.MULTILINE
)


@dataclass(frozen=True)
class Mutation:
    kind: str
    line: int
    """The line (1-based, in the original file) the mutation is on or after."""
    key: str | None = None
    new: str | None = None

    def __str__(self) -> str:
        what = f" {self.key}: {self.new!r}" if self.key is not None else ""
        return f"{self.kind} at line {self.line}{what}"


def _key(line: str) -> str | None:
    match = VALUE_LINE.match(line)
    return match["key"] if match else None


MUTATIONS = ["replace", "replace", "replace", "delete", "duplicate", "tab", "truncate", "bytes"]


@st.composite
def mutated(draw: st.DrawFn, original: str) -> tuple[bytes, Mutation]:
    """``original`` with one mutation: a scalar replaced, a line deleted or duplicated,
    a tab inserted, the file truncated, or binary bytes inserted."""
    lines = original.splitlines(keepends=True)
    kind = draw(st.sampled_from(MUTATIONS))
    if kind == "replace":
        candidates = [i for i, line in enumerate(lines) if VALUE_LINE.match(line)]
        hot = [i for i in candidates if _key(lines[i]) in HOT_KEYS]
        prefer_hot: bool = bool(hot) and draw(st.booleans())
        i = draw(st.sampled_from(hot if prefer_hot else candidates))
        match = VALUE_LINE.match(lines[i])
        assert match is not None
        new = draw(yaml_scalars())
        lines[i] = f"{match['head']}{new}\n"
        return "".join(lines).encode("utf-8"), Mutation(kind, i + 1, match["key"], new)
    if kind in ("delete", "duplicate", "tab"):
        candidates = [i for i, line in enumerate(lines) if line.strip()]
        i = draw(st.sampled_from(candidates))
        if kind == "delete":
            del lines[i]
        elif kind == "duplicate":
            lines.insert(i, lines[i])
        else:
            at = draw(st.integers(0, len(lines[i].rstrip("\n"))))
            lines[i] = lines[i][:at] + "\t" + lines[i][at:]
        return "".join(lines).encode("utf-8"), Mutation(kind, i + 1)
    data = original.encode("utf-8")
    at = draw(st.integers(0, len(data)))
    line = data[:at].count(b"\n") + 1
    if kind == "truncate":
        return data[:at], Mutation(kind, line)
    noise = draw(st.binary(min_size=1, max_size=8))
    return data[:at] + noise + data[at:], Mutation(kind, line, None, noise.hex())


_LEADING_ZERO = re.compile(r"[-+]?0[0-9xbXB_][0-9a-fA-F_]*")
_SEXAGESIMAL = re.compile(r"[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?")
_PLAIN_DECIMAL = re.compile(r"\+?(0|[1-9][0-9]*)(\.[0-9]+)?|\+?\.[0-9]+|[1-9][0-9]*\.")
_NUMBER_LIKE = re.compile(r"[-+]?[0-9][0-9_:.]*|0x[0-9a-fA-F]+")


def ambiguous_number(text: str) -> bool:
    """A YAML 1.1 integer that does not mean what it looks like: ``0250`` (octal),
    ``1:30`` (base 60), ``0x1F``: must be refused (class 15)."""
    return bool(_LEADING_ZERO.fullmatch(text) or _SEXAGESIMAL.fullmatch(text))


def plain_decimal(text: str) -> Decimal | None:
    """The value of ``5``, ``6.5``, ``.5`` or ``5.``, else None."""
    if not _PLAIN_DECIMAL.fullmatch(text):
        return None
    try:
        return Decimal(text.lstrip("+"))
    except InvalidOperation:
        return None


# ---------------------------------------------------------------- mutated case files

_CASE_START = re.compile(r"^  - id: (?P<id>.+?)\s*$")
_KIND = re.compile(r"^ {6}- kind:")
SENTINEL = b"an older output file\n"


@dataclass(frozen=True)
class CaseSpan:
    id: str
    first: int
    last: int


@cache
def example_cases() -> tuple[str, tuple[CaseSpan, ...], dict[str, dict[str, Any]]]:
    """The example file's text, each case's lines, and each case's figures as the
    unmutated file gives them."""
    text = EXAMPLE.read_text("utf-8")
    lines = text.splitlines()
    starts = [(i + 1, m["id"]) for i, line in enumerate(lines) if (m := _CASE_START.match(line))]
    spans = tuple(
        CaseSpan(case_id, first, (starts[n + 1][0] - 1) if n + 1 < len(starts) else len(lines))
        for n, (first, case_id) in enumerate(starts)
    )
    run = run_in_process(["batch", str(EXAMPLE), "--json"])
    assert run.code == 0, run.err
    data = json.loads(run.out)
    return text, spans, {case["id"]: _figures(case) for case in data["cases"]}


def _figures(case: dict[str, Any]) -> dict[str, Any]:
    keys = ("one_off", "monthly", "break_even_months", "savings", "benefit")
    return {key: case[key] for key in keys}


def case_files() -> st.SearchStrategy[tuple[bytes, Mutation]]:
    return mutated(example_cases()[0])


def _output_file(code: int, out: Path, found: list[Violation]) -> dict[str, Any] | None:
    """Check ``-o``: written whole, and only when the run got that far."""
    content = out.read_bytes() if out.exists() else b""
    if content == SENTINEL:
        if code == 0:
            found.append(Violation(WRITTEN, "exit 0 but -o not written"))
        return None
    data = _json(content.decode("utf-8", "replace"))
    if data is None:
        found.append(Violation(WRITTEN, f"-o holds no whole JSON after exit {code}"))
    elif code not in (0, 1):
        found.append(Violation(WRITTEN, f"-o written on exit {code}"))
    return data


def _case_oracles(
    data: dict[str, Any], mutation: Mutation, found: list[Violation], lines: list[str]
) -> None:
    _, spans, baseline = example_cases()
    computed = {case["id"]: case for case in data.get("cases", [])}
    id_line = _CASE_START.match(lines[mutation.line - 1]) if mutation.line <= len(lines) else None
    touched = {s.id for s in spans if s.first <= mutation.line <= s.last}
    if mutation.kind == "truncate":
        touched |= {s.id for s in spans if s.last >= mutation.line}
    # cases the mutation did not touch keep their figures
    if mutation.kind != "bytes" and id_line is None:
        for case_id, want in baseline.items():
            if case_id in computed and case_id not in touched:
                got = _figures(computed[case_id])
                if got != want:
                    _misread(found, f"untouched case {case_id} changed: {got} != {want}")
    if mutation.kind != "replace" or mutation.new is None:
        return
    new = mutation.new
    if id_line is not None and _NUMBER_LIKE.fullmatch(new):
        strange = set(computed) - set(baseline) - {new}
        if strange:
            _misread(found, f"id {new!r} became {sorted(strange)!r}")
        return
    span = next((s for s in spans if s.first <= mutation.line <= s.last), None)
    if span is None or span.id not in computed or mutation.key not in NUMERIC_FIELDS:
        return
    if ambiguous_number(new):
        _misread(found, f"accepted (case {span.id} computed)")
        return
    value = plain_decimal(new)
    field = INPUT_FIELDS.get(mutation.key)
    if value is None or field is None:
        return
    kinds = [i for i in range(span.first, mutation.line + 1) if _KIND.match(lines[i - 1])]
    if not kinds or lines[mutation.line - 1].startswith(" " * 10):
        return  # not a field of a block-style intervention
    intervention = computed[span.id]["interventions"][len(kinds) - 1]
    got = intervention.get(field)
    if got is not None and Decimal(got) != value:
        _misread(found, f"read as {got}")


NUMERIC_FIELDS = {
    "amount",
    "hours_per_week",
    "monthly",
    "hourly_rate",
    "months",
    "benefit_month",
    "benefit_week",
    "benefit_limit_months",
}
"""Fields of a case that hold numbers: an ambiguous number there must be refused."""
INPUT_FIELDS = {"amount": "total", "hours_per_week": "hours_per_week"}
"""Fields whose value the JSON shows (as the intervention's key given here)."""


def check_case_file(env: Env, example: tuple[bytes, Mutation]) -> Checked:
    """``batch FILE --json -o out.json`` on a mutated example file."""
    content, mutation = example
    with tempfile.TemporaryDirectory(dir=env.work_root) as folder:
        work = Path(folder)
        (work / "cases.yaml").write_bytes(content)
        out = work / "out.json"
        out.write_bytes(SENTINEL)
        run = env.run(["batch", str(work / "cases.yaml"), "--json", "-o", str(out)])
        found: list[Violation] = []
        data = _output_file(run.code, out, found)
        if run.out:
            found.append(Violation(WRITTEN, f"stdout beside -o: {run.out[:80]!r}"))
        if "\x1b" in run.err:
            found.append(Violation(RAW_ESCAPE, "ESC on stderr"))
        left = sorted(p.name for p in work.iterdir() if p.name not in ("cases.yaml", "out.json"))
        if left:
            found.append(Violation(WRITTEN, f"left beside -o: {left}"))
        if data is not None:
            _case_oracles(data, mutation, found, example_cases()[0].splitlines())
        checked = _finish(env, run, found, (0, 1, 2))
        return Checked(
            checked.code, [Violation(v.kind, f"{mutation}: {v.detail}") for v in checked.violations]
        )


# ---------------------------------------------------------------- mutated rate files

_TOP_KEY = re.compile(r"^(?P<key>[\w-]+):")
RATE_NUMBERS = {"value", "monthly", "pct", "from_month", "to_month", "from_week", "to_week"}


@cache
def shipped_rates() -> tuple[str, dict[str, tuple[int, int]]]:
    """The shipped table's text and the lines of each top-level key."""
    text = SHIPPED.read_text("utf-8")
    lines = text.splitlines()
    tops = [(i + 1, m["key"]) for i, line in enumerate(lines) if (m := _TOP_KEY.match(line))]
    blocks = {
        key: (first, (tops[n + 1][0] - 1) if n + 1 < len(tops) else len(lines))
        for n, (first, key) in enumerate(tops)
    }
    return text, blocks


def rate_files() -> st.SearchStrategy[tuple[bytes, Mutation]]:
    return mutated(shipped_rates()[0])


def check_rate_file(env: Env, example: tuple[bytes, Mutation]) -> Checked:
    """``pa --hours 12 --json --rates FILE`` on a mutated shipped table: where the
    mutation cannot touch the PA rate or the weeks per month, the gross is 5958.77."""
    content, mutation = example
    _, blocks = shipped_rates()
    with tempfile.TemporaryDirectory(dir=env.work_root) as folder:
        path = Path(folder) / "rates.yaml"
        path.write_bytes(content)
        run = env.run(["pa", "--hours", "12", "--json", "--rates", str(path), "--lang", "en"])
        found: list[Violation] = []
        data = _json(run.out) if run.code == 0 else None
        if "\x1b" in run.err:
            found.append(Violation(RAW_ESCAPE, "ESC on stderr"))
        replaced = mutation.new if mutation.kind == "replace" else None
        ambiguous = replaced is not None and ambiguous_number(replaced)
        if ambiguous and mutation.key in RATE_NUMBERS and run.code == 0:
            _misread(found, "accepted")
        in_pa = any(
            first <= mutation.line <= last
            for key, (first, last) in blocks.items()
            if key in ("pa_hourly_rate", "weeks_per_month")
        )
        after_pa = mutation.line > max(blocks["pa_hourly_rate"][1], blocks["weeks_per_month"][1])
        if data is not None and mutation.kind != "bytes":
            gross = Decimal(data["monthly"]["gross"])
            if mutation.kind == "truncate":
                expected = pa_gross(Decimal(12)) if after_pa else None
            elif not in_pa:
                expected = pa_gross(Decimal(12))
            elif mutation.kind == "replace" and mutation.key == "value" and mutation.new:
                value = plain_decimal(mutation.new)
                in_rate = mutation.line <= blocks["pa_hourly_rate"][1]
                expected = None
                if value is not None and in_rate:
                    expected = pa_gross(Decimal(12), rate=value)
                elif value is not None:
                    expected = pa_gross(Decimal(12), weeks=value)
            else:
                expected = None
            if expected is not None and gross != expected:
                _misread(found, f"gross {gross}, not {expected}")
        checked = _finish(env, run, found, (0, 1, 2))
        return Checked(
            checked.code, [Violation(v.kind, f"{mutation}: {v.detail}") for v in checked.violations]
        )


# ---------------------------------------------------------------- the list

HOURS = typed(Decimal("0.01"), Decimal(168), 2, point_thousands=False)
AMOUNTS = typed(Decimal("0.01"), Decimal(10_000_000), 2, point_thousands=True)

PROPERTIES = [
    Property("hours", HOURS, check_hours),
    Property("hours-junk", junk_numbers(), check_hours_junk),
    Property("amount", AMOUNTS, check_amount),
    Property("amount-junk", junk_numbers(), check_amount_junk),
    Property("item", items(), check_item),
    Property("date", dates(), check_date),
    Property("set", sets(), check_set),
    Property("case-file", case_files(), check_case_file),
    Property("rate-file", rate_files(), check_rate_file),
]
"""Every property, by name: the test suite and the fuzz script run these."""
