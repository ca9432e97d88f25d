"""Fixtures of the hostile tests: a private TMPDIR and a working folder; and Hypothesis
kept out of the project folder."""

import tempfile
from pathlib import Path

import pytest
from hypothesis.configuration import set_hypothesis_home_dir


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config) -> None:
    """Hypothesis writes caches (from collection on) to ``.hypothesis`` in the current
    folder; send them to pytest's temporary folder instead."""
    factory = getattr(config, "_tmp_path_factory", None)
    if isinstance(factory, pytest.TempPathFactory):
        home = factory.mktemp("hypothesis", numbered=False)
    else:
        home = Path(tempfile.mkdtemp(prefix="kompcalc-hypothesis-"))
    set_hypothesis_home_dir(home)


@pytest.fixture(autouse=True)
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder used as TMPDIR, in this process and in the processes it starts,
    so a test can see whatever kompcalc (or a library under it) leaves behind."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder, made the current directory (messages then name files
    as the user gave them)."""
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder
