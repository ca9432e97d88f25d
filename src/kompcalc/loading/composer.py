"""Compose plain data from libyaml's events: safe, bounded, with every key's line.

kompcalc composes Python data straight from libyaml's event stream (PyYAML's C parser,
``yaml.CParser``), without PyYAML's node graph. The result is what
``yaml.load(text, Loader=yaml.CSafeLoader)`` gives, with these differences:

* Scalars are read by :mod:`kompcalc.loading.scalars`: floats as exact
  :class:`~decimal.Decimal`, numbers in another base kept as written, safe tags only
  (``!!str``, ``!!int``, ``!!float``, ``!!bool``, ``!!null``, ``!!timestamp``,
  ``!!binary``, ``!!map`` and ``!!seq``). An item's ``id`` keeps the text written.
* A mapping that repeats a key is an error (plain YAML silently keeps the last one).
* Every mapping and sequence remembers its line and the line of each key or item, so
  a validation error can name the line it is about (:class:`LineIndex`).
* Aliases may add at most :data:`MAX_ALIAS_NODES` nodes in all (a "billion laughs"
  file is refused at once), and an alias to a node that is still open is refused.
* Nothing nests deeper than :data:`MAX_DEPTH`, directly or through aliases.

Skipping the node graph makes this about three times faster than ``CSafeLoader``, and
:class:`~kompcalc.loading.yamlio.YamlStream` hands over the items of a long list one
at a time, so memory stays bounded by one item, not the file."""

from collections.abc import Callable, Hashable, Iterator
from typing import IO, Any

import yaml
from yaml import events as ev

from kompcalc.errors import KompcalcError, Problem, Value, msg, os_reason
from kompcalc.loading.lines import Item, LineIndex
from kompcalc.loading.scalars import MERGE_KEY, RESOLVABLE, ScalarError, scalar
from kompcalc.loading.sourcelines import lines_up_to
from kompcalc.loading.yamlhints import explain

_Parser: Any
try:
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    _Parser = None

MAX_ALIAS_NODES = 1_000_000
"""Aliases in one file may repeat at most this many nodes in all."""

_MAP_TAGS = {None, "!", "tag:yaml.org,2002:map"}
_SEQ_TAGS = {None, "!", "tag:yaml.org,2002:seq"}

MAX_DEPTH = 100
"""Mappings and lists nest at most this deep (a case file needs six levels). Deeper
is a broken or hostile file, and libyaml's time grows with the square of the depth."""


class AnchorsFound(Exception):
    """The file has anchors or aliases, so its items cannot be read apart."""


class _Frame:
    """A mapping or sequence being composed."""

    __slots__ = (
        "anchor",
        "data",
        "is_item",
        "is_list",
        "key",
        "key_line",
        "line",
        "lines",
        "merges",
        "stream",
    )

    def __init__(self, data: Any, lines: Any, line: int, anchor: str | None) -> None:
        self.data = data
        self.is_list = isinstance(data, list)
        self.lines = lines
        self.line = line
        self.anchor = anchor
        self.stream = False  # the list whose items are handed over one at a time
        self.is_item = False  # an item of that list
        self.key: Any = _NO_KEY
        self.key_line = 0
        self.merges: list[tuple[Any, int]] = []


_NO_KEY = object()


