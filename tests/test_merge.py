"""Merging extracted claims: people's rows are never changed; new proposals appended atomically."""

from __future__ import annotations

from checker.merge import merge_source, register_sources
from tests.conftest import claim_row, write_csv


def proposal(metric, value, quote, modality="reported", **kw):
    return claim_row("a", metric, value, quote=quote, modality=modality, status="extracted", **kw)


def test_new_file_gets_header_and_rows(tmp_path):
    result = merge_source(tmp_path, "a", [proposal("hostages.held", "130", "some 130 hostages")])
    assert (result.added, result.unchanged, result.stale) == (1, 0, ())
    lines = (tmp_path / "a.csv").read_text().splitlines()
    assert lines[0].startswith("source,metric,value") and "extracted" in lines[1]


def test_reviewed_rows_survive_reruns_byte_for_byte(tmp_path):
    path = write_csv(
        tmp_path / "a.csv",
        [
            claim_row(
                "a", "hostages.held", "131", quote="some 130 hostages", note="checked: 131 per IDF"
            )
        ],
    )
    original = path.read_bytes()
    for _ in range(3):
        result = merge_source(
            tmp_path, "a", [proposal("hostages.held", "130", "some 130 hostages")]
        )
        assert (
            result.added == 0 and result.unchanged == 1
        )  # same quote and metric: the person corrected it
    assert path.read_bytes() == original


def test_person_reclassified_metric_is_not_proposed_again(tmp_path):
    path = write_csv(
        tmp_path / "a.csv",
        [claim_row("a", "hostages.release.phase1", "40", quote="40 hostages held in Gaza")],
    )
    result = merge_source(
        tmp_path, "a", [proposal("hostages.held", "40", "40 hostages held in Gaza")]
    )
    assert result.added == 0 and path.read_bytes().count(b"\n") == 2


def test_appends_after_a_file_without_final_newline_and_keeps_column_order(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(
        "quote,metric,value,source,status\nsome 130,hostages.held,130,a,reviewed", encoding="utf-8"
    )
    merge_source(
        tmp_path,
        "a",
        [proposal("deaths.gaza", "48000", "over 48,000 deaths", qualifier="more_than")],
    )
    lines = path.read_text().splitlines()
    assert lines[:2] == [
        "quote,metric,value,source,status",
        "some 130,hostages.held,130,a,reviewed",
    ]
    assert lines[2] == '"over 48,000 deaths",deaths.gaza,48000,a,extracted'


def test_stale_extracted_claims_are_reported_not_deleted(tmp_path):
    write_csv(
        tmp_path / "a.csv",
        [claim_row("a", "deaths.gaza", "30000", quote="30,000 dead", status="extracted")],
    )
    result = merge_source(tmp_path, "a", [proposal("hostages.held", "130", "some 130 hostages")])
    assert [(s.line, s.metric) for s in result.stale] == [(2, "deaths.gaza")]
    assert "30000" in (tmp_path / "a.csv").read_text()


def test_register_sources_appends_missing_only(tmp_path):
    assert register_sources(tmp_path, {"a": {"published": "2024-01-01", "lang": "en"}})
    assert not register_sources(tmp_path, {"a": {"published": "2024-01-01", "lang": "en"}})
    assert register_sources(tmp_path, {"b": {"published": "", "lang": "id"}})
    assert (tmp_path / "sources.csv").read_text().splitlines() == [
        "source,outlet,published,lang,url",
        "a,,2024-01-01,en,",
        "b,,,id,",
    ]
