"""Language packs: one TOML file per language (checker/data/lang/<code>.toml, or extra folders).

This module only finds, parses and validates the top level of a pack; each consumer
(extract.numbers with extract.numlexicon, extract.cues) compiles the sections it owns.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from checker.errors import DataError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

#: Sections a pack may have. Unknown top-level sections are an error (typos would be silent).
PACK_SECTIONS = (
    "language",
    "numbers",
    "qualifiers",
    "units",
    "concepts",
    "modality",
    "stop",
    "text",
)


@dataclass(frozen=True)
class LanguagePack:
    """A parsed language file: its code, name, where it came from, and its raw sections."""

    code: str
    name: str
    path: str
    sections: Mapping[str, Any] = field(default_factory=dict)

    def section(self, name: str) -> Mapping[str, Any]:
        """Return one section (empty mapping when the pack does not define it)."""
        return self.sections.get(name, {})


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML data file, turning any failure into a DataError that names the file."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise DataError("file not found", path=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise DataError(f"not valid TOML ({exc})", path=str(path), hint="fix the syntax") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read ({exc})", path=str(path)) from None


def _builtin_dir() -> Path:
    return Path(str(resources.files("checker") / "data" / "lang"))


def pack_files(extra_dirs: Iterable[str | Path] = ()) -> dict[str, Path]:
    """Map language code -> file. Packs in ``extra_dirs`` override the built-in ones."""
    found: dict[str, Path] = {}
    for folder in (_builtin_dir(), *map(Path, extra_dirs)):
        if not folder.is_dir():
            raise DataError("language folder not found", path=str(folder))
        for path in sorted(folder.glob("*.toml")):
            found[path.stem] = path
    return found


def parse_pack(path: Path) -> LanguagePack:
    """Parse and check the top level of one language file."""
    data = read_toml(path)
    unknown = sorted(set(data) - set(PACK_SECTIONS))
    if unknown:
        raise DataError(
            f"unknown section [{unknown[0]}]",
            path=str(path),
            hint=f"sections are {', '.join(PACK_SECTIONS)}",
        )
    meta = data.get("language", {})
    code = meta.get("code", path.stem)
    if code != path.stem:
        raise DataError(
            f"[language] code {code!r} does not match the file name",
            path=str(path),
            hint=f"name the file {code}.toml",
        )
    return LanguagePack(code=code, name=str(meta.get("name", code)), path=str(path), sections=data)


@lru_cache(maxsize=64)
def _load_cached(path: str, mtime_ns: int) -> LanguagePack:
    return parse_pack(Path(path))


def load_pack(code: str, extra_dirs: tuple[str, ...] = ()) -> LanguagePack:
    """Load the pack for ``code`` (e.g. "en"), looking in ``extra_dirs`` first."""
    files = pack_files(extra_dirs)
    if code not in files:
        raise DataError(
            f"no language pack for {code!r}",
            hint=f"available: {', '.join(sorted(files))}; add checker/data/lang/{code}.toml",
        )
    path = files[code]
    return _load_cached(str(path), path.stat().st_mtime_ns)


def load_packs(extra_dirs: tuple[str, ...] = ()) -> dict[str, LanguagePack]:
    """Load every available pack, keyed by code (the folders are listed once: extraction
    asks for the packs again for each chunk of articles)."""
    return {
        code: _load_cached(str(path), path.stat().st_mtime_ns)
        for code, path in pack_files(extra_dirs).items()
    }
