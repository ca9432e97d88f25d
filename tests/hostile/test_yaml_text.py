"""Hostile YAML text: tabs, colons, quotes, brackets, odd line breaks and unicode in
any mix end in data or in located one-line errors, never an internal error; and a
file read as a stream is explained exactly as the same text read whole."""

import io
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kompcalc.errors import KompcalcError
from kompcalc.loading.yamlio import YamlStream, parse_yaml
from kompcalc.texts import problem_line
from tests.helpers import RunCli
from tests.hostile.check import assert_sound, error_lines

KEYS = ["cases", "id", "benefit", "interventions", "kind", "hours_per_week", "amount", "æøå"]
VALUES = [
    "sygedagpenge",
    "aids",
    "12",
    "6,5",
    "8.507",
    "Mål: job",
    "ja",
    "~",
    "&a",
    "*a",
    "!!int x",
    '"open',
    "'open",
    '"a "b" c"',
    "'It''s'",
    "[1, 2",
    "{x: 1",
    "[",
    "]",
    "{",
    "}",
    "@x",
    "`x",
    "#",
    "🙂",
    "\u00a0",
    "x\\y",
    "http://x.dk",
    "-",
    "---",
    "...",
    "? ",
    "|",
    ">",
]
LINE_BREAKS = ["\n", "\n", "\n", "\r\n", "\r", "\x85", "\u2028"]


@st.composite
def yaml_lines(draw: st.DrawFn) -> str:
    """Lines of keys and values as a person types them, with the mistakes people make."""
    lines = []
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        indent = draw(st.sampled_from(["", "  ", "    ", "   ", "\t", "  \t", " "]))
        dash = draw(st.sampled_from(["", "", "- ", "-"]))
        key = draw(st.sampled_from(KEYS))
        colon = draw(st.sampled_from([": ", ": ", ":", ":\t", " ", ""]))
        value = draw(st.sampled_from(["", *VALUES]))
        lines.append(f"{indent}{dash}{key}{colon}{value}")
    breaks = [draw(st.sampled_from(LINE_BREAKS)) for _ in lines]
    text = "".join(line + brk for line, brk in zip(lines, breaks, strict=True))
    return draw(st.sampled_from(["", "\ufeff"])) + text


YAMLISH = st.one_of(
    yaml_lines(),
    st.text(alphabet=" \t\n\r:-#'\"[]{},&*!|>?%@`\\abcæ🙂\u2028\x85", max_size=60),
    st.text(max_size=40),
)
LOADER = settings(max_examples=600, deadline=None, database=None, derandomize=True)
WHERE = re.compile(r"f\.yaml:(\d+):(\d+): not valid YAML: ")


def _problems(text: str) -> list[str] | None:
    """The text's problems as shown (None: it is YAML)."""
    try:
        parse_yaml(text, file="f.yaml")
    except KompcalcError as exc:
        return [problem_line(p, "en") for p in exc.problems]
    return None


@LOADER
@given(text=YAMLISH)
def test_any_text_is_data_or_located_one_line_problems(text: str) -> None:
    problems = _problems(text)
    if problems is None:
        return
    assert len(problems) == 1
    (shown,) = problems
    assert "\n" not in shown and "\r" not in shown
    assert shown.startswith("f.yaml")  # every problem names the file
    if "not valid YAML" in shown:  # a syntax error has its line and column
        found = WHERE.match(shown)
        assert found is not None, shown
        line, column = int(found[1]), int(found[2])
        assert 1 <= line <= len(re.split(r"\r\n|[\r\n\x85\u2028\u2029]", text)) + 1
        assert column >= 1


@LOADER
@given(text=YAMLISH)
def test_a_stream_is_explained_as_the_whole_text(text: str) -> None:
    stream = YamlStream(io.StringIO(text), file="f.yaml", key="cases")
    try:
        list(stream.items())
    except KompcalcError as exc:
        assert [problem_line(p, "en") for p in exc.problems] == _problems(text)
    else:
        assert _problems(text) is None


class _Pipe(io.StringIO):
    """A source that cannot be read again, as a pipe."""

    def seek(self, offset: int, whence: int = 0) -> int:
        raise io.UnsupportedOperation("not seekable")


@LOADER
@given(text=YAMLISH)
def test_a_source_that_cannot_be_read_again_still_locates_its_problem(text: str) -> None:
    stream = YamlStream(_Pipe(text), file="f.yaml", key="cases")
    try:
        list(stream.items())
    except KompcalcError as exc:
        (problem,) = exc.problems
        shown = problem_line(problem, "en")
        assert shown.startswith("f.yaml")
        assert "not valid YAML" not in shown or WHERE.match(shown), shown


@settings(
    max_examples=120,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=YAMLISH)
def test_any_case_file_text_through_the_command_line(
    tmp_path: Path, cli: RunCli, text: str
) -> None:
    path = tmp_path / "sager.yaml"
    path.write_bytes(text.encode("utf-8"))
    run = cli("batch", str(path), "--lang", "da")
    assert_sound(run)
    assert run.code in (0, 1)
    for line in error_lines(run.err):
        assert line.startswith(f"Fejl: {path}"), line  # located in the file, at least
        if "ikke gyldig YAML" in line:
            assert re.match(rf"Fejl: {re.escape(str(path))}:\d+:\d+: ikke gyldig YAML: ", line)
