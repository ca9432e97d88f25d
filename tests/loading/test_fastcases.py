"""The fast reader gives, item for item, the data the precise reader gives, or leaves
the item to it: YAML 1.1 against 1.2, exact money, ids as written."""

import io
import re
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kompcalc.errors import KompcalcError
from kompcalc.loading.casescan import scan
from kompcalc.loading.fastcases import FastFailed, FastItems
from kompcalc.loading.written import PLAIN_VALUE, as_written
from kompcalc.loading.yamlio import YamlStream

TRICKY = [
    # numbers YAML 1.1 (and kompcalc) and YAML 1.2 read differently, or floats that
    # would not give back the decimal written
    "0250", "007", "0x1F", "0o17", "0b101", "1_000", "12:30", "1:30:00", "+5", "-0",
    "1e3", "1.5e3", "1.5E+3", "5.", ".5", "1.50", "2.0", "100.10", ".inf", "-.inf", ".nan",
    "123456789012345678", "0.1000000000000000000001", "1234567890.1234567",
    "yes", "No", "ON", "off", "y", "n", "true", "False", "~", "null", "Null", "=",
    "2024-01-02", "2024-1-2", "2024-01-02T10:00:00",
    # plain values both read alike
    "12", "-3", "0", "1765.68", "-3.5", "0.25", "22312.34", "text", "sag-000001",
    "Kvinde, 32 år", "a #not a comment", "x # a comment",
    '"quoted 1.50"', "'single 0250'", '"yes"', '"with \\" escape"', "'it''s'",
    "[1, 2.5, 0250]", "{a: 1.50, b: 2}", "[]", "{}", "", "&anchor 5", "!!str 5", "!!float 1",
    "!!binary aGVsbG8=", "!!int 7", "1e-05", "1e+16", "5e-324", "1.5e+16",
    "{<<: {x: 1}, y: 2}", "\"tab\\there\"",
]  # fmt: skip


