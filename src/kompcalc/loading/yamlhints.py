"""Why libyaml refused a file, told so that a person can mend it.

libyaml names the symptom where it stopped, in English ("mapping values are not
allowed in this context"), often a line after the cause. :func:`explain` looks at the
lines up to that place and, for the common causes, gives the line and column of the
cause and a hint: a tab in the indentation, a line indented wrongly, a missing space
after a colon (``hours_per_week:12``) or a missing colon, a text holding ``": "``, and
a quote or bracket left open. Anything else keeps the parser's place and its own
words: a hint is given only where the lines show the cause.
"""

import re
from dataclasses import dataclass
from typing import Any

from kompcalc.errors import Message, msg
from kompcalc.loading.sourcelines import SourceLines

NO_SPACE = re.compile(r"[ \t]*(?:-[ \t]+)*(?P<key>[^\W\d][\w-]*):(?P<value>[^\s/:]\S*)")
"""A line (or a plain value) that starts ``key:value``, a key and a value with no space
between them: YAML reads it as one text (``https://...`` is not one)."""

BARE_KEY = re.compile(r"[ \t]*(?:-[ \t]+)*(?P<key>[^\W\d][\w-]*)[ \t]*")
"""A line that is one word (``cases``): a key whose colon is missing, where the next
line holds what belongs under it."""

_MAPPING_VALUES = "mapping values are not allowed"
"""libyaml's words for a ``: `` where no key may start: in a text, or on a line that
continues a text from the line above."""

_FLOW_ERROR = re.compile(r"did not find expected ',' or '([\]}])'")
_OPENING = {"]": "[", "}": "{"}
_ESCAPED = {'"': '\\"', "'": "''"}
"""How a quote is written inside a quoted text of its own kind."""


@dataclass(frozen=True)
class Spot:
    """Where a YAML error is (line and column from 1; None: not known) and, if the
    cause is known, what to do about it."""

    line: int | None
    column: int | None
    hint: Message | None = None


@dataclass(frozen=True)
class _Error:
    """libyaml's error: its words, the marks (line and column from 0) of the problem
    and of what it was reading, and the file's lines up to them."""

    problem: str
    context: str
    at: tuple[int, int]
    since: tuple[int, int] | None
    read: SourceLines


def explain(problem: str, context: str, at: Any, context_at: Any, lines: list[str]) -> Spot:
    """Where libyaml's error is and why, as far as ``lines`` (the file's first lines,
    :func:`~kompcalc.loading.sourcelines.lines_up_to`) show it. ``problem`` and
    ``context`` are libyaml's words, ``at`` and ``context_at`` its marks of the problem
    and of what it was reading (either may be None)."""
    where = None if at is None else (at.line, at.column)
    since = None if context_at is None else (context_at.line, context_at.column)
    if where is None:
        where, since = since, None
    if where is None:
        return Spot(None, None)
    error = _Error(problem, context, where, since, SourceLines(lines))
    for rule in _RULES:
        found = rule(error)
        if found is not None:
            return found
    return Spot(where[0] + 1, where[1] + 1)


def _spot(line: int, column: int, hint: Message) -> Spot:
    return Spot(line + 1, column + 1, hint)


def _quote_at_end(error: _Error) -> Spot | None:
    """The file ends (or a new document starts) inside a quoted text."""
    if error.since is None or "quoted scalar" not in error.context:
        return None
    if "end of stream" not in error.problem and "document" not in error.problem:
        return None
    quote = error.read.char(*error.since) or '"'
    return _spot(*error.since, msg("yaml_hint_unclosed_quote", quote=quote))


def _bracket(error: _Error) -> Spot | None:
    """A ``[`` or ``{`` not closed on its line, or items without a comma between."""
    found = _FLOW_ERROR.search(error.problem)
    if found is None or error.since is None:
        return None
    closing = found.group(1)
    if error.at[0] > error.since[0]:
        hint = msg("yaml_hint_unclosed_bracket", opening=_OPENING[closing], closing=closing)
        return _spot(*error.since, hint)
    return _spot(*error.at, msg("yaml_hint_bracket_comma", closing=closing))


