"""Texts without values, each looked up once: a batch's rows say a scheme's name or a
break-even (``straks``, ``nås ikke``) for nearly every case, and a text's lookup and
formatting cost half a microsecond."""

from kompcalc.texts import t

_WORDS: dict[tuple[str, str], str] = {}
"""Each text said so far, by (language, key)."""


def word(lang: str, key: str) -> str:
    """The text ``key`` (one without values) in ``lang``, as :func:`t` gives it."""
    found = _WORDS.get((lang, key))
    if found is None:
        found = _WORDS[lang, key] = t(lang, key)
    return found
