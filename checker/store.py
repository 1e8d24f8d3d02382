"""The claims store: CSV / JSON-lines files <-> DataFrame, keeping each row's file and line.

Reads are strict about encoding and shape (problems, not guesses); writes are atomic.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from checker.csvscan import read_plain_csv
from checker.csvsplit import read_on_two_cores
from checker.errors import InputError
from checker.model import CLAIM_COLUMNS, SOURCES_FILE, Problem
from checker.parallel import worth_forking
from checker.textfiles import check_not_utf16_or_binary as _check_not_utf16_or_binary
from checker.textfiles import confine, decode_text, read_bytes

ACKNOWLEDGED_FILE = "acknowledged.csv"
SOURCE_COLUMNS = ("source", "outlet", "published", "lang", "url")
ACK_COLUMNS = ("id", "metric", "reason")
#: Columns that may be absent from a claims file (they default to empty).
OPTIONAL_COLUMNS = ("low", "high", "unit", "as_of", "status", "note", "qualifier", "modality")
#: Extra columns tolerated in input (extract output carries these).
TOLERATED_COLUMNS = ("start", "end", "published", "lang")
#: A claims file line longer than this is refused: a quote is a sentence, not a page (and the
#: csv module cannot read a longer field).
MAX_CLAIMS_LINE_CHARS = 131_072
#: The characters a line may hold and still be skipped as blank by pandas (not a form feed).
PANDAS_BLANK = " \t\r"
#: Claim columns of free text, nearly every value distinct (not worth coding; notes are
#: mostly empty, so they are coded)
FREE_TEXT = ("quote",)
#: A claims file this large is read on two cores (about 200,000 claims).
FORK_MIN_BYTES = 40_000_000
#: What the CSV readers (csv and pandas alike) take as a line end; splitlines() also splits
#: on form feeds, U+2028 and others that are ordinary characters inside a CSV field.
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Store:
    """Claims read from files, with everything found beside them."""

    frame: pd.DataFrame  # CLAIM_COLUMNS + file, line
    sources: pd.DataFrame | None  # SOURCE_COLUMNS + file, line; None when no sources.csv
    acknowledged: pd.DataFrame  # ACK_COLUMNS + file, line
    files: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = field(default_factory=tuple)
    ack_path: str = ""


def _record_lines(text: str) -> list[int]:
    """The starting line of each CSV record after the header (slow path: quoted newlines)."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    starts: list[int] = []
    previous_end = 0
    try:
        for row in reader:
            if row:  # pandas skips blank lines; so do we
                starts.append(previous_end + 1)
            previous_end = reader.line_num
    except csv.Error as exc:
        raise InputError(
            f"malformed CSV ({exc})",
            line=previous_end + 1,
            hint="check for an unbalanced double quote in this record",
        ) from None
    return starts[1:]


def _row_lengths_problem(text: str, width: int, path: str) -> InputError | None:
    """Locate the first record whose field count differs from the header's."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    previous_end = 0
    try:
        for row in reader:
            start = previous_end + 1
            previous_end = reader.line_num
            if row and len(row) != width:
                return InputError(
                    f"row has {len(row)} fields, the header has {width}",
                    path=path,
                    line=start,
                    hint="quote fields that contain commas",
                )
    except csv.Error as exc:
        return InputError(
            f"malformed CSV ({exc})",
            path=path,
            line=previous_end + 1,
            hint="check for an unbalanced double quote in this record",
        )
    return None


def physical_lines(text: str) -> list[str]:
    """The text's lines as CSV readers see them (CRLF, CR or LF ends, nothing else)."""
    return _LINE_END.split(text)


def _long_line_problem(lines: pd.Series, path: str) -> InputError | None:
    too_long = (lines.str.len() > MAX_CLAIMS_LINE_CHARS).to_numpy()
    if not too_long.any():
        return None
    return InputError(
        f"line is longer than {MAX_CLAIMS_LINE_CHARS:,} characters",
        path=path,
        line=int(too_long.argmax()) + 1,
        hint="a quote should be the sentence that states the figure, not the article",
    )


