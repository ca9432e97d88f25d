"""Batch benchmark: `kompcalc batch` on N cases against PyYAML's C loader on the same file.

    .venv/bin/python benchmarks/batch_vs_yaml.py              # 100,000 cases, 3 rounds
    .venv/bin/python benchmarks/batch_vs_yaml.py 20000 --rounds 1 --formats text csv

Writes N cases with benchmarks/gen_cases.py to a temporary file, then times, in turn
and in fresh processes each round:

* yaml:     python -c "yaml.load(f, Loader=yaml.CSafeLoader)" on the file (parsing only);
* kompcalc: the installed `kompcalc batch FILE` (the whole job: reading, validating,
            computing, the totals and the table), with its output to a file, once per
            format asked for.

It prints the median wall time and the peak memory (max RSS) of each, and the ratio
kompcalc/yaml. The targets: text and CSV at most 0.25, JSON and XLSX at most 0.5, each
in less than 1 GB of memory. Run it with the Python of the environment kompcalc is
installed in.
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

TARGET_RATIO = {"text": 0.25, "csv": 0.25, "json": 0.5, "xlsx": 0.5}
"""The highest ratio to the C loader each format may take (issue 16)."""
TARGET_MEMORY_MB = 1000
YAML_LOAD = """import sys, yaml
with open(sys.argv[1], encoding="utf-8") as f:
    yaml.load(f, Loader=yaml.CSafeLoader)
"""
SUFFIX = {"text": ".txt", "csv": ".csv", "xlsx": ".xlsx", "json": ".json"}


def measure(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and peak memory (MB) of one run of ``argv``."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{argv[0]} exited with {code}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--formats", nargs="+", default=list(SUFFIX), choices=list(SUFFIX))
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
        commands = {"yaml": [python, "-c", YAML_LOAD, str(cases)]}
        for fmt in args.formats:
            output = Path(folder) / f"out{SUFFIX[fmt]}"
            commands[f"kompcalc {fmt}"] = [kompcalc, "batch", str(cases), "-o", str(output)]
        times: dict[str, list[float]] = {name: [] for name in commands}
        memory: dict[str, float] = dict.fromkeys(commands, 0.0)
        for _ in range(args.rounds):
            for name, argv in commands.items():
                elapsed, peak = measure(argv)
                times[name].append(elapsed)
                memory[name] = max(memory[name], peak)
    base = statistics.median(times["yaml"])
    print(f"{'':14} {'median s':>9} {'ratio':>6} {'peak MB':>8}")
    for name in commands:
        median = statistics.median(times[name])
        print(f"{name:14} {median:9.2f} {median / base:6.2f} {memory[name]:8.0f}")
    missed = 0
    for fmt in args.formats:
        name = f"kompcalc {fmt}"
        ratio = statistics.median(times[name]) / base
        met = ratio <= TARGET_RATIO[fmt] and memory[name] < TARGET_MEMORY_MB
        missed += not met
        verdict = "met" if met else "MISSED"
        print(f"{fmt:5} target (ratio <= {TARGET_RATIO[fmt]}, < {TARGET_MEMORY_MB} MB): {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
