"""kompcalc report: one self-contained HTML document for a committee."""

import re
from datetime import date
from decimal import Decimal
from html import unescape
from pathlib import Path

import pytest

from kompcalc.batch.summary import Totals
from kompcalc.cli import common
from kompcalc.core.calc import Split
from kompcalc.render.conclusion import conclusion
from kompcalc.render.svg import nice_step, ticks_for
from tests.helpers import ROOT, SHIPPED_NOTE, TEST_RATES, RunCli, without_shipped_note

EXAMPLE = ROOT / "examples" / "kompensering-med-gevinst.yaml"

HOSTILE = """title: "<script>alert('title')</script>"
cases:
  - id: "<script>alert(1)</script>"
    person: "\\"><img src=x onerror=alert(2)>"
    condition: "Har <b>sclerose</b> & gigt"
    occupation: "</td></tr></table><script>alert(3)</script>"
    benefit: sygedagpenge
    interventions:
      - kind: aids
        items: [{name: "<svg onload=alert(4)>", amount: 1000}]
  - id: ok
    benefit: sygedagpenge
    interventions: [{kind: personal_assistance, hours_per_week: 12}]
"""


def make(cli: RunCli, tmp_path: Path, source: Path = EXAMPLE, *args: str) -> tuple[int, str, str]:
    out = tmp_path / "report.html"
    run = cli("report", str(source), "-o", str(out), *args)
    html = out.read_text(encoding="utf-8") if out.exists() else ""
    return run.code, html, run.err


def part(html: str, start: str, end: str) -> str:
    """The text of ``html`` from the element that opens with ``start`` to ``end``."""
    found = html[html.index(start) :]
    return found[: found.index(end) + len(end)]


def text_of(html: str) -> str:
    """The visible text of an HTML fragment, blanks collapsed."""
    inline = re.sub(r"</?(strong|span)\b[^>]*>", "", html)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", inline)).split())


def about(html: str) -> str:
    return part(html, '<footer id="about"', "</footer>")


def write(tmp_path: Path, text: str, name: str = "cases.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_report_has_the_summary_the_charts_and_a_card_per_case(
    cli: RunCli, tmp_path: Path
) -> None:
    code, html, err = make(cli, tmp_path)
    assert code == 0
    assert "Rapport over 10 sager skrevet til" in err
    assert html.startswith("<!doctype html>") and '<html lang="da">' in html
    assert html.count('<article class="card"') == 10
    assert html.count('<svg class="chart"') == 2
    assert html.count('<svg class="sparkline"') == 10
    # the summary: totals as the batch computes them, in Danish format
    assert "60.620,00 kr." in html and "3.884.684,44 kr." in html
    # the fishmonger saves at once but turns negative: in no "within" count (issue 12)
    assert "inden for 1 md.: 7, inden for 3 md.: 8, inden for 12 md.: 9" in html
    assert "nås ikke: 1; bliver negativ inden horisonten: 1." in html
    assert "Besparelsen bliver negativ efter 24,59 mdr." in html
    assert "Satsernes kontrolsum er b98a9ea434" in about(html)  # the footer, not the top
    assert "Specialfunktionen Job &amp; Handicap" in html
    # a card spells out the formula like the catalogue
    assert "12 t × 114,68 kr. × 4,33 uger = 5.958,77 kr." in html
    # the break-even chart has one bar per case, in order, "straks" first
    bars = re.findall(r'<rect class="bar[^"]*"[^>]*><title>([^<]*)</title>', html)
    assert len(bars) == 10 and bars[0].endswith(": straks")
    # the fishmonger never breaks even within 36 months (issue 12): last, and it says why
    assert bars[-2] == "accountant-stairlift: 3,64"
    assert bars[-1] == (
        "fishmonger-missing-hand: nås ikke; Besparelsen bliver negativ efter 24,59 mdr."
    )


def test_a_long_case_list_gets_a_column_per_case(cli: RunCli, tmp_path: Path) -> None:
    source = tmp_path / "many.yaml"
    cases = "".join(
        f"  - id: c{i}\n    benefit: sygedagpenge\n"
        f"    interventions: [{{kind: aids, amount: {1000 * i}}}]\n"
        for i in range(1, 61)
    )
    source.write_text("cases:\n" + cases, encoding="utf-8")
    code, html, _ = make(cli, tmp_path, source)
    assert code == 0
    chart = html[html.index('data-chart="break-even"') :]
    chart = chart[: chart.index("</svg>")]
    titles = re.findall(r"<rect [^>]*><title>([^<]*)</title>", chart)
    # aids of 1,000 x i kr., half net, against 11,200 a month: c1 first, c60 last
    assert len(titles) == 60 and titles[0] == "c1: 0,05" and titles[-1] == "c60: 2,68"
    assert 'class="label"' not in chart  # no per-case labels at this size


