"""The batch workbook's case rows as the sheet's XML, made where each row is computed.

Why: through XlsxWriter's API a row of the case sheet (17 cells) costs about 85 µs,
and about 9 µs more to zip, all in the one process that writes the workbook once
both halves of a split batch are computed: some 9.5 s for 100,000 rows, most of the
time the whole batch may take (measured with ``constant_memory``, the fastest mode and
the one the batch uses). XlsxWriter cannot take a row made elsewhere, and no other
writer kept up as well makes this workbook (bold totals over a rule, two header
styles, a summary sheet). So XlsxWriter still writes the whole workbook (every sheet,
the styles, the title, the header and the totals, widths, panes, filter, printing)
except the cases' rows: each of those is made here, by :class:`RowTemplates`, in
whichever process computes the case, as the very XML XlsxWriter writes for it, with
the numbers known only when the workbook is written left as fields (the row's number
``%(n)d``, each cell's style ``%(t)d``, filled by ``bytes % mapping``); :func:`filled`
numbers the rows in the writing process and :func:`splice` puts them into
XlsxWriter's sheet, before the totals, as it copies the workbook part by part.

What it reproduces (XlsxWriter's ``Worksheet._write_single_row``, ``_write_row``,
``_write_cell`` and ``XMLwriter``'s inline strings, as a ``constant_memory`` workbook
writes them):

* a row: ``<row r="7">``, or ``<row r="7" ht="30" customHeight="1">`` when it is
  higher than a line (:func:`row_start`); no ``spans`` in this mode;
* a number: ``<c r="F7" s="5"><v>1234.50</v></c>``, the Decimal formatted ``.16G``
  as XlsxWriter 3.3 formats it: its own digits, never through a float (3.1, the
  oldest XlsxWriter kompcalc takes, went through a float and wrote ``1234.5``: the
  same value);
* a text: ``<c r="A7" s="2" t="inlineStr"><is><t>…</t></is></c>`` (:func:`text_xml`):
  cut to Excel's 32,767 UTF-16 units (3.1 cut by characters), control characters as
  ``_xHHHH_`` (and a literal ``_xHHHH_`` as ``_x005F_xHHHH_``), ``&``, ``<`` and ``>``
  escaped, ``xml:space="preserve"`` when it begins or ends with white space;
* an empty text: no cell; a row without cells: nothing, however high.

Another difference, on purpose: XlsxWriter writes a text that begins with ``<r>``
and ends with ``</r>`` as ready-made rich-text XML, unescaped, so such a text in a
case file broke the workbook; here it is text like any other.

What guards it: ``tests/render/test_sheetrows_xml.py`` writes the same rows both
ways, through XlsxWriter and through this module, and compares every part of the two
workbooks byte for byte, over hostile text and numbers; CI runs it with the lowest
XlsxWriter allowed as well as the newest.
"""

import functools
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import IO, Any

from kompcalc.render.export import neutralise
from kompcalc.render.rows import Cell
from kompcalc.render.sheetstyle import height

CASES_PART = "xl/worksheets/sheet1.xml"
"""The case sheet's part in the workbook: the first sheet added."""

TEXT_MOST = 32_767
"""The longest text a cell holds, in UTF-16 units; XlsxWriter cuts a longer one."""

TEXT_CACHE = 4096
"""How many texts' XML is remembered (a case list repeats many of its texts:
benefits, interventions, descriptions)."""

CHUNK = 512
"""How many rows :func:`filled` gives at a time."""

