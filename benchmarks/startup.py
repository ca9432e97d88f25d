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

    .venv/bin/python benchmarks/startup.py [N] [--before SRC]

``--before SRC`` also runs an older kompcalc, interleaved in the same run: SRC is the
``src`` folder of its checkout (``git worktree add /some/where <commit>``), run with the
same Python and dependencies, so that before and after meet the same load.

``--instructions`` counts, instead of timing, the instructions one run of each takes
under valgrind's callgrind (``PYTHONHASHSEED=0``, after a run that writes the bytecode):
a figure the machine's load does not move, for a machine shared with other work.
"""

import os
import re
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


BEFORE = "import sys; from kompcalc.cli.entry import main; sys.exit(main())"
"""The console script's own code, run with an older kompcalc's ``src`` first on the path."""


def _run_env(argv: list[str], env: dict[str, str]) -> None:
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)


def instructions(argv: list[str], env: dict[str, str]) -> int:
    """The instructions one run of ``argv`` takes, as callgrind counts them."""
    counted = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
        capture_output=True,
        text=True,
        check=True,
        env={**env, "PYTHONHASHSEED": "0"},
    )
    found = re.search(r"Collected : (\d+)", counted.stderr)
    if found is None:
        raise SystemExit(f"callgrind counted nothing for {argv[0]}")
    return int(found.group(1))


def main() -> int:
    args = sys.argv[1:]
    count = "--instructions" in args
    if count:
        args.remove("--instructions")
    before = None
    if "--before" in args:
        at = args.index("--before")
        before = args[at + 1]
        del args[at : at + 2]
    runs = int(args[0]) if args else 40
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
    envs = {name: ENV for name in commands}
    targets = dict(TARGETS)
    if before is not None:
        old = {**ENV, "PYTHONPATH": before}
        commands["before"] = [python, "-c", BEFORE, "pa", "--hours", "12"]
        commands["before-json"] = [*commands["before"], "--json"]
        envs |= {"before": old, "before-json": old}
        targets |= {"before": TARGETS["kompcalc"], "before-json": TARGETS["kompcalc-json"]}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for name, argv in commands.items():  # warm the file cache once
        _run_env(argv, envs[name])
    if count:
        counted = {name: instructions(argv, envs[name]) for name, argv in commands.items()}
        for name, number in counted.items():
            ratio = number / counted["floor"]
            print(f"{name:13} {number / 1e6:7.1f} million instructions ({ratio:5.3f} x floor)")
        return 0
    for _ in range(runs):
        for name, argv in commands.items():
            start = time.perf_counter()
            _run_env(argv, envs[name])
            times[name].append(time.perf_counter() - start)
    median = {name: statistics.median(values) for name, values in times.items()}
    for name, value in median.items():
        print(f"{name:13} median {value * 1000:7.1f} ms over {runs} runs")
    for name, target in targets.items():
        ratio = median[name] / median["floor"]
        met = "met" if ratio <= target else "NOT met"
        print(f"ratio {name}/floor: {ratio:6.3f} (target <= {target}: {met})")
    for name in TARGETS:
        print(f"ratio {name}/baseline: {median[name] / median['baseline']:6.3f}")
    print(f"ratio floor/baseline: {median['floor'] / median['baseline']:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
