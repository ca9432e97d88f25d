"""The catalogue example that comes with kompcalc (``kompcalc example``): ten cases of
"Kompensering med gevinst" with the figures the catalogue printed."""

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from kompcalc.errors import KompcalcError

EXAMPLE = "kompensering-med-gevinst.yaml"
"""The example's file name, in ``examples/`` of a checkout and of the package."""


def example_file() -> Traversable:
    """The example: inside the package (a wheel) or ``examples/`` (a checkout)."""
    packaged = resources.files("kompcalc") / "examples" / EXAMPLE
    if packaged.is_file():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "examples" / EXAMPLE
    if checkout.is_file():
        return checkout
    raise KompcalcError.data("err_no_example", name=EXAMPLE)
