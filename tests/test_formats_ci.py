"""Machine formats for CI: SARIF 2.1.0 (checked against the official OASIS schema), JUnit
XML, GitHub annotations capped at 10 with the rest in the job summary, and --format auto."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from checker.check import failing, run_check
from checker.cli import cli
from checker.config import Config
from checker.report import FORMATS, RenderOptions
from checker.report import sarif as sarif_report
from checker.report.github import MAX_ANNOTATIONS
from tests.conftest import claim_row, write_store

#: The OASIS SARIF 2.1.0 schema (OASIS Standard incorporating Errata 01), byte for byte as
#: published in oasis-tcs/sarif-spec at Schemata/sarif-schema-2.1.0.json.
SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A failing conflict (hostages.held), a compatible pair (deaths.gaza), an acknowledged
    conflict (hostages.released.alive) and a stale acknowledgement."""
    claims = write_store(
        tmp_path / "claims",
        [
            claim_row("a", "hostages.held", "100", as_of="2024-03-01"),
            claim_row("b", "hostages.held", "300", as_of="2024-03-01", quote='b [says] "300"'),
            claim_row("a", "deaths.gaza", "30000", qualifier="approx", as_of="2024-03-01"),
            claim_row("b", "deaths.gaza", "31000", as_of="2024-03-01"),
            claim_row("a", "hostages.released.alive", "25", as_of="2024-03-01"),
            claim_row("c", "hostages.released.alive", "40", as_of="2024-03-01"),
        ],
    )
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", "--format", "json"])
    ids = {f["metric"]: f["id"] for f in json.loads(result.stdout)["findings"]}
    (claims / "acknowledged.csv").write_text(
        "id,metric,reason\n"
        f"{ids['hostages.released.alive']},hostages.released.alive,two different exchanges\n"
        "Fdeadbeef0000,war.months,an old entry\n",
        encoding="utf-8",
    )
    return tmp_path


def render(fmt: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", "--format", fmt, *args])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, result.stdout


def test_every_format_is_registered():
    assert {"table", "markdown", "json", "csv", "github", "sarif", "junit"} <= set(FORMATS)
    help_text = CliRunner().invoke(cli, ["check", "--help"]).output
    assert "sarif" in help_text and "junit" in help_text


# --- SARIF ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif-schema-2.1.0.json")
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def sarif_log(*args: str) -> dict:
    return json.loads(render("sarif", *args)[1])


def test_sarif_is_valid_against_the_official_schema(store, sarif_validator):
    log = sarif_log()
    errors = sorted(sarif_validator.iter_errors(log), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]
    assert log["version"] == "2.1.0"


def test_the_schema_rejects_a_broken_log(sarif_validator):
    """The vendored schema really checks something (a guard against an empty stand-in)."""
    broken = {
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {}}, "results": [{"level": "fatal"}]}],
    }
    messages = {e.message for e in sarif_validator.iter_errors(broken)}
    assert any("'name' is a required property" in m for m in messages)
    assert any("'fatal' is not one of" in m for m in messages)


def test_sarif_one_result_per_finding(store):
    log = sarif_log()
    results = {r.get("properties", {}).get("metric"): r for r in log["runs"][0]["results"]}
    conflict = results["hostages.held"]
    assert conflict["ruleId"] == "conflict"
    assert conflict["level"] == "error"
    assert conflict["properties"]["failing"] is True
    assert conflict["partialFingerprints"] == {
        "claimcheckFindingId/v1": conflict["properties"]["findingId"]
    }
    assert len(conflict["locations"]) == 1
    assert len(conflict["relatedLocations"]) == 1
    related = conflict["relatedLocations"][0]
    assert f"]({related['id']})" in conflict["message"]["text"]  # the message links to it

    compatible = results["deaths.gaza"]
    assert (compatible["ruleId"], compatible["level"]) == ("compatible", "note")
    assert "suppressions" not in compatible


def test_sarif_acknowledged_findings_are_suppressed(store):
    results = sarif_log()["runs"][0]["results"]
    acknowledged = next(
        r for r in results if r["properties"].get("metric") == "hostages.released.alive"
    )
    assert acknowledged["suppressions"] == [
        {"kind": "external", "status": "accepted", "justification": "two different exchanges"}
    ]
    assert acknowledged["level"] == "warning"  # a conflict, but not failing


def test_sarif_stale_acknowledgements(store):
    stale = [r for r in sarif_log()["runs"][0]["results"] if r["ruleId"] == "stale-acknowledgement"]
    assert len(stale) == 1 and stale[0]["level"] == "warning"
    location = stale[0]["locations"][0]["physicalLocation"]
    assert location == {
        "artifactLocation": {"uri": "claims/acknowledged.csv", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 3},
    }
    strict = [
        r
        for r in sarif_log("--strict")["runs"][0]["results"]
        if r["ruleId"] == "stale-acknowledgement"
    ]
    assert strict[0]["level"] == "error"


