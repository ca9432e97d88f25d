"""The lines of a file read again after libyaml stopped, as libyaml counts them."""

import io

import pytest

from kompcalc.loading.sourcelines import SourceLines, lines_up_to


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("a\r\nb\rc\x85d\u2028e\u2029f\ng", ["a", "b", "c", "d", "e", "f", "g"]),
        ("\ufeffa\nb", ["a", "b"]),  # the BOM is no column
        ("a\fb\vc\x1cd\n", ["a\fb\vc\x1cd", ""]),  # not line breaks to libyaml
        ("", [""]),
    ],
)
def test_lines_are_split_where_libyaml_counts_a_new_line(text: str, lines: list[str]) -> None:
    assert lines_up_to(text, 10) == lines
    assert lines_up_to(io.StringIO(text), 10) == lines


def test_lines_up_to_reads_no_further_than_it_needs() -> None:
    source = io.StringIO("a\n" * 1_000_000)
    source.read(1000)  # where the parser left it
    assert lines_up_to(source, 3) == ["a", "a", "a"]
    assert source.tell() < 100_000


def test_a_closed_source_has_no_lines() -> None:
    source = io.StringIO("a: 1\n")
    source.close()
    assert lines_up_to(source, 1) == []


@pytest.mark.parametrize(
    ("lines", "closing", "opening"),
    [
        (['a: "x" y'], (0, 5), (0, 3)),
        (['a: "x \\" y" z'], (0, 10), (0, 3)),  # \" is inside the text
        (['a: "x\\\\" y"'], (0, 10), (0, 7)),  # a backslash itself, then the end
        (["a: 'x '' y' z"], (0, 10), (0, 3)),  # '' is inside the text
        (['a: "abc', "b: 1", 'c: "x"'], (2, 5), (2, 3)),
        (['a: "abc', "b: 1", 'c: x"'], (2, 4), (0, 3)),
        (["a: x"], (0, 3), None),  # no quote there
        (['a" x'], (0, 1), None),  # nothing opens it
    ],
)
def test_the_quote_a_quote_closes(
    lines: list[str], closing: tuple[int, int], opening: tuple[int, int] | None
) -> None:
    assert SourceLines(lines).opening_quote(*closing) == opening


def test_lines_with_content_skip_blanks_and_comments() -> None:
    read = SourceLines(["  # note", "a: 1", "", "   # more", "\t", "b: 2"])
    assert read.first() == 1
    assert read.above(5) == 1
    assert read.above(1) is None
    assert read.above(99) == 5  # beyond the lines read: the last one
    assert (read.text(99), read.char(0, 99), read.indent(4), read.first_tab(4)) == ("", "", 1, 0)
