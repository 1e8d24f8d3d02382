"""Changed-only mode: lines edited since a git ref, the claims on them, and `check
--changed-since`, in real git repositories built in tmp_path."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.changes import (
    Changes,
    changed_claims,
    changed_lines,
    parse_new_lines,
    unquote_path,
)
from checker.cli import cli, main
from checker.errors import CheckerError
from checker.store import load_store
from tests.conftest import claim_row, write_csv, write_store


@pytest.fixture
def git_env(monkeypatch, tmp_path):
    """git that reads no user or system settings and knows who commits."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "claimcheck tests")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "tests@example.invalid")


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)
    return done.stdout


def make_repo(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q", "-b", "main")
    return path


def commit_all(repo: Path, message: str = "claims") -> None:
    git(repo, "add", "--all")
    git(repo, "commit", "-q", "-m", message)


def replace_line(path: Path, old: str, new: str) -> int:
    """Replace the one line containing ``old``; return its line number."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    hits = [i for i, line in enumerate(lines) if old in line]
    assert len(hits) == 1, hits
    lines[hits[0]] = lines[hits[0]].replace(old, new)
    path.write_text("".join(lines), encoding="utf-8")
    return hits[0] + 1


# --- parsing git's output ---------------------------------------------------------------

DIFF = """\
diff --git a/claims/a.csv b/claims/a.csv
index 1111111..2222222 100644
--- a/claims/a.csv
+++ b/claims/a.csv
@@ -3 +3 @@ source,metric
-a,x,1
+a,x,2
@@ -7,0 +8,2 @@ other
+a,y,3
+a,z,4
@@ -10,2 +11,0 @@
-gone
-gone too
diff --git a/claims/old.csv b/claims/gone.csv
deleted file mode 100644
--- a/claims/old.csv
+++ /dev/null
@@ -1,2 +0,0 @@
-source
-row
"""


def test_parse_new_lines_reads_new_side_ranges():
    assert parse_new_lines(DIFF) == {"claims/a.csv": {3, 8, 9}}


def test_a_content_line_that_looks_like_a_header_is_content():
    diff = "diff --git a/c.csv b/c.csv\n--- a/c.csv\n+++ b/c.csv\n@@ -1,0 +2 @@\n+++ b/x\n"
    assert parse_new_lines(diff) == {"c.csv": {2}}


def test_unquote_path():
    assert unquote_path("b/plain name.csv") == "b/plain name.csv"
    assert unquote_path('"b/tab\\there.csv"') == "b/tab\there.csv"
    assert unquote_path('"b/caf\\303\\251.csv"') == "b/café.csv"


# --- which lines changed ----------------------------------------------------------------


def test_edited_added_and_untracked(tmp_path, git_env):
    repo = make_repo(tmp_path / "repo")
    write_store(repo / "claims", [claim_row("a", "hostages.held", str(n)) for n in (1, 2, 3)])
    commit_all(repo)
    path = repo / "claims" / "a.csv"
    edited = replace_line(path, ",2,", ",20,")
    with path.open("a", encoding="utf-8") as out:
        out.write("a,hostages.held,4,,,exact,,reported,,a says 4,reviewed,\n")
    write_csv(repo / "claims" / "b.csv", [claim_row("b", "hostages.held", "5")])  # untracked
    files = [str(repo / "claims" / "a.csv"), str(repo / "claims" / "b.csv")]
    changes = changed_lines(files, "HEAD")
    assert changes.lines == {files[0]: frozenset({edited, 5}), files[1]: frozenset({1, 2})}
    assert changes.base == git(repo, "rev-parse", "HEAD").strip()


def test_unchanged_files_have_no_entry(tmp_path, git_env):
    repo = make_repo(tmp_path / "repo")
    write_store(repo / "claims", [claim_row("a", "hostages.held", "1")])
    commit_all(repo)
    assert changed_lines([str(repo / "claims" / "a.csv")], "HEAD").lines == {}


def test_a_moved_file_counts_only_its_edited_lines(tmp_path, git_env):
    repo = make_repo(tmp_path / "repo")
    rows = [
        claim_row("a", "hostages.held", str(n), quote=f"a long enough quote number {n}")
        for n in range(1, 9)
    ]
    write_store(repo / "old", rows)
    commit_all(repo)
    (repo / "claims").mkdir()
    git(repo, "mv", "old/a.csv", "claims/a.csv")
    moved = str(repo / "claims" / "a.csv")
    assert changed_lines([moved], "HEAD").lines == {}
    edited = replace_line(repo / "claims" / "a.csv", "number 5", "number five")
    assert changed_lines([moved], "HEAD").lines == {moved: frozenset({edited})}


def test_store_paths_are_kept_as_given(tmp_path, git_env, monkeypatch):
    repo = make_repo(tmp_path / "repo")
    write_store(repo / "claims", [claim_row("a", "hostages.held", "1")])
    commit_all(repo)
    replace_line(repo / "claims" / "a.csv", ",1,", ",2,")
    monkeypatch.chdir(repo / "claims")
    assert changed_lines(["a.csv"], "HEAD").lines == {"a.csv": frozenset({2})}


def test_unusual_file_names(tmp_path, git_env):
    """Spaces, non-ASCII letters and glob characters: git quotes or matches none of them."""
    repo = make_repo(tmp_path / "repo")
    odd = repo / "claims" / "[a] café *.csv"
    write_csv(odd, [claim_row("a", "hostages.held", "1"), claim_row("a", "hostages.held", "2")])
    write_csv(repo / "claims" / "a.csv", [claim_row("a", "hostages.held", "1")])
    commit_all(repo)
    edited = replace_line(odd, ",2,", ",3,")
    assert changed_lines([str(odd), str(repo / "claims" / "a.csv")], "HEAD").lines == {
        str(odd): frozenset({edited})
    }


def test_since_the_merge_base_not_the_moving_target(tmp_path, git_env):
    """On a branch, changes made meanwhile on main are not the branch's changes."""
    repo = make_repo(tmp_path / "repo")
    write_store(
        repo / "claims",
        [claim_row("a", "hostages.held", "1"), claim_row("b", "hostages.held", "1")],
    )
    commit_all(repo)
    git(repo, "checkout", "-q", "-b", "feature")
    replace_line(repo / "claims" / "a.csv", ",1,", ",2,")
    commit_all(repo, "feature edits a")
    git(repo, "checkout", "-q", "main")
    replace_line(repo / "claims" / "b.csv", ",1,", ",3,")
    commit_all(repo, "main edits b")
    git(repo, "checkout", "-q", "feature")
    files = [str(repo / "claims" / "a.csv"), str(repo / "claims" / "b.csv")]
    assert changed_lines(files, "main").lines == {files[0]: frozenset({2})}


# --- from lines to claims ---------------------------------------------------------------


def test_a_multiline_record_counts_from_any_of_its_lines(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(
        'source,metric,value,quote\na,hostages.held,1,"first\nsecond"\na,hostages.held,2,plain\n',
        encoding="utf-8",
    )
    frame = load_store([path]).frame
    assert list(frame["line"]) == [2, 4]
    changes = Changes("HEAD", "", {str(path): frozenset({3})})
    assert changed_claims(changes, frame) == {(str(path), 2)}


def test_an_edited_header_changes_every_row(tmp_path):
    path = write_csv(tmp_path / "a.csv", [claim_row("a", "hostages.held", n) for n in ("1", "2")])
    frame = load_store([path]).frame
    changes = Changes("HEAD", "", {str(path): frozenset({1})})
    assert changed_claims(changes, frame) == {(str(path), 2), (str(path), 3)}


def test_json_lines_have_no_header(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"source": "a", "metric": "hostages.held", "value": "1", "quote": "q"}\n'
        '{"source": "a", "metric": "hostages.held", "value": "2", "quote": "q"}\n',
        encoding="utf-8",
    )
    frame = load_store([path]).frame
    changes = Changes("HEAD", "", {str(path): frozenset({1})})
    assert changed_claims(changes, frame) == {(str(path), 1)}


# --- mistakes ---------------------------------------------------------------------------


def test_not_a_git_repository(tmp_path, git_env, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    write_store(tmp_path / "claims", [claim_row("a", "hostages.held", "1")])
    with pytest.raises(CheckerError) as error:
        changed_lines([str(tmp_path / "claims" / "a.csv")], "HEAD")
    assert error.value.message == "not inside a git repository"
    assert "--changed-since" in error.value.hint


@pytest.mark.parametrize("ref", ["no-such-branch", "--output=/tmp/x", ""])
def test_unknown_ref_exits_2_with_a_hint(tmp_path, git_env, monkeypatch, capsys, ref):
    repo = make_repo(tmp_path / "repo")
    write_store(repo / "claims", [claim_row("a", "hostages.held", "1")])
    commit_all(repo)
    monkeypatch.chdir(repo)
    with pytest.raises(SystemExit) as exit_info:
        main(["check", f"--changed-since={ref}"])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2
    assert err.startswith("claimcheck: ")
    assert len(err.strip().splitlines()) == 1
    assert "ref" in err


# --- the required integration test --------------------------------------------------------


@pytest.fixture
def repo_with_conflict(tmp_path, git_env, monkeypatch):
    """A committed store with an old, unacknowledged conflict on deaths.gaza and a
    hostages.held figure that every source agrees on."""
    repo = make_repo(tmp_path / "repo")
    write_store(
        repo / "claims",
        [
            claim_row("a", "deaths.gaza", "30000", as_of="2024-03-01"),
            claim_row("a", "hostages.held", "130", as_of="2024-03-01"),
            claim_row("b", "deaths.gaza", "45000", as_of="2024-03-01"),
            claim_row("b", "hostages.held", "130", as_of="2024-03-01"),
            claim_row("c", "hostages.released.alive", "25", as_of="2024-03-01"),
        ],
    )
    commit_all(repo)
    monkeypatch.chdir(repo)
    return repo


def test_changed_since_fails_on_exactly_the_edited_line(repo_with_conflict):
    """Edit one claim so that it conflicts: --changed-since HEAD fails with an annotation on
    exactly that line, while the unrelated, untouched conflict neither fails nor shows."""
    runner = CliRunner()
    assert runner.invoke(cli, ["check"]).exit_code == 1  # the old conflict fails a full check
    edited = replace_line(
        repo_with_conflict / "claims" / "b.csv", "hostages.held,130", "hostages.held,250"
    )

    result = runner.invoke(cli, ["check", "--changed-since", "HEAD", "--format", "github"])

    assert result.exit_code == 1, result.output
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 1
    assert annotations[0].startswith(
        f"::error file=claims/b.csv,line={edited},title=claimcheck conflict "
    )
    assert "deaths.gaza" not in result.stdout
    assert "1 of 2 finding(s) involve claims added or edited since HEAD" in result.stderr


def test_an_untouched_conflict_does_not_fail_changed_only_mode(repo_with_conflict):
    replace_line(repo_with_conflict / "claims" / "c.csv", ",25,", ",26,")  # no other source
    result = CliRunner().invoke(cli, ["check", "--changed-since", "HEAD", "--format", "github"])
    assert result.exit_code == 0, result.output
    assert "::" not in result.stdout
    assert "0 of 1 finding(s)" in result.stderr


def test_changed_only_mode_in_other_formats(repo_with_conflict):
    replace_line(repo_with_conflict / "claims" / "b.csv", "hostages.held,130", "hostages.held,250")
    result = CliRunner().invoke(cli, ["check", "--changed-since", "HEAD", "--format", "json"])
    assert result.exit_code == 1
    assert '"metric": "hostages.held"' in result.stdout
    assert "deaths.gaza" not in result.stdout
