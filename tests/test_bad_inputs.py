"""The corpus of bad inputs (tests/bad_inputs/cases.toml), each driven through the real entry
point `checker.cli.main` for every command it names.

Every case starts from tests/bad_inputs/base/ (a small project: claims/, seeds/) copied to a
temporary folder, overlaid with the case's own folder (tests/bad_inputs/<id>/) and/or changed
by a generator below (big, binary and oddly encoded files, links, pipes: made at test time,
never committed). Then, for each command:

- the exit code is the expected one, and no output holds a traceback or an internal error;
- each expected text stands on one output line (file:line where there is one);
- refused input (exit 2) is reported one line per problem, and nothing was written;
- handled input writes only what the command writes (the report page, extracted claims).

Run `pytest tests/test_bad_inputs.py -q -rs` to see the cases a missing command skipped.
"""

from __future__ import annotations

import codecs
import os
import random
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.cli import cli, main
from checker.lang import read_toml

CORPUS = Path(__file__).parent / "bad_inputs"
CASES: list[dict] = read_toml(CORPUS / "cases.toml")["case"]
COMMANDS = ("validate", "check", "report", "extract")
#: Where each command writes when it succeeds (relative to the project); refused input
#: must leave every file as it was.
WRITES = {"validate": (), "check": (), "report": ("report.html",), "extract": ("claims/",)}
HEADER = "source,metric,value,low,high,qualifier,unit,modality,as_of,quote,status,note"
#: A summary line ending a list of problems.
COUNT_LINE = re.compile(r"(\d+) problem\(s\) found")


def command_line(command: str, case: dict) -> list[str]:
    paths, options = case.get("paths", []), case.get("options", [])
    if command == "report":
        return ["report", *paths, "--html", "report.html", *options]
    if command == "extract":
        return ["extract", *(paths or ["seeds"]), "--into", "claims", *options]
    return [command, *paths, *options]


# --- generators: inputs too big, binary or odd to commit -------------------------------------


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


def _encode_claims(encoding: str) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        path = root / "claims" / "a.csv"
        text = path.read_text(encoding="utf-8").replace("reviewed,\n", "reviewed,café\n", 1)
        path.write_bytes(text.encode(encoding))

    return make


def _claims_bytes(make_bytes: Callable[[str], bytes]) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        path = root / "claims" / "a.csv"
        path.write_bytes(make_bytes(path.read_text(encoding="utf-8")))

    return make


def _accented_article(
    encoding: str, words: str = "Négociateurs à Genève"
) -> Callable[[Path], None]:
    """a.txt in another encoding, with a quote that only matches if it is decoded right."""

    def make(root: Path) -> None:
        article = root / "seeds" / "a.txt"
        text = article.read_text(encoding="utf-8").replace("Negotiators", words)
        article.write_bytes(text.encode(encoding))
        quote = f"{words} in Cairo discussed a deal under which Hamas would free 33 hostages"
        _edit(root / "claims" / "a.csv", "Hamas would free 33 hostages in a first phase", quote)

    return make


def _article_bytes(make_bytes: Callable[[str], bytes]) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        article = root / "seeds" / "a.txt"
        article.write_bytes(make_bytes(article.read_text(encoding="utf-8")))

    return make


def _binary(seed: int, size: int) -> bytes:
    """Deterministic bytes that are no text in any encoding (a PNG header, then noise)."""
    noise = random.Random(seed).randbytes(size)
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise


def _big_article(root: Path) -> None:
    """A 50 MB article (within MAX_ARTICLE_BYTES): the quotes are at its start."""
    article = root / "seeds" / "a.txt"
    filler = "The talks went on through the night and nothing else was agreed. " * 16 + "\n"
    with article.open("a", encoding="utf-8") as out:
        for _ in range(50 * 1024**2 // len(filler)):
            out.write(filler)


def _over_limit_article(root: Path) -> None:
    """A sparse 65 MB file: refused by its size before a byte of it is read."""
    article = root / "seeds" / "a.txt"
    with article.open("r+b") as handle:
        handle.truncate(65 * 1024**2)


def _million_char_claims_line(root: Path) -> None:
    with (root / "claims" / "a.csv").open("a", encoding="utf-8") as out:
        out.write(
            f'a,hostages.held,120,,,more_than,people,reported,,"{"x" * 1_000_000}",reviewed,\n'
        )


def _million_char_article_line(root: Path) -> None:
    with (root / "seeds" / "a.txt").open("a", encoding="utf-8") as out:
        out.write(" ".join(["word"] * 200_000) + "\n")


def _link(name: str, target: str) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        path = root / name
        if path.exists() or path.is_symlink():
            path.unlink()
        path.symlink_to(target)

    return make


def _link_outside(name: str, secret: str) -> Callable[[Path], None]:
    """``name`` linking to a file beside the project (outside every folder the tool is given)."""

    def make(root: Path) -> None:
        outside = root.parent / "outside"
        outside.mkdir(exist_ok=True)
        (outside / "secret.csv").write_text(f"{HEADER}\n", encoding="utf-8")
        (outside / "secret.txt").write_text("Hamas would free 33 hostages\n", encoding="utf-8")
        _link(name, f"../../outside/{secret}")(root)

    return make


def _fifo(root: Path) -> None:
    os.mkfifo(root / "claims" / "pipe.csv")


def _crlf(root: Path) -> None:
    for path in (root / "claims").glob("*.csv"):
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))


