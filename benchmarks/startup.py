"""Start-up benchmark: `kompcalc pa --hours 12` against importing its dependencies.

Runs, interleaved, N times each:

* kompcalc:  the installed `kompcalc pa --hours 12` (output to /dev/null);
* baseline:  python -c "import typer, pydantic, yaml, rich.console, rich.table";
* floor:     an empty Typer app with one string option (what any Typer CLI costs:
             Typer >= 0.2x coerces every parameter through a pydantic TypeAdapter).

and prints the medians and the ratios kompcalc/baseline (the target is <= 1.15) and
kompcalc/floor. Run it with the Python of the environment kompcalc is installed in:

    .venv/bin/python benchmarks/startup.py [N]
"""

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

FLOOR_APP = """
import typer
app = typer.Typer()
@app.command()
def pa(hours: str = typer.Option(...)) -> None:
    print(hours)
@app.command()
def other() -> None:
    pass
app()
"""


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    python = sys.executable
    kompcalc = shutil.which("kompcalc", path=str(Path(python).parent)) or shutil.which("kompcalc")
    if kompcalc is None:
        print("kompcalc is not installed next to this Python", file=sys.stderr)
        return 1
    commands = {
        "kompcalc": [kompcalc, "pa", "--hours", "12"],
        "baseline": [python, "-c", "import typer, pydantic, yaml, rich.console, rich.table"],
        "floor": [python, "-c", FLOOR_APP, "pa", "--hours", "12"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for argv in commands.values():  # warm the file cache once
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
    for _ in range(runs):
        for name, argv in commands.items():
            start = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
            times[name].append(time.perf_counter() - start)
    median = {name: statistics.median(values) for name, values in times.items()}
    for name, value in median.items():
        print(f"{name:9} median {value * 1000:7.1f} ms over {runs} runs")
    print(
        f"ratio kompcalc/baseline: {median['kompcalc'] / median['baseline']:.3f} (target <= 1.15)"
    )
    print(f"ratio kompcalc/floor:    {median['kompcalc'] / median['floor']:.3f}")
    print(f"ratio floor/baseline:    {median['floor'] / median['baseline']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
