"""Reading one large plain CSV file on two cores, split by columns: a forked child reads and
codes most columns of few distinct values (distinct values + integer codes), while the parent
scans the bytes (csvscan), reads the free-text columns, the costliest to read, and codes the
other columns.

The child's result is a few thousand strings per column and an array of codes, cheap to
pickle; the free text is never pickled. Each read sees only its columns (pandas' usecols),
so pandas no longer says when a record is wider than the header: the byte scan checks that
every record has as many fields as the header. Anything unusual returns None, and the caller
reads the file in one piece, with the same results and problems.
"""

from __future__ import annotations

import csv
import io
import warnings
from collections.abc import Callable, Collection

import numpy as np
import pandas as pd

from checker.csvscan import as_wide_as_the_header, plain_layout
from checker.parallel import beside

#: The parent reads the free text, the costliest columns, and codes every this-many-th of
#: the other columns too; the child reads and codes the rest (of the 12 claim columns: 1 and 10).
PARENT_CODES_EVERY = 12
#: Coded columns as the child sends them: name -> (codes, distinct values), in file order.
Coded = dict[str, tuple[np.ndarray, np.ndarray]]


def read_on_two_cores(
    data: bytes, max_line_chars: int, free_text: Collection[str]
) -> pd.DataFrame | None:
    """read_plain_csv(data) with every column but ``free_text`` categorical (categories in
    order of first appearance, as a factorize of the column finds them), or None."""
    header = _header(data)
    if (
        header is None
        or len(header) < 2  # one column: a blank line is an empty field (the careful path)
        or not set(free_text) <= set(header)
        or len(set(header)) < len(header)  # pandas renames repeated names
    ):
        return None

    to_code = [name for name in header if name not in free_text]
    mine = {*free_text, *to_code[::PARENT_CODES_EVERY]}

    def coded() -> Coded | None:
        frame = _read(data, lambda name: name not in mine)
        return None if frame is None else {name: _codes(frame[name]) for name in frame.columns}

    with beside(coded, fork=True) as child:
        layout = plain_layout(data, max_line_chars)
        if layout is None:
            return None
        lines, quotes, starts = layout
        text = _read(data, lambda name: name in mine)
        if text is None or not as_wide_as_the_header(data, quotes, starts):
            return None
        codes = {name: _codes(text[name]) for name in text.columns if name not in free_text}
        theirs = child.result()
    rows = len(lines) - 1
    if theirs is None or list(text.columns) + list(theirs) != sorted(
        header, key=lambda name: name not in mine
    ):
        return None
    codes.update(theirs)
    if len(text) != rows or any(len(column) != rows for column, _ in codes.values()):
        return None
    columns = {
        name: text[name].array
        if name in free_text
        else pd.Categorical.from_codes(codes[name][0], pd.Index(codes[name][1], dtype=object))
        for name in header
    }
    frame = pd.DataFrame(columns)
    frame["line"] = lines[1:]
    return frame


def _header(data: bytes) -> list[str] | None:
    """The header's names as the csv module reads them (None if it cannot)."""
    end = data.find(b"\n")
    try:
        line = data[: end if end >= 0 else len(data)].decode("utf-8-sig")
        return next(csv.reader([line]))
    except (UnicodeDecodeError, csv.Error, StopIteration):
        return None


def _read(data: bytes, wanted: Callable[[str], bool]) -> pd.DataFrame | None:
    """The ``wanted`` columns as read_plain_csv's pandas reads them, or None."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", pd.errors.ParserWarning)
            return pd.read_csv(
                io.BytesIO(data),
                dtype=str,
                keep_default_na=False,
                index_col=False,
                engine="c",
                usecols=wanted,
            )
    except (pd.errors.ParserError, pd.errors.ParserWarning, csv.Error, ValueError):
        return None


def _codes(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    codes, uniques = pd.factorize(column.to_numpy(object))
    return codes.astype(np.int32), uniques
