"""Shared fixtures: hermetic environment, the repository root, and a tiny claims-store builder."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from checker.model import CLAIM_COLUMNS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def hermetic(monkeypatch):
    """No CI variables or debug switches leak into tests."""
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "CLAIMCHECK_DEBUG", "CI"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def root() -> Path:
    return ROOT


def claim_row(source: str, metric: str, value: str, **fields: str) -> dict[str, str]:
    """A claims-file row with sensible defaults (exact, reported, reviewed, a quote)."""
    row = {c: "" for c in CLAIM_COLUMNS}
    row.update(
        source=source,
        metric=metric,
        value=value,
        qualifier="exact",
        modality="reported",
        status="reviewed",
    )
    row["quote"] = f"{source} says {value}"
    row.update(fields)
    return row


def write_csv(path: Path, rows: list[dict[str, str]], columns=CLAIM_COLUMNS) -> Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def write_store(
    folder: Path, rows: list[dict[str, str]], published: dict[str, str] | None = None
) -> Path:
    """claims/<source>.csv per source, plus sources.csv when ``published`` is given."""
    by_source: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_source.setdefault(row["source"], []).append(row)
    for source, source_rows in by_source.items():
        write_csv(folder / f"{source}.csv", source_rows)
    if published is not None:
        srows = [
            {"source": s, "outlet": "", "published": published.get(s, ""), "lang": "en", "url": ""}
            for s in sorted(by_source)
        ]
        write_csv(folder / "sources.csv", srows, ("source", "outlet", "published", "lang", "url"))
    return folder
