"""Work on a second core gives what the serial path gives: the fork helper, and `check`
split between two processes (forced on for small inputs here) against the serial check."""

from __future__ import annotations

import os
import random
import sys
import time

import pandas as pd
import pytest

from checker import check, csvscan, csvsplit, parallel, store, validate
from checker.check import run_check, split_metrics
from checker.config import Config
from checker.errors import InputError
from tests.conftest import claim_row, write_csv
from tests.test_fast_paths import random_csv
from tests.test_scale import bench_generator

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")


@needs_fork
def test_a_step_beside_runs_in_a_child():
    with parallel.beside(os.getpid, fork=True) as step:
        assert step.result() != os.getpid()


def test_without_fork_the_step_runs_here():
    with parallel.beside(os.getpid, fork=False) as step:
        assert step.result() == os.getpid()


@needs_fork
def test_a_failing_child_leaves_the_step_to_the_parent():
    parent = os.getpid()

    def only_here() -> int:
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return 7

    with parallel.beside(only_here, fork=True) as step:
        assert step.result() == 7


@needs_fork
def test_a_result_not_asked_for_stops_the_child():
    started = time.monotonic()
    with parallel.beside(lambda: time.sleep(30), fork=True) as step:
        pid = step._pid
        assert pid
    assert time.monotonic() - started < 10
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, 0)  # stopped and reaped


def test_small_inputs_stay_on_one_core():
    assert not parallel.worth_forking(parallel.FORK_MIN_ROWS - 1)
    assert parallel.worth_forking(parallel.FORK_MIN_ROWS) == (
        parallel.cores() >= 2 and sys.platform.startswith("linux")
    )


def test_split_metrics_takes_about_the_share():
    column = pd.Series(["a"] * 50 + ["b"] * 30 + ["c"] * 15 + ["d"] * 5, dtype="category")
    assert split_metrics(column, 0.7) == {"a", "d", "c"}
    assert split_metrics(column, 0.5) == {"a"}
    assert split_metrics(column, 1.0) == {"a", "b", "c", "d"}
    assert split_metrics(column, 0.0) == set()


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory):
    """20,000 synthetic claims over every metric of the bench's world, with sources.csv."""
    folder = tmp_path_factory.mktemp("synthetic")
    bench_generator().write_claims(folder, 20_000, seed=7)
    return folder


@needs_fork
@pytest.mark.parametrize("where", ["bundled", "synthetic"])
def test_check_on_two_cores_is_the_serial_check(where, root, synthetic_store, monkeypatch):
    monkeypatch.setattr(store, "worth_forking", lambda *_: True)  # read in halves too
    if where == "bundled":
        monkeypatch.chdir(root)
        paths = ["claims"]
    else:
        paths = [str(synthetic_store / "claims.csv")]
    serial, serial_result = run_check(paths, Config(), fork=False)
    here: list[object] = []  # comparisons run in this process (the child's are not seen)
    compare = check.find_discrepancies

    def counted(*args, **kwargs):
        here.append(args[-1])
        return compare(*args, **kwargs)

    monkeypatch.setattr(check, "find_discrepancies", counted)
    forked, forked_result = run_check(paths, Config(), fork=True)
    assert len(here) == 1  # the child compared its metrics: the parent only its own
    assert forked_result.findings  # something to compare
    assert forked_result == serial_result
    assert forked.problems == serial.problems


@needs_fork
def test_check_on_two_cores_reports_problems_as_the_serial_check(tmp_path):
    rows = [
        claim_row("a", "hostages.held", "130"),
        claim_row("a", "hostages.held", "12,5"),
        claim_row("b", "hostages.held", "101"),
        claim_row("b", "nonsense.metric", "3"),
    ]
    path = write_csv(tmp_path / "claims.csv", rows)
    serial, serial_result = run_check([path], Config(), fork=False)
    forked, forked_result = run_check([path], Config(), fork=True)
    assert not serial.ok
    assert forked_result == serial_result
    assert forked.problems == serial.problems


