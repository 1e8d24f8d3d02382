"""The acknowledged baseline cannot rot: ids are content fingerprints, so moving or
reformatting lines keeps them; an edited claim makes a new finding; stale entries are
reported, and fail with --strict."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from checker.cli import cli, main
from tests.conftest import claim_row, write_store

HEADER = "source,metric,value,low,high,qualifier,unit,modality,as_of,quote,status,note\n"


@pytest.fixture
def store(tmp_path, monkeypatch):
    """Two sources in conflict on hostages.held (100 vs 300), plus an unrelated claim."""
    write_store(
        tmp_path / "claims",
        [
            claim_row("a", "deaths.gaza", "30000", as_of="2024-03-01"),
            claim_row("a", "hostages.held", "100", as_of="2024-03-01"),
            claim_row("b", "hostages.held", "300", as_of="2024-03-01"),
        ],
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path / "claims"


def check(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(cli, ["check", "--format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


def only_finding(report: dict) -> dict:
    assert len(report["findings"]) == 1, report["findings"]
    return report["findings"][0]


def acknowledge(finding_id: str, reason: str = "different counting rules") -> str:
    result = CliRunner().invoke(cli, ["acknowledge", finding_id, "--reason", reason])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def acknowledged(store) -> str:
    """The conflict's id, after acknowledging it."""
    code, report = check()
    assert code == 1
    finding_id = only_finding(report)["id"]
    acknowledge(finding_id)
    assert check()[0] == 0
    return finding_id


# --- acknowledge ------------------------------------------------------------------------


def test_acknowledge_adds_a_line_to_acknowledged_csv(store):
    finding_id = only_finding(check()[1])["id"]
    out = acknowledge(finding_id, "two\n counting   rules")
    assert out == f"{finding_id}: acknowledged in claims/acknowledged.csv\n"
    text = (store / "acknowledged.csv").read_text(encoding="utf-8")
    assert text == f"id,metric,reason\n{finding_id},hostages.held,two counting rules\n"
    code, report = check()
    assert code == 0
    assert only_finding(report)["acknowledged"] is True
    assert only_finding(report)["reason"] == "two counting rules"


def test_acknowledging_twice_keeps_one_line(acknowledged, store):
    assert (
        acknowledge(acknowledged)
        == f"{acknowledged}: already acknowledged in claims/acknowledged.csv\n"
    )
    lines = (store / "acknowledged.csv").read_text(encoding="utf-8").splitlines()
    assert [line.split(",")[0] for line in lines] == ["id", acknowledged]


def test_existing_lines_are_kept_byte_for_byte(store):
    old = 'id,metric,reason\r\nFaaaaaaaaaaaa , war.months ,"kept, as ""is"""\r\n'
    (store / "acknowledged.csv").write_bytes(old.encode("utf-8"))
    finding_id = only_finding(check()[1])["id"]
    acknowledge(finding_id)
    assert (store / "acknowledged.csv").read_bytes().startswith(old.encode("utf-8"))


@pytest.mark.parametrize(
    ("make_args", "message"),
    [
        (lambda _: ["F000000000000", "--reason", "x"], "no finding with id F000000000000"),
        (lambda finding_id: [finding_id, "--reason", "  "], "a reason is required"),
    ],
)
def test_acknowledge_needs_a_known_id_and_a_reason(store, capsys, make_args, message):
    finding_id = only_finding(check()[1])["id"]
    with pytest.raises(SystemExit) as exit_info:
        main(["acknowledge", *make_args(finding_id)])
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err
    assert not (store / "acknowledged.csv").exists()


# --- moving and reformatting keep the id --------------------------------------------------


def test_moving_lines_within_a_file_keeps_the_id(acknowledged, store):
    path = store / "a.csv"
    header, *rows = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text(header + "".join(reversed(rows)), encoding="utf-8")
    code, report = check()
    assert code == 0
    finding = only_finding(report)
    assert finding["id"] == acknowledged and finding["acknowledged"]
    assert report["summary"]["stale"] == []


