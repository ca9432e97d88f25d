"""Fuzz kompcalc: the hostile-input properties with many examples, and a tally.

    .venv/bin/python benchmarks/fuzz.py                          # 1000 examples each
    .venv/bin/python benchmarks/fuzz.py --examples 5000 --seed 7
    .venv/bin/python benchmarks/fuzz.py --process --examples 200 # as real processes
    .venv/bin/python benchmarks/fuzz.py --only case-file rate-file --show 10

Runs every property of tests/hostile/props.py (numbers, dates and --set on the
command line; mutated case files through ``batch FILE --json -o``; mutated rate files
through ``pa --hours 12 --json --rates FILE``) with Hypothesis, without stopping at the
first failure, and prints per property: the exit codes seen, exit 70, tracebacks,
misreads, files written (or left) on failure, and the first few bad examples. Exits 1
if any example broke a property, else 0.

In-process (the default) is fast; ``--process`` starts ``python -m kompcalc`` for each
example, as a user does (slower: about 0.3 s an example). TMPDIR is a private folder,
checked for leftovers after every example.
"""

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis.configuration import set_hypothesis_home_dir
from tests.helpers import Run
from tests.hostile.check import (
    EXIT_70,
    MISREAD,
    SILENT,
    TRACEBACK,
    UNSPLIT,
    WRITTEN,
    process_env,
    run_in_process,
    run_process,
)
from tests.hostile.props import PROPERTIES, RAW_ESCAPE, Env, Property

COUNTED = [EXIT_70, TRACEBACK, MISREAD, WRITTEN, UNSPLIT, SILENT, RAW_ESCAPE]
"""The kinds of violation the tally shows, in this order (any other is 'other')."""


class Tally:
    """What one property's examples gave."""

    def __init__(self) -> None:
        self.examples = 0
        self.codes: Counter[int] = Counter()
        self.kinds: Counter[str] = Counter()
        self.bad: list[str] = []
        self.bad_examples = 0


def _describe(example: Any) -> str:
    """An example as a short line: a mutated file by its mutation, not its bytes."""
    if isinstance(example, tuple) and example and isinstance(example[0], bytes):
        return str(example[1])
    return f"{example!r:.200}"


def _runner(process: bool, temp_folder: Path) -> Any:
    if not process:
        return run_in_process
    env = process_env(temp_folder)

    def run(args: Sequence[str]) -> Run:
        return run_process(args, env=env, timeout=60)

    return run


def fuzz(prop: Property, env: Env, examples: int, seed_value: int) -> Tally:
    """Run ``prop`` on ``examples`` generated examples; never stops at a failure."""
    tally = Tally()

    @seed(seed_value)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(example=prop.strategy)
    def one(example: Any) -> None:
        checked = prop.check(env, example)
        tally.examples += 1
        tally.codes[checked.code] += 1
        if checked.violations:
            tally.bad_examples += 1
        for violation in checked.violations:
            kind = violation.kind if violation.kind in COUNTED else "other"
            tally.kinds[kind] += 1
            tally.bad.append(f"{violation} [example {_describe(example)}]")

    one()
    return tally


def _report(name: str, tally: Tally, seconds: float, show: int) -> None:
    codes = ", ".join(f"{code}: {n}" for code, n in sorted(tally.codes.items()))
    kinds = ", ".join(f"{kind} {tally.kinds[kind]}" for kind in [*COUNTED, "other"])
    print(f"{name:12} {tally.examples:6} examples in {seconds:6.1f} s; exit codes {{{codes}}}")
    print(f"{'':12} {tally.bad_examples:6} bad: {kinds}")
    for line in tally.bad[:show]:
        print(f"{'':14}- {line}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=1000, help="examples per property")
    parser.add_argument("--seed", type=int, default=2014, help="random seed (default 2014)")
    parser.add_argument(
        "--process", action="store_true", help="run kompcalc as a real process per example"
    )
    parser.add_argument(
        "--only",
        nargs="+",
        choices=[p.name for p in PROPERTIES],
        help="run only these properties",
    )
    parser.add_argument("--show", type=int, default=5, help="bad examples shown per property")
    args = parser.parse_args()
    os.environ.update(NO_COLOR="1", COLUMNS="120")
    os.environ.pop("FORCE_COLOR", None)
    total_bad = 0
    with tempfile.TemporaryDirectory(prefix="kompcalc-fuzz-") as root:
        temp_folder = Path(root) / "tmp"
        work_root = Path(root) / "work"
        temp_folder.mkdir()
        work_root.mkdir()
        set_hypothesis_home_dir(Path(root) / "hypothesis")  # its caches: not in the project
        os.environ["TMPDIR"] = str(temp_folder)
        tempfile.tempdir = str(temp_folder)
        env = Env(_runner(args.process, temp_folder), work_root, temp_folder)
        mode = "process" if args.process else "in-process"
        print(f"kompcalc fuzz: {args.examples} examples per property, seed {args.seed}, {mode}")
        try:
            for prop in PROPERTIES:
                if args.only and prop.name not in args.only:
                    continue
                start = time.perf_counter()
                tally = fuzz(prop, env, args.examples, args.seed)
                _report(prop.name, tally, time.perf_counter() - start, args.show)
                total_bad += tally.bad_examples
        finally:
            tempfile.tempdir = None
    print(f"bad examples in all: {total_bad}")
    return 1 if total_bad else 0


if __name__ == "__main__":
    sys.exit(main())
