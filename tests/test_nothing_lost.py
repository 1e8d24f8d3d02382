"""Nothing lost: `extract --into` writes each claims file by a temporary file and a rename,
so a run killed part-way leaves every file old or new, never half-written; and re-running
extraction never changes a byte of what people wrote."""

from __future__ import annotations

import csv
import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from checker.cli import main
from checker.model import CLAIM_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
BASE = ROOT / "tests" / "bad_inputs" / "base"
#: Articles in the kill test: enough that writing their claims files takes a while.
KILL_ARTICLES = 200
RERUNS = 10


def extract_into(project: Path, capsys=None) -> int:
    cwd = Path.cwd()
    os.chdir(project)
    try:
        with pytest.raises(SystemExit) as info:
            main(["extract", "seeds", "--into", "claims"])
    finally:
        os.chdir(cwd)
    if capsys is not None:
        capsys.readouterr()
    return info.value.code


def files_of(folder: Path) -> dict[str, bytes]:
    """Every visible file's bytes (temporary files are hidden: .<name>.<random>.tmp)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


def many_articles(folder: Path, count: int) -> Path:
    """A project of ``count`` articles, a third of them with reviewed claims already."""
    (folder / "seeds").mkdir(parents=True)
    (folder / "claims").mkdir()
    texts = [(BASE / "seeds" / name).read_text(encoding="utf-8") for name in ("a.txt", "b.txt")]
    reviewed = (BASE / "claims" / "a.csv").read_text(encoding="utf-8")
    for i in range(count):
        source = f"s{i:03d}"
        text = texts[i % 2].replace("33", str(20 + i % 30)).replace("120", str(100 + i % 50))
        (folder / "seeds" / f"{source}.txt").write_text(text, encoding="utf-8")
        if i % 3 == 0:
            claims = reviewed.replace("\na,", f"\n{source},").replace("33", str(20 + i % 30))
            (folder / "claims" / f"{source}.csv").write_text(claims, encoding="utf-8")
    return folder


def assert_old_or_new(claims: Path, old: dict[str, bytes], new: dict[str, bytes]) -> str:
    """Every claims file is exactly its old or its new version; says which mix was found."""
    now = files_of(claims)
    assert set(now) <= set(new), f"unexpected files: {set(now) - set(new)}"
    for name, data in now.items():
        assert data in (old.get(name), new[name]), f"{name} is half-written"
    for name in set(old) - set(now):
        raise AssertionError(f"{name} disappeared")
    changed = sum(now.get(n) == new[n] != old.get(n) for n in new)
    return f"{changed} of {sum(new[n] != old.get(n) for n in new)} files new"


@pytest.mark.parametrize("crash_at", [0, 1, 2])
def test_a_crash_at_any_write_leaves_every_file_old_or_new(tmp_path, monkeypatch, capsys, crash_at):
    """The rename of the (crash_at+1)-th file fails as if the process died there."""
    project = tmp_path / "project"
    shutil.copytree(BASE, project)
    (project / "claims" / "b.csv").unlink()  # one file appended to, one created,
    (project / "claims" / "sources.csv").write_text(
        "source,outlet,published,lang,url\n"
    )  # one grown
    reference = tmp_path / "reference"
    shutil.copytree(project, reference)
    assert extract_into(reference, capsys) == 0
    old, new = files_of(project / "claims"), files_of(reference / "claims")
    assert sum(new[n] != old.get(n) for n in new) == 3

    renames = []
    real_replace = os.replace

    def dying_replace(src, dst):
        if len(renames) == crash_at:
            raise KeyboardInterrupt  # a BaseException, like the process being stopped
        renames.append(dst)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", dying_replace)
    assert extract_into(project, capsys) == 130  # interrupted, as a shell reports Ctrl-C
    assert assert_old_or_new(project / "claims", old, new) == f"{crash_at} of 3 files new"
    assert not [p for p in (project / "claims").iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killing_extract_part_way_leaves_every_file_old_or_new(tmp_path, capsys):
    """A real `claimcheck extract --into` process, killed with SIGKILL while it writes."""
    project = many_articles(tmp_path / "project", KILL_ARTICLES)
    reference = tmp_path / "reference"
    shutil.copytree(project, reference)
    assert extract_into(reference, capsys) == 0
    old, new = files_of(project / "claims"), files_of(reference / "claims")
    probe = "import sys; from checker.cli import main; main(sys.argv[1:])"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    mixes = []
    # kill as writing begins, just after the first rename, a little later; then, should every
    # kill have missed the write phase (a very fast disk), right after the first rename again
    trials = [("writing", 0.0), ("renamed", 0.0), ("renamed", 0.02), *[("renamed", 0.0)] * 5]
    for number, (when, delay) in enumerate(trials):
        if number >= 3 and any(_mixed(m) for m in mixes):
            break
        trial = tmp_path / f"trial-{number}"
        shutil.copytree(project, trial)
        claims = trial / "claims"
        process = subprocess.Popen(
            [sys.executable, "-c", probe, "extract", "seeds", "--into", "claims"],
            cwd=trial, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 120
        while process.poll() is None and not _started(claims, len(old), when):
            assert time.monotonic() < deadline, "extract never started writing"
            time.sleep(0.001)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        mixes.append(assert_old_or_new(claims, old, new))
    assert any(_mixed(m) for m in mixes), f"no kill landed while files were written: {mixes}"


def _mixed(mix: str) -> bool:
    """Some files new, some old: "51 of 201 files new"."""
    new, _, total = mix.split()[:3]
    return 0 < int(new) < int(total)


def _started(claims: Path, files: int, when: str) -> bool:
    """Whether the run has begun writing: a temporary file exists, or a new file was renamed."""
    names = os.listdir(claims)
    visible = [n for n in names if not n.startswith(".")]
    return len(visible) > files or (when == "writing" and len(names) > len(visible))


# --- reviewed rows survive re-extraction ----------------------------------------------------

EDITS = (
    "value",
    "metric",
    "quote",
    "note",
    "qualifier",
    "deprecate",
    "delete",
    "crlf",
    "no-final-newline",
)
METRICS = ("hostages.held", "hostages.release.phase1", "deaths.gaza", "hostages.taken")


@st.composite
def edits(draw):
    """A person's edits: (file index, row index, what, a number for the new value)."""
    return draw(
        st.lists(
            st.tuples(
                st.integers(0, 4), st.integers(0, 8), st.sampled_from(EDITS), st.integers(1, 999)
            ),
            min_size=1,
            max_size=8,
        )
    )


