"""``kompcalc batch`` on a terminal (forced: pytest's streams are not terminals): the
table fits ``COLUMNS``, a pipe still gets every column, ``--wide``, the page of cases,
the line after ``-o``, and the progress bar that is gone before anything is said."""

import io
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console

from kompcalc.cli import progress
from kompcalc.render.rows import columns
from tests.helpers import EXAMPLE, ROOT, RunCli, without_shipped_note

GENERATOR = ROOT / "benchmarks" / "gen_cases.py"
HEADINGS = [col.heading for col in columns((12, 24, 36), "da")]


def generated(tmp_path: Path, count: int) -> Path:
    path = tmp_path / f"gen-{count}.yaml"
    text = subprocess.run(
        [sys.executable, str(GENERATOR), str(count)], check=True, capture_output=True, text=True
    ).stdout
    path.write_text(text, encoding="utf-8")
    return path


def on_terminal(monkeypatch: pytest.MonkeyPatch, columns: int, lines: int = 50) -> None:
    """Make stdout a terminal of ``columns`` x ``lines``. Call it in the test itself:
    pytest puts ``capsys``'s stdout in place only once the test is called."""
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.setenv("LINES", str(lines))


@pytest.mark.parametrize("width", [80, 120, 215])
def test_on_a_terminal_no_line_is_wider_than_columns(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    on_terminal(monkeypatch, width)
    run = cli("batch", str(EXAMPLE))
    assert run.code == 0, run.err
    assert max(cell_len(line) for line in run.out.splitlines()) <= width
    assert "planner-herniated-" in run.out and "3.884.684,44 kr." in run.out
    assert ("ikke vist" in run.out.lower()) == (width < 215)  # 215 holds every column, cut


def test_a_pipe_gets_every_column_whatever_columns_says(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    run = cli("batch", str(EXAMPLE))
    heading, rule, *rest = run.out.splitlines()
    assert all(h in heading for h in HEADINGS)
    assert len(rule) > 250 and "Ikke vist" not in run.out
    assert sum(line.startswith("planner-herniated-disc ") for line in rest) == 1


def test_wide_on_a_terminal_shows_every_column(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_terminal(monkeypatch, 80)
    run = cli("batch", str(EXAMPLE), "--wide")
    assert all(h in run.out.splitlines()[0] for h in HEADINGS)
    assert "Ikke vist" not in run.out


def test_output_to_a_file_is_whole_on_a_terminal_too(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    on_terminal(monkeypatch, 80)
    out = tmp_path / "sager.txt"
    assert cli("batch", str(EXAMPLE), "-o", str(out)).code == 0
    assert all(h in out.read_text("utf-8").splitlines()[0] for h in HEADINGS)


def test_a_terminal_shows_a_page_of_cases_and_says_how_many_more(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    on_terminal(monkeypatch, 100, 24)  # fewer than 20 + 16 lines: the page's least, 20 cases
    run = cli("batch", str(generated(tmp_path, 35)))
    assert run.code == 0, run.err
    shown = [line for line in run.out.splitlines() if line.startswith("sag-0000")]
    assert len(shown) == 20
    assert "… og 15 sager mere; se dem alle med -o resultat.xlsx eller > resultat.txt" in run.out
    assert "Sager: 35 regnet, 0 fejlet." in run.out


@pytest.mark.parametrize(
    ("lang", "said"), [("da", "Skrev 10 sager til {}."), ("en", "Wrote 10 cases to {}.")]
)
@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".json", ".txt"])
def test_output_to_a_file_ends_with_one_line_saying_so(
    cli: RunCli, tmp_path: Path, lang: str, said: str, suffix: str
) -> None:
    out = tmp_path / f"sager{suffix}"
    run = cli("batch", str(EXAMPLE), "-o", str(out), "--lang", lang)
    assert run.code == 0 and run.out == ""
    assert without_shipped_note(run.err, lang) == said.format(out) + "\n"


def test_output_to_stdout_says_nothing_of_writing(cli: RunCli) -> None:
    run = cli("batch", str(EXAMPLE), "--format", "csv")
    assert run.code == 0 and without_shipped_note(run.err) == ""


def test_the_line_after_o_counts_the_cases_computed_and_comes_last(
    cli: RunCli, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "cases:\n  - {id: a, benefit: sygedagpenge, interventions: [{kind: aids, amount: 10}]}\n"
        "  - {id: b, benefit: nej, interventions: [{kind: aids, amount: 10}]}\n",
        encoding="utf-8",
    )
    out = tmp_path / "sager.csv"
    run = cli("batch", str(bad), "-o", str(out))
    assert run.code == 1
    assert run.err.splitlines()[-1] == f"Skrev 1 sag til {out}."


class Recorder:
    """A stand-in for the progress bar that notes when it is updated and stopped."""

    def __init__(self, events: list[str]) -> None:
        self.events = events

    def update(self, done: int, total: int) -> None:
        self.events.append("update")

    def stop(self) -> None:
        self.events.append("stop")

    def __enter__(self) -> "Recorder":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


@pytest.mark.parametrize("command", ["batch", "report"])
def test_the_bar_is_stopped_before_anything_is_said(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, command: str
) -> None:
    events: list[str] = []
    monkeypatch.setattr(progress, "progress_bar", lambda lang: Recorder(events))
    write = sys.stderr.write

    def said(text: str) -> int:
        events.append("said")
        return write(text)

    monkeypatch.setattr(sys.stderr, "write", said)
    args = ["-o", str(tmp_path / "r.html")] if command == "report" else []
    run = cli(command, str(generated(tmp_path, 2500)), *args)  # warnings: PA above 20 hours
    assert run.code == 0, run.err
    assert "update" in events and "said" in events
    stopped = events.index("stop")
    assert "said" not in events[:stopped] and "update" not in events[stopped:]


def test_no_bar_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    assert progress.progress_bar("da") is None
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert isinstance(progress.progress_bar("da"), progress.ProgressBar)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_bar_shows_only_after_its_delay_and_never_after_it_is_stopped() -> None:
    clock = Clock()
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=60)
    bar = progress.ProgressBar("da", delay=1.0, clock=clock, console=console)
    bar.update(10, 100)
    clock.now += 0.9
    bar.update(20, 100)
    assert not bar.showing and screen.getvalue() == ""
    clock.now += 0.2
    bar.update(30, 100)
    assert bar.showing
    bar.stop()
    assert "Regner sager" in screen.getvalue()
    bar.update(40, 100)
    assert not bar.showing
    bar.stop()  # again: nothing to do


def test_the_bar_is_cleared_when_stopped_and_leaves_stdout_and_stderr_alone() -> None:
    clock = Clock()
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=60)
    streams = (sys.stdout, sys.stderr)
    with progress.ProgressBar("da", delay=0, clock=clock, console=console) as bar:
        bar.update(30, 100)
        assert bar.showing and (sys.stdout, sys.stderr) == streams
    assert screen.getvalue().endswith("\x1b[1A\x1b[2K")  # up a line, and erase it


def test_messages_on_a_terminal_wrap_at_its_width(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "60")
    run = cli("batch", str(EXAMPLE), "--format", "csv")
    lines = run.err.splitlines()
    assert lines[0].startswith("Bemærk: Satstabellen sjh-2014 er historisk")
    assert len(lines) > 1 and all(line.startswith("  ") for line in lines[1:])
    assert max(cell_len(line) for line in lines) <= 60