def test_the_report_fetches_nothing(cli: RunCli, tmp_path: Path) -> None:
    _, html, _ = make(cli, tmp_path)
    lowered = html.lower()
    for needle in ("<script", "<link", "<img", "<iframe", " src=", "url(", "@import"):
        assert needle not in lowered
    assert not re.search(r"(https?|ftp)://", lowered)


def test_every_case_text_is_escaped(cli: RunCli, tmp_path: Path) -> None:
    source = tmp_path / "hostile.yaml"
    source.write_text(HOSTILE, encoding="utf-8")
    code, html, _ = make(cli, tmp_path, source, "--include-conditions")
    assert code == 0
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert "onload=alert" not in html.replace("&lt;svg onload=alert", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in html
    assert "Har &lt;b&gt;sclerose&lt;/b&gt; &amp; gigt" in html


def test_conditions_only_when_asked_and_the_summary_says_so(cli: RunCli, tmp_path: Path) -> None:
    condition = "Har diskusprolaps og er opereret to gange"
    _, hidden, _ = make(cli, tmp_path)
    assert (
        condition not in hidden and "Helbredsoplysninger (sagernes condition) er udeladt" in hidden
    )
    _, shown, _ = make(cli, tmp_path, EXAMPLE, "--include-conditions")
    assert condition in shown
    assert "Rapporten viser helbredsoplysninger" in shown and "fortroligt" in shown


def test_english_report(cli: RunCli, tmp_path: Path) -> None:
    code, html, err = make(cli, tmp_path, EXAMPLE, "--lang", "en")
    assert code == 0 and "Report on 10 cases written to" in err
    assert '<html lang="en">' in html and "<h2>Summary</h2>" in html
    assert "60,620.00 kr." in html and "12 h × 114.68 kr. × 4.33 weeks = 5,958.77 kr." in html


def test_failed_cases_are_listed_in_the_report(cli: RunCli, tmp_path: Path) -> None:
    source = tmp_path / "cases.yaml"
    source.write_text(HOSTILE.replace("hours_per_week: 12", "hours_per_week: -1"), encoding="utf-8")
    code, html, err = make(cli, tmp_path, source)
    assert code == 1 and f"{source}:13: ok: interventions.1.hours_per_week" in err
    assert html.count('<article class="card"') == 1
    assert "Sager der ikke kunne regnes" in html and "hours_per_week" in html


def test_a_broken_file_leaves_the_old_report(cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    out.write_text("the old report", encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text("cases:\n  - id: [oops\n", encoding="utf-8")
    run = cli("report", str(broken), "-o", str(out))
    assert run.code == 1 and "ikke gyldig YAML" in run.err
    assert out.read_text(encoding="utf-8") == "the old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.yaml", "report.html"]


def test_the_report_never_overwrites_the_case_file(cli: RunCli, tmp_path: Path) -> None:
    source = tmp_path / "cases.yaml"
    source.write_text(HOSTILE, encoding="utf-8")
    run = cli("report", str(source), "-o", str(source))
    assert run.code == 2 and source.read_text(encoding="utf-8") == HOSTILE


def test_the_report_needs_an_output_file(cli: RunCli) -> None:
    run = cli("report", str(EXAMPLE))
    assert run.code == 2 and "-o" in run.err


@pytest.mark.parametrize(
    ("low", "high", "ticks"),
    [
        ("0", "3884684.44", ["0", "1000000", "2000000", "3000000", "4000000"]),
        ("-60620", "0", ["-80000", "-60000", "-40000", "-20000", "0"]),
        ("0", "3.64", ["0", "1", "2", "3", "4"]),
        ("0", "0", ["0", "1"]),
    ],
)
def test_axis_ticks_are_round_and_cover_the_data(low: str, high: str, ticks: list[str]) -> None:
    assert ticks_for(Decimal(low), Decimal(high)) == [Decimal(t) for t in ticks]


def test_a_nice_step_is_one_two_two_and_a_half_or_five() -> None:
    assert nice_step(Decimal(98)) == Decimal(20)
    assert nice_step(Decimal(11)) == Decimal("2.5")


# what the report says, and that it says it for a reader, not a command line


def test_the_conclusion_says_what_the_example_costs_and_saves(cli: RunCli, tmp_path: Path) -> None:
    _, html, _ = make(cli, tmp_path)
    # from the catalogue's figures (the example's expected blocks):
    # one-off nets 4,253.50 + 76 + 14,075 + 40,693 + 1,522.50 = 60,620;
    # monthly nets 4,469.08 + 2,979.39 + 3,850 + 2,855.25 + 4,965.65 + 1,613.84
    #   = 20,733.21 (printed rounded: 4,469 + 2,979 + 3,850 + 2,855 + 4,966 + 1,614 = 20,733);
    # after 36 months, the sum of the cases' savings: 514,146.50 (planner: 12 x 11,200 +
    #   24 x 16,000 - 4,253.50) + 357,513.12 + 411,141.96 + 335,624 + 504,325 - 32,589
    #   + 477,707 + 339,636.60 + 460,301.76 + 516,877.50 = 3,884,684.44;
    # within 3 months: all but the stairlift (40,693 / 11,200 = 3.63 months) and the
    # fishmonger, which saves at first but turns negative after 24.59 months: 8 of 10
    assert text_of(part(html, '<section id="conclusion"', "</section>")) == (
        "Konklusion De 10 sager koster kommunen 60.620 kr. én gang og 20.733 kr. om måneden. "
        "Efter 36 måneder har de sparet kommunen 3.884.684 kr.; 8 af 10 har tjent sig hjem "
        "inden for 3 måneder. 1 sag sparer først, men bliver negativ inden for 36 måneder."
    )
    assert html.index('id="conclusion"') < html.index('class="overview"')  # at the top


def test_the_conclusion_in_english(cli: RunCli, tmp_path: Path) -> None:
    _, html, _ = make(cli, tmp_path, EXAMPLE, "--lang", "en")
    assert text_of(part(html, '<p class="lead"', "</p>")) == (
        "The 10 cases cost the municipality 60,620 kr. once and 20,733 kr. a month. "
        "After 36 months they have saved the municipality 3,884,684 kr.; 8 of 10 have paid "
        "for themselves within 3 months. 1 case saves at first but turns negative within "
        "36 months."
    )


def totals(cases: int, one_off: str, monthly: str, saved: str, within_3: int) -> Totals:
    zero = Decimal(0)
    return Totals(
        cases=cases,
        one_off=Split(zero, zero, Decimal(one_off)),
        monthly=Split(zero, zero, Decimal(monthly)),
        avoided=zero,
        monthly_saving=zero,
        savings=((12, zero), (36, Decimal(saved))),
        break_even_within=((1, 0), (3, within_3), (12, within_3)),
        never=cases - within_3,
    )


@pytest.mark.parametrize(
    ("figures", "failed", "sentences"),
    [
        (  # one case that loses money: it costs, in the singular, whole kroner half-up
            totals(1, "0", "2855.25", "-32589.50", 1),
            0,
            [
                "Sagen koster kommunen 2.855 kr. om måneden.",
                "Efter 36 måneder har den kostet kommunen 32.590 kr. mere, end den har "
                "sparet; den har tjent sig hjem inden for 3 måneder.",
            ],
        ),
        (  # no case computed: no figures to speak of, and the failures counted
            totals(0, "0", "0", "0", 0),
            2,
            [
                "Rapporten har ingen sager, der kunne regnes, og derfor ingen tal.",
                "2 sager kunne ikke regnes og er ikke med i tallene.",
            ],
        ),
        (  # a one-off cost only, none paid back within 3 months, one failure
            totals(2, "40693.49", "0", "0.40", 0),
            1,
            [
                "De 2 sager koster kommunen 40.693 kr. én gang.",
                "Efter 36 måneder har de sparet kommunen lige så meget, som de har kostet; "
                "ingen af dem har tjent sig hjem inden for 3 måneder.",
                "1 sag kunne ikke regnes og er ikke med i tallene.",
            ],
        ),
        (  # all paid back
            totals(3, "0.50", "10", "100", 3),
            0,
            [
                "De 3 sager koster kommunen 1 kr. én gang og 10 kr. om måneden.",
                "Efter 36 måneder har de sparet kommunen 100 kr.; alle 3 har tjent sig hjem "
                "inden for 3 måneder.",
            ],
        ),
    ],
)
def test_the_conclusion_handles_one_none_losses_and_rounding(
    figures: Totals, failed: int, sentences: list[str]
) -> None:
    assert conclusion(figures, 36, failed, "da") == sentences


def test_the_assumptions_say_what_is_compared_and_what_is_left_out(
    cli: RunCli, tmp_path: Path
) -> None:
    _, html, _ = make(cli, tmp_path)
    section = text_of(part(html, '<section id="assumptions"', "</section>"))
    assert section.startswith("Forudsætninger")
    assert "kommunens nettoudgift til ordningerne, efter statens refusion" in section
    assert "den ydelse, borgeren ellers ville have fået" in section
    # the cases grouped by the benefit they avoid, where it starts and how long
    assert (
        "Sygedagpenge, fra måned 1 af ydelsen, sparet i alle periodens måneder. 8 sager: "
        "planner-herniated-disc, pig-farmer-sclerosis, orthotist-neck, bank-clerk-low-vision, "
        "accountant-stairlift, warehouse-driver-knees, educator-bowel-disease, "
        "radiographer-back"
    ) in section
    assert (
        "Ledighedsydelse, fra måned 1 af ydelsen, sparet i alle periodens måneder. 1 sag: "
        "former-shop-manager-flexjob"
    ) in section
    # løntilskud: 11,700 kr. a month for 6 months, then nothing (the catalogue's card)
    assert (
        "Løntilskud, fra måned 1 af ydelsen, sparet i 6 af periodens 36 måneder. 1 sag: "
        "fishmonger-missing-hand"
    ) in section
    assert "Tallene dækker 36 måneder fra ordningernes start" in section
    assert "satstabellen Kompensering med gevinst (SJH 2014) [sjh-2014], som gælder 2014" in (
        section
    )
    assert "Specialfunktionen Job & Handicap (SJH), 2014" in section  # a source
    for left_out in ("administration", "arbejdsgiverens udgifter", "skat", "andre ydelser"):
        assert left_out in section
    assert "diskontering: en krone om tre år tæller som en krone i dag" in section


AID = "interventions: [{kind: aids, amount: 100}]"


def test_cases_sharing_a_counterfactual_are_grouped(
    cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(common, "today", lambda: date(2026, 6, 1))
    source = write(
        tmp_path,
        "cases:\n"
        f"  - {{id: a, benefit: sygedagpenge, benefit_week: 11, {AID}}}\n"
        f"  - {{id: b, benefit: sygedagpenge, {AID}}}\n"
        f"  - {{id: c, benefit: sygedagpenge, benefit_week: 11, {AID}}}\n"
        f"  - {{id: d, benefit: kontanthjælp, benefit_limit_months: 6, {AID}}}\n",
    )
    code, html, _ = make(cli, tmp_path, source, "--rates", str(TEST_RATES), "--lang", "en")
    assert code == 0
    groups = re.findall(r"<li><strong>.*?</li>", part(html, '<ul class="counterfactuals"', "</ul>"))
    assert [text_of(g) for g in groups] == [
        "Sickness benefit, from week 11 of the benefit, avoided in every month of the period. "
        "2 cases: a, c",
        "Sickness benefit, from month 1 of the benefit, avoided in every month of the period. "
        "1 case: b",
        "Social assistance, from month 1 of the benefit, for at most 6 months, avoided in 6 of "
        "the period's 36 months. 1 case: d",
    ]


def test_the_title_block_has_organisation_author_and_date(cli: RunCli, tmp_path: Path) -> None:
    day = common.today().strftime("%d.%m.%Y")
    source = write(
        tmp_path,
        "title: Sager 2026\norganisation: Jobcenter <Eksempelby>\nauthor: Fra filen\n"
        "cases:\n  - {id: a, benefit: sygedagpenge, interventions: [{kind: aids, amount: 100}]}\n",
    )
    _, html, _ = make(cli, tmp_path, source)
    block = part(html, '<header id="title-block"', "</header>")
    assert '<p class="organisation">Jobcenter &lt;Eksempelby&gt;</p>' in block
    assert "<h1>Sager 2026</h1>" in block
    assert f"Udarbejdet af Fra filen, {day}" in block
    # the command line wins over the file
    _, html, _ = make(cli, tmp_path, source, "--author", "Anne Hansen", "--organisation", "JC")
    block = part(html, '<header id="title-block"', "</header>")
    assert "Anne Hansen" in block and "Fra filen" not in block and ">JC<" in block


def test_an_author_with_a_control_character_is_refused(cli: RunCli, tmp_path: Path) -> None:
    run = cli("report", str(EXAMPLE), "-o", str(tmp_path / "r.html"), "--author", "a\x1bb")
    assert run.code == 2 and run.err.startswith("Fejl: --author:") and "\x1b" not in run.err
    assert not (tmp_path / "r.html").exists()


@pytest.mark.parametrize("conditions", [[], ["--include-conditions"]])
def test_no_command_line_in_the_report(cli: RunCli, tmp_path: Path, conditions: list[str]) -> None:
    code, html, err = make(cli, tmp_path, EXAMPLE, *conditions)
    assert code == 0
    assert "--include-conditions" not in html
    assert "--rates" not in html and "--set" not in html and "rates init" not in html
    hint = (
        "Bemærk: Sagernes helbredsoplysninger (condition) er udeladt af rapporten; brug "
        "--include-conditions for at tage dem med."
    )
    lines = without_shipped_note(err).splitlines()
    assert lines[:-1] == ([] if conditions else [hint])  # then "Rapport over 10 sager ..."


def test_the_file_and_the_hash_are_in_the_footer_with_what_the_hash_is_for(
    cli: RunCli, tmp_path: Path
) -> None:
    _, html, _ = make(cli, tmp_path)
    footer = text_of(about(html))
    assert footer.startswith("Om beregningen")
    assert f"ud fra sagsfilen {EXAMPLE}" in footer
    assert "To udskrifter med samme kontrolsum bygger på de samme satser." in footer
    top = html[: html.index('<section class="cards"')]
    assert str(EXAMPLE) not in top and "b98a9ea434" not in top


def test_a_historical_table_is_a_notice_at_the_top_and_a_note_on_stderr(
    cli: RunCli, tmp_path: Path
) -> None:
    _, html, err = make(cli, tmp_path)
    assert err.splitlines()[0] == SHIPPED_NOTE["da"]
    notice = text_of(part(html, '<p id="rates-notice"', "</p>"))
    assert notice == (
        "Satstabellen sjh-2014 er historisk: den gælder 2014, før refusionsreformen 1. januar "
        "2016. Tallene viser derfor ikke, hvad ordningerne sparer med nutidens satser."
    )
    assert html.index('id="rates-notice"') < html.index('id="conclusion"')


def test_a_current_table_names_its_old_amounts_in_plain_words(
    cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(common, "today", lambda: date(2026, 6, 1))
    source = write(
        tmp_path,
        "cases:\n  - {id: a, benefit: sygedagpenge, interventions: [{kind: aids, amount: 100}]}\n",
    )
    code, html, err = make(cli, tmp_path, source, "--rates", str(TEST_RATES), "--lang", "en")
    assert code == 0 and "historical" not in err
    notice = text_of(part(html, '<p id="rates-notice"', "</p>"))
    assert notice.endswith(
        "may be out of date: Unemployment benefit (from 2025-01-01), Social assistance "
        "(from 2025-01-01)."
    )
    sets = ["--set", "benefits.dagpenge.gross_weekly=4000"]
    sets += ["--set", "benefits.kontanthjælp.gross_monthly=20000"]
    _, html, _ = make(cli, tmp_path, source, "--rates", str(TEST_RATES), *sets)
    assert 'id="rates-notice"' not in html
    changed = "Ændret: benefits.dagpenge.gross_weekly = 4.000 (for denne beregning; var 4.000)"
    assert changed in html  # said in words, not as the option --set


def test_the_assumptions_name_a_path_and_a_probability(cli: RunCli, tmp_path: Path) -> None:
    """A case's own counterfactual is in the assumptions: its benefit path and the
    probability it rests on, when that is not 100 %."""
    path = tmp_path / "cases.yaml"
    path.write_text(
        "cases:\n  - id: p\n    probability: 40\n"
        "    benefit: [{benefit: sygedagpenge, months: 6}, {benefit: ledighedsydelse}]\n"
        "    interventions: [{kind: aids, amount: 100}]\n",
        encoding="utf-8",
    )
    run = cli("report", str(path), "-o", str(tmp_path / "r.html"))
    assert run.code == 0, run.err
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    section = text_of(part(html, '<section id="assumptions"', "</section>"))
    assert "Sygedagpenge i 6 mdr., derefter Ledighedsydelse" in section
    assert "sandsynlighed for at ydelsen ellers var udbetalt: 40 %" in section
