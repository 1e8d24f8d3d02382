"""The fast paths give what the plain ones give: JSON text, CSV reading, claims, columns.

Each fast path (kept for 10^6 claims, see bench/compare_speed.py) is checked against the
straightforward code it replaces, on crafted edge cases and on seeded random inputs.
"""

from __future__ import annotations

import dataclasses
import math
import random

import numpy as np
import pandas as pd
import pytest

from checker import columns, csvscan, store
from checker.check import run_check
from checker.claimtable import _make_claim
from checker.compare import claim_fingerprint, comparable_claims, prepare
from checker.config import Config
from checker.errors import InputError
from checker.model import CheckResult, Claim, Finding, StaleAcknowledgement, Verdict
from checker.report import jsonout
from checker.report.common import RenderOptions
from checker.taxonomy import load_taxonomy
from tests.test_scale import synthetic

# --- JSON ----------------------------------------------------------------------------------


def claim(**fields) -> Claim:
    base = dict(
        source="a",
        metric="hostages.held",
        value=130.0,
        low=117.0,
        high=None,
        qualifier="approx",
        unit="people",
        modality="reported",
        as_of="2024-03-28",
        quote="some 130",
        file="claims/a.csv",
        line=2,
    )
    return Claim(**{**base, **fields})


def result_of(*claim_lists, stale=()) -> CheckResult:
    findings = tuple(
        Finding(
            id=f"F{i:012x}",
            metric="hostages.held",
            verdict=Verdict.CONFLICT,
            explanation="x \u2014 y",
            claims=tuple(claims),
            acknowledged=i % 2 == 1,
            reason="r" if i % 2 else "",
            scope="moment",
        )
        for i, claims in enumerate(claim_lists)
    )
    return CheckResult(findings=findings, stale=tuple(stale), claims=7, sources=3)


ODD_TEXTS = [
    "",
    "plain",
    'quote " and \\ backslash',
    "line\nbreak\ttab\r",
    "\x00\x1f\x7f",
    "caf\u00e9 \u2019 \u2014",
    "\U0001f600 emoji",
    "\ud800 lone surrogate",
    "\u2028\u2029",
    "</script>",
]


@pytest.mark.parametrize(
    "result",
    [
        result_of(),
        result_of([]),
        result_of([claim()], [claim(low=None, high=None), claim(value=-0.0, low=0.0, high=1e300)]),
        result_of([claim(quote=t, source=t or "s", as_of=t, unit=t, file=t) for t in ODD_TEXTS]),
        result_of([claim(value=math.nan, low=math.inf, high=-math.inf)]),
        result_of([claim(value=1e-7), claim(value=123456789012345678.0), claim(value=0.1 + 0.2)]),
        result_of([claim(value=3)], [claim(line=True)], [claim(low=1)]),  # not floats: stdlib path
        result_of(
            [claim()],
            stale=[StaleAcknowledgement("Fdead", "gone \u2019", "claims/acknowledged.csv", 3)],
        ),
    ],
    ids=["empty", "no-claims", "plain", "odd-texts", "non-finite", "floats", "odd-types", "stale"],
)
def test_json_is_the_stdlib_text(result):
    options = RenderOptions(fail_on="never", failing_ids=frozenset({"F000000000000"}))
    assert jsonout.render(result, options) == jsonout.render_stdlib(result, options)


def test_json_of_the_bundled_claims_is_the_stdlib_text(root, monkeypatch):
    monkeypatch.chdir(root)
    _, result = run_check(["claims"], Config())
    options = RenderOptions()
    assert jsonout.render(result, options) == jsonout.render_stdlib(result, options)


def test_json_built_in_many_chunks_is_the_same(monkeypatch):
    result = result_of(*[[claim(line=i, quote=f"q{i} \u2019")] for i in range(50)])
    options = RenderOptions()
    expected = jsonout.render_stdlib(result, options)
    monkeypatch.setattr(jsonout, "CHUNK_CHARS", 1)
    assert jsonout.render(result, options) == expected


# --- CSV reading ---------------------------------------------------------------------------

