"""What the property suite found beyond the issue's list: a message must be one line.

The README promises one line per message on stderr. Two ways that breaks today, each
found by ``tests/hostile/test_properties.py``.
"""

import pytest

from tests.helpers import RunCli, without_shipped_note
from tests.hostile.check import assert_refused, assert_sound


@pytest.mark.parametrize("lang", ["da", "en"])
def test_fuzz_finding_a_long_warning_is_one_line(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """``pa --hours 21``: the warning about more than 20 hours is one line on stderr,
    whatever the terminal's width (rich wraps it at 80 or 120 columns today)."""
    monkeypatch.setenv("COLUMNS", "80")
    run = cli("pa", "--hours", "21", "--json", "--lang", lang)
    assert_sound(run)
    assert run.code == 0
    assert len(without_shipped_note(run.err, lang).splitlines()) == 1


@pytest.mark.parametrize("text", ["1\r2", "1\x1b[2J", "\x1e"])
def test_fuzz_finding_a_control_character_is_not_echoed_raw(cli: RunCli, text: str) -> None:
    """``--amount $'1\\r2'``: refused in one line that does not carry the carriage
    return (or an ESC, or a record separator) raw to the terminal."""
    run = cli("aid", "--amount", text, "--lang", "en")
    assert_refused(run, 2, field="--amount")
    assert not any(c in run.err for c in "\r\x1b\x1e")
