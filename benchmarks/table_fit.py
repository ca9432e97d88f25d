"""The batch table for a terminal: kompcalc's own layout against ``rich.table``.

    .venv/bin/python benchmarks/table_fit.py                 # 10,000 cases, 3 rounds
    .venv/bin/python benchmarks/table_fit.py 20000 --rounds 5 --width 80
    .venv/bin/python benchmarks/table_fit.py 100000 --rounds 1 --no-rich-all

Writes N cases with benchmarks/gen_cases.py to a temporary file and computes them once;
then times, in this process, only the rendering of the same rows:

* text, all rows:     TextTable, every column and row (what a pipe or a file gets);
* page, fitted:       PageTable at ``--width`` with a page of ``--page`` rows (what a
                      terminal gets: it keeps the page and counts the rest);
* rich.table, all:    ``rich.table.Table`` of every row, printed at ``--width``;
* rich.table, page:   the same of a page of rows.

Then, end to end, ``kompcalc batch FILE`` with stdout a pipe and with stdout a
pseudo-terminal (COLUMNS=--width, LINES=--page + 16), in fresh processes: the whole
job, reading and computing included. It prints the median wall time of each.
"""

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from kompcalc.batch.drive import drive
from kompcalc.batch.run import BatchRun, Computed
from kompcalc.batch.summary import Summary
from kompcalc.loading.ratefile import load_table_and_rates
from kompcalc.render.page import PageTable, Screen
from kompcalc.render.rows import RowText
from kompcalc.render.table import TextTable, row_bytes

HERE = Path(__file__).resolve().parent
MARKS = (12, 24, 36)


@dataclass
class Kept:
    """An output that keeps every row as the text tables show it, and the summary."""

    text: RowText
    rows: list[list[str]] = field(default_factory=list)
    summary: Summary | None = None

    def encode(self, computed: Computed) -> list[str]:
        return self.text.case(computed)

    def write(self, cells: list[str]) -> None:
        self.rows.append(cells)

    def finish(self, summary: Summary) -> None:
        self.summary = summary


def median_of(rounds: int, job: Callable[[], object]) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def rich_table(rows: list[list[str]], text: RowText, width: int) -> None:
    table = Table(*(col.heading for col in text.columns))
    for row in rows:
        table.add_row(*row)
    console = Console(file=io.StringIO(), width=width, color_system=None)
    console.print(table)


def end_to_end(argv: list[str], *, terminal: bool, env: dict[str, str]) -> float:
    """Wall seconds of one run, stdout a pipe or a pseudo-terminal (drained as it comes)."""
    start = time.perf_counter()
    if not terminal:
        subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, check=True)
        return time.perf_counter() - start
    reader, writer = os.openpty()
    drained = threading.Thread(target=_drain, args=(reader,), daemon=True)
    drained.start()
    process = subprocess.Popen(argv, stdout=writer, stderr=subprocess.DEVNULL, env=env)
    os.close(writer)
    code = process.wait()
    elapsed = time.perf_counter() - start
    drained.join()
    os.close(reader)
    if code != 0:
        raise SystemExit(f"{argv[0]} exited with {code}")
    return elapsed


def _drain(fd: int) -> None:
    try:
        while os.read(fd, 65536):
            pass
    except OSError:  # the terminal closed when the process ended
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--width", type=int, default=120)
    parser.add_argument("--page", type=int, default=34, help="rows of a page (50 lines - 16)")
    parser.add_argument(
        "--no-rich-all", action="store_true", help="skip rich.table of every row (minutes)"
    )
    args = parser.parse_args()
    kompcalc = shutil.which("kompcalc", path=str(Path(sys.executable).parent))
    if kompcalc is None:
        print("kompcalc is not installed next to this Python", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cases.yaml"
        with path.open("w", encoding="utf-8") as out:
            subprocess.run(
                [sys.executable, str(HERE / "gen_cases.py"), str(args.count)], stdout=out
            )
        loaded, rates = load_table_and_rates(None)
        text = RowText(MARKS, "da")
        kept = Kept(text)
        drive(BatchRun(path, loaded=loaded, day=rates.day, months=36), kept)
        assert kept.summary is not None
        summary, rows = kept.summary, kept.rows

        encoded = [row_bytes(row) for row in rows]  # as TextTable.encode makes them

        def plain() -> None:
            table = TextTable(io.BytesIO(), MARKS, "da", rates)
            for row in encoded:
                table.write(row)
            table.finish(summary)

        def fitted() -> None:
            screen = Screen(width=args.width, rows=args.page)
            table = PageTable(io.BytesIO(), MARKS, "da", rates, screen)
            for row in rows:
                table.write(row)
            table.finish(summary)

        print(f"{len(rows)} cases, width {args.width}, a page of {args.page} rows, ", end="")
        print(f"{args.rounds} round(s); median seconds")
        print("rendering only (the rows computed once, beforehand):")
        print(f"  text, all rows       {median_of(args.rounds, plain):8.3f}")
        print(f"  page, fitted         {median_of(args.rounds, fitted):8.3f}")
        page = rows[: args.page]
        rich_page = median_of(args.rounds, lambda: rich_table(page, text, args.width))
        if not args.no_rich_all:
            rich_all = median_of(args.rounds, lambda: rich_table(rows, text, args.width))
            print(f"  rich.table, all rows {rich_all:8.3f}")
        print(f"  rich.table, page     {rich_page:8.3f}")
        env = {**os.environ, "COLUMNS": str(args.width), "LINES": str(args.page + 16)}
        argv = [kompcalc, "batch", str(path)]
        print("end to end (kompcalc batch FILE, fresh processes):")
        for terminal, label in ((False, "stdout a pipe      "), (True, "stdout a terminal  ")):
            times = [end_to_end(argv, terminal=terminal, env=env) for _ in range(args.rounds)]
            print(f"  {label}  {statistics.median(times):8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
