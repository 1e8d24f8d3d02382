"""Settings: flags beat the settings file, which beats the defaults; the file is found
upward; its mistakes name the file and the key and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import cli, main
from checker.config import Config, load_config
from checker.errors import ConfigError
from tests.conftest import claim_row, write_store


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A store whose one finding is compatible (100 vs about 110), in tmp_path/claims."""
    write_store(
        tmp_path / "claims",
        [
            claim_row("a", "hostages.held", "100", as_of="2024-05-01"),
            claim_row("b", "hostages.held", "110", qualifier="approx", as_of="2024-05-01"),
        ],
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check_json(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(cli, ["check", "--format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.output)


def run_main(argv: list[str], capsys) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    return exit_info.value.code, capsys.readouterr().err


# --- precedence -------------------------------------------------------------------------


def test_defaults_without_a_settings_file(tmp_path):
    assert load_config(tmp_path) == Config()


def test_file_beats_defaults(store):
    (store / "claimcheck.toml").write_text('fail_on = "compatible"\n', encoding="utf-8")
    code, report = check_json()
    assert report["summary"]["fail_on"] == "compatible"
    assert code == 1


def test_flags_beat_the_file(store):
    (store / "claimcheck.toml").write_text(
        'fail_on = "compatible"\nformat = "table"\n', encoding="utf-8"
    )
    code, report = check_json("--fail-on", "conflict")  # --format json beats format = "table"
    assert report["summary"]["fail_on"] == "conflict"
    assert code == 0


def test_an_absent_flag_does_not_reset_the_file(store):
    """--strict not given must leave strict = true from the file alone (flags default to None)."""
    (store / "claimcheck.toml").write_text("strict = true\n", encoding="utf-8")
    assert load_config(store, {"fail_on": None}).strict is True
    (store / "claims" / "acknowledged.csv").write_text(
        "id,metric,reason\nFdeadbeef0000,x,old\n", encoding="utf-8"
    )
    code, report = check_json()
    assert len(report["summary"]["stale"]) == 1
    assert code == 1


def test_format_from_the_file_is_used(store):
    (store / "claimcheck.toml").write_text('format = "csv"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["check"])
    assert result.output.startswith("finding,metric,verdict,")


def test_window_days_and_tolerances_from_the_file(tmp_path):
    (tmp_path / "claimcheck.toml").write_text(
        "window-days = 3\n[tolerances]\n'hostages.held' = 0.2\n", encoding="utf-8"
    )
    config = load_config(tmp_path)
    assert config.window_days == 3
    assert config.tolerances == {"hostages.held": 0.2}
    assert config.origin == str(tmp_path / "claimcheck.toml")


# --- where the file is found ------------------------------------------------------------


def test_found_upward_from_the_working_directory(tmp_path):
    (tmp_path / "claimcheck.toml").write_text('fail_on = "never"\n', encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert load_config(deep).fail_on == "never"


def test_pyproject_tool_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.claimcheck]\nfail_on = "changed"\n', encoding="utf-8"
    )
    assert load_config(tmp_path).fail_on == "changed"


def test_a_pyproject_without_the_table_is_passed_over(tmp_path):
    (tmp_path / "claimcheck.toml").write_text('fail_on = "never"\n', encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert load_config(inner).fail_on == "never"


def test_the_nearest_file_wins(tmp_path):
    (tmp_path / "claimcheck.toml").write_text('fail_on = "never"\n', encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text(
        '[tool.claimcheck]\nfail_on = "changed"\n', encoding="utf-8"
    )
    assert load_config(inner).fail_on == "changed"


def test_claimcheck_toml_beats_pyproject_in_the_same_folder(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.claimcheck]\nfail_on = "changed"\n', encoding="utf-8"
    )
    (tmp_path / "claimcheck.toml").write_text('fail_on = "never"\n', encoding="utf-8")
    assert load_config(tmp_path).fail_on == "never"


# --- relative paths ---------------------------------------------------------------------


def test_relative_paths_are_relative_to_the_settings_file(tmp_path):
    (tmp_path / "claimcheck.toml").write_text(
        'claims = ["data/claims"]\ntexts = ["data/texts"]\ntaxonomy = ["extra.toml"]\n',
        encoding="utf-8",
    )
    sub = tmp_path / "sub"
    sub.mkdir()
    config = load_config(sub)
    assert config.claims == (str(Path("..") / "data" / "claims"),)
    assert config.texts == (str(Path("..") / "data" / "texts"),)
    assert config.taxonomy == (str(Path("..") / "extra.toml"),)
    assert (sub / config.claims[0]).resolve() == (tmp_path / "data" / "claims").resolve()


def test_absolute_paths_are_kept(tmp_path):
    elsewhere = (tmp_path / "elsewhere").resolve()
    (tmp_path / "claimcheck.toml").write_text(
        f"claims = [{json.dumps(str(elsewhere))}]\n", encoding="utf-8"
    )
    assert load_config(tmp_path).claims == (str(elsewhere),)


def test_reports_from_a_subfolder_carry_no_absolute_paths(store, monkeypatch):
    (store / "claimcheck.toml").write_text('claims = ["claims"]\n', encoding="utf-8")
    (store / "sub").mkdir()
    monkeypatch.chdir(store / "sub")
    _, report = check_json()
    files = {c["file"] for f in report["findings"] for c in f["claims"]}
    assert files == {str(Path("..") / "claims" / "a.csv"), str(Path("..") / "claims" / "b.csv")}


# --- mistakes ---------------------------------------------------------------------------


def test_unknown_key_names_the_file_and_the_key(tmp_path):
    (tmp_path / "claimcheck.toml").write_text("fail_onn = 'never'\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(tmp_path)
    assert error.value.path == str(tmp_path / "claimcheck.toml")
    assert "'fail_onn'" in error.value.message
    assert "fail_on" in error.value.hint


def test_unknown_key_in_pyproject_exits_2_with_one_line(store, capsys):
    (store / "pyproject.toml").write_text("[tool.claimcheck]\ncolour = 'blue'\n", encoding="utf-8")
    code, err = run_main(["check"], capsys)
    assert code == 2
    assert err.startswith(f"claimcheck: {store / 'pyproject.toml'}: unknown key 'colour'")
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('window_days = "7"', "window_days"),
        ("window_days = -1", "window_days"),
        ("window_days = 7.5", "window_days"),
        ("window_days = true", "window_days"),
        ('strict = "yes"', "strict"),
        ("fail_on = 1", "fail_on"),
        ('fail_on = "sometimes"', "fail_on"),
        ('format = "pdf"', "format"),
        ("claims = 3", "claims"),
        ("claims = [1, 2]", "claims"),
        ("tolerances = 0.1", "tolerances"),
        ("tolerances = { 'hostages.held' = 2 }", "tolerances"),
        ("tolerances = { 'hostages.held' = 'ten' }", "tolerances"),
        ("tolerances = { 'hostages.held' = true }", "tolerances"),
    ],
)
def test_wrong_types_name_the_file_and_the_key(store, capsys, text, key):
    (store / "claimcheck.toml").write_text(text + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(store)
    assert error.value.path == str(store / "claimcheck.toml")
    assert error.value.message.startswith(key)
    code, err = run_main(["check"], capsys)
    assert code == 2
    assert f"claimcheck.toml: {key}" in err


def test_a_tool_claimcheck_that_is_not_a_table(store, capsys):
    (store / "pyproject.toml").write_text("[tool]\nclaimcheck = 3\n", encoding="utf-8")
    code, err = run_main(["check"], capsys)
    assert code == 2
    assert "pyproject.toml: [tool.claimcheck] must be a table" in err


def test_broken_toml_names_the_file(store, capsys):
    (store / "claimcheck.toml").write_text("fail_on = \n", encoding="utf-8")
    code, err = run_main(["check"], capsys)
    assert code == 2
    assert "claimcheck.toml: not valid TOML" in err
