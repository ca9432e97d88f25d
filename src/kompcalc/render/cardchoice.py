"""Which cases of a report get a card, and why: ``--cards all|none|ID,ID…``, or by
default every case in a small report and the notable ones in a large one.

A card takes about half an A4 page, so a report of 10,000 cards is 5,000 pages that no
committee reads. Above :data:`CARDS_UP_TO` cases the report shows the summary, the
charts and a compact table of every case (:mod:`kompcalc.render.casetable`), with
cards only for the cases asked for or, by default, the notable ones:

- a case that never pays back within the horizon (no break-even);
- a case that turns negative: its saving goes below 0 after having been above 0 (at
  the end of a month);
- with ``--sensitivity``, a fragile case: on at least one assumption its switching
  value lies between today's value and the farthest value tried
  (:mod:`kompcalc.core.sensitivity`), so a value the analysis treats as plausible turns
  its saving.

At most :data:`NOTABLE_CARDS` notable cases get a card, those that lose most at the
horizon first; the table marks every notable case, carded or not.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

from kompcalc.batch.run import Computed
from kompcalc.core.sensitivity import Sensitivity
from kompcalc.errors import KompcalcError
from kompcalc.loading.nearest import nearest

CARDS_UP_TO = 50
"""Up to this many computed cases a report shows a card per case and no table, as it
always has (25 A4 pages of cards); above it, the compact table and chosen cards."""

NOTABLE_CARDS = 40
"""By default at most this many notable cases get a card (about 20 printed pages)."""

OPTION = "--cards"
ALL = frozenset({"all", "alle"})
NONE = frozenset({"none", "ingen"})


class Asked(Enum):
    """What ``--cards`` asks for (``DEFAULT``: not given)."""

    DEFAULT = "default"
    ALL = "all"
    NONE = "none"
    IDS = "ids"


@dataclass(frozen=True)
class CardsOption:
    """``--cards`` as given: what it asks for and, for :attr:`Asked.IDS`, the ids."""

    asked: Asked = Asked.DEFAULT
    ids: tuple[str, ...] = ()


DEFAULT = CardsOption()
"""``--cards`` not given."""


def parse_cards(text: str | None) -> CardsOption:
    """``--cards``'s text: ``all``, ``none`` (or Danish ``alle``, ``ingen``) or case ids
    separated by commas; None when it is not given."""
    if text is None:
        return DEFAULT
    word = text.strip().casefold()
    if word in ALL:
        return CardsOption(Asked.ALL)
    if word in NONE:
        return CardsOption(Asked.NONE)
    ids = tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
    if not ids:
        raise KompcalcError.usage("err_cards_empty", field=OPTION)
    return CardsOption(Asked.IDS, ids)


class Reason(Enum):
    """Why a case is notable."""

    NEVER = "never"
    NEGATIVE = "negative"
    FRAGILE = "fragile"


@dataclass(frozen=True)
class Choice:
    """The cards a report shows: the positions (in ``computed``) with a card, why each
    notable case is notable, whether the table of all cases is shown, what decided the
    cards (:class:`Asked`) and, by default, how many cases were notable."""

    carded: frozenset[int]
    reasons: dict[int, tuple[Reason, ...]] = field(default_factory=dict)
    table: bool = False
    asked: Asked = Asked.DEFAULT
    notable: int = 0


def fragile_positions(computed: Sequence[Computed], found: Sensitivity | None) -> set[int]:
    """The positions of the cases that are fragile in the analysis (none without one).
    The analysis holds the computed cases in the same order; by id where it does not."""
    if found is None:
        return set()
    if len(found.cases) == len(computed):
        return {i for i, case in enumerate(found.cases) if case.fragile}
    fragile_ids = {case.id for case in found.cases if case.fragile}
    return {i for i, c in enumerate(computed) if (c.result.case.id or "") in fragile_ids}


def turns_negative(computed: Computed) -> bool:
    """Whether the case's saving goes below 0 after having been above 0 (a case with no
    one-off cost that is 0 at the start and below 0 in its first months before it pays
    back has not turned negative: it has not paid back yet)."""
    result = computed.result
    if result.negative_from_months is None:
        return False
    was_positive = False
    for month in range(result.months + 1):
        saving = result.saving_after(month)
        if saving > 0:
            was_positive = True
        elif saving < 0 and was_positive:
            return True
    return False


def notable(
    computed: Sequence[Computed], found: Sensitivity | None = None
) -> dict[int, tuple[Reason, ...]]:
    """Each notable case's position and its reasons, in file order."""
    fragile = fragile_positions(computed, found)
    reasons: dict[int, tuple[Reason, ...]] = {}
    for i, c in enumerate(computed):
        why = []
        if c.result.break_even_months is None:
            why.append(Reason.NEVER)
        if turns_negative(c):
            why.append(Reason.NEGATIVE)
        if i in fragile:
            why.append(Reason.FRAGILE)
        if why:
            reasons[i] = tuple(why)
    return reasons


def _horizon_saving(computed: Computed) -> Decimal:
    return computed.result.savings[-1][1]


def choose(
    option: CardsOption,
    computed: Sequence[Computed],
    *,
    failed_ids: Sequence[str | None] = (),
    sensitivity: Sensitivity | None = None,
) -> Choice:
    """The cards for ``computed`` as ``option`` asks. An id in ``--cards`` that no case
    has is an error (a case that could not be computed, ``failed_ids``, has no card but
    is no error)."""
    everything = frozenset(range(len(computed)))
    if option.asked is Asked.IDS:
        carded = _asked_ids(option.ids, computed, failed_ids)
        reasons = notable(computed, sensitivity)
        return Choice(carded, reasons, carded != everything, Asked.IDS)
    if option.asked is Asked.ALL:
        return Choice(everything, notable(computed, sensitivity), len(computed) > CARDS_UP_TO)
    if option.asked is Asked.NONE:
        return Choice(frozenset(), notable(computed, sensitivity), True, Asked.NONE)
    if len(computed) <= CARDS_UP_TO:  # a small report: as it has always been
        return Choice(everything)
    reasons = notable(computed, sensitivity)
    worst = sorted(reasons, key=lambda i: (_horizon_saving(computed[i]), i))
    return Choice(frozenset(worst[:NOTABLE_CARDS]), reasons, True, notable=len(reasons))


def _asked_ids(
    ids: Sequence[str], computed: Sequence[Computed], failed_ids: Sequence[str | None]
) -> frozenset[int]:
    positions: dict[str, list[int]] = {}
    for i, c in enumerate(computed):
        positions.setdefault(c.result.case.id or "", []).append(i)
    known = {case_id for case_id in failed_ids if case_id is not None}
    for case_id in ids:
        if case_id in positions or case_id in known:
            continue
        near = nearest(case_id, [p for p in [*positions, *known] if p], normal=str)
        if near is not None:
            raise KompcalcError.usage("err_cards_unknown_near", field=OPTION, id=case_id, near=near)
        raise KompcalcError.usage("err_cards_unknown", field=OPTION, id=case_id)
    return frozenset(i for case_id in ids for i in positions.get(case_id, []))
