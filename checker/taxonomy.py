"""The metric taxonomy and the unit table, loaded from TOML data (checker/data/ plus project files)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from checker.errors import DataError
from checker.lang import read_toml

DIRECTIONS = ("non_increasing", "non_decreasing", "free")
_METRIC_FIELDS = {
    "key",
    "description",
    "unit",
    "direction",
    "tolerance",
    "shares",
    "concepts",
    "dimension",
    "any_concepts",
    "exclude",
    "clause_exclude",
    "near_exclude",
    "own_exclude",
    "priority",
    "reach",
    "since",
    "assumed",
}


@dataclass(frozen=True)
class Unit:
    key: str
    dimension: str
    factor: float
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Metric:
    key: str
    description: str
    unit: str
    direction: str
    tolerance: float
    shares: bool = False
    concepts: tuple[str, ...] = ()
    dimension: str = "count"
    any_concepts: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    priority: int = 0
    reach: str = ""
    since: str = ""
    clause_exclude: tuple[str, ...] = ()
    near_exclude: tuple[str, ...] = ()
    assumed: tuple[str, ...] = ()
    own_exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class NumberedPart:
    """For extraction: once ``part`` is cued, an ordinal ``ordinal`` with no noun of its own
    cues ``concepts`` ("The deal has three phases. The first would last six weeks")."""

    part: str
    ordinal: int
    concepts: tuple[str, ...]


@dataclass(frozen=True)
class Taxonomy:
    """Metrics by key and units by key (aliases resolved through ``unit_for``)."""

    metrics: Mapping[str, Metric]
    units: Mapping[str, Unit]
    files: tuple[str, ...] = ()
    parts: tuple[NumberedPart, ...] = ()

    def unit_for(self, name: str) -> Unit | None:
        """The unit a claims file's unit column names (key or alias, case-insensitive)."""
        name = name.strip().lower()
        if name in self.units:
            return self.units[name]
        for unit in self.units.values():
            if name in unit.aliases:
                return unit
        return None

    def accepts_unit(self, metric: Metric, unit: Unit) -> bool:
        """Whether a figure in ``unit`` can be compared with ``metric``."""
        own = self.units[metric.unit]
        return unit.dimension == own.dimension or (metric.shares and unit.dimension == "share")


def _data_dir() -> Path:
    return Path(str(resources.files("checker") / "data"))


