"""The fast path for reading a plain CSV file: pandas reads it, a numpy scan of its bytes
finds where each record starts and checks what pandas would let pass silently.

Plain: LF or CRLF line ends, double quotes only around whole fields, every record as wide
as the header, no line too long, blank lines empty, valid UTF-8. Anything else is left to
store's careful path (the csv module), which reads it with the same results and problems.
"""

from __future__ import annotations

import csv
import io
import warnings
from collections.abc import Iterator

import numpy as np
import pandas as pd


def read_plain_csv(data: bytes, max_line_chars: int) -> pd.DataFrame | None:
    """The fast path of read_csv_text for plain CSV, or None to take the careful path.

    Then pandas' reading and a scan of the bytes (numpy) give what the careful path gives,
    and anything
    else (a problem to report, an odd file, a line over ``max_line_chars``) goes the
    careful way.
    """
    layout = plain_layout(data, max_line_chars)
    if layout is None:
        return None
    starts, quotes, _ = layout
    try:
        with warnings.catch_warnings():
            # a record wider than the header: pandas cuts it and warns (or raises)
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(
                io.BytesIO(data), dtype=str, keep_default_na=False, index_col=False, engine="c"
            )
    except (pd.errors.ParserError, pd.errors.ParserWarning, csv.Error, ValueError):
        return None  # a UnicodeDecodeError is a ValueError: decode_text will say where
    width = len(frame.columns)
    if len(frame) + 1 != len(starts) or width < 2:
        return None
    # no record is wider than the header (pandas would have said), so if the commas outside
    # quotes are as many as every record as wide as the header needs, none is narrower
    before, commas = _count_before(np.frombuffer(data, dtype=np.uint8), ord(","), quotes)
    quoted = int((before[1::2] - before[0::2]).sum())
    if commas - quoted != len(starts) * (width - 1):
        return None
    frame["line"] = starts[1:]
    return frame


def plain_layout(
    data: bytes, max_line_chars: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """The first line and first byte of each record (the header's too, blank lines left out)
    and the quotes' byte offsets, if ``data`` may be plain CSV (see read_plain_csv); None if
    it is not, or when in doubt.

    Quotes pair up in order and a line end inside a pair is data. Work is on byte offsets
    (a quote, comma or line end byte never occurs inside a UTF-8 sequence).
    """
    if b"\x00" in data or (b"\r" in data and data.count(b"\r") != data.count(b"\r\n")):
        return None
    buffer = np.frombuffer(data, dtype=np.uint8)
    size = len(buffer)
    newlines = _positions(buffer, ord("\n"))
    ends = np.append(newlines, size) if size and data[-1:] != b"\n" else newlines
    lengths = np.diff(ends, prepend=-1) - 1  # bytes per line, without its line end
    if not len(ends) or lengths.max() > max_line_chars:  # chars <= bytes
        return None
    quotes = _positions(buffer, ord('"'))
    if len(quotes) % 2 or not _quotes_around_fields(buffer, quotes):
        return None
    ends_at = np.flatnonzero(np.searchsorted(quotes, ends) % 2 == 0)  # a record's last line
    first_line = np.concatenate(([1], ends_at[:-1] + 2))
    record_start = np.concatenate(([0], ends[ends_at[:-1]] + 1))
    record_bytes = ends[ends_at] - record_start
    cr_only = buffer[np.minimum(record_start, size - 1)] == ord("\r")
    empty = (record_bytes == 0) | ((record_bytes == 1) & cr_only)  # blank lines, skipped
    if empty[0]:
        return None
    return first_line[~empty], quotes, record_start[~empty]


def as_wide_as_the_header(data: bytes, quotes: np.ndarray, starts: np.ndarray) -> bool:
    """Whether every record (at byte offsets ``starts``, the header's first; see
    plain_layout) has as many commas outside quotes as the header: as many fields."""
    buffer = np.frombuffer(data, dtype=np.uint8)
    bounds = np.append(starts, len(buffer))
    (before, inside), _ = _counts_before(buffer, ord(","), [bounds, quotes])
    commas = np.diff(before)  # per record, blank lines between records hold none
    if len(quotes):
        record = np.searchsorted(starts, quotes[0::2], side="right") - 1
        commas = commas - np.bincount(
            record, weights=inside[1::2] - inside[0::2], minlength=len(starts)
        ).astype(np.int64)
    return bool((commas == commas[0]).all())


#: Bytes looked at in one go when scanning a file (temporaries stay this small).
_SCAN_CHUNK = 1 << 24


def _chunks(buffer: np.ndarray, byte: int) -> Iterator[tuple[int, np.ndarray]]:
    """(start, offsets of ``byte`` from start on) a chunk at a time: no buffer-sized
    temporaries (at 10^6 claims those would be 200 MB each)."""
    mask = np.empty(min(_SCAN_CHUNK, len(buffer)), dtype=bool)
    for start in range(0, len(buffer), _SCAN_CHUNK):
        part = buffer[start : start + _SCAN_CHUNK]
        np.equal(part, byte, out=mask[: len(part)])
        yield start, np.flatnonzero(mask[: len(part)]) + start


def _positions(buffer: np.ndarray, byte: int) -> np.ndarray:
    """Offsets of ``byte`` in ``buffer``."""
    found = [offsets for _, offsets in _chunks(buffer, byte)]
    return np.concatenate(found) if found else np.empty(0, dtype=np.intp)


def _count_before(buffer: np.ndarray, byte: int, offsets: np.ndarray) -> tuple[np.ndarray, int]:
    """How many ``byte`` come before each of the (sorted) ``offsets``, and how many in all."""
    (before,), total = _counts_before(buffer, byte, [offsets])
    return before, total


def _counts_before(
    buffer: np.ndarray, byte: int, offsets: list[np.ndarray]
) -> tuple[list[np.ndarray], int]:
    """_count_before for several sorted arrays of offsets, in one scan of ``buffer``."""
    before = [np.zeros(len(each), dtype=np.int64) for each in offsets]
    total = 0
    for start, found in _chunks(buffer, byte):
        for each, counts in zip(offsets, before, strict=True):
            lo, hi = np.searchsorted(each, [start, start + _SCAN_CHUNK])
            counts[lo:hi] = total + np.searchsorted(found, each[lo:hi])
        total += len(found)
    return before, total


def _quotes_around_fields(buffer: np.ndarray, quotes: np.ndarray) -> bool:
    """Every quote opens a field, closes one, or is half of a doubled quote inside one."""
    if not len(quotes):
        return True
    opens, closes = quotes[0::2], quotes[1::2]
    before = buffer[np.maximum(opens - 1, 0)]
    after = buffer[np.minimum(closes + 1, len(buffer) - 1)]
    doubled_before = np.zeros(len(opens), dtype=bool)
    doubled_before[1:] = opens[1:] - 1 == closes[:-1]
    doubled_after = np.zeros(len(closes), dtype=bool)
    doubled_after[:-1] = closes[:-1] + 1 == opens[1:]
    opens_ok = (opens == 0) | np.isin(before, (ord(","), ord("\n"))) | doubled_before
    closes_ok = (
        (closes == len(buffer) - 1)
        | np.isin(after, (ord(","), ord("\n"), ord("\r")))
        | doubled_after
    )
    return bool(opens_ok.all() and closes_ok.all())