def _width_problem_fast(text: str, width: int, path: str) -> InputError | None:
    """Field counts per line, vectorised; only lines holding quotes go through csv."""
    lines = pd.Series(physical_lines(text)[1:], dtype=object)
    numbers = pd.Series(range(2, len(lines) + 2))
    keep = (lines.str.strip(PANDAS_BLANK) != "").to_numpy()
    lines, numbers = lines[keep], numbers[keep]
    quoted = lines.str.contains('"', regex=False).to_numpy()
    counts = lines[~quoted].str.count(",") + 1
    bad = numbers[~quoted][(counts != width).to_numpy()]
    first = int(bad.iloc[0]) if len(bad) else None
    for number, line in zip(numbers[quoted], lines[quoted], strict=True):
        if first is not None and number > first:
            break
        if len(next(csv.reader([line]))) != width:
            first = int(number)
            break
    if first is None:
        return None
    row = next(csv.reader([physical_lines(text)[first - 1]]))
    return InputError(
        f"row has {len(row)} fields, the header has {width}",
        path=path,
        line=first,
        hint="quote fields that contain commas, and give every row all the header's columns",
    )


def read_csv_text(text: str, path: str) -> pd.DataFrame:
    """Parse CSV text as strings, adding a `line` column with each record's first line.

    Every record must have as many fields as the header (pandas would pad or cut silently).
    """
    try:
        frame = read_plain_csv(text.encode("utf-8"), MAX_CLAIMS_LINE_CHARS)
    except UnicodeEncodeError:  # a lone surrogate: only the careful path can say where
        frame = None
    return frame if frame is not None else _read_csv_text_checked(text, path)


def read_csv_bytes(data: bytes, path: str, fork: bool | None = None) -> pd.DataFrame:
    """read_csv_text(decode_text(data, path), path), without decoding a plain file twice.

    A large file (``fork`` None: see parallel.worth_forking) is read on two cores, its
    columns but FREE_TEXT coded (categorical, the values as read): see csvsplit.
    """
    _check_not_utf16_or_binary(data, path)
    frame = None
    if worth_forking(len(data), FORK_MIN_BYTES) if fork is None else fork:
        frame = read_on_two_cores(data, MAX_CLAIMS_LINE_CHARS, FREE_TEXT)
    if frame is None:
        frame = read_plain_csv(data, MAX_CLAIMS_LINE_CHARS)
    return frame if frame is not None else _read_csv_text_checked(decode_text(data, path), path)


def _read_csv_text_checked(text: str, path: str) -> pd.DataFrame:
    """read_csv_text the careful way: every check on the text, the csv module where needed."""
    if not text.strip():
        raise InputError("file is empty", path=path, hint="add a header row")
    problem = _long_line_problem(pd.Series(physical_lines(text), dtype=object), path)
    if problem:
        raise problem
    try:
        width = len(next(csv.reader(io.StringIO(text, newline=""), strict=True)))
    except csv.Error as exc:
        raise InputError(
            f"malformed CSV header ({exc})", path=path, line=1, hint="check its double quotes"
        ) from None
    single_line_records = text.count('"') == 0 or _no_quoted_newlines(text)
    problem = (
        _width_problem_fast(text, width, path)
        if single_line_records
        else _row_lengths_problem(text, width, path)
    )
    if problem:
        raise problem
    try:
        frame = pd.read_csv(
            io.StringIO(text), dtype=str, keep_default_na=False, index_col=False, engine="c"
        )
    except (pd.errors.ParserError, csv.Error, ValueError) as exc:
        raise InputError(f"malformed CSV ({exc})", path=path) from None
    frame = frame.fillna("")
    if single_line_records:
        body = physical_lines(text)[1:]
        numbers = pd.Series(range(2, len(body) + 2))
        blank = pd.Series(body, dtype=object).str.strip(PANDAS_BLANK) == ""
        frame["line"] = (
            numbers[: len(blank)][~blank.to_numpy()].to_numpy()[: len(frame)]
            if blank.any()
            else range(2, len(frame) + 2)
        )
    else:
        try:
            lines = _record_lines(text)
        except InputError as exc:
            raise InputError(exc.message, path=path, line=exc.line, hint=exc.hint) from None
        frame["line"] = lines[: len(frame)]
    return frame


