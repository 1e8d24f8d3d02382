"""Reading one large plain CSV file on two cores: a forked child reads the second half of
the records while the parent reads the first (about half), both with csvscan's fast path.

Each half comes back with its columns coded (distinct values + integer codes), so the
child pickles a few thousand strings per column, not a million: every column is categorical
in the result but the free-text ones, which stay strings. Anything unusual (a half that is
not plain CSV, no record boundary near the middle) returns None: the caller reads the file
in one piece, with the same results and problems.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import numpy as np
import pandas as pd

from checker.csvscan import read_plain_csv
from checker.parallel import beside

#: The parent's share of the bytes: the child also copies its half and pickles what it
#: read, the parent only takes it in, so the parent reads a little more.
FIRST_SHARE = 0.54
#: How far past that point a record boundary is looked for before giving up.
SPLIT_SEARCH_BYTES = 1 << 20


@dataclass(frozen=True)
class Half:
    """The records of one half: per column, (codes, distinct values) or the strings."""

    coded: dict[str, tuple[np.ndarray, np.ndarray]]
    text: dict[str, pd.Series]
    line: np.ndarray
    columns: tuple[str, ...]


def read_in_halves(
    data: bytes, max_line_chars: int, free_text: Collection[str]
) -> pd.DataFrame | None:
    """read_plain_csv(data) with every column but ``free_text`` categorical, or None."""
    header_end = _boundary(data, 0, len(data))
    split = _boundary(data, int(len(data) * FIRST_SHARE), SPLIT_SEARCH_BYTES)
    if header_end is None or split is None or split <= header_end:
        return None
    lines_before = data.count(b"\n", header_end, split)  # of the first half, but the header's

    def second() -> Half | None:
        return _read_half(data[:header_end] + data[split:], max_line_chars, free_text)

    with beside(second, fork=True) as child:
        first = _read_half(data[:split], max_line_chars, free_text)
        if first is None:
            return None
        other = child.result()
    if other is None or other.columns != first.columns:
        return None
    return _joined(first, other, lines_before)


def _boundary(data: bytes, start: int, search: int) -> int | None:
    """The offset just past the first line end at or after ``start`` that is outside
    quotes (an even number of quotes before it), looking ``search`` bytes at most."""
    quotes = data.count(b'"', 0, start)
    at = start
    while at - start <= search:
        end = data.find(b"\n", at)
        if end < 0:
            return None
        quotes += data.count(b'"', at, end)
        if quotes % 2 == 0:
            return end + 1
        at = end + 1
    return None


def _read_half(data: bytes, max_line_chars: int, free_text: Collection[str]) -> Half | None:
    frame = read_plain_csv(data, max_line_chars)
    if frame is None:
        return None
    coded, text = {}, {}
    columns = tuple(name for name in frame.columns if name != "line")
    for name in columns:
        if name in free_text:
            text[name] = frame[name]
        else:
            codes, uniques = pd.factorize(frame[name].to_numpy(object))
            coded[name] = (codes.astype(np.int32), uniques)
    return Half(coded, text, frame["line"].to_numpy(np.int64), columns)


def _joined(first: Half, second: Half, lines_before: int) -> pd.DataFrame:
    """One frame of both halves; categories in order of first appearance in the file."""
    columns: dict[str, object] = {}
    for name in first.columns:
        if name in first.text:  # the strings as read, of the same dtype
            halves = [first.text[name], second.text[name]]
            columns[name] = pd.concat(halves, ignore_index=True).array
            continue
        (codes, uniques), (their_codes, their_uniques) = first.coded[name], second.coded[name]
        known = pd.Index(uniques, dtype=object)
        where = known.get_indexer(their_uniques)  # -1: new in the second half
        new = where < 0
        where[new] = len(uniques) + np.arange(int(new.sum()))
        categories = known.append(pd.Index(their_uniques[new], dtype=object))
        all_codes = np.concatenate([codes, where.astype(np.int32)[their_codes]])
        columns[name] = pd.Categorical.from_codes(all_codes, categories=categories)
    columns["line"] = np.concatenate([first.line, second.line + lines_before])
    return pd.DataFrame(columns)
