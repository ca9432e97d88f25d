"""Rows of text laid out to fit a width: which columns, how wide, and text wrapped or
cut with an ellipsis.

Text in, lines out: nothing here asks a terminal anything (``cli/screen.py`` decides
the width). Widths are terminal cells, as :func:`rich.cells.cell_len` counts them, so
a wide character takes two.

* A number is never cut or wrapped (a cut number is a wrong number): a column of
  numbers is shown whole or left out.
* The columns marked ``required`` are always shown, their text as whole as the width
  allows. The others follow in the table's order, each if it still fits, and the
  space left widens their text, then the number columns (their headings on fewer
  lines).
* A column's heading wraps at its words, so a number column is as narrow as its
  widest number (or the heading's longest word).
* When the required columns do not fit side by side, each row becomes a card: its
  first cell on a line of its own, then one ``heading  value`` line per column.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from rich.cells import cell_len, chop_cells, set_cell_size

ELLIPSIS = "…"
"""Ends a text cut to fit."""

GAP = 2
"""Blanks between two columns."""

BREAKS = " -_/.,;"
"""Where a wrapped text (a case id) is broken by preference: after one of these."""

CARD_INDENT = 2
"""How far a card's lines are indented under its first line."""


class Kind(Enum):
    """How a column gives way to the width."""

    NUMBER = "number"
    """Right-aligned and never cut: shown whole or not at all."""
    WRAP = "wrap"
    """Text kept whole over as many lines as it needs (a case id: a cut id could name
    two cases)."""
    CUT = "cut"
    """Text cut with an ellipsis (the interventions, the benefit)."""


@dataclass(frozen=True)
class Spec:
    """A column as the layout sees it."""

    heading: str
    kind: Kind
    required: bool = False
    least: int = 1
    """The narrowest a text column gets before it is left out instead."""


@dataclass(frozen=True)
class Layout:
    """Columns chosen and their widths; renders headings, rules and rows."""

    specs: tuple[Spec, ...]
    shown: tuple[int, ...]
    """The indices of the columns shown, in the table's order."""
    widths: tuple[int, ...]
    """The width of each shown column."""

    @property
    def left_out(self) -> list[int]:
        """The indices of the columns not shown."""
        return [i for i in range(len(self.specs)) if i not in self.shown]

    def heading(self) -> list[str]:
        """The headings, each wrapped at its words, aligned at the bottom."""
        blocks = [
            words(self.specs[i].heading, width)
            for i, width in zip(self.shown, self.widths, strict=True)
        ]
        return self._lines(blocks, bottom=True)

    def rule(self) -> str:
        return (" " * GAP).join("-" * width for width in self.widths)

    def row(self, cells: Sequence[str]) -> list[str]:
        """One row, on as many lines as its wrapped cells need."""
        blocks = []
        for i, width in zip(self.shown, self.widths, strict=True):
            kind, cell = self.specs[i].kind, cells[i]
            if kind is Kind.WRAP:
                blocks.append(chop(cell, width))
            elif kind is Kind.CUT:
                blocks.append([cut(cell, width)])
            else:
                blocks.append([cell])
        return self._lines(blocks, bottom=False)

    def _lines(self, blocks: list[list[str]], *, bottom: bool) -> list[str]:
        height = max((len(block) for block in blocks), default=1)
        lines = []
        for k in range(height):
            cells = []
            for i, width, block in zip(self.shown, self.widths, blocks, strict=True):
                at = k - (height - len(block)) if bottom else k
                text = block[at] if 0 <= at < len(block) else ""
                cells.append(pad(text, width, right=self.specs[i].kind is Kind.NUMBER))
            lines.append((" " * GAP).join(cells).rstrip())
        return lines


def plan(specs: Sequence[Spec], rows: Sequence[Sequence[str]], width: int) -> Layout | None:
    """The columns of ``rows`` that fit in ``width``, and their widths; None when the
    required columns alone do not fit side by side (then see :func:`cards`)."""
    natural = [
        max([cell_len(spec.heading), *(cell_len(row[i]) for row in rows)])
        for i, spec in enumerate(specs)
    ]
    least = [_least(spec, [row[i] for row in rows]) for i, spec in enumerate(specs)]

    def need(chosen: Sequence[int]) -> int:
        return sum(least[i] for i in chosen) + GAP * (len(chosen) - 1)

    required = [i for i, spec in enumerate(specs) if spec.required]
    if need(required) > width:
        return None
    widths = {i: least[i] for i in required}
    spare = width - need(required)

    def grow(columns: Sequence[int], *, numbers: bool) -> None:
        nonlocal spare
        for i in columns:
            if (specs[i].kind is Kind.NUMBER) is numbers:
                more = min(spare, natural[i] - widths[i])
                widths[i] += more
                spare -= more

    grow(required, numbers=False)  # the required text whole (an id on one line) first
    optional = []
    for i in range(len(specs)):
        if i not in widths and least[i] + GAP <= spare:
            widths[i] = least[i]
            spare -= least[i] + GAP
            optional.append(i)
    grow(optional, numbers=False)  # then the other text cut less
    grow(sorted(widths), numbers=True)  # then the headings of numbers on fewer lines
    chosen = sorted(widths)
    return Layout(tuple(specs), tuple(chosen), tuple(widths[i] for i in chosen))


