"""kompcalc report: one self-contained HTML document for a committee."""

import re
from decimal import Decimal
from pathlib import Path

import pytest

from kompcalc.render.svg import nice_step, ticks_for
from tests.helpers import ROOT, RunCli

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
    assert "kontrolsum b98a9ea434" in html and "Specialfunktionen Job &amp; Handicap" in html
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
