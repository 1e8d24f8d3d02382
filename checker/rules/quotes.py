"""Rule on quote: present, found in the article (whitespace-insensitive), holding the figure."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import lru_cache

import numpy as np
import pandas as pd

from checker.model import Problem
from checker.rules.context import RuleContext

#: Whitespace to collapse: runs, and any single space that is not " " (matching every single
#: space would build a piece per word: 1 GB of pieces for a 50 MB article).
_SPACE = re.compile(r"\s{2,}|[^\S ]")
#: Relative slack when matching a figure read from the quote against the claim's numbers.
FIGURE_MATCH = 1e-6


def squash(text: str) -> str:
    """Collapse whitespace and fold typographic quotes/dashes, for finding quotes in articles."""
    text = text.translate(
        str.maketrans(
            {
                "\u2019": "'",
                "\u2018": "'",
                "\u201c": '"',
                "\u201d": '"',
                "\u2013": "-",
                "\u2014": "-",
            }
        )
    )
    return _SPACE.sub(" ", text).strip().casefold()


@lru_cache(maxsize=8)  # rows are visited source by source: a few articles at a time suffice
def _squashed(text: str) -> str:
    return squash(text)


def figures_in(quote: str, lang: str) -> set[float] | None:
    """Every figure the number reader finds in the quote (None when no reader for lang)."""
    try:
        from checker.extract.numbers import compile_reader
        from checker.lang import load_pack
    except ImportError:  # pragma: no cover - the reader ships with the package
        return None
    try:
        reader = compile_reader(load_pack(lang or "en"))
    except Exception:  # noqa: BLE001 - an unusable pack just skips this check
        return None
    found: set[float] = set()
    for mention in reader.find(quote):
        found.update(x for x in (mention.value, mention.low, mention.high) if x is not None)
    return found


def _holds(figures: set[float], wanted: list[float]) -> bool:
    return any(abs(f - w) <= FIGURE_MATCH * max(1.0, abs(w)) for f in figures for w in wanted)


def check_quotes(ctx: RuleContext) -> Iterator[Problem]:
    frame = ctx.frame
    # source by source, so each article is read and squashed once while few are held at a time;
    # a source without an article (most, with a million claims) costs no row-by-row look
    codes, sources = pd.factorize(frame["source"], sort=True)
    empty = frame["quote"].to_numpy(object) == ""
    # only sources with an empty quote or an article to look in are visited
    visit = np.bincount(codes, weights=empty, minlength=len(sources)) > 0
    if ctx.may_have_article is None:
        visit[:] = True
    else:
        visit |= np.array([ctx.may_have_article(s) for s in sources], dtype=bool)
    rows = np.flatnonzero(visit[codes])
    order = rows[np.argsort(codes[rows], kind="stable")]
    if not len(order):
        return
    codes = codes[order]
    empty = empty[order]
    starts = np.flatnonzero(np.diff(codes, prepend=-2))
    files, lines = frame["file"].to_numpy(), frame["line"].to_numpy()
    for start, end in zip(starts.tolist(), [*starts[1:].tolist(), len(order)], strict=True):
        rows = order[start:end]
        if empty[start:end].all() or ctx.article(sources[codes[start]]) is None:
            for row in rows[empty[start:end]].tolist():
                yield _empty_quote(files[row], lines[row])
            continue
        yield from _check_rows(ctx, frame.iloc[rows])


def _empty_quote(file: str, line: int | str) -> Problem:
    hint = "copy the article's words that state the figure"
    return Problem(file, int(line), "quote is empty", "quote", hint=hint)


def _check_rows(ctx: RuleContext, rows: pd.DataFrame) -> Iterator[Problem]:
    """The quotes of one source's rows, whose article is at hand."""
    for row in rows.itertuples(index=False):
        where = (row.file, int(row.line))
        if row.quote == "":
            yield _empty_quote(*where)
            continue
        text = ctx.article(row.source)
        if text is None:
            continue
        if squash(row.quote) not in _squashed(text):
            yield Problem(
                *where,
                "quote not found in the article",
                "quote",
                hint=f"copy it verbatim from {row.source}.txt",
            )
            continue
        figures = figures_in(row.quote, ctx.language(row.source))
        if figures is None:
            continue
        wanted = [float(x) for x in (row.value, row.low, row.high) if _is_number(x)]
        if row.qualifier == "range":
            wanted = [float(x) for x in (row.low, row.high) if _is_number(x)]
        if wanted and not _holds(figures, wanted):
            yield Problem(
                *where,
                f"quote does not state the figure {row.value}",
                "quote",
                hint="quote the words that give the figure",
            )


def _is_number(text: str) -> bool:
    """A finite number (nan and inf are reported by the number rule, not here)."""
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False