def natural(specs: Sequence[Spec], rows: Sequence[Sequence[str]]) -> Layout:
    """Every column at its full width, nothing wrapped or cut (``--wide``)."""
    widths = [
        max([cell_len(spec.heading), *(cell_len(row[i]) for row in rows)])
        for i, spec in enumerate(specs)
    ]
    return Layout(tuple(specs), tuple(range(len(specs))), tuple(widths))


def _least(spec: Spec, cells: list[str]) -> int:
    """The narrowest ``spec``'s column can be: a number's widest cell; a text's
    ``least`` (or less, if no cell needs it). Never narrower than the heading's
    longest word."""
    word = max((cell_len(w) for w in spec.heading.split()), default=1)
    widest = max((cell_len(cell) for cell in cells), default=0)
    if spec.kind is Kind.NUMBER:
        return max(widest, word, 1)
    return max(min(widest, spec.least), word, 1)


def cards(
    specs: Sequence[Spec], rows: Sequence[Sequence[str]], width: int
) -> tuple[list[list[str]], list[int]]:
    """Each row as a card of the required columns, and the columns left out.

    A card is its first cell (the id) on lines of its own, then a line for each other
    column: its heading, and its value aligned right beside it. A heading longer than
    the room beside the values wraps at its words, or goes above its value when not
    even a word fits beside it.
    """
    first, *rest = [i for i, spec in enumerate(specs) if spec.required]
    value_width = max((cell_len(row[i]) for row in rows for i in rest), default=0)
    headings = [specs[i].heading for i in rest]
    label_width = max((cell_len(h) for h in headings), default=0)
    label_width = min(label_width, width - CARD_INDENT - GAP - value_width)
    longest_word = max((cell_len(w) for h in headings for w in h.split()), default=0)
    indent = " " * CARD_INDENT
    shown = []
    for row in rows:
        lines = chop(row[first], width)
        for i in rest:
            if label_width >= longest_word:
                *above, last = words(specs[i].heading, label_width)
                value = pad(row[i], value_width, right=True)
                lines += [indent + line for line in above]
                label = pad(last, label_width, right=False)
                lines.append(f"{indent}{label}{' ' * GAP}{value}".rstrip())
            else:
                lines += [indent + line for line in words(specs[i].heading, width - CARD_INDENT)]
                lines.append(pad(row[i], width, right=True))
        shown.append(lines)
    left_out = [i for i, spec in enumerate(specs) if not spec.required]
    return shown, left_out


def pad(text: str, width: int, *, right: bool) -> str:
    """``text`` padded with blanks to ``width`` cells, on the left when ``right``."""
    blanks = " " * max(0, width - cell_len(text))
    return blanks + text if right else text + blanks


def cut(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells, ending in an ellipsis when it was cut."""
    if cell_len(text) <= width:
        return text
    if width < 1:
        return ""
    return set_cell_size(text, width - cell_len(ELLIPSIS)).rstrip() + ELLIPSIS


def chop(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` cells, broken after a blank or a
    punctuation mark where one is near, else anywhere."""
    width = max(width, 2)  # a wide character takes two cells
    lines = []
    while cell_len(text) > width:
        head = chop_cells(text, width)[0]
        at = max(head.rfind(c) for c in BREAKS)
        if at > 0:
            head = head[: at + 1]
        lines.append(head.rstrip(" "))
        text = text[len(head) :].lstrip(" ")
    if text or not lines:
        lines.append(text)
    return lines


def words(text: str, width: int, indent: int = 0) -> list[str]:
    """``text`` wrapped at its blanks into lines of at most ``width`` cells; a word
    longer than a line is chopped. Lines after the first are indented by ``indent``."""
    lines: list[str] = []
    line = ""

    def lead() -> str:
        return " " * indent if lines else ""

    for word in filter(None, text.split(" ")):  # a no-break space does not break
        joined = f"{line} {word}" if line else word
        if cell_len(lead() + joined) <= width:
            line = joined
            continue
        if line:
            lines.append(lead() + line)
        while cell_len(word) > (room := max(width - len(lead()), 2)):
            piece = chop_cells(word, room)[0]
            lines.append(lead() + piece)
            word = word[len(piece) :]
        line = word
    if line or not lines:
        lines.append(lead() + line)
    return lines


def wrap(lines: Sequence[str], width: int) -> list[str]:
    """Each of ``lines`` wrapped to ``width``, continuing two blanks further in than
    it starts (the summary and the rates under the table)."""
    wrapped = []
    for line in lines:
        lead = len(line) - len(line.lstrip(" "))
        if cell_len(line) <= width:
            wrapped.append(line)
            continue
        parts = words(line, width - lead, indent=2)
        wrapped.extend(" " * lead + part for part in parts)
    return wrapped