def test_sarif_rules_cover_every_rule_id(store):
    run = sarif_log()["runs"][0]
    rules = {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    assert {r["ruleId"] for r in run["results"]} <= rules


def test_sarif_is_deterministic_and_has_no_absolute_paths(store):
    first, second = render("sarif")[1], render("sarif")[1]
    assert first == second
    assert str(store) not in first
    log = json.loads(first)
    uris = [
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
        for loc in r["locations"] + r.get("relatedLocations", [])
    ]
    assert uris and all(not u.startswith("/") and "://" not in u for u in uris)
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:", first)  # no timestamps


def test_sarif_points_at_the_edited_claim_in_changed_only_mode(store):
    config = Config(claims=("claims",))
    _, result = run_check(config.claims, config)
    conflict = next(f for f in result.findings if f.metric == "hostages.held")
    edited = conflict.claims[-1]
    options = RenderOptions(
        failing_ids=frozenset(f.id for f in failing(result, "conflict")),
        changed=frozenset({(edited.file, edited.line)}),
    )
    log = json.loads(sarif_report.render(result, options))
    primary = next(
        r
        for r in log["runs"][0]["results"]
        if r.get("properties", {}).get("metric") == "hostages.held"
    )
    region = primary["locations"][0]["physicalLocation"]
    assert (region["artifactLocation"]["uri"], region["region"]["startLine"]) == (
        edited.file,
        edited.line,
    )


# --- JUnit ------------------------------------------------------------------------------


def junit(*args: str) -> tuple[int, ET.Element]:
    code, text = render("junit", *args)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return code, ET.fromstring(text.encode("utf-8"))


def test_junit_parses_and_has_the_common_shape(store):
    code, root = junit()
    assert code == 1
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert len(suites) == 1
    suite = suites[0]
    cases = suite.findall("testcase")
    assert all(case.get("classname") and case.get("name") for case in cases)
    for element in (root, suite):
        assert int(element.get("tests")) == len(cases)
        assert int(element.get("failures")) == len(suite.findall("testcase/failure"))
        assert int(element.get("skipped")) == len(suite.findall("testcase/skipped"))
        assert element.get("errors") == "0"
    children = {child.tag for case in cases for child in case}
    assert children <= {"failure", "skipped", "system-out"}


def test_junit_failures_for_failing_findings(store):
    _, root = junit()
    failures = root.findall(".//testcase/failure/..")
    assert [case.get("classname") for case in failures] == ["claimcheck.hostages.held"]
    failure = failures[0].find("failure")
    assert failure.get("type") == "conflict"
    assert "claims/b.csv:2" in failure.text
    assert failures[0].get("file") in ("claims/a.csv", "claims/b.csv")
    skipped = root.findall(".//testcase/skipped/..")
    assert [case.get("classname") for case in skipped] == ["claimcheck.hostages.released.alive"]
    assert skipped[0].find("skipped").get("message") == "acknowledged: two different exchanges"


def test_junit_stale_fails_only_with_strict(store):
    _, root = junit()
    stale = [c for c in root.iter("testcase") if c.get("name").startswith("stale ")]
    assert len(stale) == 1 and stale[0].find("failure") is None
    code, root = junit("--strict")
    stale = [c for c in root.iter("testcase") if c.get("name").startswith("stale ")]
    assert stale[0].find("failure") is not None
    assert code == 1


def test_junit_clean_store_is_one_passing_test(tmp_path, monkeypatch):
    write_store(tmp_path / "claims", [claim_row("a", "hostages.held", "100")])
    monkeypatch.chdir(tmp_path)
    code, root = junit()
    assert code == 0
    assert [c.get("name") for c in root.iter("testcase")] == ["claims compared"]
    assert root.get("failures") == "0"


def test_junit_keeps_control_characters_out(tmp_path, monkeypatch):
    write_store(
        tmp_path / "claims",
        [
            claim_row("a", "hostages.held", "100", as_of="2024-03-01", quote="bell \x07 here"),
            claim_row("b", "hostages.held", "300", as_of="2024-03-01"),
        ],
    )
    monkeypatch.chdir(tmp_path)
    _, root = junit("--fail-on", "never")
    assert "bell \ufffd here" in "".join(root.itertext())


# --- GitHub: at most 10 errors, the rest in the job summary -------------------------------


@pytest.fixture
def many_conflicts(tmp_path, monkeypatch):
    """Twelve failing conflicts: hostages.held in twelve months, 100 against 300."""
    rows = []
    for month in range(1, 13):
        day = f"2024-{month:02d}-01"
        rows += [
            claim_row("a", "hostages.held", "100", as_of=day),
            claim_row("b", "hostages.held", "300", as_of=day),
        ]
    write_store(tmp_path / "claims", rows)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_github_caps_errors_at_ten(many_conflicts):
    code, out = render("github")
    assert code == 1
    errors = [line for line in out.splitlines() if line.startswith("::error ")]
    assert len(errors) == MAX_ANNOTATIONS == 10
    assert "claimcheck: 14 more annotation(s) on 7 finding(s) not shown" in out
    assert "the full table is in the job summary" in out


def test_github_overflow_goes_to_the_job_summary(many_conflicts, monkeypatch):
    summary = many_conflicts / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = CliRunner().invoke(cli, ["check"])  # auto -> github inside Actions
    assert result.exit_code == 1
    assert result.stdout.startswith("::error ")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n### claimcheck ❌")
    report = json.loads(render("json")[1])
    assert all(f"`{f['id']}`" in text for f in report["findings"])


def test_github_overflow_without_a_job_summary_says_so(many_conflicts):
    result = CliRunner().invoke(cli, ["check", "--format", "github"])
    assert "GITHUB_STEP_SUMMARY is not set; run with --format markdown" in result.stderr


def test_github_no_summary_when_nothing_overflows(store, monkeypatch):
    summary = store / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out = render("github")
    assert code == 1
    assert not summary.exists()
    assert "more annotation" not in out


# --- --format auto ------------------------------------------------------------------------


def test_auto_is_table_outside_github_actions(store):
    assert CliRunner().invoke(cli, ["check"]).stdout == render("table")[1]


def test_auto_is_github_inside_github_actions(store, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert CliRunner().invoke(cli, ["check"]).stdout == render("github")[1]
    assert CliRunner().invoke(cli, ["check", "--format", "auto"]).stdout == render("github")[1]
