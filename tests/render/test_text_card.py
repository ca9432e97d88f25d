"""A single case's card is laid out by kompcalc itself for a file or a pipe, exactly as
rich lays it out (rich still lays out what does not fit, and a terminal's headings)."""

import pytest

from kompcalc.cli import common
from kompcalc.render.text import wrapped
from tests.helpers import RunCli

CASES = [
    ("pa", "--hours", "12"),
    ("pa", "--hours", "37,5", "--rates", "dk-seneste", "--discount", "fm2021"),
    ("pa", "--hours", "20", "--rates", "dk-seneste", "--perspective", "offentlig"),
    ("pa", "--hours", "20", "--rates", "dk-seneste", "--perspective", "stat"),
    ("pa", "--hours", "20", "--benefit", "ledighedsydelse", "--lang", "en"),
    (
        "aid",
        "--item",
        "Cobra CCTV med læseskærm og ekstra stor forstørrelse=25000",
        "--item",
        "Skærmlæser=1234,50",
        "--discount",
        "3,5",
        "--months",
        "60",
    ),
    ("aid", "--amount", "25000", "--rates", "dk-seneste", "--benefit", "dagpenge"),
]
WIDTHS = [30, 45, 60, 72, 80, 100, 120, 160, 200]


def _by_rich(monkeypatch: pytest.MonkeyPatch, cli: RunCli, args: tuple[str, ...]) -> str:
    with monkeypatch.context() as patch:
        patch.setattr(common, "plain_width", lambda: None)
        return cli(*args).out


@pytest.mark.parametrize("args", CASES)
def test_the_card_is_laid_out_as_rich_lays_it_out_at_every_width(
    monkeypatch: pytest.MonkeyPatch, cli: RunCli, args: tuple[str, ...]
) -> None:
    for width in WIDTHS:
        monkeypatch.setenv("COLUMNS", str(width))
        run = cli(*args)
        assert run.code == 0, run.err
        assert run.out == _by_rich(monkeypatch, cli, args), f"COLUMNS={width}"


@pytest.mark.parametrize("args", CASES)
def test_a_pipe_of_the_usual_width_needs_no_rich(
    monkeypatch: pytest.MonkeyPatch, cli: RunCli, args: tuple[str, ...]
) -> None:
    monkeypatch.delenv("COLUMNS")

    def refused(renderable: object) -> None:
        raise AssertionError("laid out by rich")

    monkeypatch.setattr(common, "print_out", refused)
    assert cli(*args).code == 0


def test_a_terminal_is_left_to_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "is_terminal", lambda stream: True, raising=False)
    monkeypatch.setattr("kompcalc.cli.screen.is_terminal", lambda stream: True)
    assert common.plain_width() is None
    monkeypatch.setattr("kompcalc.cli.screen.is_terminal", lambda stream: False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert common.plain_width() is None
    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.setenv("COLUMNS", "wide")
    assert common.plain_width() is None
    monkeypatch.delenv("COLUMNS")
    assert common.plain_width() == common.PIPED_WIDTH


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        (
            "Satser: en tabel gældende 01.01.2014",
            16,
            ["Satser: en tabel ", "gældende ", "01.01.2014"],
        ),
        ("  indrykket tekst", 11, ["  indrykket ", "tekst"]),
        ("abcdefghij kl", 4, ["abcd", "efgh", "ij ", "kl"]),
        ("kort", 80, ["kort"]),
    ],
)
def test_a_line_wraps_at_its_words_keeping_the_blank_after_each(
    text: str, width: int, lines: list[str]
) -> None:
    assert wrapped(text, width) == lines


def test_a_line_with_a_tab_or_a_control_character_is_left_to_rich() -> None:
    assert wrapped("a\tb", 80) is None
    assert wrapped("a\x1bb", 80) is None
