"""The comparison engine on claims written for these tests (not the bundled articles)."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from checker.compare import find_discrepancies
from checker.config import Config
from checker.model import CLAIM_COLUMNS, Verdict
from checker.taxonomy import load_taxonomy
from tests.conftest import claim_row


def frame_of(rows: list[dict[str, str]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(CLAIM_COLUMNS), dtype=str).fillna("")
    frame["file"] = [f"claims/{r['source']}.csv" for r in rows]
    frame["line"] = range(2, len(rows) + 2)
    return frame


def findings(rows, config=None, published=None):
    return find_discrepancies(frame_of(rows), load_taxonomy(), config or Config(), published or {})


def verdicts(rows, **kw) -> list[str]:
    return sorted(f.verdict.value for f in findings(rows, **kw))


def test_six_weeks_and_42_days_agree():
    rows = [
        claim_row(
            "a", "ceasefire.phase1.days", "6", unit="weeks", qualifier="approx", as_of="2024-05-01"
        ),
        claim_row("b", "ceasefire.phase1.days", "42", unit="days", as_of="2024-05-02"),
    ]
    found = findings(rows)
    assert [f.verdict for f in found] == [Verdict.AGREE]
    assert "42 days" in found[0].explanation


def test_identical_figures_make_no_finding():
    rows = [claim_row(s, "ceasefire.phases", "3", unit="phases", as_of="2024-05-01") for s in "abc"]
    assert findings(rows) == []


def test_more_than_120_and_some_130_are_compatible():
    rows = [
        claim_row("a", "hostages.held", "120", qualifier="more_than", as_of="2024-04-01"),
        claim_row("b", "hostages.held", "130", qualifier="approx", as_of="2024-04-02"),
    ]
    assert verdicts(rows) == ["compatible"]


def test_disjoint_same_week_is_conflict_with_differences():
    rows = [
        claim_row("a", "hostages.release.phase1", "33", modality="proposed", as_of="2024-05-01"),
        claim_row("b", "hostages.release.phase1", "40", modality="proposed", as_of="2024-05-03"),
    ]
    (finding,) = findings(rows)
    assert finding.verdict is Verdict.CONFLICT
    assert "differ by 7, 18%" in finding.explanation
    assert {c.source for c in finding.claims} == {"a", "b"}
    assert all(c.file and c.line for c in finding.claims)


def test_held_falling_over_months_is_changed():
    rows = [
        claim_row("a", "hostages.held", "130", qualifier="approx", as_of="2024-03-01"),
        claim_row("b", "hostages.held", "100", as_of="2024-09-01"),
    ]
    (finding,) = findings(rows)
    assert finding.verdict is Verdict.CHANGED
    assert finding.explanation.startswith("fell from about 130")


def test_held_rising_over_months_is_conflict():
    rows = [
        claim_row("a", "hostages.held", "100", as_of="2024-03-01"),
        claim_row("b", "hostages.held", "130", as_of="2024-09-01"),
    ]
    (finding,) = findings(rows)
    assert finding.verdict is Verdict.CONFLICT
    assert "non-increasing" in finding.explanation


def test_unknown_date_makes_disjoint_figures_a_conflict():
    rows = [
        claim_row("a", "deaths.gaza", "30000", as_of="2024-03-01"),
        claim_row("b", "deaths.gaza", "48000"),
    ]
    (finding,) = findings(rows)
    assert finding.verdict is Verdict.CONFLICT
    assert "date is unknown" in finding.explanation


def test_published_date_stands_in_for_empty_as_of():
    rows = [
        claim_row("a", "deaths.gaza", "30000", as_of="2024-03-01"),
        claim_row("b", "deaths.gaza", "48000"),
    ]
    (finding,) = findings(rows, published={"b": "2025-02-01"})
    assert finding.verdict is Verdict.CHANGED


def test_one_source_two_incompatible_figures_is_conflict():
    rows = [
        claim_row("a", "deaths.israel.oct7", "1200", as_of="2024-01-01"),
        claim_row("a", "deaths.israel.oct7", "1400", as_of="2024-01-01"),
    ]
    (finding,) = findings(rows)
    assert finding.verdict is Verdict.CONFLICT
    assert "one source gives both" in finding.explanation


def test_proposal_differing_from_reported_is_changed_not_conflict():
    rows = [
        claim_row("a", "prisoners.release.phase1", "700", qualifier="approx", modality="proposed"),
        claim_row("b", "prisoners.release.phase1", "1900", qualifier="approx", modality="reported"),
    ]
    (finding,) = findings(rows)
    assert finding.verdict is Verdict.CHANGED
    assert {c.modality for c in finding.claims} == {"proposed", "reported"}


def test_deprecated_claims_are_never_compared():
    rows = [
        claim_row("a", "hostages.held", "100", as_of="2024-03-01"),
        claim_row(
            "b", "hostages.held", "250", as_of="2024-03-01", status="deprecated", note="typo"
        ),
    ]
    assert findings(rows) == []


def test_shares_are_compared_with_shares_only():
    rows = [
        claim_row("a", "hostages.held.dead", "0.25", unit="share", as_of="2024-03-01"),
        claim_row("b", "hostages.held.dead", "30", as_of="2024-03-01"),
        claim_row("c", "hostages.held.dead", "25", unit="percent", as_of="2024-03-02"),
    ]
    found = findings(rows)
    assert [f.verdict for f in found] == [
        Verdict.AGREE
    ]  # 0.25 share == 25 percent; 30 people alone


def test_open_bound_excludes_its_endpoint():
    rows = [
        claim_row("a", "hostages.held", "120", qualifier="more_than", as_of="2024-03-01"),
        claim_row("b", "hostages.held", "120", as_of="2024-03-01"),
    ]
    assert verdicts(rows) == ["conflict"]
    rows[0]["qualifier"] = "at_least"  # the same figure, hedged: like "about 6 weeks" vs "42 days"
    assert verdicts(rows) == ["agree"]
    rows[1]["value"] = "125"
    assert verdicts(rows) == ["compatible"]


def test_window_setting_decides_same_moment():
    rows = [
        claim_row("a", "hostages.held", "100", as_of="2024-03-01"),
        claim_row("b", "hostages.held", "130", as_of="2024-03-20"),
    ]
    assert verdicts(rows, config=Config(window_days=7)) == ["conflict"]  # rose: held cannot
    rows[1]["value"] = "90"
    assert verdicts(rows, config=Config(window_days=7)) == ["changed"]
    assert verdicts(rows, config=Config(window_days=30)) == ["conflict"]


def test_tolerance_override_from_settings():
    rows = [
        claim_row("a", "hostages.held", "130", qualifier="approx", as_of="2024-03-01"),
        claim_row("b", "hostages.held", "110", as_of="2024-03-01"),
    ]
    assert verdicts(rows) == ["conflict"]
    assert verdicts(rows, config=Config(tolerances={"hostages.held": 0.2})) == ["compatible"]


def _ids(rows):
    return sorted(f.id for f in findings(rows))


def test_ids_are_stable_across_moves_and_unrelated_edits():
    rows = [
        claim_row("a", "hostages.release.phase1", "33", as_of="2024-05-01"),
        claim_row("b", "hostages.release.phase1", "40", as_of="2024-05-01"),
        claim_row("c", "deaths.gaza", "30000", as_of="2024-05-01"),
    ]
    before = _ids(rows)
    moved = list(reversed(rows))
    moved[0] = dict(moved[0], quote="reworded quote", note="a note")
    assert _ids(moved) == before
    unrelated = [*rows, claim_row("d", "deaths.gaza", "30000", as_of="2024-05-01")]
    assert set(before) <= set(_ids(unrelated))
    edited = [rows[0], dict(rows[1], value="41"), rows[2]]
    assert _ids(edited) != before


def test_verdicts_do_not_depend_on_input_order():
    rows = [
        claim_row("a", "hostages.held", "120", qualifier="more_than", as_of="2024-03-01"),
        claim_row("b", "hostages.held", "130", qualifier="approx", as_of="2024-03-03"),
        claim_row("c", "hostages.held", "90", as_of="2024-06-01"),
        claim_row("d", "hostages.held", "95"),
        claim_row("e", "hostages.release.phase1", "33", modality="proposed"),
        claim_row("f", "hostages.release.phase1", "40", modality="proposed"),
    ]
    expected = [(f.id, f.verdict) for f in findings(rows)]
    for seed in range(5):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        assert [(f.id, f.verdict) for f in findings(shuffled)] == expected


def test_a_copy_of_a_claim_never_creates_a_conflict():
    rows = [
        claim_row("a", "hostages.held", "120", qualifier="more_than", as_of="2024-03-01"),
        claim_row("b", "hostages.held", "130", qualifier="approx", as_of="2024-03-02"),
    ]
    assert verdicts([*rows, dict(rows[0])]) == verdicts(rows) == ["compatible"]


@pytest.mark.parametrize(
    ("qualifier", "low", "high", "expected"),
    [
        ("range", "30", "40", "compatible"),  # 30-40 overlaps 35
        ("range", "10", "20", "conflict"),
        ("at_most", "", "", "compatible"),  # at most 50 vs 35
        ("less_than", "", "", "compatible"),
    ],
)
def test_ranges_and_caps(qualifier, low, high, expected):
    rows = [
        claim_row("a", "hostages.release.phase1", "35", as_of="2024-05-01"),
        claim_row(
            "b",
            "hostages.release.phase1",
            "50" if not low else "35",
            qualifier=qualifier,
            low=low,
            high=high,
            as_of="2024-05-01",
        ),
    ]
    assert verdicts(rows) == [expected]
