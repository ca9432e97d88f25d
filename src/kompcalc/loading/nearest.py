"""Did you mean: the known name nearest to one that is not known."""

import difflib
from collections.abc import Callable, Iterable

CUTOFF = 0.6
"""How alike two names must be (difflib's ratio, 0 to 1) for one to be suggested."""


def nearest(
    name: str, known: Iterable[str], *, normal: Callable[[str], str] = str.casefold
) -> str | None:
    """The name in ``known`` nearest to ``name`` as it is written there, if one is
    near; ``normal`` says how names are compared (default: case-folded)."""
    by_normal: dict[str, str] = {}
    for candidate in known:
        by_normal.setdefault(normal(candidate), candidate)
    found = difflib.get_close_matches(normal(name), list(by_normal), n=1, cutoff=CUTOFF)
    return by_normal[found[0]] if found else None
