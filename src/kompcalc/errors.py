"""The one error type for everything a user can get wrong."""

from dataclasses import dataclass

EXIT_OK = 0
EXIT_BAD_DATA = 1
EXIT_BAD_USAGE = 2


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located as precisely as we know."""

    message: str
    file: str | None = None
    line: int | None = None
    field: str | None = None
    case: str | None = None
    """The id of the case in a case file the problem is about."""

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [p for p in (where, self.case, self.field) if p]
        return ": ".join([*parts, self.message])


class KompcalcError(Exception):
    """Bad input: a file, a value or a name that kompcalc cannot use.

    Carries one or more :class:`Problem` lines and the exit code the CLI should use
    (1 for bad data, 2 for bad usage on the command line).
    """

    def __init__(self, *problems: Problem, exit_code: int = EXIT_BAD_DATA) -> None:
        if not problems:
            raise ValueError("KompcalcError needs at least one problem")
        self.problems = problems
        self.exit_code = exit_code
        super().__init__("\n".join(str(p) for p in problems))

    @classmethod
    def usage(cls, message: str, *, field: str | None = None) -> "KompcalcError":
        """A bad value on the command line (exit code 2)."""
        return cls(Problem(message, field=field), exit_code=EXIT_BAD_USAGE)
