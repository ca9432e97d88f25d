"""Small files that cost a great deal: time that grows with the square of the nesting.

Class 13 of the hostile-input issue. (Class 14, the memory of a million tiny cases, is
measured by ``benchmarks/memory.py``, not here.)
"""

import subprocess
import time
from pathlib import Path

import pytest

from tests.hostile.check import assert_refused, process_env, run_process

DEPTH = 100_000
LIMIT_SECONDS = 5

DEEP = {
    "case file": (
        "deep.yaml",
        f"cases: {'[' * DEPTH}{']' * DEPTH}\n",
        ("batch", "deep.yaml"),
    ),
    "unclosed": ("deep.yaml", f"cases: {'[' * DEPTH}\n", ("batch", "deep.yaml")),
    "rate file": (
        "deep.yaml",
        f"base: sjh-2014\nname: egen\nx: {'[' * DEPTH}{']' * DEPTH}\n",
        ("pa", "--hours", "12", "--rates", "deep.yaml"),
    ),
}


@pytest.mark.parametrize("name", list(DEEP))
def test_class_13_deep_nesting_is_refused_quickly(
    tmp_path: Path, temp_folder: Path, name: str
) -> None:
    """100,000 nested ``[`` (0.2 MB): one located error line and exit 1 within 5 s
    (it took 46 s)."""
    file, text, args = DEEP[name]
    (tmp_path / file).write_text(text, "utf-8")
    start = time.monotonic()
    try:
        run = run_process(
            (*args, "--lang", "en"),
            cwd=tmp_path,
            env=process_env(temp_folder),
            timeout=LIMIT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"still running after {LIMIT_SECONDS} s")
    assert time.monotonic() - start < LIMIT_SECONDS
    assert_refused(run, 1, field=f"{file}:")