class Composer:
    """Plain data from libyaml events; see the module's docstring."""

    def __init__(
        self,
        source: str | IO[str],
        *,
        file: str,
        stream_key: str | None,
        keep: Callable[[int], bool] | None = None,
        label_key: str | None = None,
    ) -> None:
        self.keep = keep
        self.label_key = label_key
        self.file = file
        self.stream_key = stream_key
        self._source = source
        self.root_index = LineIndex(file)
        self.index = self.root_index
        self.anchors: dict[str, Any] = {}
        self.open_anchors: set[str] = set()
        self.alias_nodes = 0
        self._sizes: dict[int, tuple[int, int]] = {}
        self.root: Any = None

    # errors

    def _fail(self, key: str, at: int | None, /, **values: Value) -> KompcalcError:
        return KompcalcError.data(key, self.file, at, **values)

    def _unreadable(self, bad: ScalarError, frames: list["_Frame | None"]) -> KompcalcError:
        """A scalar that cannot be read, named by its path from the item (or the top)."""
        path: list[str] = []
        for frame in frames:
            if frame is None:
                continue
            if frame.is_item:
                path = []
            if frame.is_list:
                path.append(str(len(frame.data) + 1))
            elif frame.key is not _NO_KEY:
                path.append(str(frame.key))
        problem = Problem(
            msg(bad.key, **bad.values),
            self.file,
            bad.line,
            ".".join(p for p in path if not p.startswith("<")) or None,
        )
        return KompcalcError(problem)

    def _unsupported(self, tag: str, mark: Any) -> KompcalcError:
        return self._fail("yaml_bad_tag", mark.line + 1, tag=tag)

    def _syntax(self, exc: yaml.MarkedYAMLError) -> KompcalcError:
        """Not YAML: the line and column of the cause and a hint where the lines show
        it (:mod:`kompcalc.loading.yamlhints`), libyaml's own words after it."""
        problem, context = exc.problem or "", exc.context or ""
        marks = [m.line for m in (exc.problem_mark, exc.context_mark) if m is not None]
        lines = lines_up_to(self._source, max(marks) + 1) if marks else []
        spot = explain(problem, context, exc.problem_mark, exc.context_mark, lines)
        detail = problem or context
        text = (
            msg("yaml_invalid", detail=detail)
            if spot.hint is None
            else msg("yaml_invalid_hint", hint=spot.hint, detail=detail)
        )
        return KompcalcError(Problem(text, self.file, spot.line, column=spot.column))

    # scalars

    def _label(self, event: Any) -> Any:
        """An item's label (its ``id``): the text as written, unless a tag says what
        it is (``!!int 17``)."""
        if event.tag not in (None, "!"):
            return scalar(event)
        if not event.style and scalar(event) is None:  # id: ~, id: null or nothing
            return None
        return event.value

    # aliases

    def _alias(self, event: Any, depth: int) -> Any:
        if self.keep is not None:
            raise AnchorsFound
        name = event.anchor
        line = event.start_mark.line + 1
        if name in self.open_anchors:
            raise self._fail("yaml_recursive_alias", line, name=name)
        if name not in self.anchors:
            raise self._fail("yaml_unknown_alias", line, name=name)
        value = self.anchors[name]
        size, deep = _measure(value, self._sizes)
        self.alias_nodes += size
        if self.alias_nodes > MAX_ALIAS_NODES:
            raise self._fail("yaml_alias_bomb", line, limit=MAX_ALIAS_NODES)
        if depth + deep > MAX_DEPTH:
            raise self._fail("yaml_too_deep", line, limit=MAX_DEPTH)
        return value

    # the event loop

    def items(self) -> Iterator[Item]:
        """Compose the document; yield the items of the streamed list as they complete."""
        parser: Any = None
        try:
            # libyaml reads the first block when the parser is made, so inside the try
            parser = _Parser(self._source) if _Parser is not None else yaml.SafeLoader(self._source)
            yield from self._compose(parser.get_event)
        except yaml.MarkedYAMLError as exc:
            raise self._syntax(exc) from None
        except OSError as exc:  # the file broke off while read (/proc/self/mem, a disk)
            reason = os_reason(exc)
            raise KompcalcError.data("file_unreadable", self.file, None, reason=reason) from None
        except yaml.reader.ReaderError as exc:
            # libyaml: "control characters are not allowed"; PyYAML: "special ..."
            if "characters are not allowed" in str(exc.reason):
                code = f"U+{exc.character:04X}"
                raise KompcalcError.data("file_control_char", self.file, code=code) from None
            raise KompcalcError.data("file_not_utf8", self.file) from None
        except UnicodeDecodeError:
            raise KompcalcError.data("file_not_utf8", self.file) from None
        except yaml.YAMLError as exc:
            raise self._fail("yaml_invalid", None, detail=str(exc)) from None
        finally:
            dispose = getattr(parser, "dispose", None)
            if dispose is not None:
                dispose()

    def _start(self, event: Any, frame: _Frame | None, depth: int) -> _Frame:
        """A new frame for a mapping or sequence that starts with ``event``."""
        is_map = type(event) is ev.MappingStartEvent
        if depth >= MAX_DEPTH:
            raise self._fail("yaml_too_deep", event.start_mark.line + 1, limit=MAX_DEPTH)
        if event.tag not in (_MAP_TAGS if is_map else _SEQ_TAGS):
            raise self._unsupported(event.tag, event.start_mark)
        is_item = frame is not None and frame.stream
        if is_item:
            self.index = LineIndex(self.file)  # an item of the streamed list starts
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        line = event.start_mark.line + 1
        new = _Frame({}, {}, line, event.anchor) if is_map else _Frame([], [], line, event.anchor)
        new.stream = (
            not is_map
            and depth == 1
            and frame is not None
            and self.stream_key is not None
            and frame.key == self.stream_key
        )
        new.is_item = is_item
        self.index.record(new.data, line, new.lines)
        return new

    def _keeps(self, position: int, event: Any) -> bool:
        """Whether the item at ``position``, starting with ``event``, is composed."""
        if self.keep is None or self.keep(position):
            return True
        if event.anchor is not None:
            raise AnchorsFound
        return False

    def _skip(self, get: Any, start: Any) -> Any:
        """Read past an item that is left out; return its label."""
        starts = (ev.MappingStartEvent, ev.SequenceStartEvent)
        ends = (ev.MappingEndEvent, ev.SequenceEndEvent)
        is_map = type(start) is ev.MappingStartEvent
        depth, is_key, label, take = 1, True, None, False
        while depth:
            event = get()
            kind = type(event)
            if kind is ev.AliasEvent or getattr(event, "anchor", None) is not None:
                raise AnchorsFound
            if kind in starts:
                if depth == 1 and is_map:
                    is_key = True  # a collection as a value of the item's own key
                depth += 1
                if depth > MAX_DEPTH:
                    raise self._fail("yaml_too_deep", event.start_mark.line + 1, limit=MAX_DEPTH)
            elif kind in ends:
                depth -= 1
            elif depth == 1 and is_map:
                if take and not is_key:
                    try:
                        label = self._label(event)
                    except ScalarError as bad:  # the other process names its field
                        raise self._unreadable(bad, []) from None
                take = is_key and event.value == self.label_key
                is_key = not is_key
        return label

    def _end(self, frame: _Frame) -> None:
        if frame.merges:
            self._merge(frame)
        if frame.anchor is not None:
            self.open_anchors.discard(frame.anchor)
            self.anchors[frame.anchor] = frame.data

    def _compose(self, get: Any) -> Iterator[Item]:
        stack: list[_Frame] = []
        frame: _Frame | None = None
        documents = 0
        position = 0
        scalar_event, alias_event = ev.ScalarEvent, ev.AliasEvent
        starts = (ev.MappingStartEvent, ev.SequenceStartEvent)
        ends = (ev.MappingEndEvent, ev.SequenceEndEvent)
        resolvable = RESOLVABLE
        while True:
            event = get()
            kind = type(event)
            line = 0  # found from the event only where it is kept: keys and list items
            if kind is scalar_event:
                value = event.value
                try:
                    if frame is not None and frame.is_item and frame.key == self.label_key:
                        value = self._label(event)  # an id keeps the text written
                    elif event.tag is not None or (
                        not event.style and (not value or value[0] in resolvable)
                    ):
                        value = scalar(event)  # anything but plain text
                except ScalarError as bad:
                    raise self._unreadable(bad, [*stack, frame]) from None
                if event.anchor is not None:
                    if self.keep is not None:
                        raise AnchorsFound
                    self.anchors[event.anchor] = value
            elif kind is alias_event:
                value = self._alias(event, len(stack) + (frame is not None))
            elif kind in starts:
                if frame is not None and frame.stream and not self._keeps(position, event):
                    label = self._skip(get, event)
                    yield Item(position, None, event.start_mark.line + 1, None, label)
                    position += 1
                    continue
                new = self._start(event, frame, len(stack) + (frame is not None))
                if frame is not None:
                    stack.append(frame)
                frame = new
                continue
            elif kind in ends:
                assert frame is not None
                self._end(frame)
                value, line = frame.data, frame.line
                frame = stack.pop() if stack else None
                if frame is not None and frame.stream:
                    yield Item(position, value, line, self.index)
                    position += 1
                    self.index = self.root_index
                    continue
            elif kind is ev.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise self._fail("yaml_many_documents", event.start_mark.line + 1)
                continue
            elif kind is ev.StreamEndEvent:
                return
            else:  # the stream's start, a document's end
                continue
            # a completed value (scalar, alias or collection) goes into its parent
            if frame is None:
                self.root = value
                continue
            if frame.key is not _NO_KEY:  # the value of a key
                key = frame.key
                frame.key = _NO_KEY
                if key is MERGE_KEY:
                    frame.merges.append((value, frame.key_line))
                elif key in frame.data:
                    first = frame.lines[key]
                    raise self._fail("yaml_duplicate_key", frame.key_line, key=key, line=first)
                else:
                    frame.data[key] = value
                    frame.lines[key] = frame.key_line
                continue
            line = line or event.start_mark.line + 1
            if frame.stream:
                kept = self.keep is None or self.keep(position)
                index = LineIndex(self.file) if kept else None
                yield Item(position, value if kept else None, line, index)
                position += 1
            elif frame.is_list:
                frame.data.append(value)
                frame.lines.append(line)
            elif value is not MERGE_KEY and (
                isinstance(value, (dict, list)) or not isinstance(value, Hashable)
            ):
                raise self._fail("yaml_bad_key", line)
            else:  # a key
                frame.key, frame.key_line = value, line

    def _merge(self, frame: _Frame) -> None:
        """Apply ``<<`` merge keys: explicit keys win, then earlier merged mappings."""
        for value, line in frame.merges:
            for source in value if isinstance(value, list) else [value]:
                if not isinstance(source, dict):
                    raise self._fail("yaml_bad_merge", line)
                for key, item in source.items():
                    if key not in frame.data:
                        frame.data[key] = item
                        frame.lines[key] = line


def _measure(value: Any, seen: dict[int, tuple[int, int]]) -> tuple[int, int]:
    """How many nodes ``value`` stands for when every alias in it is expanded, and how
    deep it nests (a plain value: 0). Iterative, so a deep value cannot overflow."""
    if not isinstance(value, (dict, list)):
        return 1, 0
    stack: list[tuple[Any, bool]] = [(value, False)]
    while stack:
        node, done = stack.pop()
        if id(node) in seen:
            continue
        children = [c for c in (node.values() if isinstance(node, dict) else node)]
        if done:
            size, deep = 1, 1
            for child in children:
                child_size, child_deep = seen.get(id(child), (1, 0))
                size, deep = size + child_size, max(deep, child_deep + 1)
            seen[id(node)] = (size, deep)
            continue
        stack.append((node, True))
        stack += [(c, False) for c in children if isinstance(c, (dict, list))]
    return seen[id(value)]


def finish(composer: Composer) -> tuple[Any, LineIndex]:
    for _ in composer.items():
        pass
    return composer.root, composer.root_index
