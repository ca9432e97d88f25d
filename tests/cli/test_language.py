"""Choosing the language of a run: --lang anywhere, else KOMPCALC_LANG, else Danish."""

import pytest

from kompcalc.cli.language import current, option_value, speaking, take_lang
from kompcalc.errors import KompcalcError


@pytest.mark.parametrize(
    ("args", "env", "lang", "rest"),
    [
        (["pa", "--hours", "12"], {}, "da", ["pa", "--hours", "12"]),
        (["--lang", "en", "pa"], {}, "en", ["pa"]),
        (["pa", "--lang=en", "--json"], {}, "en", ["pa", "--json"]),
        (["pa", "--lang", "en", "--lang", "da"], {}, "da", ["pa"]),  # the last one wins
        (["pa"], {"KOMPCALC_LANG": "en"}, "en", ["pa"]),
        (["pa"], {"KOMPCALC_LANG": " EN "}, "en", ["pa"]),
        (["pa"], {"KOMPCALC_LANG": ""}, "da", ["pa"]),  # empty: as not set
        (["pa", "--lang", "da"], {"KOMPCALC_LANG": "en"}, "da", ["pa"]),  # the flag wins
        (["pa", "--lang", "en"], {"KOMPCALC_LANG": "fr"}, "en", ["pa"]),  # not even read
        (["batch", "--", "--lang", "en"], {}, "da", ["batch", "--", "--lang", "en"]),
    ],
)
def test_the_language_and_the_arguments_left(
    args: list[str], env: dict[str, str], lang: str, rest: list[str]
) -> None:
    assert take_lang(args, env) == (lang, rest)


@pytest.mark.parametrize(
    ("args", "env", "field"),
    [
        (["--lang", "fr"], {}, "--lang"),
        (["--lang="], {}, "--lang"),
        (["pa", "--lang"], {}, "--lang"),
        (["pa"], {"KOMPCALC_LANG": "dansk"}, "KOMPCALC_LANG"),
    ],
)
def test_a_bad_language_is_a_usage_error_that_names_where(
    args: list[str], env: dict[str, str], field: str
) -> None:
    with pytest.raises(KompcalcError) as caught:
        take_lang(args, env)
    assert caught.value.exit_code == 2 and caught.value.problems[0].field == field


def test_option_value_takes_the_last_before_a_double_dash() -> None:
    args = ["pa", "--rates", "a.yaml", "--rates=b.yaml", "--", "--rates", "c.yaml"]
    assert option_value(args, "--rates") == "b.yaml"
    assert option_value(["pa", "--rates"], "--rates") is None


def test_speaking_sets_the_language_for_the_block_only() -> None:
    assert current() == "da"
    with speaking("en"):
        assert current() == "en"
    assert current() == "da"
