"""``python -m kompcalc``."""

from kompcalc.cli.app import main

raise SystemExit(main())
