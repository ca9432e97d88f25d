"""kompcalc: what the Danish compensation schemes save a municipality, computed exactly."""

__version__ = "0.1.0"
