"""Start-up benchmark: `kompcalc pa --hours 12` against its stack's floor.

Runs, interleaved, N times each:

* kompcalc:      the installed `kompcalc pa --hours 12` (output to /dev/null);
* kompcalc-json: the same with `--json`;
* floor:         the floor of kompcalc's own stack: a Typer app with one option that
                 builds and validates one pydantic model with a Decimal field
                 (FLOOR_APP below);
* baseline:      python -c "import typer, pydantic, yaml, rich.console, rich.table"
                 (issue 2's yardstick, kept for comparison);
* typer-floor:   an empty Typer app with one string option (what any Typer CLI costs:
                 Typer >= 0.2x coerces every parameter through a pydantic TypeAdapter).

and prints the medians and the ratios against the floor (the targets: human output
<= 1.2, --json <= 1.1) and against the old baseline. Run it with the Python of the
environment kompcalc is installed in:

    .venv/bin/python benchmarks/startup.py [N]
"""

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

TYPER_APP = """
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

FLOOR_APP = """
from decimal import Decimal
import typer
from pydantic import BaseModel, ConfigDict
class Hours(BaseModel):
    model_config = ConfigDict(strict=True, frozen=True, extra="forbid")
    hours_per_week: Decimal
app = typer.Typer()
@app.command()
def pa(hours: str = typer.Option(...)) -> None:
    print(Hours.model_validate({"hours_per_week": Decimal(hours)}))
@app.command()
def other() -> None:
    pass
app()
"""

TARGETS = {"kompcalc": 1.2, "kompcalc-json": 1.1}


# Python writes each module's bytecode once, as an installed wheel has it; without it
# (PYTHONDONTWRITEBYTECODE) kompcalc's own modules would be compiled on every run, and
# the dependencies' would not (pip compiled them when it installed them).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _run(argv: list[str]) -> None:
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=ENV)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    python = sys.executable
    kompcalc = shutil.which("kompcalc", path=str(Path(python).parent)) or shutil.which("kompcalc")
    if kompcalc is None:
        print("kompcalc is not installed next to this Python", file=sys.stderr)
        return 1
    commands = {
        "kompcalc": [kompcalc, "pa", "--hours", "12"],
        "kompcalc-json": [kompcalc, "pa", "--hours", "12", "--json"],
        "floor": [python, "-c", FLOOR_APP, "pa", "--hours", "12"],
        "baseline": [python, "-c", "import typer, pydantic, yaml, rich.console, rich.table"],
        "typer-floor": [python, "-c", TYPER_APP, "pa", "--hours", "12"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for argv in commands.values():  # warm the file cache once
        _run(argv)
    for _ in range(runs):
        for name, argv in commands.items():
            start = time.perf_counter()
            _run(argv)
            times[name].append(time.perf_counter() - start)
    median = {name: statistics.median(values) for name, values in times.items()}
    for name, value in median.items():
        print(f"{name:13} median {value * 1000:7.1f} ms over {runs} runs")
    for name, target in TARGETS.items():
        ratio = median[name] / median["floor"]
        met = "met" if ratio <= target else "NOT met"
        print(f"ratio {name}/floor: {ratio:6.3f} (target <= {target}: {met})")
    for name in TARGETS:
        print(f"ratio {name}/baseline: {median[name] / median['baseline']:6.3f}")
    print(f"ratio floor/baseline: {median['floor'] / median['baseline']:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