_ATTENTION = re.compile(r"[&<>%\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
"""Anything in a text that is not written as it is."""

_ESCAPE_LIKE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")


def text_xml(text: str) -> str:
    """The ``<t>`` element of a cell holding ``text``, as XlsxWriter writes it, with
    every ``%`` doubled (the row is a template for ``bytes % mapping``)."""
    if len(text) > TEXT_MOST // 2:
        text = _cut(text)
    if _ATTENTION.search(text):
        text = _ESCAPE_LIKE.sub(r"_x005F\1", text)
        text = _CONTROL.sub(lambda found: f"_x{ord(found.group()):04X}_", text)
        text = text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        text = text.replace("%", "%%")
    if text[:1].isspace() or text[-1:].isspace():  # what XlsxWriter's ^\s and \s$ find
        return f'<t xml:space="preserve">{text}</t>'
    return f"<t>{text}</t>"


def _cut(text: str) -> str:
    """``text`` cut to :data:`TEXT_MOST` UTF-16 units, never inside a character."""
    if len(text.encode("utf-16-le", "surrogatepass")) // 2 <= TEXT_MOST:
        return text
    units = 0
    for i, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > TEXT_MOST:
            return text[:i]
    return text  # pragma: no cover - the loop always cuts a text that is too long


class RowTemplates:
    """A case's row as XML with fields for its number and its cells' styles.

    Made once per workbook, before a split batch forks; :meth:`render` depends on
    nothing but the row, so either process may run it.
    """

    def __init__(self, styles: Sequence[str], never: str) -> None:
        """``styles``: each column's style field (a letter; :func:`filled` maps it to
        XlsxWriter's number for the style); ``never``: the text of a None cell (a
        break-even never reached)."""
        import xlsxwriter  # only when asked for: it takes a moment to import

        self._starts = [
            f'<c r="{xlsxwriter.utility.xl_col_to_name(j)}%(n)d" s="%({style})d"'
            for j, style in enumerate(styles)
        ]
        self._never = f' t="inlineStr"><is>{text_xml(never)}</is></c>'
        self._text = functools.lru_cache(maxsize=TEXT_CACHE)(_text_cell)
        self._row_starts: dict[int, str] = {}

    def render(self, cells: Sequence[Cell], lines: int) -> bytes:
        """The row of ``cells``, ``lines`` lines high: a number as a number, a text
        neutralised, an empty text left out; nothing for a row without cells,
        however high."""
        row = self._row_starts.get(lines)
        if row is None:
            row = self._row_starts[lines] = row_start(lines, height(lines))
        parts = [row]
        for start, cell in zip(self._starts, cells, strict=True):
            if cell.__class__ is Decimal:
                parts.append(f"{start}><v>{_number(cell)}</v></c>")
            elif isinstance(cell, str):
                if cell:
                    parts.append(start + self._text(cell))
            else:
                parts.append(start + self._never)
        if len(parts) == 1:
            return b""
        parts.append("</row>")
        return "".join(parts).encode()


def _text_cell(text: str) -> str:
    """The rest of a text cell's XML after its style."""
    return f' t="inlineStr"><is>{text_xml(neutralise(text))}</is></c>'


def _number(value: Decimal) -> str:
    """``value`` as XlsxWriter writes it, ``format(value, ".16G")``. A Decimal of at
    most 16 digits is not rounded by that, and then both place the point and choose
    an exponent as ``str`` does (the rule of the decimal specification), which is
    quicker; ``str`` is at least as long as the digits."""
    shown = str(value)
    return shown if len(shown) <= 16 else f"{value:.16G}"


def styles_in(template: bytes, styles: Iterable[str]) -> list[str]:
    """Which of ``styles`` the row ``template`` uses, in the order it first uses them
    (the order XlsxWriter numbers its formats in)."""
    found = [(template.find(b's="%%(%s)d"' % style.encode()), style) for style in styles]
    return [style for at, style in sorted(found) if at >= 0]


def style_numbers(formats: Mapping[str, Any], order: Iterable[str]) -> dict[str, int]:
    """XlsxWriter's number for each style field's format, the formats numbered in
    ``order`` (the order the rows first use them in, as XlsxWriter would number them
    writing the rows). Called right after the row above the cases is written (which
    numbers that row's styles) and before anything below: XlsxWriter numbers a format
    when a row first uses it. The one call into XlsxWriter's private API
    (``Format._get_xf_index``), guarded by the tests that compare whole workbooks."""
    return {field: formats[field]._get_xf_index() for field in order}


def row_start(lines: int, points: float) -> str:
    """The start tag of a row of ``lines`` lines, ``points`` high, as XlsxWriter
    writes it after ``set_row(row, points)`` (which a row of one line does not get)."""
    if lines == 1:
        return '<row r="%(n)d">'
    pixels = int(points * 4.0 / 3.0 + 0.5)
    return f'<row r="%(n)d" ht="{pixels * 0.75:.16g}" customHeight="1">'


def filled(rows: Iterable[bytes], first: int, styles: Mapping[str, int]) -> Iterator[bytes]:
    """The rows' XML (each a :meth:`RowTemplates.render`), numbered from ``first``
    (Excel's numbers, from 1), a chunk at a time; ``styles`` maps each style field to
    XlsxWriter's number for the style."""
    fields: dict[bytes, int] = {style.encode(): index for style, index in styles.items()}
    chunk: list[bytes] = []
    for n, template in enumerate(rows, first):
        fields[b"n"] = n
        chunk.append(template % fields)
        if len(chunk) >= CHUNK:
            yield b"".join(chunk)
            chunk.clear()
    if chunk:
        yield b"".join(chunk)


def splice(
    base: IO[bytes], out: IO[bytes], before: int, rows: Iterable[bytes], *, large: bool
) -> None:
    """Copy the workbook ``base`` to ``out`` part by part, each part as it is, and
    ``rows`` put into the case sheet before its row ``before`` (Excel's number).
    ``large``: the rows may come to more than 2 GB (the sheet is then written as
    ZIP64)."""
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            copy = zipfile.ZipInfo(info.filename, info.date_time)
            copy.compress_type = info.compress_type
            copy.external_attr = info.external_attr
            copy.create_system = info.create_system
            if info.filename != CASES_PART:
                target.writestr(copy, data)
                continue
            at = data.index(b'<row r="%d"' % before)
            with target.open(copy, "w", force_zip64=large) as sheet:
                sheet.write(data[:at])
                for chunk in rows:
                    sheet.write(chunk)
                sheet.write(data[at:])
