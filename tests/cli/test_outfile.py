"""Output files are written whole or not at all."""

from pathlib import Path

import pytest

from kompcalc.cli.outfile import write_atomic
from kompcalc.errors import KompcalcError


def test_write_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "out.yaml"
    path.write_text("old", "utf-8")
    write_atomic(path, b"new")
    assert path.read_text("utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "out.yaml"
    path.write_text("old", "utf-8")

    def crash(*_: object) -> None:
        raise KeyboardInterrupt  # Ctrl-C in the middle of writing

    monkeypatch.setattr("os.fsync", crash)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, b"new")
    assert path.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]


def test_an_unwritable_place_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KompcalcError) as info:
        write_atomic(tmp_path / "missing" / "out.yaml", b"x")
    assert "out.yaml: cannot be written" in str(info.value)
