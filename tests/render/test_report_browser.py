"""The report in a real browser: headless Chromium loads it offline, with no console
errors and no network requests, and shows the charts and the cards.

Needs Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them) and
selenium. Without them the test is skipped with the reason, never passed. The
screenshot is saved in the test's temporary folder, or in the folder named by
``KOMPCALC_SCREENSHOT_DIR``.
"""

import base64
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import ROOT, RunCli

EXAMPLE = ROOT / "examples" / "kompensering-med-gevinst.yaml"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]


def _browser() -> tuple[str, str]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if chromium is None or driver is None:
        pytest.skip(
            "Chromium or ChromeDriver is not installed (Debian packages chromium and "
            "chromium-driver; .ci/run installs them where it can)"
        )
    return chromium, driver


def test_the_report_renders_offline_in_chromium(
    cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chromium, driver_path = _browser()
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    monkeypatch.setenv("SE_OFFLINE", "true")  # Selenium Manager must not download anything
    report = tmp_path / "report.html"
    made = cli(
        "report",
        str(EXAMPLE),
        "-o",
        str(report),
        "--author",
        "Jobcentrets analyseenhed",
        "--discount",
        "3,5",
        "--sensitivity",
    )
    assert made.code == 0
    batch = cli("batch", str(EXAMPLE), "--json", "--discount", "3,5", "--sensitivity")
    expected = [
        (case["id"], key)
        for case in json.loads(batch.out)["sensitivity"]["cases"]
        for key, found in case["switching_values"].items()
        if found["fragile"]
    ]  # the same cases fragile as in the JSON: 5, on the duration and the horizon
    assert len(expected) == 5

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in [*FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    browser = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    try:
        browser.set_window_size(1100, 1400)
        browser.get_log("performance")  # the browser's own start-up pages, not ours
        browser.get(report.as_uri())
        assert browser.title.startswith("Kompensering med gevinst")

        errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
        assert errors == []
        requests = [
            json.loads(entry["message"])["message"] for entry in browser.get_log("performance")
        ]
        sent = [m["params"] for m in requests if m["method"] == "Network.requestWillBeSent"]
        remote = [
            p["request"]["url"]
            for p in sent
            if not p["request"]["url"].startswith(
                ("file:", "data:", "chrome:", "chrome-untrusted:", "devtools:")
            )
        ]
        assert remote == []  # nothing from the network, by the page or the browser
        ours = {p["request"]["url"] for p in sent if p.get("documentURL") == report.as_uri()}
        assert ours == {report.as_uri()}  # the page loads itself and nothing else

        charts = browser.find_elements(By.CSS_SELECTOR, "svg.chart")
        kinds = ["savings", "break-even", "tornado"]
        assert [c.get_attribute("data-chart") for c in charts] == kinds
        savings = browser.find_elements(By.CSS_SELECTOR, "svg[data-chart=savings] .series")
        assert len(savings) == 1 and savings[0].is_displayed()
        bars = browser.find_elements(By.CSS_SELECTOR, "svg[data-chart=break-even] .series rect")
        assert len(bars) == 10
        # the title block, the conclusion and the assumptions, shown, in that order
        title = browser.find_element(By.ID, "title-block")
        assert title.is_displayed() and "Kompensering med gevinst" in title.text
        assert "Udarbejdet af Jobcentrets analyseenhed" in title.text
        conclusion = browser.find_element(By.ID, "conclusion")
        assert conclusion.is_displayed()
        assert "De 10 sager koster kommunen 60.620 kr. én gang" in conclusion.text
        notice = browser.find_element(By.ID, "rates-notice")
        assert notice.is_displayed() and "historisk" in notice.text
        assumptions = browser.find_element(By.ID, "assumptions")
        assert assumptions.is_displayed() and assumptions.text.startswith("Forudsætninger")
        groups = assumptions.find_elements(By.CSS_SELECTOR, "ul.counterfactuals li")
        assert len(groups) == 3  # sygedagpenge, ledighedsydelse, løntilskud
        perspectives = browser.find_element(By.ID, "perspectives")
        assert perspectives.is_displayed()
        assert perspectives.find_element(By.TAG_NAME, "th").is_displayed()
        heads = perspectives.find_elements(By.CSS_SELECTOR, "thead th")
        assert [h.text for h in heads] == ["", "Kommunen"]
        assert "Pr. krone brugt" in perspectives.text and "Nutidsværdi" in perspectives.text
        assert (
            "Staten, Det offentlige: ikke opgjort: ydelsen er angivet netto (10 af 10 sager)"
            in (perspectives.text)
        )
        discounting = browser.find_element(By.ID, "discounting")
        assert discounting.is_displayed() and "3,5 % om året" in discounting.text
        about = browser.find_element(By.ID, "about")
        assert "samme kontrolsum" in about.text
        # the sensitivity: a tornado of the 7 assumptions (a bar to the low value's total
        # and one to the high value's each, largest swing first), the table of them and
        # the switching values of every case, the fragile ones marked
        sensitivity = browser.find_element(By.ID, "sensitivity")
        assert sensitivity.is_displayed()
        assert sensitivity.text.startswith("Følsomhed og skifteværdier")
        tornado = sensitivity.find_element(By.CSS_SELECTOR, "svg[data-chart=tornado]")
        assert tornado.get_attribute("data-series") == "7" and tornado.is_displayed()
        low = tornado.find_elements(By.CSS_SELECTOR, ".series rect.low")
        high = tornado.find_elements(By.CSS_SELECTOR, ".series rect.high")
        assert len(low) == len(high) == 7
        labels = [e.text for e in tornado.find_elements(By.CSS_SELECTOR, ".series text.label")]
        assert labels[0] == "Horisont" and labels[-1] == "Statsrefusion, hjælpemidler"
        base = float(tornado.find_element(By.CSS_SELECTOR, "line.today").get_attribute("x1"))

        def end(bar: Any) -> float:  # a bar runs from today's total to the value's total
            x, width = float(bar.get_attribute("x")), float(bar.get_attribute("width"))
            return x if abs(x - base) > abs(x + width - base) else x + width

        swings = [abs(end(a) - end(b)) for a, b in zip(low, high, strict=True)]
        assert swings == sorted(swings, reverse=True) and swings[-1] < swings[0]
        assert "I dag: 3.668.279,14 kr." in tornado.text  # the present value at 3,5 %
        rows = sensitivity.find_elements(By.CSS_SELECTOR, "#sensitivity-assumptions tbody tr")
        assert len(rows) == 7 and rows[0].text.startswith("Horisont 36 mdr. 12 mdr. / 60 mdr.")
        cases = sensitivity.find_elements(By.CSS_SELECTOR, "#switching-values tbody tr")
        assert len(cases) == 10
        fragile = sensitivity.find_elements(By.CSS_SELECTOR, "#switching-values td.fragile")
        assert len(fragile) == len(expected) and all(cell.is_displayed() for cell in fragile)
        assert "fishmonger-missing-hand" in cases[5].text  # in the present value's terms
        assert cases[5].find_element(By.CSS_SELECTOR, "td.fragile").text == "25 mdr."
        tops = [
            e.location["y"]
            for e in (title, notice, conclusion, perspectives, assumptions, sensitivity, about)
        ]
        assert tops == sorted(tops)
        assert "--include-conditions" not in browser.find_element(By.TAG_NAME, "body").text

        cards = browser.find_elements(By.CSS_SELECTOR, "article.card")
        assert len(cards) == 10
        assert len(browser.find_elements(By.CSS_SELECTOR, "article.card svg.sparkline")) == 10
        assert "4.253,50 kr." in cards[0].text  # the planner's net one-off, Danish format
        notes = browser.find_elements(By.CSS_SELECTOR, "article.card .perspective-notes")
        assert len(notes) == 10 and all(note.is_displayed() for note in notes)
        assert notes[0].text == "Staten, Det offentlige: ikke opgjort: ydelsen er angivet netto"
        assert "Break-even, diskonteret (tilbagebetalingstid)" in cards[0].text

        folder = Path(os.environ.get("KOMPCALC_SCREENSHOT_DIR", tmp_path))
        folder.mkdir(parents=True, exist_ok=True)
        shot = browser.execute_cdp_cmd(
            "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}
        )
        page = folder / "report.png"
        page.write_bytes(base64.b64decode(shot["data"]))
        assert page.stat().st_size > 10_000
    finally:
        browser.quit()