def _no_quoted_newlines(text: str) -> bool:
    """True when no quoted field spans lines: every line holds an even number of quotes."""
    counts = pd.Series(physical_lines(text), dtype=object).str.count('"')
    return bool((counts % 2 == 0).all())


def read_jsonl_text(text: str, path: str) -> pd.DataFrame:
    """Parse JSON lines: one object per line, values kept as strings."""
    rows: list[dict[str, str]] = []
    lines: list[int] = []
    for number, raw in enumerate(physical_lines(text), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON ({exc.msg})", path=path, line=number) from None
        except (ValueError, RecursionError):  # a 5,000-digit number, arrays nested 100,000 deep
            raise InputError(
                "JSON too deeply nested or with too long a number", path=path, line=number
            ) from None
        if not isinstance(obj, dict):
            raise InputError("each line must be a JSON object", path=path, line=number)
        rows.append({k: "" if v is None else str(v) for k, v in obj.items()})
        lines.append(number)
    if not rows:
        raise InputError("file holds no claims", path=path)
    frame = pd.DataFrame(rows, dtype=str).fillna("")
    frame["line"] = lines
    return frame


def check_columns(frame: pd.DataFrame, path: str) -> list[Problem]:
    """Unknown or missing columns, each as a problem on the header line."""
    problems = []
    columns = [c for c in frame.columns if c != "line"]
    allowed = set(CLAIM_COLUMNS) | set(TOLERATED_COLUMNS)
    for name in columns:
        if name not in allowed:
            problems.append(
                Problem(
                    path,
                    1,
                    f"unknown column {name!r}",
                    "columns",
                    hint=f"columns are {', '.join(CLAIM_COLUMNS)}",
                )
            )
    for name in CLAIM_COLUMNS:
        if name not in columns and name not in OPTIONAL_COLUMNS:
            problems.append(
                Problem(path, 1, f"missing column {name!r}", "columns", hint="add it to the header")
            )
    return problems


def read_claims_file(path: Path) -> tuple[pd.DataFrame, list[Problem]]:
    """One claims file (CSV, or JSON lines by extension .jsonl/.json) as strings + file/line."""
    name = str(path)
    data = read_bytes(path)
    if path.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        frame = read_jsonl_text(decode_text(data, name), name)
    else:
        frame = read_csv_bytes(data, name)
    problems = check_columns(frame, name)
    for column in CLAIM_COLUMNS:
        if column not in frame.columns:
            frame[column] = ""
    frame["file"] = name
    return frame, problems


def read_table(path: Path, columns: tuple[str, ...]) -> pd.DataFrame:
    """A small side table (sources.csv, acknowledged.csv) with required ``columns``."""
    frame = read_csv_text(decode_text(read_bytes(path), str(path)), str(path))
    missing = [c for c in columns[:1] if c not in frame.columns]
    unknown = [c for c in frame.columns if c not in (*columns, "line")]
    if missing or unknown:
        what = f"missing column {missing[0]!r}" if missing else f"unknown column {unknown[0]!r}"
        hint = f"the header should be {','.join(columns)}"
        raise InputError(what, path=str(path), line=1, hint=hint)
    for column in columns:
        if column not in frame.columns:
            frame[column] = ""
    frame["file"] = str(path)
    return frame


def _claim_files(folder: Path) -> list[Path]:
    """The folder's claims files: *.csv and *.jsonl but the side files and hidden files.

    Entries that are not plain files (links to nowhere, pipes) are kept, to be reported.
    """
    skip = {SOURCES_FILE, ACKNOWLEDGED_FILE}
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in (".csv", ".jsonl")
        and p.name not in skip
        and not p.name.startswith(".")
    )


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    """Claims files and the folders they came from (a folder stands for its claims files)."""
    files: list[Path] = []
    folders: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            folders.append(path)
            files.extend(_claim_files(path))
        elif path.exists() or path.is_symlink():  # a link loop is reported when read
            files.append(path)
        else:
            raise InputError("no such file or folder", path=str(path), hint="check the path")
    return files, folders


