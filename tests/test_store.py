"""Reading and writing claims files: line numbers, encodings, malformed CSV, atomic writes."""

from __future__ import annotations

import os

import pytest

from checker.errors import InputError
from checker.model import CLAIM_COLUMNS
from checker.store import atomic_write_text, csv_lines, load_store, read_claims_file
from tests.conftest import claim_row, write_csv

HEADER = ",".join(CLAIM_COLUMNS)


def test_rows_keep_their_file_lines_even_with_quoted_newlines(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(
        HEADER + "\n"
        'a,hostages.held,130,,,approx,people,reported,,"some 130\nhostages",reviewed,\n'
        "\n"
        "a,deaths.gaza,48000,,,more_than,people,reported,,over 48000 deaths,reviewed,\n",
        encoding="utf-8",
    )
    frame, problems = read_claims_file(path)
    assert problems == []
    assert list(frame["line"]) == [2, 5]
    assert frame["quote"][0] == "some 130\nhostages"


def test_simple_file_lines_are_index_plus_two(tmp_path):
    path = write_csv(
        tmp_path / "a.csv", [claim_row("a", "hostages.held", str(n)) for n in range(5)]
    )
    frame, _ = read_claims_file(path)
    assert list(frame["line"]) == [2, 3, 4, 5, 6]


def test_bom_and_crlf_are_accepted(tmp_path):
    path = tmp_path / "a.csv"
    body = HEADER + "\r\na,hostages.held,130,,,approx,people,reported,,some 130,reviewed,\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode())
    frame, problems = read_claims_file(path)
    assert problems == [] and frame["source"][0] == "a" and frame["note"][0] == ""


@pytest.mark.parametrize(
    ("data", "message", "line"),
    [
        ((HEADER + "\na,b,caf\xe9\n").encode("latin-1"), "not UTF-8", 2),
        ((HEADER + "\n").encode("utf-16"), "UTF-16", 1),
        ((HEADER + "\n").encode("utf-16-le"), "NUL bytes", 1),
        (b"", "empty", 0),
        (
            (HEADER + '\na,hostages.held,"130,,,x,people,reported,,q,reviewed,\nb,c\n').encode(),
            "malformed CSV",
            2,
        ),
        (
            (
                HEADER + "\na,hostages.held,130,,,exact,people,reported,,q,reviewed,,extra\n"
            ).encode(),
            "13 fields",
            2,
        ),
    ],
    ids=["latin-1", "utf-16", "utf-16-no-bom", "empty", "unbalanced-quote", "too-many-fields"],
)
def test_unreadable_files_name_file_and_line(tmp_path, data, message, line):
    path = tmp_path / "bad.csv"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_claims_file(path)
    assert message in info.value.message
    assert info.value.path == str(path)
    assert info.value.line == line


def test_too_few_fields_is_a_problem_not_a_silent_blank(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text(HEADER + "\na,hostages.held,130\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_claims_file(path)
    assert info.value.line == 2 and "3 fields" in info.value.message


def test_unknown_and_missing_columns_are_problems(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("source,metrc,value,quote\na,hostages.held,1,q\n", encoding="utf-8")
    _, problems = read_claims_file(path)
    messages = sorted(p.message for p in problems)
    assert messages == ["missing column 'metric'", "unknown column 'metrc'"]
    assert all(p.line == 1 for p in problems)


def test_jsonl_claims_are_read_with_line_numbers(tmp_path):
    path = tmp_path / "claims.jsonl"
    path.write_text(
        '{"source": "a", "metric": "hostages.held", "value": 130, "quote": "q"}\n\n'
        '{"source": "b", "metric": "hostages.held", "value": "120", "quote": "q"}\n',
        encoding="utf-8",
    )
    frame, problems = read_claims_file(path)
    assert problems == []
    assert list(frame["value"]) == ["130", "120"] and list(frame["line"]) == [1, 3]


def test_store_finds_side_files_and_skips_them_as_claims(tmp_path):
    write_csv(tmp_path / "a.csv", [claim_row("a", "hostages.held", "1")])
    write_csv(
        tmp_path / "sources.csv",
        [{"source": "a", "outlet": "", "published": "2024-01-01", "lang": "en", "url": ""}],
        ("source", "outlet", "published", "lang", "url"),
    )
    (tmp_path / "acknowledged.csv").write_text(
        "id,metric,reason\nFabc,hostages.held,ok\n", encoding="utf-8"
    )
    store = load_store([tmp_path])
    assert store.files == (str(tmp_path / "a.csv"),)
    assert store.sources is not None and list(store.sources["published"]) == ["2024-01-01"]
    assert list(store.acknowledged["id"]) == ["Fabc"]


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_store([tmp_path / "nope"])


def test_written_claims_read_back_the_same(tmp_path):
    rows = [
        claim_row("a", "hostages.held", "130", quote='He said "about 130", then left'),
        claim_row("a", "deaths.gaza", "1.5", note="line\nbreak"),
    ]
    path = tmp_path / "a.csv"
    atomic_write_text(path, csv_lines(rows, CLAIM_COLUMNS, header=True))
    frame, _ = read_claims_file(path)
    assert frame[list(CLAIM_COLUMNS)].to_dict("records") == rows


def test_atomic_write_keeps_the_old_file_when_interrupted(tmp_path, monkeypatch):
    path = tmp_path / "a.csv"
    path.write_text("old\n", encoding="utf-8")

    def crash(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        atomic_write_text(path, "new\n")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]  # no temporary file left behind


@pytest.mark.parametrize(
    ("filler", "problem"),
    [("  ", False), ("\t", False), ("\x0c", True), ("\xa0", True)],
    ids=["spaces", "tab", "form-feed", "nbsp"],
)
def test_a_line_pandas_skips_is_blank_and_any_other_is_a_row(tmp_path, filler, problem):
    """pandas skips lines of spaces and tabs but reads a form feed as a row: so must we."""
    path = tmp_path / "a.csv"
    path.write_text(
        HEADER + f"\n{filler}\na,hostages.held,1,,,exact,people,reported,,q,reviewed,\n",
        encoding="utf-8",
    )
    if problem:
        with pytest.raises(InputError) as info:
            read_claims_file(path)
        assert info.value.line == 2 and "1 fields" in info.value.message
    else:
        frame, _ = read_claims_file(path)
        assert list(frame["line"]) == [3]


def test_atomic_write_keeps_permissions_and_new_files_follow_the_umask(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o640)
    atomic_write_text(path, "new\n")
    assert path.stat().st_mode & 0o777 == 0o640
    umask = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "b.csv", "new\n")
    finally:
        os.umask(umask)
    assert (tmp_path / "b.csv").stat().st_mode & 0o777 == 0o644
