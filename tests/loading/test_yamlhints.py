"""Broken YAML: the line and column of the cause, and a hint for the common causes."""

import io

import pytest

from kompcalc.errors import KompcalcError, Problem
from kompcalc.loading.yamlio import YamlStream, parse_yaml
from kompcalc.texts import problem_line

TAB = "there is a tab in the indentation; use spaces, not tabs"
DEEPER = "the line is indented further than the line above, which already has a value"
INDENT = "the indentation does not match the lines above"
NO_COLON = 'the line has no key followed by ": "'
COLON = 'the text holds ": "; put the whole text in quotes'
SPACE = "a space is missing after the colon: "
AFTER = "text follows the closing quote; "


def problem_of(text: str) -> Problem:
    with pytest.raises(KompcalcError) as caught:
        parse_yaml(text, file="f.yaml")
    (problem,) = caught.value.problems
    return problem


@pytest.mark.parametrize(
    ("text", "line", "column", "hint"),
    [
        # a tab where libyaml wants indentation, wherever in the indentation it is
        ("cases:\n  - id: a\n\tbenefit: x\n", 3, 1, TAB),
        ("a:\n  b: 1\n  \tc: 2\n", 3, 3, TAB),
        ("cases:\n\t- id: a\n", 2, 1, TAB),
        ("\ta: 1\n", 1, 1, TAB),
        # a line indented further than a line that already has its value
        ("cases:\n  - id: a\n    benefit: x\n      months: 3\n", 4, 7, DEEPER),
        ("name: sjh\n  bad: indent\n", 2, 3, DEEPER),
        # a line indented to a column that matches no level above
        ("cases:\n  - id: a\n    benefit: x\n   months: 3\n", 4, 4, INDENT),
        ("a:\n  - id: a\n    interventions:\n      - kind: aids\n     months: 3\n", 5, 6, INDENT),
        ("cases:\n- id: a\n  benefit: x\n - id: b\n", 4, 2, INDENT),
        # key:value with no space is one text: found where the space is missing
        ("a:\n  - kind:aids\n    amount: 3\n", 2, 10, SPACE + 'write "kind: aids"'),
        ("a:\n  hours_per_week:12\n  months: 3\n", 2, 18, SPACE + 'write "hours_per_week: 12"'),
        (
            "cases:\n  - id: a\n    benefit:sygedagpenge\n",
            3,
            13,
            SPACE + 'write "benefit: sygedagpenge"',
        ),
        ("title:Mine\ncases: []\n", 1, 7, SPACE + 'write "title: Mine"'),
        # a key with no colon, the lines under it taken as its text
        ("cases\n  - id: a\n", 1, 6, 'a ":" is missing after "cases"'),
        (
            "a:\n  - interventions\n    - kind: aids\n",
            2,
            18,
            'a ":" is missing after "interventions"',
        ),
        # a line left of where the file starts
        (" cases: 1\nb: 2\n", 2, 1, INDENT),
        # a line with no colon: a key without one, or text not indented under its line
        ("a: 1\nb\nc: 2\n", 2, 1, NO_COLON),
        # a text that holds ": " must be quoted
        ("description: Mål: job\n", 1, 17, COLON),
        ("a:\n  - kind:aids\n  - note: Mål: job\n", 3, 14, COLON),
        # a quote left open: where it opens
        ('a: "abc\nb: 2\n', 1, 4, 'the quote (") here is never closed'),
        ("a: 'abc", 1, 4, "the quote (') here is never closed"),
        ('a: "abc\nb: 1\nc: "x"\n', 1, 4, 'the quote (") here is only closed at line 3'),
        # a quote inside a quoted text
        ('a: "He said "hi" now"\n', 1, 14, AFTER + 'write " inside the text as \\"'),
        ("a: 'It's me'\n", 1, 8, AFTER + "write ' inside the text as ''"),
        ('a: "x \\" y" z\n', 1, 13, AFTER + 'write " inside the text as \\"'),
        # ... and a quote written inside a text that runs over lines is no opening quote
        ('a: "abc\n  x \\" y" z\n', 1, 4, 'the quote (") here is only closed at line 2'),
        ("a: 'abc\n  x '' y' z\n", 1, 4, "the quote (') here is only closed at line 2"),
        ("a: 'x '' y' z\n", 1, 13, AFTER + "write ' inside the text as ''"),
        # a bracket left open: where it opens; or items with no comma between
        ("a: [1, 2\nb: 3\n", 1, 4, '"[" here is not closed with "]"'),
        ("a: {x: 1\n", 1, 4, '"{" here is not closed with "}"'),
        ("a: [1,\n  2\nb: 3\n", 1, 4, '"[" here is not closed with "]"'),
        ("a: [[1], [2] [3]]\n", 1, 14, 'a comma or "]" is missing'),
    ],
)
def test_a_common_mistake_is_found_and_explained(
    text: str, line: int, column: int, hint: str
) -> None:
    problem = problem_of(text)
    assert (problem.file, problem.line, problem.column) == ("f.yaml", line, column)
    assert problem.message.startswith(f"not valid YAML: {hint}")
    assert problem.message.endswith(")")  # libyaml's own words follow in brackets


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ('a: "\\q"\n', 1, 5, "found unknown escape character"),
        ("a: @x\n", 1, 4, "found character that cannot start any token"),
        ("a: 1\n%YAML 1.1\n", 3, 1, "did not find expected <document start>"),
        # a list item where a key was expected is no indentation mistake
        ("a: 1\n- b\n", 2, 1, "did not find expected key"),
    ],
)
def test_an_unknown_cause_keeps_libyamls_words_and_place(
    text: str, line: int, column: int, words: str
) -> None:
    problem = problem_of(text)
    assert (problem.line, problem.column) == (line, column)
    # libyaml's words in brackets, after a general hint in the reader's language
    general = "check the indentation, colons and quotes here and on the line above"
    assert problem.message == f"not valid YAML: {general} ({words})"


