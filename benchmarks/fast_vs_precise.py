"""The fast path against the precise path: byte for byte the same output?

    .venv/bin/python benchmarks/fast_vs_precise.py               # 10,000 cases
    .venv/bin/python benchmarks/fast_vs_precise.py 2000 --bad 50

Runs `kompcalc batch` in every output format on the catalogue's examples, on N
generated cases and on N generated cases with broken ones (`gen_cases.py --bad`), once
on the precise path (libyaml, one process) and once on the fast path (yaml-rs in
halves on two cores, made to run whatever the file's size), and compares stdout,
stderr, the exit code and the output file byte for byte (an XLSX's parts, unzipped:
the zip's own dates differ from run to run). Prints one line per file and format and
exits 1 if any differ. tests/batch/test_fast.py checks the same at a small size.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUN = """import os, sys
import kompcalc.batch.drive as drive, kompcalc.batch.split as split
split.SPLIT_MIN_BYTES = 0 if sys.argv.pop(1) == "fast" else 1 << 40
real = drive.split_run
def spy(plan, *args, **kwargs):
    found = real(plan, *args, **kwargs)
    with open(os.environ["PLANS"], "a") as out:
        out.write(type(plan).__name__.strip("_") + ("" if found else " (gave up)") + "; ")
    return found
drive.split_run = spy
from kompcalc.cli.app import main
sys.argv[0] = "kompcalc"
sys.exit(main())
"""
FORMATS = {"text": ".txt", "csv": ".csv", "json": ".json", "xlsx": ".xlsx"}


def run(path: str, fmt: str, way: str, folder: Path) -> tuple[int, bytes, bytes, object]:
    out = folder / f"out{FORMATS[fmt]}"  # one name: the messages name it
    argv = [sys.executable, "-c", RUN, way, "batch", path, "--check", "-o", str(out)]
    env = {**os.environ, "PLANS": str(folder / "plans")}
    out.unlink(missing_ok=True)
    done = subprocess.run(argv, capture_output=True, check=False, env=env)
    if not out.exists():
        return done.returncode, done.stdout, done.stderr, None
    if fmt == "xlsx":
        with zipfile.ZipFile(out) as book:  # docProps/core.xml holds the time it was made
            parts = {n: book.read(n) for n in book.namelist() if n != "docProps/core.xml"}
        return done.returncode, done.stdout, done.stderr, parts
    return done.returncode, done.stdout, done.stderr, out.read_bytes()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=10_000)
    parser.add_argument("--bad", type=int, default=100, help="broken cases in the second file")
    args = parser.parse_args()
    differ = 0
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        files = {"catalogue": ROOT / "examples" / "kompensering-med-gevinst.yaml"}
        generator = ROOT / "benchmarks" / "gen_cases.py"
        for label, extra in (("generated", []), ("broken", ["--bad", str(args.bad)])):
            path = folder / f"{label}.yaml"
            with path.open("w", encoding="utf-8") as out:
                command = [sys.executable, str(generator), str(args.count), *extra]
                subprocess.run(command, stdout=out, check=True)
            files[f"{label} ({args.count})"] = path
        for label, path in files.items():
            for fmt in FORMATS:
                (folder / "plans").write_text("")
                precise = run(str(path), fmt, "precise", folder)
                fast = run(str(path), fmt, "fast", folder)
                plans = (folder / "plans").read_text().strip("; ")
                same = precise == fast
                differ += not same
                verdict = "identical" if same else "DIFFER"
                print(f"{label:20} {fmt:5} exit {precise[0]}  {verdict:9}  fast path: {plans}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
