"""Properties of the comparison and of extraction, on generated input (hypothesis).

- verdicts are symmetric and do not depend on the order of the claims;
- adding a copy of a claim never creates a conflict (nor any other finding);
- the bounds the engine derives from a qualifier always contain the stated value;
- extraction never raises, whatever the text.

The number reader's own properties (figures written in digits with either separator convention,
or in English or Indonesian words, read back) are in tests/test_numbers.py.
Run `pytest tests/test_properties.py --hypothesis-show-statistics` to see how many examples ran.
"""

from __future__ import annotations

import math

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.compare import comparable_claims, find_discrepancies
from checker.config import Config
from checker.extract.pipeline import extract_text
from checker.lang import load_packs
from checker.model import CLAIM_COLUMNS, Qualifier, Verdict
from checker.taxonomy import load_taxonomy

TAXONOMY = load_taxonomy()
PACKS = load_packs()
CONFIG = Config()
#: Examples per property: enough to meet the corner cases (ties, open bounds, undated claims,
#: unit conversions), few enough that the file runs in seconds (a comparison costs ~70 ms of
#: pandas overhead, whatever its size). No example database is kept.
COMPARE = settings(
    max_examples=30, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
#: Reading one claim's bounds, or extracting from a short text, takes milliseconds: more examples.
QUICK = settings(COMPARE, max_examples=300)

#: metric -> units a claim of it may be stated in (the first is the metric's own).
METRIC_UNITS = {
    "hostages.held": ["people", ""],
    "hostages.held.alive": ["people", "share", "percent"],
    "deaths.gaza": ["people"],
    "hostages.release.phase1": ["people"],
    "ceasefire.phase1.days": ["days", "weeks"],
    "war.months": ["months", "years", "weeks"],
}
SOURCES = ["a", "b", "c", "d"]
DATES = ["", "2024-01-01", "2024-01-05", "2024-01-20", "2024-03-01", "2024-09-01"]
OPEN_LOW = {"less_than", "at_most"}
OPEN_HIGH = {"more_than", "at_least"}


def figure(unit: str) -> st.SearchStrategy[float]:
    """Small figures collide and overlap often; shares lie in 0..1, percents in 0..100."""
    if unit == "share":
        return st.sampled_from([0.25, 0.3, 0.5, 0.75, 1.0])
    if unit == "percent":
        return st.sampled_from([25, 30, 50, 75, 100])
    return st.one_of(
        st.integers(1, 12),
        st.sampled_from([40, 42, 120, 130, 33, 6, 7]),
        st.floats(0.5, 200, allow_nan=False),
    )


def plain(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


@st.composite
def claim_rows(draw, metric: str | None = None) -> dict[str, str]:
    metric = metric or draw(st.sampled_from(sorted(METRIC_UNITS)))
    unit = draw(st.sampled_from(METRIC_UNITS[metric]))
    value = draw(figure(unit))
    qualifier = draw(st.sampled_from([q.value for q in Qualifier]))
    low = high = ""
    if qualifier == Qualifier.RANGE.value:
        width = draw(st.sampled_from([0.1, 0.25, 0.5]))
        low, high = plain(value * (1 - width)), plain(value * (1 + width))
    row = dict.fromkeys(CLAIM_COLUMNS, "")
    row.update(
        source=draw(st.sampled_from(SOURCES)),
        metric=metric,
        value=plain(value),
        low=low,
        high=high,
        qualifier=qualifier,
        unit=unit,
        modality=draw(st.sampled_from(["reported", "proposed"])),
        as_of=draw(st.sampled_from(DATES)),
        quote=f"the figure {plain(value)}",
        status="reviewed",
    )
    return row


def frame_of(rows: list[dict[str, str]], lines: list[int] | None = None) -> pd.DataFrame:
    """Claims as the store gives them; each row keeps its own file and line (its provenance)."""
    frame = pd.DataFrame(rows, columns=list(CLAIM_COLUMNS), dtype=str).fillna("")
    frame["file"] = [f"claims/{r['source']}.csv" for r in rows]
    frame["line"] = lines if lines is not None else list(range(2, len(rows) + 2))
    return frame


def findings(frame: pd.DataFrame):
    return find_discrepancies(frame, TAXONOMY, CONFIG, {})


def worst(found) -> dict[str, int]:
    """metric -> the most severe verdict rank among its findings."""
    out: dict[str, int] = {}
    for f in found:
        out[f.metric] = max(out.get(f.metric, -1), f.verdict.rank)
    return out


@COMPARE
@given(pairs=st.tuples(*(st.tuples(claim_rows(m), claim_rows(m)) for m in sorted(METRIC_UNITS))))
def test_verdicts_are_symmetric(pairs):
    """A vs B = B vs A, for a pair of claims on each metric at once (metrics never meet)."""
    forward = [claim for pair in pairs for claim in pair]
    backward = [claim for a, b in pairs for claim in (b, a)]
    lines = list(range(2, len(forward) + 2))
    swapped = [line for a, b in zip(lines[::2], lines[1::2], strict=True) for line in (b, a)]
    assert findings(frame_of(forward, lines)) == findings(frame_of(backward, swapped))


@COMPARE
@given(rows=st.lists(claim_rows(), min_size=2, max_size=12), data=st.data())
def test_findings_do_not_depend_on_input_order(rows, data):
    lines = list(range(2, len(rows) + 2))
    order = data.draw(st.permutations(range(len(rows))))
    shuffled = frame_of([rows[i] for i in order], [lines[i] for i in order])
    assert findings(shuffled) == findings(frame_of(rows, lines))


@COMPARE
@given(rows=st.lists(claim_rows(), min_size=1, max_size=10), data=st.data())
def test_a_copy_of_a_claim_never_creates_a_conflict(rows, data):
    copied = rows[data.draw(st.integers(0, len(rows) - 1))]
    before = findings(frame_of(rows))
    after = findings(frame_of([*rows, dict(copied)]))
    conflicts = [f for f in after if f.verdict is Verdict.CONFLICT]
    assert len(conflicts) <= sum(f.verdict is Verdict.CONFLICT for f in before)
    # nor does it make any metric look worse than it did
    assert all(rank <= worst(before).get(metric, -1) for metric, rank in worst(after).items())


@COMPARE
@given(rows=st.lists(st.tuples(claim_rows(), st.booleans()), min_size=1, max_size=30))
def test_derived_bounds_contain_the_value(rows):
    """Whatever the qualifier, unit or sign, low <= value <= high (None = open)."""
    rows = [
        {**row, "value": "-" + row["value"]} if negative and row["qualifier"] != "range" else row
        for row, negative in rows
    ]
    claims = comparable_claims(frame_of(rows), TAXONOMY, CONFIG, {})
    assert len(claims) == len(rows)
    for claim in claims:
        qualifier = rows[claim.line - 2]["qualifier"]
        slack = abs(claim.value) * 1e-9 + 1e-12  # bounds are printed to 12 significant digits
        assert claim.low is None or claim.low <= claim.value + slack
        assert claim.high is None or claim.value <= claim.high + slack
        assert (claim.low is None) == (qualifier in OPEN_LOW)
        assert (claim.high is None) == (qualifier in OPEN_HIGH)


NEWSY = [
    "Hamas", "would", "free", "33", "hostages", "in", "the", "first", "phase", "of", "six", "weeks",
    "more than", "about", "some", "120", "1,900", "1.900", "2,5", "tahanan", "sandera", "sekitar",
    "lebih dari", "tiga", "fase", "42 days", "hari", "killed", "dead", "at least", "up to", "%",
    "percent", "a quarter of them", "Gaza", "Israel", ".", ",", "\n", "\u2028", "(", ")", "“", "”",
    " date 2024-05-01", "2024", "May", "million", "ribu", "juta", "-", "–", "..", "~", "=cmd",
    "<b>",
]  # fmt: skip


def check_extracted(text: str, result) -> None:
    """Every extracted claim: a known metric, a finite value within its bounds, its quote the
    article's own words at its span."""
    for claim in result.claims:
        assert claim.metric in TAXONOMY.metrics
        assert math.isfinite(claim.value)
        assert claim.low is None or claim.low <= claim.value
        assert claim.high is None or claim.value <= claim.high
        assert claim.start is not None and claim.end is not None
        assert text[claim.start : claim.end] == claim.quote


@QUICK
@given(text=st.text(max_size=400), lang=st.sampled_from(["auto", "en", "id"]))
def test_extraction_never_raises_on_any_text(text, lang):
    check_extracted(text, extract_text(text, source="s", lang=lang, packs=PACKS, taxonomy=TAXONOMY))


@QUICK
@given(
    words=st.lists(st.sampled_from(NEWSY), max_size=60),
    glue=st.sampled_from([" ", "", "  ", "\n"]),
    lang=st.sampled_from(["auto", "en", "id"]),
)
def test_extraction_never_raises_on_newsy_text(words, glue, lang):
    text = glue.join(words)
    check_extracted(text, extract_text(text, source="s", lang=lang, packs=PACKS, taxonomy=TAXONOMY))
