"""The ``--check`` report: each figure that missed its printed value, then a count."""

from decimal import Decimal
from typing import IO

from kompcalc.batch.run import Computed
from kompcalc.batch.summary import Summary
from kompcalc.fmt import kroner, number
from kompcalc.render.table import text_bytes
from kompcalc.texts import say, t


def check_lines(summary: Summary, lang: str) -> list[str]:
    """One line per mismatch with both figures, then how many were checked."""
    lines = []
    for m in summary.mismatches:
        money = not m.figure.startswith("break_even")

        def show(value: Decimal, money: bool = money) -> str:
            return kroner(value, lang) if money else number(value, lang, 2)

        if m.computed is None:
            computed, difference = t(lang, "break_even_never"), ""
        else:
            computed = show(m.computed)
            difference = t(lang, "chk_difference", amount=show(abs(m.computed - m.expected)))
        if m.cell is not None:
            where = f"{m.file}: {say(m.cell.place(), lang)}"
        else:
            where = f"{m.file}:{m.line}" if m.line else m.file
        lines.append(
            t(
                lang,
                "chk_mismatch",
                where=where,
                case=m.case_id,
                figure=m.figure,
                computed=computed,
                expected=show(m.expected),
                difference=difference,
                tolerance=show(m.tolerance),
            )
        )
    lines.append(
        t(lang, "chk_summary", checked=summary.checked, mismatches=len(summary.mismatches))
    )
    return lines


class CheckReport:
    """``--check`` as the output itself: no row per case, the report at the end."""

    def __init__(self, out: IO[bytes], lang: str) -> None:
        self.lang = lang
        self._out = out

    def encode(self, computed: Computed) -> None:
        """Nothing: the report shows no cases, only the figures that missed."""
        return None

    def write(self, encoded: None) -> None:
        pass

    def finish(self, summary: Summary) -> None:
        self._out.write(text_bytes(check_lines(summary, self.lang)))