def _tab(error: _Error) -> Spot | None:
    """A tab where libyaml wants indentation: YAML indents with spaces only."""
    line, column = error.at
    tab = error.read.first_tab(line)
    said = " tab " in f" {error.problem} "
    stray = "cannot start any token" in error.problem and error.read.char(line, column) == "\t"
    if tab is None and not said and not stray:
        return None
    return _spot(line, column if tab is None else tab, msg("yaml_hint_tab"))


def _after_quote(error: _Error) -> Spot | None:
    """Something follows a quoted text where a key, an item, a comma or the end was
    expected: a quote inside the text, or a quote opened lines before."""
    if not error.problem.startswith("did not find expected"):
        return None
    line, column = error.at
    before = error.read.text(line)[:column].rstrip(" \t")
    if not before or before[-1] not in _ESCAPED:
        return None
    quote = before[-1]
    opened = error.read.opening_quote(line, len(before) - 1)
    if opened is None:
        return None
    if opened[0] == line:
        hint = msg("yaml_hint_after_quote", quote=quote, escaped=_ESCAPED[quote])
        return _spot(line, column, hint)
    return _spot(*opened, msg("yaml_hint_quote_runs_on", quote=quote, line=line + 1))


def _colon_in_text(error: _Error) -> Spot | None:
    """A value that holds ``": "`` (``description: Mål: job``) must be quoted."""
    if _MAPPING_VALUES not in error.problem:
        return None
    line, column = error.at
    before = error.read.text(line)[:column]
    if ": " not in before and ":\t" not in before:
        return None
    return _spot(line, column, msg("yaml_hint_colon_in_text"))


def _no_space(error: _Error) -> Spot | None:
    """``key:value`` on a line of its own is one text to YAML, not a key and a value:
    libyaml stops at the next line (a key without a colon, or a ``: `` where no key
    may start). A key line with no colon at all is a key without one, or text that
    continues the line above without being indented under it."""
    if "could not find expected ':'" in error.problem and error.since is not None:
        found = _missing_space(error.read, error.since[0])
        return found or _spot(*error.since, msg("yaml_hint_no_colon"))
    above = error.read.above(error.at[0]) if _MAPPING_VALUES in error.problem else None
    return None if above is None else _missing_space(error.read, above)


def _missing_space(read: SourceLines, line: int) -> Spot | None:
    found = NO_SPACE.match(read.text(line))
    if found is None:
        return None
    fixed = f"{found['key']}: {found['value']}"
    return _spot(line, found.start("value"), msg("yaml_hint_no_space", fixed=fixed))


def _bare_key_above(error: _Error) -> Spot | None:
    """A key without its colon (``cases``) makes the lines under it continue its text,
    until libyaml meets a ``: `` there."""
    above = error.read.above(error.at[0]) if _MAPPING_VALUES in error.problem else None
    found = None if above is None else BARE_KEY.fullmatch(error.read.text(above))
    if above is None or found is None:
        return None
    return _spot(above, found.end("key"), msg("yaml_hint_colon_missing", key=found["key"]))


def _indent(error: _Error) -> Spot | None:
    """A line indented further than a line that already has its value, or to a column
    that matches no level above."""
    read, (line, column) = error.read, error.at
    start = read.indent(line)
    if _MAPPING_VALUES in error.problem:  # the line continues the value above
        above = read.above(line)
        head = read.text(line)[start:column]
        if above is None or read.indent(above) >= start or ":" in head or "#" in head:
            return None
        return _spot(line, start, msg("yaml_hint_indent_deeper"))
    if "expected <document start>" in error.problem:  # left of where the file starts
        first = read.first()
        if column != start or first is None or read.indent(first) <= start:
            return None
        return _spot(line, start, msg("yaml_hint_indent"))
    expected = "expected key" in error.problem or "expected '-' indicator" in error.problem
    # a key or an item in the very column of the level it is in is not indented wrongly
    level = None if error.since is None else error.since[1]
    if not expected or column != start or level is None or level == column:
        return None
    return _spot(line, start, msg("yaml_hint_indent"))


_RULES = (
    _quote_at_end,
    _bracket,
    _tab,
    _after_quote,
    _colon_in_text,
    _no_space,
    _bare_key_above,
    _indent,
)
"""The causes recognised, most certain first: inside a quoted text or brackets a tab
is no indentation, and a text holding ``": "`` explains its own line."""
