"""``python -m kompcalc``."""

from kompcalc.cli.entry import main

raise SystemExit(main())
