"""The one exception family. cli.py turns any of them into a one-line message and exit 2."""

from __future__ import annotations

#: Every character a terminal or a CI log may take as a line end, written as an escape, so
#: that one problem is one line (and a file name cannot start a GitHub workflow command).
_BREAKS = (0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029)
_LINE_BREAKS = {c: repr(chr(c))[1:-1] for c in _BREAKS}


def one_line(text: str) -> str:
    """``text`` with its line breaks escaped (\\n, \\r, \\u2028 ...)."""
    return text.translate(_LINE_BREAKS)


class CheckerError(Exception):
    """Cannot continue. Carries where (path, line) and how to fix it (hint)."""

    def __init__(self, message: str, *, path: str = "", line: int = 0, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint

    def render(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        text = f"{where}{self.message}"
        return one_line(f"{text}; {self.hint}" if self.hint else text)


class InputError(CheckerError):
    """A file or folder we were given cannot be read as what it should be."""


class DataError(CheckerError):
    """A shipped or user-supplied data file (taxonomy, language pack) is malformed."""


class ConfigError(CheckerError):
    """A configuration file or option is wrong."""


class ValidationFailed(CheckerError):
    """Input was read but has problems; ``problems`` lists every one of them."""

    def __init__(self, problems: list, *, path: str = "") -> None:  # list[Problem]
        super().__init__(f"{len(problems)} problem(s) found", path=path)
        self.problems = problems
