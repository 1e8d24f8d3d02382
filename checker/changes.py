"""Changed-only mode: which claims rows were added or edited since a git ref, and the
findings that involve them. Runs `git` as a subprocess (argument lists, never a shell).

"Since REF" means since the merge base of REF and HEAD, up to the working tree: on a pull
request that is what the branch added, even when the target branch has moved on meanwhile.
"""

from __future__ import annotations

import bisect
import re
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from checker.errors import CheckerError
from checker.model import CheckResult, Finding

#: A unified-diff hunk header; we only need the new side: "@@ -a,b +c,d @@".
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
#: How long one git command may take before we give up (seconds).
GIT_TIMEOUT = 120
#: A claim location: (file as the store names it, first line of its record).
Location = tuple[str, int]


@dataclass(frozen=True)
class Changes:
    """Lines added or edited since ``ref``, per claims file (the store's own path strings).

    A file that is not in the map has no changed lines. ``base`` is the commit compared with.
    """

    ref: str
    base: str
    lines: Mapping[str, frozenset[int]]


def _git(args: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    try:
        # --literal-pathspecs: a claims file named "[x].csv" is that file, not a pattern
        return subprocess.run(
            ["git", "--literal-pathspecs", *args],
            cwd=cwd,
            capture_output=True,
            timeout=GIT_TIMEOUT,
            check=False,
        )
    except FileNotFoundError:
        raise CheckerError(
            "git is not installed (needed by --changed-since)",
            hint="install git, or run without --changed-since",
        ) from None
    except subprocess.TimeoutExpired:
        raise CheckerError(f"git {args[0]} took longer than {GIT_TIMEOUT} s") from None


def _git_text(args: Sequence[str], cwd: Path) -> str:
    done = _git(args, cwd)
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise CheckerError(f"git {args[0]} failed: {message[-1] if message else done.returncode}")
    return done.stdout.decode("utf-8", "surrogateescape")


def repository_root(folder: Path) -> Path:
    """The top folder of the git work tree holding ``folder``, or a CheckerError."""
    done = _git(["rev-parse", "--show-toplevel"], folder)
    if done.returncode != 0:
        raise CheckerError(
            "not inside a git repository",
            path=str(folder),
            hint="--changed-since compares with git history; run it in a clone, or drop the option",
        )
    return Path(done.stdout.decode("utf-8", "surrogateescape").strip())


def resolve_base(ref: str, root: Path) -> str:
    """The commit ``ref`` names, or rather its merge base with HEAD when there is one."""
    if not ref or ref.startswith("-"):
        raise CheckerError(f"not a git ref: {ref!r}", hint="give a branch, tag or commit")
    done = _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], root)
    if done.returncode != 0:
        raise CheckerError(
            f"unknown git ref {ref!r}",
            hint="check the name; in CI, fetch the history first "
            "(actions/checkout with fetch-depth: 0)",
        )
    commit = done.stdout.decode().strip()
    merge_base = _git(["merge-base", commit, "HEAD"], root)
    if merge_base.returncode == 0 and merge_base.stdout.strip():
        return merge_base.stdout.decode().strip()
    return commit  # no HEAD yet, or unrelated histories: compare with the ref itself


def unquote_path(text: str) -> str:
    """Undo git's C-style quoting of unusual paths ("a\\tb", octal bytes for non-ASCII)."""
    if not (text.startswith('"') and text.endswith('"')):
        return text
    raw = text[1:-1].encode("utf-8", "surrogateescape")
    out = bytearray()
    simple = {ord("n"): 10, ord("t"): 9, ord('"'): 34, ord("\\"): 92, ord("a"): 7,
              ord("b"): 8, ord("f"): 12, ord("r"): 13, ord("v"): 11}  # fmt: skip
    i = 0
    while i < len(raw):
        if raw[i] == 92 and i + 1 < len(raw):
            if raw[i + 1] in simple:
                out.append(simple[raw[i + 1]])
                i += 2
                continue
            octal = raw[i + 1 : i + 4]
            if len(octal) == 3 and all(48 <= b <= 55 for b in octal):
                out.append(int(octal, 8))
                i += 4
                continue
        out.append(raw[i])
        i += 1
    return out.decode("utf-8", "surrogateescape")