def test_the_column_is_shown_after_the_line_as_compilers_do() -> None:
    problem = problem_of("cases:\n  - id: a\n\tbenefit: x\n")
    assert problem_line(problem, "en") == (
        f"f.yaml:3:1: not valid YAML: {TAB} (found a tab character that violates indentation)"
    )
    assert problem_line(problem, "da") == (
        "f.yaml:3:1: ikke gyldig YAML: der står en tabulator i indrykningen; brug mellemrum, "
        "ikke tabulator (found a tab character that violates indentation)"
    )


def test_other_problems_keep_file_and_line_only() -> None:
    problem = problem_of("a: 1\nb: 2\na: 3\n")
    assert problem.column is None
    assert problem_line(problem, "en").startswith("f.yaml:3: duplicate key")


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("\ufeffdescription: Mål: job\n", 17),  # libyaml does not count the BOM
        ("\ufefftitle:Mine\ncases: []\n", 7),
        ("beskrivelse: æøå 🙂: job\n", 19),  # a character is a column, whatever its bytes
    ],
)
def test_columns_count_characters(text: str, column: int) -> None:
    assert problem_of(text).column == column


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\x85", "\u2028"])
def test_lines_are_counted_as_libyaml_counts_them(newline: str) -> None:
    text = newline.join(["a: 1", "b:", "  c: Mål: x", ""])
    problem = problem_of(text)
    assert (problem.line, problem.column) == (3, 9)
    assert COLON in problem.message


def test_a_streamed_file_is_read_again_for_its_lines() -> None:
    source = io.StringIO("cases:\n  - id: a\n    benefit:sygedagpenge\n")
    stream = YamlStream(source, file="f.yaml", key="cases")
    with pytest.raises(KompcalcError) as caught:
        list(stream.items())
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (3, 13)
    assert 'write "benefit: sygedagpenge"' in problem.message


class _Pipe(io.StringIO):
    """A source that cannot be read again, as a pipe."""

    def seek(self, offset: int, whence: int = 0) -> int:
        raise io.UnsupportedOperation("not seekable")


def test_a_source_that_cannot_be_read_again_gets_what_libyaml_tells() -> None:
    text = "cases:\n  - id: a\n    benefit:sygedagpenge\n"
    stream = YamlStream(_Pipe(text), file="f.yaml", key="cases")
    with pytest.raises(KompcalcError) as caught:
        list(stream.items())
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (3, 5)  # the key libyaml found no colon for
    assert problem.message.startswith(f"not valid YAML: {NO_COLON}")
