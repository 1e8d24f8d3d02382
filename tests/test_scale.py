"""The comparison's shape at scale (not its speed: bench/compare_speed.py times it).

20,000 synthetic claims on one metric, from the bench's generator: findings are clusters,
a claim is listed by a bounded number of findings, a finding lists a claim once, and the
number of findings and of listed claims grows at most linearly with the claims.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from functools import cache

import pandas as pd

from checker import compare
from checker.compare import find_discrepancies
from checker.config import Config
from checker.explain import explain, normalised
from checker.model import Finding
from checker.taxonomy import load_taxonomy
from tests.conftest import ROOT

METRIC = "deaths.gaza"
#: Each moment (claims within window_days) may list a claim in its own finding and in the
#: timeline findings with the moment before and the moment after; an undated claim, whose
#: moment is compared with every dated one, is bounded by the number of dated moments.
DATED_MAX_FINDINGS = 3


@cache
def bench_generator():
    """bench/compare_speed.py (not a package), loaded by path."""
    spec = importlib.util.spec_from_file_location(
        "bench_compare_speed", ROOT / "bench" / "compare_speed.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@cache
def synthetic(n: int) -> tuple[pd.DataFrame, dict[str, str]]:
    frame, published = bench_generator().claims_frame(n, seed=4, metrics=[METRIC])
    frame["file"] = "claims.csv"
    frame["line"] = range(2, len(frame) + 2)
    return frame, published


@cache
def findings(n: int) -> tuple[Finding, ...]:
    frame, published = synthetic(n)
    return tuple(find_discrepancies(frame, load_taxonomy(), Config(), published))


def listings(found: tuple[Finding, ...]) -> Counter:
    """How many findings list each claim (by its place: file and line)."""
    return Counter((c.file, c.line) for f in found for c in f.claims)


def test_generator_makes_what_it_says():
    frame, published = synthetic(20_000)
    assert len(frame) == 20_000
    assert set(frame["metric"]) == {METRIC}
    assert frame["source"].nunique() > 500
    assert set(frame["qualifier"]) == {
        "exact",
        "approx",
        "more_than",
        "at_least",
        "less_than",
        "at_most",
        "range",
    }
    assert 60 <= frame["quote"].str.len().mean() <= 120
    assert (frame["status"] == "deprecated").any() and (frame["modality"] == "proposed").any()


def test_a_finding_lists_a_claim_once():
    for finding in findings(20_000):
        places = [(c.file, c.line) for c in finding.claims]
        assert len(places) == len(set(places)), finding.id


def test_a_claim_is_listed_by_a_bounded_number_of_findings():
    found = findings(20_000)
    count = listings(found)
    undated = {(c.file, c.line) for f in found for c in f.claims if not c.as_of}
    dated = {place: n for place, n in count.items() if place not in undated}
    assert max(dated.values()) <= DATED_MAX_FINDINGS
    dated_moments = sum(1 for f in found if f.scope == "moment" and f.claims[0].as_of)
    assert all(count[place] <= 1 + dated_moments for place in undated)


def test_findings_and_listed_claims_grow_at_most_linearly():
    small, large = findings(10_000), findings(20_000)
    assert len(large) <= 2.2 * len(small)
    for found, n in ((small, 10_000), (large, 20_000)):
        # every claim once in its moment's finding, plus a few per timeline finding
        timeline = sum(1 for f in found if f.scope == "timeline")
        assert sum(len(f.claims) for f in found) <= n + 8 * timeline
        assert len(found) < n / 10  # clusters, not pairs


def test_ids_are_unique_and_explanations_are_what_explain_says_for_all_claims():
    found = findings(20_000)
    assert len({f.id for f in found}) == len(found)
    taxonomy = load_taxonomy()
    # find_discrepancies explains a large finding from the claims that decide the sentence
    for finding in found:
        said = explain(finding.verdict, finding.scope, finding.claims, taxonomy)
        assert finding.explanation == said + _omitted(finding.omitted)


def _omitted(count: int) -> str:
    return f"; {count:,} more claims, between the figures listed, are not listed" if count else ""


def test_a_large_moment_lists_the_claims_that_decide_it(monkeypatch):
    """A moment with more than MOMENT_LISTED_MAX claims lists a few: its verdict, its
    explanation and the range of its figures are what all of its claims give."""
    short = [f for f in findings(20_000) if f.scope == "moment"]
    assert any(f.omitted for f in short)
    assert all(len(f.claims) <= compare.MOMENT_LISTED_MAX + 8 for f in short)
    monkeypatch.setattr(compare, "MOMENT_LISTED_MAX", 10**9)
    frame, published = synthetic(20_000)
    full = [
        f
        for f in find_discrepancies(frame, load_taxonomy(), Config(), published)
        if f.scope == "moment"
    ]
    assert len(full) == len(short)
    taxonomy = load_taxonomy()
    for every in full:
        places = {(c.file, c.line) for c in every.claims}
        [few] = [f for f in short if {(c.file, c.line) for c in f.claims} <= places]
        assert few.verdict == every.verdict and few.metric == every.metric
        assert few.omitted == len(every.claims) - len(few.claims)
        assert few.explanation == every.explanation + _omitted(few.omitted)
        listed = [normalised(c, taxonomy) for c in few.claims]
        assert all(min(listed) <= normalised(c, taxonomy) <= max(listed) for c in every.claims)
