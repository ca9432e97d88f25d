"""Read YAML safely, with exact numbers and the line of every key.

* Built on PyYAML's C loader (``CSafeLoader``) when available: safe tags only.
* YAML floats become :class:`~decimal.Decimal` from their source text, so ``114.68``
  in a file is exactly 114.68 and never a float.
* A mapping that repeats a key is an error (plain YAML silently keeps the last one).
* Every mapping and sequence remembers its line and the line of each key or item, so
  a validation error can name the line it is about (:class:`LineIndex`).
"""

from collections.abc import Hashable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from kompcalc.errors import KompcalcError, Problem
from kompcalc.texts import t

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_SPECIAL_FLOATS = {
    ".inf": "Infinity",
    "+.inf": "Infinity",
    "-.inf": "-Infinity",
    ".nan": "NaN",
}


Lines = dict[Any, int] | list[int]
Files = dict[Any, str] | list[str] | None


class LineIndex:
    """Files and lines of the keys and items of loaded YAML containers, found by a path.

    Data merged from several files (a rate table over its base) keeps the file of every
    key, so an error is located in the file it comes from.
    """

    def __init__(self, file: str | None = None) -> None:
        self.file = file
        self._lines: dict[int, tuple[str | None, int | None, Lines, Files]] = {}
        self._keep: list[object] = []

    def record(
        self,
        container: object,
        line: int | None,
        inner: Lines,
        *,
        file: str | None = None,
        files: Files = None,
    ) -> None:
        """Remember ``container``'s line and its keys' (or items') lines and files."""
        self._keep.append(container)  # keeps id() unique while the index lives
        self._lines[id(container)] = (file or self.file, line, inner, files)

    def absorb(self, other: "LineIndex") -> None:
        """Take over every container ``other`` knows."""
        self._lines.update(other._lines)
        self._keep += other._keep

    def entry(self, container: object) -> tuple[str | None, int | None, Lines, Files] | None:
        return self._lines.get(id(container))

    def locate(self, data: object, path: Sequence[int | str]) -> tuple[str | None, int | None]:
        """The file and line of the deepest element of ``path`` found in ``data``."""
        entry = self._lines.get(id(data))
        file, line = (self.file, None) if entry is None else entry[:2]
        node = data
        for step in path:
            entry = self._lines.get(id(node))
            if entry is None:
                break
            _, _, inner, files = entry
            if isinstance(node, dict) and isinstance(inner, dict) and step in node:
                key_file = files.get(step) if isinstance(files, dict) else None
                if key_file is not None and key_file != file:
                    file, line = key_file, inner.get(step)  # a key from another layer
                else:
                    line = inner.get(step, line)
                node = node[step]
            elif (
                isinstance(node, list)
                and isinstance(inner, list)
                and isinstance(step, int)
                and 0 <= step < len(node)
            ):
                line, node = inner[step], node[step]
            else:
                break
            known = self._lines.get(id(node))
            if known is not None and known[0] is not None and known[0] != file:
                file, line = known[0], known[1]  # a container from another layer
        return file, line

    def line_of(self, data: object, path: Sequence[int | str]) -> int | None:
        """The line of the deepest element of ``path`` found in ``data``."""
        return self.locate(data, path)[1]


class _Loader(_BaseLoader):  # type: ignore[misc]
    index: LineIndex
    lang: str


def _construct_decimal(loader: _Loader, node: yaml.ScalarNode) -> Decimal:
    text = str(loader.construct_scalar(node)).replace("_", "")
    text = _SPECIAL_FLOATS.get(text.lower(), text)
    try:
        return Decimal(text)
    except InvalidOperation:
        raise yaml.constructor.ConstructorError(
            None, None, t(loader.lang, "yaml_bad_number", text=text), node.start_mark
        ) from None


def _construct_map(loader: _Loader, node: yaml.MappingNode) -> Iterator[dict[Any, Any]]:
    data: dict[Any, Any] = {}
    yield data
    explicit: dict[Any, int] = {}
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if not isinstance(key, Hashable):
            raise yaml.constructor.ConstructorError(
                None, None, t(loader.lang, "yaml_bad_key"), key_node.start_mark
            )
        if key in explicit:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                t(loader.lang, "yaml_duplicate_key", key=key, line=explicit[key]),
                key_node.start_mark,
            )
        explicit[key] = line
    loader.flatten_mapping(node)
    lines: dict[Any, int] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        data[key] = loader.construct_object(value_node)
        lines[key] = key_node.start_mark.line + 1
    loader.index.record(data, node.start_mark.line + 1, lines)


def _construct_seq(loader: _Loader, node: yaml.SequenceNode) -> Iterator[list[Any]]:
    data: list[Any] = []
    yield data
    data.extend(loader.construct_object(child) for child in node.value)
    loader.index.record(data, node.start_mark.line + 1, [c.start_mark.line + 1 for c in node.value])


_Loader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
_Loader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def parse_yaml(text: str, *, file: str, lang: str) -> tuple[Any, LineIndex]:
    """Parse YAML ``text`` (named ``file`` in messages) into plain data and its lines."""
    loader = _Loader(text)
    loader.index = LineIndex(file)
    loader.lang = lang
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = None if mark is None else mark.line + 1
        message = t(lang, "yaml_invalid", detail=exc.problem or exc.context or "")
        raise KompcalcError(Problem(message, file=file, line=line)) from None
    except yaml.YAMLError as exc:
        raise KompcalcError(Problem(t(lang, "yaml_invalid", detail=exc), file=file)) from None
    finally:
        loader.dispose()
    return data, loader.index


def read_yaml(path: Path, *, lang: str) -> tuple[Any, LineIndex]:
    """Read and parse a YAML file; a missing or unreadable file is a clear error."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KompcalcError(Problem(t(lang, "file_missing"), file=str(path))) from None
    except IsADirectoryError:
        raise KompcalcError(Problem(t(lang, "file_is_dir"), file=str(path))) from None
    except UnicodeDecodeError:
        raise KompcalcError(Problem(t(lang, "file_not_utf8"), file=str(path))) from None
    except OSError as exc:
        message = t(lang, "file_unreadable", reason=exc.strerror)
        raise KompcalcError(Problem(message, file=str(path))) from None
    return parse_yaml(text, file=str(path), lang=lang)