def _parse_units(path: Path) -> dict[str, Unit]:
    data = read_toml(path).get("units", {})
    units: dict[str, Unit] = {}
    for key, spec in data.items():
        try:
            units[key] = Unit(
                key=key,
                dimension=str(spec["dimension"]),
                factor=float(spec["factor"]),
                aliases=tuple(str(a).lower() for a in spec.get("aliases", ())),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise DataError(f"unit {key!r} is malformed ({exc})", path=str(path)) from None
    return units


def _parse_metric(spec: Mapping, path: Path, units: Mapping[str, Unit]) -> Metric:
    key = spec.get("key")
    if not isinstance(key, str) or not key:
        raise DataError("a [[metric]] has no key", path=str(path), hint='add key = "area.name"')
    unknown = sorted(set(spec) - _METRIC_FIELDS)
    if unknown:
        raise DataError(
            f"metric {key!r} has unknown field {unknown[0]!r}",
            path=str(path),
            hint=f"fields are {', '.join(sorted(_METRIC_FIELDS))}",
        )
    if spec.get("unit") not in units:
        raise DataError(
            f"metric {key!r} has unknown unit {spec.get('unit')!r}",
            path=str(path),
            hint=f"units are {', '.join(sorted(units))}",
        )
    direction = spec.get("direction", "free")
    if direction not in DIRECTIONS:
        raise DataError(
            f"metric {key!r} has direction {direction!r}",
            path=str(path),
            hint=f"use one of {', '.join(DIRECTIONS)}",
        )
    tolerance = spec.get("tolerance", 0.1)
    if not isinstance(tolerance, (int, float)) or not 0 <= tolerance < 1:
        raise DataError(
            f"metric {key!r} tolerance must be a number from 0 to below 1", path=str(path)
        )
    since = spec.get("since", "")
    if isinstance(since, date) and not isinstance(since, datetime):  # TOML's bare 2025-01-19
        since = since.isoformat()
    if since != "" and not _iso_day(since):
        raise DataError(
            f"metric {key!r} has since {since!r}",
            path=str(path),
            hint='give the first day it counts as a quoted date, since = "2025-01-19"',
        )
    lists = {name: _concept_list(spec, name, key, path) for name in _CONCEPT_LISTS}
    priority = spec.get("priority", 0)
    if not isinstance(priority, int) or isinstance(priority, bool):
        raise DataError(
            f"metric {key!r} has priority {priority!r}", path=str(path), hint="use a whole number"
        )
    clause_exclude, near_exclude = lists["clause_exclude"], lists["near_exclude"]
    for name, listed in (("clause_exclude", clause_exclude), ("near_exclude", near_exclude)):
        stray = sorted(set(listed) - set(lists["exclude"]))
        if stray:
            raise DataError(
                f"metric {key!r} has {name} {', '.join(stray)} not in its exclude",
                path=str(path),
                hint=f"list every {name} concept under exclude too",
            )
    stray = sorted(set(lists["assumed"]) - set(lists["concepts"][1:]))
    if stray:
        raise DataError(
            f"metric {key!r} has assumed {', '.join(stray)} not among its concepts after the first",
            path=str(path),
            hint="list under assumed only concepts the metric needs besides what it counts",
        )
    return Metric(
        key=key,
        description=str(spec.get("description", "")),
        unit=spec["unit"],
        direction=direction,
        tolerance=float(tolerance),
        shares=bool(spec.get("shares", False)),
        concepts=lists["concepts"],
        dimension=str(spec.get("dimension", units[spec["unit"]].dimension)),
        any_concepts=lists["any_concepts"],
        exclude=lists["exclude"],
        priority=priority,
        reach=str(spec.get("reach", "")),
        since=since,
        clause_exclude=clause_exclude,
        near_exclude=near_exclude,
        assumed=lists["assumed"],
        own_exclude=lists["own_exclude"],
    )


#: Metric fields that list concepts: a list of names, never a string read letter by letter.
_CONCEPT_LISTS = (
    "concepts",
    "any_concepts",
    "exclude",
    "clause_exclude",
    "near_exclude",
    "own_exclude",
    "assumed",
)


def _concept_list(spec: Mapping[str, Any], name: str, key: str, path: Path) -> tuple[str, ...]:
    listed = spec.get(name, [])
    if not isinstance(listed, list) or not all(isinstance(c, str) and c for c in listed):
        raise DataError(
            f"metric {key!r} has {name} {listed!r}, not a list of concept names",
            path=str(path),
            hint=f'write {name} = ["hostage", "held"]',
        )
    return tuple(listed)


def _iso_day(value: object) -> bool:
    """A quoted YYYY-MM-DD that names a real day."""
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=16)
def load_taxonomy(extra_files: tuple[str, ...] = ()) -> Taxonomy:
    """Load the shipped taxonomy plus any project files (later files may add or redefine metrics)."""
    units = _parse_units(_data_dir() / "units.toml")
    metrics: dict[str, Metric] = {}
    files = [_data_dir() / "metrics.toml", *map(Path, extra_files)]
    for path in files:
        seen: set[str] = set()
        for spec in read_toml(path).get("metric", []):
            metric = _parse_metric(spec, path, units)
            if metric.key in seen:
                raise DataError(f"metric {metric.key!r} is defined twice", path=str(path))
            seen.add(metric.key)
            metrics[metric.key] = metric
    parts = tuple(
        _parse_part(spec, path) for path in files for spec in read_toml(path).get("part", [])
    )
    return Taxonomy(metrics=metrics, units=units, files=tuple(str(f) for f in files), parts=parts)


def _parse_part(spec: Any, path: Path) -> NumberedPart:
    """One [[part]] table: part (a concept), ordinal (a whole number), concepts (a list)."""
    hint = 'part = "phase", ordinal = 1, concepts = ["phase1"]'
    if not isinstance(spec, Mapping) or set(spec) != {"part", "ordinal", "concepts"}:
        raise DataError(
            "a [[part]] needs exactly part, ordinal and concepts", path=str(path), hint=hint
        )
    part, ordinal, concepts = spec["part"], spec["ordinal"], spec["concepts"]
    if (
        not isinstance(part, str)
        or not isinstance(ordinal, int)
        or isinstance(ordinal, bool)
        or not isinstance(concepts, list)
        or not all(isinstance(c, str) for c in concepts)
    ):
        raise DataError(f"[[part]] {part!r} is malformed", path=str(path), hint=hint)
    return NumberedPart(part, ordinal, tuple(concepts))


def metric_keys(taxonomy: Taxonomy) -> Iterable[str]:
    return sorted(taxonomy.metrics)