def _cr_only(root: Path) -> None:
    for path in (root / "claims").glob("*.csv"):
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r"))


def _crlf_with_error(root: Path) -> None:
    _edit(root / "claims" / "a.csv", "hostages.held", "hostages.hled")
    _crlf(root)


def _jsonl(text: str) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        (root / "claims" / "c.jsonl").write_text(text, encoding="utf-8")

    return make


def _remove(*names: str) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        for name in names:
            path = root / name
            shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()

    return make


def _folder(name: str) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        (root / name).mkdir()

    return make


GENERATORS: dict[str, Callable[[Path], None]] = {
    "latin1-claims": _encode_claims("latin-1"),
    "utf16-claims": _encode_claims("utf-16"),
    "utf16-claims-no-bom": _encode_claims("utf-16-le"),
    "utf32-claims": _encode_claims("utf-32"),
    "bom-claims": _claims_bytes(lambda text: codecs.BOM_UTF8 + text.encode()),
    "nul-in-claims": _claims_bytes(
        lambda text: text.replace("\na,hostages.held", "\na\x00,h").encode()
    ),
    "binary-as-claims": _claims_bytes(lambda _text: _binary(1, 4096)),
    "crlf-claims": _crlf,
    "cr-only-claims": _cr_only,
    "crlf-with-error": _crlf_with_error,
    "million-char-claims-line": _million_char_claims_line,
    "jsonl-deeply-nested": _jsonl("[" * 100_000 + "]" * 100_000 + "\n"),
    "jsonl-huge-number": _jsonl('{"source": "c", "value": ' + "9" * 5000 + "}\n"),
    "latin1-article": _accented_article("latin-1"),
    "cp1252-article": _accented_article("cp1252", "“Négociateurs” – à Genève"),
    "utf16-article": _accented_article("utf-16"),
    "utf16-article-no-bom": _accented_article("utf-16-le"),
    "utf8-bom-article": _accented_article("utf-8-sig"),
    "binary-article": _article_bytes(lambda _text: _binary(2, 4096)),
    "nul-in-article": _article_bytes(lambda text: text.replace("\nMore", "\nMore\x00").encode()),
    "mixed-encoding-article": _article_bytes(
        lambda text: (
            text.replace("Negotiators", "Négociateurs").encode() + " déjà vu".encode("latin-1")
        )
    ),
    "empty-article": _article_bytes(lambda _text: b""),
    "big-article": _big_article,
    "over-limit-article": _over_limit_article,
    "million-char-article-line": _million_char_article_line,
    "symlink-loop-in-claims": _link("claims/loop.csv", "loop.csv"),
    "symlink-loop-as-path": _link("loop.csv", "loop.csv"),
    "symlink-loop-claims-a": _link("claims/a.csv", "a.csv"),
    "symlink-loop-sources": _link("claims/sources.csv", "sources.csv"),
    "symlink-loop-article": _link("seeds/a.txt", "a.txt"),
    "symlink-claims-outside": _link_outside("claims/c.csv", "secret.csv"),
    "symlink-article-outside": _link_outside("seeds/a.txt", "secret.txt"),
    "symlink-claims-outside-a": _link_outside("claims/a.csv", "secret.csv"),
    "symlink-sources-outside": _link_outside("claims/sources.csv", "secret.csv"),
    "fifo-in-claims": _fifo,
    "folder-named-like-claims": _folder("claims/folder.csv"),
    "empty-claims-folder": _remove("claims/a.csv", "claims/b.csv"),
    "no-articles-folder": _remove("seeds"),
    "no-articles": _remove("seeds/a.txt", "seeds/b.txt"),
}


# --- the run ---------------------------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, object]:
    """Every entry under ``folder``: file bytes, link targets, other kinds by name."""
    seen: dict[str, object] = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            key = str(path.relative_to(folder))
            if path.is_symlink():
                seen[key] = ("link", os.readlink(path))
            elif path.is_file():
                seen[key] = path.read_bytes()
            else:
                seen[key] = "dir" if path.is_dir() else "other"
    return seen


