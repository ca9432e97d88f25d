"""The YAML reader: the same data as PyYAML's CSafeLoader (with exact decimals), lines
for every key, streaming, and the guards against hostile files."""

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from kompcalc.core.modelbase import AmbiguousNumber
from kompcalc.errors import KompcalcError
from kompcalc.loading.yamlio import (
    MAX_ALIAS_NODES,
    AnchorsFound,
    YamlStream,
    open_yaml,
    parse_yaml,
    read_yaml,
)

D = Decimal


def _as_pyyaml(value: Any) -> Any:
    """CSafeLoader's data with floats written as kompcalc reads them (exact decimals)."""
    if isinstance(value, float):
        return D(repr(value)) if value == value else "nan"
    if isinstance(value, dict):
        return {k: _as_pyyaml(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_pyyaml(v) for v in value]
    return value


def _ours(text: str) -> Any:
    data, _ = parse_yaml(text, file="x.yaml")
    return data


SAME_AS_PYYAML = [
    "a: 1\nb: -7\nc: +3\nd: 0",
    "a: 12.5\nb: 114.68\nc: -0.5\nd: 1_000.25",
    "a: 1_000\nb: -1_000_000",
    "a: yes\nb: No\nc: on\nd: OFF\ne: true\nf: False\ng: y\nh: n",
    "a: ~\nb: null\nc:\nd: NULL\ne: Null",
    "a: 2014-01-01\nb: 2001-12-14t21:59:43.10-05:00\nc: 2014-1-1",
    "a: '12'\nb: \"yes\"\nc: '2014-01-01'\nd: !!str 12\ne: !!int '7'\nf: !!float '2.5'",
    "a: |\n  line 1\n  line 2\nb: >-\n  folded\n  text\nc: 'it''s'\nd: \"tab\\tæøå\"",
    "- [1, 2, {a: b}]\n- {x: [], y: {}}\n- - nested\n  - list",
    "base: &b {x: 1, y: 2}\nmerged:\n  <<: *b\n  y: 3\nlist: &l [1, 2]\nagain: *l",
    "a: &x 5\nb: *x\nc: [&y q, *y]",
    "many:\n  <<: [{a: 1, b: 1}, {b: 2, c: 2}]\n  c: 3",
    "a: 1e3\nb: .5\nc: 1.",
    "k: Fastholdes i job\nl: nej\nm: a-b\nn: '-'\no: =x\np: 3 h",
]


@pytest.mark.parametrize("text", SAME_AS_PYYAML)
def test_data_is_what_the_c_safe_loader_reads(text: str) -> None:
    expected = _as_pyyaml(yaml.load(text, Loader=yaml.CSafeLoader))
    assert _ours(text) == expected


def test_numbers_yaml_reads_in_another_base_are_kept_as_written() -> None:
    """YAML 1.1 reads 017 as 15 and 12:30 as 750; no one means that in a case file, so
    the text is kept (a number field refuses it, a case id keeps it)."""
    written = {"a": "0x1F", "c": "017", "e": "0b101", "f": "190:20:30"}
    written |= {"g": "12:30", "h": "0042", "i": "-0250", "j": "1:30.5"}
    data = _ours("\n".join(f"{key}: {text}" for key, text in written.items()))
    assert data == written and all(type(v) is AmbiguousNumber for v in data.values())


def test_floats_are_exact_decimals_from_the_source_text() -> None:
    data = _ours("rate: 114.68\nhours: 6.5\nmany: 0.1")
    assert data == {"rate": D("114.68"), "hours": D("6.5"), "many": D("0.1")}
    assert all(type(v) is Decimal for v in data.values())


def test_special_floats_become_decimal_infinity_and_nan() -> None:
    data = _ours("a: .inf\nb: -.Inf\nc: .nan")
    assert data["a"] == D("Infinity") and data["b"] == D("-Infinity") and data["c"].is_nan()


def test_dates_are_dates() -> None:
    data = _ours("a: 2014-01-01\nb: 2014-01-01 10:00:00")
    assert data["a"] == date(2014, 1, 1) and isinstance(data["b"], datetime)


def test_every_key_and_item_has_its_line() -> None:
    text = "top:\n  first: 1\n\n  second:\n    - x\n    - {y: 2}\nlast: 3\n"
    data, index = parse_yaml(text, file="f.yaml")
    assert index.locate(data, ["top", "first"]) == ("f.yaml", 2)
    assert index.line_of(data, ["top", "second"]) == 4
    assert index.line_of(data, ["top", "second", 1]) == 6
    assert index.line_of(data, ["top", "second", 1, "y"]) == 6
    assert index.line_of(data, ["last"]) == 7
    assert index.line_of(data, ["top", "missing", "deeper"]) == 1  # the deepest found


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("a: 1\nb: 2\na: 3\n", 3, 'duplicate key "a" (first at line 1)'),
        ("a: [1, 2\nb: 3\n", 1, '"[" here is not closed with "]"'),  # where it opens
        ("a: *nothing\n", 1, "has no anchor"),
        ("a: !!python/object:os.system x\n", 1, "tag:yaml.org,2002:python/object:os.system"),
        ("a: !!set {x}\n", 1, "is not supported"),
        ("a: 1\n---\nb: 2\n", 2, "one YAML document only"),
        ("a: !!int x\n", 1, 'cannot read "x"'),
        ("a: &r [*r]\n", 1, "refers to itself"),
        ("? [1]\n: x\n", 1, "a key must be a plain value"),
        ("m:\n  <<: 5\n", 2, "a merge (<<) must refer to a mapping"),
    ],
)
def test_bad_yaml_is_one_located_error(text: str, line: int, words: str) -> None:
    with pytest.raises(KompcalcError) as caught:
        parse_yaml(text, file="f.yaml")
    (problem,) = caught.value.problems
    assert (problem.file, problem.line) == ("f.yaml", line)
    assert words in problem.message


