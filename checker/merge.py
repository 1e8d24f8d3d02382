"""Merging extracted claims into the store without touching what people wrote.

Existing lines are never rewritten, reformatted or removed: new proposals are appended with
status `extracted`, and the file is replaced atomically. A proposal is "already there" when an
existing row (any status) has the same metric, value and modality, or the same quote and either
the same metric or the same value (a person corrected one of them). Extracted rows the article
no longer supports are reported as stale, not deleted.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from checker.errors import InputError
from checker.model import CLAIM_COLUMNS, Status
from checker.rules.quotes import squash
from checker.store import (
    SOURCE_COLUMNS,
    SOURCES_FILE,
    atomic_write_text,
    csv_lines,
    decode_text,
    read_bytes,
    read_csv_text,
)


@dataclass(frozen=True)
class StaleClaim:
    file: str
    line: int
    metric: str
    value: str


@dataclass(frozen=True)
class MergeResult:
    added: int = 0
    unchanged: int = 0
    stale: tuple[StaleClaim, ...] = field(default_factory=tuple)
    written: tuple[str, ...] = field(default_factory=tuple)


def _number(text: str) -> str:
    try:
        return repr(float(text))
    except ValueError:
        return text.strip()


def _keys(row: Mapping[str, str]) -> set[tuple[str, ...]]:
    metric, value = row.get("metric", "").strip(), _number(row.get("value", ""))
    quote = squash(row.get("quote", ""))
    keys = {("claim", metric, value, row.get("modality", "").strip() or "reported")}
    if quote:
        keys |= {("quote-metric", quote, metric), ("quote-value", quote, value)}
    return keys


def _existing(path: Path) -> tuple[str, list[str], list[dict[str, str]]]:
    """The file's text, its header, and its rows (with line numbers), or an empty store file."""
    if not path.exists():
        return "", list(CLAIM_COLUMNS), []
    text = decode_text(read_bytes(path), str(path))
    frame = read_csv_text(text, str(path))
    header = [c for c in frame.columns if c != "line"]
    missing = [c for c in ("source", "metric", "value", "quote") if c not in header]
    if missing:
        raise InputError(f"missing column {missing[0]!r}", path=str(path), line=1, hint="fix the header before extracting into it")
    return text, header, frame.to_dict("records")


def merge_source(folder: Path, source: str, proposals: Iterable[Mapping[str, str]]) -> MergeResult:
    """Add one source's extracted claims to ``folder/<source>.csv``; see the module docstring."""
    path = folder / f"{source}.csv"
    text, header, rows = _existing(path)
    known: set[tuple[str, ...]] = set()
    for row in rows:
        known |= _keys(row)
    new_rows: list[dict[str, str]] = []
    proposed_keys: set[tuple[str, ...]] = set()
    unchanged = 0
    for proposal in proposals:
        keys = _keys(proposal)
        proposed_keys |= keys
        if keys & known:
            unchanged += 1
            continue
        known |= keys
        new_rows.append({c: str(proposal.get(c, "")) for c in header} | {"status": Status.EXTRACTED.value})
    stale = tuple(
        StaleClaim(str(path), int(row["line"]), row["metric"], row["value"])
        for row in rows
        if row.get("status", "").strip() == Status.EXTRACTED.value and not (_keys(row) & proposed_keys)
    )
    if not new_rows:
        return MergeResult(unchanged=unchanged, stale=stale)
    if text and not text.endswith("\n"):
        text += "\n"
    body = csv_lines(new_rows, tuple(header), header=not text)
    atomic_write_text(path, text + body)
    return MergeResult(added=len(new_rows), unchanged=unchanged, stale=stale, written=(str(path),))


def register_sources(folder: Path, sources: Mapping[str, Mapping[str, str]]) -> bool:
    """Append sources missing from ``folder/sources.csv`` (existing lines kept as they are)."""
    path = folder / SOURCES_FILE
    text = decode_text(read_bytes(path), str(path)) if path.exists() else ""
    present = set()
    if text.strip():
        present = {row[0].strip() for row in list(csv.reader(io.StringIO(text)))[1:] if row}
    missing = [s for s in sorted(sources) if s not in present]
    if not missing:
        return False
    rows = [{"source": s, **{k: sources[s].get(k, "") for k in SOURCE_COLUMNS[1:]}} for s in missing]
    if text and not text.endswith("\n"):
        text += "\n"
    atomic_write_text(path, text + csv_lines(rows, SOURCE_COLUMNS, header=not text.strip()))
    return True
