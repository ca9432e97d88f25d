"""The shipped tables' trusted form: the YAML fully validated, committed, loaded
without validating again, and never trusted once the YAML has changed."""

import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from kompcalc.errors import KompcalcError
from kompcalc.loading import ratefile, shipped, trusted
from kompcalc.loading.ratefile import load_table
from kompcalc.loading.shipped import shipped_tables
from tests.helpers import ROOT

NAMES = shipped_tables()


def _shape(value: Any) -> Any:
    """Every model's class and fields set, every container's type and every scalar's
    type and value: what ``==`` on models does not compare."""
    if isinstance(value, BaseModel):
        fields = [(name, _shape(getattr(value, name))) for name in type(value).model_fields]
        return (type(value), sorted(value.model_fields_set), fields)
    if isinstance(value, tuple | list):
        return (type(value), [_shape(item) for item in value])
    if isinstance(value, dict):
        return (dict, [(key, _shape(item)) for key, item in value.items()])
    return (type(value), repr(value))


def test_the_committed_form_is_the_shipped_yaml_fully_validated() -> None:
    committed = (ROOT / "rates" / trusted.TRUSTED_FILE).read_text(encoding="utf-8")
    assert trusted.generate() == committed, "run: python -m kompcalc.loading.trusted"


@pytest.mark.parametrize("name", NAMES)
def test_a_shipped_table_from_its_trusted_form_is_the_validated_table(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    validated = load_table(Path(name), trust=False)

    def no_yaml(name: str) -> Any:
        raise AssertionError(f"read the YAML of {name}")

    with monkeypatch.context() as patched:
        patched.setattr(ratefile, "read_shipped", no_yaml)
        fast = load_table(Path(name))
    assert fast.table == validated.table
    assert _shape(fast.table) == _shape(validated.table)
    assert (fast.layers, fast.overrides) == (validated.layers, validated.overrides)
    # the data and lines are read when asked for, for a message that names a line
    assert fast.data == validated.data
    assert fast.index.file == validated.index.file == f"rates/{name}.yaml"


def _copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "rates"
    shutil.copytree(ROOT / "rates", folder)
    monkeypatch.setattr(shipped, "_shipped_dir", lambda: folder)
    return folder


def test_a_changed_shipped_yaml_is_validated_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _copy(tmp_path, monkeypatch)
    assert load_table(None).table.pa_hourly_rate.entries[0].value == Decimal("114.68")
    yaml = folder / "sjh-2014.yaml"
    text = yaml.read_text(encoding="utf-8")
    assert "value: 114.68" in text
    yaml.write_text(text.replace("value: 114.68", "value: -114.68"), encoding="utf-8")
    with pytest.raises(KompcalcError) as caught:
        load_table(None)
    assert caught.value.problems[0].file == "rates/sjh-2014.yaml"
    yaml.write_text(text.replace("value: 114.68", "value: 120.5"), encoding="utf-8")
    assert load_table(None).table.pa_hourly_rate.entries[0].value == Decimal("120.5")


def test_without_a_trusted_form_the_shipped_yaml_is_validated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _copy(tmp_path, monkeypatch)
    (folder / trusted.TRUSTED_FILE).unlink()
    assert trusted.load_trusted("sjh-2014") is None
    assert load_table(None).table == load_table(None, trust=False).table


def test_a_users_own_table_is_always_validated(tmp_path: Path) -> None:
    own = tmp_path / "sjh-2014.yaml"  # named as a shipped table, but a file
    text = (ROOT / "rates" / "sjh-2014.yaml").read_text(encoding="utf-8")
    own.write_text(text.replace("value: 114.68", "value: -114.68"), encoding="utf-8")
    with pytest.raises(KompcalcError):
        load_table(own)


def test_sets_are_laid_over_the_validated_table() -> None:
    """``--set`` changes the data and validates the result, so it never takes the
    trusted form."""
    loaded = load_table(None, sets=[("pa_hourly_rate", Decimal("120"))])
    assert loaded.table.pa_hourly_rate.entries[0].value == 120
    assert loaded.before_set == load_table(None).table
