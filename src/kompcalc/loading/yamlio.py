"""Read YAML files: the whole document (:func:`parse_yaml`, :func:`read_yaml`) or a
long list item by item (:class:`YamlStream`), with the line of every key.

How the data is composed, and how it differs from PyYAML's ``CSafeLoader``, is told in
:mod:`kompcalc.loading.composer`.
"""

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, TextIO

from kompcalc.errors import KompcalcError, Problem, msg, os_reason
from kompcalc.loading.composer import MAX_ALIAS_NODES, AnchorsFound, Composer, finish
from kompcalc.loading.lines import Item, LineIndex

__all__ = [
    "MAX_ALIAS_NODES",
    "AnchorsFound",
    "Item",
    "LineIndex",
    "YamlStream",
    "open_yaml",
    "parse_yaml",
    "read_yaml",
]


def parse_yaml(text: str, *, file: str) -> tuple[Any, LineIndex]:
    """Parse YAML ``text`` (named ``file`` in messages) into plain data and its lines."""
    return finish(Composer(text, file=file, stream_key=None))


class YamlStream:
    """A YAML file whose list under ``key`` (in the top mapping) is read item by item.

    Iterate :meth:`items` to get each item as it is read; afterwards :attr:`root` holds
    the rest of the document (the list itself left empty) and :attr:`index` its lines.
    """

    def __init__(
        self,
        source: IO[str],
        *,
        file: str,
        key: str,
        keep: Callable[[int], bool] | None = None,
        label_key: str | None = None,
    ) -> None:
        """``keep(position)`` says which items to compose (default: all); the others
        are read past and handed over with only their ``label_key`` value. With
        ``keep``, a file with anchors or aliases raises :class:`AnchorsFound`."""
        self._composer = Composer(source, file=file, stream_key=key, keep=keep, label_key=label_key)

    def items(self) -> Iterator[Item]:
        return self._composer.items()

    @property
    def root(self) -> Any:
        return self._composer.root

    @property
    def index(self) -> LineIndex:
        return self._composer.root_index


def open_problem(path: Path, exc: OSError) -> KompcalcError:
    if isinstance(exc, FileNotFoundError):
        text = msg("file_missing")
    elif isinstance(exc, IsADirectoryError):
        text = msg("file_is_dir")
    else:
        text = msg("file_unreadable", reason=os_reason(exc))
    return KompcalcError(Problem(text, file=str(path)))


def open_yaml(path: Path, *, max_bytes: int) -> TextIO:
    """Open a UTF-8 YAML file; a missing, unreadable or too large file is an error."""
    try:
        handle = path.open("r", encoding="utf-8")
    except OSError as exc:
        raise open_problem(path, exc) from None
    try:
        size = os.fstat(handle.fileno()).st_size
    except OSError as exc:  # pragma: no cover - fstat on an open file
        handle.close()
        raise open_problem(path, exc) from None
    if size > max_bytes:
        handle.close()
        raise too_large(str(path), size, max_bytes)
    return handle


ZIP_MAGIC = b"PK\x03\x04"
"""How a zip file (an XLSX workbook) begins."""
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""How an OLE compound file (an old .xls, or a password-protected workbook) begins."""


def too_large(file: str, size: int, max_bytes: int) -> KompcalcError:
    """The error for a file of ``size`` bytes over the limit ``max_bytes``."""
    return KompcalcError.data(
        "file_too_large", file, size=_megabytes(size), limit=_megabytes(max_bytes)
    )


def _megabytes(size: int) -> int:
    return (size + 500_000) // 1_000_000


MAX_RATE_FILE_BYTES = 10_000_000
"""Rate files are small; anything larger is not a rate table."""


def read_yaml(path: Path, *, max_bytes: int = MAX_RATE_FILE_BYTES) -> tuple[Any, LineIndex]:
    """Read and parse a YAML file; a missing, unreadable or too large file is an error."""
    with open_yaml(path, max_bytes=max_bytes) as handle:
        return finish(Composer(handle, file=str(path), stream_key=None))