def test_moving_claims_to_another_file_keeps_the_id(acknowledged, store):
    """a.csv and b.csv become one file, b's claim first."""
    b_rows = (store / "b.csv").read_text(encoding="utf-8").splitlines(keepends=True)[1:]
    a_rows = (store / "a.csv").read_text(encoding="utf-8").splitlines(keepends=True)[1:]
    (store / "a.csv").unlink()
    (store / "b.csv").unlink()
    (store / "merged.csv").write_text(HEADER + "".join(b_rows + a_rows), encoding="utf-8")
    code, report = check()
    assert code == 0
    finding = only_finding(report)
    assert finding["id"] == acknowledged and finding["acknowledged"]
    assert {(c["file"], c["line"]) for c in finding["claims"]} == {
        ("claims/merged.csv", 2),
        ("claims/merged.csv", 4),
    }


@pytest.mark.parametrize(
    "rewrite",
    [
        pytest.param(lambda text: text.replace("\n", "\r\n"), id="crlf-line-ends"),
        pytest.param(
            lambda text: text.replace(",300,", ',"300",').replace(",b says 300,", ',"b says 300",'),
            id="quoted-fields",
        ),
        pytest.param(lambda text: text.replace(",300,", ",300.0,"), id="300.0-for-300"),
        pytest.param(lambda text: text.replace(",300,", ", 300 ,"), id="spaces-around-value"),
        pytest.param(
            lambda text: text.replace("b says 300", "b said: three hundred"), id="quote-reworded"
        ),
        pytest.param(lambda text: text + "\n\n", id="blank-lines-added"),
    ],
)
def test_reformatting_keeps_the_id(acknowledged, store, rewrite):
    path = store / "b.csv"
    path.write_bytes(rewrite(path.read_text(encoding="utf-8")).encode("utf-8"))
    code, report = check()
    finding = only_finding(report)
    assert finding["id"] == acknowledged
    assert finding["acknowledged"] is True
    assert code == 0
    assert report["summary"]["stale"] == []


def test_reordering_columns_keeps_the_id(acknowledged, store):
    path = store / "b.csv"
    header, row = path.read_text(encoding="utf-8").splitlines()
    columns, values = header.split(","), row.split(",")
    order = list(reversed(range(len(columns))))
    path.write_text(
        ",".join(columns[i] for i in order) + "\n" + ",".join(values[i] for i in order) + "\n",
        encoding="utf-8",
    )
    code, report = check()
    assert only_finding(report)["id"] == acknowledged
    assert code == 0


# --- an edited claim is a new finding; the old entry is stale ------------------------------


def test_editing_a_claim_makes_a_new_unacknowledged_finding(acknowledged, store):
    path = store / "b.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",300,", ",310,"), encoding="utf-8")
    code, report = check()
    finding = only_finding(report)
    assert finding["id"] != acknowledged
    assert finding["acknowledged"] is False
    assert finding["failing"] is True
    assert code == 1
    assert report["summary"]["stale"] == [
        {
            "id": acknowledged,
            "reason": "different counting rules",
            "file": "claims/acknowledged.csv",
            "line": 2,
        }
    ]


@pytest.fixture
def stale(acknowledged, store) -> str:
    """b now agrees with a, so the acknowledged conflict is gone and its entry is stale."""
    path = store / "b.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",300,", ",100,"), encoding="utf-8")
    return acknowledged


def test_stale_entries_are_reported_in_every_format(stale):
    where = "claims/acknowledged.csv:2"
    table = CliRunner().invoke(cli, ["check", "--format", "table"])
    assert table.exit_code == 0
    assert (
        f"{where}: acknowledged finding {stale} no longer matches any finding; remove the line"
        in table.stdout
    )
    assert "1 stale acknowledgement(s)" in table.stdout
    github = CliRunner().invoke(cli, ["check", "--format", "github"])
    assert (
        f"::warning file=claims/acknowledged.csv,line=2,title=claimcheck stale {stale}::"
        in github.stdout
    )
    markdown = CliRunner().invoke(cli, ["check", "--format", "markdown"])
    assert stale in markdown.stdout
    assert check()[1]["summary"]["stale"][0]["id"] == stale


def test_stale_entries_fail_with_strict(stale):
    assert CliRunner().invoke(cli, ["check"]).exit_code == 0
    strict = CliRunner().invoke(cli, ["check", "--strict", "--format", "github"])
    assert strict.exit_code == 1
    assert (
        f"::error file=claims/acknowledged.csv,line=2,title=claimcheck stale {stale}::"
        in strict.stdout
    )


def test_strict_from_the_settings_file(stale, store):
    (store.parent / "claimcheck.toml").write_text("strict = true\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["check"]).exit_code == 1
