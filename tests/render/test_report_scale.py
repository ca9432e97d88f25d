"""The report at scale: up to CARDS_UP_TO cases a card each; above it the summary, the
charts, a compact table of every case and cards only for the notable cases or those
--cards asks for, and a sentence on which cards it shows and why."""

import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest

from kompcalc.render import cardchoice
from tests.helpers import EXAMPLE, RunCli
from tests.render.test_report import make, part, text_of, write

ORDINARY = """  - id: ok-{n}
    benefit: sygedagpenge
    interventions: [{{kind: personal_assistance, hours_per_week: 12}}]
"""
NEVER = """  - id: never-pays
    benefit: sygedagpenge
    benefit_limit_months: 2
    interventions: [{kind: personal_assistance, hours_per_week: 30}]
"""
"""A case that never pays back: 30 hours a week against two months of sygedagpenge."""


def cases(tmp_path: Path, ordinary: int, *, never: bool = False) -> Path:
    body = "".join(ORDINARY.format(n=n) for n in range(1, ordinary + 1))
    return write(tmp_path, "cases:\n" + body + (NEVER if never else ""))


def cards_of(html: str) -> list[str]:
    """The anchors of the cards, in order."""
    return re.findall(r'<article class="card" id="(case-\d+)">', html)


def table_rows(html: str) -> list[str]:
    """The visible text of each row of the table of all cases."""
    body = part(html, '<table class="cases">', "</table>")
    return [text_of(row) for row in re.findall(r"<tr[^>]*>.*?</tr>", body.split("<tbody>")[1])]


def shown(html: str) -> str:
    return text_of(part(html, '<p id="cards-shown">', "</p>"))


def test_at_the_threshold_every_case_has_a_card_and_there_is_no_table(
    cli: RunCli, tmp_path: Path
) -> None:
    code, html, _ = make(cli, tmp_path, cases(tmp_path, cardchoice.CARDS_UP_TO - 1, never=True))
    assert code == 0
    assert len(cards_of(html)) == cardchoice.CARDS_UP_TO == 50
    assert '<table class="cases">' not in html and 'id="cards-shown"' not in html
    assert "<h2>Sagerne</h2>" in html


def test_above_the_threshold_every_case_is_in_the_table_and_only_the_notable_has_a_card(
    cli: RunCli, tmp_path: Path
) -> None:
    code, html, _ = make(cli, tmp_path, cases(tmp_path, cardchoice.CARDS_UP_TO, never=True))
    assert code == 0
    rows = table_rows(html)
    assert len(rows) == 51
    assert rows[0].startswith("ok-1 ") and rows[-1].startswith("never-pays ")
    # 30 h x 114,68 kr. x 4,33 weeks = 14.896,93 kr. a month, half refunded: 7.448,47 net;
    # 2 months of sygedagpenge at 11.200 kr. saved against 36 months of it
    net = Decimal("14896.93") - Decimal("14896.93") / 2
    assert net.quantize(Decimal("0.01"), ROUND_HALF_UP) == Decimal("7448.47")
    assert 2 * Decimal(11200) - 36 * Decimal("7448.47") == Decimal("-245744.92")
    assert rows[-1] == (
        "never-pays 0,00 7.448,47 nås ikke 3,01 -245.744,92 tjener sig ikke hjem, bliver negativ"
    )  # saves 3.751,53 kr. in month 1, then less each month: negative from the third
    assert not rows[0].endswith("hjem")  # an ordinary case: no note, no card
    assert cards_of(html) == ["case-51"]  # the notable case's card, by its place in the file
    assert shown(html) == ("Kort vises for 1 bemærkelsesværdig sag; alle 51 sager står i tabellen.")
    assert "Bemærkelsesværdig er en sag, der ikke tjener sig hjem inden for 36 måneder" in html
    assert "<h2>Udvalgte sager</h2>" in html
    # the card and its row link to each other; a row without a card links nowhere
    assert '<tr id="row-51" class="notable"><td><a href="#case-51"' in html
    assert '<h3><a href="#row-51"' in part(html, '<article class="card" id="case-51"', "</h3>")
    assert 'href="#case-1"' not in html


def test_the_table_s_figures_are_in_the_reader_s_number_format(cli: RunCli, tmp_path: Path) -> None:
    code, html, _ = make(cli, tmp_path, EXAMPLE, "--cards", "none", "--lang", "en")
    assert code == 0
    rows = table_rows(html)
    assert len(rows) == 10 and cards_of(html) == []
    # the planner: a one-off of 4,253.50 kr. net and 514,146.50 kr. saved after 36 months
    assert rows[0] == "planner-herniated-disc 4,253.50 0.00 0.38 514,146.50"
    assert rows[5] == (
        "fishmonger-missing-hand 0.00 2,855.25 never 24.59 -32,589.00 never pays back, "
        "turns negative"
    )  # 11.5 h x 114.68 x 4.33 = 5,710.49 a month, half net (the catalogue prints 2,855)
    assert shown(html) == "No cards are shown; all 10 cases are in the table."


