"""The shipped tables are found inside an installed package, a zipped one and a checkout."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ROOT

FIND = "from kompcalc.loading.shipped import shipped_folder, shipped_tables; " + (
    "print(shipped_folder()); print(shipped_tables())"
)


def _installed(tmp_path: Path) -> Path:
    """The package as a wheel installs it: its tables in ``kompcalc/rates``."""
    site = tmp_path / "site"
    shutil.copytree(ROOT / "src" / "kompcalc", site / "kompcalc")
    shutil.copytree(ROOT / "rates", site / "kompcalc" / "rates")
    return site


def _found(path: Path, tmp_path: Path) -> list[str]:
    run = subprocess.run(
        [sys.executable, "-c", FIND],
        env={"PYTHONPATH": str(path), "PATH": ""},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    return run.stdout.splitlines()


def test_a_checkout_finds_its_rates_folder(tmp_path: Path) -> None:
    """kompcalc run from ``src/`` of a checkout (not installed) finds ``rates/`` beside it
    (the suite itself may run an installed copy, as CI's first run does)."""
    folder, tables = _found(ROOT / "src", tmp_path)
    assert Path(folder) == ROOT / "rates"
    assert tables == str(sorted(p.stem for p in (ROOT / "rates").glob("*.yaml")))


@pytest.mark.parametrize("zipped", [False, True])
def test_an_installed_package_finds_the_tables_inside_it(tmp_path: Path, zipped: bool) -> None:
    site = _installed(tmp_path)
    if zipped:
        archive = tmp_path / "site.zip"
        with zipfile.ZipFile(archive, "w") as packed:
            for file in site.rglob("*"):
                if file.is_file() and "__pycache__" not in file.parts:
                    packed.write(file, file.relative_to(site).as_posix())
        shutil.rmtree(site)
        site = archive
    folder, tables = _found(site, tmp_path)
    assert folder.rstrip("/") == f"{site}/kompcalc/rates"
    assert tables == str(sorted(p.stem for p in (ROOT / "rates").glob("*.yaml")))
