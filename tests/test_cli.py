"""The command line, through click's CliRunner: exit codes, output, and one-line errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from checker.cli import cli, main
from tests.conftest import claim_row, write_store

EXPECTED_BUNDLED = {
    # metric -> figures that must appear side by side in one finding
    "hostages.release.phase1": {33.0, 40.0},
    "hostages.held": {120.0, 130.0},
    "prisoners.release.phase1": {700.0, 1900.0},
}


@pytest.fixture
def runner(root, monkeypatch) -> CliRunner:
    monkeypatch.chdir(root)
    return CliRunner()


def run(runner: CliRunner, *args: str):
    return runner.invoke(cli, list(args), catch_exceptions=False)


def test_check_on_bundled_data_shows_the_motivating_discrepancies(runner):
    result = run(runner, "check", "--format", "json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    findings = payload["findings"]
    for metric, figures in EXPECTED_BUNDLED.items():
        assert any(
            f["metric"] == metric and figures <= {c["value"] for c in f["claims"]} for f in findings
        ), metric
    # "approximately six weeks" vs "six-week" vs "42 days", and "tiga fase" vs "three-phase": no discrepancy
    for f in findings:
        if f["metric"] in ("ceasefire.phase1.days", "ceasefire.phases"):
            assert f["verdict"] == "agree"
    assert payload["summary"]["failing"] == 0
    assert payload["summary"]["acknowledged"] >= 3


def test_json_shape_is_the_public_contract(runner):
    payload = json.loads(run(runner, "check", "--format", "json").output)
    assert set(payload) == {"findings", "summary"}
    finding = payload["findings"][0]
    assert {"id", "metric", "verdict", "explanation", "acknowledged", "claims"} <= set(finding)
    claim_keys = {
        "source",
        "value",
        "low",
        "high",
        "qualifier",
        "unit",
        "modality",
        "as_of",
        "quote",
        "file",
        "line",
    }
    assert all(set(c) == claim_keys for f in payload["findings"] for c in f["claims"])


def test_check_fails_on_an_unacknowledged_conflict(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_store(
        tmp_path / "claims",
        [
            claim_row("a", "hostages.release.phase1", "33", as_of="2024-05-01"),
            claim_row("b", "hostages.release.phase1", "40", as_of="2024-05-01"),
        ],
    )
    runner = CliRunner()
    result = run(runner, "check")
    assert result.exit_code == 1
    assert "CONFLICT" in result.output and "[FAIL]" in result.output
    assert run(runner, "check", "--fail-on", "never").exit_code == 0
    finding_id = json.loads(run(runner, "check", "--format", "json").output)["findings"][0]["id"]
    ack = run(runner, "acknowledge", finding_id, "--reason", "two rounds of talks")
    assert ack.exit_code == 0 and "acknowledged" in ack.output
    assert run(runner, "check").exit_code == 0
    assert (
        (tmp_path / "claims" / "acknowledged.csv")
        .read_text()
        .splitlines()[1]
        .startswith(finding_id)
    )


def test_fail_on_changed_counts_changes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_store(
        tmp_path / "claims",
        [
            claim_row("a", "hostages.held", "130", as_of="2024-03-01"),
            claim_row("b", "hostages.held", "100", as_of="2024-09-01"),
        ],
    )
    runner = CliRunner()
    assert run(runner, "check").exit_code == 0
    assert run(runner, "check", "--fail-on", "changed").exit_code == 1


def test_validate_lists_every_problem_with_file_and_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_store(
        tmp_path / "claims",
        [
            claim_row("a", "hostages.hled", "12,5"),
            claim_row("a", "hostages.held", "10", low="20", high="5", as_of="2024-13-01"),
            claim_row("a", "hostages.held", "10", unit="weeks", qualifier="roughly"),
        ],
    )
    result = CliRunner().invoke(cli, ["validate"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert "claims/a.csv:2: unknown metric 'hostages.hled'; did you mean 'hostages.held'?" in lines
    assert "claims/a.csv:2: value '12,5' is not a number; write 12.5 (a dot for decimals)" in lines
    assert any(line.startswith("claims/a.csv:3: low 20 is above high 5") for line in lines)
    assert any(
        line.startswith("claims/a.csv:3: as_of '2024-13-01' is not a date") for line in lines
    )
    assert any(
        line.startswith("claims/a.csv:4: unit 'weeks' does not fit hostages.held") for line in lines
    )
    assert any(line.startswith("claims/a.csv:4: unknown qualifier 'roughly'") for line in lines)
    assert lines[-1] == "6 problem(s) found"
    # check refuses to compare bad input, with the same messages
    assert CliRunner().invoke(cli, ["check"]).exit_code == 2


def test_quote_not_in_article_and_missing_figure(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(
        "Officials said 40 hostages would be freed first.", encoding="utf-8"
    )
    write_store(
        tmp_path / "claims",
        [
            claim_row("a", "hostages.release.phase1", "40", quote="40 hostages would be freed"),
            claim_row("a", "hostages.held", "41", quote="41 hostages remain"),
            claim_row("a", "hostages.taken", "250", quote="Officials said"),
        ],
    )
    result = CliRunner().invoke(cli, ["validate"])
    assert result.exit_code == 2
    assert "claims/a.csv:3: quote not found in the article" in result.output
    assert "claims/a.csv:4: quote does not state the figure 250" in result.output
    assert "claims/a.csv:2:" not in result.output


def test_bad_paths_and_usage_exit_2_with_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as info:
        main(["check", "nowhere/"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        "claimcheck: nowhere: no such file or folder; check the path"
    ]
    with pytest.raises(SystemExit) as info:
        main(["check", "--format", "yaml"])
    assert info.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_empty_claims_folder_is_bad_input(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 2
    assert "claims: no claims files found" in result.output


def test_auto_format_is_github_inside_actions(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_store(
        tmp_path / "claims",
        [
            claim_row("a", "deaths.gaza", "100", as_of="2024-05-01"),
            claim_row("b", "deaths.gaza", "200", as_of="2024-05-01"),
        ],
    )
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1
    assert result.output.startswith("::error file=claims/a.csv,line=2,title=claimcheck conflict F")


def test_every_command_has_help_and_is_documented(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert command.help and "Example" in command.help, name
        assert f"claimcheck {name}" in readme, f"README does not document `claimcheck {name}`"
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and "claimcheck" in result.output
