"""Rule on source: present, a plain file name, and listed in sources.csv when there is one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd

from checker import columns
from checker.model import Problem
from checker.rules.context import RuleContext, problems_at

#: What a source id must not hold: it names files (<source>.txt, <source>.csv), and a
#: folder part or a leading dot would point outside the folders claimcheck was given.
_PATH_LIKE = re.compile(r"[/\\\x00-\x1f]|\A\.")
_PLAIN_HINT = "a source id is its article's file name without .txt: no folders, no leading dot"


def is_plain_name(source: str) -> bool:
    """True for a source id that can only name a file inside the given folders."""
    return bool(source) and not _PATH_LIKE.search(source)


def _not_plain(source: str) -> bool:
    source = source.strip()
    return source != "" and bool(_PATH_LIKE.search(source))


def check_sources(ctx: RuleContext) -> Iterator[Problem]:
    frame = ctx.frame
    yield from problems_at(
        frame,
        (frame["source"] == "").to_numpy(),
        "source",
        lambda r: "source is empty",
        "name the source (its article file name without .txt)",
    )
    for table in (frame, ctx.sources):
        if table is None:
            continue
        source = table["source"]
        if not isinstance(source.dtype, pd.CategoricalDtype):  # coded: strings already
            source = source.astype(str)
        not_plain = columns.per_value(source, _not_plain)
        yield from problems_at(
            table,
            not_plain.fillna(False).to_numpy(bool),
            "source",
            lambda r: f"source {r['source'].strip()!r} is not a plain name",
            _PLAIN_HINT,
        )
    if ctx.sources is not None:
        known = set(ctx.sources["source"].str.strip())
        missing = ~frame["source"].isin(known) & (frame["source"] != "")
        yield from problems_at(
            frame,
            missing.to_numpy(),
            "source",
            lambda r: f"source {r['source']!r} is not in sources.csv",
            "add a row for it to sources.csv",
        )
    # claims/<source>.csv holds that source's claims only; rows of the (few) files named
    # after a source are looked at, by file code, not a million file names
    file_codes, files = pd.factorize(frame["file"])
    sources = set(columns.distinct(frame["source"]))
    stems = np.array([Path(f).stem for f in files], dtype=object)
    named = np.array([stem in sources for stem in stems], dtype=bool)[file_codes]
    rows = frame[named]
    stem = stems[file_codes[named]]
    other = (stem != rows["source"].to_numpy(object)) & (rows["source"] != "").to_numpy()
    yield from problems_at(
        rows,
        other,
        "source",
        lambda r: f"claim of {r['source']!r} in another source's file",
        "move it to the file named after its source",
    )
