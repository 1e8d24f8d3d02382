"""Renderers for extracted claims (rows of checker.model.EXTRACT_COLUMNS): jsonl, csv, table."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from operator import add

from tabulate import tabulate

from checker.model import EXTRACT_COLUMNS
from checker.report.common import shorten
from checker.report.csvout import safe_cell

ROW_FORMATS = ("jsonl", "csv", "table")


#: json.dumps(..., ensure_ascii=False) without building an encoder for every row
_JSON_ROW = json.JSONEncoder(ensure_ascii=False).encode
#: '"source": ', ... : a row of strings is written as json.dumps writes it, key by key
_JSON_KEYS = tuple(json.encoder.encode_basestring(c) + ": " for c in EXTRACT_COLUMNS)
_JSON_STRING = json.encoder.encode_basestring  # what the encoder writes a str as


def render_jsonl(rows: Iterable[dict[str, str]]) -> str:
    return "".join(map(_jsonl_line, rows))


def _jsonl_line(row: dict[str, str]) -> str:
    values = [row.get(c, "") for c in EXTRACT_COLUMNS]
    if all(type(v) is str for v in values):  # the usual row: strings only
        return "{" + ", ".join(map(add, _JSON_KEYS, map(_JSON_STRING, values))) + "}\n"
    return _JSON_ROW(dict(zip(EXTRACT_COLUMNS, values, strict=True))) + "\n"


def render_csv(rows: Iterable[dict[str, str]], header: bool) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header:
        writer.writerow(EXTRACT_COLUMNS)
    for row in rows:
        writer.writerow([safe_cell(str(row.get(c, ""))) for c in EXTRACT_COLUMNS])
    return buffer.getvalue()


def render_table(rows: Iterable[dict[str, str]]) -> str:
    columns = ("source", "metric", "value", "qualifier", "unit", "modality", "quote")
    body = [[r[c] if c != "quote" else shorten(r[c], 60) for c in columns] for r in rows]
    return (
        tabulate(body, headers=columns, tablefmt="simple") + "\n" if body else "No claims found.\n"
    )
