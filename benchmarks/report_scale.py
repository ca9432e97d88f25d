"""Report-at-scale benchmark: `kompcalc report` on N generated cases, measured as a reader
meets it: the HTML's size, the first paint in headless Chromium and the printed pages.

    .venv/bin/python benchmarks/report_scale.py                  # 50, 1,000 and 10,000 cases
    .venv/bin/python benchmarks/report_scale.py 10000 --rounds 3 --keep out/
    .venv/bin/python benchmarks/report_scale.py 10000 --sensitivity

For each N it writes N cases with benchmarks/gen_cases.py, runs the installed
`kompcalc report FILE -o report.html` (wall time), and then:

- **size**: the HTML file's size;
- **first paint**: Chromium (Debian's ``chromium``, driven by selenium and
  ``chromedriver``) opens the file with a fresh profile, and the page's
  ``performance.getEntriesByType('paint')`` gives the first-contentful-paint time, which
  counts from the navigation's start (the median over ``--rounds`` fresh browsers),
  and, as *loaded*, the end of the load event: the whole document parsed and laid out
  (Chromium paints the top of a long document before it has read the rest);
- **printed pages**: ``chromium --headless --print-to-pdf`` (A4, as the report's print
  stylesheet asks) and ``pdfinfo``'s page count (Debian's poppler-utils).

The targets (issue 16) for 10,000 cases: first paint under 3 s and under 200 printed
pages, the summary and the table of all cases included. ``--keep DIR`` keeps the HTML
and PDF files for a look (``pdftoppm -png -r 60 -f 1 -l 4 report-10000.pdf page``).
Run it with the Python of the environment kompcalc is installed in.
"""

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TARGET_PAINT = 3.0
TARGET_PAGES = 200


def first_paint(html: Path, chromium: str, driver: str, profile: Path) -> tuple[float, float]:
    """Seconds from the navigation's start to the first contentful paint, and to the
    end of the load event (the whole document parsed), in a fresh headless Chromium."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in [*FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    browser = webdriver.Chrome(options=options, service=Service(executable_path=driver))
    try:
        browser.set_page_load_timeout(600)
        browser.set_window_size(1100, 1400)
        browser.get(html.as_uri())
        deadline = time.monotonic() + 600
        while True:  # the paint may be recorded after the load event: wait for it
            entries: list[dict[str, Any]] = browser.execute_script(
                "return performance.getEntriesByType('paint')"
                ".map(e => ({name: e.name, start: e.startTime})).concat("
                "performance.getEntriesByType('navigation')"
                ".map(e => ({name: 'load', start: e.loadEventEnd})))"
            )
            found = {e["name"]: e["start"] for e in entries}
            if "first-contentful-paint" in found and found.get("load"):
                return float(found["first-contentful-paint"]) / 1000, float(found["load"]) / 1000
            if time.monotonic() > deadline:
                raise SystemExit(f"no first-contentful-paint for {html}: {entries}")
            time.sleep(0.05)
    finally:
        browser.quit()


def printed_pages(html: Path, pdf: Path, chromium: str, profile: Path) -> tuple[int, float]:
    """The report printed to PDF by headless Chromium: its pages and the seconds it took."""
    start = time.perf_counter()
    subprocess.run(
        [
            chromium,
            *FLAGS,
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=1800,
    )
    took = time.perf_counter() - start
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    pages = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    if pages is None:
        raise SystemExit(f"pdfinfo gave no page count for {pdf}")
    return int(pages.group(1)), took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("counts", type=int, nargs="*", default=[50, 1_000, 10_000])
    parser.add_argument("--rounds", type=int, default=3, help="browsers per first paint")
    parser.add_argument("--keep", type=Path, help="keep the HTML and PDF files here")
    parser.add_argument("--sensitivity", action="store_true", help="report --sensitivity")
    args = parser.parse_args()
    python = sys.executable
    kompcalc = shutil.which("kompcalc", path=str(Path(python).parent))
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    missing = [
        name
        for name, path in [
            ("kompcalc (next to this Python)", kompcalc),
            ("chromium", chromium),
            ("chromedriver (Debian: chromium-driver)", driver),
            ("pdfinfo (Debian: poppler-utils)", shutil.which("pdfinfo")),
        ]
        if path is None
    ]
    if missing or kompcalc is None or chromium is None or driver is None:
        print(f"not installed: {', '.join(missing)}", file=sys.stderr)
        return 1
    extra = ["--sensitivity"] if args.sensitivity else []
    print(
        f"{'cases':>7} {'report s':>9} {'HTML MB':>8} {'first paint s':>14} "
        f"{'loaded s':>9} {'pages':>6} {'print s':>8}"
    )
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        keep = args.keep or folder
        keep.mkdir(parents=True, exist_ok=True)
        for count in args.counts:
            cases = folder / f"cases-{count}.yaml"
            with cases.open("w", encoding="utf-8") as out:
                generator = Path(__file__).with_name("gen_cases.py")
                subprocess.run([python, str(generator), str(count)], stdout=out, check=True)
            html = keep / f"report-{count}.html"
            start = time.perf_counter()
            subprocess.run(
                [kompcalc, "report", str(cases), "-o", str(html), *extra],
                check=True,
                stderr=subprocess.DEVNULL,
            )
            made = time.perf_counter() - start
            paints = [
                first_paint(html, chromium, driver, folder / f"profile-{count}-{n}")
                for n in range(args.rounds)
            ]
            pdf = keep / f"report-{count}.pdf"
            pages, printing = printed_pages(html, pdf, chromium, folder / f"print-{count}")
            paint = statistics.median(p for p, _ in paints)
            loaded = statistics.median(load for _, load in paints)
            size = html.stat().st_size / 1_000_000
            print(
                f"{count:>7} {made:>9.2f} {size:>8.2f} {paint:>14.2f} {loaded:>9.2f} "
                f"{pages:>6} {printing:>8.1f}",
                flush=True,
            )
            if count == 10_000:
                met = paint < TARGET_PAINT and pages < TARGET_PAGES
                print(
                    f"        target for 10,000: first paint < {TARGET_PAINT} s and < "
                    f"{TARGET_PAGES} pages: {'met' if met else 'NOT met'}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