# --- reading a CSV file on two cores ------------------------------------------------------


def as_strings(frame: pd.DataFrame | None):
    if frame is None:
        return None
    return frame.to_dict("list"), list(frame.columns)


@needs_fork
def test_a_csv_read_on_two_cores_reads_as_in_one_piece():
    rng = random.Random(11)
    split = 0
    for _ in range(120):
        text = random_csv(rng) * rng.randint(1, 3)  # a header row again is a record
        data = text.encode()
        two = csvsplit.read_on_two_cores(data, store.MAX_CLAIMS_LINE_CHARS, ("a",))
        if two is not None:  # else the file is read in one piece
            split += 1
            one = csvscan.read_plain_csv(data, store.MAX_CLAIMS_LINE_CHARS)
            assert as_strings(two) == as_strings(one), repr(text)
    assert split > 12  # the split is taken often, not only the one-piece read


@needs_fork
@pytest.mark.parametrize(
    "data",
    [
        b"a,quote\n1,x\n2,y,z\n3\n",  # one record too wide, one too narrow
        b"a,quote\n1,x,\n2\n",
        b'a,quote\n1,"x,y",z\n',
        b"a,quote\n1,\xff\n",
        b"a,quote\n1,x\n  \n2,y\n",
    ],
)
def test_a_csv_read_on_two_cores_reports_as_in_one_piece(data):
    assert read_bytes(data, fork=True) == read_bytes(data, fork=False)


def read_bytes(data: bytes, fork: bool):
    try:
        frame = store.read_csv_bytes(data, "claims/x.csv", fork=fork)
    except InputError as exc:
        return ("problem", exc.message, exc.line, exc.hint)
    return ("frame", *as_strings(frame))


def synthetic_csv(folder, quoted_newlines: bool) -> bytes:
    data = bench_generator().write_claims(folder, 5_000, seed=3).read_bytes()
    if quoted_newlines:  # a column of fields over two lines, some long
        lines = data.rstrip(b"\n").split(b"\n")
        extra = [b'"x\ny"' if i % 7 == 0 else b"1" for i in range(len(lines))]
        extra[len(lines) // 2] = b'"' + b"x\n" * 200 + b'"'
        data = b"\n".join(
            line + b"," + (b"extra" if i == 0 else extra[i]) for i, line in enumerate(lines)
        )
    return data


@needs_fork
@pytest.mark.parametrize("quoted_newlines", [False, True])
def test_claims_read_on_two_cores_are_the_claims_read_in_one_piece(tmp_path, quoted_newlines):
    data = synthetic_csv(tmp_path, quoted_newlines)
    whole = store.read_csv_bytes(data, "claims.csv", fork=False)
    two = csvsplit.read_on_two_cores(data, store.MAX_CLAIMS_LINE_CHARS, store.FREE_TEXT)
    assert two is not None
    assert two["quote"].dtype == whole["quote"].dtype
    assert isinstance(two["source"].dtype, pd.CategoricalDtype)
    # categories in order of first appearance, as a factorize of the whole column has them
    assert list(two["source"].cat.categories) == list(pd.unique(whole["source"]))
    assert as_strings(two) == as_strings(whole)
    assert two["line"].dtype == whole["line"].dtype


# --- looking for articles among a million claims -------------------------------------------


def test_articles_are_looked_for_only_in_folders_holding_texts(tmp_path):
    empty, texts = tmp_path / "claims", tmp_path / "seeds"
    empty.mkdir()
    texts.mkdir()
    (empty / "claims.csv").write_text("source\n", encoding="utf-8")
    (texts / "Alpha.TXT").write_text("an article", encoding="utf-8")
    finder = validate.ArticleFinder([empty])
    assert not finder.may_have("claims")  # claims.csv is no text
    finder = validate.ArticleFinder([empty, texts])
    assert finder.may_have("alpha")  # as a case-insensitive file system compares names
    assert not finder.may_have("beta")
    assert not finder.may_have("../alpha")  # not a plain name