def _shape(value: Any) -> Any:
    """``value`` with every Decimal as its exact text (1.5 and 1.50 differ) and every
    type named."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(v) for v in value]
    if isinstance(value, Decimal):
        return ("Decimal", str(value))
    return (type(value).__name__, value)


def _file(items: list[tuple[str, str, str]], newline: str = "\n") -> str:
    lines = ["title: x", "cases:"]
    for case_id, one, two in items:
        lines += [f"  - id: {case_id}", f"    a: {one}", "    b:", f"      - {two}"]
        lines.append(f'    c: {{"k":{one}, "l":{two}}}')  # JSON style: no space after ':'
    return newline.join(lines) + newline


def _precise(text: str) -> list[Any]:
    stream = YamlStream(io.StringIO(text), file="f", key="cases", label_key="id")
    return [(item.line, _shape(item.data)) for item in stream.items()]


def _fast(text: str) -> list[Any]:
    data = text.encode()
    layout = scan(data)
    assert layout is not None
    reader = FastItems(data, layout, 0, len(layout.starts), file="f")
    return [(item.line, _shape(item.data)) for item in reader.items()]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["sag-1", "007", "1.50", "yes", "'q'", "12", "a b"]),
            st.sampled_from(TRICKY),
            st.sampled_from(TRICKY),
        ),
        min_size=1,
        max_size=6,
        unique_by=lambda item: item[0],
    ),
    st.sampled_from(["\n", "\r\n"]),
)
def test_fast_items_are_the_precise_items(items: list[tuple[str, str, str]], newline: str) -> None:
    text = _file(items, newline)
    try:
        expected = _precise(text)
    except KompcalcError:  # the precise reader refuses the file: the fast one leaves it
        with pytest.raises(FastFailed):
            _fast(text)
        return
    assert _fast(text) == expected


@pytest.mark.parametrize(
    ("written", "read"),
    [("1765.68", "1765.68"), ("0.25", "0.25"), ("1.50", "1.50"), ("100.10", "100.10")],
)
def test_money_is_the_decimal_written(written: str, read: str) -> None:
    text = f"cases:\n  - id: a\n    amount: {written}\n  - id: b\n    amount: 1\n"
    (first, _) = _fast(text)
    assert first[1]["amount"] == ("Decimal", read)


def test_an_item_read_fast_knows_its_line_and_is_read_again_for_fields() -> None:
    text = "cases:\n  - id: a\n    x: 1\n\n  # a comment\n  - id: b\n    x:\n      y: 2\n"
    data = text.encode()
    layout = scan(data)
    assert layout is not None
    second = list(FastItems(data, layout, 0, 2, file="f").items())[1]
    assert second.line == 6 and second.precise is not None
    again = second.precise()
    assert again.index is not None and again.index.place(again.data, ["x", "y"]).line == 8
    assert again.data == second.data and again.position == 1


@pytest.mark.parametrize(
    "text",
    [
        "cases:\n  - id: a\nafter: 1\n",  # a key after the list
        "cases: [{id: a}]\n",  # a list in flow style
        "cases:\n  -\n    id: a\n",  # an item whose first line is only a dash
        "---\ncases:\n  - id: a\n",  # a document marker
        "title: x\n",  # no cases
    ],
)
def test_other_shapes_are_left_to_the_precise_reader(text: str) -> None:
    assert scan(text.encode()) is None


@pytest.mark.parametrize("brk", [b"\r", b"\xc2\x85", b"\xe2\x80\xa8", b"\xe2\x80\xa9"])
def test_a_line_break_libyaml_counts_and_the_scan_does_not_leaves_it_precise(brk: bytes) -> None:
    text = b'title: "a' + brk + b'b"\ncases:\n  - id: a\n    x: 1\n  - id: b\n'
    assert scan(text) is None
    assert scan(text.replace(brk, b" ")) is not None


@pytest.mark.parametrize("brk", [b"\xc2\x85", b"\xe2\x80\xa8", b"\xe2\x80\xa9"])
def test_a_break_is_told_from_a_character_that_shares_its_first_byte(brk: bytes) -> None:
    like = "\u00a0\u2013\u201c".encode()  # a no-break space, a dash, a quote mark
    text = b'title: "a' + like + b'"\ncases:\n  - id: a\n    x: 1\n  - id: b\n'
    assert scan(text) is not None
    assert scan(text.replace(like, like + brk)) is None


def test_a_lone_cr_among_crlf_line_ends_leaves_it_precise() -> None:
    text = b'title: "a\rb"\r\ncases:\r\n  - id: a\r\n    x: 1\r\n  - id: b\r\n'
    assert scan(text) is None
    assert scan(text.replace(b"a\rb", b"a b")) is not None


def test_a_crlf_file_is_read_fast() -> None:
    text = _file([("a", "1765.68", "12"), ("b", "text", "0.25")], "\r\n").encode()
    layout = scan(text)
    assert layout is not None
    items = list(FastItems(text, layout, 0, 2, file="f").items())
    assert [item.precise is not None for item in items] == [True, True]  # none precisely
    assert _fast(text.decode()) == _precise(text.decode())


_GUARD = rb"(?=[-+.0-9yYnNoO=])"
_BYTES = b": -[{,\n0123+.yYnNoOesfE=_#]}\r\tab"


@settings(max_examples=500)
@given(st.binary(max_size=40).map(lambda b: bytes(_BYTES[c % len(_BYTES)] for c in b)))
def test_the_quick_refusal_finds_every_plain_value_the_full_pattern_finds(text: bytes) -> None:
    """The look-ahead that lets the search skip a key or a word quickly skips no value."""
    assert _GUARD in PLAIN_VALUE.pattern
    full = re.compile(PLAIN_VALUE.pattern.replace(_GUARD, b""))
    assert PLAIN_VALUE.findall(text) == full.findall(text)


@pytest.mark.parametrize("written", ["285.50", "5.00", "-0.50", "100.10", "12.0"])
def test_a_decimal_with_trailing_zeros_is_read_fast_as_written(written: str) -> None:
    text = f"cases:\n  - id: a\n    rate: {written}\n    items: [{{amount: {written}}}, 7]\n"
    data = text.encode()
    layout = scan(data)
    assert layout is not None
    (item,) = FastItems(data, layout, 0, 1, file="f").items()
    assert item.precise is not None  # read fast, not by the precise reader
    assert _shape(item.data) == _precise(text)[0][1]
    assert str(item.data["rate"]) == written


@pytest.mark.parametrize(
    "text",
    [
        "cases:\n  - id: a\n    rate: 285.50  # a, 2.0\n",  # one more number-like text
        "cases:\n  - id: a\n    rate: +285.50\n",  # a sign the reader keeps apart
        "cases:\n  - id: a\n    rate: 0285.50\n",  # a leading zero
        "cases:\n  - id: a\n    rate: 285.500000000000000001\n",  # beyond a float
    ],
)
def test_other_decimals_with_zeros_are_read_precisely(text: str) -> None:
    data = text.encode()
    layout = scan(data)
    assert layout is not None
    (item,) = FastItems(data, layout, 0, 1, file="f").items()
    assert item.precise is None  # the precise reader read it
    assert _shape(item.data) == _precise(text)[0][1]


def test_each_item_of_a_chunk_is_told_apart() -> None:
    """An item with number-like text in a comment, or a plain truth value, is read
    precisely; the others of its chunk stay fast, a decimal with trailing zeros among
    them."""
    text = (
        "cases:\n"
        "  - id: a\n    x: 1  # a, 5\n"
        "  - id: b\n    rate: 285.50\n    n: 2\n"
        "  - id: c\n    flag: yes\n"
        "  - id: d\n    y: [1, 2.5]\n"
    )
    data = text.encode()
    layout = scan(data)
    assert layout is not None
    items = list(FastItems(data, layout, 0, 4, file="f").items())
    assert [(item.line, _shape(item.data)) for item in items] == _precise(text)
    assert [item.precise is not None for item in items] == [False, True, False, True]
    assert str(items[1].data["rate"]) == "285.50"


NUMBER_TEXT = st.from_regex(r"\A[-+]?0?[0-9]{1,5}(\.[0-9]{0,3}0{0,3})?(e[-+]?[0-9])?\Z")
"""Numbers as a user may write them: trailing zeros, a sign, a leading zero, an
exponent, a point with nothing after it."""


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(NUMBER_TEXT, NUMBER_TEXT, NUMBER_TEXT),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(["", "  # 1.50, 2.0"]),
)
def test_any_written_number_is_read_fast_as_the_precise_reader_reads_it(
    numbers: list[tuple[str, str, str]], comment: str
) -> None:
    items = [(f"sag-{i}", one, two) for i, (one, two, _) in enumerate(numbers)]
    text = _file(items).replace("    b:\n", f"    b:{comment}\n")
    text += "".join(f"  - id: x-{i}\n    d: {three}\n" for i, (_, _, three) in enumerate(numbers))
    try:
        expected = _precise(text)
    except KompcalcError:  # the precise reader refuses the file: the fast one leaves it
        with pytest.raises(FastFailed):
            _fast(text)
        return
    assert _fast(text) == expected


def test_a_decimal_with_zeros_must_be_the_number_read_in_its_place() -> None:
    """The guard beneath the order: a written 2.50 never stands for a 1.5 read."""
    data = {"a": Decimal("1.5")}
    assert not as_written(b"  - a: 2.50\n", data, [b"1.5"])
    assert data == {"a": Decimal("1.5")}
    assert as_written(b"  - a: 1.50\n", data, [b"1.5"])
    assert _shape(data) == {"a": ("Decimal", "1.50")}
