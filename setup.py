"""Build: compile the extraction modules (checker/extract) with mypyc where possible.

Everything else about the package is in pyproject.toml. The compiled modules are the same
code as the source, about a third faster (bench/extract_speed.py). Without a C compiler, with
a mypyc that fails, or with CLAIMCHECK_PURE=1 set, the package installs as pure Python and
works the same, only slower.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
#: Modules compiled: every module of checker/extract but the package's own __init__, which
#: chooses between the compiled copies and the source at import (see its docstring).
COMPILED = sorted(
    f"checker/extract/{p.name}" for p in (HERE / "checker" / "extract").glob("*.py")
    if p.name != "__init__.py"
)  # fmt: skip
#: The shared library the compiled modules live in (inside the package, not at the top).
GROUP = "checker.extract._native"


def _say(message: str) -> None:
    print(f"claimcheck build: {message}", file=sys.stderr)


def _extensions() -> list:
    if os.environ.get("CLAIMCHECK_PURE", "") not in ("", "0"):
        _say("CLAIMCHECK_PURE is set: installing pure Python")
        return []
    try:
        from mypyc.build import mypycify

        # only the compiled modules must type-check; what they import is read, not judged
        options = ["--follow-imports=silent"]
        return mypycify(options + COMPILED, opt_level="3", debug_level="0", group_name=GROUP)
    except (Exception, SystemExit) as error:  # mypyc missing, or its type check failed
        _say(f"not compiled ({type(error).__name__}: {error}); installing pure Python")
        return []


class OptionalBuildExt(build_ext):
    """build_ext that falls back to pure Python when the C build fails (no compiler)."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:
            _say(f"C build failed ({type(error).__name__}: {error}); installing pure Python")
            for ext in self.extensions:
                for folder in {self.build_lib, str(HERE)}:
                    built = Path(folder) / self.get_ext_filename(ext.name)
                    built.unlink(missing_ok=True)


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