def test_an_alias_bomb_is_refused_at_once() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for i, name in enumerate("bcdefghij"):
        prev = "abcdefghij"[i]
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 10)}]")
    with pytest.raises(KompcalcError) as caught:
        parse_yaml("\n".join(lines), file="bomb.yaml")
    (problem,) = caught.value.problems
    assert str(MAX_ALIAS_NODES) in problem.message and problem.line is not None


def test_modest_aliases_are_fine() -> None:
    text = "d: &d {a: 1, b: 2}\n" + "".join(f"c{i}: *d\n" for i in range(1000))
    data = _ours(text)
    assert data["c999"] == {"a": 1, "b": 2}


def _stream(path: Path, **kw: Any) -> tuple[YamlStream, list[Any]]:
    handle = open_yaml(path, max_bytes=10_000)
    stream = YamlStream(handle, file=str(path), key="cases", **kw)
    with handle:
        items = list(stream.items())
    return stream, items


CASES = """title: T
cases:
  - id: a
    n: 1
  - {id: b, n: 2}
  - plain
  - id: d
    deep: {x: [1, 2]}
after: 3
"""


def test_a_stream_hands_over_each_item_with_its_lines(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(CASES, encoding="utf-8")
    stream, items = _stream(path)
    assert [i.data for i in items] == [
        {"id": "a", "n": 1},
        {"id": "b", "n": 2},
        "plain",
        {"id": "d", "deep": {"x": [1, 2]}},
    ]
    assert [i.line for i in items] == [3, 5, 6, 7]
    assert [i.position for i in items] == [0, 1, 2, 3]
    last = items[3]
    assert last.index is not None and last.index.line_of(last.data, ["deep", "x", 1]) == 8
    assert stream.root == {"title": "T", "cases": [], "after": 3}
    assert stream.index.line_of(stream.root, ["after"]) == 9


def test_items_left_out_keep_only_their_label(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(CASES, encoding="utf-8")
    _, items = _stream(path, keep=lambda p: p % 2 == 1, label_key="id")
    assert [(i.data, i.label) for i in items] == [
        (None, "a"),
        ({"id": "b", "n": 2}, None),
        (None, None),
        ({"id": "d", "deep": {"x": [1, 2]}}, None),
    ]
    assert [i.line for i in items] == [3, 5, 6, 7]


def test_items_cannot_be_left_out_of_a_file_with_anchors(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("cases:\n  - &a {id: a}\n  - *a\n", encoding="utf-8")
    with pytest.raises(AnchorsFound):
        _stream(path, keep=lambda p: p % 2 == 0)


def test_a_file_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with path.open("wb") as out:
        out.truncate(50_000)  # sparse: no disk, no reading
    with pytest.raises(KompcalcError) as caught:
        read_yaml(path, max_bytes=10_000)
    assert "reads at most" in caught.value.problems[0].message


def test_a_file_that_is_not_utf8_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("navn: Søren".encode("latin-1"))
    with pytest.raises(KompcalcError) as caught:
        read_yaml(path)
    assert caught.value.problems[0].message == (
        "is not a UTF-8 text file; if it is text, save it as UTF-8 (in Notepad: Save as, "
        "Encoding: UTF-8)"
    )
