"""Property-based fuzzing of the command line and the input files (Hypothesis).

Every property of ``tests/hostile/props.py`` with a bounded number of examples, run
in-process and derandomized (the same examples on every run, so CI is repeatable): the
whole module takes well under 40 s on two cores. ``benchmarks/fuzz.py`` runs the same
properties with many more, random examples, or as real processes.
"""

from pathlib import Path

from hypothesis import HealthCheck, given, settings

from tests.hostile.check import run_in_process
from tests.hostile.props import PROPERTIES, Env, Property

EXAMPLES = {
    "hours": 120,
    "hours-junk": 150,
    "amount": 120,
    "amount-junk": 150,
    "item": 150,
    "date": 100,
    "set": 200,
    "case-file": 200,
    "rate-file": 200,
}
"""Examples per property: enough to find the known classes, bounded for CI."""


def _test(prop: Property) -> None:
    """Hypothesis test for ``prop``; its examples share one work folder and TMPDIR."""

    @settings(
        max_examples=EXAMPLES[prop.name],
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(example=prop.strategy)
    def run(tmp_path: Path, temp_folder: Path, example: object) -> None:
        work = tmp_path / "work"
        work.mkdir(exist_ok=True)
        checked = prop.check(Env(run_in_process, work, temp_folder), example)
        assert not checked.violations, "\n".join(str(v) for v in checked.violations)

    globals()[f"test_property_{prop.name.replace('-', '_')}"] = run


for _prop in PROPERTIES:
    _test(_prop)


def test_every_property_has_a_budget() -> None:
    assert set(EXAMPLES) == {p.name for p in PROPERTIES}
