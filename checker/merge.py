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
    confine,
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


@dataclass(frozen=True)
class PendingWrite:
    """A file's new text, written only once every input has been read (see write_all)."""

    path: Path
    text: str


def write_all(writes: Iterable[PendingWrite | None]) -> None:
    """Write planned files, each atomically (a crash leaves every file old or new)."""
    for write in writes:
        if write is not None:
            atomic_write_text(write.path, write.text)


def _existing(path: Path, folder: Path) -> tuple[str, list[str], list[dict[str, str]]]:
    """The file's text, its header, and its rows (with line numbers), or an empty store file."""
    if not path.exists() and not path.is_symlink():
        return "", list(CLAIM_COLUMNS), []
    confine(path, folder)  # never read (nor replace) a file outside the store through a link
    text = decode_text(read_bytes(path), str(path))
    frame = read_csv_text(text, str(path))
    header = [c for c in frame.columns if c != "line"]
    missing = [c for c in ("source", "metric", "value", "quote") if c not in header]
    if missing:
        raise InputError(
            f"missing column {missing[0]!r}",
            path=str(path),
            line=1,
            hint="fix the header before extracting into it",
        )
    return text, header, frame.to_dict("records")


def merge_source(folder: Path, source: str, proposals: Iterable[Mapping[str, str]]) -> MergeResult:
    """Add one source's extracted claims to ``folder/<source>.csv``; see the module docstring."""
    result, write = plan_merge(folder, source, proposals)
    write_all([write])
    return result


def plan_merge(
    folder: Path, source: str, proposals: Iterable[Mapping[str, str]]
) -> tuple[MergeResult, PendingWrite | None]:
    """What merge_source would do, without writing: the result and the file to write."""
    path = folder / f"{source}.csv"
    text, header, rows = _existing(path, folder)
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
        new_rows.append(
            {c: str(proposal.get(c, "")) for c in header} | {"status": Status.EXTRACTED.value}
        )
    stale = tuple(
        StaleClaim(str(path), int(row["line"]), row["metric"], row["value"])
        for row in rows
        if row.get("status", "").strip() == Status.EXTRACTED.value
        and not (_keys(row) & proposed_keys)
    )
    if not new_rows:
        return MergeResult(unchanged=unchanged, stale=stale), None
    if text and not text.endswith("\n"):
        text += "\n"
    body = csv_lines(new_rows, tuple(header), header=not text)
    result = MergeResult(
        added=len(new_rows), unchanged=unchanged, stale=stale, written=(str(path),)
    )
    return result, PendingWrite(path, text + body)


def register_sources(folder: Path, sources: Mapping[str, Mapping[str, str]]) -> bool:
    """Append sources missing from ``folder/sources.csv`` (existing lines kept as they are)."""
    write = plan_sources(folder, sources)
    write_all([write])
    return write is not None


def plan_sources(folder: Path, sources: Mapping[str, Mapping[str, str]]) -> PendingWrite | None:
    """What register_sources would write, without writing."""
    path = folder / SOURCES_FILE
    if path.is_symlink():
        confine(path, folder)
    text = decode_text(read_bytes(path), str(path)) if path.exists() else ""
    present = set()
    if text.strip():
        present = {row[0].strip() for row in list(csv.reader(io.StringIO(text)))[1:] if row}
    missing = [s for s in sorted(sources) if s not in present]
    if not missing:
        return None
    rows = [
        {"source": s, **{k: sources[s].get(k, "") for k in SOURCE_COLUMNS[1:]}} for s in missing
    ]
    if text and not text.endswith("\n"):
        text += "\n"
    return PendingWrite(path, text + csv_lines(rows, SOURCE_COLUMNS, header=not text.strip()))
