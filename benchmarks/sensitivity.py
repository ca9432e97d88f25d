"""Sensitivity benchmark: `kompcalc batch --sensitivity` against the plain batch on the
same N cases, side by side in one run.

    .venv/bin/python benchmarks/sensitivity.py                # 10,000 cases, 3 rounds
    .venv/bin/python benchmarks/sensitivity.py 20000 --rounds 1 --format json

Writes N cases with benchmarks/gen_cases.py to a temporary file, then times, in turn
and in fresh processes each round, the installed `kompcalc batch FILE -o OUT` with and
without `--sensitivity` (the same output format; the default is the text table). It
prints the median wall time and peak memory (max RSS) of each and their ratio. The
target (issue 15) is a ratio of at most 3: the case file is read once, and only the
calculation repeats, cut to the saving at the horizon (src/kompcalc/core/recompute.py).
Run it with the Python of the environment kompcalc is installed in.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 3.0
SUFFIX = {"text": ".txt", "json": ".json", "xlsx": ".xlsx"}


def measure(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and peak memory (MB) of one run of ``argv``."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{' '.join(argv)} exited with {code}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--format", default="text", choices=list(SUFFIX))
    args = parser.parse_args()
    python = sys.executable
    kompcalc = shutil.which("kompcalc", path=str(Path(python).parent))
    if kompcalc is None:
        print("kompcalc is not installed next to this Python", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        cases = Path(folder) / "cases.yaml"
        with cases.open("w", encoding="utf-8") as out:
            generator = Path(__file__).with_name("gen_cases.py")
            subprocess.run([python, str(generator), str(args.count)], stdout=out, check=True)
        size = cases.stat().st_size / 1_000_000
        print(f"{args.count} cases, {size:.1f} MB, {os.cpu_count()} cores, {args.rounds} round(s)")
        output = str(Path(folder) / f"out{SUFFIX[args.format]}")
        batch = [kompcalc, "batch", str(cases), "-o", output, "--format", args.format]
        commands = {"batch": batch, "batch --sensitivity": [*batch, "--sensitivity"]}
        times: dict[str, list[float]] = {name: [] for name in commands}
        memory: dict[str, float] = dict.fromkeys(commands, 0.0)
        for _ in range(args.rounds):
            for name, argv in commands.items():  # side by side, in turn, every round
                elapsed, peak = measure(argv)
                times[name].append(elapsed)
                memory[name] = max(memory[name], peak)
    base = statistics.median(times["batch"])
    print(f"{'':20} {'median s':>9} {'ratio':>6} {'peak MB':>8}")
    for name in commands:
        median = statistics.median(times[name])
        print(f"{name:20} {median:9.2f} {median / base:6.2f} {memory[name]:8.0f}")
    ratio = statistics.median(times["batch --sensitivity"]) / base
    print(f"target (ratio <= {TARGET_RATIO}): {'met' if ratio <= TARGET_RATIO else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
