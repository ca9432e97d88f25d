"""The ``kompcalc`` command's entry point: Ctrl-C while kompcalc is still loading (its
first quarter second) ends it quietly with exit 130, as later, not with a traceback."""

from kompcalc.errors import EXIT_INTERRUPTED


def main() -> int:
    try:
        from kompcalc.cli.app import main as run
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    return run()