@pytest.mark.parametrize(
    ("cards", "expected", "statement"),
    [
        ("all", 10, None),
        ("alle", 10, None),
        (
            "none",
            0,
            "Der vises ingen kort; alle 10 sager står i tabellen.",
        ),
        (
            "orthotist-neck, planner-herniated-disc",
            2,
            "Kort vises for de 2 sager, der er bedt om; alle 10 sager står i tabellen.",
        ),
    ],
)
def test_cards_asks_for_all_none_or_some_cases(
    cli: RunCli, tmp_path: Path, cards: str, expected: int, statement: str | None
) -> None:
    code, html, _ = make(cli, tmp_path, EXAMPLE, "--cards", cards)
    assert code == 0
    assert len(cards_of(html)) == expected
    if statement is None:  # every case has a card: the report as it always was
        assert '<table class="cases">' not in html
    else:
        assert shown(html) == statement and len(table_rows(html)) == 10
    if expected == 2:  # in the file's order, whatever the order asked
        assert cards_of(html) == ["case-1", "case-3"]


def test_cards_all_above_the_threshold_keeps_the_table(
    cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cardchoice, "CARDS_UP_TO", 5)
    code, html, _ = make(cli, tmp_path, EXAMPLE, "--cards", "all")
    assert code == 0 and len(cards_of(html)) == 10 and len(table_rows(html)) == 10
    assert shown(html) == "Kort vises for alle 10 sager; de står også i tabellen."


def test_the_default_cards_are_at_most_notable_cards_the_worst_first(
    cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cardchoice, "CARDS_UP_TO", 5)
    source = write(
        tmp_path,
        EXAMPLE.read_text(encoding="utf-8") + NEVER.replace("never-pays", "never-again"),
        "more.yaml",
    )
    code, html, _ = make(cli, tmp_path, source)
    assert code == 0
    assert cards_of(html) == ["case-6", "case-11"]  # the fishmonger and the new case
    monkeypatch.setattr(cardchoice, "NOTABLE_CARDS", 1)
    code, html, _ = make(cli, tmp_path, source)
    assert cards_of(html) == ["case-11"]  # -245.744,92 kr. at the horizon; the fishmonger -32.589
    assert shown(html).startswith(
        "Kort vises for de 1 af 2 bemærkelsesværdige sager, der taber mest ved horisonten; "
        "alle 11 sager står i tabellen"
    )


def test_a_fragile_case_is_notable_with_sensitivity(
    cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cardchoice, "CARDS_UP_TO", 5)
    code, plain, _ = make(cli, tmp_path, EXAMPLE)
    assert code == 0 and cards_of(plain) == ["case-6"]
    code, html, _ = make(cli, tmp_path, EXAMPLE, "--sensitivity")
    assert code == 0
    fragile = [row.split()[0] for row in table_rows(html) if "skrøbelig" in row]
    assert fragile and "fishmonger-missing-hand" in fragile
    assert len(cards_of(html)) == len({*fragile, "fishmonger-missing-hand"}) > 1
    assert "og en skrøbelig sag: på mindst én antagelse ligger dens skifteværdi" in html


@pytest.mark.parametrize(
    ("cards", "message"),
    [
        (
            "orthotist-neck,planner-herniated",
            'ingen sag har id\'et "planner-herniated"; mente du "planner-herniated-disc"?',
        ),
        (
            "orthotist-neck,zzz",
            "ingen sag har id'et \"zzz\"; --cards tager all, none eller sagernes id'er",
        ),
        (" , ", "--cards skal være all, none eller sagernes id'er adskilt af komma"),
    ],
)
def test_an_unknown_id_in_cards_is_a_one_line_usage_error(
    cli: RunCli, tmp_path: Path, cards: str, message: str
) -> None:
    code, html, err = make(cli, tmp_path, EXAMPLE, "--cards", cards)
    assert code == 2 and html == ""  # nothing is written
    errors = [line for line in err.splitlines() if line.startswith("Fejl")]
    assert len(errors) == 1 and message in errors[0] and "--cards" in errors[0]


def test_the_help_text_names_the_threshold() -> None:
    from kompcalc.texts import t

    assert f"op til {cardchoice.CARDS_UP_TO} sager" in t("da", "help_opt_cards")
    assert f"up to {cardchoice.CARDS_UP_TO} cases" in t("en", "help_opt_cards")


def test_many_cases_are_drawn_as_a_fixed_number_of_columns() -> None:
    from kompcalc.render.bars import COLUMNS, break_even_chart

    bars: list[tuple[str, Decimal | None, str]] = [
        (f"c{n}", Decimal(n % 13), "x") for n in range(COLUMNS * 3)
    ]
    bars.sort(key=lambda bar: bar[1] or 0)
    bars += [("late", None, "nås ikke")]  # the last column holds a case that never pays
    chart = str(break_even_chart(bars, title="t", x_title="x", lang="da"))
    rects = re.findall(r'<rect class="([^"]+)"', chart)
    assert len(rects) == COLUMNS and "<title>c" not in chart  # no tooltip per case
    assert rects[-1] == "bar never" and rects[:-1] == ["bar"] * (COLUMNS - 1)
    assert '<text x="704" y="286" text-anchor="end">1801</text>' in chart  # the last case's number


def test_the_counts_of_never_and_negative_are_grouped_as_every_count(
    cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new user saw "nås ikke: 1782" beside "inden for 12 md.: 27.453"."""
    import dataclasses

    from kompcalc.batch import summary, viewtotals

    for tally in (summary.Tally, viewtotals.ViewTally):
        real = tally.totals

        def many(self: object, real: Any = real) -> object:
            return dataclasses.replace(real(self), never=1782, negative=2884)

        monkeypatch.setattr(tally, "totals", many)
    out = tmp_path / "r.html"
    assert cli("report", str(EXAMPLE), "-o", str(out)).code == 0
    page = text_of(out.read_text(encoding="utf-8"))
    assert "nås ikke: 1.782; bliver negativ inden horisonten: 2.884." in page
