"""``--cards`` over hostile text: a clear usage error or a clean list of ids, never a crash."""

from hypothesis import given, settings
from hypothesis import strategies as st

from kompcalc.errors import EXIT_BAD_USAGE, KompcalcError
from kompcalc.render.cardchoice import Asked, parse_cards
from kompcalc.texts import problem_line


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_any_text_gives_ids_or_one_usage_line(text: str) -> None:
    try:
        found = parse_cards(text)
    except KompcalcError as exc:
        assert exc.exit_code == EXIT_BAD_USAGE
        (line,) = [problem_line(p, "da") for p in exc.problems]
        assert "\n" not in line and "--cards" in line
        assert text.replace(",", "").strip() == ""  # only an empty list is refused
        return
    if found.asked is Asked.IDS:
        assert found.ids and len(set(found.ids)) == len(found.ids)
        assert all(i == i.strip() and i and "," not in i for i in found.ids)
