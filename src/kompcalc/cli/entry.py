"""The ``kompcalc`` command's entry point: Ctrl-C while kompcalc is still loading (its
first quarter second) ends it quietly with exit 130, as later, not with a traceback.

Python's cycle collector is paused while kompcalc loads, and what loading made is then
frozen (:func:`gc.freeze`): loading makes no garbage, only modules, classes and
functions that live as long as the process, and the collector would otherwise scan
them again and again as they pile up, and once more when the process ends (a tenth of
``kompcalc pa``'s instructions). After loading the collector runs as usual.
"""

import gc

EXIT_INTERRUPTED = 130
"""As :data:`kompcalc.errors.EXIT_INTERRUPTED`, which is loaded with the collector paused."""


def main() -> int:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        from kompcalc.cli.app import main as run
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    finally:
        gc.freeze()  # what loading made lives on: never scanned again
        if was_enabled:
            gc.enable()
    return run()
