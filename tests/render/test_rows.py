"""A row of the batch table as text: the case's own words on one line, every figure in
the user's number format."""

from pathlib import Path

from kompcalc.batch.drive import drive
from kompcalc.batch.run import BatchRun
from kompcalc.loading.ratefile import load_table_and_rates
from kompcalc.render.rows import RowText
from tests.render.test_page import Kept

CASES = """\
cases:
  - id: lup
    benefit: sygedagpenge
    interventions:
      - kind: aids
        items:
          - {name: "Lup\\nmed\\tlampe", amount: 1234.5}
      - kind: personal_assistance
        hours_per_week: 12
"""


def test_a_name_over_lines_is_shown_on_one_line_and_the_figures_as_kroner(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cases.yaml"
    path.write_text(CASES, encoding="utf-8")
    loaded, rates = load_table_and_rates(None)
    kept = Kept(RowText((12, 24, 36), "da"))
    drive(BatchRun(path, loaded=loaded, day=rates.day, months=36), kept)
    (row,) = kept.rows
    by_key = dict(zip([c.key for c in kept.text.columns], row, strict=True))
    assert by_key["interventions"].startswith("Hjælpemidler, Lup med lampe; ")
    assert "\n" not in by_key["interventions"] and "\t" not in by_key["interventions"]
    # aids 1.234,50 kr. half refunded: 617,25 kr. for the municipality; PA 12 hours
    # 12 x 114,68 x 4,33 = 5.958,77 kr., half: 2.979,39 kr. (test_calc's hand figures)
    assert by_key["one_off_net"] == "617,25 kr."
    assert by_key["monthly_net"] == "2.979,39 kr."
