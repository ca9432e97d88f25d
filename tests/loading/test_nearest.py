"""Did you mean: the known name nearest to a misspelt one, or none."""

import pytest

from kompcalc.loading.nearest import nearest

FIELDS = ["kind", "hours_per_week", "months", "description"]


@pytest.mark.parametrize(
    ("name", "known", "near"),
    [
        ("hour_per_week", FIELDS, "hours_per_week"),
        ("HOURS_PER_WEEK", FIELDS, "hours_per_week"),  # told as the known name is written
        ("montsh", ["Months"], "Months"),
        ("descripton", FIELDS, "description"),
        ("price", FIELDS, None),  # nothing near: nothing suggested
        ("", FIELDS, None),
        ("hours_per_week", [], None),
    ],
)
def test_the_nearest_known_name(name: str, known: list[str], near: str | None) -> None:
    assert nearest(name, known) == near


def test_names_may_be_compared_in_another_form() -> None:
    found = nearest("PA  timer pr uge", ["PA timer pr. uge"], normal=lambda t: " ".join(t.split()))
    assert found == "PA timer pr. uge"
