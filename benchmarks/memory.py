"""Peak memory of `kompcalc batch` on N tiny cases, per output format.

    .venv/bin/python benchmarks/memory.py                       # 1,000,000 cases
    .venv/bin/python benchmarks/memory.py 100000 --formats text csv

One million tiny cases with the text table peaked at 1.84 GB; the target is under
1 GB for every format. The script writes N cases of aids, one line each in flow style
(so a million stay under the 100 MB file limit), to a temporary folder, then runs
`python -m kompcalc batch FILE` once per format, in a fresh process each: the text
table to stdout (sent to /dev/null, so the held-back output counts), CSV, JSON and
XLSX to a file with `-o`. For each it prints the wall time, the peak resident memory
of the largest process (max RSS from wait4, which covers the forked second process
too), and the peak of the whole process tree sampled every 20 ms (both processes of a
two-core batch together). Exits 1 when a format is at or over the target.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_MB = 1000
SUFFIX = {"text": ".txt", "csv": ".csv", "xlsx": ".xlsx", "json": ".json"}


def write_cases(path: Path, count: int) -> None:
    """``count`` tiny cases: one line each, aids of 100 to 999 kr."""
    with path.open("w", encoding="utf-8") as out:
        out.write("cases:\n")
        for i in range(count):
            amount = 100 + i % 900
            out.write(
                f"- {{id: c{i}, benefit: sygedagpenge, "
                f"interventions: [{{kind: aids, amount: {amount}}}]}}\n"
            )


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _tree(pid: int) -> list[int]:
    """``pid`` and its children (a batch forks at most one)."""
    found = [pid]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat[stat.rindex(")") + 2 :].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def measure(argv: list[str], stdout: int) -> tuple[float, float, float, int]:
    """Wall seconds, max RSS (MB) of the largest process, sampled peak (MB) of the
    process tree, and the exit code of one run of ``argv``."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.DEVNULL)
    tree_peak = 0
    sampling = Path("/proc").is_dir()
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if sampling:
            tree_peak = max(tree_peak, sum(_rss_kb(p) for p in _tree(process.pid)))
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss / 1024, tree_peak / 1024, process.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=1_000_000, help="how many cases")
    parser.add_argument("--formats", nargs="+", default=list(SUFFIX), choices=list(SUFFIX))
    parser.add_argument("--target-mb", type=float, default=TARGET_MB)
    args = parser.parse_args()
    over = False
    with tempfile.TemporaryDirectory(prefix="kompcalc-memory-") as folder:
        cases = Path(folder) / "cases.yaml"
        write_cases(cases, args.count)
        size = cases.stat().st_size / 1e6
        print(f"{args.count} tiny cases, {size:.1f} MB, {os.cpu_count()} cores")
        print(f"{'':8} {'seconds':>8} {'max RSS MB':>11} {'tree MB':>8}  exit")
        for fmt in args.formats:
            argv = [sys.executable, "-m", "kompcalc", "batch", str(cases)]
            if fmt == "text":
                with Path(os.devnull).open("wb") as null:
                    result = measure(argv, null.fileno())
            else:
                target = Path(folder) / f"out{SUFFIX[fmt]}"
                result = measure([*argv, "-o", str(target)], subprocess.DEVNULL)
                target.unlink(missing_ok=True)
            seconds, largest, tree, code = result
            peak = max(largest, tree)
            over = over or peak >= args.target_mb
            print(f"{fmt:8} {seconds:8.1f} {largest:11.0f} {tree:8.0f}  {code}")
    verdict = "met" if not over else "NOT met"
    print(f"target (< {args.target_mb:.0f} MB for every format): {verdict}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