def parse_new_lines(diff: str) -> dict[str, set[int]]:
    """New-side path -> line numbers added or edited, from `git diff --unified=0` output."""
    found: dict[str, set[int]] = {}
    current: set[int] | None = None
    in_header = False
    for line in diff.splitlines():
        if line.startswith("diff --git "):
            in_header, current = True, None
        elif in_header and line.startswith("+++ "):
            target = unquote_path(line[4:].rstrip("\t"))
            current = None if target == "/dev/null" else found.setdefault(target[2:], set())
        elif line.startswith("@@"):
            in_header = False
            match = _HUNK.match(line)
            if match and current is not None:
                start, count = int(match[1]), int(match[2] if match[2] is not None else 1)
                current.update(range(start, start + count))
    return found


def _renamed_from(base: str, root: Path) -> dict[str, str]:
    """New path -> old path for files renamed or moved since ``base`` (whole work tree)."""
    out = _git_text(["diff", "--name-status", "-z", "-M", "--no-relative", base, "--"], root)
    fields = out.split("\0")
    renamed: dict[str, str] = {}
    i = 0
    while i < len(fields) and fields[i]:
        status = fields[i]
        if status[:1] in ("R", "C"):
            renamed[fields[i + 2]] = fields[i + 1]
            i += 3
        else:
            i += 2
    return renamed


def _line_count(path: Path) -> int:
    data = path.read_bytes()
    return data.count(b"\n") + (0 if data.endswith(b"\n") or not data else 1)


def changed_lines(files: Iterable[str], ref: str) -> Changes:
    """Lines of ``files`` (claims files, as the store names them) added or edited since ``ref``.

    Untracked files count as all new; a renamed or moved file counts only its edited lines.
    """
    files = list(files)
    if not files:
        return Changes(ref, "", {})
    absolute = {name: Path(name).resolve() for name in files}
    root = repository_root(Path(files[0]).parent).resolve()
    in_repo: dict[str, str] = {}  # git path -> store name
    for name, path in absolute.items():
        try:
            in_repo[path.relative_to(root).as_posix()] = name
        except ValueError:
            raise CheckerError(
                "claims file is outside the git repository",
                path=name,
                hint=f"the repository is {root}",
            ) from None
    base = resolve_base(ref, root)
    tracked = set(_git_text(["ls-files", "-z", "--", *in_repo], root).split("\0"))
    renamed = {new: old for new, old in _renamed_from(base, root).items() if new in in_repo}
    pathspec = sorted({*in_repo, *renamed.values()})
    diff = _git_text(
        ["-c", "core.quotepath=off", "diff", "--unified=0", "-M", "--no-color",
         "--no-ext-diff", "--no-textconv", "--no-relative", "--src-prefix=a/",
         "--dst-prefix=b/", base, "--", *pathspec],
        root,
    )  # fmt: skip
    new_lines = parse_new_lines(diff)
    lines: dict[str, frozenset[int]] = {}
    for git_path, name in in_repo.items():
        if git_path not in tracked:
            lines[name] = frozenset(range(1, _line_count(absolute[name]) + 1))
        elif new_lines.get(git_path):
            lines[name] = frozenset(new_lines[git_path])
    return Changes(ref, base, lines)


def changed_claims(changes: Changes, frame: pd.DataFrame) -> frozenset[Location]:
    """(file, line) of every claim whose record holds a changed line.

    A record quoted over several lines counts as changed when any of its lines did; an
    edited header line changes how every row reads, so it marks the whole file.
    """
    touched: set[Location] = set()
    for name, group in frame.groupby("file", sort=False):
        changed = changes.lines.get(str(name))
        if not changed:
            continue
        starts = sorted(int(x) for x in group["line"])
        if 1 in changed and starts[0] > 1:  # CSV header (JSON lines have none)
            touched.update((str(name), s) for s in starts)
            continue
        for line in changed:
            at = bisect.bisect_right(starts, line) - 1
            if at >= 0:
                touched.add((str(name), starts[at]))
    return frozenset(touched)


def involves(finding: Finding, locations: frozenset[Location]) -> bool:
    return any((c.file, c.line) in locations for c in finding.claims)


def only_changed(result: CheckResult, locations: frozenset[Location]) -> CheckResult:
    """The result restricted to findings with at least one claim at ``locations``.

    Counts of claims and sources stay those of the whole store; stale acknowledgements are
    kept, as they are about the baseline file, not about any one claim.
    """
    return replace(result, findings=tuple(f for f in result.findings if involves(f, locations)))