def _side_file(name: str, files: list[Path], folders: list[Path]) -> Path | None:
    for folder in [*folders, *(f.parent for f in files)]:
        candidate = folder / name
        if candidate.is_file() or candidate.is_symlink():
            return candidate
    return None


def empty_acknowledged() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=str) for c in (*ACK_COLUMNS, "file", "line")})


def load_store(paths: Iterable[str | Path]) -> Store:
    """Read claims from files/folders, with sources.csv and acknowledged.csv found beside them.

    Files that cannot be read at all become problems; the rest are still read.
    """
    files, folders = expand_paths(paths)
    frames: list[pd.DataFrame] = []
    problems: list[Problem] = []
    for path in files:
        try:
            if path.parent in folders:
                confine(path, path.parent)
            frame, found = read_claims_file(path)
        except InputError as exc:
            problems.append(
                Problem(exc.path or str(path), exc.line, exc.message, "read", hint=exc.hint)
            )
            continue
        problems.extend(found)
        frames.append(frame)
    if not files:
        where = ", ".join(str(f) for f in folders) or "the given paths"
        problems.append(
            Problem(where, 0, "no claims files found", "read", hint="add <source>.csv files")
        )
    columns = [*CLAIM_COLUMNS, "file", "line"]
    frame = (
        pd.concat([f[columns] for f in frames], ignore_index=True)
        if frames
        else pd.DataFrame(columns=columns)
    )
    sources_path = _side_file(SOURCES_FILE, files, folders)
    ack_path = _side_file(ACKNOWLEDGED_FILE, files, folders)
    sources = acknowledged = None
    for side, cols in ((sources_path, SOURCE_COLUMNS), (ack_path, ACK_COLUMNS)):
        if side is None:
            continue
        try:
            confine(side, side.parent)
            table = read_table(side, cols)
        except InputError as exc:
            problems.append(Problem(exc.path, exc.line, exc.message, "read", hint=exc.hint))
            continue
        if cols is SOURCE_COLUMNS:
            sources = table
        else:
            acknowledged = table
    default_ack = (
        folders[0] / ACKNOWLEDGED_FILE
        if folders
        else (files[0].parent / ACKNOWLEDGED_FILE if files else Path(ACKNOWLEDGED_FILE))
    )
    return Store(
        frame=frame,
        sources=sources,
        acknowledged=acknowledged if acknowledged is not None else empty_acknowledged(),
        files=tuple(str(f) for f in files),
        problems=tuple(problems),
        ack_path=str(ack_path or default_ack),
    )


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder and a rename.

    A crash at any point leaves either the old file or the new one, never a mix. The new
    file keeps the old one's permissions (a new file gets the usual ones, per the umask):
    mkstemp alone would make every rewritten file private.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(temp, _mode_for(path))
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The permission bits a written file should have: the old file's, else 0o666 - umask."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def csv_lines(rows: Iterable[dict[str, str]], columns: tuple[str, ...], header: bool) -> str:
    """Serialise rows as CSV text with "\\n" line ends, minimal quoting."""
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=list(columns), lineterminator="\n", extrasaction="ignore"
    )
    if header:
        writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def iter_claim_rows(frame: pd.DataFrame) -> Iterator[dict[str, str]]:
    for record in frame.to_dict("records"):
        yield {k: ("" if v is None else str(v)) for k, v in record.items()}
