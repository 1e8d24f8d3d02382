"""Settings: shipped defaults, then [tool.claimcheck] in pyproject.toml or claimcheck.toml
(searched upward from the working directory), then command-line flags. Parsed once, frozen."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from checker.errors import ConfigError
from checker.lang import read_toml

FAIL_ON = ("conflict", "changed", "compatible", "never")


@dataclass(frozen=True)
class Config:
    """Every tunable setting, with its default. See README, "Configuration"."""

    #: claims files or folders read by validate/check/report
    claims: tuple[str, ...] = ("claims",)
    #: folder(s) holding the articles (source texts), for quote checks
    texts: tuple[str, ...] = ("seeds",)
    #: extra taxonomy files (TOML, same shape as checker/data/metrics.toml)
    taxonomy: tuple[str, ...] = ()
    #: extra folders of language packs
    languages: tuple[str, ...] = ()
    #: two as_of dates at most this many days apart are "the same moment"
    window_days: int = 7
    #: per-metric tolerance overrides, metric key -> relative tolerance
    tolerances: Mapping[str, float] = ()  # type: ignore[assignment]
    #: the least severe verdict that fails `check`
    fail_on: str = "conflict"
    #: default output format of check
    format: str = "auto"
    #: fail on stale acknowledgements too
    strict: bool = False
    #: where the settings came from (for messages), empty when defaults only
    origin: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "tolerances", dict(self.tolerances or {}))


_TUPLE_KEYS = {"claims", "texts", "taxonomy", "languages"}


def find_config_file(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest claimcheck.toml, or pyproject.toml with a [tool.claimcheck] table, upward."""
    for folder in (start, *start.parents):
        own = folder / "claimcheck.toml"
        if own.is_file():
            return own, read_toml(own)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = read_toml(pyproject).get("tool", {}).get("claimcheck")
            if table is not None:
                return pyproject, table
    return None


def _relative_path(value: str, config_file: Path, start: Path) -> str:
    """A path written in a settings file, as seen from ``start`` (the working directory).

    Relative paths are relative to the settings file's folder; the result stays relative
    (to ``start``) so reports never carry absolute paths.
    """
    if Path(value).is_absolute():
        return value
    target = config_file.parent / value
    try:
        return os.path.relpath(target, start)
    except ValueError:  # another drive (Windows): keep the full path
        return str(target)


def _formats() -> tuple[str, ...]:
    from checker.report import FORMATS  # late: the renderers are not needed to read settings

    return ("auto", *FORMATS)


def _coerce(key: str, value: Any, path: Path, start: Path) -> Any:
    default = getattr(Config(), key)
    if key in _TUPLE_KEYS:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{key} must be a list of paths", path=str(path))
        return tuple(_relative_path(v, path, start) for v in value)
    if key == "tolerances":
        if not isinstance(value, dict) or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v < 1
            for v in value.values()
        ):
            raise ConfigError(
                "tolerances must map metric keys to numbers from 0 to below 1", path=str(path)
            )
        return {str(k): float(v) for k, v in value.items()}
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{key} must be true or false", path=str(path))
        return value
    if isinstance(default, int):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ConfigError(f"{key} must be a whole number >= 0", path=str(path))
        return value
    if not isinstance(value, str):
        raise ConfigError(f"{key} must be a string", path=str(path))
    if key == "fail_on" and value not in FAIL_ON:
        raise ConfigError(f"fail_on must be one of {', '.join(FAIL_ON)}", path=str(path))
    if key == "format" and value not in _formats():
        raise ConfigError(f"format must be one of {', '.join(_formats())}", path=str(path))
    return value


def config_from_table(table: Mapping[str, Any], path: Path, start: Path | None = None) -> Config:
    """Build a Config from a [tool.claimcheck] table, naming the file and key on any error.

    Relative paths in it are taken from the file's folder and given relative to ``start``
    (default: the file's folder).
    """
    if not isinstance(table, Mapping):
        raise ConfigError("[tool.claimcheck] must be a table of settings", path=str(path))
    start = start or path.parent
    known = {f.name for f in fields(Config)} - {"origin"}
    values: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        if name not in known:
            raise ConfigError(
                f"unknown key {key!r} in claimcheck settings",
                path=str(path),
                hint=f"known keys: {', '.join(sorted(known))}",
            )
        values[name] = _coerce(name, value, path, start)
    return Config(**values, origin=str(path))


def load_config(start: Path | None = None, overrides: Mapping[str, Any] | None = None) -> Config:
    """Defaults, then the nearest settings file, then ``overrides`` (flags that were given)."""
    start = (start or Path.cwd()).resolve()
    found = find_config_file(start)
    config = config_from_table(found[1], found[0], start) if found else Config()
    given = {k: v for k, v in (overrides or {}).items() if v is not None}
    return replace(config, **given) if given else config