CELLS = [
    "x",
    "1",
    "",
    '"a,b"',
    '"l1\nl2"',
    '"d""q"',
    "\u00e9",
    " s ",
    '"r\r\nn"',
    '"',
    'a"b',
    "\u00a0",
]
JUNK = ["a", ",", '"', '""', "\n", "\r\n", "\r", "\t", " ", "\u2028", '"q,w"', "\x0c"]


def random_csv(rng: random.Random) -> str:
    header = rng.choice(["a,b", "a,b,c", '"a",b', "a", "a,b,"])
    end = rng.choice(["\n", "\r\n"])
    rows = []
    for _ in range(rng.randint(0, 6)):
        if rng.random() < 0.7:
            width = header.count(",") + 1 + (rng.random() < 0.1) - (rng.random() < 0.1)
            rows.append(",".join(rng.choice(CELLS) for _ in range(max(width, 1))))
        else:
            rows.append("".join(rng.choice(JUNK) for _ in range(rng.randint(0, 4))))
    return header + end + end.join(rows) + rng.choice(["", end])


def outcome(read, text: str):
    try:
        frame = read(text, "claims/x.csv")
    except InputError as exc:
        return ("problem", exc.message, exc.line, exc.hint)
    except Exception as exc:  # noqa: BLE001 - the careful path has its own failures; same ones
        return ("error", type(exc).__name__)
    return ("frame", frame.to_dict("list"), list(frame.columns))


@pytest.mark.parametrize("chunk", [csvscan._SCAN_CHUNK, 5])
def test_csv_fast_path_reads_as_the_careful_path(monkeypatch, chunk):
    monkeypatch.setattr(csvscan, "_SCAN_CHUNK", chunk)
    rng = random.Random(chunk)
    fast = 0
    for _ in range(1500):
        text = random_csv(rng)
        fast += csvscan.read_plain_csv(text.encode(), store.MAX_CLAIMS_LINE_CHARS) is not None
        assert outcome(store.read_csv_text, text) == outcome(store._read_csv_text_checked, text), (
            repr(text)
        )
    assert fast > 300  # the fast path is taken often, not only the careful one


@pytest.mark.parametrize(
    "data",
    [
        b"source,value\na,1\n",
        b"\xef\xbb\xbfsource,value\na,1\n",
        b'source,value\na,"1\n2"\n\nb,3',
        b"source,value\r\na,1\r\n",
    ],
)
def test_csv_bytes_read_as_decoded_text(data):
    frame = store.read_csv_bytes(data, "x.csv")
    expected = store._read_csv_text_checked(data.decode("utf-8-sig"), "x.csv")
    assert frame.to_dict("list") == expected.to_dict("list")


@pytest.mark.parametrize(
    "data", [b"source,value\na,\xff\n", b'source,value\na,"\xe9\n"\n', b"a,b\n1,\xed\xa0\x80\n"]
)
def test_csv_bytes_that_are_not_utf8_are_named_with_their_line(data):
    with pytest.raises(InputError) as fast:
        store.read_csv_bytes(data, "x.csv")
    with pytest.raises(InputError) as careful:
        store.decode_text(data, "x.csv")
    assert (fast.value.message, fast.value.line) == (careful.value.message, careful.value.line)


# --- claims --------------------------------------------------------------------------------


def reference_claims(prepared: pd.DataFrame) -> tuple[Claim, ...]:
    """Claims built row by row, as compare built them before the column-wise table."""
    claims = []
    for r in prepared.itertuples(index=False):
        scale = r.v / r.value_num if r.value_num else 1.0

        def bound(x, scale=scale):
            x = x / scale
            return None if np.isnan(x) or np.isinf(x) else float(f"{x:.12g}")

        claims.append(
            Claim(
                source=r.source.strip(),
                metric=r.metric_,
                value=float(r.value_num),
                low=bound(r.lo_stated) if scale else None,
                high=bound(r.hi_stated) if scale else None,
                qualifier=r.qualifier_,
                unit=r.unit.strip() or r.unit_default,
                modality=r.modality_,
                as_of="" if pd.isna(r.date) else r.date.strftime("%Y-%m-%d"),
                quote=r.quote,
                status=r.status.strip(),
                note=r.note,
                file=r.file,
                line=int(r.line),
            )
        )
    return tuple(
        sorted(claims, key=lambda c: (c.as_of or "9999", c.source, c.value, c.file, c.line))
    )


