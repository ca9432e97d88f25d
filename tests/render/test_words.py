"""A text without values is looked up once, for each language on its own."""

from kompcalc.render.words import word


def test_a_word_is_said_in_its_own_language_each_time() -> None:
    # the texts' own words for a break-even that comes at once (texts/output.py)
    for _ in range(2):  # the second time from what was looked up
        assert word("da", "break_even_now") == "straks"
        assert word("en", "break_even_now") == "at once"
