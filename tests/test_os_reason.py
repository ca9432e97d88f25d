"""The system's reasons for a file that cannot be read or written, in the user's
language: the system gives them in English whatever the language."""

import errno
import os
import sys
from pathlib import Path

import pytest

from kompcalc.errors import _OS_REASONS, msg, os_reason
from kompcalc.texts import say, template
from tests.helpers import EXAMPLE, RunCli


def _unwritable(code: int, lang: str) -> str:
    exc = OSError(code, os.strerror(code))
    return say(msg("file_unwritable", reason=os_reason(exc)), lang)


def test_a_known_reason_is_told_in_danish_and_in_english() -> None:
    assert _unwritable(errno.ENOSPC, "da") == "kan ikke skrives: der er ikke mere plads på drevet"
    assert _unwritable(errno.ENOSPC, "en") == "cannot be written: No space left on device"


def test_a_reason_kompcalc_does_not_know_keeps_the_systems_words() -> None:
    assert _unwritable(errno.EBUSY, "da") == f"kan ikke skrives: {os.strerror(errno.EBUSY)}"
    assert say(msg("file_unreadable", reason=os_reason(OSError("odd"))), "da").endswith("odd")


@pytest.mark.skipif(sys.platform != "linux", reason="the system's words differ elsewhere")
@pytest.mark.parametrize("code", sorted(_OS_REASONS))
def test_the_english_is_the_systems_own(code: int) -> None:
    assert template("en", _OS_REASONS[code]) == os.strerror(code)


def test_an_output_in_a_missing_folder_is_told_in_danish(cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "mangler" / "resultat.json"
    run = cli("batch", str(EXAMPLE), "-o", str(out))
    assert run.code == 1
    assert f"{out}: kan ikke skrives: filen eller mappen findes ikke" in run.err