def apply_edits(claims: Path, changes) -> None:
    files = sorted(
        p for p in claims.glob("*.csv") if p.name not in ("sources.csv", "acknowledged.csv")
    )
    tables = {
        p: list(csv.DictReader(io.StringIO(p.read_text(encoding="utf-8"), newline="")))
        for p in files
    }
    endings = dict.fromkeys(files, "\n")
    final = dict.fromkeys(files, True)
    for file_index, row_index, what, number in changes:
        path = files[file_index % len(files)]
        rows = [r for r in tables[path] if r["status"] == "reviewed"]
        if what == "crlf":
            endings[path] = "\r\n"
            continue
        if what == "no-final-newline":
            final[path] = False
            continue
        if not rows:
            continue
        row = rows[row_index % len(rows)]
        if what == "value":
            row["value"], row["low"], row["high"] = str(number), "", ""
        elif what == "metric":
            row["metric"] = METRICS[number % len(METRICS)]
        elif what == "quote":
            row["quote"] = f'{row["quote"]}, "as {number} officials said"'
        elif what == "note":
            row["note"] = f"checked by hand,\nsee call {number}"
        elif what == "qualifier":
            row["qualifier"], row["low"], row["high"] = "approx", "", ""
        elif what == "deprecate":
            row["status"], row["note"] = "deprecated", f"superseded ({number})"
        elif what == "delete":
            tables[path].remove(row)
    for path, rows in tables.items():
        buffer = io.StringIO()
        writer = csv.DictWriter(
            buffer, fieldnames=list(CLAIM_COLUMNS), lineterminator=endings[path]
        )
        writer.writeheader()
        writer.writerows(rows)
        text = buffer.getvalue()
        path.write_bytes((text if final[path] else text.rstrip("\r\n")).encode("utf-8"))


def people_rows(text: str) -> list[dict[str, str]]:
    return [r for r in csv.DictReader(io.StringIO(text, newline="")) if r["status"] != "extracted"]


@settings(
    max_examples=15,
    deadline=None,
    database=None,
    phases=[Phase.generate, Phase.shrink],
    suppress_health_check=list(HealthCheck),
)
@given(changes=edits())
def test_reviewed_rows_are_byte_identical_after_ten_reextractions(changes, tmp_path_factory):
    project = tmp_path_factory.mktemp("store")
    shutil.copytree(ROOT / "seeds", project / "seeds")
    shutil.copytree(ROOT / "claims", project / "claims")
    apply_edits(project / "claims", changes)
    edited = files_of(project / "claims")
    first = None
    for _ in range(RERUNS):
        assert extract_into(project) == 0
        now = files_of(project / "claims")
        for name, before in edited.items():
            after = now[name]
            kept = before if before.endswith(b"\n") else before + b"\n"  # rows go on a new line
            assert after == before or after.startswith(kept), f"{name}: a person's bytes changed"
            if name not in ("sources.csv", "acknowledged.csv"):
                assert people_rows(after.decode()) == people_rows(before.decode()), name
        first = first or now
        assert now == first, "a re-run changed the store again"
