"""The calculation alone, per case: ``Calculator.result`` on cases validated beforehand.

    .venv/bin/python benchmarks/calc_per_case.py                 # 10,000 cases, 5 rounds
    .venv/bin/python benchmarks/calc_per_case.py 20000 --rounds 3 --seed 7

Writes N cases with benchmarks/gen_cases.py to a temporary file, reads and validates
them once (``CaseReader``) and finds each case's benefit plan and rates; then times, in
this process, only the calculation: each round makes a fresh ``Calculator`` per day
(so the shared benefit curves are built again, as in a batch run) and computes every
case. It prints the median and best microseconds per case for the result, and for the
result with its month-by-month timeline (what the JSON output reads), and a digest of
every figure computed, which must not change when the calculation is made faster.
"""

import argparse
import hashlib
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from kompcalc.batch.prepare import CaseRules, Refusal
from kompcalc.batch.run import CaseReader
from kompcalc.core.calc import Calculator, Plan, Result
from kompcalc.core.cases import Case
from kompcalc.loading.ratefile import default_day, load_table, rates_on

HERE = Path(__file__).resolve().parent
MONTHS = 36


def _cases(count: int, seed: int) -> list[Case]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cases.yaml"
        with path.open("w", encoding="utf-8") as out:
            command = [sys.executable, str(HERE / "gen_cases.py"), str(count), "--seed", str(seed)]
            subprocess.run(command, stdout=out, check=True)
        return [c for c in CaseReader(path).cases() if isinstance(c, Case)]


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

    cases = _cases(args.count, args.seed)
    loaded = load_table(None)
    rules = CaseRules(loaded)
    today = default_day(loaded.table, date.today())
    work: list[tuple[Case, Plan, date]] = []
    for case in cases:
        plan = rules.plan(case)
        if not isinstance(plan, Refusal):
            work.append((case, plan, case.date or today))
    rates = {day: rates_on(loaded, day) for day in {day for _, _, day in work}}

    def compute() -> list[Result]:
        calculators = {day: Calculator(r, MONTHS) for day, r in rates.items()}
        return [calculators[day].result(case, plan) for case, plan, day in work]

    def with_timeline() -> list[Result]:
        results = compute()
        for r in results:
            _ = r.timeline
        return results

    print(f"{len(work)} cases computed of {args.count}, {MONTHS} months, {args.rounds} round(s)")
    print("µs per case      median     best")
    timed: dict[str, Callable[[], list[Result]]] = {
        "result": compute,
        "with timeline": with_timeline,
    }
    for name, run in timed.items():
        spent = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            run()
            spent.append((time.perf_counter() - start) / len(work) * 1e6)
        print(f"{name:15} {statistics.median(spent):7.1f}  {min(spent):7.1f}")
    print(f"digest of every figure: {_digest(with_timeline())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
