"""What each column of a case list holds, in words: the help on the template's
headers and the guide sheet (Vejledning) that explains the whole format.

Every column has a help text and an example in :mod:`kompcalc.texts.caselists`, named by
its group and key (:func:`help_key`, :func:`example_key`).
"""

import typing
from dataclasses import dataclass

from kompcalc.core.cases import Intervention
from kompcalc.core.columns import (
    CASE,
    COLUMNS,
    EXPECTED,
    INTERVENTIONS,
    META,
    Column,
    Savings,
)
from kompcalc.texts import t

GUIDE_SAVINGS = Savings(12)
"""The savings column the guide shows (there is one per month)."""

_MODELS = {
    model.model_fields["kind"].default: model
    for model in typing.get_args(typing.get_args(Intervention)[0])
}
"""Each intervention's model by its kind."""


def _name(column: Column | Savings) -> str:
    if isinstance(column, Savings):
        return f"{EXPECTED}_savings"
    return f"{column.group}_{column.key or 'flag'}"


def help_key(column: Column | Savings) -> str:
    """The text key of what ``column`` holds."""
    return f"col_{_name(column)}"


def example_key(column: Column | Savings) -> str:
    """The text key of an example of ``column``'s cells."""
    return f"ex_{_name(column)}"


def required(column: Column | Savings, lang: str) -> str:
    """Whether a row must fill ``column``: always, when its scheme is used, or not."""
    if isinstance(column, Savings):
        return ""
    if column.required:
        return t(lang, "flag_yes")
    model = _MODELS.get(column.group)
    if model is not None and column.key and model.model_fields[column.key].is_required():
        return t(lang, "guide_required_scheme")
    return ""


def comment(column: Column | Savings, lang: str) -> str:
    """The help on a header: what it holds, and an example."""
    example = t(lang, "tpl_comment_example", example=t(lang, example_key(column)))
    return f"{t(lang, help_key(column))}\n{example}"


def introduction(lang: str) -> list[str]:
    """The guide's paragraphs before the table of columns."""
    labels = ", ".join(en if lang == "en" else da for _, da, en in META)
    items = t(lang, "ex_aids_items")
    return [
        t(lang, "guide_one_row", sheet=t(lang, "sheet_cases")),
        t(lang, "guide_empty"),
        t(lang, "guide_schemes"),
        t(lang, "guide_items", example=items),
        t(lang, "guide_path", example="sygedagpenge=5; ledighedsydelse"),
        t(lang, "guide_numbers"),
        t(lang, "guide_meta", labels=labels),
        t(lang, "guide_notes"),
    ]


@dataclass(frozen=True)
class GuideRow:
    """One column explained: its headers, what it holds, an example, whether required."""

    da: str
    en: str
    holds: str
    example: str
    required: str


def group_title(group: str, lang: str) -> str:
    if group in INTERVENTIONS:
        return t(lang, f"kind_{group}")
    return t(lang, "guide_group_case" if group == CASE else "guide_group_expected")


def guide_table(lang: str) -> list[str | GuideRow]:
    """The columns, each group under its title (a plain string); the savings columns
    (one per month) last, among the expected figures."""
    rows: list[str | GuideRow] = []
    group = None
    every: tuple[Column | Savings, ...] = (*COLUMNS, GUIDE_SAVINGS)
    for column in every:
        if isinstance(column, Column) and column.group != group:
            group = column.group
            rows.append(group_title(group, lang))
        rows.append(
            GuideRow(
                column.header("da"),
                column.header("en"),
                t(lang, help_key(column)),
                t(lang, example_key(column)),
                required(column, lang),
            )
        )
    return rows
