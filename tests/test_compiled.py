"""The extraction modules run compiled (mypyc, setup.py) or from source, with the same output.

checker/extract/__init__.py picks one: the source when CLAIMCHECK_PURE is set, or when a
module's source in a checkout is newer than its compiled copy (a compiled copy would run old
code); the compiled copies otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from checker.extract import PURE_ENV, compiled_copies, stale_copies

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "checker" / "extract"
SUFFIX = EXTENSION_SUFFIXES[0]
#: Articles whose claims and left-out figures must not depend on how the code runs.
SETS = [ROOT / "seeds", ROOT / "tests" / "data" / "articles"] + sorted(
    p / "articles" for p in (ROOT / "tests" / "data").glob("dev*") if (p / "articles").is_dir()
)

needs_compiled = pytest.mark.skipif(
    not compiled_copies(PACKAGE),
    reason="no compiled copies here (installed without a C compiler, or CLAIMCHECK_PURE=1)",
)


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != PURE_ENV}
    env.update(extra)
    return env


def _which(root: Path, **env: str) -> subprocess.CompletedProcess[str]:
    code = "import checker.extract.cues as c, checker.extract.numbers as n; print(c.__file__); print(n.COMPILED)"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        env=_env(PYTHONPATH=str(root), **env),
        capture_output=True,
        text=True,
        check=True,
    )


def _touch(path: Path, when: float) -> None:
    path.write_text("")
    os.utime(path, (when, when))


def test_compiled_copies_are_found_by_module_name(tmp_path):
    folder = tmp_path / "checker" / "extract"
    folder.mkdir(parents=True)
    _touch(folder / "cues.py", 1000)
    _touch(folder / f"cues{SUFFIX}", 2000)
    _touch(folder / "notes.txt", 2000)
    assert compiled_copies(folder) == {"cues": folder / f"cues{SUFFIX}"}


def test_a_source_newer_than_its_compiled_copy_is_stale_in_a_checkout(tmp_path):
    folder = tmp_path / "checker" / "extract"
    folder.mkdir(parents=True)
    for name, source, built in (("cues", 3000, 2000), ("numbers", 1000, 2000)):
        _touch(folder / f"{name}.py", source)
        _touch(folder / f"{name}{SUFFIX}", built)
    _touch(folder / f"_native__mypyc{SUFFIX}", 2000)  # the shared library has no source
    assert stale_copies(folder) == []  # no pyproject.toml: an installed package, not a checkout
    (tmp_path / "pyproject.toml").write_text("")
    assert stale_copies(folder) == ["cues"]


def test_pure_env_runs_the_source():
    done = _which(ROOT, **{PURE_ENV: "1"})
    assert done.stdout.split() == [str(PACKAGE / "cues.py"), "False"]
    assert done.stderr == ""


@needs_compiled
def test_installed_copies_run_compiled_and_are_current():
    assert stale_copies(PACKAGE) == [], "rebuild: pip install -e ."
    done = _which(ROOT)
    module, compiled = done.stdout.split()
    assert module.endswith(SUFFIX) and compiled == "True"
    assert done.stderr == ""


@needs_compiled
def test_an_edited_module_makes_the_whole_package_run_from_source(tmp_path):
    copy = tmp_path / "repo"
    shutil.copytree(ROOT / "checker", copy / "checker", symlinks=True)
    shutil.copy2(ROOT / "pyproject.toml", copy / "pyproject.toml")
    edited = copy / "checker" / "extract" / "numbers.py"
    later = compiled_copies(edited.parent)["numbers"].stat().st_mtime + 60
    os.utime(edited, (later, later))
    done = _which(copy)
    assert done.stdout.split() == [str(copy / "checker" / "extract" / "cues.py"), "False"]
    assert done.stderr.strip() == (
        "claimcheck: checker/extract/numbers.py changed after it was compiled; running from"
        " source (slower). Rebuild: pip install -e ."
    )


@needs_compiled
@pytest.mark.parametrize("verbose", [False, True], ids=["claims", "verbose"])
def test_compiled_and_source_extract_the_same_bytes(verbose):
    command = [sys.executable, "-c", "from checker.cli import main; main()", "extract"]
    command += [str(path) for path in SETS]
    command += ["--format", "jsonl"] + (["--verbose"] if verbose else [])
    runs = [
        subprocess.run(command, cwd=ROOT, env=_env(**extra), capture_output=True, check=True)
        for extra in ({}, {PURE_ENV: "1"})
    ]
    assert runs[0].stdout.count(b"\n") > 1000
    assert runs[0].stdout == runs[1].stdout and runs[0].stderr == runs[1].stderr
