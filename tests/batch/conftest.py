"""The tiny case file the batch tests add up by hand."""

from pathlib import Path

import pytest

from kompcalc.batch.run import BatchRun
from kompcalc.loading.ratefile import load_table_and_rates

# months = 12: one savings mark, at 12 months; sygedagpenge is 11,200 kr. a month then.
# b misses two printed figures, listed in another order than --check compares them.
TINY = """title: Tiny
cases:
  - id: a
    benefit: sygedagpenge
    interventions: [{kind: aids, amount: 8507}]
  - id: b
    benefit: sygedagpenge
    interventions: [{kind: personal_assistance, hours_per_week: 25}]
    expected:
      monthly_net: 6000
      one_off_gross: 5
  - id: c
    benefit: kontanthjælp
    interventions: [{kind: aids, amount: 10}]
  - id: d
    benefit: løntilskud
    interventions: [{kind: recurring_cost, name: Fleksjob, monthly: 12000}]
    expected: {monthly_net: 12000}
"""


@pytest.fixture
def run(tmp_path: Path) -> BatchRun:
    path = tmp_path / "tiny.yaml"
    path.write_text(TINY, encoding="utf-8")
    loaded, rates = load_table_and_rates(None)
    return BatchRun(path, loaded=loaded, day=rates.day, months=12, check=True)