def test_claims_are_built_as_row_by_row():
    frame, published = synthetic(10_000)
    taxonomy, config = load_taxonomy(), Config()
    prepared = prepare(frame, taxonomy, config, published).assign(
        unit_default=lambda p: p["metric_"].map({k: m.unit for k, m in taxonomy.metrics.items()})
    )
    built = comparable_claims(frame, taxonomy, config, published)
    expected = reference_claims(prepared)
    assert built == expected
    assert [type(x) for c in built[:50] for x in (c.value, c.line)] == [float, int] * 50
    assert {claim_fingerprint(c) for c in built} == {claim_fingerprint(c) for c in expected}


def test_the_fast_constructor_makes_ordinary_claims():
    values = (
        "a",
        "m",
        1.5,
        None,
        2.0,
        "exact",
        "people",
        "reported",
        "",
        "q",
        "reviewed",
        "",
        "f.csv",
        3,
    )
    made, plain = _make_claim(*values), Claim(*values)
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert dataclasses.asdict(made) == dataclasses.asdict(plain)
    assert dataclasses.replace(made, value=2.5) == dataclasses.replace(plain, value=2.5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.value = 3.0  # type: ignore[misc]


# --- columns -------------------------------------------------------------------------------

VALUES = [
    "",
    " ",
    "1",
    " 2 ",
    "1e3",
    "1,900",
    "x",
    "inf",
    "-0",
    "nan",
    "0x10",
    "  a b  ",
    "\u00a01\u00a0",
]


@pytest.mark.parametrize("seed", range(5))
def test_column_helpers_match_pandas(seed):
    rng = random.Random(seed)
    items = [rng.choice(VALUES) for _ in range(200)]
    series = pd.Series(items, dtype=str)
    with_nan = pd.Series([*items[:50], np.nan, *items[50:]], dtype=str)
    for s in (series, with_nan):
        pd.testing.assert_series_equal(columns.strip(s), s.str.strip())
        expected = pd.to_numeric(s.replace("", np.nan), errors="coerce").to_numpy(float)
        np.testing.assert_array_equal(columns.numbers(s), expected)
        expected = pd.to_numeric(s.str.strip().replace("", np.nan), errors="coerce").to_numpy(float)
        np.testing.assert_array_equal(columns.numbers(s, strip_first=True), expected)
        pd.testing.assert_series_equal(
            columns.each_distinct(s, lambda t: t.str.upper()), s.str.upper()
        )
    frame = pd.DataFrame({"a": series, "b": series.str.strip()})
    codes = columns.key_codes([frame["a"], frame["b"]])
    np.testing.assert_array_equal(
        pd.Series(codes).duplicated().to_numpy(), frame.duplicated().to_numpy()
    )


# --- number mentions -----------------------------------------------------------------------


def test_the_written_out_init_makes_ordinary_mentions():
    """NumberMention's own __init__ (not the generated one) takes every field, in order, and
    makes an ordinary frozen dataclass instance, compiled or from source."""
    from checker.extract.numbers import NumberMention, compile_reader
    from checker.lang import load_pack

    names = [f.name for f in dataclasses.fields(NumberMention)]
    given = (1, 2, "t", 3.0, 4.0, 5.0, True, False, "q", "u", "k", "h", "n")  # all different
    by_name = NumberMention(**dict(zip(names, given, strict=True)))
    by_position = NumberMention(*given)
    assert [getattr(by_position, name) for name in names] == list(given)
    assert by_position == by_name
    found = compile_reader(load_pack("en")).find("More than 1,200 people, about a third.")
    assert found
    for made in found:
        fields = dataclasses.asdict(made)
        assert list(fields) == names
        plain = NumberMention(**fields)
        assert all(getattr(plain, name) == fields[name] for name in names)
        assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
        assert NumberMention(*fields.values()) == plain
        assert dataclasses.replace(made, unit="x") == dataclasses.replace(plain, unit="x")
        assert dataclasses.replace(made, unit="x").unit == "x"
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.value = 3.0  # type: ignore[misc]
