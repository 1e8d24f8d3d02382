"""Reading articles into claims; ``pipeline`` is the way in.

Installing the package compiles these modules with mypyc (``setup.py``): the same code, about
a third faster. The source always works on its own, and it runs instead of the compiled copy
when

- ``CLAIMCHECK_PURE=1`` is set (to compare the two, or to debug), or
- in a source checkout, a module's source is newer than its compiled copy (edited, or
  changed by git, after ``pip install -e .``): a compiled copy would run old code, so the
  whole package runs from source and one line on stderr says how to rebuild.
"""

from __future__ import annotations

import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from importlib.util import spec_from_file_location
from pathlib import Path
from types import ModuleType

#: Set to 1 to run the source even when a compiled copy is installed.
PURE_ENV = "CLAIMCHECK_PURE"

_HERE = Path(__file__).resolve().parent


def compiled_copies(folder: Path = _HERE) -> dict[str, Path]:
    """Module name -> its compiled file, for the modules of ``folder`` that have one."""
    found = {}
    for path in folder.iterdir():
        # the longest suffix that fits: "cues.cpython-311-x86_64-linux-gnu.so" is "cues"
        suffix = next((s for s in EXTENSION_SUFFIXES if path.name.endswith(s)), None)
        if suffix is not None:
            found[path.name[: -len(suffix)]] = path
    return found


def stale_copies(folder: Path = _HERE) -> list[str]:
    """Modules whose source changed after they were compiled (a source checkout only: an
    installed wheel's files carry no such order)."""
    if not (folder.parents[1] / "pyproject.toml").is_file():
        return []
    stale = []
    for name, path in sorted(compiled_copies(folder).items()):
        source = folder / f"{name}.py"
        if source.is_file() and source.stat().st_mtime > path.stat().st_mtime:
            stale.append(name)
    return stale


class _SourceFirst:
    """A finder that loads this package's modules from their ``.py`` files (all of them: a
    compiled module calls its compiled neighbours directly, so the two do not mix)."""

    @staticmethod
    def find_spec(
        name: str, path: object = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        package, _, module = name.rpartition(".")
        if package != __name__:
            return None
        source = _HERE / f"{module}.py"
        return spec_from_file_location(name, source) if source.is_file() else None


def _choose() -> None:
    if not compiled_copies():
        return
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        sys.meta_path.insert(0, _SourceFirst())
        return
    stale = stale_copies()
    if stale:
        sys.meta_path.insert(0, _SourceFirst())
        print(
            f"claimcheck: checker/extract/{stale[0]}.py changed after it was compiled; running"
            " from source (slower). Rebuild: pip install -e .",
            file=sys.stderr,
        )


_choose()
