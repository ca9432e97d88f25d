"""``python -m kompcalc``."""

from kompcalc.cli import main

raise SystemExit(main())
