"""The note on rates that may not be today's, in words: for stderr and for the report.

:func:`kompcalc.core.freshness.freshness` decides what there is to say; this says it.
Both renderings start with the same sentence. The note on stderr then tells the
person running kompcalc what to do; the report, read by people who never run it,
says what it means for the figures instead, with no command-line options.
"""

from collections.abc import Callable

from kompcalc.core.freshness import Freshness, OldValue
from kompcalc.fmt import day
from kompcalc.texts import t

SHOWN_OLD_VALUES = 5
"""At most this many old amounts are named; the rest are counted."""


def table_years(found: Freshness, lang: str) -> str:
    """The years a table holds for: ``2014``, ``2025–2026`` or ``fra 2025``."""
    first = found.start.year
    if found.end is None:
        return t(lang, "rn_years_open", year=first)
    last = found.end.year
    return str(first) if first == last else f"{first}–{last}"


def _historical(found: Freshness, lang: str) -> str:
    key = "rn_historical_reform" if found.before_reform else "rn_historical"
    return t(lang, key, table=found.table, years=table_years(found, lang))


def _old(found: Freshness, lang: str, name: Callable[[OldValue], str]) -> str:
    shown = found.old[:SHOWN_OLD_VALUES]
    values = ", ".join(t(lang, "rn_old_value", name=name(v), day=day(v.since, lang)) for v in shown)
    if len(found.old) > len(shown):
        values = t(lang, "rn_more", values=values, count=len(found.old) - len(shown))
    return t(lang, "rn_old", table=found.table, day=day(found.day, lang), values=values)


def rates_note(found: Freshness, lang: str) -> str | None:
    """The note for stderr (without its ``Bemærk:``), or None when there is nothing to
    say. Old amounts are named by their keys in the table, where they are mended."""
    if found.historical:
        return f"{_historical(found, lang)} {t(lang, 'rn_historical_advice')}"
    if found.old:
        return _old(found, lang, lambda v: v.key)
    return None


def rates_notice(found: Freshness, lang: str, name: Callable[[OldValue], str]) -> str | None:
    """The same for the report's readers, or None: ``name`` gives an old amount's name
    in plain words."""
    if found.historical:
        return f"{_historical(found, lang)} {t(lang, 'rn_historical_meaning')}"
    if found.old:
        return _old(found, lang, name)
    return None
