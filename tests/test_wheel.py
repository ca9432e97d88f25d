"""The installed wheel finds its shipped rate tables, example and templates, away from
any checkout."""

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ROOT


@pytest.mark.slow
def test_wheel_in_a_fresh_venv_finds_the_default_rates(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("kompcalc-*.whl"))
    with zipfile.ZipFile(wheel) as packed:  # the shipped tables' trusted form, beside them
        assert "kompcalc/rates/shipped.json" in packed.namelist()
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    subprocess.run(
        [str(bin_dir / "pip"), "install", "--quiet", str(wheel)], check=True, capture_output=True
    )
    run = subprocess.run(
        [str(bin_dir / "kompcalc"), "pa", "--hours", "12", "--json"],
        cwd=tmp_path,  # not the checkout: only the packaged table can be found
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["rates"]["tables"] == ["sjh-2014"]
    assert data["monthly"]["net"] == "2979.39"
    current = subprocess.run(
        [str(bin_dir / "kompcalc"), "pa", "--hours", "12", "--rates", "dk-seneste", "--json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert current.returncode == 0, current.stderr  # the second table is in the wheel too
    assert json.loads(current.stdout)["rates"]["tables"] == ["dk-seneste"]
    listed = subprocess.run(
        [str(bin_dir / "kompcalc"), "rates", "list", "--json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert listed.returncode == 0, listed.stderr
    assert [t["name"] for t in json.loads(listed.stdout)["tables"]] == ["dk-seneste", "sjh-2014"]
    template = subprocess.run(
        [str(bin_dir / "kompcalc"), "rates", "init", "--year", "2027"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert template.returncode == 0, template.stderr
    assert "name: jobcenter-2027" in template.stdout
    assert template.stdout.startswith("# kompcalc-satstabel for 2027")  # the Danish one
    example = subprocess.run(
        [str(bin_dir / "kompcalc"), "example"],
        cwd=tmp_path,
        capture_output=True,
        check=False,
    )
    assert example.returncode == 0, example.stderr  # the example is in the wheel
    assert example.stdout == (ROOT / "examples" / "kompensering-med-gevinst.yaml").read_bytes()
    sheet = subprocess.run(
        [str(bin_dir / "kompcalc"), "example", "-o", "example.xlsx", "--lang", "en"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert sheet.returncode == 0 and sheet.stderr == "Wrote 10 cases to example.xlsx.\n"
    checked = subprocess.run(
        [str(bin_dir / "kompcalc"), "batch", "example.xlsx", "--check"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    helped = subprocess.run(
        [str(bin_dir / "kompcalc"), "pa", "--help", "--lang", "en"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert helped.returncode == 0 and helped.stdout.startswith("Usage: kompcalc pa --hours")
    cases = tmp_path / "cases.yaml"
    cases.write_text((ROOT / "examples" / "kompensering-med-gevinst.yaml").read_text("utf-8"))
    report = subprocess.run(
        [str(bin_dir / "kompcalc"), "report", str(cases), "-o", str(tmp_path / "r.html")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert report.returncode == 0, report.stderr  # the report's template is in the wheel
    assert (tmp_path / "r.html").read_text("utf-8").count('<article class="card"') == 10
