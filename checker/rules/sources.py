"""Rule on source: present, and listed in sources.csv when there is one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from checker.model import Problem
from checker.rules.context import RuleContext, problems_at


def check_sources(ctx: RuleContext) -> Iterator[Problem]:
    frame = ctx.frame
    yield from problems_at(frame, (frame["source"] == "").to_numpy(), "source", lambda r: "source is empty", "name the source (its article file name without .txt)")
    if ctx.sources is not None:
        known = set(ctx.sources["source"].str.strip())
        missing = ~frame["source"].isin(known) & (frame["source"] != "")
        yield from problems_at(
            frame, missing.to_numpy(), "source", lambda r: f"source {r['source']!r} is not in sources.csv", "add a row for it to sources.csv"
        )
    # claims/<source>.csv holds that source's claims only
    stem = frame["file"].map(lambda f: Path(f).stem)
    sources = set(frame["source"])
    other = stem.isin(sources) & (stem != frame["source"]) & (frame["source"] != "")
    yield from problems_at(
        frame,
        other.to_numpy(),
        "source",
        lambda r: f"claim of {r['source']!r} in another source's file",
        "move it to the file named after its source",
    )
