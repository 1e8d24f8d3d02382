"""Rule on dates (as_of, and published in sources.csv): an ISO date that exists, or empty."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from checker import columns
from checker.model import Problem
from checker.rules.context import RuleContext, problems_at


def _not_dates(text: pd.Series) -> pd.Series:
    return pd.to_datetime(text, format="%Y-%m-%d", errors="coerce").isna() & (text != "")


def check_dates(ctx: RuleContext) -> Iterator[Problem]:
    frame = ctx.frame
    text = frame["as_of"]
    bad = columns.each_distinct(text, _not_dates).fillna(True).to_numpy(bool)
    yield from problems_at(
        frame,
        bad,
        "date",
        lambda r: f"as_of {r['as_of']!r} is not a date",
        "write YYYY-MM-DD, e.g. 2024-08-23, or leave it empty",
    )
    if ctx.sources is not None:  # a bad published date would silently make claims undated
        published = ctx.sources["published"].astype(str).str.strip()
        parsed = pd.to_datetime(published, format="%Y-%m-%d", errors="coerce")
        yield from problems_at(
            ctx.sources,
            (parsed.isna() & (published != "")).to_numpy(),
            "date",
            lambda r: f"published {r['published'].strip()!r} is not a date",
            "write YYYY-MM-DD, e.g. 2024-08-23, or leave it empty",
        )
