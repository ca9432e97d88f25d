"""The case file's JSON Schema (``kompcalc schema``), described in the reader's language.

The keys and titles are pydantic's, made from the models (they are the file format).
The descriptions pydantic takes from the models' docstrings are written for
developers; each is replaced by its text in :mod:`kompcalc.texts.schema`, at the
place :data:`DESCRIPTIONS` names.
"""

from typing import Any

from kompcalc.core.cases import CaseFile
from kompcalc.texts import t

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

DESCRIPTIONS: dict[tuple[str, ...], str] = {
    (): "schema_case_file",
    ("properties", "organisation"): "schema_organisation",
    ("properties", "author"): "schema_author",
    ("$defs", "Case"): "schema_case",
    ("$defs", "BenefitStep"): "schema_benefit_step",
    ("$defs", "Expected"): "schema_expected",
    ("$defs", "PersonalAssistance"): "schema_personal_assistance",
    ("$defs", "EducationAssistance"): "schema_education_assistance",
    ("$defs", "Aids"): "schema_aids",
    ("$defs", "AidItem"): "schema_aid_item",
    ("$defs", "Mentor"): "schema_mentor",
    ("$defs", "Icebreaker"): "schema_icebreaker",
    ("$defs", "RecurringCost"): "schema_recurring_cost",
    ("$defs", "PriorityAccess"): "schema_priority_access",
}
"""Where the schema has a description, and the text that says it."""


def case_file_schema(lang: str) -> dict[str, Any]:
    """The JSON Schema of a case file, its title and descriptions in ``lang``."""
    data = CaseFile.model_json_schema()
    for path, key in DESCRIPTIONS.items():
        node = data
        for part in path:
            node = node[part]
        node["description"] = t(lang, key)
    return {"$schema": SCHEMA_DIALECT, **data, "title": t(lang, "schema_title")}