def build(case: dict, tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(CORPUS / "base", root)
    overlay = CORPUS / case.get("overlay", case["id"])
    if overlay.is_dir():
        shutil.copytree(overlay, root, dirs_exist_ok=True)
    if "make" in case:
        GENERATORS[case["make"]](root)
    return root


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, err = capsys.readouterr()
    code = info.value.code
    return (code if isinstance(code, int) else 1), out, err


def expected(case: dict, command: str) -> list[str]:
    return [*case.get("expect", []), *case.get("expect_for", {}).get(command, [])]


def params():
    for case in CASES:
        for command in case["commands"]:
            yield pytest.param(case, command, id=f"{case['id']}-{command}")


@pytest.mark.parametrize(("case", "command"), list(params()))
def test_bad_input(case, command, tmp_path, monkeypatch, capsys):
    if command not in cli.commands:
        pytest.skip("command not available")
    if case.get("needs_posix") and sys.platform == "win32":  # pragma: no cover
        pytest.skip("links and pipes need a POSIX file system")
    root = build(case, tmp_path)
    monkeypatch.chdir(root)
    before = snapshot(tmp_path)
    code, out, err = run(command_line(command, case), capsys)
    output = out + err
    assert "Traceback" not in output and "internal error" not in output, output
    assert code == case.get("exit", 2), output
    lines = output.splitlines()
    for text in expected(case, command):
        assert any(text in line for line in lines), f"{text!r} not on any line of:\n{output}"
    after = snapshot(tmp_path)
    if code == 2:
        assert after == before, "refused input, yet files changed"
        assert_one_line_per_problem(err, usage=case.get("usage", False))
    else:
        changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
        allowed = WRITES[command]
        assert all(k.startswith(tuple(f"project/{w}" for w in allowed)) for k in changed), changed


def assert_one_line_per_problem(err: str, usage: bool) -> None:
    """Exit 2 means: N problem lines then "N problem(s) found", or one "claimcheck: ..." line."""
    lines = err.rstrip("\n").splitlines()
    if usage:  # click's usage errors: "Usage: ...", "Try ...", "Error: ..."
        assert lines and lines[-1].startswith("Error: "), err
        return
    count = COUNT_LINE.fullmatch(lines[-1]) if lines else None
    if count:
        assert int(count.group(1)) == len(lines) - 1 >= 1, err
        assert all(re.match(r"\S[^\n]*: \S", line) for line in lines[:-1]), err
    else:
        assert len(lines) == 1 and lines[0].startswith("claimcheck: "), err


def test_every_case_is_well_formed():
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    folders = {p.name for p in CORPUS.iterdir() if p.is_dir()} - {"base"}
    assert folders <= set(ids), f"folders without a case: {folders - set(ids)}"
    for case in CASES:
        assert case.get("what"), case["id"]
        assert set(case["commands"]) <= set(COMMANDS), case["id"]
        made = [case.get(key) for key in ("make", "paths", "options", "overlay")]
        assert (CORPUS / case["id"]).is_dir() or any(made), case["id"]
        assert case.get("make") is None or case["make"] in GENERATORS, case["id"]
        assert case.get("overlay") is None or (CORPUS / case["overlay"]).is_dir(), case["id"]
        assert case.get("exit", 2) in (0, 1, 2), case["id"]


#: Peak memory a 50 MB article may add to `validate`, as a multiple of its size (it is held as
#: bytes, as text and squashed for quote matching: about 4x; a regression to a piece per word
#: once cost 20x).
ARTICLE_MEMORY_FACTOR = 6


def _peak_rss_kb(root: Path, *argv: str) -> int:
    """Run claimcheck in a child process; its peak resident memory in KB."""
    probe = (
        "import resource, sys\n"
        "from checker.cli import main\n"
        "try:\n    main(sys.argv[1:])\n"
        "finally:\n    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    done = subprocess.run(
        [sys.executable, "-c", probe, *argv],
        cwd=root,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return int(done.stderr.strip().splitlines()[-1])


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KB on Linux")
def test_a_big_article_is_read_in_bounded_memory(tmp_path):
    small = build({"id": "base"}, tmp_path / "small")
    big = build({"id": "big-article", "make": "big-article"}, tmp_path / "big")
    size_kb = (big / "seeds" / "a.txt").stat().st_size // 1024
    extra = _peak_rss_kb(big, "validate") - _peak_rss_kb(small, "validate")
    assert extra < ARTICLE_MEMORY_FACTOR * size_kb, f"{extra} KB more for a {size_kb} KB article"
