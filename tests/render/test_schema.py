"""``kompcalc schema``: the case file's JSON Schema, its descriptions in the language."""

import json
import re
from typing import Any

import pytest

from kompcalc.core.cases import CaseFile
from kompcalc.render.schema import DESCRIPTIONS
from kompcalc.texts import LANGS, t
from tests.helpers import RunCli


def _descriptions(node: Any, path: tuple[str, ...] = ()) -> dict[tuple[str, ...], str]:
    """Every description in a schema, by the path to the object that holds it."""
    found = {}
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                found[path] = value
            else:
                found |= _descriptions(value, (*path, key))
    return found


def test_every_description_the_models_give_has_a_text() -> None:
    """A new model or a new field description needs its text in texts/schema.py."""
    assert set(_descriptions(CaseFile.model_json_schema())) == set(DESCRIPTIONS)


@pytest.mark.parametrize("lang", LANGS)
def test_the_schema_is_described_in_the_language(cli: RunCli, lang: str) -> None:
    run = cli("schema", "--lang", lang)
    assert run.code == 0 and run.err == ""
    schema = json.loads(run.out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == {"da": "kompcalc sagsfil", "en": "kompcalc case file"}[lang]
    found = _descriptions(schema)
    assert found == {path: t(lang, key) for path, key in DESCRIPTIONS.items()}
    english = re.compile(r"\b(the|and|with|which|one|case)\b")
    danish = re.compile(r"\b(og|med|til|en|sagen|ydelsen)\b")
    other = danish if lang == "en" else english
    assert [text for text in found.values() if other.search(text)] == []
    assert not any(":mod:" in text or "``" in text for text in found.values())


def test_the_keys_stay_english_in_danish(cli: RunCli) -> None:
    da = json.loads(cli("schema").out)
    en = json.loads(cli("schema", "--lang", "en").out)
    assert set(da["$defs"]["Case"]["properties"]) == set(en["$defs"]["Case"]["properties"])
    assert "hours_per_week" in da["$defs"]["PersonalAssistance"]["properties"]


def _number(field: dict[str, Any]) -> dict[str, Any]:
    """A number field's number branch (a number may also be written as text)."""
    return next(branch for branch in field["anyOf"] if branch.get("type") == "number")


def test_the_numbers_limits_and_ore_are_in_the_schema() -> None:
    """An editor reads the standard bounds; the øre rule is told as pydantic tells it."""
    defs = CaseFile.model_json_schema()["$defs"]
    hours = defs["PersonalAssistance"]["properties"]["hours_per_week"]
    assert _number(hours) == {"type": "number", "exclusiveMinimum": 0, "maximum": 7 * 24}
    amount = defs["AidItem"]["properties"]["amount"]
    assert _number(amount) == {"type": "number", "exclusiveMinimum": 0, "maximum": 10_000_000}
    assert hours["decimal_places"] == amount["decimal_places"] == 2
    assert not any(key in hours for key in ("ge", "gt", "le"))  # no unread keys of its own
