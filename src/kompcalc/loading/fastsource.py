"""A part of a plain case file as a case source, read fast (:mod:`kompcalc.loading.fastcases`)."""

from collections.abc import Iterator

from kompcalc.errors import KompcalcError
from kompcalc.loading.caselist import CASES_KEY, Header, yaml_header
from kompcalc.loading.casescan import CaseLayout
from kompcalc.loading.fastcases import FastFailed, FastItems
from kompcalc.loading.lines import Item
from kompcalc.loading.yamlio import parse_yaml


class FastSource:
    """The items ``lo`` to ``hi`` of the scanned case file ``data``, and its header.

    The header is read from the text before the first item by the precise reader;
    text there it refuses raises :class:`FastFailed` (the whole file is then read
    precisely, and its message is the usual one)."""

    rows = False

    def __init__(self, data: bytes, layout: CaseLayout, lo: int, hi: int, *, file: str) -> None:
        self.file = file
        self.layout = layout
        self._items = FastItems(data, layout, lo, hi, file=file)

    def items(self) -> Iterator[Item]:
        return self._items.items()

    def progress(self) -> tuple[int, int]:
        return self._items.progress()

    def close(self) -> None:
        pass

    def header(self, count: int) -> Header:
        try:
            root, index = parse_yaml(self.layout.head.decode("utf-8"), file=self.file)
        except (KompcalcError, UnicodeDecodeError) as exc:
            raise FastFailed from exc
        if not isinstance(root, dict) or root.get(CASES_KEY, []) is not None:
            raise FastFailed
        root[CASES_KEY] = []  # the items, read apart
        return yaml_header(root, index, self.file, count)
