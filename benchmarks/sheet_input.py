"""Spreadsheet input benchmark: `kompcalc batch` on the same N cases as YAML, CSV and XLSX.

    .venv/bin/python benchmarks/sheet_input.py                  # 10,000 and 100,000 cases
    .venv/bin/python benchmarks/sheet_input.py 20000 --rounds 1

Writes N cases with benchmarks/gen_cases.py (``--one-row``: no kind of intervention
twice, so each case is one spreadsheet row), converts them with `kompcalc convert` to a
CSV and an XLSX case list (the same cases, row by row), then times, in fresh processes
and in turn each round, `kompcalc batch FILE -o out.csv` on each of the three. It
prints the median wall time, the peak memory (max RSS) and the ratio to the YAML run.

Targets (issue 13): a CSV no slower than the YAML; an XLSX of 100,000 rows under 1 GB
peak, read as a stream (its peak must not grow with the rows as a whole workbook
would). Run it with the Python of the environment kompcalc is installed in.
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

TARGET_MEMORY_MB = 1000

sys.path.insert(0, str(Path(__file__).parent))
from batch_vs_yaml import measure  # noqa: E402


def run_size(python: str, kompcalc: str, count: int, rounds: int, folder: Path) -> None:
    yaml_file = folder / f"cases-{count}.yaml"
    with yaml_file.open("w", encoding="utf-8") as out:
        generator = Path(__file__).with_name("gen_cases.py")
        subprocess.run([python, str(generator), str(count), "--one-row"], stdout=out, check=True)
    inputs = {"yaml": yaml_file}
    for suffix in ("csv", "xlsx"):
        target = folder / f"cases-{count}.{suffix}"
        started = time.perf_counter()
        subprocess.run(
            [kompcalc, "convert", str(yaml_file), "-o", str(target), "--force"],
            check=True,
        )
        took = time.perf_counter() - started
        size = target.stat().st_size / 1_000_000
        print(f"  convert to {suffix}: {took:.1f} s, {size:.1f} MB")
        inputs[suffix] = target
    times: dict[str, list[float]] = {name: [] for name in inputs}
    memory = dict.fromkeys(inputs, 0.0)
    output = folder / "out.csv"
    for _ in range(rounds):
        for name, path in inputs.items():
            elapsed, peak = measure([kompcalc, "batch", str(path), "-o", str(output)])
            times[name].append(elapsed)
            memory[name] = max(memory[name], peak)
    base = statistics.median(times["yaml"])
    print(f"  {'input':6} {'median s':>9} {'vs YAML':>8} {'peak MB':>8}")
    for name in inputs:
        median = statistics.median(times[name])
        print(f"  {name:6} {median:9.2f} {median / base:8.2f} {memory[name]:8.0f}")
    csv_ok = statistics.median(times["csv"]) <= base
    xlsx_ok = memory["xlsx"] < TARGET_MEMORY_MB
    print(
        f"  CSV no slower than YAML: {'met' if csv_ok else 'MISSED'}; "
        f"XLSX under {TARGET_MEMORY_MB} MB: {'met' if xlsx_ok else 'MISSED'}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("counts", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    python = sys.executable
    kompcalc = shutil.which("kompcalc", path=str(Path(python).parent))
    if kompcalc is None:
        print("kompcalc is not installed next to this Python", file=sys.stderr)
        return 1
    print(f"{os.cpu_count()} cores, {args.rounds} round(s)")
    with tempfile.TemporaryDirectory() as folder:
        for count in args.counts:
            print(f"{count} cases")
            run_size(python, kompcalc, count, args.rounds, Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
