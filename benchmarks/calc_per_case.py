"""The per-case work of a batch, part by part: the calculation, the timeline, the JSON
dict, a row of the text table and of the CSV, and the totals.

    .venv/bin/python benchmarks/calc_per_case.py                 # 10,000 cases, 5 rounds
    .venv/bin/python benchmarks/calc_per_case.py 20000 --rounds 3 --seed 7

Writes N cases with benchmarks/gen_cases.py to a temporary file, reads, validates and
computes them once (``BatchRun``, one process); then times, in this process, each part
alone on those cases: ``result`` makes a fresh ``Calculator`` per day (so the shared
benefit curves are built again, as in a batch run) and computes every case;
``timeline`` builds each result's month-by-month rows (``Result.timeline``, not kept);
``json dict`` is ``result_dict`` of fresh results (what ``kompcalc batch --json``
encodes, orjson's 3 µs not included); ``text row`` and ``csv row`` are one case's
cells as the text table and the CSV write them; ``totals`` adds a case to the
summary. The objects made before the timing are frozen out of the garbage collector
(a batch keeps none of them), and the time is this process's CPU time, so that other
processes on the machine disturb it less. It prints the median and best microseconds
per case, and a digest of every figure computed, which must not change when the
calculation is made faster.
"""

import argparse
import dataclasses
import gc
import hashlib
import io
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from kompcalc.batch.run import BatchRun, Computed
from kompcalc.batch.summary import Accumulator
from kompcalc.core.calc import Calculator, Result
from kompcalc.core.perspectives import Perspective
from kompcalc.loading.ratefile import default_day, load_table
from kompcalc.render.export import CsvTable
from kompcalc.render.json import result_dict
from kompcalc.render.json_rates import RatesMemo
from kompcalc.render.rows import RowText

HERE = Path(__file__).resolve().parent
MONTHS = 36


def _computed(count: int, seed: int) -> tuple[list[Computed], tuple[int, ...]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cases.yaml"
        with path.open("w", encoding="utf-8") as out:
            command = [sys.executable, str(HERE / "gen_cases.py"), str(count), "--seed", str(seed)]
            subprocess.run(command, stdout=out, check=True)
        loaded = load_table(None)
        day = default_day(loaded.table, date.today())
        run = BatchRun(path, loaded=loaded, day=day, months=MONTHS)
        return [c for c in run.outcomes() if isinstance(c, Computed)], run.marks


def _digest(results: list[Result]) -> str:
    """Every figure of every result (and its timeline), as one hash."""
    digest = hashlib.sha256()
    for r in results:
        lines = [
            (ln.one_off, ln.monthly, ln.refund_pct, ln.hourly_rate, ln.months) for ln in r.lines
        ]
        figures = (
            r.benefit_key, r.plan, r.probability, lines, r.one_off, r.monthly, r.curve,
            r.costs, r.break_even_months, r.negative_from_months, r.savings, r.warnings,
            r.present_value, r.discounted_break_even, r.timeline,
        )  # fmt: skip
        digest.update(repr(figures).encode())
    return digest.hexdigest()[:16]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", nargs="?", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    computed, marks = _computed(args.count, args.seed)

    def compute() -> list[Result]:
        calculators: dict[int, Calculator] = {}
        found = []
        for c in computed:
            calculator = calculators.get(id(c.rates))
            if calculator is None:
                calculator = calculators[id(c.rates)] = Calculator(c.rates, MONTHS)
            found.append(calculator.result(c.result.case, c.result.plan))
        return found

    kept = compute()
    fresh: list[Computed] = []
    text = RowText(marks, "da")
    csv = CsvTable(io.BytesIO(), marks, "da")

    def refresh() -> None:
        results = compute()
        pairs = zip(computed, results, strict=True)
        fresh[:] = [dataclasses.replace(c, result=r) for c, r in pairs]

    def timeline() -> None:
        for r in kept:
            _ = r.timeline
            del vars(r)["timeline"]  # not kept: a batch keeps no result

    def json_dict() -> None:
        memo = RatesMemo(historical=False)
        for c in fresh:
            result_dict(c.result, c.rates, historical=False, lang="da", known=memo)

    def totals() -> None:
        seen = Accumulator(marks, (Perspective.kommune,))
        for c in fresh:
            seen.add(c)

    timed: dict[str, tuple[Callable[[], object], bool]] = {
        "result": (compute, False),
        "timeline": (timeline, False),
        "json dict": (json_dict, True),
        "text row": (lambda: [text.case(c) for c in fresh], True),
        "csv row": (lambda: [csv.encode(c) for c in fresh], True),
        "totals": (totals, True),
    }
    rounds = f"{args.rounds} round(s)"
    print(f"{len(computed)} cases computed of {args.count}, {MONTHS} months, {rounds}")
    print("µs per case      median     best")
    gc.collect()
    gc.freeze()
    for name, (run, new_results) in timed.items():
        spent = []
        for _ in range(args.rounds):
            if new_results:  # each round on results nothing has asked anything yet
                refresh()
            start = time.process_time()
            run()
            spent.append((time.process_time() - start) / len(computed) * 1e6)
        print(f"{name:15} {statistics.median(spent):7.1f}  {min(spent):7.1f}")
    print(f"digest of every figure: {_digest(compute())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
